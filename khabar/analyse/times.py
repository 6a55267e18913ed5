"""Temporal expressions in Hindi and English news, resolved against publication.

``find_times(text, published, language)`` finds every date-like expression and
every duration, and resolves dates to ISO strings with a precision:

* absolute dates ("13 सितंबर 2023", "September 13, 2023", "12/09/2023",
  "2019 में", "मार्च 2020") resolve with or without a publication date;
* relative ones (आज, कल, परसों, weekdays, "बीते 30 अगस्त", "इस साल",
  "पिछले हफ्ते", "तीन दिन पहले", "last Tuesday", "on 5 March") resolve only
  against the article's publication date; without one they stay unresolved
  (``date`` None) and ``note`` says why.  A day and month without a year keep
  their partial ISO form ("--08-30") in ``note``, never a guessed year;
* durations ("पिछले 17 महीनों", "18 महीने से", "for three years") have
  ``kind="duration"`` and no date.

Direction comes from the words (बीते/पिछले/last → before, अगले/next → after)
or else from the tense of the clause: Hindi is verb-final, so the first finite
verb after the expression decides (थे/था/की/किया/गए/पहुंचे → past;
-एगा/-ेंगे/होगी/सकते → future); English looks at the verb before it, then
after.  Weekdays: past → the nearest such day on or before publication,
future → the nearest one after it; when the tense cannot be read a weekday is
taken as past (news mostly reports what happened; the note says so).  ``कल``
with an unreadable tense stays unresolved: it means yesterday and tomorrow.
A day or month without a year takes the candidate nearest to publication,
unless the tense contradicts it and the nearest is more than ``NEAR_DAYS``
away (see :func:`_pick_candidate`).  "पिछले हफ्ते" resolves to the month (or
year) holding that Monday–Sunday week, with the week itself in ``note``;
"पिछले दशक" keeps only its span in ``note``.

Everything is regular expressions over the text (no dateparser): it is fast
(the analysis stage targets ≥300 articles/s) and does not misread अब, "कुल 100"
or "18/2" as dates.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from khabar.analyse.hindi_calendar import (
    DEVANAGARI_DIGITS,
    ENGLISH_MONTHS,
    ENGLISH_NUMBERS,
    ENGLISH_UNITS,
    ENGLISH_WEEKDAYS,
    HINDI_DAY_WORDS,
    HINDI_MONTHS,
    HINDI_NUMBERS,
    HINDI_THAT_IS,
    HINDI_UNITS,
    HINDI_WEEKDAYS,
    month_number,
    number_value,
    unit_name,
    weekday_number,
)
from khabar.records import TimeExpression

# --------------------------------------------------------------------------
# patterns

# Devanagari vowel signs are not \w to Python's re, so word edges are explicit.
_WORD = r"\w\u0900-\u0963\u0966-\u097F"
_L = rf"(?<![{_WORD}])"
_R = rf"(?![{_WORD}])"


def _alt(forms) -> str:
    return "|".join(sorted({re.escape(f) for f in forms}, key=len, reverse=True))


_HI_MONTH = _alt(f for fs in HINDI_MONTHS.values() for f in fs)
_EN_MONTH_FULL = _alt(fs[0] for fs in ENGLISH_MONTHS.values())
_EN_MONTH_ABBR = _alt(f for fs in ENGLISH_MONTHS.values() for f in fs[1:])
# the dot belongs to an abbreviation ("Sept."); after a full name it ends the sentence
_MONTH = rf"(?:{_HI_MONTH}|{_EN_MONTH_FULL}|(?:{_EN_MONTH_ABBR})\.?)"
_HI_WEEKDAY = _alt(f for fs in HINDI_WEEKDAYS.values() for f in fs)
_EN_WEEKDAY = _alt(f for fs in ENGLISH_WEEKDAYS.values() for f in fs)
_THAT_IS = _alt(HINDI_THAT_IS)  # "कल यानी रविवार"
# A weekday in a named day is no relative date: "Black Friday" (29 Nov 2019) is not the
# Friday before an AEB page's publication, nor are Good Friday, Cyber Monday, Super Tuesday.
_NAMED_DAY_GUARD = "".join(
    f"(?<!{w} )" for w in ("Black", "Good", "Cyber", "Super", "Easter", "Palm", "Ash", "Holy", "Maundy", "Bloody"))
# ... nor is one that names a kind of thing after it: "end Saturday publication of all
# its newspapers" (AEB, McClatchy), "the Sunday Times", "Saturday Night Live".
_WEEKDAY_AS_MODIFIER_RE = re.compile(
    r"\s+(?:editions?|publications?|papers?|newspapers?|school|Times|Telegraph|Express|Mirror|Post|Night Live)\b")
# ... nor is one that is any, every or some such day: "कोरोना से पीड़ित शख्स ने एक
# शुक्रवार को एक पार्टी दी थी" (March 2020) had been dated to the Friday before the paper,
# "हर रविवार", "every Monday", "one Saturday".
_INDEFINITE_WEEKDAY_RE = re.compile(r"(?:^|\s)(?:एक|किसी|हर|प्रत्येक|हरेक|a|an|one|every|each|any|some)\s+$",
                                    re.IGNORECASE)
# "Today" after a capitalised word is a title: "USA Today", "Russia Today", "Psychology Today".
_TITLE_BEFORE_TODAY_RE = re.compile(r"[A-Z][\w&.]*\s+$")
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DAY_WORD = _alt(HINDI_DAY_WORDS)  # "चार मार्च": only before a Hindi month name
_ORD = r"(?:st|nd|rd|th)?"

_BEFORE_HI = "बीते|पिछले|पिछली|पिछला|गत|पूर्व"
_AFTER_HI = "अगले|अगली|अगला|आगामी|आने वाले|आने वाली|आनेवाले"
_THIS_HI = "इस|इसी|चालू"
_MODIFIER = rf"(?:{_BEFORE_HI}|{_AFTER_HI}|{_THIS_HI}|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious)"

_HI_UNIT = _alt(f for fs in HINDI_UNITS.values() for f in fs)
_EN_UNIT = _alt(f for fs in ENGLISH_UNITS.values() for f in fs)
_NUMBER = (
    rf"(?:\d{{1,3}}(?:\.\d)?|{_alt(HINDI_NUMBERS)}|"
    rf"{_alt(w for w in ENGLISH_NUMBERS if w not in ('a', 'an'))}|"
    rf"{_alt(w.capitalize() for w in ENGLISH_NUMBERS if w not in ('a', 'an'))})"
)

# Words before मार्च that make it a protest march, not the month.
_MARCH_PROTEST = re.compile(r"(?:कैंडल|पैदल|लॉन्ग|लांग|मशाल|शांति|विरोध|फ्लैग|रोड|पथ|मौन|शक्ति)\s*$")


@dataclass
class _Match:
    start: int
    end: int
    kind: str  # which resolver handles it
    groups: dict


# (kind, regex) in priority order: earlier kinds win ties at the same start.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(rf"{_L}(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d){_R}")),
    ("numeric", re.compile(rf"{_L}(?P<d>{_DAY})(?P<sep>[/.\-])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<y>{_YEAR}){_R}")),
    (
        "dmy",
        re.compile(
            rf"{_L}(?:(?P<mod>{_MODIFIER})\s+)?(?:(?P<d>{_DAY}){_ORD}\s*(?:of\s+)?(?P<mon>{_MONTH})|(?P<dw>{_DAY_WORD})\s+(?P<hmon>{_HI_MONTH})),?\s+(?P<y>{_YEAR}){_R}"
        ),
    ),
    ("mdy", re.compile(rf"{_L}(?P<mon>{_MONTH})\s+(?P<d>{_DAY}){_ORD},?\s+(?P<y>{_YEAR}){_R}")),
    (
        "dm",
        re.compile(
            rf"{_L}(?:(?P<mod>{_MODIFIER})\s+)?(?:(?P<d>{_DAY}){_ORD}\s*(?:of\s+)?(?P<mon>{_MONTH})|(?P<dw>{_DAY_WORD})\s+(?P<hmon>{_HI_MONTH})){_R}"
        ),
    ),
    ("md", re.compile(rf"{_L}(?:(?P<mod>{_MODIFIER})\s+)?(?P<mon>{_EN_MONTH_FULL}|(?:{_EN_MONTH_ABBR})\.?)\s+(?P<d>{_DAY}){_ORD}(?![\w,]*\s*\d)")),
    # the first day of a range that names its month once: "15 से 19 मार्च", "11-12 फरवरी"
    ("rangestart", re.compile(rf"{_L}(?P<d>{_DAY})(?=\s*(?:से|-|–|to)\s*{_DAY}\s+(?P<mon>{_MONTH}){_R})")),
    ("my", re.compile(rf"{_L}(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR}){_R}")),
    (
        "month",
        re.compile(
            rf"{_L}(?:(?P<mod>{_MODIFIER}|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring|[Ff]rom)\s+)?"
            # not when a day or year follows: "in March 2018", "until October 31st 2018" and "in
            # October of 2006" are that March, day and October ("my", "mdy"), not the nearest month
            rf"(?P<mon>{_HI_MONTH}|{_EN_MONTH_FULL}){_R}(?!,?\s+(?:of\s+)?\d)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"{_L}(?:(?P<pre>वर्ष|साल|सन्|सन|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|[Oo]f|[Yy]ear|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?"
            rf"(?P<y>{_YEAR})(?:'s)?{_R}"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"{_L}(?:(?P<mod>आज|कल|{_MODIFIER})\s+(?:(?:{_THAT_IS})\s+)?)?{_NAMED_DAY_GUARD}"
            rf"(?P<wd>{_HI_WEEKDAY}|{_EN_WEEKDAY}){_R}"
        ),
    ),
    (
        "ago",
        re.compile(
            rf"{_L}(?P<n>{_NUMBER}|[Aa]n?)\s+(?P<unit>{_HI_UNIT}|{_EN_UNIT})\s+(?P<dir>पहले|पूर्व|ago|बाद|later){_R}"
        ),
    ),
    (
        "duration",
        re.compile(
            rf"{_L}(?:(?P<mod>{_BEFORE_HI}|{_AFTER_HI}|लगभग|करीब|क़रीब|[Tt]he\s+(?:last|past|next)|[Ll]ast|[Pp]ast|[Nn]ext|[Ff]or|[Oo]ver)\s+)?"
            rf"(?P<n>{_NUMBER})\s+(?P<unit>{_HI_UNIT}|{_EN_UNIT}){_R}"
        ),
    ),
    # "साल भर", "दिनभर": a span of one unit
    ("span", re.compile(rf"{_L}(?P<unit>{_HI_UNIT})\s*भर{_R}")),
    ("period", re.compile(rf"{_L}(?P<mod>{_MODIFIER})\s+(?P<unit>{_HI_UNIT}|{_EN_UNIT}){_R}")),
    ("deictic", re.compile(rf"{_L}(?P<w>आज|कल|परसों|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight){_R}")),
]

# --------------------------------------------------------------------------
# tense of the clause around an expression

_CLAUSE_END = re.compile(r"[।?!\n|;]|\.(?!\d)|\s(?:कि|जहां|जहाँ|जिसमें|जबकि|लेकिन|मगर)\s")
_COMMA = re.compile(r",")

_HI_FUTURE = re.compile(
    rf"{_L}(?:[{_WORD}]*(?:ेगा|ेगी|ेगे|ेंगे|ेंगी|ेगें|ूंगा|ूंगी|ूँगा|ूँगी|एगा|एगी|एंगे|एंगी|एँगे|एँगी|ओगे|ोगे|ाएगा|ाएगी)"
    rf"|होगा|होगी|होंगे|होंगी|सकते|सकती|सकता|सकें|सकेंगे|योजना|प्रस्तावित|संभावना|वाले हैं|वाली है|वाला है|वाले है"
    # "रविवार को होने वाले जनता कर्फ्यू" (the curfew to be held on Sunday): होने वाला
    # is prospective; other "-ने वाला" forms are as often agentive ("काम करने वाले लोग")
    rf"|होने वाले|होने वाली|होने वाला){_R}"
)
_HI_PAST = re.compile(
    rf"{_L}(?:था|थे|थी|थीं|किया|किए|किये|कीं|गया|गए|गई|गयी|गये|गईं|दिया|दिए|दिये|लिया|कहा|हुआ|हुई|हुईं|"
    rf"पहुंचे|पहुंचा|पहुंची|पहुँचे|पहुँचा|पहुँची|मिले|मिला|चुके|चुका|चुकी|पाया|[{_WORD}]+ाया|[{_WORD}]+ाये)"
    rf"{_R}|{_L}(?:की|दी|ली)(?=\s*$|\s*[,।.]|\s+(?:और|तथा|थी|थीं|है|हैं|गई|गयी|जा|व){_R})"
)
# "करते हुए" (while doing) is adverbial, not a past tense
_HI_ADVERBIAL = re.compile(r"ते\s+हुए$")
_HI_ERGATIVE = re.compile(rf"{_L}ने{_R}")

# ... and "should", "may", "might", "must" (not before "have"): "The weather should ease by
# Thursday morning ..., said Mark Quinlan" (AEB, a Wednesday report) is the coming Thursday.
_EN_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated|likely|going)\s+to|plans?\s+to|planned\s+for"
    r"|(?:should|may|might|must)(?!\s+(?:not\s+)?have\b))\b",
    re.I,
)
# A participle after "be" ("will be allowed", "will be postponed") takes its tense from the
# verb before it, which is a cue of its own: "she will be allowed to play ... on Sunday" (AEB,
# a Tuesday report) had read as past.
_EN_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|went|came|took|gave|made|held|left|began|saw|won|lost"
    r"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\w{2,}ed)\b",
    re.I,
)


def clause_tense(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """("past" | "future" | None, the cue word) for the clause holding text[start:end]."""
    if re.search(r"[\u0900-\u097F]", text[max(0, start - 40) : end + 40]):
        return _hindi_tense(text, start, end)
    return _english_tense(text, start, end)


def recorded_tense(t: TimeExpression) -> str | None:
    """"past" or "future": the tense its resolution read (kept in its note), else None."""
    found = re.search(r"\b(past|future) tense\b", t.note or "")
    return found.group(1) if found else None


def _clause_after(text: str, end: int, limit: int = 200) -> str:
    window = text[end : end + limit]
    cut = _CLAUSE_END.search(window)
    return window[: cut.start()] if cut else window


def _clause_before(text: str, start: int, limit: int = 120) -> str:
    window = text[max(0, start - limit) : start]
    cuts = list(_CLAUSE_END.finditer(window)) + list(_COMMA.finditer(window))
    if cuts:
        window = window[max(c.end() for c in cuts) :]
    return window


def _hindi_tense(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    after = _clause_after(text, end)
    # the comma-bounded part first: the nearest finite verb belongs to this clause
    first_part = after.split(",")[0]
    for window in (first_part, after):
        cue = _first_hindi_cue(window)
        if cue and cue[1].startswith("होने वाल") and _HI_ERGATIVE.search(window[: window.find(cue[1])]):
            # "शुक्रवार को सरकार ने ... होने वाले आयोजन रद्द किए": the day is the ergative
            # subject's act (perfective, past); the upcoming events are only its object
            return "past", "ने"
        if cue:
            return cue
    before = _clause_before(text, start)
    if _HI_ERGATIVE.search(before) or _HI_ERGATIVE.search(after):
        return "past", "ने"
    return None, None


def _first_hindi_cue(window: str) -> tuple[str, str] | None:
    """The tense of the first verb group in ``window``.  A Hindi verb group
    carries its tense on its last word: "बंद कर दिए जाएंगे" (will be closed)
    is future although "दिए" alone reads past, "किया गया था" past."""
    cues: list[tuple[int, int, str, str]] = []
    for tense, pattern in (("future", _HI_FUTURE), ("past", _HI_PAST)):
        for m in pattern.finditer(window):
            if tense == "past" and m.group(0) in ("हुए", "हुई", "हुआ") and _HI_ADVERBIAL.search(
                window[: m.end()]
            ):
                continue
            cues.append((m.start(), m.end(), tense, m.group(0)))
    if not cues:
        return None
    cues.sort()
    group = [cues[0]]
    for cue in cues[1:]:
        if cue[0] > group[-1][0] and not window[group[-1][1]: cue[0]].strip():
            group.append(cue)  # the next word of the same verb group
        elif cue[0] > group[-1][0]:
            break
    return group[-1][2], group[-1][3]


# A day named by a present copula is the coming one: "Stadia's launch day is Tuesday" in a
# Monday's report (AEB) is the next day, not the Tuesday before.
_EN_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$", re.I)


def _english_tense(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    before = text[max(0, start - 160) : start]
    copula = _EN_COPULA_BEFORE.search(before)
    if copula:
        return "future", copula.group(0).strip()
    cut = list(re.finditer(r"[.!?;\n]|\band\b|\bbut\b|\bwhile\b|\bafter\b|\bbefore\b", before))
    if cut:
        before = before[cut[-1].end() :]
    after = text[end : end + 160]
    stop = re.search(r"[.!?;\n]|\band\b|\bbut\b|\bwhile\b", after)
    if stop:
        after = after[: stop.start()]
    for window, pick_last in ((before, True), (after, False)):
        cues = [("future", m) for m in _EN_FUTURE.finditer(window)] + [("past", m) for m in _EN_PAST.finditer(window)]
        if cues:
            cues.sort(key=lambda c: c[1].start(), reverse=pick_last)
            return cues[0][0], cues[0][1].group(0)
    return None, None


# --------------------------------------------------------------------------
# finding


def find_times(text: str, published: datetime | None, language: str | None = None) -> list[TimeExpression]:
    """Every temporal expression in ``text``, resolved against ``published``.

    Offsets index ``text``.  ``language`` is accepted for the facade's sake;
    both Hindi and English patterns always run because Hindi news quotes
    English dates ("September 12, 2023") and vice versa.
    """
    if not text:
        return []
    try:
        matches = _find_matches(text)
    except Exception:  # bad input never crashes the stage
        return []
    ref = _reference_date(published)
    times = []
    for m in matches:
        try:
            expression = _resolve(text, m, ref)
        except (ValueError, OverflowError):
            expression = TimeExpression(text[m.start : m.end], m.start, m.end, note="not a valid calendar date")
        if expression is not None:
            times.append(expression)
    _order_ranges(text, times)
    _order_weekday_spans(text, times)
    return _without_weekdays_dated_after(text, times)


def _without_weekdays_dated_after(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """Drop a weekday the text dates right after it: in "Friday, Dec. 6" or "रविवार 22
    मार्च को" the date says which Friday (an AEB page of 19 Nov 2019 read "go on sale
    Friday, Dec. 6" as the Friday before publication)."""
    out = []
    for i, t in enumerate(times):
        following = times[i + 1] if i + 1 < len(times) else None
        words = t.text.split()
        if (following is not None and words and weekday_number(words[-1]) is not None
                and following.kind == "date" and following.precision == "day"
                and re.fullmatch(r"[\s,]{0,3}", text[t.end : following.start])):
            continue
        out.append(t)
    return out


