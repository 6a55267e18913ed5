"""The cleaner on pages that are NOT the seeds: the rules must generalise."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from khabar.clean import clean_document, clean_documents
from khabar.records import Origin, RawDocument

ENGLISH_PAGE = """Home > World > Asia
Floods force thousands from their homes in northern province
By Jane Roe and Arun Mehta | Updated: March 4, 2024 09:15 pm IST
Share this
LUCKNOW (Reuters) - Heavy rain flooded dozens of villages in the north on Monday, forcing thousands of families to leave their homes, officials said.
Rescue teams used boats to reach people stranded on rooftops, and the state government opened relief camps in schools and community halls across three districts.
Rivers still rising
The weather office said more rain was expected over the next two days and warned that river levels could rise further in low-lying areas.
Also Read:
Cricket board names new selection committee ahead of the summer
Officials said there were no reports of deaths so far.
Related Stories
Markets close higher as banks rally
Government unveils new rail corridor plan
Ten things to watch at the film festival this week
Subscribe to our newsletter
Advertisement
Copyright © 2024 Example Media Ltd. All rights reserved.
"""


def _doc(text, doc_id="page", **meta):
    return RawDocument(id=doc_id, origin=Origin(kind="text", path=f"/tmp/{doc_id}.txt"), text=text, meta=meta)


def test_english_page_metadata_and_body():
    article = clean_document(_doc(ENGLISH_PAGE))
    assert article.title == "Floods force thousands from their homes in northern province"
    assert article.author == "Jane Roe and Arun Mehta"
    assert article.published == datetime(2024, 3, 4, 21, 15, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert article.dateline == "Lucknow, Reuters"
    assert article.language == "en"
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Heavy rain flooded dozens of villages")
    assert "Rivers still rising" in paragraphs  # sub-heading kept
    assert paragraphs[-1] == "Officials said there were no reports of deaths so far."
    for junk in ("Home >", "Share this", "Also Read", "Cricket board", "Related Stories", "Markets close",
                 "Subscribe", "Advertisement", "Copyright", "rail corridor"):
        assert junk not in article.body, junk
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Home > World > Asia"] == "breadcrumb"
    assert reasons["Share this"] == "prompt"
    assert reasons["Cricket board names new selection committee ahead of the summer"] == "teaser"
    assert reasons["Markets close higher as banks rally"] == "headline-list"
    assert reasons["Copyright © 2024 Example Media Ltd. All rights reserved."] == "copyright"


def test_sentence_starting_like_a_cue_is_kept():
    text = ("Share prices fell sharply\n\nShare prices fell sharply on Monday after the central bank "
            "raised interest rates for the third time this year, traders said.\n\nComments from the "
            "governor suggested that further increases were likely before the end of the year.")
    article = clean_document(_doc(text))
    assert "Comments from the governor" in article.body
    assert article.title == "Share prices fell sharply"


def test_recurring_lines_across_a_batch_are_boilerplate():
    footer = "Follow our coverage on the mobile edition"
    stories = [
        ("a", "Bridge opens after ten years of work",
         "The new bridge over the river opened to traffic on Sunday, cutting the journey between the two towns by an hour."),
        ("b", "School results announced in the state",
         "The state board announced its results on Friday, and more students passed than in any earlier year."),
        ("c", "New hospital wing treats first patients",
         "Doctors at the district hospital treated the first patients in the new wing on Saturday morning, officials said."),
    ]
    docs = [_doc(f"{title}\n{body}\n{footer}\nWeekend edition\n", doc_id) for doc_id, title, body in stories]
    articles = clean_documents(docs)
    for article, (_, title, body) in zip(articles, stories):
        assert article.title == title
        assert article.body == body
        assert any(r.reason == "recurring" and r.text == footer for r in article.removed)
    # the same page alone has no cross-document evidence but still loses the
    # lines after the last paragraph
    alone = clean_document(docs[0])
    assert alone.body == stories[0][2]


def test_hindi_synthetic_boilerplate():
    text = """होम / राज्य / बिहार
