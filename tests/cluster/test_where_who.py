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
    no_penalty = ClusterConfig.load({"w_place_conflict": 0.0, "w_person_conflict": 0.0})
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
