"""Disagreements: statements the sources make differently, side by side.

Generic detectors over the event's sentences (no event-specific words), by
the kind of disagreement they report:

* number - the same kind of quantity (a number followed by the same unit:
  months, years, kilometres, people...) given different values in comparable
  statements from different outlets ("17 महीनों" vs "18 महीने"), or a running
  tally named by its noun ("संक्रमितों की संख्या 20" vs "पाॅजिटिव की संख्या 21");
  a death toll in any wording ("34 लोगों की मौत" / "29 मौतें", "killed 25 million
  people" / "50 million deaths"); and one place's count of cases given
  differently the same day, in a sentence or a list ("राजस्थान में 16" /
  "राजस्थान में ... 17 मामले"); and one person's age ("Assange, 47" / "The
  48-year-old Australian", "एक 65 के बुजुर्ग" / "60 साल के एक व्यक्ति");
* descriptor - one noun that several outlets qualify with different
  adjective-like modifiers in aligned statements ("स्पेशल ट्रेन" /
  "बख्तरबंद ट्रेन" / "निजी ट्रेन"); a modifier counts only if it never stands
  as a noun itself (never followed by a postposition) and is not a demonym of a
  place the event names;
* descriptor, too - the same count of people in one place, the same day,
  suspected by one outlet and confirmed by another ("आगरा में 6 लोग संदिग्ध" /
  "आगरा के 6 लोगों में ... पुष्टि");
* name - one person named with another surname by another outlet, after the
  same role and given name ("कांग्रेस नेता जितिन पटेल" / "कांग्रेस के नेता जितिन
  प्रसाद");
* date - the same statement dated to different days by different outlets;
* overtaken - an expectation ("the meeting may be held in X") that a later
  report contradicts with another place ("they met in Y");
* decree - a decree one outlet reports done and another, the same day, not
  done ("महामारी घोषित कर दिया है" / "महामारी घोषित नहीं किया गया है").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, NamedTuple

from khabar.analyse.gazetteer import lookup
from khabar.analyse.hindi_calendar import HINDI_DAY_PARTS, HINDI_DAY_WORDS, HINDI_WEEKDAYS
from khabar.analyse.lexicon import ROLES_EN, ROLES_HI
from khabar.analyse.naming import words_match
from khabar.analyse.normalise import normalise
from khabar.analyse.romanise import latin_key, romanise
from khabar.records import Disagreement, SummarySentence, Version
from khabar.synthesise.similarity import (
    DEVANAGARI_RE,
    WORD_RE,
    Unit,
    _stopwords,
    content_tokens,
    is_day_date,
    negated,
    normalise_word,
    numbers,
    similar_pairs,
    similarity,
    stem,
    tells_of_another,
)
from khabar.synthesise.summary import (
    COPULA_HI,
    MULTIPLIERS,
    figure_sets_differ,
    figures,
    in_quotation,
    is_expectation,
    looks_like_boilerplate,
    place_keys,
    tidy_sentence,
)


if TYPE_CHECKING:
    import numpy as np


# --------------------------------------------------------------------------
# shared helpers

# "Positive" as Hindi papers spell it (nukta and candra as they come), for the case
# tallies, the parts of a tested batch and the confirmed counts below.
_POSITIVE_HI = ("पॉजिटिव", "पाॅजिटिव", "पॉज़िटिव")
# Measure words whose numbers can conflict.  Time units come from the analysis
# stage's calendar tables; these add the other units news quantifies.
_MEASURE_UNITS = {
    "km": ("किलोमीटर", "km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "mile": ("मील", "miles", "mile"),
    "people": ("लोग", "लोगों", "people", "persons"),
    "dead": ("मौतें", "मौत", "मौतों", "deaths", "dead", "killed"),
    "percent": ("प्रतिशत", "फीसदी", "फ़ीसदी", "percent", "%"),
    "tonne": ("टन", "tonnes", "tons"),
    "dollar": ("डॉलर", "dollars"),
    "rupee": ("रुपये", "रुपए", "rupees"),
    # A case is a patient: outlets count one tally as मामले, मरीज, संक्रमित
    # or पॉजिटिव (March 2020: "संक्रमितों की संख्या 20" / "पाॅजिटिव की संख्या 21").
    "case": ("मामले", "मामलों", "केस", "cases", "मरीज", "मरीजों", "मरीज़", "मरीज़ों", "patients",
             "संक्रमित", "संक्रमितों", *_POSITIVE_HI),
    "point": ("अंक", "अंकों", "points"),
}
# Words that sit before a noun but say nothing about it: determiners,
# quantifiers, possessives (Hindi and English).
_DETERMINERS = frozenset(
    """एक दो तीन दोनों सभी सब कई कुछ हर अपनी अपने अपना उनकी उनके उनका इसकी इसके उसकी उसके किसी कोई
    पहली पहले पहला दूसरी दूसरे अन्य इस उस यह वह ये वे इन उन नए नई नया पूरे पूरी
    a an the this that these those his her its their our my your some any all both each every other
    another first second new former various several many विभिन्न अलग-अलग तमाम""".split()
)
_POSTPOSITIONS = frozenset("का की के को से में पर ने तक लिए द्वारा वाले वाली वाला of 's".split())
# The statements two versions come from must be at least this similar to
# count as "the same statement told differently" (seed reports: aligned
# train-arrival sentences 0.2-0.45; unrelated sentences naming the same
# leaders 0.05-0.15).
ALIGNED = 0.15
# Rival descriptors must come from closely aligned statements: the seed
# reports' train sentences align at 0.32-0.38, while different patients or
# officials qualified differently in the March 2020 Hindi corpus sit below 0.3.
ALIGNED_DESCRIPTOR = 0.3
# Two quantities of one unit are comparable only within this ratio; a ten-fold
# difference is two different things, not a disagreement.
MAX_RATIO = 2.0
# A hedged figure ("about 3,000") agrees with any figure within this share.
APPROXIMATE_SHARE = 0.1
MAX_PER_KIND = 4
# Two sentences this similar (and sharing four content words) state the same
# thing, so different dates on them disagree (summary.MERGE is 0.45; this is
# stricter because a date conflict is a strong claim).
SAME_STATEMENT = 0.55
# English pairs must also share a verb in the clauses their dates date
# (:func:`_shares_english_verb`), so they may be a little less alike: AEB's plague
# reports, "On November 16, a third case of plague was reported" / "... reported its
# third case of bubonic plague on Sunday", score 0.51.
SAME_STATEMENT_EN = 0.5
# A noun with more rival modifiers than this is a class of things, and a
# modifier used in more than this share of the uses is a fixed compound
# (set by reading the seed and Amar Ujala March 2020 candidates).
MAX_DESCRIPTORS = 4
# Descriptor rivalries are the noisiest kind; show only the best aligned.
MAX_DESCRIPTORS_SHOWN = 3
DOMINANT_SHARE = 0.75


def _unit_name(word: str) -> str | None:
    try:
        from khabar.analyse.hindi_calendar import unit_name

        name = unit_name(word)
    except Exception:
        name = None
    if name:
        return name
    lowered = word.lower()
    for name, forms in _MEASURE_UNITS.items():
        if word in forms or lowered in forms:
            return name
    return None


def _snippet(unit: Unit, start: int, end: int, width: int = 7) -> str:
    """A few words either side of text[start:end] of the unit's sentence."""
    text = unit.text
    before = text[:start].split()[-width:]
    after = text[end:].split()[:width]
    lead = "… " if len(text[:start].split()) > width else ""
    tail = " …" if len(text[end:].split()) > width else ""
    return tidy_sentence(lead + " ".join(before + [text[start:end]] + after) + tail)


def _versions(items: Sequence[tuple[str, Unit, str]]) -> list[Version]:
    """(value, sentence, text) triples grouped by value into versions."""
    by_value: dict[str, dict] = {}
    for value, unit, text in items:
        slot = by_value.setdefault(value, {"text": text, "sources": [], "statements": []})
        if unit.article_id not in slot["sources"]:
            slot["sources"].append(unit.article_id)
        slot["statements"].append((unit.article_id, unit.index))
    return [Version(text=v["text"], sources=sorted(v["sources"]), statements=v["statements"])
            for v in by_value.values()]


def _version(unit: Unit) -> Version:
    """One sentence as a version of its own."""
    return Version(text=tidy_sentence(unit.text), sources=[unit.article_id],
                   statements=[(unit.article_id, unit.index)])


def mark_disputed(summary: Sequence[SummarySentence], found: Sequence[Disagreement]) -> None:
    """Give each summary sentence the topics of the disagreements one of its
    sentences takes part in, so a reader sees that "18 महीने" is one outlet's
    figure where another gives 17.  Of an overtaken expectation only the
    expectation is in doubt; the report of what happened is not."""
    for sentence in summary:
        mine = set(sentence.statements)
        sentence.disputed = [
            d.topic for d in found
            if any(mine & set(v.statements) for v in (d.versions[:1] if d.kind == "overtaken" else d.versions))
        ]


# --------------------------------------------------------------------------
# numbers


_NUMBER_UNIT_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{2,3})+|\d+(?:\.\d+)?)\s*(%|[^\W\d_][\w\u0900-\u097F]*)")


class Quantity(NamedTuple):
    """A figure a sentence gives: "34 लोगों", or a running tally named by its
    noun, "संक्रमितों की संख्या 20"."""

    name: str  # unit name: "people", "case", "month"...
    value: float
    start: int  # the phrase shown as a version
    end: int
    figure: int  # where the number itself starts
    label: str  # the words naming what is counted, for the topic
    counted: str | None  # what exactly is counted, to tell two counts of one unit apart


_MULTIPLIED_RE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{2,3})+|\d+(?:\.\d+)?)\s*(" + "|".join(MULTIPLIERS)
    + r")\s+(%|[^\W\d_][\w\u0900-\u097F]*)")


class _Multiplied(NamedTuple):
    """A "<number> <multiplier> <word>" match read as "<number> <word>"."""

    match: re.Match

    def start(self, group: int = 0) -> int:
        return self.match.start(group)

    def end(self, group: int = 0) -> int:
        return self.match.end(3 if group in (0, 2) else group)

    def group(self, group: int = 0) -> str:
        return self.match.group(3 if group == 2 else group)


def _numbers_with_words(text: str):
    """(match, value) for every "<number> <word>" in ``text``, and every "<number>
    <multiplier> <word>" ("25 million people": 25,000,000 people)."""
    for match in _NUMBER_UNIT_RE.finditer(text):
        if match.group(2) in MULTIPLIERS:
            continue
        try:
            yield match, float(match.group(1).replace(",", ""))
        except ValueError:
            continue
    for match in _MULTIPLIED_RE.finditer(text):
        try:
            yield _Multiplied(match), float(match.group(1).replace(",", "")) * MULTIPLIERS[match.group(2)]
        except ValueError:
            continue