# The words between the first and the last day of a range: "X से Y", "X - Y", "from X
# to Y", "X through Y" (khabar.synthesise.timeline dates a range by its first day) ...
RANGE_TO = r"से|-|–|to|through|until|till"
# ... and "X और Y के बीच": the end of a range is not before its start
_RANGE_LINK = re.compile(rf"\s*(?:{RANGE_TO}|and|और)\s*(?:लेकर\s+)?")


def _inferred_year(t: TimeExpression) -> bool:
    return bool(t.date and t.note and (t.note.startswith("--") or t.note.startswith("month,")))


def _order_ranges(text: str, times: list[TimeExpression]) -> None:
    """Move the end of a range a year on when its guessed year put it before the start.

    "एक अप्रैल से 30 सितंबर के बीच" in a paper of 25 March 2020: alone,
    30 सितंबर is nearer in 2019, but after 1 April 2020 it must be 2020.
    """
    for first, second in zip(times, times[1:]):
        if first.kind != "date" or second.kind != "date" or not (first.date and _inferred_year(second)):
            continue
        if not _RANGE_LINK.fullmatch(text[first.end : second.start]):
            continue
        if second.date < first.date[: len(second.date)]:
            year = int(second.date[:4]) + 1
            second.date = f"{year:04d}{second.date[4:]}"
            second.note = f"{second.note}; moved a year on to follow the range start {first.date}"


