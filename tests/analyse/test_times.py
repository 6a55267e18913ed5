"""Temporal expressions: the seed reports and generic Hindi/English cases."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from khabar.analyse.times import find_times, resolve_times

IST = timezone(timedelta(hours=5, minutes=30))
# a Wednesday, like seed 002's publication date
WED = datetime(2023, 9, 13, 16, 28, tzinfo=IST)


def _by_text(times, surface):
    return [t for t in times if t.text == surface]


def _one(text, surface, published=WED):
    hits = _by_text(find_times(text, published, None), surface)
    assert len(hits) == 1, (surface, find_times(text, published, None))
    return hits[0]


def _followed_by(body, times, phrase, span=80):
    """Time expressions whose clause (next ``span`` chars) contains ``phrase``."""
    return [t for t in times if phrase in body[t.end : t.end + span].split("।")[0]]


# --------------------------------------------------------------------------
# the seed reports, read and cleaned by the real pipeline


def _seed(seed_articles, prefix):
    return next(a for a in seed_articles.values() if a.id.startswith(prefix))


def test_seed_002_weekdays_resolve_by_tense(seed_articles):
    article = _seed(seed_articles, "002")
    assert article.published is not None and article.published.date().isoformat() == "2023-09-13"
    times = find_times(article.body, article.published, article.language)
    met = _followed_by(article.body, times, "मुलाकात की")
    arrived = _followed_by(article.body, times, "रूस पहुंचे थे")
    assert met and arrived
    for t in met:
        assert t.text == "बुधवार" and (t.date, t.precision) == ("2023-09-13", "day"), t
    for t in arrived:
        assert t.text == "मंगलवार" and (t.date, t.precision) == ("2023-09-12", "day"), t
    for t in times:
        assert article.body[t.start : t.end] == t.text


def test_seed_001_undated_day_month_keeps_no_year(seed_articles):
    article = _seed(seed_articles, "001")
    assert article.published is None
    times = find_times(article.body, article.published, article.language)
    (aug30,) = [t for t in times if "30 अगस्त" in t.text]
    assert aug30.date is None and aug30.precision is None
    assert "--08-30" in aug30.note and "no publication date" in aug30.note
    # an absolute year still resolves without a publication date
    (y2019,) = [t for t in times if t.text == "2019"]
    assert (y2019.date, y2019.precision) == ("2019", "year")


def test_seed_000_duration_is_not_a_date(seed_articles):
    article = _seed(seed_articles, "000")
    times = find_times(article.body, article.published, article.language)
    (months,) = [t for t in times if "17 महीनों" in t.text]
    assert months.kind == "duration" and months.date is None


def test_seed_003_today_weekday_unresolved_without_date(seed_articles):
    article = _seed(seed_articles, "003")
    times = find_times(article.body, article.published, article.language)
    today = [t for t in times if t.text.startswith("आज")]
    assert today and all(t.date is None and t.note for t in today)
    # once a reference date is supplied (say, from a sibling report) it resolves
    ref = datetime(2023, 9, 12, 9, 0, tzinfo=IST)
    redone = resolve_times(times, ref)
    assert [t.date for t in redone if t.text.startswith("आज")] == ["2023-09-12"] * len(today)


def test_seed_bodies_have_no_false_dates(seed_articles):
    for article in seed_articles.values():
        for t in find_times(article.body, article.published, article.language):
            assert not re.fullmatch(r"अब|कुल \d+|\d+/\d+", t.text), t


# --------------------------------------------------------------------------
# generic Hindi


@pytest.mark.parametrize(
    "sentence, surface, expected",
    [
        ("वे मंगलवार को मिलेंगे।", "मंगलवार", "2023-09-19"),  # future: after publication
        ("वे मंगलवार को दिल्ली पहुंचे थे।", "मंगलवार", "2023-09-12"),
        ("समिति बुधवार को फैसला करेगी।", "बुधवार", "2023-09-13"),  # publication weekday: that day
        ("समिति अगले बुधवार को फैसला करेगी।", "अगले बुधवार", "2023-09-20"),
        ("मंत्री ने बुधवार को इस्तीफा दिया।", "बुधवार", "2023-09-13"),  # same day counts as past
        ("वह कल दिल्ली पहुंचे थे।", "कल", "2023-09-12"),
        ("वह कल दिल्ली पहुंचेंगे।", "कल", "2023-09-14"),
        ("आज बैठक होगी।", "आज", "2023-09-13"),
        ("परसों मतदान होगा।", "परसों", "2023-09-15"),
        ("शनिवार को होने वाली बैठक की तैयारी हो रही है, पर कोई फैसला नहीं होगा।", "शनिवार", "2023-09-16"),
    ],
)
def test_hindi_days(sentence, surface, expected):
    t = _one(sentence, surface)
    assert (t.kind, t.date, t.precision) == ("date", expected, "day"), t


@pytest.mark.parametrize(
    "sentence, surface, date, precision",
    [
        ("इस साल चुनाव होंगे।", "इस साल", "2023", "year"),
        ("पिछले साल बाढ़ आई थी।", "पिछले साल", "2022", "year"),
        ("अगले महीने संसद का सत्र होगा।", "अगले महीने", "2023-10", "month"),
        ("बीते महीने टीम वहां पहुंची थी।", "बीते महीने", "2023-08", "month"),
        ("2019 में भी दोनों नेता मिले थे।", "2019", "2019", "year"),
        ("बीते 30 अगस्त को उन्होंने कहा था।", "बीते 30 अगस्त", "2023-08-30", "day"),
        ("15 अक्टूबर को नतीजे आएंगे।", "15 अक्टूबर", "2023-10-15", "day"),
        ("13 सितंबर 2023 को बैठक हुई।", "13 सितंबर 2023", "2023-09-13", "day"),
        ("१५ अगस्त २०२२ को झंडा फहराया गया।", "१५ अगस्त २०२२", "2022-08-15", "day"),
        ("मार्च 2020 में लॉकडाउन लगा।", "मार्च 2020", "2020-03", "month"),
        ("जून में बारिश शुरू हुई थी।", "जून", "2023-06", "month"),
        ("दो साल पहले यह पुल बना था।", "दो साल पहले", "2021", "year"),
        ("3 दिन पहले हादसा हुआ।", "3 दिन पहले", "2023-09-10", "day"),
        ("उन्होंने 12/09/2023 को आवेदन दिया।", "12/09/2023", "2023-09-12", "day"),
        # wire datelines write the day as a word
        ("नयी दिल्ली, बारह सितंबर (भाषा) संसद का सत्र शुरू हुआ।", "बारह सितंबर", "2023-09-12", "day"),
        ("परीक्षा पांच अप्रैल 2020 को होनी थी।", "पांच अप्रैल 2020", "2020-04-05", "day"),
        # a deadline in the near future inside a past clause stays near: not last year's
        ("30 सितंबर तक घर पर रहने की अपील की गई है।", "30 सितंबर", "2023-09-30", "day"),
        ("अक्टूबर में होने वाला सम्मेलन टाल दिया गया।", "अक्टूबर", "2023-10", "month"),
        # both ends of a range of years are years
        ("1990 से लेकर 2010 के बीच मृत्यु दर घटी।", "2010", "2010", "year"),
    ],
)
def test_hindi_dates(sentence, surface, date, precision):
    t = _one(sentence, surface)
    assert (t.kind, t.date, t.precision) == ("date", date, precision), t


def test_ranges_share_the_month_and_run_forwards():
    spring = datetime(2020, 3, 25, tzinfo=IST)
    times = find_times("प्रक्रियाएं एक अप्रैल से 30 सितंबर के बीच पूरी की जानी थी।", spring, "hi")
    # alone, 30 September is nearer in 2019; as the end of a range from 1 April 2020 it is 2020
    assert [(t.text, t.date) for t in times] == [("एक अप्रैल", "2020-04-01"), ("30 सितंबर", "2020-09-30")]
    times = find_times("अधिकारी ने 15 से 19 मार्च के दौरान चार बैठकों में हिस्सा लिया।", spring, "hi")
    assert [(t.text, t.date) for t in times] == [("15", "2020-03-15"), ("19 मार्च", "2020-03-19")]
    # a bare number before "से" with no month after it is no date
    assert find_times("15 से 20 लोग आए।", spring, "hi") == []


def test_two_weekdays_named_together_fall_in_one_week():
    # A Wednesday paper (4 March 2020): alone, the coming Tuesday is 10 March and
    # Wednesday is the day itself; as one span of a future clause they run 10-11 March.
    holi = datetime(2020, 3, 4, tzinfo=IST)
    found = find_times("मंगलवार और बुधवार को दो दिन रंग होगा ।", holi, "hi")
    assert [(t.text, t.date) for t in found if t.kind == "date"] == [("मंगलवार", "2020-03-10"), ("बुधवार", "2020-03-11")]
    sunday = datetime(2020, 3, 22, tzinfo=IST)
    found = find_times("शुक्रवार से रविवार तक बाजार बंद रहेंगे ।", sunday, "hi")
    assert [t.date for t in found] == ["2020-03-27", "2020-03-29"]
    # in the past the span's last day fixes the week; days already in order are kept
    found = find_times("The market was shut on Saturday and Sunday, officials said.", datetime(2020, 3, 23, tzinfo=IST), "en")
    assert [t.date for t in found] == ["2020-03-21", "2020-03-22"]
    found = find_times("शुक्रवार और शनिवार को बाजार बंद रहे ।", datetime(2020, 3, 18, tzinfo=IST), "hi")
    assert [t.date for t in found] == ["2020-03-13", "2020-03-14"]


def test_a_weekday_starting_an_ordered_measure_is_the_nearest_one():
    # March 2020: the announcement is past, the measure it announces starts the next day
    thursday = datetime(2020, 3, 19, tzinfo=IST)
    text = "सरकार ने शुक्रवार आधी रात से सार्वजनिक परिवहन सेवाओं को निलंबित करने की बृहस्पतिवार को घोषणा की ।"
    assert _one(text, "शुक्रवार", thursday).date == "2020-03-20"
    friday = datetime(2020, 3, 6, tzinfo=IST)
    text = "अधिकारियों का कहना है कि उन्हें शनिवार से रिट्रीट सेरेमनी बंद करने के आदेश आए हैं ।"
    assert _one(text, "शनिवार", friday).date == "2020-03-07"
    # ... or the day before, when that is nearer: an order reported the next morning
    saturday = datetime(2020, 3, 14, tzinfo=IST)
    text = "प्रशासन ने शुक्रवार रात से सभी सिनेमाहॉल और जिम बंद करने के आदेश दिए हैं ।"
    assert _one(text, "शुक्रवार", saturday).date == "2020-03-13"
    # a weekday with no order or announcement keeps its tense's reading
    text = "सोमवार से प्रदेश के सभी कर्मचारी हड़ताल पर चले गए हैं ।"
    assert _one(text, "सोमवार", thursday).date == "2020-03-16"


def test_decade_is_kept_as_a_span_not_a_date():
    t = _one("पिछले दशक में टीबी के मामले घटे।", "पिछले दशक")
    assert t.kind == "date" and t.date is None and "2010..2019" in t.note
    (undated,) = find_times("पिछले दशक में टीबी के मामले घटे।", None, "hi")
    assert undated.date is None and "no publication date" in undated.note


def test_hindi_last_week_reports_its_span():
    t = _one("पिछले हफ्ते उन्होंने इस्तीफा दिया।", "पिछले हफ्ते")
    # Monday 4 to Sunday 10 September: both in one month
    assert (t.date, t.precision) == ("2023-09", "month")
    assert "2023-09-04..2023-09-10" in t.note


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("पिछले 17 महीनों में कुछ नहीं बदला।", "पिछले 17 महीनों"),
        ("दोनों देशों के बीच 18 महीने से युद्ध चल रहा है।", "18 महीने"),
        ("पिछले 24 घंटों में 10 लोग मरे।", "पिछले 24 घंटों"),
        ("दो दिन बाद वे लौटे।", "दो दिन बाद"),
        ("टीका बनने में साल भर लगेगा।", "साल भर"),
        ("दो दशक से यह विवाद चल रहा है।", "दो दशक"),
    ],
)
def test_hindi_durations_are_not_dates(sentence, surface):
    t = _one(sentence, surface)
    assert t.kind == "duration" and t.date is None


@pytest.mark.parametrize(
    "sentence",
    [
        "अब भारत ने प्लान बी पर काम शुरू किया।",
        "यूक्रेनियों की कुल 100 अचल संपत्ति बिक्री लिस्ट में शामिल है।",
        "जी20 सम्मेलन: (18/2) फॉर्मूले से डरकर चीन ने मना किया।",
        "शहर में कैंडल मार्च निकाला गया।",
        "पिछले दिनों अमेरिका ने चेतावनी दी थी।",
        "कंपनी ने 2000 लोगों को नौकरी दी।",
        "संक्रमितों की संख्या 2000 के पार पहुंची।",
    ],
)
def test_hindi_false_hits(sentence):
    assert [t for t in find_times(sentence, WED, "hi") if t.kind == "date"] == []


def test_relative_expressions_stay_unresolved_without_publication_date():
    text = "किम मंगलवार को रूस पहुंचे थे। कल बैठक होगी। 13 सितंबर 2023 को बात हुई।"
    times = {t.text: t for t in find_times(text, None, "hi")}
    assert times["मंगलवार"].date is None and "no publication date" in times["मंगलवार"].note
    assert times["कल"].date is None
    assert times["13 सितंबर 2023"].date == "2023-09-13"
    # the tense recorded in the note is reused when a date arrives later
    redone = {t.text: t for t in resolve_times(list(times.values()), WED)}
    assert redone["मंगलवार"].date == "2023-09-12"
    assert redone["कल"].date == "2023-09-14"
    assert redone["मंगलवार"].start == times["मंगलवार"].start
    # with the text, the tense is read again from context
    again = {t.text: t for t in resolve_times(list(times.values()), WED, text=text)}
    assert again["मंगलवार"].date == "2023-09-12" and again["कल"].date == "2023-09-14"
    assert resolve_times(list(times.values()), None) == list(times.values())


# --------------------------------------------------------------------------
# generic English


@pytest.mark.parametrize(
    "sentence, surface, date, precision",
    [
        ("Kim arrived last Tuesday.", "last Tuesday", "2023-09-12", "day"),
        ("He will meet Putin on Friday.", "Friday", "2023-09-15", "day"),
        ("The minister resigned on Monday.", "Monday", "2023-09-11", "day"),
        ("Results were announced on 5 March.", "5 March", "2023-03-05", "day"),
        ("The summit will open on October 2.", "October 2", "2023-10-02", "day"),
        ("He was born on 5 March 1990.", "5 March 1990", "1990-03-05", "day"),
        ("It was signed on September 12, 2023, in Moscow.", "September 12, 2023", "2023-09-12", "day"),
        ("Yesterday the court ruled against him.", "Yesterday", "2023-09-12", "day"),
        ("The two leaders met in 2019.", "in 2019", "2019", "year"),
        ("Elections are due next year.", "next year", "2024", "year"),
        ("Prices rose last month.", "last month", "2023-08", "month"),
        # a year after the month names that month, not the nearest one
        ("He was named chairman in March 2018 after years.", "March 2018", "2018-03", "month"),
        ("The car goes on sale in late January 2024.", "January 2024", "2024-01", "month"),
        ("A document she prepared in October of 2006.", "October of 2006", "2006-10", "month"),
        ("The festival runs until October 31st 2018.", "October 31st 2018", "2018-10-31", "day"),
        ("Three days ago he quit.", "Three days ago", "2023-09-10", "day"),
        # a modal's weekday is ahead, and a participle after "be" takes the tense of the verb
        # before it (AEB: "The weather should ease by Thursday ..., said ...", "she will be
        # allowed to play ... on Sunday" had read as past)
        ("The weather should ease by Thursday morning, the director said.", "Thursday", "2023-09-14", "day"),
        ("She will be allowed to play her old songs on Sunday.", "Sunday", "2023-09-17", "day"),
        ("The meeting will be postponed from Tuesday to Friday.", "Tuesday", "2023-09-19", "day"),
        ("The suspect may have been killed on Sunday, police said.", "Sunday", "2023-09-10", "day"),
    ],
)
def test_english_dates(sentence, surface, date, precision):
    t = _one(sentence, surface)
    assert (t.kind, t.date, t.precision) == ("date", date, precision), t


def test_english_durations_and_false_hits():
    times = find_times("The war has lasted 17 months. It may rain; March on!", WED, "en")
    assert [(t.text, t.kind) for t in times] == [("17 months", "duration")]


@pytest.mark.parametrize("bad", ["", "   ", "\x00\ufffd", "३१ फरवरी २०२३ को", "99/99/2023", "x" * 10000])
def test_bad_input_never_crashes(bad):
    for t in find_times(bad, WED, "hi"):
        assert t.date is None or re.fullmatch(r"\d{4}(-\d\d){0,2}", t.date)


def test_a_verb_group_takes_the_tense_of_its_last_word():
    thursday = datetime(2020, 3, 19, 9, 0, tzinfo=IST)
    # "कर दिए जाएंगे" (will be shut): future, though "दिए" alone reads past.
    assert _one("ऑटो रिक्शा शुक्रवार आधी रात से बंद कर दिए जाएंगे।", "शुक्रवार", thursday).date == "2020-03-20"
    assert _one("बुधवार को इस पर फैसला किया जाएगा।", "बुधवार", thursday).date == "2020-03-25"
    assert _one("स्कूल सोमवार को बंद किए गए थे।", "सोमवार", thursday).date == "2020-03-16"


def test_an_event_to_be_held_is_ahead_unless_an_ergative_subject_acted_on_that_day():
    saturday = datetime(2020, 3, 21, 9, 0, tzinfo=IST)
    # March 2020: the Janata curfew "to be held on Sunday" was Sunday 22 March.
    curfew = "रविवार को देशभर में होने वाले जनता कर्फ्यू से एक दिन पहले प्रधानमंत्री ने यह ट्वीट किया।"
    assert _one(curfew, "रविवार", saturday).date == "2020-03-22"
    # The government acted on Friday; the events "to be held" are only its object.
    cancelled = "शुक्रवार को दिल्ली सरकार ने दिल्ली में होने वाले सभी खेल आयोजनों को रद्द करने का फैसला लिया।"
    assert _one(cancelled, "शुक्रवार", saturday).date == "2020-03-20"


def test_days_before_something_named_are_not_counted_from_publication():
    saturday = datetime(2020, 3, 21, 9, 0, tzinfo=IST)
    # "one day before the curfew", "17 days before the UPSC suggested names": not before publication.
    before_curfew = _one("जनता कर्फ्यू से एक दिन पहले प्रधानमंत्री ने संदेश जारी किया।", "एक दिन पहले", saturday)
    assert before_curfew.kind == "duration" and before_curfew.date is None
    assert _one("नाम सुझाने के 17 दिन पहले ही नियुक्ति दे दी।", "17 दिन पहले", saturday).date is None
    # After a place "से" is "from": back from Australia five days ago.
    assert _one("वे ऑस्ट्रेलिया से पांच दिनों पहले लौटे हैं।", "पांच दिनों पहले", saturday).date == "2020-03-16"
    assert _one("वह तीन दिन पहले दिल्ली से लौटा था।", "तीन दिन पहले", saturday).date == "2020-03-18"
    # "इसके एक दिन पहले मंगलवार को" (Dainik Jagran, 26 March): a day before this, on Tuesday
    thursday = datetime(2020, 3, 26, tzinfo=IST)
    before_this = "इसके एक दिन पहले मंगलवार को पटना सिटी का एक युवक कोरोना पॉजिटिव मिला था।"
    assert _one(before_this, "एक दिन पहले", thursday).date is None
    assert _one(before_this, "मंगलवार", thursday).date == "2020-03-24"


def test_a_named_day_is_no_weekday_reference():
    # AEB page of 19 Nov 2019: "Black Friday" is 29 November, not the Friday before publication
    published = datetime(2019, 11, 19, tzinfo=timezone.utc)
    assert not find_times("One of Dell's Black Friday deals have gone live early.", published, "en")
    assert not find_times("Cyber Monday and Good Friday sales were announced.", published, "en")
    assert [t.date for t in find_times("Google launched Stadia on Friday.", published, "en")] == ["2019-11-15"]


def test_a_weekday_that_is_any_or_every_such_day_is_no_date():
    # March 2020 (Navbharat Times, 3 March) and an AEB page of 18 Nov 2019
    tuesday = datetime(2020, 3, 3, tzinfo=timezone.utc)
    assert not find_times("कोरोना से पीड़ित शख्स ने एक शुक्रवार को एक पार्टी दी थी।", tuesday, "hi")
    assert not find_times("वह हर रविवार को बाजार जाता है।", tuesday, "hi")
    assert not find_times("Was it a misjudgement to hold the opening ceremony on a Monday?", tuesday, "en")
    assert [t.date for t in find_times("शख्स ने शुक्रवार को एक पार्टी दी थी।", tuesday, "hi")] == ["2020-02-28"]


def test_a_weekday_naming_a_kind_of_thing_and_today_in_a_title_are_no_dates():
    # AEB pages of 19-20 Nov 2019: McClatchy's Saturday editions, a quote via USA Today
    published = datetime(2019, 11, 20, tzinfo=timezone.utc)
    assert not find_times("McClatchy is planning to end Saturday publication of all its newspapers.", published, "en")
    assert not find_times("Richardson, via USA Today, said that Rudolph should be disciplined.", published, "en")
    found = find_times("Today, he told the Sunday Times on Monday that he would go.", published, "en")
    assert [(t.text, t.date) for t in found] == [("Today", "2019-11-20"), ("Monday", "2019-11-18")]


def test_a_weekday_after_a_present_copula_is_the_coming_one():
    # AEB page of Monday 18 Nov 2019: "Stadia's launch day is Tuesday" is the next day
    published = datetime(2019, 11, 18, tzinfo=timezone.utc)
    assert [t.date for t in find_times("Stadia's launch day is Tuesday, sort of.", published, "en")] == ["2019-11-19"]
    assert [t.date for t in find_times("Google launched Stadia on Tuesday.", published, "en")] == ["2019-11-12"]


def test_a_weekday_the_text_dates_right_after_it_gives_way_to_the_date():
    published = datetime(2019, 11, 19, tzinfo=timezone.utc)  # AEB page: "on sale Friday, Dec. 6"
    found = find_times("Tickets go on sale at 10 a.m. Friday, Dec. 6.", published, "en")
    assert [(t.text, t.date) for t in found] == [("Dec. 6", "2019-12-06")]
    found = find_times("रविवार 22 मार्च को जनता कर्फ्यू रहा।", datetime(2020, 3, 23, tzinfo=IST), "hi")
    assert [(t.text, t.date) for t in found] == [("22 मार्च", "2020-03-22")]
    # a weekday alone, or a date further on, keeps its own resolution
    assert [t.text for t in find_times("On Friday, the band said the tour starts Dec. 6.", published, "en")] == [
        "Friday", "Dec. 6"]


def test_kal_with_a_weekday_is_the_day_the_weekday_names():
    # "कल" is yesterday or tomorrow: in a Saturday paper "कल यानी रविवार" is tomorrow
    saturday = datetime(2020, 3, 21, 9, tzinfo=IST)
    assert [(t.text, t.date) for t in find_times("कल यानी रविवार को जनता कर्फ्यू भी लगना है ।", saturday, "hi")] == [
        ("कल यानी रविवार", "2020-03-22")]
    assert [t.date for t in find_times("कल शुक्रवार को बैठक हुई थी।", saturday, "hi")] == ["2020-03-20"]