# A running tally written as "<noun> की संख्या <figure> हो गई": "संक्रमितों की
# संख्या 20 हो गई", "पाॅजिटिव की संख्या 16 से बढ़ कर 21 हो गयी", "मरीजों की
# संख्या बढ़कर अब पांच हो गई", "मौत का आंकड़ा 100 पहुंचा" (March 2020 Bihar and
# Delhi tallies).  The figure after "N से" is the new one; the old is history.
_TALLY_RE = re.compile(
    r"(?P<label>(?P<noun>[\w\u0900-\u097F]+)\s+(?:की\s+(?:कुल\s+)?संख्या|का\s+(?:कुल\s+)?आ[ंँ]?क(?:ड\u093c|\u095c)ा))\s+"
    r"(?:(?:अब|कुल|ब(?:ढ\u093c|\u095d)\s*कर|\d[\d,]*\s+से)\s+){0,3}"
    rf"(?P<figure>\d{{1,3}}(?:,\d{{2,3}})+|\d+|{'|'.join(sorted(HINDI_DAY_WORDS, key=len, reverse=True))})"
    r"\s+(?:तक\s+)?(?:हो|पहु[ंँ]च)"
)
# Words before a tally's noun that make it a different count: suspected,
# recovered, new, active or dead patients are not the same tally as all cases.
_TALLY_KINDS = frozenset("संदिग्ध स्वस्थ ठीक नए नये सक्रिय मरने मृत मृतकों भर्ती".split())


def _tally_kind(text: str, start: int) -> str | None:
    kinds = [w for w in WORD_RE.findall(text[max(0, start - 40): start])[-3:] if w in _TALLY_KINDS]
    return kinds[-1] if kinds else None


def quantities(unit: Unit) -> list[Quantity]:
    """Every "<number> <unit word>" and every running tally in the sentence."""
    text = unit.text
    out = []
    for match in _TALLY_RE.finditer(text):
        name = _unit_name(match.group("noun"))
        figure = match.group("figure")
        value = HINDI_DAY_WORDS.get(figure) or float(figure.replace(",", ""))
        if name:
            out.append(Quantity(name, float(value), match.start(), match.end("figure"), match.start("figure"),
                                match.group("label"),
                                f"tally:{_tally_kind(text, match.start())}"))
    tallies = [(q.start, q.end) for q in out]
    for match, value in _numbers_with_words(text):
        name = _unit_name(match.group(2))
        if name and not any(s <= match.start() < e for s, e in tallies):
            counted = _counted(text, match.end())
            if name == "dead" or (name == "people" and _tells_deaths(text, match.start(), match.end(), counted)):
                # "34 लोगों की मौत" = "34 मौतें"; "killed 25 million people" = "25 million deaths"
                name, counted = "dead", "dead"
            out.append(Quantity(name, value, match.start(), match.end(), match.start(), match.group(2), counted))
    return out


# One death toll is written as deaths, dead or people who died or were killed: "34
# लोगों की मौत" / "29 मौतें", "killed an estimated 25 million people" / "more than 50
# million deaths" (AEB, the Black Death in two reports of China's plague cases).
_DEATH_STEMS = frozenset(stem(w) for w in "मौत मौतें मृत died dead killed deaths".split())
_KILLED_BEFORE_RE = re.compile(r"\b(?:killed|kills|kill)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
_DIED_AFTER_RE = re.compile(r"^\s+(?:\S+\s+){0,2}(?:(?:have|had)\s+)?(?:died|(?:were|have\s+been)\s+killed)\b",
                            re.IGNORECASE)


def _tells_deaths(text: str, start: int, end: int, counted: str | None) -> bool:
    """Does the count of people at text[start:end] count the dead?"""
    return (counted in _DEATH_STEMS or bool(_KILLED_BEFORE_RE.search(text[max(0, start - 40): start]))
            or bool(_DIED_AFTER_RE.match(text[end: end + 40])))


_APPROXIMATE_RE = re.compile(
    r"(करीब|क़रीब|लगभग|तकरीबन|तक़रीबन|कम से कम|से अधिक|से ज्यादा|से ज़्यादा|के पार|"
    r"about|around|nearly|almost|roughly|approximately|some|over|more than|at least|up to)\W*$",
    re.IGNORECASE,
)


_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def _round(value: float) -> bool:
    """3,000 or 1,500 are round figures, given as approximations."""
    return value >= 100 and value % 100 == 0


def _counted(text: str, end: int) -> str | None:
    """The first content word after a quantity: what is being counted."""
    stop = _stopwords(None)
    for word in WORD_RE.findall(text[end: end + 60]):
        if word.lower() not in stop and word.lower() not in _POSTPOSITIONS:
            return stem(word)
    return None


def _approximate(text: str, start: int) -> bool:
    """Is the number at ``start`` hedged ("करीब 3,000", "about 3,000")?"""
    return bool(_APPROXIMATE_RE.search(text[max(0, start - 20): start]))


# Words that point at a place named elsewhere ("यहां 28 लोगों की मौत"): the
# figure's place is unknown, so it cannot be set against another place's.
_PLACE_ANAPHORS = frozenset("यहां यहाँ वहां वहाँ here there".split())


def _places(unit: Unit) -> set[str] | None:
    """The places a sentence names; None when it only points at one."""
    named = place_keys(unit)
    if not named and any(w.lower() in _PLACE_ANAPHORS for w in WORD_RE.findall(unit.text)):
        return None
    return named


# An age ("मृतक की उम्र 76 साल", "65 साल की उम्र के बाद", "a 40-year-old")
# belongs to one person: two ages are rival versions only of the same person.
_AGE_WORDS = frozenset("उम्र उमर आयु वर्षीय age aged old".split())


def _is_age(text: str, start: int, end: int) -> bool:
    around = WORD_RE.findall(text[max(0, start - 30): start])[-3:] + WORD_RE.findall(text[end: end + 30])[:3]
    return any(w.lower() in _AGE_WORDS for w in around)


def _as_of(unit: Unit, reference_dates: Mapping[str, str | None]) -> str | None:
    """The day a figure is given for: the day the sentence names, else its
    article's (publication or inferred) day."""
    days = sorted(unit.day_dates())
    if days:
        return days[0]
    reference = reference_dates.get(unit.article_id)
    return reference[:10] if reference else None


def _figures(unit: Unit, skip: int) -> list[tuple[str, float]]:
    """(what is counted, value) for every "<number> <word>" of the sentence but
    the one at ``skip``: the word's unit name, else its stem ("अंक", "points")."""
    return [(_unit_name(match.group(2)) or stem(match.group(2)), value)
            for match, value in _numbers_with_words(unit.text) if match.start() != skip]


def _other_figures_apart(a: Unit, b: Unit, start: int, start_b: int) -> bool:
    """Do the two sentences give another figure of one kind far apart?  Then
    they are about different things: "निफ्टी 758 अंक यानी 7.25 फीसदी" and
    "सूचकांक 2913 अंक या 8 प्रतिशत" are two indices, not two versions of one fall."""
    others_a, others_b = _figures(a, start), _figures(b, start_b)
    for kind in {k for k, _ in others_a} & {k for k, _ in others_b}:
        closest = min(
            max(va, vb) / max(min(va, vb), 1e-9)
            for ka, va in others_a if ka == kind
            for kb, vb in others_b if kb == kind
        )
        if closest > MAX_RATIO:
            return True
    return False


def _shown(value: float) -> str:
    """A figure as a topic shows it: 34, 2.5, 25,000,000 (never 2.5e+07)."""
    return f"{int(value):,}" if value.is_integer() and value >= 10_000 else f"{value:g}"


def _family(name: str) -> str:
    """Counts of people, cases and deaths are one family of figures (one report's
    "173 लोगों" and another's "173 मामले" count the same patients); a time unit or
    a measure is its own."""
    return "count" if name in ("people", "case", "dead") else name


def _figures_given(found: Sequence[tuple[Unit, Quantity]]) -> dict[str, set[tuple[str, float]]]:
    """(figure family, value) of every quantity each article gives, in any sentence."""
    given: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for unit, quantity in found:
        given[unit.article_id].add((_family(quantity.name), quantity.value))
    return given


def number_disagreements(
    units: Sequence[Unit], sim=similarity, reference_dates: Mapping[str, str | None] | None = None
) -> list[Disagreement]:
    if not _several_sources(units):
        return []  # one outlet's figures are all its own (see below)
    reference_dates = reference_dates or {}
    found = [(unit, q) for unit in units for q in quantities(unit)]
    given = _figures_given(found)
    # Each sentence's words and places, worked out once, not once per pair of figures (two
    # outlets' 2,500-paragraph dumps had spent 36 s here).
    words_of: dict[int, set[str]] = {}
    places_of: dict[int, set[str] | None] = {}
    for unit, _ in found:
        if id(unit) not in words_of:
            words_of[id(unit)] = set(unit.tokens)
            places_of[id(unit)] = _places(unit)
    out = []
    used: set[int] = set()
    for i, (a, qa) in enumerate(found):
        if i in used:
            continue
        name, value, start, end = qa.name, qa.value, qa.start, qa.end
        items = [(_shown(value), a, _snippet(a, start, end))]
        members = [i]
        for j in range(i + 1, len(found)):
            b, qb = found[j]
            name_b, value_b, start_b, end_b = qb.name, qb.value, qb.start, qb.end
            if j in used or name_b != name or b.article_id == a.article_id or value_b == value:
                continue
            if a.outlet and a.outlet == b.outlet:
                # One outlet's two figures are two things it reports (China's
                # deaths and the world's), not sources that disagree.
                continue
            if max(value, value_b) / max(min(value, value_b), 1e-9) > MAX_RATIO:
                continue
            if sim(a, b) < ALIGNED:
                continue
            unit_words = {stem(qa.label.split()[0]), stem(qb.label.split()[0])}
            shared = ((words_of[id(a)] & words_of[id(b)]) - unit_words) | (a.entity_keys & b.entity_keys)
            if not shared:
                continue
            # Figures about different places are different figures, and a
            # figure for "here" cannot be matched to a named place's.
            places_a, places_b = places_of[id(a)], places_of[id(b)]
            if places_a is None or places_b is None:
                continue
            if (places_a or places_b) and not places_a & places_b:
                continue
            if (_is_age(a.text, start, end) or _is_age(b.text, start_b, end_b)) and not {
                k for k in a.entity_keys & b.entity_keys
                if a.entity_types.get(k) == "PERSON" or b.entity_types.get(k) == "PERSON"
            }:
                continue  # ages of two people, or of nobody named
            # A count of another day is the next figure of a running tally
            # (cases, deaths, discharged), not a rival version; durations
            # ("17 vs 18 months of war") stay comparable across days.
            if name not in _TIME_UNITS:
                day_a, day_b = _as_of(a, reference_dates), _as_of(b, reference_dates)
                if day_a and day_b and day_a != day_b:
                    continue
            # Counts of people, deaths, money... must count the same thing:
            # the content word after the unit ("लोगों की मौत" vs "लोग संक्रमित").
            if name not in _TIME_UNITS and qa.counted != qb.counted:
                continue
            if _other_figures_apart(a, b, qa.figure, qb.figure):
                continue
            if (_family(name), value) in given[b.article_id] or (_family(name), value_b) in given[a.article_id]:
                # An article that gives both figures knows them as two things: Dainik
                # Hindustan's "संक्रमित लोगों की संख्या 173" and "फिलहाल ... कुल 149 मामले"
                # are all cases and active ones, not a rival of Amar Ujala's 173 (March 2020).
                continue
            if value in numbers(b.text) or value_b in numbers(a.text):
                # one sentence gives the other's figure too, for something in a list: "इटली में
                # 34 लोगों की मौत" / "ईरान में 50, इटली में 34, साउथ कोरिया में 22 मौतें" (March 2020)
                continue
            if not DEVANAGARI_RE.search(a.text + b.text) and not _same_frame(
                    _frame(a.text, start, end), _frame(b.text, start_b, end_b)):
                # English keeps a figure's role in the words around it: "50 years since the
                # band's formation" and "for the first time in 25 years" are two durations
                # (AEB, Nov 2019).  Hindi frames vary too freely ("पिछले 17 महीनों में" / "18
                # महीने से" are one war's length).
                continue
            # "About 3,000" (or a round 3,000) does not contradict "2,912".
            if (_approximate(a.text, qa.figure) or _approximate(b.text, qb.figure)
                    or _round(value) or _round(value_b)) and (
                abs(value - value_b) <= APPROXIMATE_SHARE * max(value, value_b)
            ):
                continue
            items.append((_shown(value_b), b, _snippet(b, start_b, end_b)))
            members.append(j)
        values = {v for v, _, _ in items}
        if len(values) < 2:
            continue
        used.update(members)
        out.append(
            Disagreement(
                topic=f"{qa.label}: " + " vs ".join(sorted(values, key=lambda v: float(v.replace(",", "")))),
                versions=_versions(items),
                kind="number",
            )
        )
        if len(out) == MAX_PER_KIND:
            break  # no more are shown
    return out


# --------------------------------------------------------------------------
# one large figure, a digit apart

# Two outlets' exact figures of this size that differ in one digit are one figure
# misreported, whatever words surround them: "हवाईअड्डों पर अब तक 1,16,579 मरीजों की
# जांच" / "अभी तक 116589 यात्रियों को एयरपोर्ट पर स्कैन" (March 2020, Kejriwal's count of
# passengers screened, in two papers a day apart that share no other word).  A running
# tally a day on changes more digits (China's cases 80,695 / 80,735 / 80,754 / 80,778
# the same week); over the whole March corpus only one other pair of outlets' figures is a
# digit apart, a death toll and a share index in unrelated reports.
NEAR_FIGURE_MIN = 10_000
# Digits run on without separators past this many are a phone number or an ID ("स्टोर
# 9045270895", March 2020), no count; a figure hyphened to a word is a code ("नई
# दिल्ली-110001", a PIN code).
NEAR_FIGURE_MAX_BARE_DIGITS = 7


def _year_or_code(text: str, match) -> bool:
    """Is the number a year ("वर्ष 2020 में"), a phone number or a code, not a counted whole?"""
    written = match.group(1)
    return ((1900 <= float(written.replace(",", "")) <= 2100 and "," not in written)
            or ("," not in written and len(written) > NEAR_FIGURE_MAX_BARE_DIGITS)
            or (match.start() > 0 and text[match.start() - 1] in "-‐–"))


def _one_digit_apart(a: int, b: int) -> bool:
    x, y = str(a), str(b)
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y)) == 1