# Two weekdays named together ("मंगलवार और बुधवार को", "शुक्रवार से रविवार तक", "Saturday
# and Sunday") are days of one week, the second after the first.
_WEEKDAY_LINK = re.compile(r"\s*(?:और|व|एवं|तथा|या|से|-|–|and|or|to|through|till|until)\s*")


def _order_weekday_spans(text: str, times: list[TimeExpression]) -> None:
    """Put two linked weekdays in one week when each was resolved on its own.

    Alone, a weekday in a future clause is the nearest on or after publication, and
    the publication's own weekday is that day; so in a Wednesday paper (4 March
    2020) "मंगलवार और बुधवार को दो दिन रंग होगा" read Tuesday 10 March and
    Wednesday 4 March.  The first day of a future span fixes the week and the second
    follows it (10 and 11 March); in a past span the last day fixes it."""
    for first, second in zip(times, times[1:]):
        if not (first.precision == second.precision == "day" and first.date and second.date):
            continue
        if not _WEEKDAY_LINK.fullmatch(text[first.end : second.start]):
            continue
        first_day, second_day = weekday_number(first.text.split()[-1]), weekday_number(second.text.split()[-1])
        if first_day is None or second_day is None or first_day == second_day:
            continue
        tenses = {recorded_tense(first), recorded_tense(second)}
        gap = (second_day - first_day) % 7
        start, end = date.fromisoformat(first.date), date.fromisoformat(second.date)
        if (end - start).days == gap or len(tenses) != 1:
            continue
        if tenses == {"future"}:
            second.date = (start + timedelta(days=gap)).isoformat()
            second.note = f"{second.note}; in the week of the span's first day ({first.text})"
        else:
            first.date = (end - timedelta(days=gap)).isoformat()
            first.note = f"{first.note}; in the week of the span's last day ({second.text})"


