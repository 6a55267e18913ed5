"""Number disagreements on small invented sentences: a running tally of
another day, or a figure for "here", is not a rival version."""

from __future__ import annotations

from khabar.records import TimeExpression
from khabar.synthesise.disagreements import (
    age_disagreements,
    name_disagreements,
    number_disagreements,
    place_count_disagreements,
    status_disagreements,
)
from khabar.synthesise.similarity import Unit, content_tokens, weigh_units


def _unit(article_id: str, text: str, places=(), day: str | None = None, outlet: str | None = None) -> Unit:
    times = [TimeExpression("सोमवार", 0, 6, date=day, precision="day")] if day else []
    return Unit(article_id=article_id, index=0, text=text, start=0, end=len(text), language="hi",
                tokens=content_tokens(text, "hi"), entity_keys=set(places),
                entity_types={p: "PLACE" for p in places}, times=times, outlet=outlet)


def _numbers(units, reference_dates):
    weigh_units(units)
    return number_disagreements(units, reference_dates=reference_dates)


def test_same_day_counts_that_differ_disagree():
    units = [_unit("a", "इटली में कोरोना वायरस से अब तक 34 लोगों की मौत हो गई है।", ["italy"]),
             _unit("b", "इटली में कोरोना वायरस से अब तक 29 लोगों की मौत हो चुकी है।", ["italy"])]
    found = _numbers(units, {"a": "2020-03-02", "b": "2020-03-02"})
    assert [d.topic for d in found] == ["लोगों: 29 vs 34"]


def test_case_counts_of_one_place_and_day_disagree_and_of_two_places_do_not():
    # March 2020, two papers on 19 March: India's total, 173 against 149
    units = [_unit("a", "भारत में फिलहाल कोविड-19 के कुल 173 मामले हैं ।", ["india"]),
             _unit("b", "स्वास्थ्य मंत्रालय ने कहा कि भारत में फिलहाल कोविड-19 के कुल 149 मामले हैं ।", ["india"])]
    assert [d.topic for d in _numbers(units, {"a": "2020-03-19", "b": "2020-03-19"})] == ["मामले: 149 vs 173"]
    two_states = [_unit("a", "कर्नाटक में अब तक कोरोना वायरस के 6 मामले सामने आए हैं ।", ["karnataka"]),
                  _unit("b", "दिल्ली में अब तक कोरोना वायरस के 7 मामले सामने आए हैं ।", ["delhi"])]
    assert not _numbers(two_states, {"a": "2020-03-14", "b": "2020-03-14"})


def test_running_tallies_named_by_their_noun_disagree_across_outlets():
    # March 2020, Bihar on 31 March: Dainik Hindustan's 20 against Prabhat Khabar's 21
    # (its 16 is the figure the tally grew from, not a version).
    hindustan = "इसके साथ ही राज्य में कोरोना संक्रमितों की संख्या 20 हो गई है ।"
    prabhat = "इसके साथ ही प्रदेश में कोरोना पाॅजिटिव की संख्या 16 से बढ़ कर 21 हो गयी है."
    days = {"a": "2020-03-31", "b": "2020-03-31"}
    found = _numbers([_unit("a", hindustan, ["bihar"], outlet="DH"), _unit("b", prabhat, ["bihar"], outlet="PK")], days)
    assert [d.topic for d in found] == ["संक्रमितों की संख्या: 20 vs 21"]
    assert [v.text for v in found[0].versions] == [hindustan, prabhat]
    # A figure in words is read too; a tally of suspected patients is another count.
    worded = hindustan.replace("20", "बीस")
    assert [d.topic for d in _numbers([_unit("a", worded, ["bihar"]), _unit("b", prabhat, ["bihar"])], days)] == [
        "संक्रमितों की संख्या: 20 vs 21"]
    suspected = hindustan.replace("कोरोना संक्रमितों", "कोरोना के संदिग्ध मरीजों")
    assert not _numbers([_unit("a", suspected, ["bihar"]), _unit("b", prabhat, ["bihar"])], days)


def test_a_tally_of_another_day_is_not_a_rival_version():
    units = [_unit("a", "इटली में कोरोना वायरस से अब तक 34 लोगों की मौत हो गई है।", ["italy"]),
             _unit("b", "इटली में कोरोना वायरस से अब तक 52 लोगों की मौत हो चुकी है।", ["italy"])]
    assert not _numbers(units, {"a": "2020-03-02", "b": "2020-03-03"})
    # The day the sentence itself names counts before the article's date.
    units[1].times = [TimeExpression("सोमवार", 0, 6, date="2020-03-02", precision="day")]
    assert _numbers(units, {"a": "2020-03-02", "b": "2020-03-03"})


def test_a_figure_for_here_or_for_one_named_place_only_is_not_compared():
    here = [_unit("a", "यहां अब तक कोरोना वायरस से 17 लोगों की मौत हो चुकी है।"),
            _unit("b", "इटली में कोरोना वायरस से अब तक 28 लोगों की मौत हो गई है।", ["italy"])]
    assert not _numbers(here, {"a": "2020-03-02", "b": "2020-03-02"})
    one_place = [_unit("a", "देश में कोरोना वायरस से अब तक 17 लोगों की मौत हो चुकी है।"),
                 _unit("b", "इटली में कोरोना वायरस से अब तक 28 लोगों की मौत हो गई है।", ["italy"])]
    assert not _numbers(one_place, {"a": "2020-03-02", "b": "2020-03-02"})


def test_durations_stay_comparable_across_days():
    units = [_unit("a", "रूस और यूक्रेन के बीच पिछले 17 महीनों से युद्ध चल रहा है।", ["ukraine"]),
             _unit("b", "रूस और यूक्रेन के बीच 18 महीने से युद्ध चल रहा है।", ["ukraine"])]
    found = _numbers(units, {"a": "2023-09-12", "b": "2023-09-16"})
    assert found and "17" in found[0].topic and "18" in found[0].topic