def near_figure_disagreements(units: Sequence[Unit]) -> list[Disagreement]:
    """Large exact figures (NEAR_FIGURE_MIN or more, not round hundreds) that two outlets
    give a digit apart."""
    if not _several_sources(units):
        return []
    found = []
    for unit in units:
        for match, value in _numbers_with_words(unit.text):
            if _year_or_code(unit.text, match):
                continue  # a phone number, an ID or a code hyphened to a word (no year is this large)
            if value >= NEAR_FIGURE_MIN and value.is_integer() and value % 100:
                found.append((unit, int(value), match))
    out = []
    seen: set[frozenset[int]] = set()
    for i, (a, value_a, match_a) in enumerate(found):
        for b, value_b, match_b in found[i + 1:]:
            if _source(a) == _source(b):
                continue
            if not _one_digit_apart(value_a, value_b) or frozenset((value_a, value_b)) in seen:
                continue
            seen.add(frozenset((value_a, value_b)))
            items = [(_shown(float(value)), unit, _snippet(unit, match.start(), match.end()))
                     for unit, value, match in ((a, value_a, match_a), (b, value_b, match_b))]
            out.append(Disagreement(
                topic=f"{match_a.group(2)}: " + " vs ".join(_shown(float(v)) for v in sorted((value_a, value_b))),
                versions=_versions(items), kind="number"))
    return out[:MAX_PER_KIND]


# --------------------------------------------------------------------------
# how many of a counted whole: "129 सैंपल ... इसमें दो में पुष्टि"

# A figure, then "of these, N positive" in its sentence or the next: "रविवार दोपहर तक
# 129 सैंपल की जांच हुई है । इसमें दो में कोरोना वायरस की पुष्टि हुई है ।" (Dainik
# Hindustan) / "... आए 129 ... सैंपल की जांच पूरी कर ली गयी है जिनमें से तीन पॉजिटिव
# पाये गये" (Prabhat Khabar), March 2020.  Two outlets that count the same whole and
# find a different part disagree on the part.
_PART_OPENER_RE = re.compile(r"(?:^|\s)(?:इसमें|इनमें|जिसमें|जिनमें|उनमें|उसमें)(?:\s+से)?\s+(?P<part>\S+)\s")
_POSITIVE_RE = re.compile("|".join(("पुष्टि", *_POSITIVE_HI, "संक्रमित")))
PART_REACH = 8  # words from the part's figure to the word that says what it is
_WORD_SPAN_RE = re.compile(r"\S+")
PART_WHOLE_MIN = 10  # a whole smaller than this is no counted batch


class PartOfWhole(NamedTuple):
    whole: float
    counted: str  # the word after the whole's figure: "सैंपल"
    part: float
    unit: Unit  # the sentence with the part
    start: int  # the part's phrase in it
    end: int


def parts_of_wholes(units: Sequence[Unit]) -> list[PartOfWhole]:
    """Each "<whole> ... इसमें / जिनमें से <part> ... पुष्टि" an article tells, the part
    in the whole's sentence or the next."""
    by_article: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        by_article[unit.article_id].append(unit)
    out = []
    for article_units in by_article.values():
        article_units.sort(key=lambda u: u.index)
        for k, unit in enumerate(article_units):
            wholes = [(match, value) for match, value in _numbers_with_words(unit.text)
                      if value >= PART_WHOLE_MIN and value.is_integer() and not _year_or_code(unit.text, match)]
            if len(wholes) != 1:
                continue  # two figures: which one the part is of is unknown
            whole, value = wholes[0]
            following = article_units[k + 1] if k + 1 < len(article_units) else None
            places = [(unit, whole.end())]
            if following is not None and following.index == unit.index + 1:
                places.append((following, 0))
            for part_unit, offset in places:
                opener = _PART_OPENER_RE.search(part_unit.text, offset)
                if opener is None or (part_unit is following and opener.start() > 1):
                    continue  # in the next sentence the part must open it
                part = _count_value(opener.group("part"))
                after = list(_WORD_SPAN_RE.finditer(part_unit.text, opener.end("part")))[:PART_REACH]
                if part is None or part[0] >= value or not any(_POSITIVE_RE.search(w.group()) for w in after):
                    continue
                # shown: the part and the four words after it ("दो में कोरोना वायरस की")
                out.append(PartOfWhole(value, whole.group(2), part[0], part_unit, opener.start("part"),
                                       after[min(3, len(after) - 1)].end()))
                break
    return out


def part_of_whole_disagreements(units: Sequence[Unit]) -> list[Disagreement]:
    """Two outlets find different parts of one counted whole: the same figure, whatever
    word follows it ("129 सैंपल" / "129 कारोना वायरस संदिग्ध मरीजों के सैंपल")."""
    if not _several_sources(units):
        return []
    found = parts_of_wholes(units)
    out = []
    done: set[float] = set()
    for i, first in enumerate(found):
        if first.whole in done:
            continue
        rivals = [other for other in found[i:] if other.whole == first.whole]
        if len({p.part for p in rivals}) < 2 or not _several_sources([p.unit for p in rivals]):
            continue
        done.add(first.whole)
        items = [(_shown(p.part), p.unit, _snippet(p.unit, p.start, p.end)) for p in rivals]
        out.append(Disagreement(
            topic=f"{_shown(first.whole)} {first.counted} में: " + " vs ".join(_shown(v) for v in sorted({p.part for p in rivals})),
            versions=_versions(items), kind="number"))
    return out[:MAX_PER_KIND]


# --------------------------------------------------------------------------
# a place's count, in a sentence or a list


# Words that may stand between "<place> में" and its count: "महाराष्ट्र में अब तक 14",
# "दिल्ली में कोरोना के 6 पॉजिटिव केस", "महाराष्ट्र में कोरोना संक्रमितों की संख्या शुक्रवार
# को 19" (March 2020).  Anything else there ("दिल्ली में रहने वाले 6 लोग", "इटली से लौटे 3")
# makes the number count something other than the place's cases.
_PLACE_COUNT_FILLERS = frozenset(
    "अब अभी तक कुल फिलहाल भी कोरोना कोरोनावायरस वायरस कोविड-19 कोविड संक्रमण के की का संख्या को बढ़कर बढ़ कर "
    "आज कल".split()) | frozenset(w for forms in HINDI_WEEKDAYS.values() for w in forms)
_PLACE_COUNT_OPEN_RE = re.compile(r"\s*(?:में|से)\s+")
_CONNECTOR_RE = re.compile(r"^\s*(?:,|और|व|एवं|तथा)\s*$")
# "<figure> विदेशियों समेत 17": the count is the figure after समेत / सहित (including).
_INCLUDING = frozenset({"समेत", "सहित"})
# An infection word makes a count of people a count of cases ("17 लोग संक्रमित हैं").
_INFECTED = frozenset(("संक्रमित", *_POSITIVE_HI, "पीड़ित"))
# Kinds of count a case word may carry: new, recovered, suspected, dead...
_COUNT_KINDS = _TALLY_KINDS | frozenset("मौत मौतें मृत".split())
# A count told in the simple past ("शनिवार को छह मामले सामने आए,", "तमिलनाडु में एक मरीज
# संक्रमित पाया गया.") is the day's new cases; the running total is told in the perfect
# ("17 मामले सामने आए हैं", "संख्या ... 19 हो गई है") or with "अब तक" / "कुल" / "संख्या"
# (March 2020: Dainik Hindustan's six new Gujarat cases of 21 March against Dainik
# Jagran's seven in all).
_PAST_PARTICIPLES = frozenset("गया गई गए गयी गये आया आई आए आये मिला मिली मिले हुआ हुई हुए".split())
_TOTAL_WORDS = frozenset("अब तक कुल संख्या".split())
_CLAUSE_BREAK_RE = re.compile(r"[,;:।.!?]$")


