"""Codecs: *_from_dict inverts to_jsonable, datetimes come back timezone-aware."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from khabar.records import (
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Origin,
    RemovedLine,
    Sentence,
    TimeExpression,
    to_jsonable,
)
from khabar.store.codec import analysis_from_dict, article_from_dict, event_from_dict, parse_datetime

IST = timezone(timedelta(hours=5, minutes=30))
ARTICLE = Article(
    id="a", source="dump.jsonl:3", origin=Origin(kind="jsonl", path="dump.jsonl", line=3, url="https://e.org/a"),
    title="शीर्षक", body="पहला पैरा।\n\nदूसरा पैरा।", author="लेखक", published=datetime(2023, 9, 12, 11, 58, tzinfo=IST),
    outlet="आउटलेट", dateline="सियोल, एपी", language="hi", url="https://e.org/a",
    removed=[RemovedLine("Source link", "source-link", 9)], extra={"tags": ["x"], "n": 2},
)


def roundtrip(record):
    return json.loads(json.dumps(to_jsonable(record), ensure_ascii=False))


def test_article_roundtrip():
    assert article_from_dict(roundtrip(ARTICLE)) == ARTICLE


def test_analysis_roundtrip():
    analysis = Analysis(
        article=ARTICLE,
        sentences=[Sentence("पहला पैरा।", 0, 10)],
        entities=[Entity("seoul", "Seoul", "PLACE", ["सियोल"], [Mention("सियोल", 0, 5)])],
        times=[TimeExpression("12 सितंबर", 3, 12, date="2023-09-12", precision="day", note="explicit")],
        keyphrases=["पैरा"],
    )
    back = analysis_from_dict(roundtrip(analysis))
    assert back == analysis and back.id == "a"


def test_event_roundtrip_and_naive_datetimes_become_utc():
    event = Event("e1", "t", ["a", "b"], {"b": "a"}, datetime(2023, 9, 12, tzinfo=IST), None)
    assert event_from_dict(roundtrip(event)) == event
    loaded = event_from_dict({"id": "e2", "title": "x", "first_seen": "2023-09-12T10:00:00"})
    assert loaded.first_seen == datetime(2023, 9, 12, 10, tzinfo=timezone.utc)
    assert loaded.article_ids == [] and loaded.duplicate_of == {}


def test_unknown_keys_ignored_missing_optional_keys_defaulted():
    minimal = article_from_dict({"id": "m", "source": "m.txt", "origin": {"kind": "text"}, "body": "b",
                                 "future_field": 1, "published": "not a date"})
    assert minimal.title is None and minimal.published is None and minimal.removed == []


def test_parse_datetime_accepts_z_suffix():
    assert parse_datetime("2023-09-12T06:28:00Z") == datetime(2023, 9, 12, 6, 28, tzinfo=timezone.utc)
    assert parse_datetime(None) is None and parse_datetime("") is None
