"""Linking entities across articles: short forms, fuzzy spellings, best-evidenced names, propagation."""

from __future__ import annotations

from khabar.analyse.linking import evidence, link
from khabar.records import Analysis, Article, Entity, Mention, Origin


def analysis(body, *entities, id="a"):
    article = Article(id=id, source=id, origin=Origin(kind="text"), title=None, body=body, language="hi")
    return Analysis(article=article, entities=list(entities))


def entity(key, name, type, body, alias):
    start = body.index(alias)
    return Entity(key=key, name=name, type=type, aliases=[alias], mentions=[Mention(alias, start, start + len(alias))])


def test_evidence_ranks_gazetteer_then_latin_then_romanised():
    assert evidence(Entity(key="russia", name="Russia", type="PLACE", aliases=["रूस"])) == 3
    assert evidence(Entity(key="x y", name="X Y", type="PERSON", aliases=["Xavier Yew"])) == 2
    assert evidence(Entity(key="x y", name="X Y", type="PERSON", aliases=["जेवियर यू"])) == 1


def test_short_form_and_misspelling_join_the_best_evidenced_name():
    b1 = "ब्लादिमीर पुतिन ने कहा"
    b2 = "Vladimir Putin said"
    b3 = "पुतिन ने कहा"
    analyses = [
        analysis(b1, entity("bladimir putin", "Bladimir Putin", "PERSON", b1, "ब्लादिमीर पुतिन"), id="1"),
        analysis(b2, entity("vladimir putin", "Vladimir Putin", "PERSON", b2, "Vladimir Putin"), id="2"),
        analysis(b3, entity("putin", "Putin", "PERSON", b3, "पुतिन"), id="3"),
    ]
    link(analyses)
    assert [[e.key for e in a.entities] for a in analyses] == [["vladimir putin"]] * 3
    assert {e.name for a in analyses for e in a.entities} == {"Vladimir Putin"}


def test_forms_propagate_to_articles_that_missed_them():
    b1 = "क्रेमलिन के प्रवक्ता ने कहा"
    b2 = "आज क्रेमलिन में बैठक हुई"
    analyses = [analysis(b1, entity("kremlin", "Kremlin", "ORG", b1, "क्रेमलिन"), id="1"), analysis(b2, id="2")]
    link(analyses)
    found = analyses[1].entities
    assert [(e.key, e.type, [(m.start, m.end) for m in e.mentions]) for e in found] == [
        ("kremlin", "ORG", [(b2.index("क्रेमलिन"), b2.index("क्रेमलिन") + len("क्रेमलिन"))])
    ]


def test_nothing_to_link():
    analyses = [analysis("कुछ नहीं")]
    link(analyses)
    assert analyses[0].entities == []
