"""Where and who: headline places and people, and the conflict penalty they drive."""

from __future__ import annotations

from datetime import datetime, timezone

from khabar.cluster import ClusterConfig, cluster_analyses
from khabar.cluster.features import _lead, article_features, headline_places
from khabar.cluster.online import _conflict
from khabar.records import Analysis, Article, Entity, Mention, Origin

UTC = timezone.utc


def piece(aid, title, body, *, places=(), people=(), source="/dump/day.txt"):
    article = Article(id=aid, source=source, origin=Origin(kind="text", path=source), title=title, body=body,
                      published=datetime(2024, 3, 1, tzinfo=UTC), language="hi")
    entities = [Entity(key=k, name=k.title(), type="PLACE", aliases=[alias], mentions=[Mention(alias, 0, 1)])
                for k, alias in places]
    entities += [Entity(key=k, name=k.title(), type="PERSON", aliases=[alias], mentions=[Mention(alias, 0, 1)])
                 for k, alias in people]
    return Analysis(article=article, entities=entities)


def test_headline_places_from_the_gazetteer_and_the_entities():
    assert "uttar pradesh" in headline_places("उत्तर प्रदेश में सभी परीक्षाएं टलीं")
    assert "pakistan" in headline_places("पाकिस्तान में डॉक्टर की मौत")
    # a local name the gazetteer lacks counts when the analysis found it as a PLACE
    local = piece("x", "धेमाजी में बाढ़", "धेमाजी जिले में पानी भरा।", places=[("dhemaji", "धेमाजी")])
    assert "dhemaji" in headline_places(local.article.title, local)
    assert headline_places("") == frozenset()


def test_lead_skips_a_dateline():
    assert _lead("नई दिल्ली, एजेंसियां । देश में नए मामले").startswith("देश में")
    assert _lead("पटना : बिहार में पहली मौत").startswith("बिहार")
    assert _lead("देश में आज बीस नए मामले मिले और तीन लोगों की मौत हुई ।").startswith("देश में आज")


def test_conflict_needs_both_sides_and_forgives_mentions_further_down():
    assert _conflict({"iran"}, {"iran"}, {"italy"}, {"italy", "rome"}) == 1.0
    assert _conflict(set(), {"iran"}, {"italy"}, {"italy"}) == 0.0  # one side names no place
    # the headline's context place (Ukraine) is named in the other side's text: no conflict
    assert _conflict({"ukraine"}, {"ukraine", "russia"}, {"russia"}, {"russia", "ukraine"}) == 0.0


def test_article_features_carry_headline_places_and_people():
    a = piece("a", "ईरान में 43 और लोगों की मौत", "तेहरान : ईरान में पिछले 24 घंटे में 43 लोगों की मौत हुई।",
              places=[("iran", "ईरान"), ("tehran", "तेहरान")], people=[("hassan rouhani", "रूहानी")])
    feats = article_features(a)
    assert "iran" in feats.focus_places and "tehran" not in feats.focus_places
    assert {"iran", "tehran"} <= feats.places
    assert feats.focus_people == frozenset() and feats.people == {"hassan rouhani"}


def test_a_roundup_item_about_another_place_does_not_follow_its_neighbour():
    # two brief items read one after the other from one file, each about another country: the
    # continuation prior alone would join them; the place conflict keeps them apart
    first = piece("p1", "ईरान में कोरोना से और 43 की मौत",
                  "ईरान ने सोमवार को कहा कि पिछले 24 घंटे में कोरोना वायरस से और 43 लोगों की मौत हो गई।",
                  places=[("iran", "ईरान")])
    second = piece("p2", "इटली में दुकानें बंद",
                   "इटली में सरकार ने कोरोना वायरस के चलते सभी दुकानें बंद करने का आदेश दिया।",
                   places=[("italy", "इटली")])
    apart = cluster_analyses([first, second])
    assert len(apart) == 2
    # (both headlines name one place each: the sibling penalty would keep them apart on its own too,
    # and so would the continuation's content check for a piece naming a place of its own)
    no_penalty = ClusterConfig.load({"w_place_conflict": 0.0, "w_person_conflict": 0.0, "w_sibling": 0.0,
                                     "continuation_place_text": 0.0})
    assert len(cluster_analyses([first, second], no_penalty)) == 1
    # the same pair about one place stays together
    third = piece("p3", "ईरान में दुकानें बंद", "ईरान में सरकार ने कोरोना वायरस के चलते सभी दुकानें बंद करने का आदेश दिया।",
                  places=[("iran", "ईरान")])
    assert len(cluster_analyses([first, third])) == 1


def test_state_keeps_the_names():
    import json

    from khabar.cluster import OnlineClusterer

    clusterer = OnlineClusterer()
    clusterer.add(piece("p1", "ईरान में कोरोना से और 43 की मौत", "ईरान में 43 लोगों की मौत हो गई।", places=[("iran", "ईरान")]))
    state = json.loads(json.dumps(clusterer.state()))
    resumed = OnlineClusterer(state=state)
    active = next(iter(resumed._active.values()))
    assert active.focus_places == {"iran"} and "iran" in active.places