def resolve_times(times: list[TimeExpression], published: datetime | None, text: str | None = None) -> list[TimeExpression]:
    """Re-resolve ``times`` against a reference date supplied later.

    With the article ``text`` the tense is read again from context; without it
    the tense recorded in each expression's note is reused.  Expressions that
    are already resolved, or durations, come back unchanged.
    """
    if published is None:
        return list(times)
    if text is not None:
        return find_times(text, published)
    ref = _reference_date(published)
    out = []
    for t in times:
        if t.date is not None or t.kind == "duration":
            out.append(t)
            continue
        tense = recorded_tense(t)
        redone = None
        for m in _find_matches(t.text):
            if m.start == 0 and m.end == len(t.text):
                redone = _resolve(t.text, m, ref, forced_tense=tense)
                break
        out.append(replace(redone, start=t.start, end=t.end) if redone else t)
    return out


def _reference_date(published: datetime | date | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()  # the publication's own local calendar day
    return published


# Which patterns can match near which anchor: running every pattern over the
# whole text cost ~3 ms per 2,400-character article; scanning for anchors with
# str.find and running patterns only in windows around them is several times faster.
_ANCHORS: dict[str, tuple[str, ...]] = {
    "month": tuple({f for fs in HINDI_MONTHS.values() for f in fs} | {f for fs in ENGLISH_MONTHS.values() for f in fs}),
    "weekday": tuple({f for fs in HINDI_WEEKDAYS.values() for f in fs} | {f for fs in ENGLISH_WEEKDAYS.values() for f in fs}),
    "unit": tuple({f for fs in HINDI_UNITS.values() for f in fs} | {f for fs in ENGLISH_UNITS.values() for f in fs}),
    "deictic": ("आज", "कल", "परसों", "oday", "esterday", "omorrow", "onight"),
}
_YEAR_ANCHOR = re.compile(r"(?:1[89]|20)\d\d")
_KINDS_FOR: dict[str, tuple[str, ...]] = {
    "month": ("dmy", "mdy", "dm", "md", "rangestart", "my", "month"),
    "year": ("iso", "numeric", "dmy", "mdy", "my", "year"),
    "weekday": ("weekday",),
    "unit": ("ago", "duration", "period", "span"),
    "deictic": ("deictic", "weekday"),
}
# characters on each side of an anchor that a pattern may need ("पिछले 30 सितंबर, 2023")
_MARGIN = 40
_WORD_CHAR = re.compile(rf"[{_WORD}]")


def _windows(norm: str) -> dict[str, list[tuple[int, int]]]:
    """Merged (start, end) windows per pattern kind around every anchor."""
    hits: dict[str, list[tuple[int, int]]] = {}
    n = len(norm)

    def add(category: str, i: int, j: int) -> None:
        for kind in _KINDS_FOR[category]:
            hits.setdefault(kind, []).append((i, j))

    for category, forms in _ANCHORS.items():
        for form in forms:
            i = norm.find(form)
            while i >= 0:
                add(category, i, i + len(form))
                i = norm.find(form, i + 1)
    for m in _YEAR_ANCHOR.finditer(norm):
        add("year", m.start(), m.end())
    windows: dict[str, list[tuple[int, int]]] = {}
    for kind, spans in hits.items():
        merged: list[list[int]] = []
        for i, j in sorted(spans):
            lo, hi = max(0, i - _MARGIN), min(n, j + _MARGIN)
            while hi < n and _WORD_CHAR.match(norm, hi):  # never cut a word: lookaheads see the cut as an edge
                hi += 1
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        windows[kind] = [(lo, hi) for lo, hi in merged]
    return windows


def _find_matches(text: str) -> list[_Match]:
    norm = text.translate(DEVANAGARI_DIGITS)  # same length, so offsets hold
    windows = _windows(norm)
    found: dict[tuple[int, int, str], tuple[int, int, int, _Match]] = {}
    for rank, (kind, pattern) in enumerate(_PATTERNS):
        for lo, hi in windows.get(kind, ()):
            for m in pattern.finditer(norm, lo, hi):
                key = (m.start(), m.end(), kind)
                if key in found:
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                if not _plausible(norm, kind, m, groups):
                    continue
                found[key] = (m.start(), -(m.end() - m.start()), rank, _Match(m.start(), m.end(), kind, groups))
    kept: list[_Match] = []
    last_end = -1
    for _, _, _, match in sorted(found.values(), key=lambda f: (f[0], f[1], f[2])):
        if match.start >= last_end:
            kept.append(match)
            last_end = match.end
    return kept


def _plausible(norm: str, kind: str, m: re.Match, groups: dict) -> bool:
    """Filters for look-alikes that regular expressions alone let through."""
    if kind == "month":
        mon = groups["mon"]
        has_cue = "mod" in groups
        if not has_cue:
            # a bare Hindi month needs a postposition after it: "मार्च में", "मई तक"
            has_cue = bool(re.match(r"\s+(?:में|तक|से|के\s+(?:महीने|अंत|आखिर|आखिरी|शुरू|शुरुआत|पहले|मध्य|दौरान)|माह|महीने|की शुरुआत)" + _R, norm[m.end() :]))
        if not has_cue:
            return False
        if mon == "मार्च" and _MARCH_PROTEST.search(norm[max(0, m.start() - 20) : m.start()]):
            return False
        if mon == "May" and groups.get("mod", "").lower() in ("in", "by", "from"):
            # "in May" is a month; "may" as a verb is lower case and never gets here
            return True
    if kind == "year":
        if "pre" in groups:
            return True
        # one end of a range of years makes the other a year too: "1990 से लेकर 2010 के बीच"
        if re.match(rf"\s*(?:से|-|–|to|and)\s*(?:लेकर\s+)?{_YEAR}{_R}", norm[m.end() : m.end() + 20]) or re.search(
            rf"{_L}{_YEAR}\s*(?:से|-|–|to|and)\s*(?:लेकर\s+)?$", norm[max(0, m.start() - 20) : m.start()]
        ):
            return True
        # a bare year needs a Hindi postposition or an English date context after it
        tail = norm[m.end() : m.end() + 30]
        return bool(
            re.match(
                r"\s*(?:में|तक|से|,|के\s+(?:बाद|पहले|दौरान|अंत|आखिर|शुरू|शुरुआत|मध्य|चुनाव|लोकसभा|विधानसभा|ओलंपिक|विश्व)|की\s+(?:शुरुआत|तुलना)|का\s+(?:चुनाव|साल|वर्ष))" + _R,
                tail,
            )
        ) and not re.search(r"\d[,.]$", norm[max(0, m.start() - 2) : m.start()])
    if kind == "weekday" and _WEEKDAY_AS_MODIFIER_RE.match(norm, m.end()):
        return False
    if kind == "weekday" and _INDEFINITE_WEEKDAY_RE.search(norm, max(0, m.start() - 12), m.start()):
        return False
    if kind == "deictic" and groups["w"] == "Today" and _TITLE_BEFORE_TODAY_RE.search(norm[max(0, m.start() - 30): m.start()]):
        return False
    if kind == "duration":
        value = number_value(groups["n"])
        if value is None or value <= 0:
            return False
        # "2019 में" is a year, not 2019 of something; numbers in a list ("3, 4 साल") are fine
        if re.search(r"[/\-]\s*$", norm[max(0, m.start() - 1) : m.start()]):
            return False
    return True


# --------------------------------------------------------------------------
# resolving


def _resolve(text: str, m: _Match, ref: date | None, forced_tense: str | None = None) -> TimeExpression | None:
    surface = text[m.start : m.end]
    g = m.groups
    te = TimeExpression(surface, m.start, m.end)

    if "dw" in g:  # a day written as a word, before a Hindi month
        g = {**g, "d": str(HINDI_DAY_WORDS[g["dw"]]), "mon": g["hmon"]}
    if m.kind in ("iso", "numeric", "dmy", "mdy"):
        month = int(g["m"]) if "m" in g else month_number(g["mon"])
        day = date(int(g["y"]), month, int(g["d"]))
        return _set(te, day.isoformat(), "day", "absolute date")
    if m.kind == "my":
        return _set(te, f"{int(g['y']):04d}-{month_number(g['mon']):02d}", "month", "absolute month")
    if m.kind == "year":
        return _set(te, g["y"], "year", "absolute year")
    if m.kind == "duration":
        te.kind = "duration"
        te.note = f"duration: {number_value(g['n'])} {unit_name(g['unit'])}(s)"
        return te
    if m.kind == "span":
        te.kind = "duration"
        te.note = f"duration: a whole {unit_name(g['unit'])}"
        return te

    direction, how = _direction(g.get("mod"))
    tense, cue = (forced_tense, "recorded") if forced_tense else clause_tense(text, m.start, m.end)
    if direction is None and tense is not None:
        direction, how = tense, f"{tense} tense ({cue})"

    if m.kind == "deictic":
        return _resolve_deictic(te, g["w"], ref, tense, how)
    if m.kind == "weekday":
        if not g.get("mod") and _starts_an_ordered_action(text, m.end):
            direction, how = "nearest", "the start of an ordered or announced measure"
        return _resolve_weekday(te, g, ref, direction, how, tense)
    if m.kind in ("dm", "md", "rangestart"):
        explicit = _direction(g.get("mod"))[0]
        return _resolve_day_month(te, int(g["d"]), month_number(g["mon"]), ref, explicit, tense, how)
    if m.kind == "month":
        explicit = _direction(g.get("mod"))[0]
        return _resolve_month(te, month_number(g["mon"]), g.get("mod"), ref, explicit, tense, how)
    if m.kind == "ago":
        return _resolve_ago(te, g, ref, text[: m.start])
    if m.kind == "period":
        return _resolve_period(te, g, ref)
    return None


def _set(te: TimeExpression, iso: str, precision: str, note: str) -> TimeExpression:
    te.date, te.precision, te.note = iso, precision, note
    return te


def _unresolved(te: TimeExpression, what: str, how: str | None) -> TimeExpression:
    te.note = f"no publication date: {what}" + (f", {how}" if how else "")
    return te


def _direction(mod: str | None) -> tuple[str | None, str | None]:
    if not mod:
        return None, None
    low = mod.lower()
    if re.fullmatch(_BEFORE_HI, mod) or low in ("last", "past", "previous", "since"):
        return "past", f"'{mod}' points back"
    if re.fullmatch(_AFTER_HI, mod) or low in ("next", "coming", "upcoming", "until", "by"):
        return "future", f"'{mod}' points ahead"
    return None, None


def _resolve_deictic(te, word, ref, tense, how):
    low = word.lower()
    offsets = {"आज": 0, "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if low in offsets:
        if ref is None:
            return _unresolved(te, f"'{word}' is relative", None)
        return _set(te, (ref + timedelta(days=offsets[low])).isoformat(), "day", f"'{word}' relative to publication")
    # कल / परसों: yesterday or tomorrow (the day before / after) by tense
    step = 1 if word == "कल" else 2
    if tense is None:
        te.note = f"'{word}' is yesterday or tomorrow and the tense is unclear"
        return te
    sign = -1 if tense == "past" else 1
    if ref is None:
        return _unresolved(te, f"'{word}' ({'-' if sign < 0 else '+'}{step} day)", how)
    return _set(te, (ref + timedelta(days=sign * step)).isoformat(), "day", f"'{word}' as {how}")


# A weekday that starts a measure someone ordered or announced: "शुक्रवार आधी रात से
# सार्वजनिक परिवहन सेवाओं को निलंबित करने की गुरुवार को घोषणा की", "उन्हें शनिवार से
# रिट्रीट सेरेमनी बंद करने के आदेश आए हैं", "बुधवार से 21 दिनों के लॉकडाउन के आदेश".  The
# order's tense (past) says nothing of when the measure starts, which is as often the
# next day as the day before: read off the 39 "<weekday> से" of the March 2020 papers,
# where the past reading had put three such starts six days before the order.
_ORDERED_START_RE = re.compile(
    r"\s*(?:(?:की\s+)?(?:आधी\s+रात|रात|सुबह|दोपहर|शाम)\s+)?(?:\S+\s+बजे\s+)?से\s+[^।.?!]{0,80}?"
    r"(?<!\S)(?:की|का|के)\s+(?:\S+\s+){0,3}?(?:आदेश|घोषणा|फैसला|फ़ैसला|निर्णय|ऐलान|एलान)(?=[\s,।.]|$)")


def _starts_an_ordered_action(text: str, end: int) -> bool:
    return bool(_ORDERED_START_RE.match(text, end))


def _resolve_weekday(te, g, ref, direction, how, tense):
    target = weekday_number(g["wd"])
    mod = g.get("mod")
    if mod == "आज":  # "आज मंगलवार": the publication day itself
        if ref is None:
            return _unresolved(te, "weekday relative to publication", how)
        note = "today's weekday" if ref.weekday() == target else f"publication date ({ref:%A}) named as {g['wd']}"
        return _set(te, ref.isoformat(), "day", note)
    if mod == "कल" and ref is not None:
        # "कल यानी रविवार" in a Saturday paper: the weekday says which कल (tomorrow)
        for step in (1, -1):
            if (ref.weekday() + step) % 7 == target:
                day = ref + timedelta(days=step)
                return _set(te, day.isoformat(), "day", f"'कल' named as {g['wd']}" + (f", {how}" if how else ""))
    if mod == "कल":
        if tense is None:
            te.note = "'कल' with a weekday and unclear tense"
            return te
        direction = tense
    assumed = ""
    if direction is None:
        direction, assumed = "past", "tense unclear, assumed past"
    if ref is None:
        return _unresolved(te, "weekday", how or assumed)
    if direction == "nearest":
        back, ahead = (ref.weekday() - target) % 7, (target - ref.weekday()) % 7
        day = ref - timedelta(days=back) if back <= ahead else ref + timedelta(days=ahead)
        return _set(te, day.isoformat(), "day", f"weekday, {how}: nearest to publication")
    if direction == "past":
        back = (ref.weekday() - target) % 7
        if mod and mod.lower() in ("last", "previous", "past") and back == 0:
            back = 7
        day = ref - timedelta(days=back)
        rule = "nearest on or before publication"
    else:
        # The publication weekday itself means that day: online Hindi news
        # writes "बुधवार को बैठक होगी" in a Wednesday report where print
        # would write "आज"; only "अगले"/"next" pushes it a week ahead.
        ahead = (target - ref.weekday()) % 7
        if ahead == 0 and _direction(mod)[0] == "future":
            ahead = 7
        day = ref + timedelta(days=ahead)
        rule = "nearest on or after publication"
    return _set(te, day.isoformat(), "day", f"weekday, {how or assumed}: {rule}")


# A date named without its year is taken as the candidate nearest to publication
# (news is about now) unless the tense contradicts it and a candidate that fits
# the tense is not much further: "31 मार्च तक घर पर रहने की अपील की गई है" in a
# paper of 20 March 2020 is 31 March 2020 although the clause is past, while
# "results were announced on 5 March" in September is the March before.
# NEAR_DAYS calibrated on the March 2020 labels (bench/labels/analyse_times.jsonl).
NEAR_DAYS = 45


def _pick_candidate(candidates, ref, explicit, tense):
    """(chosen, rule) among same-named dates around ``ref`` (all ``date`` objects)."""
    if explicit == "past":
        past = [c for c in candidates if c <= ref]
        return (max(past) if past else min(candidates)), "latest on or before publication"
    if explicit == "future":
        future = [c for c in candidates if c >= ref]
        return (min(future) if future else max(candidates)), "earliest on or after publication"
    nearest = min(candidates, key=lambda c: abs((c - ref).days))
    if tense is not None and abs((nearest - ref).days) > NEAR_DAYS:
        fits = [c for c in candidates if (c <= ref if tense == "past" else c >= ref)]
        if fits:
            best = min(fits, key=lambda c: abs((c - ref).days))
            return best, f"nearest to publication in the {tense}"
    return nearest, "nearest to publication"


def _resolve_day_month(te, day_n, month, ref, explicit, tense, how):
    partial = f"--{month:02d}-{day_n:02d}"
    if ref is None:
        return _unresolved(te, f"{partial}, year unknown", how)
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day_n))
        except ValueError:
            continue
    if not candidates:
        raise ValueError("no such day")
    pick, rule = _pick_candidate(candidates, ref, explicit, tense)
    return _set(te, pick.isoformat(), "day", f"{partial} {rule}" + (f" ({how})" if how else ""))


