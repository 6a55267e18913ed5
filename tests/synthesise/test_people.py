"""Who and where: which of an event's entities are its main ones."""

from __future__ import annotations

from khabar.records import Analysis, Article, Entity, Mention, Origin
from khabar.synthesise.people import who_and_where


def _analysis(article_id: str, entities: list[tuple[str, str, str, int]]) -> Analysis:
    article = Article(id=article_id, source=article_id, origin=Origin(kind="text"), title="t", body="b", language="hi")
    return Analysis(article=article, entities=[
        Entity(key=key, name=name, type=kind, mentions=[Mention(name, 0, 1)] * count) for key, name, kind, count in entities])


def test_a_person_named_in_full_once_is_a_main_entity_and_a_passing_word_is_not():
    analyses = [
        _analysis("a", [("kim jong un", "Kim Jong Un", "PERSON", 3), ("sergei shoigu", "Sergei Shoigu", "PERSON", 1),
                        ("khasan", "Khasan", "PLACE", 1), ("zhang", "Zhang", "PERSON", 1)]),
        _analysis("b", [("kim jong un", "Kim Jong Un", "PERSON", 2)]),
    ]
    names = [e.name for e in who_and_where(analyses)]
    assert names == ["Kim Jong Un", "Sergei Shoigu"]  # the one-word name and the passing place stay out