class PlaceCount(NamedTuple):
    """A place's count of cases a sentence gives: "राजस्थान में 16" in a list of
    states' cases, "तेलंगाना में नौ विदेशियों समेत 17 मामले"."""

    place: str  # entity key
    surface: str  # the place as the sentence writes it
    value: float
    start: int  # the phrase shown as a version
    end: int
    kind: str | None  # a kind word ("नए", "ठीक") when not all cases


def _count_value(token: str) -> tuple[float, bool] | None:
    """(value, distributive) of a figure token: "16", "1,16,579", "सात", "दो-दो" / "1-1"
    (each of the places before it)."""
    token = token.rstrip(",;।.")
    parts = token.split("-")
    if len(parts) == 2 and parts[0] == parts[1]:
        token, distributive = parts[0], True
    else:
        distributive = False
    if re.fullmatch(r"\d{1,3}(?:,\d{2,3})+|\d+", token):
        return float(token.replace(",", "")), distributive
    word = HINDI_DAY_WORDS.get(token)
    return (float(word), distributive) if word else None


def _told_as_new(words: Sequence[str]) -> bool:
    """Is the clause these words open told in the simple past (a participle, no
    auxiliary before the clause ends)?"""
    participle = False
    for word in words:
        bare = word.rstrip(",;:।.!?")
        participle = participle or bare in _PAST_PARTICIPLES
        if bare in COPULA_HI:
            return False
        if _CLAUSE_BREAK_RE.search(word):
            break
    return participle


def _counted_as_cases(words: Sequence[str], fillers: Sequence[str]) -> tuple[str, str | None] | None:
    """(the word naming the count, its kind) when the words after a figure (to the
    sentence's end) or the fillers before it make it a count of cases; None when the
    first count word after it counts something else ("6 लोगों को क्वारंटीन")."""
    kind = next((w for w in fillers if w in _COUNT_KINDS), None)
    label = next((w for w in fillers if _unit_name(w) == "case"), None)
    rest: Sequence[str] = words
    for k, word in enumerate(words):
        name = _unit_name(word.rstrip(",;।."))
        if name is None:
            continue
        near = [w.rstrip(",;।.") for w in words[max(0, k - 2): k + 4]]
        if not (name == "case" or (name == "people" and any(w in _INFECTED for w in near))):
            return None
        label, rest = word.rstrip(",;।."), words[k + 1:]
        kind = kind or next((w for w in near if w in _COUNT_KINDS), None)
        break
    if label is None:
        return None
    if kind is None and not _TOTAL_WORDS & set(fillers) and _told_as_new(rest):
        kind = "नए"
    return label, kind


def place_counts(unit: Unit) -> list[PlaceCount]:
    """Every count of cases the sentence gives a named place: "<place> में [अब तक / कुल /
    कोरोना के ...] <figure>", the count word after it or closing the list it stands in.
    A figure after places joined by "और" or commas counts them together, unless it is
    distributive ("पश्चिम बंगाल और पंजाब में दो-दो": two each)."""
    text = unit.text
    if not DEVANAGARI_RE.search(text):
        return []
    places = sorted((start, end, key) for start, end, key, kind in unit.mentions if kind == "PLACE")
    out = []
    for k, (start, end, key) in enumerate(places):
        opening = _PLACE_COUNT_OPEN_RE.match(text, end)
        if not opening:
            continue
        tokens = list(_WORD_SPAN_RE.finditer(text[opening.end():]))
        fillers: list[str] = []
        figure = None
        for t, token in enumerate(tokens):
            counted = _count_value(token.group())
            if counted is not None:
                figure = (t, counted)
                break
            word = token.group()
            if word not in _PLACE_COUNT_FILLERS and _unit_name(word) != "case":
                break
            fillers.append(word)
        if figure is None:
            continue
        t, (value, distributive) = figure
        if (t + 3 < len(tokens) and tokens[t + 2].group() in _INCLUDING
                and _count_value(tokens[t + 3].group()) is not None):
            t, (value, _) = t + 3, _count_value(tokens[t + 3].group())
        if (not tokens[t].group()[0].isdigit() and not distributive and not tokens[t].group().endswith(",")
                and not any(_unit_name(m.group().rstrip(",;।.")) for m in tokens[t + 1: t + 3])):
            continue  # a number word counts only beside its count word or as a list item ("एक के बाद एक")
        counted = _counted_as_cases([m.group() for m in tokens[t + 1:]], fillers)
        if counted is None:
            continue
        _, kind = counted
        figure_end = opening.end() + tokens[t].end()
        # the places this figure counts: this one, and with a distributive figure
        # the ones joined to it before ("आंध्र प्रदेश, ... , राजस्थान से 1-1 केस")
        joined = [places[k]]
        j = k
        while j > 0 and _CONNECTOR_RE.match(text[places[j - 1][1]: places[j][0]]):
            j -= 1
            joined.append(places[j])
        if len(joined) > 1 and not distributive:
            continue
        for p_start, p_end, p_key in joined:
            out.append(PlaceCount(p_key, text[p_start:p_end], value, start, figure_end, kind))
    return out


def place_count_disagreements(
    units: Sequence[Unit], reference_dates: Mapping[str, str | None]
) -> list[Disagreement]:
    """Outlets giving one place's count of cases differently in reports of the same day:
    "राजस्थान में 16" in Dainik Jagran's list of the states' cases against Dainik
    Hindustan's "अब तक राजस्थान में दो विदेशियों सहित 17 मामले", both of 21 March 2020.

    Unlike :func:`number_disagreements` the two sentences need not be alike: a list and a
    sentence give the same count.  The place and the day make the figures comparable; a
    count an article dates before the day before its publication is history, and an article
    that gives a place two counts of one kind is telling a tally's steps."""
    if not _several_sources(units):
        return []
    by_count: dict[tuple[str, str | None, str], dict[str, list[tuple[Unit, PlaceCount]]]] = defaultdict(
        lambda: defaultdict(list))
    for unit in units:
        reference = (reference_dates.get(unit.article_id) or "")[:10]
        if not reference:
            continue
        if any(day < _day_before(reference) for day in unit.day_dates()):
            continue
        for count in place_counts(unit):
            by_count[(count.place, count.kind, reference)][unit.article_id].append((unit, count))
    unplaced = _unplaced_counts(units) if by_count else {}
    out = []
    for (place, kind, _), by_article in by_count.items():
        # one figure per article, each article's own figures agreeing
        figures = {}
        for article, found in by_article.items():
            values = {c.value for _, c in found}
            if len(values) == 1:
                figures[article] = found[0]
        by_value: dict[float, set[str]] = defaultdict(set)  # value -> the outlets giving it
        for unit, count in figures.values():
            by_value[count.value].add(_source(unit))
        if len(by_value) < 2 or any(a & b for a, b in combinations(by_value.values(), 2)):
            continue  # one figure, or one outlet on both sides
        if any(set(by_value) - {c.value} & unplaced[article] for article, (_, c) in figures.items()):
            # an article giving the other figure too, for no named place, knows two counts:
            # Dainik Hindustan's "भारत में ... कुल 149 मामले" and "देश में ... संख्या 173" are
            # active and all cases (19 March 2020), no rival of Amar Ujala's 173
            continue
        items = [(_shown(c.value), u, _snippet(u, c.start, c.end)) for u, c in figures.values()]
        first = next(iter(figures.values()))[1]
        counted = f"{kind} मामले" if kind else "मामले"  # one name for मामले / केस / मरीज / संक्रमित
        topic = f"{first.surface} में {counted}: " + " vs ".join(_shown(v) for v in sorted(by_value))
        out.append(Disagreement(topic=topic, versions=_versions(items), kind="number"))
    return out[:MAX_PER_KIND]


def _source(unit: Unit) -> str:
    """Who tells the sentence: its outlet, or its article when the outlet is unknown."""
    return unit.outlet or unit.article_id


def _several_sources(units: Sequence[Unit]) -> bool:
    """Do the sentences come from two outlets (or two articles of no known outlet)?
    Rival versions need two sources; most events of a day's papers have one."""
    first = None
    for unit in units:
        source = _source(unit)
        if first is None:
            first = source
        elif source != first:
            return True
    return False


def _unplaced_counts(units: Sequence[Unit]) -> dict[str, set[float]]:
    """The counts of people, cases or deaths each article gives in sentences naming no place."""
    out: dict[str, set[float]] = defaultdict(set)
    for unit in units:
        if not any(kind == "PLACE" for *_, kind in unit.mentions):
            out[unit.article_id].update(q.value for q in quantities(unit) if _family(q.name) == "count")
    return out


def _day_before(iso_day: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso_day) - timedelta(days=1)).isoformat()


# --------------------------------------------------------------------------
# a person's age


# Nouns an age qualifies in Hindi reports ("60 साल के एक व्यक्ति", "एक 65 के बुजुर्ग",
# "76 वर्षीय महिला"); a "<N> साल के" before anything else is a span of time ("25 साल के बाद").
_AGED_NOUNS_HI = frozenset(
    """व्यक्ति शख्स शख़्स बुजुर्ग बुज़ुर्ग वृद्ध वृद्धा युवक युवती महिला पुरुष आदमी मरीज बच्चा बच्ची बच्चे लड़का
    लड़की लड़के किशोर किशोरी छात्र छात्रा डॉक्टर नेता पति पत्नी बेटा बेटी""".split())
_AGE_HI_RE = re.compile(
    r"(?<![\w.,])(?P<age>\d{1,3})\s*(?:(?:साल|वर्ष)\s+(?:के|की|का)|वर्षीय|साला|साली|(?:के|की))\s+(?:एक\s+)?"
    r"(?P<noun>[\u0900-\u097F]+)")
_AGE_EN_RE = re.compile(r"(?<![\w-])(?P<age>\d{1,3})-year-old\b|\baged\s+(?P<aged>\d{1,3})\b")
# "Assange, 47, over ...", "Trump, 73, said": an age set off by commas after a name.
_APPOSITIVE_AGE_RE = re.compile(r",\s+(?P<age>\d{1,3})(?=,|\)|\s+(?:of|who|from|and|was|is|has|had)\b)")
# Reports of one person's age differ by a birthday or a rounding: 47 / 48 (Julian Assange,
# AEB), 60 / 65 (a man who died in Tumakuru, March 2020).  Further apart, two ages
# in alike sentences are two people.
MAX_AGE_GAP = 5
# Alike sentences about unnamed people: the Tumakuru death told by two papers aligns at
# 0.65; every other pair of unnamed ages from two outlets in the multi-outlet events of
# March 2020 and AEB (other people: a Kalaburagi man and a Delhi woman, 70 and 60) at
# 0.10-0.33.
AGE_ALIGNED = 0.4
OLDEST = 120