def _resolve_month(te, month, mod, ref, explicit, tense, how):
    low = (mod or "").lower()
    if ref is None:
        return _unresolved(te, f"--{month:02d}, year unknown", how)
    ref_month = date(ref.year, ref.month, 1)
    if mod in ("इस", "इसी", "चालू") or low == "this":
        pick, rule = date(ref.year, month, 1), "this year"
    else:
        candidates = [date(ref.year + k, month, 1) for k in (-1, 0, 1)]
        if low in ("last", "previous"):
            candidates = [c for c in candidates if c < ref_month]
        elif low == "next":
            candidates = [c for c in candidates if c > ref_month]
        pick, rule = _pick_candidate(candidates, ref_month, explicit, tense)
    return _set(te, f"{pick.year:04d}-{pick.month:02d}", "month", f"month, {rule}" + (f" ({how})" if how else ""))


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


# "कर्फ्यू से एक दिन पहले", "चुनाव के दो दिन पहले": before something named just before it
_BEFORE_WHAT_HI = re.compile(rf"(?:^|\s)(\S+)\s+(से|के)\s*$")
# "इसके एक दिन पहले मंगलवार को" (a day before this, on Tuesday): a pronoun with its
# postposition written as one word counts back from what it stands for.
_BEFORE_THAT_HI = re.compile(r"(?:^|\s)(?:इसके|उसके|इससे|उससे|जिसके|जिससे|इनके|उनके|इनसे|उनसे)\s*$")