def _rival_descriptors(text_a: str, text_b: str) -> list[str]:
    """The descriptor disagreements two outlets' versions of one statement give."""
    from khabar.synthesise.disagreements import descriptor_disagreements

    units = [_unit("a", text_a, outlet="A"), _unit("b", text_b, outlet="B")]
    weigh_units(units)
    return [d.topic for d in descriptor_disagreements(units)]


def test_a_name_spelt_joined_or_apart_is_not_a_rival_descriptor():
    assert not _rival_descriptors("गौतमबुद्ध नगर के मुख्य चिकित्सा अधिकारी ने जिले में पहले मामले की पुष्टि की।",
                                  "गौतम बुद्ध नगर के मुख्य चिकित्सा अधिकारी ने जिले में पहले मामले की पुष्टि की है।")
    # Two different words before one noun in the same statement still are.
    assert _rival_descriptors("किम जोंग उन एक बख्तरबंद ट्रेन से रूस के शहर में पहुंचे।",
                              "किम जोंग उन एक निजी ट्रेन से रूस के शहर में पहुंचे हैं।") == ["ट्रेन: बख्तरबंद / निजी"]


def test_a_name_spelt_two_ways_is_not_a_rival_descriptor():
    # March 2020: Amar Ujala's "सफदरजंग अस्पताल", Dainik Hindustan's "सफदरगंज अस्पताल"
    assert not _rival_descriptors("छह संदिग्ध मरीजों को दिल्ली के सफदरजंग अस्पताल में भर्ती कराया गया है।",
                                  "छह संदिग्ध मरीजों को दिल्ली के सफदरगंज अस्पताल में भर्ती कराया गया है।")
    assert not _rival_descriptors("Kim arrived in an armored train on Tuesday in Russia.",
                                  "Kim arrived in an armoured train on Tuesday in Russia.")


def test_a_capitalised_english_noun_is_part_of_a_name_and_takes_no_descriptor():
    # AEB (Nov 2019, MacBook reviews): "standalone Magic Keyboard" / "loved Magic Keyboard"
    from khabar.synthesise.disagreements import descriptor_disagreements

    units = [_unit("a", "The keyboard is largely based on the standalone Magic Keyboard for the iMac.", outlet="A"),
             _unit("b", "The keyboard is largely based on the loved Magic Keyboard for the iMac.", outlet="B")]
    for u in units:
        u.language = "en"
        u.tokens = content_tokens(u.text, "en")
    weigh_units(units)
    assert not descriptor_disagreements(units)


def test_english_verbs_and_ordinals_are_no_descriptors():
    # Pairs the AEB pages gave as disagreements ("the man wrote" / "the patient wrote").
    assert not _rival_descriptors("His lungs were not as they were before, the man wrote in the case report.",
                                  "His lungs were not as they were before, the patient wrote in the case report.")
    assert not _rival_descriptors("The plague killed millions in Europe in the fourteenth century alone.",
                                  "The plague killed millions in Europe in the 14th century alone.")
    assert not _rival_descriptors("The reunion tour will feature members of the original band in June.",
                                  "The reunion tour brings founding members of the original band in June.")
    # An adjective before the same noun in the same statement still is a rival description.
    assert _rival_descriptors("Rescue teams used a special boat to reach stranded families in the streets.",
                              "Rescue teams used an inflatable boat to reach stranded families in the streets.") == [
        "boat: special / inflatable"]


def test_a_quotation_transcribed_two_ways_gives_no_rival_descriptor():
    # AEB, Nov 2019: one statement quoted by two pages as "mutually approved platform"
    # and "mutually agreed platforms"
    assert not _rival_descriptors('The label said the show is "for re-broadcast on a mutually approved platform."',
                                  'The label said the show is "for re-broadcast on a mutually agreed platform."')
    assert not _rival_descriptors("for re-broadcast on a mutually approved platform,” the statement says.",
                                  "for re-broadcast on a mutually agreed platform,” the statement says.")
    # The same words outside quotation marks are two accounts.
    assert _rival_descriptors("The show is for re-broadcast on a mutually approved platform.",
                              "The show is for re-broadcast on a mutually agreed platform.") == [
        "platform: approved / agreed"]


def test_an_outlet_writing_the_noun_two_ways_gives_no_version():
    from khabar.synthesise.disagreements import descriptor_disagreements

    # AEB, Nov 2019: one page's "newer butterfly mechanism" and "cursed butterfly keyboard"
    # against another's "troublesome butterfly keyboards" is style, not rival accounts
    units = [_unit("a", "Apple finally dropped the troublesome butterfly keyboards from the new MacBook Pro."),
             _unit("b", "Apple finally dropped the newer butterfly keyboards from the new MacBook Pro."),
             _unit("b", "Apple says the cursed butterfly keyboards are gone from the new MacBook Pro.")]
    for unit in units:
        unit.language = "en"
    units[2].index = 1
    weigh_units(units)
    assert not descriptor_disagreements(units)
    # one word each: rivals
    weigh_units(units[:2])
    assert [d.topic for d in descriptor_disagreements(units[:2])] == ["butterfly: troublesome / newer"]


def test_a_descriptor_kept_in_the_other_phrase_is_no_rival():
    # Amar Ujala and Prabhat Khabar, 20 March 2020: "आवश्यक निर्देशों" and "आवश्यक दिशा निर्देशो"
    assert not _rival_descriptors("सभी लोग घर में हैं और हम सभी आवश्यक निर्देशों का पालन कर रहे हैं।",
                                  "सभी लोग घर में हैं और हम सरकार के आवश्यक दिशा निर्देशों का पालन कर रहे हैं।")


def _dated(article_id: str, text: str, day: str) -> Unit:
    unit = _unit(article_id, text)
    unit.times = [TimeExpression(text.split()[0] + " " + text.split()[1], 0, 10, date=day, precision="day")]
    return unit


