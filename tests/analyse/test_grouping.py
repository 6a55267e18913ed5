"""Grouping one article's candidates into entities; finding their forms in text."""

from __future__ import annotations

from collections import Counter

from khabar.analyse.grouping import (
    Group,
    find_form_mentions,
    form_index,
    group_candidates,
    merge_same_key,
    person_forms,
    scan_forms,
)
from khabar.analyse.mentions import Candidate
from khabar.analyse.normalise import normalise
from khabar.analyse.tokens import tokenize
from khabar.records import Entity, Mention


def test_short_forms_join_the_longer_name_and_places_join_by_gazetteer_entry():
    toks = tokenize("राष्ट्रपति व्लादिमीर पुतिन और पुतिन तथा रूस")
    cands = [Candidate(1, 3, "PERSON", "role"), Candidate(4, 5, None, "speaker"), Candidate(6, 7, "PLACE", "place")]
    groups = group_candidates(toks, cands)
    assert len(groups) == 2
    person = next(g for g in groups if g.main_type == "PERSON")
    assert person.forms == {(normalise("व्लादिमीर"), "पुतिन"), ("पुतिन",)}
    assert person.longest == ("vladimir", "putin")


def test_different_types_stay_apart():
    toks = tokenize("नासा नासा")
    groups = group_candidates(toks, [Candidate(0, 1, "ORG", "org"), Candidate(1, 2, "PERSON", "speaker")])
    assert len(groups) == 2


def test_person_forms_weak_for_a_common_last_word():
    strong, weak = person_forms(Group(forms={("दिमित्री", "पेस्कोव")}, types=Counter({"PERSON": 1})))
    assert (strong, weak) == ({("दिमित्री",), ("पेस्कोव",)}, set())
    # मोदी is common in Hindi: alone it counts only before ने/जी; नरेंद्र alone is too common at all
    strong, weak = person_forms(Group(forms={("नरेंद्र", "मोदी")}, types=Counter({"PERSON": 1})))
    assert (strong, weak) == (set(), {("मोदी",)})


def test_weak_forms_need_an_agent_marker_and_forms_never_overlap():
    toks = tokenize("मोदी सरकार। मोदी ने कहा। नरेंद्र मोदी आए")
    index = form_index([{("नरेंद्र", "मोदी")}], [{("मोदी",)}])
    # tokens: मोदी सरकार । मोदी ने कहा । नरेंद्र मोदी आए
    assert [(i, j) for _, i, j in scan_forms(toks, index)] == [(3, 4), (7, 9)]
    assert find_form_mentions(toks, [{("नरेंद्र", "मोदी")}], [{("मोदी",)}]) == [[(3, 4), (7, 9)]]
    taken = bytearray(len(toks))
    taken[7] = 1
    assert [(i, j) for _, i, j in scan_forms(toks, index, taken)] == [(3, 4)]


def test_merge_same_key_unions_mentions_and_aliases():
    a = Entity(key="k", name="K", type="ORG", aliases=["x"], mentions=[Mention("x", 5, 6)])
    b = Entity(key="k", name="K", type="ORG", aliases=["y", "x"], mentions=[Mention("y", 0, 1), Mention("x", 5, 6)])
    c = Entity(key="other", name="O", type="ORG")
    merged = merge_same_key([a, b, c])
    assert [e.key for e in merged] == ["k", "other"]
    assert [(m.start, m.end) for m in merged[0].mentions] == [(0, 1), (5, 6)]
    assert merged[0].aliases == ["x", "y"]