def _before_something(before: str) -> bool:
    """Does "N दिन पहले" follow "X से"/"X के" or "इसके" (N days before X, before
    this)?  After a place, "से" is "from": "ऑस्ट्रेलिया से पांच दिनों पहले लौटे"
    returned from Australia five days ago, counted from publication."""
    if _BEFORE_THAT_HI.search(before):
        return True
    match = _BEFORE_WHAT_HI.search(before)
    if not match:
        return False
    if match.group(2) == "से":
        from khabar.analyse.gazetteer import lookup, name_tokens

        return lookup(name_tokens(match.group(1))) is None
    return True


def _resolve_ago(te, g, ref, before: str = ""):
    n = number_value(g["n"]) if g["n"].lower() not in ("a", "an") else 1
    unit = unit_name(g["unit"])
    if g["dir"] in ("बाद", "later"):
        # "दो दिन बाद" counts from some other event, not from publication
        te.kind = "duration"
        te.note = f"duration: {n} {unit}(s) after an event"
        return te
    if g["dir"] in ("पहले", "पूर्व") and _before_something(before):
        # "जनता कर्फ्यू से एक दिन पहले" counts back from the curfew, not from publication
        te.kind = "duration"
        te.note = f"duration: {n} {unit}(s) before an event"
        return te
    if n is None or unit is None:
        return None
    if unit == "decade":
        te.note = f"about {n} decade(s) before publication: no single year"
        return te
    if ref is None:
        return _unresolved(te, f"{n} {unit}(s) before publication", None)
    if unit in ("hour", "day", "week"):
        days = {"hour": 0, "day": n, "week": 7 * n}[unit]
        return _set(te, (ref - timedelta(days=days)).isoformat(), "day", f"{n} {unit}(s) before publication")
    if unit == "month":
        d = _shift_months(ref, -n)
        return _set(te, f"{d.year:04d}-{d.month:02d}", "month", f"{n} month(s) before publication")
    return _set(te, f"{ref.year - n:04d}", "year", f"{n} year(s) before publication")


