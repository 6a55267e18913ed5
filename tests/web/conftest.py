"""A hand-built digest for the renderer tests, independent of the other stages.

Two events: a Hindi story reported by three outlets (one report undated, so
coverage infers its date) with a summary, a timeline, entities, a
disagreement and removed boilerplate; and a one-article English story. Some
input text carries markup characters so the tests can check escaping.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from khabar.records import (
    Article,
    Disagreement,
    EntitySummary,
    Event,
    EventDigest,
    Origin,
    ReadError,
    RemovedLine,
    SummarySentence,
    TimelineEntry,
    Version,
)

IST = timezone(timedelta(hours=5, minutes=30))


def _article(id_, outlet, title, body, published=None, author=None, language="hi", removed=(), url=None):
    origin = Origin(kind="text", path=f"in/{id_}.txt", url=url)
    return Article(
        id=id_,
        source=origin.describe(),
        origin=origin,
        title=title,
        body=body,
        author=author,
        published=published,
        outlet=outlet,
        language=language,
        url=url,
        removed=list(removed),
    )


@pytest.fixture()
def sample():
    flood_a = _article(
        "a1",
        "दैनिक समाचार",
        "असम में बाढ़ से 12 लोगों की मौत, 3 लाख प्रभावित",
        "गुवाहाटी: असम में ब्रह्मपुत्र नदी का जलस्तर बढ़ने से आई बाढ़ में 12 लोगों की मौत हो गई है।\n\n"
        "मुख्यमंत्री ने सोमवार को प्रभावित जिलों का हवाई सर्वेक्षण किया।",
        published=datetime(2024, 7, 2, 9, 15, tzinfo=IST),
        author="रमेश कुमार",
        removed=[
            RemovedLine(text="होम / राज्य / असम", reason="breadcrumb", line=0),
            RemovedLine(text="<script>alert('x')</script> ये भी पढ़ें", reason="teaser", line=9),
        ],
        url="https://example.org/news/assam-flood?id=1&ref=home",
    )
    flood_b = _article(
        "b2",
        "Khabar Times",
        "असम बाढ़: मरने वालों की संख्या 14 हुई",
        "असम में बाढ़ से मरने वालों की संख्या बढ़कर 14 हो गई है।\n\n"
        "राज्य आपदा प्रबंधन प्राधिकरण के अनुसार तीन लाख लोग प्रभावित हैं।",
        published=datetime(2024, 7, 3, 18, 40, tzinfo=IST),
        removed=[RemovedLine(text="ADVERTISEMENT", reason="advert", line=4)],
    )
    flood_c = _article(
        "c3",
        None,
        "बाढ़ प्रभावित इलाकों में राहत शिविर & \"नावें\" तैनात",
        "प्रशासन ने राहत शिविर खोले हैं और एनडीआरएफ की टीमें तैनात की गई हैं।",
    )
    other = _article(
        "en-1",
        "The Daily Ledger",
        "City council approves <new> budget",
        "The city council approved the 2024 budget on Tuesday after a four-hour debate.",
        published=datetime(2024, 7, 2, 20, 0, tzinfo=timezone.utc),
        language="en",
        author="Jane Doe",
    )
    flood = EventDigest(
        event=Event(
            id="ev-000001",
            title=flood_a.title,
            article_ids=["a1", "b2", "c3"],
            first_seen=flood_a.published,
            last_seen=flood_b.published,
        ),
        summary=[
            SummarySentence(
                text="असम में ब्रह्मपुत्र नदी का जलस्तर बढ़ने से आई बाढ़ में कई लोगों की मौत हो गई है।",
                sources=["a1", "b2"],
                disputed=["मरने वालों की संख्या"],
            ),
            SummarySentence(text="मुख्यमंत्री ने सोमवार को प्रभावित जिलों का हवाई सर्वेक्षण किया।", sources=["a1"]),
            SummarySentence(text="प्रशासन ने राहत शिविर खोले हैं <और> नावें तैनात की हैं।", sources=["c3"]),
        ],
        timeline=[
            TimelineEntry(date="2024-07-01", precision="day", text="मुख्यमंत्री ने हवाई सर्वेक्षण किया", sources=["a1"]),
            TimelineEntry(date="2024-07", precision="month", text="ब्रह्मपुत्र का जलस्तर बढ़ा", sources=["a1", "b2"]),
        ],
        entities=[
            EntitySummary(key="assam", name="Assam", type="PLACE", aliases=["असम"], mentions=4, sources=["a1", "b2"]),
            EntitySummary(
                key="brahmaputra", name="Brahmaputra", type="PLACE", aliases=["ब्रह्मपुत्र"], mentions=1, sources=["a1"]
            ),
            EntitySummary(key="ndrf", name="NDRF", type="ORG", aliases=["एनडीआरएफ"], mentions=1, sources=["c3"]),
        ],
        disagreements=[
            Disagreement(
                topic="मरने वालों की संख्या",
                kind="number",
                versions=[
                    Version(text="बाढ़ में 12 लोगों की मौत हो गई है", sources=["a1"]),
                    Version(text="मरने वालों की संख्या बढ़कर 14 हो गई है", sources=["b2"]),
                ],
            )
        ],
        coverage={
            "outlets": [
                {"outlet": "दैनिक समाचार", "articles": ["a1"]},
                {"outlet": "Khabar Times", "articles": ["b2"]},
                {"outlet": None, "articles": ["c3"]},
            ],
            "articles": [
                {"id": "a1", "outlet": "दैनिक समाचार", "published": "2024-07-02T09:15:00+05:30", "published_inferred": None,
                 "duplicate_of": None},
                {"id": "b2", "outlet": "Khabar Times", "published": "2024-07-03T18:40:00+05:30", "published_inferred": None,
                 "duplicate_of": None},
                {
                    "id": "c3",
                    "outlet": None,
                    "published": None,
                    "published_inferred": {
                        "earliest": "2024-07-02",
                        "latest": "2024-07-04",
                        "reason": "its event was reported 2024-07-02 to 2024-07-03",
                    },
                    "duplicate_of": None,
                },
            ],
            "first_report": {"id": "a1", "outlet": "दैनिक समाचार", "published": "2024-07-02T09:15:00+05:30"},
        },
    )
    budget = EventDigest(
        event=Event(id="ev-000002", title=other.title, article_ids=["en-1"]),
        summary=[SummarySentence(text=other.body, sources=["en-1"])],
        coverage={
            "outlets": [{"outlet": "The Daily Ledger", "articles": ["en-1"]}],
            "articles": [{"id": "en-1", "outlet": "The Daily Ledger", "published": "2024-07-02T20:00:00+00:00",
                          "published_inferred": None, "duplicate_of": None}],
            "first_report": {"id": "en-1", "outlet": "The Daily Ledger", "published": "2024-07-02T20:00:00+00:00"},
        },
    )
    articles = [flood_a, flood_b, flood_c, other]
    errors = [ReadError(source="in/broken.bin", message="binary file, not text")]
    return articles, [flood, budget], errors
