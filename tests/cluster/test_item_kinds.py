"""What kind of item a headline announces: a count of cases, a country's count, a roundup of
places (features.counts_cases / national_count / covers_many_places), and what the clusterer
does with them: a roundup does not take a piece about one of its states that announces that
state's own decision, a country's count meets the same day's count in another paper (not another
day's), the state counts listed under it join it, and two states side by side stay apart."""

from __future__ import annotations

from datetime import datetime, timezone

from khabar.cluster import ClusterConfig, cluster_analyses
from khabar.cluster.features import counts_cases, covers_many_places, national_count
from khabar.records import Analysis, Article, Origin

UTC = timezone.utc
PAGE = "/dump/paper-2024-08-05.txt"

# the new terms off: what the clusterer did before them
WITHOUT = {"w_roundup_part": 0.0, "w_tally": 0.0, "w_tally_part": 0.0, "w_tally_other_day": 0.0, "w_sibling": 0.0}


def piece(aid, title, body, *, source=PAGE, day=5, hour=8):
    article = Article(id=aid, source=source, origin=Origin(kind="text", path=source), title=title, body=body,
                      published=datetime(2024, 8, day, hour, tzinfo=UTC), language="hi")
    return Analysis(article=article)


def events_of(analyses, config=None) -> list[set[str]]:
    return [set(e.article_ids) for e in cluster_analyses(analyses, ClusterConfig.load(config))]


def together(events, *ids) -> bool:
    return any(set(ids) <= event for event in events)


def test_headline_kinds():
    assert counts_cases("पंजाब में एक मामला")
    assert counts_cases("महाराष्ट्र में 19 संक्रमित")
    assert counts_cases("Kerala reports 12 new cases")
    # a decision or a death besides the count makes it a report of its own
    assert not counts_cases("दिल्ली- 6 मामलों की पुष्टि, स्कूल, सिनेमाघर बंद")
    assert not counts_cases("कर्नाटक - एक की मौत, छह मामलों की पुष्टि")
    assert not counts_cases("Kerala reports 12 new cases, closes schools")
    # a list number is not a count; a count needs a case noun
    assert not counts_cases("2.इटली से आए पिता-पुत्र की रिपोर्ट पॉजिटिव")
    assert not counts_cases("12 जिलों में भारी बारिश")

    assert national_count("भारत में कोरोना के 251 मामले, पीड़ितों में 32 विदेशी नागरिक")
    assert national_count("13 राज्यों में 81 मरीजों की पुष्टि")
    assert national_count("India's count of cases rises to 415")
    # a state's total is not the country's; a lockdown announced with a count is a lockdown
    assert not national_count("यूपी में कुल दस मरीजों में पुष्टि")
    assert not national_count("देश के 75 जिलों में मिले पॉजीटिव केस, उनको किया गया लॉकडाउन")

    assert covers_many_places("कई राज्यों में स्कूल-कॉलेज बंद")
    assert covers_many_places("Several states shut schools")
    assert covers_many_places("बाढ़ से हाल बेहाल", frozenset({"assam", "bihar", "odisha"}))
    assert not covers_many_places("असम में बाढ़", frozenset({"assam"}))


# A page of one paper and day: a roundup of school closures, the states' own closures under it
# (each its own happening, however alike their words), then a count of cases in one of them.
ROUNDUP = piece("r1", "कई राज्यों में स्कूल-कॉलेज समेत सभी शिक्षण संस्थान बंद",
                "संक्रमण के खतरे को देखते हुए देश के कई राज्यों ने स्कूल-कॉलेज बंद करने का ऐलान किया है। असम, "
                "बिहार और ओडिशा की सरकारों ने छात्रों को घर भेज दिया।")
ASSAM = piece("r2", "गुवाहाटी में स्कूल से वापस लौटे बच्चे",
              "असम के गुवाहाटी में शुक्रवार को छात्र-छात्राओं को वापस भेज दिया गया। प्रशासन ने 15 अगस्त तक यहां "
              "के सभी स्कूलों पर ताला लगाने को कहा है। अभिभावकों को देर रात सूचना मिली।")
BIHAR = piece("r3", "बिहार में भी शिक्षण संस्थान बंद",
              "मुख्यमंत्री ने विधानसभा में घोषणा की कि 15 अगस्त तक विश्वविद्यालय और कोचिंग केंद्र नहीं खुलेंगे। "
              "परीक्षाएं तय समय पर होंगी।")
ODISHA = piece("r4", "ओडिशा में 15 अगस्त तक बंद है स्कूल",
               "राज्य सरकार ने मुख्य सचिव के साथ बैठक के बाद फैसला लिया। सिनेमा हॉल, जिम और स्विमिंग पूल भी बंद "
               "रहेंगे।")