def test_a_denial_and_a_statement_on_other_days_are_two_statements():
    from khabar.synthesise.disagreements import date_disagreements

    units = [_dated("a", "31 दिसंबर को शहर के स्वास्थ्य आयोग ने घोषित किया कि यह वायरस इंसान से इंसान में नहीं फैलता है।",
                    "2019-12-31"),
             _dated("b", "15 जनवरी को शहर के स्वास्थ्य आयोग ने घोषित किया कि यह वायरस इंसान से इंसान में फैलता है।",
                    "2020-01-15")]
    weigh_units(units)
    assert not date_disagreements(units)
    # The same statement on two days is a date disagreement.
    units[1] = _dated("b", "16 जनवरी को शहर के स्वास्थ्य आयोग ने घोषित किया कि यह वायरस इंसान से इंसान में नहीं फैलता है।",
                      "2020-01-16")
    weigh_units(units)
    assert [d.topic for d in date_disagreements(units)] == ["2019-12-31 vs 2020-01-16"]


def test_ages_of_different_people_are_not_rival_versions():
    units = [_unit("a", "डॉक्टरों के अनुसार 65 साल की उम्र के बाद कोरोना वायरस का खतरा अधिक होता है।"),
             _unit("b", "डॉक्टरों के अनुसार कोरोना वायरस से मरने वाले की उम्र 76 साल बताई गई है।")]
    assert not _numbers(units, {"a": "2020-03-17", "b": "2020-03-17"})


def test_one_outlets_two_figures_are_not_sources_disagreeing():
    # Dainik Jagran, 9 March 2020: China's deaths in one piece, the world's in the next.
    texts = ("कोरोना वायरस से अब तक 2,996 लोगों की मौत हो गई है।",
             "संक्रमितों की संख्या 109343 हो गई है और 3809 लोगों की मौत हो गई है।")
    same = [_unit("a", texts[0], outlet="Dainik Jagran"), _unit("b", texts[1], outlet="Dainik Jagran")]
    assert not _numbers(same, {"a": "2020-03-09", "b": "2020-03-09"})
    two = [_unit("a", texts[0], outlet="Dainik Jagran"), _unit("b", texts[1], outlet="Amar Ujala")]
    assert [d.topic for d in _numbers(two, {"a": "2020-03-09", "b": "2020-03-09"})] == ["लोगों: 2996 vs 3809"]


def test_figures_of_two_different_things_are_told_apart_by_their_other_figures():
    # Amar Ujala and Dainik Hindustan, 12 March 2020: the Nifty's fall and the Sensex's.
    nifty = "शेयर बाजार में निफ्टी 758.25 अंक यानी 7.25 फीसदी की गिरावट के बाद 9,700 के स्तर पर कारोबार कर रहा था।"
    sensex = "शेयर बाजार में 30 शेयरों वाला सूचकांक 2913 अंक या 8 प्रतिशत की गिरावट के साथ 32,770 पर कारोबार कर रहा था।"
    assert not _numbers([_unit("a", nifty), _unit("b", sensex)], {"a": "2020-03-12", "b": "2020-03-12"})
    # The same index given as 2,913 and 2,919 points falls 8 or 7.25 per cent: a disagreement.
    other = sensex.replace("8 प्रतिशत", "7.25 प्रतिशत").replace("2913", "2919")
    found = _numbers([_unit("a", sensex), _unit("b", other)], {"a": "2020-03-12", "b": "2020-03-12"})
    assert [d.topic for d in found] == ["प्रतिशत: 7.25 vs 8"]


def test_a_statement_dated_only_outside_the_event_is_no_rival_version():
    # A report recalls an earlier trip: its "special train" is the 2019 one.
    from khabar.synthesise.disagreements import about_another_time, disagreements

    now = _unit("a", "किम जोंग उन एक बख्तरबंद ट्रेन से रूस के शहर में पहुंचे हैं।", outlet="A")
    recalled = _unit("b", "इससे पहले 2019 में भी किम जोंग उन एक स्पेशल ट्रेन से रूस के शहर में पहुंचे थे।", outlet="B")
    recalled.times = [TimeExpression("2019", 14, 18, date="2019", precision="year")]
    this_year = _unit("c", "इस साल 2023 में किम जोंग उन एक निजी ट्रेन से रूस के शहर में पहुंचे हैं।", outlet="C")
    this_year.times = [TimeExpression("2023", 10, 14, date="2023", precision="year")]
    units = [now, recalled, this_year]
    weigh_units(units)
    window = ("2023-07-29", "2023-11-12")
    assert about_another_time(recalled, window)
    assert not about_another_time(this_year, window)  # a year that overlaps the event's days
    assert not about_another_time(now, window)  # undated: read as the event's
    assert not about_another_time(recalled, None)  # no window known: nothing is set aside

    def cited(window):
        found = [d for d in disagreements(units, {}, window=window) if d.kind == "descriptor"]
        return {s for d in found for v in d.versions for s in v.sources}

    assert cited(None) == {"a", "b", "c"}
    assert cited(window) == {"a", "c"}


def test_summary_sentences_are_marked_with_the_disagreements_they_take_part_in():
    from khabar.records import Disagreement, SummarySentence, Version
    from khabar.synthesise.disagreements import mark_disputed

    figure = Disagreement(topic="महीनों: 17 vs 18", kind="number", versions=[
        Version("… 17 महीनों …", ["a"], [("a", 3)]), Version("… 18 महीने …", ["b"], [("b", 5)])])
    overtaken = Disagreement(topic="X → Y", kind="overtaken", versions=[
        Version("मुलाकात X में हो सकती है", ["a"], [("a", 1)]), Version("दोनों Y में मिले", ["b"], [("b", 2)])])
    summary = [SummarySentence("18 महीने से युद्ध", ["b", "c"], statements=[("c", 0), ("b", 5)]),
               SummarySentence("दोनों Y में मिले", ["b"], statements=[("b", 2)]),
               SummarySentence("मुलाकात X में हो सकती है", ["a"], statements=[("a", 1)]),
               SummarySentence("कुछ और", ["a"], statements=[("a", 3 + 1)])]
    mark_disputed(summary, [figure, overtaken])
    # The figure's sentence names it; of an overtaken plan only the plan is in doubt.
    assert [s.disputed for s in summary] == [["महीनों: 17 vs 18"], [], ["X → Y"], []]