पटना में बाढ़ से हजारों लोग बेघर, राहत शिविरों में पहुंचे
अपडेटेड: 5 अगस्त 2024 10:30 AM IST
पटना (एजेंसी)। लगातार बारिश के कारण गंगा का जलस्तर खतरे के निशान से ऊपर पहुंच गया है और कई गांवों में पानी भर गया है।
प्रशासन ने राहत शिविर खोले हैं और लोगों को सुरक्षित स्थानों पर पहुंचाया जा रहा है। अधिकारियों ने बताया कि अब तक किसी की मौत की खबर नहीं है।
इसे भी पढ़ें:
मौसम विभाग ने अगले दो दिन भारी बारिश की चेतावनी दी
ताज़ा खबरें
शेयर बाजार में तेजी, सेंसेक्स नई ऊंचाई पर
क्रिकेट टीम का ऐलान आज
फॉलो करें
"""
    article = clean_document(_doc(text, "hi-page"))
    assert article.title == "पटना में बाढ़ से हजारों लोग बेघर, राहत शिविरों में पहुंचे"
    assert article.published.isoformat() == "2024-08-05T10:30:00+05:30"
    assert article.dateline == "पटना, एजेंसी"
    assert article.language == "hi"
    assert article.body.startswith("लगातार बारिश के कारण")
    assert article.body.endswith("किसी की मौत की खबर नहीं है।")
    assert len(article.body.split("\n\n")) == 2


def test_meta_wins_and_unknown_keys_go_to_extra():
    text = "Some headline on the page\nThe council approved the new budget on Tuesday after a long debate, members said."
    article = clean_document(_doc(text, title="Council approves budget", author="Staff Writer",
                                  published="2020-03-01", outlet="The Daily", language="en",
                                  url="https://www.example.com/x", section="city"))
    assert article.title == "Council approves budget"
    assert article.author == "Staff Writer"
    assert article.published.isoformat() == "2020-03-01T00:00:00+05:30"
    assert article.outlet == "The Daily"
    assert article.url == "https://www.example.com/x"
    assert article.extra == {"section": "city", "published_precision": "day"}  # a day, not a time
    # ... and so is a zoneless midnight (trafilatura's reading of a page's date), unlike a stated time
    midnight = clean_document(_doc(text, published="2019-11-19T00:00:00"))
    assert midnight.extra.get("published_precision") == "day"
    timed = clean_document(_doc(text, published="2019-11-19T10:18:01+05:30"))
    assert "published_precision" not in timed.extra
    # a time with no zone is Indian time on a page for Indian readers, and of unknown zone elsewhere
    indian = clean_document(_doc(text, published="2019-11-19T10:18:01", url="https://www.example.in/x"))
    assert "published_precision" not in indian.extra and indian.published.isoformat() == "2019-11-19T10:18:01+05:30"
    elsewhere = clean_document(_doc(text, published="2019-11-19T10:18:01", url="https://www.example.com/x"))
    assert elsewhere.extra.get("published_precision") == "day"
    # ... and a written date with no clock is a day too
    for written in ("Mar 13 2020", "१३ मार्च २०२०", "Fri, 13 Mar 2020"):
        assert clean_document(_doc(text, published=written)).extra.get("published_precision") == "day", written
    assert "published_precision" not in clean_document(_doc(text, published="Fri, 13 Mar 2020 10:00:00 +0530")).extra
    assert article.source == "/tmp/page.txt"
    # a declared date nothing reads is kept as given, not lost
    unread = clean_document(_doc(text, published="2023-13-45"))
    assert unread.published is None and unread.extra.get("published_declared") == "2023-13-45"


def test_outlet_from_url_when_nothing_else():
    text = "Council approves budget\nThe council approved the new budget on Tuesday after a long debate, members said."
    article = clean_document(RawDocument(id="u", origin=Origin(kind="jsonl", path="d.jsonl", line=3),
                                         text=text, meta={"url": "https://www.example.co.in/news/1"}))
    assert article.outlet == "example.co.in"
    assert article.source == "d.jsonl:3"


def test_bad_input_never_crashes():
    for text in ("", "\n\n\n", "   ", "0\n1\n2", "\u200b\u200b", "x" * 5000, "।।।"):
        article = clean_document(_doc(text))
        assert isinstance(article.body, str)
    article = clean_document(RawDocument(id="h", origin=Origin(kind="html"), html="<html><<<>"))
    assert "<html" not in article.body
    assert clean_document(RawDocument(id="e", origin=Origin(kind="html"), html="")).body == ""
    article = clean_document(_doc("Headline here now\nText.", published="not a date", title=None))
    assert article.published is None
    assert clean_documents([]) == []


def test_copies_of_one_story_are_no_evidence_for_each_other():
    """The same report in two outlets shares its headline and sub-heading;
    neither may be dropped as recurring boilerplate."""
    paragraph = ("The election commission announced on Friday that voting in the state would be held in "
                 "three phases, starting next month, and that results would be declared in early June.")
    second = ("Officials said security forces would be deployed at every polling station and that "
              "special arrangements had been made for elderly voters and people with disabilities.")
    page = f"State to vote in three phases\n{paragraph}\nSecurity plans\n{second}\n"
    other = ("Rain brings relief from heat\nLight rain brought the temperature down by several degrees on "
             "Thursday evening, and the weather office said more showers were likely over the weekend.\n")
    articles = clean_documents([_doc(page, "a"), _doc(page.replace("\n", "\n\n"), "b"), _doc(other, "c")])
    for article in articles[:2]:
        assert article.title == "State to vote in three phases"
        assert "Security plans" in article.body.split("\n\n")
        assert not any(r.reason == "recurring" for r in article.removed)


def test_a_list_mark_or_hashtag_is_no_part_of_the_headline():
    # Headlines of a day-file's live list (hindi-news-2020-03, Dainik Jagran 16 March).
    for headline, expected in (
        ("- मुंबई का सिद्धि विनायक मंदिर आज शाम से अगले आदेश तक बंद", "मुंबई का सिद्धि विनायक मंदिर आज शाम से अगले आदेश तक बंद"),
        ("#Coronavirus की स्थिति जानने के लिए PM Modi ने की समीक्षा बैठक", "Coronavirus की स्थिति जानने के लिए PM Modi ने की समीक्षा बैठक"),
        ("-10 डिग्री में जमी झील पर सैलानियों की भीड़", "-10 डिग्री में जमी झील पर सैलानियों की भीड़"),
    ):
        body = ("मंदिर प्रशासन ने सोमवार को बताया कि कोरोना वायरस के खतरे को देखते हुए श्रद्धालुओं के "
                "लिए दर्शन अगले आदेश तक बंद रहेंगे और भीड़ न लगाने की अपील की गई है ।")
        article = clean_document(_doc(f"{headline}\n\n{body}", doc_id="live"))
        assert article.title == expected
        assert article.body.startswith("मंदिर प्रशासन")


def test_an_impossible_publication_time_is_dropped_not_the_article():
    from khabar.clean.dates import find_date, parse_published

    assert parse_published("2020-03-13T25:99:00") is None and parse_published("2020-03-13T10:00:00+99:99") is None
    assert find_date("Published 10:00 +99:99 Nov 19, 2019") is None
    text = "Some headline on the page\nThe council approved the new budget on Tuesday after a long debate, members said."
    article = clean_document(_doc(text, published="2020-03-13T25:99:00"))
    assert article.published is None and "council approved" in article.body


def test_a_unix_timestamp_is_a_publication_time():
    from khabar.clean.dates import parse_published

    assert parse_published(1584000000).isoformat() == "2020-03-12T08:00:00+00:00"  # seconds, as scrapers store them
    assert parse_published(1584000000000) == parse_published(1584000000)  # ... or milliseconds
    assert parse_published(True) is None and parse_published(1e30) is None and parse_published(0) is None


def test_a_publishers_feed_note_ending_a_paragraph_is_boilerplate():
    # March 2020, Navbharat Times: the note trails the last sentence on its line
    hindi = ("दिल्ली में एक और मौत\n\nनई दिल्ली । दिल्ली में कोरोना वायरस से संक्रमित एक और व्यक्ति की मौत हो गई है "
             "और अस्पताल में कई मरीज भर्ती हैं ।(यह आर्टिकल एजेंसी फीड से ऑटो-अपलोड हुआ है । इसे "
             "नवभारतटाइम्स.कॉम की टीम ने एडिट नहीं किया है ।)\n")
    article = clean_document(_doc(hindi))
    assert article.body.endswith("मरीज भर्ती हैं ।") and "फीड" not in article.body
    assert [r.reason for r in article.removed if "फीड" in r.text] == ["feed-note"]
    english = ("Markets rally on rate hopes\n\nShares rose for a third day on Tuesday as investors bet that the "
               "central bank would cut rates next month, traders said.\n\n(Except for the headline, this story "
               "has not been edited by NDTV staff and is published from a syndicated feed.)\n")
    article = clean_document(_doc(english, "english"))
    assert article.body.endswith("traders said.") and "syndicated" not in article.body
    # an ordinary bracket at a paragraph's end stays
    kept = ("Markets rally on rate hopes\n\nShares rose for a third day on Tuesday as investors bet on a "
            "cut in rates next month (the third this year).\n")
    assert clean_document(_doc(kept, "kept")).body.endswith("(the third this year).")


def test_the_outlets_own_promotion_bracketed_at_a_paragraphs_end_is_boilerplate():
    # BBC Hindi: 35 of 344 test reports close so; Facebook and Twitter had become their entities
    hindi = ("ऑस्कर में ग़फ़लत\n\nचूक किसी से भी हुई हो, लेकिन सामने तो यही तीन चेहरे थे.(बीबीसी हिन्दी के एंड्रॉएड "
             "ऐप के लिए यहां क्लिक करें. आप हमें फ़ेसबुक और ट्विटर पर भी फ़ॉलो कर सकते हैं.)\n")
    article = clean_document(_doc(hindi))
    assert article.body.endswith("तीन चेहरे थे.") and "फ़ेसबुक" not in article.body
    assert [r.reason for r in article.removed if "फ़ॉलो" in r.text] == ["promo"]
    # a report about following someone keeps its words
    kept = ("ट्विटर पर नई नीति\n\nकंपनी ने कहा कि लोग अब नेताओं को ट्विटर पर फ़ॉलो कर सकते हैं (पहले यह सीमित था).\n")
    assert clean_document(_doc(kept, "kept")).body.endswith("(पहले यह सीमित था).")


def test_a_question_recurring_in_other_reports_is_a_teaser():
    # March 2020, Prabhat Khabar: three reports of one day close on the same teaser
    teaser = "इस ब्लड ग्रुप वालों को है कोरोना का ज्यादा खतरा, कहीं आपका भी तो नहीं?"
    bodies = ["पुणे में कोरोना वायरस के मामलों की कुल संख्या 18 हो गई है, जबकि महाराष्ट्र में ये आंकड़ा 42 हो गया है.",
              "भाजपा सांसद सुरेश प्रभु ने ऐहतियातन खुद को 14 दिनों के लिए आइसोलेशन में रखा है, हालांकि टेस्ट नेगेटिव आया था.",
              "जस्टिस अरूण मिश्रा ने कहा कि ऐसी महामारी हर 100 साल पर आती है और इसे रोकने के प्रयास करने होंगे."]
    docs = [_doc(f"खबर {n}\n\n{body}\n\n{teaser}\n", f"pk-{n}") for n, body in enumerate(bodies)]
    articles = clean_documents(docs)
    assert all(teaser not in a.body and a.body for a in articles), [a.body for a in articles]


# A report in Urdu (written for this test): an Indian pile may hold Urdu papers.
URDU_REPORT = """ممبئی میں شدید بارش سے سیلاب، پانچ افراد ہلاک

