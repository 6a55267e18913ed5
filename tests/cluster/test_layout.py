"""Page layout: how a piece of a multi-article file opens says whether it starts a report or
continues the one above it (features.opens_a_report / reads_as_a_section)."""

from __future__ import annotations

from datetime import datetime, timezone

from khabar.cluster import cluster_analyses
from khabar.cluster.features import opens_a_report, reads_as_a_section
from khabar.records import Analysis, Article, Origin

UTC = timezone.utc


def piece(aid, title, body, *, source="/dump/paper-2024-07-02.txt", dateline=None):
    article = Article(id=aid, source=source, origin=Origin(kind="text", path=source), title=title, body=body,
                      published=datetime(2024, 7, 2, tzinfo=UTC), language="hi", dateline=dateline)
    return Analysis(article=article)


REPORT = piece("f1", "असम में बाढ़ से 20 जिले प्रभावित, 300 राहत शिविर खोले गए",
               "असम में ब्रह्मपुत्र का जलस्तर बढ़ने से 20 जिलों में बाढ़ आ गई है। राज्य सरकार ने 300 राहत शिविर "
               "खोले हैं और सेना को बचाव कार्य में लगाया गया है।")


def test_a_report_opens_with_a_list_number_a_section_slug_or_a_dateline():
    assert opens_a_report("3. मेघालय में भूस्खलन", "भारी बारिश से सड़क बंद।")
    assert opens_a_report("शिलांग / भूस्खलन से राजमार्ग बंद", "भारी बारिश से सड़क बंद।")
    assert opens_a_report("भूस्खलन से राजमार्ग बंद", "शिलांग, एजेंसी । भारी बारिश से सड़क बंद।")
    assert opens_a_report("Landslide shuts highway", "SHILLONG (Reuters) - Heavy rain shut the highway.")
    assert opens_a_report("भूस्खलन से राजमार्ग बंद", "भारी बारिश से सड़क बंद।", dateline="शिलांग")
    # an ordinary headline and lead: nothing says either way
    assert not opens_a_report("भूस्खलन से राजमार्ग बंद", "भारी बारिश के बाद भूस्खलन से सड़क बंद हो गई।")
    assert not opens_a_report("2024 में रिकॉर्ड बारिश", "इस साल जुलाई में रिकॉर्ड बारिश हुई।")
    assert not opens_a_report("2.5 लाख लोग राहत शिविरों में", "बाढ़ से विस्थापित लोग शिविरों में हैं।")


def test_a_section_points_back_at_the_text_above_it():
    assert reads_as_a_section("ये हैं राहत शिविरों के पते", "गुवाहाटी के सरकारी स्कूल में शिविर है।")
    assert reads_as_a_section("इसे भी पढ़ें: बिहार में भी अलर्ट", "नदियां उफान पर हैं।")
    assert reads_as_a_section("क्या क्या बंद रहेगा", "स्कूल और कॉलेज।")
    assert reads_as_a_section("राहत के इंतजाम", "- गुवाहाटी में 40 शिविर\n- डिब्रूगढ़ में 25 शिविर")
    assert reads_as_a_section("राहत के इंतजाम", "दरअसल राज्य में हर साल बाढ़ आती है।")
    assert reads_as_a_section("These are the relief camps", "Guwahati has forty.")
    # demonstratives only as whole words: इसरो (ISRO) and यहूदी (Jewish) open ordinary headlines
    assert not reads_as_a_section("इसरो ने उपग्रह छोड़ा", "श्रीहरिकोटा से प्रक्षेपण हुआ।")
    assert not reads_as_a_section("यहूदी संगठनों ने राहत भेजी", "संगठनों ने राहत सामग्री भेजी।")
    assert not reads_as_a_section("Thisbe opera opens", "The season starts.")