def _with_days(article_id: str, text: str, days: dict[str, str]) -> Unit:
    unit = _unit(article_id, text)
    unit.times = [TimeExpression(p, text.index(p), text.index(p) + len(p), date=d, precision="day")
                  for p, d in days.items()]
    return unit


def test_dates_are_compared_where_they_date_the_same_happening():
    from khabar.synthesise.disagreements import date_disagreements

    # March 2020 pairs: the return (11 vs 13 March), not the departure (5 March)
    units = [_with_days("a", "यह बुजुर्ग पांच मार्च को ट्रेन से दिल्ली गया था और 11 मार्च को लौटा था ।",
                        {"पांच मार्च": "2020-03-05", "11 मार्च": "2020-03-11"}),
             _with_days("b", "यह बुजुर्ग 13 मार्च को ट्रेन से दिल्ली से लौटा था ।", {"13 मार्च": "2020-03-13"})]
    weigh_units(units)
    assert [d.topic for d in date_disagreements(units)] == ["2020-03-11 vs 2020-03-13"]
    # the admission on Friday and the death on the 21st are two happenings, not rival dates
    units = [_with_days("a", "मुंगेर के मरीज को शुक्रवार को पटना एम्स में भर्ती कराया गया था ।", {"शुक्रवार": "2020-03-20"}),
             _with_days("b", "बाद में मुंगेर के मरीज को पटना एम्स में भर्ती कराया गया जहां 21 मार्च को उसकी मौत हो गयी थी.",
                        {"21 मार्च": "2020-03-21"})]
    weigh_units(units)
    assert not date_disagreements(units)


def test_english_figures_in_different_frames_are_two_quantities():
    def english(article_id, text):
        return Unit(article_id=article_id, index=0, text=text, start=0, end=len(text), language="en",
                    tokens=content_tokens(text, "en"), outlet=article_id)

    # AEB pages (Nov 2019): "50 years since the formation" and "the first time in 25 years"
    apart = [english("a", "To celebrate 50 years since the band's formation, McDonald rejoins the Doobie Brothers."),
             english("b", "The Doobie Brothers tour with McDonald together for the first time in 25 years.")]
    assert _numbers(apart, {}) == []
    # the same slot told differently is a disagreement
    rival = [english("a", "The storm killed 12 people in the coastal town of Sandy Bay on Monday."),
             english("b", "The storm killed 14 people in the coastal town of Sandy Bay on Monday.")]
    assert [d.topic for d in _numbers(rival, {})] == ["people: 12 vs 14"]


def test_a_decree_one_outlet_reports_done_and_another_not_done_disagrees():
    from khabar.synthesise.disagreements import decree_disagreements

    # March 2020, Uttar Pradesh on 13 March: Amar Ujala against Dainik Jagran.
    denied = ("अभी कोरोना वायरस संक्रमण को महामारी घोषित नहीं किया गया है, पर एपिडेमिक एक्ट के तहत "
              "स्वास्थ्य विभाग को कुछ अधिकार दिए गए हैं ।")
    done = "यहां इसे महामारी घोषित कर दिया है ।"
    same_day = {"a": "2020-03-13", "b": "2020-03-13"}
    found = decree_disagreements([_unit("a", denied), _unit("b", done)], same_day)
    assert [(d.topic, d.kind) for d in found] == [("महामारी घोषित: हां / नहीं", "decree")]
    assert [(v.text, v.sources) for v in found[0].versions] == [(done, ["b"]), (denied, ["a"])]
    # Denied one day and done the next is news; two places are two decrees; one
    # outlet expecting it ("घोषित किया जा सकता है") reports nothing done.
    assert not decree_disagreements([_unit("a", denied), _unit("b", done)], {"a": "2020-03-13", "b": "2020-03-14"})
    assert not decree_disagreements([_unit("a", denied, ["up"]), _unit("b", done, ["delhi"])], same_day)
    haryana = "हरियाणा और दिल्ली सरकार ने एहतियात बरतते हुए इसे महामारी घोषित कर दिया है ।"
    assert not decree_disagreements([_unit("a", denied), _unit("b", haryana, ["haryana", "delhi"])], same_day)
    expected = "सरकार इसे जल्द ही महामारी घोषित कर सकती है ।"
    assert not decree_disagreements([_unit("a", denied), _unit("b", expected)], same_day)


def test_an_english_decree_denied_by_another_outlet_disagrees():
    from khabar.synthesise.disagreements import decree_disagreements

    def english(article_id, text):
        return Unit(article_id=article_id, index=0, text=text, start=0, end=len(text), language="en",
                    tokens=content_tokens(text, "en"))

    found = decree_disagreements([english("a", "The governor has not declared a state of emergency, officials said."),
                                  english("b", "Governor Lee declared a state of emergency on Monday night.")], {})
    assert [d.topic for d in found] == ["declared state of emergency: yes / no"]
    # Two decrees on different things are no rivals.
    assert not decree_disagreements([english("a", "The league has not cancelled the season yet."),
                                     english("b", "The league cancelled the parade after the storm.")], {})


def test_one_death_toll_in_deaths_and_in_people_killed_with_a_multiplier_disagrees():
    def english(article_id, text):
        return Unit(article_id=article_id, index=0, text=text, start=0, end=len(text), language="en",
                    tokens=content_tokens(text, "en"))

    # AEB, November 2019: two reports of China's plague cases recall the Black Death
    units = [english("a", 'It was known as the "Black Death" during the fourteenth century, causing more than '
                          "50 million deaths in Europe."),
             english("b", "Both diseases are associated with the Black Death pandemic that killed an estimated "
                          "25 million people in Europe alone in the 14th Century.")]
    assert [d.topic for d in _numbers(units, {})] == ["deaths: 25,000,000 vs 50,000,000"]