def test_place_hierarchy_a_city_inside_the_other_sides_state_is_no_conflict():
    from khabar.analyse.gazetteer import parent_region
    from khabar.cluster.features import regions_of

    # the packaged city -> region table (scripts/build_gazetteer.py)
    assert parent_region("patna") == "bihar"
    assert parent_region("lucknow") == parent_region("noida") == "uttar pradesh"
    assert parent_region("bihar") is None and parent_region("no such town") is None
    assert regions_of({"patna", "bihar", "iran"}) == {"bihar"}
    patna, bihar = {"patna"}, {"bihar"}
    up = (regions_of(patna), regions_of(patna), regions_of(bihar), regions_of(bihar))
    # a Patna piece meets a Bihar report that never names Patna: no conflict either way round
    assert _conflict(patna, patna, bihar, bihar) == 1.0  # names alone
    assert _conflict(patna, patna, bihar, bihar, up) == 0.0
    down = (regions_of(bihar), regions_of(bihar), regions_of(patna), regions_of(patna))
    assert _conflict(bihar, bihar, patna, patna, down) == 0.0
    # two cities of one state still conflict unless a side names the state
    lucknow, noida = {"lucknow"}, {"noida"}
    siblings = (regions_of(noida), regions_of(noida), regions_of(lucknow), regions_of(lucknow))
    assert _conflict(noida, noida, lucknow, lucknow, siblings) == 1.0
    # ...when both name it (each headline place lies in a state the other side names)
    both = noida | {"uttar pradesh"}, lucknow | {"uttar pradesh"}
    named_state = (regions_of(noida), regions_of(both[0]), regions_of(lucknow), regions_of(both[1]))
    assert _conflict(noida, both[0], lucknow, both[1], named_state) == 0.0
    # and places in different states conflict as before
    assert _conflict(patna, patna, lucknow, lucknow, (regions_of(patna),) * 2 + (regions_of(lucknow),) * 2) == 1.0


def test_a_city_piece_follows_its_state_report():
    # a report on a state, then the next piece of the file on one of its cities: the place
    # hierarchy lifts the conflict, so the continuation holds them together
    report = piece("b1", "बिहार में कोरोना से पहली मौत, अस्पतालों में अलर्ट",
                   "बिहार में कोरोना वायरस से संक्रमित एक युवक की मौत हो गई। राज्य के सभी अस्पतालों में अलर्ट जारी किया गया।",
                   places=[("bihar", "बिहार")])
    city = piece("b2", "पटना में 520 यात्री निगरानी में",
                 "पटना में विदेश से लौटे 520 यात्रियों को निगरानी में रखा गया है। अस्पतालों में जांच जारी है।",
                 places=[("patna", "पटना")])
    feats = article_features(city)
    assert feats.focus_regions == {"bihar"}
    assert len(cluster_analyses([report, city])) == 1
    elsewhere = piece("b3", "लखनऊ में 520 यात्री निगरानी में",
                      "लखनऊ में विदेश से लौटे 520 यात्रियों को निगरानी में रखा गया है। अस्पतालों में जांच जारी है।",
                      places=[("lucknow", "लखनऊ")])
    assert len(cluster_analyses([report, elsewhere])) == 2


def test_the_next_piece_of_a_file_must_share_something_to_continue_it(pair_of_second):
    first = piece("c1", "उत्तराखंड में स्कूल बंद", "उत्तराखंड सरकार ने सभी सरकारी स्कूल 31 मार्च तक बंद करने का आदेश दिया।")
    unrelated = piece("c2", "सिविल सेवा के इंटरव्यू टाले", "संघ लोक सेवा आयोग ने साक्षात्कार आगे बढ़ा दिए हैं।")
    assert pair_of_second(first, unrelated)["continuation"] == 0.0
    # with the content condition off, adjacency alone counts: the test can tell
    assert pair_of_second(first, unrelated, ClusterConfig.load({"continuation_min_text": 0.0}))["continuation"] == 1.0
    subheading = piece("c3", "कौन से स्कूल बंद", "सभी सरकारी और निजी स्कूल बंद रहेंगे, परीक्षाएं भी टलेंगी।")
    assert pair_of_second(first, subheading)["continuation"] == 1.0


def test_state_keeps_the_regions():
    import json

    from khabar.cluster import OnlineClusterer

    clusterer = OnlineClusterer()
    clusterer.add(piece("r1", "पटना में 520 यात्री निगरानी में", "पटना में 520 यात्रियों को निगरानी में रखा गया।",
                        places=[("patna", "पटना")]))
    resumed = OnlineClusterer(state=json.loads(json.dumps(clusterer.state())))
    active = next(iter(resumed._active.values()))
    assert active.focus_regions == {"bihar"} and active.place_regions == {"bihar"}
