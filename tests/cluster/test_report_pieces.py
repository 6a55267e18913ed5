"""The next piece of a multi-article file continues the piece above it only when it reads like a
part of that report: a piece that reads like a report of its own (its headline names a place of
its own, or runs as long as a report's) must share text with it; a shared topic entity is not
enough; and a state's count long enough to be a report does not join its file's country count."""

from __future__ import annotations

from datetime import datetime, timezone

from khabar.cluster import ClusterConfig, cluster_analyses
from khabar.records import Analysis, Article, Entity, Mention, Origin

UTC = timezone.utc
PAGE = "/dump/paper-2024-07-02.txt"


def piece(aid, title, body, *, source=PAGE, hour=8, entities=()):
    article = Article(id=aid, source=source, origin=Origin(kind="text", path=source), title=title, body=body,
                      published=datetime(2024, 7, 2, hour, tzinfo=UTC), language="hi")
    linked = [Entity(key=key, name=key.title(), type=kind, aliases=[alias], mentions=[Mention(alias, 0, 1)])
              for key, kind, alias in entities]
    return Analysis(article=article, entities=linked)


REPORT = piece("a1", "असम में बाढ़ से 20 जिले प्रभावित, 300 राहत शिविर खोले गए",
               "असम में ब्रह्मपुत्र का जलस्तर बढ़ने से 20 जिलों में बाढ़ आ गई है। राज्य सरकार ने 300 राहत शिविर "
               "खोले हैं और सेना को बचाव कार्य में लगाया गया है।")


def test_a_piece_naming_a_place_of_its_own_must_share_text_to_continue(pair_of_second):
    # the next item on the page: another state's landslide, a few words in common with the floods
    other_place = piece("a2", "मेघालय में भूस्खलन से राजमार्ग बंद",
                        "भारी बारिश के बाद बाढ़ और भूस्खलन से राष्ट्रीय राजमार्ग बंद हो गया। सेना बचाव कार्य में लगी है।")
    pair = pair_of_second(REPORT, other_place)
    assert 0.0 < pair["text"] < ClusterConfig.load().continuation_place_text
    assert pair["continuation"] == 0.0
    assert len(cluster_analyses([REPORT, other_place])) == 2
    # with the check off, adjacency and those few words carry it into the floods report (once the
    # penalties, which also see two places and a roundup of districts, are off too)
    off = ClusterConfig.load({"continuation_place_text": 0.0})
    assert pair_of_second(REPORT, other_place, off)["continuation"] == 1.0
    no_penalties = {"w_place_conflict": 0.0, "w_sibling": 0.0, "w_roundup_part": 0.0}
    assert len(cluster_analyses([REPORT, other_place], ClusterConfig.load(no_penalties))) == 2
    assert len(cluster_analyses([REPORT, other_place],
                                ClusterConfig.load({**no_penalties, "continuation_place_text": 0.0}))) == 1
    # the same lines under a subheading naming no place of its own stay with the report
    subheading = piece("a3", "राजमार्ग भी बंद", other_place.article.body)
    assert pair_of_second(REPORT, subheading)["continuation"] == 1.0


def test_a_piece_with_a_long_headline_must_share_text_to_continue(pair_of_second):
    long_title = "राजधानी के बड़े अस्पताल में डॉक्टरों की हड़ताल तीसरे दिन भी जारी रही, मरीजों को भारी परेशानी का सामना"
    assert len(long_title.split()) >= ClusterConfig.load().continuation_zero_words
    strike = piece("a4", long_title, "बाढ़ के बीच डॉक्टरों ने वेतन की मांग पर काम बंद रखा। राहत शिविरों में सेना के "
                                     "डॉक्टर भेजे गए हैं।")
    pair = pair_of_second(REPORT, strike)
    assert pair["text"] < ClusterConfig.load().continuation_long_text
    assert pair["continuation"] == 0.0
    assert pair_of_second(REPORT, strike, ClusterConfig.load({"continuation_long_text": 0.0}))["continuation"] == 1.0
    # a subheading-short headline over the same body still continues the report
    short = piece("a5", "डॉक्टरों की हड़ताल", strike.article.body)
    assert pair_of_second(REPORT, short)["continuation"] == 1.0


