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
    # the one-word name stays out; a short list still says where, with the place named once
    assert names == ["Kim Jong Un", "Sergei Shoigu", "Khasan"]


def test_a_place_named_once_tops_up_only_a_short_list():
    many = [(f"person {k}", f"Person Number{k}", "PERSON", 1) for k in range(5)]
    analyses = [_analysis("a", many + [("khasan", "Khasan", "PLACE", 1)])]
    assert "Khasan" not in [e.name for e in who_and_where(analyses)]
    # March 2020, Prabhat Khabar: the Munger report names its town once, and one doctor
    analyses = [_analysis("a", [("niranjan kumar", "Niranjan Kumar", "PERSON", 1), ("munger", "Munger", "PLACE", 1),
                                ("bihar", "Bihar", "PLACE", 1)])]
    assert [e.name for e in who_and_where(analyses)] == ["Niranjan Kumar", "Bihar", "Munger"]


def test_people_named_down_a_roundup_take_the_last_places_up_to_half_the_list():
    # March 2020: a state-by-state tally names twenty states in two papers, each twice,
    # before its chief ministers, each named in full once
    states = [(f"state {k}", f"State{k}", "PLACE", 2) for k in range(22)]
    ministers = [(f"minister {k}", f"Minister Number{k}", "PERSON", 1) for k in range(4)]
    analyses = [_analysis("a", states + ministers), _analysis("b", states)]
    listed = who_and_where(analyses, limit=20)
    assert len(listed) == 20
    assert [e.name for e in listed if e.type == "PERSON"] == [f"Minister Number{k}" for k in range(4)]
    ranked = sorted(f"State{k}" for k in range(22))  # equal counts rank by name
    assert [e.name for e in listed if e.type == "PLACE"] == ranked[:16]  # the first-ranked stay
    # a list that shows its people already is cut as ranked
    few = [_analysis("a", states[:19] + ministers[:1]), _analysis("b", states[:19])]
    assert [e.name for e in who_and_where(few, limit=20)][-1] == "Minister Number0"