def test_a_figure_the_other_sentence_also_gives_in_a_list_is_no_rival():
    # March 2020, 2 March: Italy's 34 deaths, and a list in which South Korea's are 22
    units = [_unit("a", "इटली में इससे 34 लोगों की मौत हो गई है और 1,694 लोग संक्रमित हैं ।", ["italy"]),
             _unit("b", "कोरोना की वजह से ईरान में 50, इटली में 34, साउथ कोरिया में 22 मौतें हो चुकी हैं ।",
                   ["iran", "italy", "south korea"])]
    assert not _numbers(units, {"a": "2020-03-02", "b": "2020-03-02"})
    # ... while one toll written as deaths and as people who died is compared
    units[1] = _unit("b", "इटली में कोरोना वायरस से अब तक 29 मौतें हो चुकी हैं ।", ["italy"])
    assert [d.topic for d in _numbers(units, {"a": "2020-03-02", "b": "2020-03-02"})] == ["लोगों: 29 vs 34"]


def test_two_steps_of_a_running_tally_are_no_date_disagreement():
    from khabar.synthesise.disagreements import date_disagreements

    def dated(article_id, text, word, day):
        unit = _unit(article_id, text, ["bihar"])
        at = text.index(word)
        unit.times = [TimeExpression(word, at, at + len(word), date=day, precision="day")]
        return unit

    # March 2020, Bihar: Sunday's four new cases (15 in all) and Tuesday's one more (16)
    sunday = dated("a", "बिहार में रविवार को और चार लोगों में कोरोना वायरस संक्रमण की पुष्टि होने के बाद प्रदेश में "
                        "संक्रमितों की संख्या बढ़कर 15 हो गयी ।", "रविवार", "2020-03-29")
    tuesday = dated("b", "बिहार में मंगलवार को एक अन्य मामले में कोरोना वायरस संक्रमण की पुष्टि होने के बाद प्रदेश में "
                         "संक्रमितों की संख्या बढ़कर 16 हो गयी ।", "मंगलवार", "2020-03-31")
    others = [_unit(k, text) for k, text in (("c", "पटना में सभी स्कूल बंद रहेंगे ।"), ("d", "दिल्ली में बाजार खुले रहे ।"))]
    weigh_units([sunday, tuesday, *others])
    assert not date_disagreements([sunday, tuesday])


def test_a_meeting_held_in_the_country_of_the_expected_city_overtakes_nothing():
    from khabar.synthesise.disagreements import overtaken_expectations

    def unit(article_id, text, language, keys):
        return Unit(article_id=article_id, index=0, text=text, start=0, end=len(text), language=language,
                    tokens=content_tokens(text, language), entity_keys=set(keys),
                    entity_types={k: "PLACE" if k in ("vladivostok", "russia") else "PERSON" for k in keys})

    people = ("kim jong un", "vladimir putin")
    # the seed preview's expectation, and the English retelling of where they met
    expected = unit("a", "रिपोर्ट में दावा किया गया है कि किम जोंग उन और पुतिन के बीच मीटिंग शहर व्लादिवोस्तोक में हो सकती है.",
                    "hi", people + ("vladivostok",))
    in_russia = unit("b", "Putin and Kim Jong Un met on Wednesday at the Vostochny cosmodrome in Russia's far east.",
                     "en", people + ("russia",))
    at_vostochny = unit("c", "पुतिन और किम जोंग उन ने बुधवार को वोस्तोचन कोस्मोड्रोम में हाथ मिलाया।",
                        "hi", people)
    aliases = ["व्लादिवोस्तोक", "Russia", "वोस्तोचन कोस्मोड्रोम"]
    weigh_units([expected, in_russia])
    assert overtaken_expectations([expected, in_russia], {}, aliases) == []
    units = [expected, in_russia, at_vostochny]
    weigh_units(units)
    topics = [d.topic for d in overtaken_expectations(units, {}, aliases)]
    assert topics == ["व्लादिवोस्तोक → वोस्तोचन कोस्मोड्रोम"], topics


def test_an_article_giving_both_figures_knows_them_as_two_counts():
    # Dainik Hindustan, 19 March 2020, gives India's 173 cases in all and 149 active ones;
    # Amar Ujala's 173 the same day is no rival of its 149.
    amar_ujala = _unit("a", "भारत में फिलहाल कोविड-19 के कुल 173 मामले हैं ।", ["india"], outlet="Amar Ujala")
    hindustan = [_unit("b", "मंत्रालय ने बताया कि भारत में फिलहाल कोविड-19 के कुल 149 मामले हैं ।", ["india"],
                       outlet="Dainik Hindustan"),
                 _unit("b", "देश में कोरोना वायरस से संक्रमित लोगों की संख्या 173 हो गयी है ।", outlet="Dainik Hindustan")]
    dates = {"a": "2020-03-19", "b": "2020-03-19"}
    assert not _numbers([amar_ujala, *hindustan], dates)
    assert [d.topic for d in _numbers([amar_ujala, hindustan[0]], dates)] == ["मामले: 149 vs 173"]


# --------------------------------------------------------------------------
# a place's count of cases, in a sentence or in a list

def _placed(article_id: str, text: str, places: dict[str, str], outlet: str, day: str | None = None) -> Unit:
    """A sentence whose place names (surface -> key) are marked wherever they stand."""
    unit = _unit(article_id, text, set(places.values()), day=day, outlet=outlet)
    for surface, key in places.items():
        start = text.find(surface)
        while start >= 0:
            unit.mentions.append((start, start + len(surface), key, "PLACE"))
            start = text.find(surface, start + 1)
    return unit


# Dainik Jagran's list of the states' cases, 21 March 2020 (shortened)
STATES_LIST = ("महाराष्ट्र में अब तक 52 मामले, केरल में 40, राजस्थान में 16, गुजरात में 7, पंजाब में 3, "
               "चंडीगढ़ में 5, तेलंगाना में 19 और मध्य प्रदेश में चार मामले आए हैं ।")
STATES = {"महाराष्ट्र": "maharashtra", "केरल": "kerala", "राजस्थान": "rajasthan", "गुजरात": "gujarat",
          "पंजाब": "punjab", "चंडीगढ़": "chandigarh", "तेलंगाना": "telangana", "मध्य प्रदेश": "madhya pradesh",
          "पश्चिम बंगाल": "west bengal", "पुडुचेरी": "puducherry"}


def _place_counts(units, days):
    return [d.topic for d in place_count_disagreements(units, days)]