class Age(NamedTuple):
    """A person's age a sentence gives, with the person's entity key when named."""

    value: int
    start: int
    end: int
    person: str | None
    surface: str | None  # the person's name as written


def _person_at(unit: Unit, start: int, end: int) -> tuple[str, str] | None:
    """(key, name) of a person mention starting within a few characters after ``end``
    or ending within a few before ``start``."""
    for m_start, m_end, key, kind in unit.mentions:
        if kind == "PERSON" and (0 <= m_start - end <= 2 or 0 <= start - m_end <= 2):
            return key, unit.text[m_start:m_end]
    return None


def main_person(units: Sequence[Unit]) -> str | None:
    """The person an article is about: named at least three times and more than twice
    as often as anyone else; "The 48-year-old Australian" of a report on Julian Assange."""
    counts = Counter(key for unit in units for *_, key, kind in unit.mentions if kind == "PERSON")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def ages(unit: Unit, main: str | None = None) -> list[Age]:
    """Every age the sentence gives a person.  A named person beside it owns it; "The
    N-year-old" opening a sentence is the article's ``main`` person; other ages are of
    someone unnamed."""
    text = unit.text
    out = []
    if DEVANAGARI_RE.search(text):
        for match in _AGE_HI_RE.finditer(text):
            named = _person_at(unit, match.start("noun"), match.start("noun"))
            bare_of = match.group(0)[len(match.group("age")):].split()[0] in ("के", "की")
            if match.group("noun") not in _AGED_NOUNS_HI and (bare_of or not named):
                continue  # "65 के बुजुर्ग" is an age; "20 के आसपास" is not, nor "60 साल के बाद"
            out.append(Age(int(match.group("age")), match.start(), match.end(), *(named or (None, None))))
    else:
        for match in _AGE_EN_RE.finditer(text):
            named = _person_at(unit, match.start(), match.end())
            if not named and main and re.match(r"\s*The\s*$", text[:match.start()]):
                named = (main, None)
            out.append(Age(int(match.group("age") or match.group("aged")), match.start(), match.end(),
                           *(named or (None, None))))
        for m_start, m_end, key, kind in unit.mentions:
            match = _APPOSITIVE_AGE_RE.match(text, m_end) if kind == "PERSON" else None
            if match:
                out.append(Age(int(match.group("age")), m_start, match.end(), key, text[m_start:m_end]))
    return [age for age in out if 0 < age.value <= OLDEST]


def age_disagreements(units: Sequence[Unit], sim=similarity) -> list[Disagreement]:
    """One person's age given differently by different outlets: a named person's in any
    two sentences; an unnamed person's in alike sentences naming the same place."""
    if not _several_sources(units):
        return []
    by_article: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        by_article[unit.article_id].append(unit)
    mains = {article: main_person(found) for article, found in by_article.items()}
    found = [(unit, age) for unit in units for age in ages(unit, mains[unit.article_id])]
    out = []
    used: set[int] = set()
    for i, (a, age_a) in enumerate(found):
        if i in used:
            continue
        items = [(str(age_a.value), a, _snippet(a, age_a.start, age_a.end))]
        for j in range(i + 1, len(found)):
            b, age_b = found[j]
            if j in used or _source(a) == _source(b):
                continue
            if age_a.value == age_b.value or abs(age_a.value - age_b.value) > MAX_AGE_GAP:
                continue
            if age_a.person or age_b.person:
                if age_a.person != age_b.person:
                    continue
            elif sim(a, b) < AGE_ALIGNED or not place_keys(a) & place_keys(b):
                continue
            items.append((str(age_b.value), b, _snippet(b, age_b.start, age_b.end)))
            used.add(j)
        if len({value for value, _, _ in items}) < 2:
            continue
        used.add(i)
        hindi = DEVANAGARI_RE.search(a.text) is not None
        whose = age_a.surface or next((age.surface for k, (_, age) in enumerate(found)
                                       if k in used and age.person == age_a.person and age.surface), None)
        label = (f"{whose} की उम्र" if whose else "उम्र") if hindi else (f"{whose}'s age" if whose else "age")
        values = sorted({int(value) for value, _, _ in items})
        out.append(Disagreement(topic=f"{label}: " + " vs ".join(map(str, values)), versions=_versions(items),
                                kind="number"))
    return out[:MAX_PER_KIND]


# --------------------------------------------------------------------------
# the same people suspected in one report, confirmed in another


# "आगरा में 6 लोग संदिग्ध पाए गए हैं" (Dainik Jagran) against "आगरा के 6 लोगों में भी कोरोना
# की पुष्टि हुई है" (Navbharat Times), both of 3 March 2020: one outlet's suspects are the
# other's confirmed cases.
_SUSPECTED_RE = re.compile(r"संदिग्ध|\bsuspect(?:ed|s)?\b", re.IGNORECASE)
_CONFIRMED_RE = re.compile("|".join(("पुष्टि", *_POSITIVE_HI, r"\bconfirmed\b", r"\btested positive\b")), re.IGNORECASE)
# Counts of one or two people coincide too easily to tie two sentences together.
MIN_STATUS_COUNT = 3


def _status(unit: Unit) -> tuple[str, str] | None:
    """("suspected" | "confirmed", the word saying so) for a sentence that tells one of
    the two, and not both or a denial ("पुष्टि नहीं हुई")."""
    suspected, confirmed = _SUSPECTED_RE.search(unit.text), _CONFIRMED_RE.search(unit.text)
    if suspected and not confirmed:
        return "suspected", suspected.group()
    if confirmed and not suspected and not negated(unit.text[confirmed.end(): confirmed.end() + 30]):
        return "confirmed", confirmed.group()
    return None


def status_disagreements(units: Sequence[Unit], reference_dates: Mapping[str, str | None]) -> list[Disagreement]:
    """The same count of people in the same place, on the same day, suspected by one
    outlet and confirmed by another."""
    if not _several_sources(units):
        return []
    told: dict[tuple[float, str, str], dict[str, list[tuple[Unit, str, Quantity]]]] = defaultdict(
        lambda: defaultdict(list))
    for unit in units:
        status = _status(unit)
        day = (reference_dates.get(unit.article_id) or "")[:10]
        if status is None or not day:
            continue
        for quantity in quantities(unit):
            if _family(quantity.name) == "count" and quantity.value >= MIN_STATUS_COUNT:
                for place in place_keys(unit):
                    told[(quantity.value, place, day)][status[0]].append((unit, status[1], quantity))
    out = []
    shown: set[tuple[float, str]] = set()
    for (value, _, day), by_status in told.items():
        if len(by_status) < 2 or (value, day) in shown:
            continue
        suspected, confirmed = by_status["suspected"], by_status["confirmed"]
        if not {_source(u) for u, _, _ in suspected} - {_source(u) for u, _, _ in confirmed}:
            continue  # one outlet on both sides tells two groups of people
        shown.add((value, day))
        items = [(status, unit, tidy_sentence(unit.text))
                 for status, found in (("suspected", suspected), ("confirmed", confirmed)) for unit, _, _ in found]
        topic = f"{_shown(value)} {suspected[0][2].label}: {suspected[0][1]} / {confirmed[0][1]}"
        out.append(Disagreement(topic=topic, versions=_versions(items), kind="descriptor"))
    return out[:MAX_PER_KIND]


# --------------------------------------------------------------------------
# one person named two ways


# Honorifics say nothing of who someone is: "श्री राम X" and "श्री राम Y" are two people.
_HONORIFICS = frozenset(normalise(w).lower() for w in
                        "श्री श्रीमती सुश्री डॉ डाॅ डॉक्टर mr mrs ms dr sir lady lord hon".split())


def _role_before(unit: Unit, start: int) -> str | None:
    """The role word right before a name ("कांग्रेस नेता जितिन पटेल": नेता), when it is one."""
    words = WORD_RE.findall(unit.text[max(0, start - 40): start])
    if not words:
        return None
    word = normalise(words[-1]).lower()  # the role lists' folding
    if word in _HONORIFICS:
        return None
    return word if word in ROLES_HI or word in ROLES_EN else None


def name_disagreements(units: Sequence[Unit], sim=similarity) -> list[Disagreement]:
    """One person named two ways by two outlets: the same given name and role, another
    surname, and no outlet naming both ("कांग्रेस नेता जितिन पटेल" in Amar Ujala, "कांग्रेस
    के नेता जितिन प्रसाद" in Prabhat Khabar, both isolating after Kanika Kapoor's party,
    20 March 2020).  The two statements must be aligned; a surname spelt two ways is one
    name (:func:`_one_spelling`)."""
    if not _several_sources(units):
        return []
    named: dict[str, list[tuple[Unit, int, int, str]]] = defaultdict(list)
    for unit in units:
        for start, end, key, kind in unit.mentions:
            role = _role_before(unit, start) if kind == "PERSON" else None
            if role and len(key.split()) >= 2:
                named[key].append((unit, start, end, role))
    outlets = {key: {_source(u) for u, *_ in uses} for key, uses in named.items()}
    out = []
    keys = sorted(named)
    for i, key_a in enumerate(keys):
        for key_b in keys[i + 1:]:
            words_a, words_b = key_a.split(), key_b.split()
            if words_a[0] != words_b[0] or _one_spelling(words_a[-1], words_b[-1]):
                continue
            if outlets[key_a] & outlets[key_b]:
                continue  # an outlet naming both knows two people
            pairs = [(a, b) for a in named[key_a] for b in named[key_b]
                     if a[3] == b[3] and sim(a[0], b[0]) >= ALIGNED]
            if not pairs:
                continue
            (a, start_a, end_a, _), (b, start_b, end_b, _) = max(pairs, key=lambda pair: sim(pair[0][0], pair[1][0]))
            surface_a, surface_b = a.text[start_a:end_a], b.text[start_b:end_b]
            items = [(surface_a, a, _snippet(a, start_a, end_a)), (surface_b, b, _snippet(b, start_b, end_b))]
            out.append(Disagreement(topic=f"{surface_a} / {surface_b}", versions=_versions(items), kind="name"))
    return out[:MAX_PER_KIND]


# --------------------------------------------------------------------------
# descriptors


# Two descriptors (stems) whose romanisations match as a name's words do (naming.words_match:
# 5+ letters, one first letter), at this rapidfuzz ratio, are one word spelt two ways: "सफदरजंग" /
# "सफदरगंज" (saphdarjang / saphdarganj, 82; March 2020, the Delhi hospital), armor(ed) /
# armour(ed) (91); rival words score far lower (speshal / bakhtarband 22, approved / agreed 57).
ONE_SPELLING_RATIO = 80