def test_a_roundup_does_not_take_the_states_own_decisions():
    pieces = [ROUNDUP, ASSAM, BIHAR, ODISHA]
    before = events_of(pieces, WITHOUT)
    assert together(before, "r1", "r2", "r3", "r4")  # one file, alike words: all one event
    after = events_of(pieces)
    assert len(after) == 4, after


def test_a_roundup_takes_a_count_of_one_of_its_places():
    count = piece("r5", "असम में 12 संक्रमित",
                  "असम में संक्रमितों की संख्या 12 हो गई है। बाढ़ के बीच स्कूल-कॉलेज बंद रहेंगे।")
    assert together(events_of([ROUNDUP, count]), "r1", "r5")
    # the same piece announcing a decision besides the count is that state's own report
    decision = piece("r6", "असम में 12 संक्रमित, परीक्षाएं टलीं",
                     "असम में संक्रमितों की संख्या 12 हो गई है। बाढ़ के बीच स्कूल-कॉलेज बंद रहेंगे।")
    assert not together(events_of([ROUNDUP, decision]), "r1", "r6")


NATIONAL = piece("t1", "भारत में संक्रमण के 251 मामले, 32 विदेशी नागरिक भी शामिल",
                 "नई दिल्ली में स्वास्थ्य मंत्रालय ने बताया कि देश में संक्रमितों की संख्या बढ़कर 251 हो गई है।",
                 hour=6)


def test_a_country_count_meets_the_same_days_count_in_another_paper_not_another_days():
    other_paper = piece("t2", "भारत में संक्रमितों की संख्या 258 पहुंची",
                        "स्वास्थ्य मंत्रालय के अनुसार अब तक 258 लोगों में संक्रमण की पुष्टि हुई है। इनमें 39 विदेशी "
                        "हैं। महाराष्ट्र और केरल सबसे प्रभावित राज्य हैं।",
                        source="/dump/other-paper-2024-08-05.txt", hour=9)
    assert not together(events_of([NATIONAL, other_paper], WITHOUT), "t1", "t2")
    assert together(events_of([NATIONAL, other_paper]), "t1", "t2")
    # the next day's count in the same paper, worded much like it, is another event
    next_day = piece("t3", "भारत में संक्रमण के 315 मामले",
                     "स्वास्थ्य मंत्रालय के अनुसार शनिवार तक 315 लोगों में संक्रमण मिला है। "
                     "राजस्थान में तीन नए मामले आए।",
                     source="/dump/paper-2024-08-06.txt", day=6, hour=6)
    assert together(events_of([NATIONAL, next_day], WITHOUT), "t1", "t3")
    assert not together(events_of([NATIONAL, next_day]), "t1", "t3")


def test_a_state_count_listed_under_the_country_count_joins_it():
    closure = piece("t4", "गोवा में सिनेमाघर बंद", "गोवा सरकार ने सिनेमाघर और मॉल 31 अगस्त तक बंद करने का आदेश दिया।",
                    hour=7)
    state = piece("t5", "पंजाब में एक मामला",
                  "पंजाब में अभी तक एक मरीज मिला है। विदेश से लौटे यात्रियों को निगरानी में रखा जाएगा।", hour=8)
    pieces = [NATIONAL, closure, state]
    assert not together(events_of(pieces, WITHOUT), "t1", "t5")
    assert together(events_of(pieces), "t1", "t5")
    # from another file it is another paper's state report
    elsewhere = piece("t6", state.article.title, state.article.body, source="/dump/other-paper-2024-08-05.txt")
    assert not together(events_of([NATIONAL, closure, elsewhere]), "t1", "t6")


def test_two_states_side_by_side_stay_apart():
    delhi = piece("s1", "दिल्ली- 6 मामलों की पुष्टि, स्कूल, सिनेमाघर बंद",
                  "दिल्ली में अभी तक छह मामलों की पुष्टि हुई है। सरकार ने स्कूल और सिनेमाघर 31 अगस्त तक बंद करने के "
                  "निर्देश दिए हैं।")
    kerala = piece("s2", "केरल- 11 मामलों की पुष्टि, विधानसभा का सत्र पहले खत्म",
                   "केरल में अभी तक 11 मामलों की पुष्टि हुई है। इसके चलते विधानसभा का सत्र समय से पहले खत्म कर दिया "
                   "गया। राज्य हाई अलर्ट पर है।")
    assert together(events_of([delhi, kerala], WITHOUT), "s1", "s2")
    assert not together(events_of([delhi, kerala]), "s1", "s2")
