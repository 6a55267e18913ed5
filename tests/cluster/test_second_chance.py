"""Second chance: a report just under the join threshold joins another paper's same-day event
when the two name the same rare entities (ClusterConfig.second_chance_*)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from khabar.cluster import ClusterConfig, OnlineClusterer, cluster_analyses
from khabar.records import Analysis, Article, Entity, Mention, Origin

IST = timezone(timedelta(hours=5, minutes=30))
DAY = datetime(2024, 3, 1, 9, 0, tzinfo=IST)

# two papers' words for one happening: a hospital's doctor and an official named by both
FIRST = ("पटना के अस्पताल में युवक की मौत",
         "पटना के सरकारी अस्पताल में भर्ती युवक की शनिवार को मौत हो गयी। अधीक्षक रमेश वर्मा ने बताया कि "
         "जांच रिपोर्ट आने के बाद परिवार के लोगों को अलग रखा गया है।")
SECOND = ("संक्रमित मरीज ने दम तोड़ा, परिजन निगरानी में",
          "राजधानी के मेडिकल कॉलेज अस्पताल में इलाज करा रहे मरीज ने दम तोड़ दिया। अधीक्षक रमेश वर्मा के "
          "अनुसार परिजनों की जांच कराई जाएगी।")
NAMES = [("ramesh varma", "PERSON", "रमेश वर्मा"), ("patna medical college", "ORG", "मेडिकल कॉलेज")]


def report(aid, text, *, outlet, path, when=DAY):
    title, body = text
    article = Article(id=aid, source=path, origin=Origin(kind="text", path=path), title=title, body=body,
                      published=when, outlet=outlet, language="hi")
    entities = [Entity(key=k, name=k.title(), type=t, aliases=[alias], mentions=[Mention(alias, 0, 1)])
                for k, t, alias in NAMES]
    return Analysis(article=article, entities=entities)


def raw_score(pair_of_second, first, second, config) -> tuple[float, dict]:
    """The second report's score against the first one's event (its only candidate)."""
    pair = pair_of_second(first, second, config)
    return OnlineClusterer(config)._raw_score(pair), pair


def events_with_threshold_just_above(pair_of_second, first, second, **settings) -> int:
    """Events the two reports form when the join threshold sits 0.02 above their score."""
    base = {"second_chance_min_idf": 1.0, **settings}  # two documents seen: both names are 'rare'
    score, _ = raw_score(pair_of_second, first, second, ClusterConfig.load(base))
    config = ClusterConfig.load({**base, "join_threshold": score + 0.02})
    return len(cluster_analyses([first, second], config))


def test_pair_features_count_rare_shared_keys_and_another_papers_same_day(pair_of_second):
    first = report("a1", FIRST, outlet="Paper A", path="/a/day.txt")
    second = report("b1", SECOND, outlet="Paper B", path="/b/day.txt", when=DAY + timedelta(hours=3))
    _, pair = raw_score(pair_of_second, first, second, ClusterConfig.load({"second_chance_min_idf": 1.0}))
    assert pair["rare_entities"] == 2 and pair["other_paper_same_day"] == 1.0
    # a key in every document seen is not rare
    _, pair = raw_score(pair_of_second, first, second, ClusterConfig.load({"second_chance_min_idf": 5.0}))
    assert pair["rare_entities"] == 0


def test_just_under_the_threshold_another_paper_same_day_and_rare_names_join(pair_of_second):
    first = report("a1", FIRST, outlet="Paper A", path="/a/day.txt")
    second = report("b1", SECOND, outlet="Paper B", path="/b/day.txt", when=DAY + timedelta(hours=3))
    assert events_with_threshold_just_above(pair_of_second, first, second, second_chance_margin=0.05) == 1
    # off: the same pair stays apart
    assert events_with_threshold_just_above(pair_of_second, first, second, second_chance_margin=0.0) == 2
    # further under the threshold than the margin: apart
    assert events_with_threshold_just_above(pair_of_second, first, second, second_chance_margin=0.01) == 2


def test_no_second_chance_within_one_paper_another_day_or_without_rare_names(pair_of_second):
    first = report("a1", FIRST, outlet="Paper A", path="/a/day.txt")
    same_paper = report("a2", SECOND, outlet="Paper A", path="/a/day2.txt", when=DAY + timedelta(hours=3))
    next_day = report("b2", SECOND, outlet="Paper B", path="/b/day2.txt", when=DAY + timedelta(days=1))
    assert events_with_threshold_just_above(pair_of_second, first, same_paper, second_chance_margin=0.05) == 2
    assert events_with_threshold_just_above(pair_of_second, first, next_day, second_chance_margin=0.05) == 2
    other = report("b1", SECOND, outlet="Paper B", path="/b/day.txt", when=DAY + timedelta(hours=3))
    assert events_with_threshold_just_above(pair_of_second, first, other, second_chance_margin=0.05,
                                            second_chance_min_keys=3) == 2
    assert events_with_threshold_just_above(pair_of_second, first, other, second_chance_margin=0.05,
                                            second_chance_min_idf=5.0) == 2


def test_the_papers_of_an_event_survive_a_state_round_trip(pair_of_second):
    first = report("a1", FIRST, outlet="Paper A", path="/a/day.txt")
    second = report("b1", SECOND, outlet="Paper B", path="/b/day.txt", when=DAY + timedelta(hours=3))
    settings = {"second_chance_min_idf": 1.0, "second_chance_margin": 0.05}
    score, _ = raw_score(pair_of_second, first, second, ClusterConfig.load(settings))
    config = ClusterConfig.load({**settings, "join_threshold": score + 0.02})
    clusterer = OnlineClusterer(config)
    clusterer.add(first)
    resumed = OnlineClusterer(config, state=clusterer.state())
    assert resumed.add(second) == clusterer.events()[0].id