def test_a_places_count_in_a_list_and_in_a_sentence_of_the_same_day_disagree():
    # Dainik Hindustan the same day: Rajasthan 17 (two foreigners among them), Telangana 17
    days = {"dj": "2020-03-21", "dh": "2020-03-21", "dh2": "2020-03-21"}
    listed = _placed("dj", STATES_LIST, STATES, "Dainik Jagran")
    rajasthan = _placed("dh", "अब तक राजस्थान में दो विदेशियों सहित 17 मामले दर्ज किए गए हैं ।", STATES, "Dainik Hindustan")
    telangana = _placed("dh2", "तेलंगाना में नौ विदेशियों समेत 17 मामले सामने आए हैं ।", STATES, "Dainik Hindustan")
    assert _place_counts([listed, rajasthan, telangana], days) == ["राजस्थान में मामले: 16 vs 17",
                                                                   "तेलंगाना में मामले: 17 vs 19"]
    # the same figures a day apart are a tally's steps; one outlet's two figures are its own
    assert not _place_counts([listed, rajasthan], {"dj": "2020-03-21", "dh": "2020-03-22"})
    rajasthan.outlet = "Dainik Jagran"
    assert not _place_counts([listed, rajasthan], days)


def test_a_distributive_figure_counts_each_place_and_a_joint_one_none():
    days = {"dj": "2020-03-21", "dh": "2020-03-21"}
    listed = _placed("dj", STATES_LIST, STATES, "Dainik Jagran")
    each = _placed("dh", "पश्चिम बंगाल और पंजाब में दो-दो, पुडुचेरी व चंडीगढ़ में एक-एक मरीज मिला है ।", STATES,
                   "Dainik Hindustan")
    assert _place_counts([listed, each], days) == ["पंजाब में मामले: 2 vs 3", "चंडीगढ़ में मामले: 1 vs 5"]
    together = _placed("dh", "पश्चिम बंगाल और पंजाब में चार मरीज मिले हैं ।", STATES, "Dainik Hindustan")
    assert not _place_counts([listed, together], days)


def test_a_days_new_cases_are_no_rival_of_the_total():
    # Dainik Hindustan, 21 March 2020: six new Gujarat cases that Saturday, against seven in all
    days = {"dj": "2020-03-21", "dh": "2020-03-21"}
    listed = _placed("dj", STATES_LIST, STATES, "Dainik Jagran")
    new = _placed("dh", "गुजरात में कोरोना वायरस संक्रमण के शनिवार को छह मामले सामने आए, राज्य में मरीजों की "
                        "संख्या बढ़कर 13 हुई ।", STATES, "Dainik Hindustan")
    assert not _place_counts([listed, new], days)
    total = _placed("dh", "गुजरात में अब तक छह मामले सामने आए हैं ।", STATES, "Dainik Hindustan")
    assert _place_counts([listed, total], days) == ["गुजरात में मामले: 6 vs 7"]


def test_only_a_count_of_cases_after_the_place_is_read():
    days = {"dj": "2020-03-21", "nt": "2020-03-21"}
    listed = _placed("dj", STATES_LIST, STATES, "Dainik Jagran")
    for text in ("महाराष्ट्र में एक के बाद एक कोरोना वायरस के मामले सामने आ रहे हैं ।",  # no count
                 "केरल में 30 लोगों को क्वारंटीन किया गया है ।",  # people, not cases
                 "केरल में रहने वाले 30 मरीज ठीक हो गए हैं ।"):  # another word between place and figure
        assert not _place_counts([listed, _placed("nt", text, STATES, "Navbharat Times")], days), text
    # a count the article dates two days before its publication is history
    old = _placed("nt", "केरल में शुक्रवार को कुल 30 मामले थे ।", STATES, "Navbharat Times", day="2020-03-19")
    assert not _place_counts([listed, old], days)


# --------------------------------------------------------------------------
# a person's age

def _marked(article_id, text, names: dict[str, tuple[str, str]], outlet, language="hi"):
    """A sentence whose names (surface -> (key, type)) are marked wherever they stand."""
    unit = Unit(article_id=article_id, index=0, text=text, start=0, end=len(text), language=language,
                tokens=content_tokens(text, language), outlet=outlet)
    for surface, (key, kind) in names.items():
        start = text.find(surface)
        while start >= 0:
            if not any(s <= start < e for s, e, *_ in unit.mentions):  # "Assange" inside "Julian Assange"
                unit.entity_keys.add(key)
                unit.entity_types[key] = kind
                unit.mentions.append((start, start + len(surface), key, kind))
            start = text.find(surface, start + 1)
    return unit


def _ages(units):
    weigh_units(units)
    return [d.topic for d in age_disagreements(units)]


TUMAKURU = {"कर्नाटक": ("karnataka", "PLACE"), "तुमकुरू": ("tumakuru", "PLACE"), "तुमकुरु": ("tumakuru", "PLACE"),
            "कलबुर्गी": ("kalaburagi", "PLACE")}


def test_an_unnamed_persons_age_in_alike_sentences_of_one_place_disagrees():
    # Amar Ujala and Dainik Jagran, 27-28 March 2020: the man who died in Tumakuru
    amar_ujala = _marked("au", "इससे पहले कर्नाटक के तुमकुरू में कोरोना वायरस से संक्रमित एक 65 के बुजुर्ग की मौत हो गई थी ।",
                         TUMAKURU, "Amar Ujala")
    jagran = _marked("dj", "कर्नाटक के तुमकुरु में 60 साल के एक व्यक्ति की कोरोना वायरस से मौत हो गई है ।",
                     TUMAKURU, "Dainik Jagran")
    assert _ages([amar_ujala, jagran]) == ["उम्र: 60 vs 65"]
    # another place's death, or an age too far off, is another person
    elsewhere = _marked("dj", "कर्नाटक के कलबुर्गी में 60 साल के एक व्यक्ति की कोरोना वायरस से मौत हो गई है ।",
                        TUMAKURU, "Dainik Jagran")
    assert not _ages([amar_ujala, elsewhere])
    older = _marked("dj", jagran.text.replace("60 साल", "76 साल"), TUMAKURU, "Dainik Jagran")
    assert not _ages([amar_ujala, older])
    # a span of time is no age
    span = _marked("dj", "कर्नाटक के तुमकुरु में 60 साल के बाद ऐसी मौत हो गई है ।", TUMAKURU, "Dainik Jagran")
    assert not _ages([amar_ujala, span])


