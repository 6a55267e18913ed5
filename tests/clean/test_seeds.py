"""The cleaner over the five real seed reports (boilerplate included)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from khabar.clean import clean_document, clean_documents
from khabar.records import Origin, RawDocument

IST = timedelta(hours=5, minutes=30)


def _raw_lines(seeds_dir, stem):
    path = next(seeds_dir.glob(f"{stem}_*.txt"))
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def _article(seed_articles, stem):
    return next(a for key, a in seed_articles.items() if key.startswith(stem))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_five_articles_all_hindi(seed_articles):
    assert len(seed_articles) == 5
    for article in seed_articles.values():
        assert article.language == "hi"
        assert article.body
        assert "\n\n" in article.body
        assert article.source.endswith(".txt")


@pytest.mark.parametrize(
    "stem, line",
    [("000", 3), ("001", 1), ("002", 3), ("003", 1), ("004", 1)],
)
def test_title_is_the_headline(seed_articles, seeds_dir, stem, line):
    expected = _raw_lines(seeds_dir, stem)[line - 1]
    article = _article(seed_articles, stem)
    assert article.title == _squash(expected)
    assert article.title not in article.body


def test_published_from_bylines(seed_articles):
    a0, a2 = _article(seed_articles, "000"), _article(seed_articles, "002")
    assert a0.published == datetime(2023, 9, 12, 11, 58).replace(tzinfo=a0.published.tzinfo)
    assert a0.published.utcoffset() == IST
    assert a0.published.isoformat().startswith("2023-09-12T11:58:00+05:30")
    assert a2.published.isoformat().startswith("2023-09-13T16:28:00+05:30")
    for stem in ("001", "003", "004"):
        assert _article(seed_articles, stem).published is None  # none invented


def test_authors(seed_articles):
    assert _article(seed_articles, "000").author == "Priyanshi Singh"
    assert _article(seed_articles, "002").author == "शिवेन्द्र कुमार राय"
    for stem in ("001", "003", "004"):
        assert _article(seed_articles, stem).author is None


def test_outlet_and_dateline(seed_articles):
    a0 = _article(seed_articles, "000")
    assert a0.outlet == "India News"
    assert not a0.body.startswith("India News")
    assert _article(seed_articles, "002").dateline == "नई दिल्ली"
    assert _article(seed_articles, "004").dateline == "सियोल, एपी"


# Article paragraphs (raw line numbers), sub-headings included.
ARTICLE_LINES = {
    "000": [7, 9, 11, 13, 15],
    "001": [6, 8, 10, 12, 14, 16, 18, 20],
    "002": [12, 14, 16, 18, 20, 22],
    "003": [8, 11, 13, 15, 17, 19, 21],
    "004": [4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17],
}


@pytest.mark.parametrize("stem", sorted(ARTICLE_LINES))
def test_every_article_paragraph_in_body(seed_articles, seeds_dir, stem):
    raw = _raw_lines(seeds_dir, stem)
    body = _article(seed_articles, stem).body
    for number in ARTICLE_LINES[stem]:
        text = _squash(raw[number - 1])
        # outlet prefixes and datelines move to metadata; the rest stays
        text = re.sub(r"^.*?\(इंडिया न्यूज़\),", "", text)
        text = re.sub(r"^(नई दिल्ली:|सियोल, एपी।)\s*", "", text)
        assert text in body, (stem, number)


BOILERPLATE = [
    r"^होम /", r"ADVERTISEMENT", r"लेटेस्ट खबरें", r"संबंधित खबरें", r"Latest News", r"Don't Miss",
    r"Must Read", r"ये भी पढ़ें", r"यह भी पढ़ें", r"टॅग्स", r"^Tags$", r"Share this", r"Open in App",
    r"LEAVE A REPLY", r"Please enter", r"कमेंट्स", r"Source link", r"^\d+$", r"लाइव न्यूज़", r"-India News$",
    r"Indianews$", r"ठळक मुद्दे", r"LAST UPDATED", r"Published:", r"अधिक खबरें", r"कृपया धैर्य रखें",
]


def test_no_boilerplate_in_any_body(seed_articles):
    for article in seed_articles.values():
        for paragraph in article.body.split("\n\n"):
            for pattern in BOILERPLATE:
                assert not re.search(pattern, paragraph), (article.id, pattern, paragraph[:80])


def test_removed_lines_are_audited(seed_articles, seeds_dir):
    for article in seed_articles.values():
        stem = article.id[:3]
        raw = [_squash(x) for x in _raw_lines(seeds_dir, stem)]
        reasons = {r.reason for r in article.removed}
        assert "title" in reasons
        for removed in article.removed:
            assert removed.reason
            assert removed.text in raw[removed.line] or removed.reason in ("outlet", "dateline")
        # every non-empty raw line is either in the body, removed, or the
        # source of an outlet/dateline prefix: nothing silently lost
        accounted = {r.line for r in article.removed}
        for number, text in enumerate(raw):
            if text:
                assert number in accounted or text in article.body or any(
                    r.line == number for r in article.removed
                ), (article.id, number, text[:60])
    by_reason = {r.reason for a in seed_articles.values() for r in a.removed}
    for expected in ("breadcrumb", "byline", "advert", "headline-list", "teaser", "tags", "prompt",
                     "counter", "source-link", "duplicate"):
        assert expected in by_reason


def test_body_is_normalised(seed_articles):
    for article in seed_articles.values():
        assert "\u200b" not in article.body and "\u200d" not in article.body
        assert "  " not in article.body
        assert "\n\n\n" not in article.body
        for paragraph in article.body.split("\n\n"):
            assert paragraph == paragraph.strip() and "\n" not in paragraph


def test_same_result_from_raw_documents(seeds_dir, seed_articles):
    """Building RawDocuments by hand gives the same cleaning as the readers."""
    docs = [
        RawDocument(id=p.stem, origin=Origin(kind="text", path=str(p)), text=p.read_text(encoding="utf-8"))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]
    articles = clean_documents(docs)
    for article in articles:
        assert article.body == seed_articles[article.id].body
        assert article.title == seed_articles[article.id].title
    single = clean_document(docs[2])
    assert single.author == "शिवेन्द्र कुमार राय"
