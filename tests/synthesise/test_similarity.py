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


def test_similar_pairs_from_the_matrix_are_the_pairs_asked_one_by_one():
    from khabar.synthesise.similarity import SimilarityMatrix, Unit, content_tokens, similar_pairs, weigh_units

    texts = ["The storm flooded homes in Eastport on Monday.", "Homes in Eastport were flooded by the storm.",
             "The council opened two shelters.", "Two shelters were opened by the council on Monday.",
             "A storm flooded Eastport homes.", "Schools stay shut."]
    units = [Unit(article_id=f"a{k}", index=0, text=t, start=0, end=len(t), language="en",
                  tokens=content_tokens(t, "en")) for k, t in enumerate(texts)]
    weigh_units(units)
    matrix = SimilarityMatrix(units)
    one_by_one = [(i, j) for i in range(len(units)) for j in range(i + 1, len(units)) if matrix(units[i], units[j]) >= 0.3]
    assert 2 <= len(one_by_one) < 15  # some pairs, not all
    assert list(similar_pairs(units, matrix, 0.3)) == one_by_one
    assert list(similar_pairs(units, lambda a, b: matrix(a, b), 0.3)) == one_by_one  # no matrix: asked pair by pair
    # given in another order, the pairs are numbered in that order
    assert list(similar_pairs(units[::-1], matrix, 0.3)) == sorted(
        (len(units) - 1 - j, len(units) - 1 - i) for i, j in one_by_one)


def test_hindi_spellings_of_english_e_are_one_word():
    from khabar.synthesise.similarity import content_tokens

    # Navbharat Times and Prabhat Khabar, 22 March 2020: "लॉकडाउन का ऐलान" / "लॉकडाउन का एलान"
    assert content_tokens("लॉकडाउन का ऐलान", "hi") == content_tokens("लॉकडाउन का एलान", "hi")
    assert content_tokens("सैंपल", "hi") == content_tokens("सेंपल", "hi")
    # the stop words keep their own spelling ("है", "मैं" are no content)
    assert content_tokens("यह मैं और वह है", "hi") == []