def _one_spelling(a: str, b: str) -> bool:
    ra, rb = (romanise(w) if DEVANAGARI_RE.search(w) else w.lower() for w in (a, b))
    return words_match(ra, rb, min_ratio=ONE_SPELLING_RATIO)


def _modifier_stem(word: str) -> str:
    """Modifiers that differ only by inflection (reach/reached) are one."""
    base = stem(word)
    if not DEVANAGARI_RE.search(base):
        for suffix in ("ing", "ed", "es", "s"):
            if base.endswith(suffix) and len(base) - len(suffix) >= 4:
                return base[: -len(suffix)]
    return base


def _place_stems(units: Sequence[Unit], aliases: Sequence[str]) -> set[str]:
    stems = set()
    for alias in aliases:
        for word in WORD_RE.findall(alias):
            if len(word) >= 3:
                stems.add(normalise_word(word))
    return stems


def _is_demonym(word: str, place_words: set[str]) -> bool:
    """रूसी from रूस, कोरियाई from कोरिया, Russian from Russia."""
    w = normalise_word(word)
    for place in place_words:
        base = place[:-1] if len(place) > 3 else place
        if w != place and w.startswith(base) and len(w) - len(place) <= 3:
            return True
    return False


_DET = frozenset({"a", "an", "the", "एक"})


def _frame_word(word: str | None) -> str | None:
    if word is None:
        return None
    word = word.lower()
    return "DET" if word in _DET else stem(word)


def _frame(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The word before a "modifier noun" phrase and the word after it."""
    before = WORD_RE.findall(text[max(0, start - 60): start])[-1:]
    after = WORD_RE.findall(text[end: end + 60])[:1]
    return (_frame_word(before[0]) if before else None, _frame_word(after[0]) if after else None)


def _same_frame(frame1: tuple[str | None, str | None], frame2: tuple[str | None, str | None]) -> bool:
    """Do two "modifier noun" phrases sit in the same frame: the same word after
    the noun ("ट्रेन से" / "ट्रेन से") or before the modifier ("a special boat" /
    "an inflatable boat")?  Rival descriptions of one thing fill one slot."""
    (before1, after1), (before2, after2) = frame1, frame2
    return (after1 is not None and after1 == after2) or (before1 is not None and before1 == before2)


def _word_before(text: str, start: int) -> str | None:
    """The modifier stem of the word just before ``start`` (None at the sentence start)."""
    before = WORD_RE.findall(text[:start])
    return _modifier_stem(before[-1]) if before else None


# English has no postposition to tell a noun: a word that reads as a verb
# ("infection caused", "the man wrote", "a paper published") is no described
# noun, an ordinal ("14th century", "fourteenth century") counts rather than
# describes, and a word after a modal or "to" is a verb ("will feature
# members").  Generic English; the AEB digest's eight descriptor and number
# pairs were all such readings but two.
_ENGLISH_VERB_FORMS = frozenset(
    """is are was were be been has have had do does did said says say told tells wrote writes write made makes
    took takes gave gives went goes came comes saw sees found finds began begins left put set got gets""".split()
)
_ENGLISH_ORDINAL_RE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|(?:\w+-)?(?:first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)tie|hundred|thousand)th))$",
    re.IGNORECASE)
_ENGLISH_MODALS = frozenset("will would can could may might must shall should to".split())


def _english_verb_like(word: str) -> bool:
    low = word.lower()
    return low in _ENGLISH_VERB_FORMS or (low.endswith("ed") and len(low) > 4)


def _english_phrase_ok(text: str, modifier_start: int, modifier: str, noun: str) -> bool:
    """Can an English "modifier noun" pair be a description of a thing?"""
    if DEVANAGARI_RE.search(modifier + noun):
        return True
    if _english_verb_like(noun) or _ENGLISH_ORDINAL_RE.match(modifier):
        return False
    before = WORD_RE.findall(text[:modifier_start])[-1:]
    return not (before and before[0].lower() in _ENGLISH_MODALS)


def _articles_by_modifier(uses) -> dict[str, set[str]] | None:
    """Each descriptor of a noun and the articles using it; None unless two
    descriptors and two articles are there to disagree."""
    modifiers: dict[str, set[str]] = defaultdict(set)
    for modifier, unit, _, _, _ in uses:
        modifiers[modifier].add(unit.article_id)
    if len(modifiers) < 2 or len({unit.article_id for _, unit, _, _, _ in uses}) < 2:
        return None
    return modifiers


class _SpanIndex:
    """An article's entity spans, found by the stretch of text they touch."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end)."""
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_left(self.starts, end)
        return [(s, e) for s, e in self.spans[low:high] if e > start]


def descriptor_disagreements(
    units: Sequence[Unit],
    place_aliases: Sequence[str] = (),
    entity_spans: Mapping[str, list[tuple[int, int]]] | None = None,
    sim=similarity,
) -> list[Disagreement]:
    if len({unit.article_id for unit in units}) < 2:
        return []  # rival descriptors come from two articles (_articles_by_modifier): skip the scan
    stop = _stopwords(None)
    place_words = _place_stems(units, place_aliases)
    # Words that are ever followed by a postposition behave as nouns there.
    nominal: set[str] = set()
    for unit in units:
        tokens = WORD_RE.findall(unit.text)
        for word, nxt in zip(tokens, tokens[1:]):
            if nxt.lower() in _POSTPOSITIONS:
                nominal.add(stem(word))
    by_noun: dict[str, list[tuple[str, Unit, int, int, str]]] = defaultdict(list)
    frames: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    span_index = {article: _SpanIndex(spans) for article, spans in (entity_spans or {}).items()}
    for unit in units:
        matches = list(WORD_RE.finditer(unit.text))
        # (the names inside this sentence only: a 2,500-paragraph dump's thousands of names,
        # read for each pair of its words, had taken 4 s)
        index = span_index.get(unit.article_id)
        spans = index.within(unit.start, unit.end) if index else []
        for position, (prev, cur) in enumerate(zip(matches, matches[1:])):
            modifier, noun = prev.group(0), cur.group(0)
            following = matches[position + 2] if position + 2 < len(matches) else None
            if (
                following is not None
                and not unit.text[cur.end(): following.start()].strip()
                and following.group(0).lower() not in stop
                and stem(following.group(0)) in nominal
            ):
                continue  # "missile submarines": the noun is itself a modifier here
            if DEVANAGARI_RE.search(modifier) and modifier.endswith("कर"):
                continue  # a conjunctive participle ("लिखकर", having written), not an adjective
            if unit.text[prev.end(): cur.start()].strip():
                continue  # punctuation between: not one phrase
            low_mod, low_noun = modifier.lower(), noun.lower()
            if low_mod in stop or low_mod in _DETERMINERS or low_noun in stop or low_noun in _DETERMINERS:
                continue
            if modifier.isdigit() or noun.isdigit() or len(modifier) < 2 or len(noun) < 2:
                continue
            if stem(modifier) in nominal or _is_demonym(modifier, place_words):
                continue
            absolute, noun_at = unit.start + prev.start(), unit.start + cur.start()
            if any(s <= absolute < e or s <= noun_at < e for s, e in spans):
                continue  # part of a name
            before = unit.text[: prev.start()].split()[-1:]
            if before and re.match(r"^[\d०-९]", before[0]):
                continue  # "40 वर्षीय", "12 storey": a measure, not a descriptor
            if not DEVANAGARI_RE.search(modifier + noun) and (modifier[:1].isupper() or noun[:1].isupper()):
                continue  # a capitalised Latin word is a name ("the standalone Magic Keyboard"), not a descriptor
            if not _english_phrase_ok(unit.text, prev.start(), modifier, noun):
                continue
            if in_quotation(unit.text, prev.start()):
                # A speaker's words as each outlet transcribed them ("mutually approved
                # platform" / "mutually agreed platforms" in two AEB pages): no rival accounts.
                continue
            by_noun[stem(noun)].append((_modifier_stem(modifier), unit, prev.start(), cur.end(), noun))
            frames[(id(unit), prev.start())] = _frame(unit.text, prev.start(), cur.end())

    out = []
    for noun_stem, uses in by_noun.items():
        modifiers = _articles_by_modifier(uses)
        if modifiers is None:
            continue
        # One referent draws few rival descriptors; a noun with many is a
        # class of things ("advanced / nuclear / military weapons"), and so is
        # a noun one article itself qualifies three ways (three hospitals).
        if len(modifiers) > MAX_DESCRIPTORS:
            continue
        per_article: dict[str, set[str]] = defaultdict(set)
        for modifier, unit, _, _, _ in uses:
            per_article[unit.article_id].add(modifier)
        if max(len(m) for m in per_article.values()) > 2:
            continue
        # An article that itself writes the noun two ways gives no version of it: its
        # words are style, not a rival account ("its newer butterfly mechanism" and "the
        # cursed butterfly-powered keyboard" in one AEB page).
        uses = [use for use in uses if len(per_article[use[1].article_id]) == 1]
        modifiers = _articles_by_modifier(uses)
        if modifiers is None:
            continue
        # A fixed compound ("उत्तर कोरिया", "White House") dominates its
        # noun's uses; rival descriptors are used by comparable numbers.
        counts = sorted((len(ids) for ids in modifiers.values()), reverse=True)
        if counts[0] > DOMINANT_SHARE * sum(counts):
            continue
        # Aligned: differently-modified uses from different outlets must come
        # from comparable statements; the best such pair scores the noun.
        # Rivals: an outlet that uses one descriptor and not the other.
        alignment = 0.0
        for m1, u1, s1, e1, _ in uses:
            for m2, u2, s2, e2, _ in uses:
                if m1 == m2 or u1.article_id == u2.article_id:
                    continue
                if m1.endswith(m2) or m2.endswith(m1):
                    continue  # one name spelt joined or apart: "गौतमबुद्ध नगर" / "गौतम बुद्ध नगर"
                if _one_spelling(m1, m2):
                    continue  # one name spelt two ways: "सफदरजंग" / "सफदरगंज अस्पताल", armored / armoured
                if _word_before(u2.text, s2) == m1 or _word_before(u1.text, s1) == m2:
                    continue  # "आवश्यक दिशा निर्देशों" keeps "आवश्यक निर्देशों"'s word: no rival
                if not _same_frame(frames[(id(u1), s1)], frames[(id(u2), s2)]):
                    continue  # "X अधिकारी और" vs "मुख्य Y अधिकारी अनुराग": different roles
                if u1.outlet and u2.outlet and u1.outlet == u2.outlet:
                    continue  # one newsroom's wording varies; rivals are outlets
                if u1.article_id in modifiers[m2] or u2.article_id in modifiers[m1]:
                    continue
                alignment = max(alignment, sim(u1, u2))
        if alignment < ALIGNED_DESCRIPTOR:
            continue
        items = [(modifier, unit, _snippet(unit, start, end, width=5)) for modifier, unit, start, end, _ in uses]
        versions = _versions(items)
        # "ट्रेन: स्पेशल / बख्तरबंद / निजी": the noun and its rival words as first written.
        surfaces = {}
        for modifier, unit, start, end, _ in uses:
            surfaces.setdefault(modifier, unit.text[start:end].split()[0])
        topic = f"{uses[0][4]}: " + " / ".join(surfaces.values())
        out.append((alignment, Disagreement(topic=topic, versions=versions, kind="descriptor")))
    out.sort(key=lambda item: -item[0])
    return [d for _, d in out[:MAX_DESCRIPTORS_SHOWN]]


# --------------------------------------------------------------------------
# dates



# A date's own stretch of its sentence: the words from the previous date (or
# the sentence's start) to it and from it to the next date (or the sentence's
# end), and the postposition right after it.  Two sentences' dates are compared
# where they date the same happening: "यह बुजुर्ग पांच मार्च को ट्रेन से दिल्ली
# गया था और 11 मार्च को लौटा था" against "यह व्यक्ति 13 मार्च को ट्रेन से
# दिल्ली से लौटा था" is the return, 11 vs 13 March; "शुक्रवार को पटना एम्स में
# भर्ती कराया गया" and "... भर्ती कराया गया जहां 21 मार्च को उसकी मौत हो गयी"
# date two happenings (March 2020 digests: of four date disagreements, two
# compared the wrong days and one was these two happenings).
_CLAUSE_END_RE = re.compile(r"[;:।!?]|\.(?:\s|$)")
_MARKER_RE = re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:(?:की\s+)?(?:{'|'.join(HINDI_DAY_PARTS)})\s+)?"
                        r"(को|तक|से|के बाद|के बीच|में)(?=[\s,।.]|$)")


