"""The JSON digest: required fields, inferred dates, and agreement with its documentation."""

from __future__ import annotations

import json
import re
from pathlib import Path

from khabar.web.jsonout import SCHEMA, build_digest_json, dumps

DOC = Path(__file__).resolve().parents[2] / "docs" / "digest-schema.md"

ARTICLE_KEYS = {"id", "source", "title", "author", "published", "published_inferred", "outlet", "language", "body"}
EVENT_KEYS = {"id", "title", "article_ids", "summary", "timeline", "entities", "disagreements", "coverage"}


def _document(sample):
    articles, digests, errors = sample
    return json.loads(dumps(build_digest_json(articles, digests, errors=errors)))


def _paths(value, prefix=""):
    """Every field path in a JSON value, lists written as ``[]`` (``events[].summary[].text``)."""
    found = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            found.add(path)
            found |= _paths(item, path)
    elif isinstance(value, list):
        for item in value:
            found |= _paths(item, prefix + "[]")
    return found


def test_issue_fields_present(sample):
    doc = _document(sample)
    assert doc["schema"] == SCHEMA
    assert [a["id"] for a in doc["articles"]] == ["a1", "b2", "c3", "en-1"]
    for article in doc["articles"]:
        assert ARTICLE_KEYS <= article.keys()
    for event in doc["events"]:
        assert EVENT_KEYS <= event.keys()
        for item in event["summary"] + event["timeline"]:
            assert item["sources"] and set(item["sources"]) <= set(event["article_ids"])
    flood = doc["events"][0]
    assert flood["summary"][0] == {
        "text": "असम में ब्रह्मपुत्र नदी का जलस्तर बढ़ने से आई बाढ़ में कई लोगों की मौत हो गई है।",
        "sources": ["a1", "b2"],
        "disputed": ["मरने वालों की संख्या"],
    }
    assert flood["summary"][1]["disputed"] == []
    assert flood["timeline"][1]["precision"] == "month"
    assert flood["entities"][0]["aliases"] == ["असम"]
    assert [v["sources"] for v in flood["disagreements"][0]["versions"]] == [["a1"], ["b2"]]
    assert doc["errors"] == [{"source": "in/broken.bin", "message": "binary file, not text"}]


def test_published_inferred_comes_from_coverage_only_for_undated(sample):
    by_id = {a["id"]: a for a in _document(sample)["articles"]}
    assert by_id["c3"]["published"] is None
    assert by_id["c3"]["published_inferred"]["earliest"] == "2024-07-02"
    assert by_id["c3"]["published_inferred"]["reason"].startswith("its event")
    assert by_id["a1"]["published"] == "2024-07-02T09:15:00+05:30"
    assert by_id["a1"]["published_precision"] == "time" and by_id["c3"]["published_precision"] is None
    assert by_id["a1"]["published_inferred"] is None
    assert by_id["en-1"]["event_id"] == "ev-000002"


def test_removed_lines_and_unicode_kept_literally(sample):
    articles, digests, errors = sample
    text = dumps(build_digest_json(articles, digests, errors=errors))
    assert "असम" in text and "\\u0905" not in text  # Devanagari readable, not \u-escaped
    a1 = json.loads(text)["articles"][0]
    assert a1["removed"][0] == {"line": 0, "reason": "breadcrumb", "text": "होम / राज्य / असम"}


def test_empty_digest_is_valid():
    doc = json.loads(dumps(build_digest_json([], [])))
    assert doc["articles"] == [] and doc["events"] == [] and doc["errors"] == []


def test_schema_document_matches_output(sample):
    """Every field the docs list is in the output, and every output field is documented."""
    documented = set(re.findall(r"^\| `([^`]+)` \|", DOC.read_text(encoding="utf-8"), flags=re.M))
    produced = _paths(_document(sample))
    assert documented - produced == set(), "documented but not produced"
    # coverage may carry extra keys from the synthesiser: they pass through verbatim.
    undocumented = {p for p in produced - documented if not p.startswith("events[].coverage.")}
    assert undocumented == set(), "produced but not documented"