def test_a_shared_topic_entity_does_not_make_an_unrelated_piece_a_continuation(pair_of_second):
    # in a one-topic month every piece names the topic: sharing that entity alone is no link
    topic = ("covid-19", "ORG", "कोरोना")
    first = piece("c1", "उत्तराखंड में स्कूल बंद", "कोरोना के चलते उत्तराखंड सरकार ने सभी सरकारी स्कूल बंद किए।",
                  entities=[topic])
    unrelated = piece("c2", "सिविल सेवा के इंटरव्यू टाले", "कोरोना के कारण संघ लोक सेवा आयोग ने साक्षात्कार आगे बढ़ा दिए।",
                      entities=[topic])
    pair = pair_of_second(first, unrelated)
    assert pair["entity"] > 0.0 and not pair["headline"]
    assert pair["continuation"] == 0.0
    assert pair_of_second(first, unrelated, ClusterConfig.load({"continuation_min_text": 0.0}))["continuation"] == 1.0


NATIONAL = piece("t1", "भारत में संक्रमण के 251 मामले, 32 विदेशी नागरिक भी शामिल",
                 "नई दिल्ली में स्वास्थ्य मंत्रालय ने बताया कि देश में संक्रमितों की संख्या बढ़कर 251 हो गई है।", hour=6)
CLOSURE = piece("t2", "गोवा में सिनेमाघर बंद", "गोवा सरकार ने सिनेमाघर और मॉल 31 अगस्त तक बंद करने का आदेश दिया।", hour=7)


def test_a_state_count_with_a_reports_headline_is_not_a_part_of_the_country_count():
    short = piece("t3", "पंजाब में एक मामला",
                  "पंजाब में अभी तक एक मरीज मिला है। विदेश से लौटे यात्रियों को निगरानी में रखा जाएगा।", hour=8)
    long = piece("t4", "पंजाब में विदेश से लौटे यात्रियों की जांच के बाद अब तक एक मामला", short.article.body,
                 hour=8)
    limit = ClusterConfig.load().tally_part_max_words
    assert len(short.article.title.split()) < limit <= len(long.article.title.split())

    def joined(config=None) -> bool:
        events = cluster_analyses([NATIONAL, CLOSURE, long], config)
        return any({"t1", "t4"} <= set(e.article_ids) for e in events)

    assert not joined()
    assert joined(ClusterConfig.load({"tally_part_max_words": 999}))
    # the subheading's count still joins (tests/cluster/test_item_kinds.py)
    assert any({"t1", "t3"} <= set(e.article_ids) for e in cluster_analyses([NATIONAL, CLOSURE, short]))


def test_another_countrys_count_is_not_a_part_of_the_country_count(pair_of_second):
    # a world page: India's count, then China's and a state's counts under it in the same file
    china = piece("t5", "चीन में मरीजों की संख्या 80,026",
                  "चीन के राष्ट्रीय स्वास्थ्य आयोग ने बताया कि मरीजों की संख्या 80,026 हो गई है।", hour=8)
    state = piece("t6", "पंजाब में एक मामला", "पंजाब में अभी तक एक मरीज मिला है।", hour=8)
    assert pair_of_second(NATIONAL, china)["tally_part"] == 0.0
    assert pair_of_second(NATIONAL, china, ClusterConfig.load({"tally_part_foreign": False}))["tally_part"] == 1.0
    assert pair_of_second(NATIONAL, state)["tally_part"] == 1.0  # a state's count still is


def test_another_countrys_count_stays_out_when_the_tally_event_names_that_country_elsewhere():
    # March 2020's 2 March page: a piece on the virus's spread from China had joined India's count
    # (it names China in its headline); China's own count below it is still not a part of India's
    from khabar.cluster import OnlineClusterer
    from khabar.cluster.features import article_features

    spread = piece("t7", "चीन से 60 से अधिक देशों में फैला वायरस",
                   "चीन से फैला वायरस अब 60 से अधिक देशों में पहुंच गया है। भारत में भी मरीज मिले हैं।", hour=7)
    china = piece("t5", "चीन में मरीजों की संख्या 80,026",
                  "चीन के राष्ट्रीय स्वास्थ्य आयोग ने बताया कि मरीजों की संख्या 80,026 हो गई है।", hour=8)
    clusterer = OnlineClusterer(ClusterConfig.load())
    clusterer.add(NATIONAL)
    clusterer.add_features(article_features(spread), chooser=lambda feats, scored: scored[0][0])  # joined, as it was
    assert "china" in clusterer._active[1].focus_places
    seen = []
    clusterer.add_features(article_features(china), chooser=lambda feats, scored: seen.extend(scored))
    [pair] = [pair for active, pair in seen if active.seq == 1]
    assert pair["tally_part"] == 0.0