def _date_slots(unit: Unit) -> list[tuple[str, str, set[str], list[str]]]:
    """(day, postposition after it, words before it, words after it) per day date."""
    text = unit.text
    spans = sorted((t.start - unit.start, t.end - unit.start, t.date) for t in unit.times
                   if is_day_date(t) and 0 <= t.start - unit.start < t.end - unit.start <= len(text))
    out = []
    for k, (start, end, day) in enumerate(spans):
        lo = spans[k - 1][1] if k else 0
        lo = max([lo] + [m.end() for m in _CLAUSE_END_RE.finditer(text, lo, start)])
        hi = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        stop = _CLAUSE_END_RE.search(text, end, hi)
        after = text[end: stop.start() if stop else hi]
        marker = _MARKER_RE.match(after)
        out.append((day, marker.group(1) if marker else "", set(content_tokens(text[lo:start], unit.language)),
                    content_tokens(after, unit.language)))
    return out


def _aligned_days(slots_a, slots_b, hindi: bool) -> tuple[str, str] | None:
    """Of two sentences' date slots (:func:`_date_slots`), the day of each that dates the
    same happening: the pair whose stretches share most words, ties to a pair of equal days;
    None when none share a word on the verb's side.  The same postposition after both counts
    two words, the same last word after both (the verb, in Hindi: what happened) three."""
    best, best_key = None, None
    for day_a, marker_a, before_a, after_a in slots_a:
        for day_b, marker_b, before_b, after_b in slots_b:
            after = len(set(after_a) & set(after_b))
            # the verb's side must share a word: after the date in Hindi (verb last), before it
            # in English ("arrived in Moscow on Tuesday"); a shared subject alone is one person's
            # two happenings (admitted on the 20th, died on the 21st).  An English date that
            # opens its clause dates the words after it: "On November 16, a third case of plague
            # was reported" / "... reported its third case of bubonic plague on Sunday" (AEB).
            if hindi:
                verb_side = after
            else:
                clause_a, clause_b = _english_clause(before_a, after_a), _english_clause(before_b, after_b)
                verb_side = len(clause_a & clause_b) if _shares_english_verb(clause_a, clause_b) else 0
            if not verb_side:
                continue
            shared = len(before_a & before_b) + after if hindi else verb_side
            score = shared + 2 * (marker_a == marker_b) + 3 * bool(after_a and after_b and after_a[-1] == after_b[-1])
            key = (score, day_a == day_b)
            if best_key is None or key > best_key:
                best, best_key = (day_a, day_b), key
    return best


def _english_clause(before: set[str], after: list[str]) -> set[str]:
    """The words an English date dates: those before it in its clause, or, when it opens
    the clause ("In May, NASA awarded ..."), those after it."""
    return before or set(after)


def _shares_english_verb(clause_a: set[str], clause_b: set[str]) -> bool:
    """Do two English clauses share a verb ("reported", "awarded")?  Shared nouns alone
    ("the man ... Inner Mongolia") are one person's two happenings: "a third case ... was
    reported in a 55-year-old man" on the 16th, "The man ... ate the rabbit meat" on the 5th."""
    return any(_english_verb_like(word) for word in clause_a & clause_b)


def _codes(values: Sequence) -> np.ndarray:
    """Each value as a small integer (equal values, equal codes)."""
    import numpy as np

    index: dict = {}
    return np.array([index.setdefault(v, len(index)) for v in values], dtype=np.int64)


def _bit_sets(sets: Sequence[set]) -> np.ndarray | None:
    """Each set as the bits of its members (one bit per distinct member), or None when
    there are more than 64 members in all."""
    import numpy as np

    members = sorted(set().union(*sets)) if sets else []
    if len(members) > 64:
        return None
    bit = {m: np.uint64(1) << np.uint64(k) for k, m in enumerate(members)}
    out = np.zeros(len(sets), dtype=np.uint64)
    for n, values in enumerate(sets):
        for value in values:
            out[n] |= bit[value]
    return out


def _hashed_bits(values) -> int:
    """The values hashed to bits of a 64-bit word (disjoint words: disjoint values)."""
    word = 0
    for value in values:
        word |= 1 << (hash(value) % 64)
    return word


def date_disagreements(units: Sequence[Unit], sim=similarity) -> list[Disagreement]:
    """The same statement (similar sentences, different outlets) put on different days."""
    import numpy as np

    out = []
    seen: set[frozenset[str]] = set()
    dated = [u for u in units if u.day_dates() and not looks_like_boilerplate(u.text)]
    slots: dict[int, list] = {}  # each sentence's date slots, made once (id of the unit)
    # What each sentence is, worked out once, not once per pair (an event of 5,000 dated
    # sentences, a feed's items of one template, had spent 90 s here).
    tokens = [set(u.tokens) for u in dated]
    # The cheap tests, over a whole row of pairs at once (a feed of one template yields
    # millions of pairs; the loop below had spent 10 s on 5,000 sentences):
    # another outlet's sentence; both statements or both denials ("not spreading between
    # people" (31 Dec) vs "limited spread" (15 Jan) say opposite things); both a happening
    # or both "another" of its kind; no day in common; ...
    articles = _codes([u.article_id for u in dated])
    kinds = _codes([(negated(u.text), tells_of_another(u.text)) for u in dated])
    day_bits = _bit_sets([set(u.day_dates()) for u in dated])
    # ... and not two steps of a running tally, both giving figures and none the same:
    # "रविवार को और चार लोगों में ... संख्या बढ़कर अब 15" / "एक अन्य मामले की मंगलवार को
    # पुष्टि ... संख्या बढ़कर 16" (March 2020, Bihar).  The figures are hashed to bits, so
    # disjoint bits are different figures for sure; overlapping ones are checked exactly.
    figure_sets = [figures(u.text) for u in dated]
    figure_bits = np.array([_hashed_bits(f) for f in figure_sets], dtype=np.uint64)

    def keep(i, later):
        ok = (articles[later] != articles[i]) & (kinds[later] == kinds[i])
        if day_bits is not None:
            ok &= (day_bits[later] & day_bits[i]) == 0
        if figure_bits[i]:
            theirs = figure_bits[later]
            ok &= (theirs == 0) | ((theirs & figure_bits[i]) != 0)
        return ok

    for i, j in similar_pairs(dated, sim, min(SAME_STATEMENT, SAME_STATEMENT_EN), keep):
        a, b = dated[i], dated[j]
        if day_bits is None and set(a.day_dates()) & set(b.day_dates()):
            continue
        if len(tokens[i] & tokens[j]) < 4:
            continue
        threshold = SAME_STATEMENT if a.language == "hi" or b.language == "hi" else SAME_STATEMENT_EN
        if sim(a, b) < threshold:
            continue
        if figure_sets_differ(figure_sets[i], figure_sets[j]):
            continue  # (two steps of a tally whose figures' bits met by chance)
        for unit in (a, b):
            if id(unit) not in slots:
                slots[id(unit)] = _date_slots(unit)
        days = _aligned_days(slots[id(a)], slots[id(b)], a.language == "hi")
        if days is None or days[0] == days[1]:
            continue
        key = frozenset(days)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Disagreement(
                topic=" vs ".join(sorted(key)),
                versions=[_version(a), _version(b)],
                kind="date",
            )
        )
        if len(out) == MAX_PER_KIND:
            break  # no more are shown
    return out


# --------------------------------------------------------------------------
# expectations overtaken


_LOCATIVE_HI = re.compile(r"((?:[\u0900-\u0963\u0966-\u097F]+\s){1,2})में(?=[\s।,])")
_LOCATIVE_EN = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w-]+\s?){1,3})")


def locatives(unit: Unit, place_words: set[str]) -> list[str]:
    """Place phrases in a locative frame ("X में", "in X"): the words of a
    place the analysis stage recognised; only when the event has no known
    places at all, the two content words before "में"."""
    stop = _stopwords(None)
    out = []
    for match in list(_LOCATIVE_HI.finditer(unit.text)) + list(_LOCATIVE_EN.finditer(unit.text)):
        phrase_words = [w for w in match.group(1).split() if w.lower() not in stop and w not in _DETERMINERS]
        if not phrase_words:
            continue
        known = [w for w in phrase_words if normalise_word(w) in place_words]
        if known:
            out.append(" ".join(known))
        elif not place_words and len(phrase_words) == 2 and all(not w.isdigit() for w in phrase_words):
            out.append(" ".join(phrase_words))
    return out


def expects_in_tail(text: str) -> bool:
    """Is the sentence's last clause an expectation ("... में हो सकती है")?
    Unlike :func:`is_expectation` this reads a reported claim's content."""
    if DEVANAGARI_RE.search(text):
        tail = " ".join(text.rstrip("।.!\"'” ").split()[-6:])
        return is_expectation(tail)
    return is_expectation(text)


# How fine a gazetteer place is: a meeting expected in a city and held "in
# Russia's far east" (the English retelling of the seed story) is no overtaken
# expectation; a coarser place may well hold the one expected.
_PLACE_GRAIN = {"city": 0, "region": 1, "country": 2}


def _grain(phrase: str) -> int | None:
    words = [re.sub(r"['’]s$", "", w) for w in phrase.split()]
    place = lookup(tuple(words)) or lookup(tuple(latin_key(" ".join(words)).split()))
    return _PLACE_GRAIN.get(place.kind) if place else None