def test_a_named_persons_age_disagrees_and_the_n_year_old_is_the_article_s_main_person():
    # BBC News and Al Bawaba on Julian Assange (AEB, November 2019)
    names = {"Julian Assange": ("julian assange", "PERSON"), "Assange": ("julian assange", "PERSON"),
             "Sweden": ("sweden", "PLACE")}
    bbc = [_marked("bbc", "Julian Assange is wanted in the US.", names, "BBC News", "en"),
           _marked("bbc", "Sweden has dropped its investigation into Assange.", names, "BBC News", "en"),
           _marked("bbc", "Assange denies the charges.", names, "BBC News", "en"),
           _marked("bbc", "The 48-year-old Australian was evicted in April.", names, "BBC News", "en")]
    al_bawaba = _marked("ab", "The US wants the UK to extradite Assange, 47, over his alleged role.", names,
                        "Al Bawaba", "en")
    assert _ages([*bbc, al_bawaba]) == ["Assange's age: 47 vs 48"]
    # with Assange named once only, the 48-year-old may be anyone
    assert not _ages([bbc[0], bbc[3], al_bawaba])
    # another person's age is no rival
    other = _marked("ab", "The US wants the UK to extradite Smith, 47, over his alleged role.",
                    {"Smith": ("smith", "PERSON")}, "Al Bawaba", "en")
    assert not _ages([*bbc, other])


# --------------------------------------------------------------------------
# one person named two ways

def test_one_role_and_given_name_with_two_surnames_from_two_outlets_disagree():
    # Amar Ujala and Prabhat Khabar, 20 March 2020: the Congress leader who isolated himself
    names = {"जितिन पटेल": ("jitin patel", "PERSON"), "जितिन प्रसाद": ("jitin prasad", "PERSON"),
             "अनुप्रिया पटेल": ("anupriya patel", "PERSON")}
    amar_ujala = _marked("au", "इसी कड़ी में, पार्टी में शामिल कांग्रेस नेता जितिन पटेल ने भी खुद को एकांतवास में रखने "
                               "का एलान किया है ।", names, "Amar Ujala")
    prabhat = _marked("pk", "यही नहीं कांग्रेस के नेता जितिन प्रसाद, अपना दल की अध्यक्ष अनुप्रिया पटेल ने भी ख़ुद को "
                            "एकांतवास में रखने का एलान किया है.", names, "Prabhat Khabar")
    units = [amar_ujala, prabhat]
    weigh_units(units)
    assert [d.topic for d in name_disagreements(units)] == ["जितिन पटेल / जितिन प्रसाद"]
    # an outlet naming both knows two people; without a shared role nothing says they are one
    both = _marked("pk2", "कांग्रेस नेता जितिन पटेल और जितिन प्रसाद भी वहां थे ।", names, "Prabhat Khabar")
    units = [amar_ujala, prabhat, both]
    weigh_units(units)
    assert not name_disagreements(units)
    no_role = _marked("pk", prabhat.text.replace("कांग्रेस के नेता", "कांग्रेस के"), names, "Prabhat Khabar")
    units = [amar_ujala, no_role]
    weigh_units(units)
    assert not name_disagreements(units)


# --------------------------------------------------------------------------
# the same people suspected in one report, confirmed in another

def test_people_one_outlet_suspects_and_another_confirms_disagree():
    # Dainik Jagran and Navbharat Times, 3 March 2020: the six Agra contacts of the Delhi patient
    agra = {"आगरा": ("agra", "PLACE"), "दिल्ली": ("delhi", "PLACE")}
    suspected = _marked("dj", "आगरा में 6 लोग संदिग्ध पाए गए हैं ।", agra, "Dainik Jagran")
    confirmed = _marked("nt", "दिल्ली के शख्स के संपर्क में आए आगरा के 6 लोगों में भी कोरोना की पुष्टि हुई है ।", agra,
                        "Navbharat Times")
    days = {"dj": "2020-03-03", "nt": "2020-03-03"}
    assert [d.topic for d in status_disagreements([suspected, confirmed], days)] == ["6 लोग: संदिग्ध / पुष्टि"]
    # a denial is no confirmation; another day's news is no rival; two people coincide too easily
    denied = _marked("nt", confirmed.text.replace("पुष्टि हुई", "पुष्टि नहीं हुई"), agra, "Navbharat Times")
    assert not status_disagreements([suspected, denied], days)
    assert not status_disagreements([suspected, confirmed], {"dj": "2020-03-03", "nt": "2020-03-04"})
    two = [_marked("dj", suspected.text.replace("6", "2"), agra, "Dainik Jagran"),
           _marked("nt", confirmed.text.replace("6", "2"), agra, "Navbharat Times")]
    assert not status_disagreements(two, days)
    # one outlet telling both tells of two groups
    confirmed.outlet = "Dainik Jagran"
    assert not status_disagreements([suspected, confirmed], days)


def _english(article_id: str, text: str, dates: dict[str, str]) -> Unit:
    times = [TimeExpression(word, text.index(word), text.index(word) + len(word), date=day, precision="day")
             for word, day in dates.items()]
    return Unit(article_id=article_id, index=0, text=text, start=0, end=len(text), language="en",
                tokens=content_tokens(text, "en"), entity_keys={"inner mongolia"},
                entity_types={"inner mongolia": "PLACE"}, times=times)