def test_a_section_under_a_report_joins_it_though_it_shares_no_word(pair_of_second):
    section = piece("f2", "इन जगहों पर मिलेगी मदद", "- गुवाहाटी के सरकारी स्कूल में\n- डिब्रूगढ़ के सामुदायिक भवन में")
    pair = pair_of_second(REPORT, section)
    assert pair["continuation"] == 1.0 and pair["continuation_section"] == 1.0
    assert len(cluster_analyses([REPORT, section])) == 1
    # the opening is what holds it: the same lines opening plainly share nothing with the report
    plain = piece("f4", "जगहों पर मिलेगी मदद", "गुवाहाटी के सरकारी स्कूल में और डिब्रूगढ़ के सामुदायिक भवन में")
    assert pair_of_second(REPORT, plain)["continuation"] == 0.0
    assert len(cluster_analyses([REPORT, plain])) == 2
    # a piece in another file is no section of this report
    elsewhere = piece("f3", section.article.title, section.article.body, source="/dump/other.txt")
    assert len(cluster_analyses([REPORT, elsewhere])) == 2


def test_a_piece_that_opens_like_a_report_does_not_continue_the_one_above(pair_of_second):
    body = "भारी बारिश के बाद बाढ़ और भूस्खलन से राष्ट्रीय राजमार्ग बंद हो गया। सेना बचाव कार्य में लगी है।"
    # (a headline naming no place of its own: a place would ask for more shared text, see
    # test_report_pieces.py)
    plain = piece("g2", "भूस्खलन से राजमार्ग बंद", body)
    assert pair_of_second(REPORT, plain)["continuation"] == 1.0  # it shares words: adjacency counts
    for opened in (piece("g3", "2. भूस्खलन से राजमार्ग बंद", body),
                   piece("g4", "भूस्खलन से राजमार्ग बंद", "शिलांग, एजेंसी । " + body)):
        pair = pair_of_second(REPORT, opened)
        assert pair["continuation"] == 0.0 and pair["continuation_section"] == 0.0


def test_an_event_is_titled_by_a_report_not_by_a_section_under_it():
    # a short section headline shares more words with the others than the report's own
    # headline does; the title is still the report's (and a page's list number is dropped)
    report = piece("b1", "2. मुख्यमंत्री के जन्मदिन पर बधाइयों का तांता, सभी दलों के नेताओं ने दी शुभकामनाएं",
                   "मुख्यमंत्री आज 69 साल के हो गए। प्रधानमंत्री समेत सभी दलों के नेताओं ने उन्हें जन्मदिन की बधाई दी।")
    sections = [
        piece("b2", "रक्षा मंत्री ने भी दी बधाई", "रक्षा मंत्री ने मुख्यमंत्री को जन्मदिन की बधाई दी।"),
        piece("b3", "नेता प्रतिपक्ष ने भी दी बधाई", "नेता प्रतिपक्ष ने भी मुख्यमंत्री को जन्मदिन की बधाई दी।"),
    ]
    events = cluster_analyses([report, *sections])
    assert len(events) == 1
    assert events[0].title == "मुख्यमंत्री के जन्मदिन पर बधाइयों का तांता, सभी दलों के नेताओं ने दी शुभकामनाएं"
    # the same pieces as three papers' reports (three files): the most central headline wins
    spread = [piece(p.article.id, p.article.title, p.article.body, source=f"/dump/paper{k}.txt")
              for k, p in enumerate([report, *sections])]
    titles = {e.title for e in cluster_analyses(spread)}
    assert "नेता प्रतिपक्ष ने भी दी बधाई" in titles or "रक्षा मंत्री ने भी दी बधाई" in titles


def test_a_list_number_is_dropped_from_the_title_but_not_a_decimal():
    for title, expected in [("2.कनाडा से लौटी महिला में मिला वायरस", "कनाडा से लौटी महिला में मिला वायरस"),
                            ("12) बाढ़ से 20 जिले प्रभावित", "बाढ़ से 20 जिले प्रभावित"),
                            ("2.5 लाख लोग राहत शिविरों में", "2.5 लाख लोग राहत शिविरों में")]:
        assert cluster_analyses([piece("n1", title, "असम में बाढ़ से 20 जिले प्रभावित हैं।")])[0].title == expected