def _coarser(actual: str, expected: str) -> bool:
    """Is the place where it happened a coarser one than where it was expected?"""
    grain_actual, grain_expected = _grain(actual), _grain(expected)
    return grain_actual is not None and grain_expected is not None and grain_actual > grain_expected


def overtaken_expectations(
    units: Sequence[Unit],
    reference_dates: Mapping[str, str | None],
    place_aliases: Sequence[str] = (),
    sim=similarity,
) -> list[Disagreement]:
    place_words = _place_stems(units, place_aliases)
    candidates = [u for u in units if not looks_like_boilerplate(u.text)]
    expectations = [u for u in candidates if expects_in_tail(u.text) and locatives(u, place_words)]
    actuals = [u for u in candidates if not expects_in_tail(u.text) and locatives(u, place_words)]
    best: dict[tuple[str, str], tuple[float, Unit, Unit, str, str]] = {}
    for e in expectations:
        e_places = locatives(e, place_words)
        e_day = reference_dates.get(e.article_id) or ""
        for a in actuals:
            if a.article_id == e.article_id:
                continue
            a_day = reference_dates.get(a.article_id) or ""
            if e_day and a_day and a_day < e_day:
                continue  # the "actual" must not be older than the expectation
            # The same actors: an expectation is about who will do what where.
            shared_people = {k for k in e.entity_keys & a.entity_keys if e.entity_types.get(k) in ("PERSON", "ORG")}
            if len(shared_people) < 2:
                continue
            a_places = [p for p in locatives(a, place_words) if not _coarser(p, e_places[0])]
            if not a_places or set(map(normalise_word, e_places)) & set(map(normalise_word, a_places)):
                continue
            score = sim(e, a) + 0.1 * len(shared_people)
            key = (e_places[0], a_places[0])
            if key not in best or score > best[key][0]:
                best[key] = (score, e, a, e_places[0], a_places[0])
    ranked = sorted(best.values(), key=lambda item: -item[0])
    out = []
    used_e: set[int] = set()
    for score, e, a, expected, actual in ranked:
        if id(e) in used_e:
            continue
        used_e.add(id(e))
        out.append(
            Disagreement(
                topic=f"{expected} → {actual}",
                versions=[_version(e), _version(a)],
                kind="overtaken",
            )
        )
        if len(out) >= 2:
            break
    return out


# --------------------------------------------------------------------------
# a decree reported done and not done

# Verbs that put something into a status by decree: "X को महामारी घोषित किया",
# "लॉकडाउन लागू", "परीक्षाएं रद्द / स्थगित", "declared a state of emergency".
# One outlet saying it was done and another, the same day, that it was not
# disagree: "अभी कोरोना वायरस संक्रमण को महामारी घोषित नहीं किया गया है"
# (Amar Ujala) / "यहां इसे महामारी घोषित कर दिया है" (Dainik Jagran), Uttar
# Pradesh on 13 March 2020.  Outcomes of tests ("पुष्टि", "पॉजिटिव") are left
# out: of the three such opposite pairs in the March 2020 events, the two that
# were not decrees told of different people ("... लैब की जांच में कोरोना वायरस
# की पुष्टि हुई" / "पति ... में संक्रमण की पुष्टि नहीं हुई").
_DECREE_HI_RE = re.compile(
    r"(?<![\u0900-\u097F])(?P<object>[\u0900-\u097F]+)\s+(?:को\s+)?(?P<verb>घोषित|लागू|रद्द|स्थगित)(?![\u0900-\u097F])")
_DECREE_EN_RE = re.compile(
    r"\b(?P<verb>declare[sd]?|impose[sd]?|cancel(?:l?ed|s)?|postpone[sd]?)\s+(?:(?:a|an|the)\s+)?"
    r"(?P<object>(?:state of )?[a-z]+)\b")
# The negation of a decree stands right after its verb in Hindi ("घोषित नहीं किया
# गया", "लागू नहीं होगा") or before it ("नहीं घोषित"); in English before it
# ("has not declared", "didn't impose").
_NEGATION_REACH = 3  # words


class Decree(NamedTuple):
    """A decree a sentence reports: "महामारी घोषित नहीं किया गया" is object
    "महामारी", verb "घोषित", done False."""

    object: str
    verb: str
    done: bool

    @property
    def key(self) -> tuple[str, str]:
        # "declared" / "declares" / "declare" are one verb; Hindi decree verbs do not inflect
        return stem(self.object.lower()), self.verb.lower()[:6]


def decrees(unit: Unit) -> list[Decree]:
    """The decrees a sentence reports.  A decree only expected ("लागू किया जा
    सकता है") or whose object is no content word ("इसे भी रद्द") is not reported."""
    if is_expectation(unit.text):
        return []
    stop = _stopwords(None)
    out = []
    hindi = DEVANAGARI_RE.search(unit.text) is not None
    for match in (_DECREE_HI_RE if hindi else _DECREE_EN_RE).finditer(unit.text):
        obj = match["object"]
        if obj.lower() in stop or normalise_word(obj) in stop or obj in _DETERMINERS:
            continue
        if hindi:
            around = unit.text[:match.start("verb")].split()[-1:] + unit.text[match.end():].split()[:_NEGATION_REACH]
        else:
            around = unit.text[:match.start()].split()[-_NEGATION_REACH:]
        out.append(Decree(obj, match["verb"], done=not negated(" ".join(around))))
    return out


def decree_disagreements(units: Sequence[Unit], reference_dates: Mapping[str, str | None]) -> list[Disagreement]:
    """One decree reported done by one outlet and not done by another the same
    day, where the two name the same places or none (a state that declared an
    epidemic and a country that did not are no rivals)."""
    by_decree: dict[tuple[str, str], list[tuple[Unit, Decree]]] = defaultdict(list)
    for unit in units:
        for decree in decrees(unit):
            by_decree[decree.key].append((unit, decree))
    out = []
    for reports in by_decree.values():
        pairs = [(a, told, b) for a, told in reports if told.done for b, denied in reports if not denied.done
                 and a.article_id != b.article_id and _same_day(a, b, reference_dates) and _same_places(a, b)]
        if not pairs:
            continue
        # (each sentence once, however many of the other side it is set against)
        items = [("done", a, tidy_sentence(a.text)) for a in {id(a): a for a, _, _ in pairs}.values()]
        items += [("not", b, tidy_sentence(b.text)) for b in {id(b): b for _, _, b in pairs}.values()]
        told = pairs[0][1]
        topic = (f"{told.object} {told.verb}: हां / नहीं" if DEVANAGARI_RE.search(told.object)
                 else f"{told.verb} {told.object}: yes / no")
        out.append(Disagreement(topic=topic, versions=_versions(items), kind="decree"))
    return out[:MAX_PER_KIND]


def _same_day(a: Unit, b: Unit, reference_dates: Mapping[str, str | None]) -> bool:
    """Were the two reports published the same day (or is either day unknown)?
    A decree denied one day and done the next is news, not a disagreement."""
    day_a, day_b = reference_dates.get(a.article_id), reference_dates.get(b.article_id)
    return not day_a or not day_b or day_a == day_b


def _same_places(a: Unit, b: Unit) -> bool:
    """Do the two name the same place, or neither any?  A decree told of named places
    and one told of none are not known to be one ("हरियाणा और दिल्ली सरकार ने ... इसे
    महामारी घोषित कर दिया है" is no rival of Uttar Pradesh's "अभी ... महामारी घोषित नहीं
    किया गया है", which names no place: March 2020, 13 March)."""
    places_a, places_b = place_keys(a), place_keys(b)
    return places_a == places_b or bool(places_a & places_b)


def _date_span(iso: str) -> tuple[str, str]:
    """The first and last day a resolved date covers, as ISO strings that
    compare in order ("2019" -> 2019-01-01 .. 2019-12-31; a month's last day
    is written 31, which sorts right whatever the month)."""
    parts = iso.split("-")
    if len(parts) == 1:
        return f"{iso}-01-01", f"{iso}-12-31"
    if len(parts) == 2:
        return f"{iso}-01", f"{iso}-31"
    return iso, iso


def _not_shown(found: Sequence[Disagreement], shown: Sequence[Disagreement]) -> list[Disagreement]:
    """The disagreements of ``found`` whose versions' statements are not all in one
    disagreement already shown: one count found two ways is one disagreement."""
    shown_statements = [{st for v in d.versions for st in v.statements} for d in shown]
    return [candidate for candidate in found
            if not any(all(set(v.statements) & statements for v in candidate.versions)
                       for statements in shown_statements)]


def about_another_time(unit: Unit, window: tuple[str, str] | None) -> bool:
    """Does the sentence date itself only outside the event's time window?

    Reports recall earlier happenings of the same kind: "इससे पहले, 2019 में
    भी किम जोंग अपनी स्पेशल ट्रेन से व्लादिवोस्तोक पहुंचा था" in a 2023 report
    of Kim's train trip tells of the 2019 trip, so its "special train" is no
    rival of the other outlets' "armoured train"."""
    if window is None:
        return False
    dates = [t.date for t in unit.times if t.kind == "date" and t.date]
    if not dates:
        return False
    first, last = window
    return all(end < first or start > last for start, end in map(_date_span, dates))


def disagreements(
    units: Sequence[Unit],
    reference_dates: Mapping[str, str | None],
    place_aliases: Sequence[str] = (),
    entity_spans: Mapping[str, list[tuple[int, int]]] | None = None,
    sim=similarity,
    window: tuple[str, str] | None = None,
) -> list[Disagreement]:
    """All detectors over the non-boilerplate sentences of one event.

    ``window`` is the event's time span (first and last ISO day): a sentence
    dated only outside it tells of another happening, and its figures and
    descriptors are no rivals of the event's own (:func:`about_another_time`)."""
    prose = [u for u in units if not looks_like_boilerplate(u.text)]
    current = [u for u in prose if not about_another_time(u, window)]
    out: list[Disagreement] = []
    for detector in (
        lambda: descriptor_disagreements(current, place_aliases, entity_spans, sim=sim),
        lambda: number_disagreements(current, sim=sim, reference_dates=reference_dates),
        lambda: _not_shown(near_figure_disagreements(current), out),
        lambda: _not_shown(part_of_whole_disagreements(current), out),
        lambda: _not_shown(place_count_disagreements(current, reference_dates), out),
        lambda: _not_shown(age_disagreements(prose, sim=sim), out),
        lambda: name_disagreements(current, sim=sim),
        lambda: _not_shown(status_disagreements(current, reference_dates), out),
        lambda: date_disagreements(prose, sim=sim),
        lambda: overtaken_expectations(prose, reference_dates, place_aliases, sim=sim),
        lambda: decree_disagreements(current, reference_dates),
    ):
        try:
            out.extend(detector())
        except Exception:  # one detector's failure must not lose the others
            continue
    return out