def test_an_english_report_told_on_two_days_disagrees_and_a_fronted_date_dates_its_clause():
    from khabar.synthesise.disagreements import date_disagreements

    # AEB, China's plague cases: one report's November 16 is another's Sunday, the 17th
    smithsonian = _english("a", "On November 16, a third case of plague was reported in a 55-year-old man, "
                                "also from Inner Mongolia.", {"November 16": "2019-11-16"})
    sun = _english("b", "Inner Mongolia health authority reported its third case of bubonic plague on Sunday "
                        "after two other plague cases were revealed last week.", {"Sunday": "2019-11-17"})
    # the same man's meal, ten days before: shared nouns ("man", "Inner Mongolia") but no shared verb
    meal = _english("c", "The man told doctors he ate the rabbit meat in Inner Mongolia on November 5.",
                    {"November 5": "2019-11-05"})
    others = [_english(k, text, {}) for k, text in (
        ("d", "Beijing health officials said the risk of the disease spreading was extremely low."),
        ("e", "The couple from Inner Mongolia were diagnosed with pneumonic plague last week."))]
    weigh_units([smithsonian, sun, meal, *others])
    assert [d.topic for d in date_disagreements([smithsonian, sun])] == ["2019-11-16 vs 2019-11-17"]
    assert not date_disagreements([smithsonian, meal])


def test_an_english_day_of_month_is_a_date_not_a_figure():
    from khabar.synthesise.summary import figures, figures_differ

    assert figures("On November 16, a third case of plague was reported in a 55-year-old man.") == frozenset()
    assert figures("Astronauts may 16 times a day see the sunrise.") == {16.0}  # the verb, not the month
    assert not figures_differ("On November 16, a case was reported.", "Two other cases were revealed last week.")


def test_one_large_figure_two_outlets_give_a_digit_apart_disagrees():
    from khabar.synthesise.disagreements import near_figure_disagreements

    # March 2020: Kejriwal's count of passengers screened, in two papers a day apart
    times = _unit("a", "हवाईअड्डों पर अब तक 1,16,579 मरीजों की जांच की गई है ।", outlet="Navbharat Times")
    ujala = _unit("b", "केजरीवाल ने बताया कि अभी तक 116589 यात्रियों को एयरपोर्ट पर स्कैन किया गया है ।",
                  outlet="Amar Ujala")
    [found] = near_figure_disagreements([times, ujala])
    assert found.topic == "मरीजों: 116,579 vs 116,589"
    assert [v.sources for v in found.versions] == [["a"], ["b"]]
    # China's running tally the same week changes more than a digit; one outlet's two figures are its own
    tally = [_unit("c", "चीन में इसके 80,695 मामले हैं ।", outlet="Dainik Jagran"),
             _unit("d", "चीन में 80,754 लोग संक्रमित हुए हैं ।", outlet="Prabhat Khabar")]
    assert not near_figure_disagreements(tally)
    same_outlet = [_unit("e", "अब तक 1,16,579 यात्रियों की जांच हुई ।", outlet="Amar Ujala"), ujala]
    assert not near_figure_disagreements(same_outlet)


def test_two_outlets_that_find_different_parts_of_one_counted_whole_disagree():
    from khabar.synthesise.disagreements import part_of_whole_disagreements

    def unit(article_id, index, text, outlet):
        found = _unit(article_id, text, outlet=outlet)
        found.index = index
        return found

    # March 2020, Patna: 129 samples tested, two positive (Dainik Hindustan) or three (Prabhat Khabar)
    hindustan = [unit("a", 4, "बिहार के आरएमआरएई स्थित जांच केंद्र में रविवार दोपहर तक 129 सैंपल की जांच हुई है ।",
                      "Dainik Hindustan"),
                 unit("a", 5, "इसमें दो में कोरोना वायरस की पुष्टि हुई है ।", "Dainik Hindustan")]
    khabar = unit("b", 7, "प्रदीप दास ने बताया कि जांच के लिए कल तक आए 129 कारोना वायरस संदिग्ध मरीजों के सैंपल की "
                          "जांच पूरी कर ली गयी है जिनमें से तीन पॉजिटिव पाये गये.", "Prabhat Khabar")
    [found] = part_of_whole_disagreements([*hindustan, khabar])
    assert found.topic == "129 सैंपल में: 2 vs 3"
    assert sorted(v.sources for v in found.versions) == [["a"], ["b"]]
    # the same part is no disagreement, and a part in a sentence that does not follow the whole is none
    agreeing = unit("b", 7, "जांच के लिए आए 129 सैंपल की जांच पूरी कर ली गयी है जिनमें से दो पॉजिटिव पाये गये.",
                    "Prabhat Khabar")
    assert not part_of_whole_disagreements([*hindustan, agreeing])
    hindustan[1].index = 9
    assert not part_of_whole_disagreements([*hindustan, khabar])


def test_phone_numbers_and_pin_codes_a_digit_apart_are_no_rival_figures():
    from khabar.synthesise.disagreements import near_figure_disagreements

    phones = [_unit("a", "हेल्पलाइन स्टोर 9045270895 पर संपर्क करें ।", outlet="Amar Ujala"),
              _unit("b", "हेल्पलाइन स्टोर 9045270896 पर संपर्क करें ।", outlet="Dainik Jagran")]
    assert not near_figure_disagreements(phones)
    pins = [_unit("a", "पता: संसद मार्ग, नई दिल्ली-110001 पर स्थित कार्यालय ।", outlet="Amar Ujala"),
            _unit("b", "पता: जनपथ, नई दिल्ली-110011 पर स्थित कार्यालय ।", outlet="Dainik Jagran")]
    assert not near_figure_disagreements(pins)


def test_a_year_is_no_counted_whole():
    from khabar.synthesise.disagreements import parts_of_wholes

    unit = _unit("a", "वर्ष 2020 में अब तक जांच हुई, जिनमें से दो में पुष्टि हुई है ।", outlet="Amar Ujala")
    assert not parts_of_wholes([unit])
    unit = _unit("a", "अब तक 2020 सैंपल की जांच हुई, जिनमें से दो में पुष्टि हुई है ।", outlet="Amar Ujala")
    assert not parts_of_wholes([unit])  # (a batch of exactly 2020 reads as the year: the lesser loss)
    unit = _unit("a", "अब तक 3217 लोगों के सैंपलों की जांच हुई, जिनमें से 6 में वायरस की पुष्टि हुई है ।")
    assert [(p.whole, p.part) for p in parts_of_wholes([unit])] == [(3217.0, 6.0)]