def _resolve_period(te, g, ref):
    mod, unit = g["mod"], unit_name(g["unit"])
    low = mod.lower()
    if unit in ("hour", "day") or unit is None:
        return None  # "पिछले दिनों", "आने वाले दिनों": vague, not a date
    if low == "past":
        te.kind = "duration"
        te.note = f"duration: the past {unit}"
        return te
    step = 0
    if re.fullmatch(_BEFORE_HI, mod) or low in ("last", "previous"):
        step = -1
    elif re.fullmatch(_AFTER_HI, mod) or low in ("next", "coming", "upcoming"):
        step = 1
    if ref is None:
        return _unresolved(te, f"{mod} {unit} relative to publication", None)
    if unit == "decade":
        # a decade is no day, month or year: keep the span in the note only
        first = (ref.year // 10 + step) * 10
        te.note = f"decade {first}..{first + 9}"
        return te
    if unit == "year":
        return _set(te, f"{ref.year + step:04d}", "year", f"year {step:+d} from publication")
    if unit == "month":
        d = _shift_months(ref, step)
        return _set(te, f"{d.year:04d}-{d.month:02d}", "month", f"month {step:+d} from publication")
    # a week: Monday–Sunday; reported at the finest precision the records allow
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
    sunday = monday + timedelta(days=6)
    span = f"week {monday.isoformat()}..{sunday.isoformat()}"
    if monday.month == sunday.month:
        return _set(te, f"{monday.year:04d}-{monday.month:02d}", "month", span)
    if monday.year == sunday.year:
        return _set(te, f"{monday.year:04d}", "year", span)
    te.note = span
    return te