ممبئی میں منگل کے روز شدید بارش کے بعد کئی علاقوں میں پانی بھر گیا۔ حکام کے مطابق بارش سے متعلق حادثات میں پانچ افراد ہلاک ہو گئے۔

محکمہ موسمیات نے اگلے دو دنوں کے لیے شہر میں مزید بارش کی پیش گوئی کی ہے۔ لوکل ٹرین سروس کئی گھنٹوں تک معطل رہی۔
"""


def test_an_urdu_reports_sentences_are_prose_not_headings():
    # ۔ is Urdu's full stop: before it counted, every line read as a heading and the body was empty
    article = clean_document(_doc(URDU_REPORT))
    assert article.language == "ur"
    assert article.title == "ممبئی میں شدید بارش سے سیلاب، پانچ افراد ہلاک"
    assert article.body.startswith("ممبئی میں منگل کے روز") and article.body.endswith("معطل رہی۔")


def test_a_repeated_paragraph_loses_its_earlier_copies_and_keeps_its_last():
    # A standfirst or highlights box repeats the text below it: the earlier copies go,
    # and the last copy stays however many there were (it repeats nothing left).
    from khabar.clean.boilerplate import clean_text

    story = "The council voted on Monday to close the river path after the floods damaged two bridges."
    other = "Repairs are expected to take until the end of the summer, officials said in a statement."
    third = "Residents were told to use the road through the old market square in the meantime."
    text = "\n\n".join(["Council shuts river path", story, other, story, third, story])

    cleaned = clean_text(text)

    assert cleaned.paragraphs.count(story) == 1 and cleaned.paragraphs.index(story) > cleaned.paragraphs.index(third)
    assert other in cleaned.paragraphs and third in cleaned.paragraphs
    assert [r.reason for r in cleaned.removed if r.text == story] == ["duplicate", "duplicate"]


def test_a_short_items_one_paragraph_without_its_final_danda_is_its_body():
    # Navbharat Times, 8 March 2020: the item's only paragraph had lost its last
    # danda, read as no prose, and gone whole as page header: a bare title was left.
    text = ("कोरोना की जलाएंगे होलिका\n\nमुंबई के वर्ली बीडीडी चॉल में लोग इस साल कोरोना वायरस की होलिका "
            "जलाने की तैयारी कर रहे हैं । विक्रोली में ईस्टर्न एक्सप्रेसवे पर कोरोना का पुतला बनाया गया है")
    article = clean_document(_doc(text, "holika"))
    assert article.title == "कोरोना की जलाएंगे होलिका"
    assert article.body.startswith("मुंबई के वर्ली") and article.body.endswith("बनाया गया है")
    # a page of links and labels still has no body made of them
    links = clean_document(_doc("Home\n\nWorld\n\nSports\n\nSubscribe to our newsletter", "links"))
    assert not links.body.strip()
