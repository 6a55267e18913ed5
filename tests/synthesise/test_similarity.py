"""Sentence units: each sentence gets the mentions and times inside it."""

from __future__ import annotations

from datetime import datetime, timezone

from khabar.records import Analysis, Article, Entity, Mention, Origin, Sentence, TimeExpression
from khabar.synthesise.similarity import build_units


def _mention(body: str, text: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Mention(text, start, start + len(text))


def test_each_unit_gets_the_mentions_and_times_inside_its_sentence_whatever_their_order():
    # Entities list their mentions in any order (by entity, not by offset), and one
    # entity's mentions span several sentences: each sentence takes exactly its own.
    sentences = ["Storm hits Eastport on Monday.", "Rivers rose in Westport.",
                 "Eastport and Westport closed schools on Tuesday."]
    body = " ".join(sentences)
    spans, start = [], 0
    for text in sentences:
        spans.append(Sentence(text, start, start + len(text)))
        start += len(text) + 1
    article = Article(id="a", source="a.txt", origin=Origin(kind="text"), title=None, body=body,
                      published=datetime(2024, 3, 5, tzinfo=timezone.utc), outlet="Coast Daily", language="en")
    west = Entity(key="westport", name="Westport", type="PLACE",
                  mentions=[_mention(body, "Westport", 1), _mention(body, "Westport", 0)])
    east = Entity(key="eastport", name="Eastport", type="PLACE",
                  mentions=[_mention(body, "Eastport", 1), _mention(body, "Eastport", 0)])
    tuesday, monday = (TimeExpression(text=day, start=body.index(day), end=body.index(day) + len(day),
                                      kind="date", date=iso, precision="day")
                       for day, iso in (("Tuesday", "2024-03-05"), ("Monday", "2024-03-04")))
    analysis = Analysis(article=article, sentences=spans, entities=[west, east], times=[tuesday, monday])

    units = build_units([analysis])

    assert [u.entity_keys for u in units] == [{"eastport"}, {"westport"}, {"eastport", "westport"}]
    assert [[t.text for t in u.times] for u in units] == [["Monday"], [], ["Tuesday"]]
    # mention offsets are the sentence's own
    for unit in units:
        for start, end, key, _ in unit.mentions:
            assert unit.text[start:end].lower() == key
