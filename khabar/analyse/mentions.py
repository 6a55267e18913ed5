"""Candidate names in Devanagari text, one finder per kind of evidence.

Each finder looks at the tokens of one article and returns :class:`Candidate`
spans: gazetteer places, names after a role (राष्ट्रपति X), names closed by an
organisation or place cue (X पार्टी, X कोस्मोड्रोम, X शहर), the possessor of a
role (X के प्रवक्ता), and the agents of reporting verbs (X ने कहा).  Latin
spans and acronyms have their own modules (:mod:`khabar.analyse.latin_names`,
:mod:`khabar.analyse.acronyms`); :func:`trim_run_ons` cuts a person's name
that ran on into the clause back to the name the article writes alone, and
:func:`drop_overlaps` settles spans that two finders claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.analyse.gazetteer import (
    CITY_MIN_POPULATION,
    Place,
    first_tokens,
    is_indian_city,
    lookup,
    place_by_sound,
    zipf,
)
from khabar.analyse.given_names import hindi_given_names, is_listed_name
from khabar.analyse.lexicon import (
    ABBREVIATED_TITLES_HI,
    ACRONYM_WORDS_HI,
    AND_HI,
    COMMON_NAME_WORDS_HI,
    COURT_CUES_HI,
    ERGATIVE_HI,
    FACILITY_CUES_HI,
    HOSPITAL_CUES_HI,
    HOSPITAL_KINDS_HI,
    KNOWN_ORGANISATIONS_HI,
    LOCATIVES_HI,
    NAME_WORD_MAX_ZIPF,
    NATIVE_ORG_CUES_HI,
    NON_PERSON_HEADS_HI,
    NOT_NAMES_HI,
    ORG_CUES_HI,
    ORG_ROLES_HI,
    ORG_WORD_MAX_ZIPF,
    PLACE_CUES_HI,
    POLICE_STATION_KINDS_HI,
    POLICE_STATIONS_HI,
    PLACE_WORD_MAX_ZIPF,
    POSSESSIVES_HI,
    POSTPOSITIONS,
    QUANTIFIERS_HI,
    REPORTING_HI,
    ROLE_QUALIFIERS_HI,
    ROLES_HI,
    SINGLE_NAME_MAX_ZIPF,
    SPEAKER_MAX_ZIPF,
    TITLE_ABBREVIATIONS_EN,
    TITLED_WORD_MAX_ZIPF,
    TITLES_HI,
    WEEKDAYS_MONTHS_EN,
    is_content_word,
    inflects_a_common_word,
    is_name_word,
    name_zipf,
    stop_words,
)
from khabar.analyse.institutions import is_institution_word
from khabar.analyse.normalise import normalise
from khabar.analyse.romanise import full_reading, schwa_readings
from khabar.analyse.tokens import Token, unbroken


@dataclass
class Candidate:
    i: int  # first token
    j: int  # one past the last token
    type: str | None  # PERSON | PLACE | ORG | None (unknown yet)
    # "gazetteer" | "role" | "org" | "place" | "possessor" | "speaker" | "acronym" | "acronym-gloss" | "gloss" | "latin"
    source: str
    english: str | None = None  # Latin-script spelling from a gazetteer, gloss or Latin text
    place: Place | None = None


# --------------------------------------------------------------------------
# gazetteer places


def gazetteer_places(toks: list[Token]) -> list[Candidate]:
    out = []
    firsts = first_tokens()
    free = 0  # tokens before this one are inside a place already found
    # only tokens that can open a gazetteer name are looked at (one C-speed pass to find them)
    for i in [k for k, t in enumerate(toks) if t.norm in firsts]:
        if i < free:
            continue
        tok = toks[i]
        longest = firsts[tok.norm] if tok.kind in ("dev", "lat") else 0
        hit = None
        if longest and (tok.kind == "dev" or tok.text[:1].isupper()):
            hit = _longest_place(toks, i, longest)
        if hit and tok.kind == "lat" and hit[1].kind != "country" and hit[0] == 1 and in_capitalised_run(toks, i):
            hit = None  # "Lok Sabha Elections": Sabha (Libya) is not meant
        if hit:
            length, place = hit
            out.append(Candidate(i, i + length, "PLACE", "gazetteer", english=place.name, place=place))
            free = i + length
    return out


# A place the gazetteer has no Hindi name for ("सांगली", "तोक्यो", "ओंगोले", "इरान"): a
# Devanagari word unknown to Hindi (Zipf under ROMANISED_PLACE_MAX_ZIPF, the gazetteer's
# limit for a foreign town), closed like a name, whose romanisation is a place's English
# name.  Only countries, regions and cities of CITY_MIN_POPULATION; a word that is a
# person's listed name ("गामा"), a plural ("हॉलों" halls) or cut at a virama
# ("स्‍वास्‍थ्‍य" split at its joiners) is none.  Read off the March 2020 papers, where the
# wrong hits were of those three kinds.
ROMANISED_PLACE_MAX_ZIPF = 3.0
# An Indian town is written in Hindi news often enough to pass that limit (मुंगेर 3.66,
# मोहाली 3.62, भीलवाड़ा 3.55, बांदा 3.86 Zipf) and is kept up to this one, which
# leaves out the common words that spell one (बंदा "guy" 4.18: Banda; पाली 4.03: Pali).
# On the March 2020 papers: Munger (30 mentions), Mohali (7), Amroha, Banda, Giridih,
# Bhilwara, Faridabad found; whole-month BCubed F1 0.893 -> 0.891 (two Haryana reports
# of one day now share Faridabad), tuning and held-out days unchanged.
INDIAN_ROMANISED_PLACE_MAX_ZIPF = 4.0
# ... and an Indian city of a million people up to the gazetteer's own limit for one
# (_CITY_MAX_ZIPF), unless the word is a common noun's inflected form or a word of
# institution names: of the 5,891 Hindi words of Zipf 4-5.5 four romanise to one,
# गोरखपुर (4.63, 23 times in March 2020), प्रयागराज (4.07), थाने "police station"
# (Thane) and कल्याण "welfare" (Kalyan); under a million गाया "sang" (Gaya), संभाल
# "handle" (Sambhal) and बंदा (Banda) would.
BIG_INDIAN_CITY_ROMANISED_MAX_ZIPF = 5.5
BIG_INDIAN_CITY = 1_000_000
# Hindi drops medial schwas the English name keeps: "बेंगलुरु" reads "bengluru" (Bengaluru,
# 19 times unfound in March 2020), "वडोदरा" "vadodra".  The reading that keeps them all
# is the less likely one, so it counts only for a city this big: of the Hindi words
# it newly matched, Tirupati, Gandhinagar, Kushinagar (274k), Vadodara, Varanasi and
# Bengaluru are right; बतला "tell" (Batala, 159k) and पड़ना "fall" (Paraná, a region) not.
FULL_READING_MIN_POPULATION = 200_000
_ROMANISED_PLACE_MIN_LETTERS = 3


def romanised_places(toks: list[Token], taken: list[Candidate]) -> list[Candidate]:
    """Places named by a Devanagari word the gazetteer lacks, found by its romanisation
    (or, right after a country, by how it sounds)."""
    covered = {k for c in taken for k in range(c.i, c.j)}
    # "चीन के वुहान", "अमेरिका के कैलिफोर्निया": after a country and its possessive, a word
    # that sounds like a big city or a region is that place written by sound (वुहान
    # "vuhan": Wuhan; March 2020 wrote "चीन के वुहान से" 24 times, and the word alone is
    # no evidence of a place)
    after_country = {c.j + 1 for c in taken if c.place is not None and c.place.kind == "country"
                     and c.j + 1 < len(toks) and toks[c.j].norm in POSSESSIVES_HI}
    out = []
    for i, tok in enumerate(toks):
        if tok.kind != "dev" or i in covered or not closed(toks, i + 1):
            continue
        place = place_by_romanisation(tok.text, tok.norm)
        if place is None and i in after_country and _may_romanise_a_place(tok.text, tok.norm, INDIAN_ROMANISED_PLACE_MAX_ZIPF):
            place = place_by_sound(schwa_readings(tok.text)[0])
            if place is not None and place.kind == "country":
                place = None
        if place is None:
            place = _country_by_sound(tok.text, tok.norm)
        if place is not None:
            out.append(Candidate(i, i + 1, "PLACE", "gazetteer", english=place.name, place=place))
    return out


# A word Hindi does not know (no Zipf frequency) that sounds like a country is that
# country spelt another way: March 2020 and BBC Hindi wrote कम्बोडिया, फ़िलीपीन्स, फीनलैंड,
# तनज़ानिया, बंग्लादेश, ताजिकस्तान ... (10 words, 14 mentions, all right); an adjective
# (-ी, -ई: इंडोनेशियाई "Indonesian") is none, as अमेरिकी is none.
COUNTRY_BY_SOUND_MIN_LETTERS = 4


def _country_by_sound(word: str, norm: str) -> Place | None:
    if len(word) < COUNTRY_BY_SOUND_MIN_LETTERS or word.endswith(("ी", "ई")) or zipf(norm, "hi") > 0:
        return None
    place = place_by_sound(schwa_readings(word)[0])
    return place if place is not None and place.kind == "country" else None


def _may_romanise_a_place(word: str, norm: str, max_zipf: float) -> bool:
    # (most Devanagari words are known ones: the Zipf test first, it is the cheapest that fails)
    return (zipf(norm, "hi") < max_zipf and len(word) >= _ROMANISED_PLACE_MIN_LETTERS
            and not word.endswith(("्", "ों")) and not is_listed_name(schwa_readings(word)[0]))


def place_by_romanisation(word: str, norm: str) -> Place | None:
    """The place a Devanagari word the gazetteer lacks names, found by its romanisation
    ("गोरखपुर" "gorakhpur": Gorakhpur); None for a common word or a listed name."""
    if not _may_romanise_a_place(word, norm, BIG_INDIAN_CITY_ROMANISED_MAX_ZIPF):
        return None
    frequency = zipf(norm, "hi")
    full = full_reading(word)
    readings = [(reading, False) for reading in schwa_readings(word)] + ([(full, True)] if full else [])
    for spelling, indian_only, kept in ((s, i, kept) for reading, kept in readings for s, i in _english_spellings(reading)):
        place = lookup((spelling,))
        if place is None or (place.kind == "city" and place.population < CITY_MIN_POPULATION):
            continue
        if kept and (place.kind != "city" or place.population < FULL_READING_MIN_POPULATION):
            continue
        if (indian_only or frequency >= ROMANISED_PLACE_MAX_ZIPF) and not is_indian_city(place):
            continue
        if frequency >= INDIAN_ROMANISED_PLACE_MAX_ZIPF and (
                place.population < BIG_INDIAN_CITY or inflects_a_common_word(norm) or is_institution_word(norm)):
            continue
        return place
    return None


def _english_spellings(romanised: str) -> list[tuple[str, bool]]:
    """(spelling, for an Indian city only?): the romanisation, its English spelling where
    "-iya" is "-ia" ("gambiya": Gambia), and with व as w, the way Indian towns are spelt
    in English (भीलवाड़ा: Bhilwara).

    (व for w anywhere would find Wuhan, "vuhan", 51 times in the March papers; but its key,
    rare in the first days of the month's stream, chained the 2 March reports of India's
    cases, South Korea's and the world's into one event: whole-month BCubed F1 0.888 -> 0.887.
    Tried again for the world's biggest cities alone, where only वुहान reads so in the March
    papers and BBC Hindi: the labelled days scored the same, but the month's digest merged 2
    March's "first case in Delhi" (9 reports) with that day's world tally (5) through it.)"""
    out = [(romanised, False)] + ([(romanised[:-3] + "ia", False)] if romanised.endswith("iya") else [])
    return out + ([(romanised.replace("v", "w"), True)] if "v" in romanised else [])


def _longest_place(toks: list[Token], i: int, longest: int) -> tuple[int, Place] | None:
    """(length, place) of the longest gazetteer name starting at token ``i``."""
    hyphenated = _hyphenated_city(toks, i, longest)
    if hyphenated is not None:
        return hyphenated
    for length in range(min(longest, len(toks) - i), 0, -1):
        if length > 1 and not unbroken(toks, i, i + length):
            continue
        place = lookup(tuple(t.norm for t in toks[i : i + length]))
        if place is not None:
            return length, place
    return None


def _hyphenated_city(toks: list[Token], i: int, longest: int) -> tuple[int, Place] | None:
    """(length, city) when the words from token ``i`` joined by hyphens are a city the
    gazetteer writes with spaces: "पिंपरी-चिंचवड़" is Pimpri-Chinchwad, not Pimpri and
    a stray चिंचवड़ (8 hyphenated mentions in the March 2020 papers).  Cities only: the
    other hyphenated pairs the gazetteer knows are compass words ("दक्षिण-पश्चिम",
    south-west), which name a region only when written as one."""
    words = [i]
    while (len(words) < longest and words[-1] + 2 < len(toks) and toks[words[-1] + 1].text == "-"
           and toks[words[-1] + 2].kind == "dev" and unbroken(toks, i, words[-1] + 3)):
        words.append(words[-1] + 2)
    for count in range(len(words), 1, -1):
        place = lookup(tuple(toks[k].norm for k in words[:count]))
        if place is not None and place.kind == "city":
            return words[count - 1] + 1 - i, place
    return None


def abbreviated_title(toks: list[Token], k: int) -> bool:
    """Is token ``k`` an English title cut short, its stop next ("Gov.", "Sen.", "Mr.")?"""
    return toks[k].norm in TITLE_ABBREVIATIONS_EN and k + 1 < len(toks) and toks[k + 1].text == "."


def in_capitalised_run(toks: list[Token], i: int) -> bool:
    """Is token ``i`` next to a capitalised Latin word on the same line?  A day or month
    and an abbreviated title are no words of a name: "On Monday Texas Gov. Greg Abbott"
    names Texas (AEB: Mississippi, Illinois and Texas before their governors and senators
    had been lost, the state and the title taken for one organisation)."""

    def cap(k: int) -> bool:
        if not (0 <= k < len(toks) and toks[k].kind == "lat" and toks[k].text[:1].isupper()):
            return False
        return toks[k].norm not in WEEKDAYS_MONTHS_EN and not abbreviated_title(toks, k)

    return (cap(i - 1) and not toks[i].newline_before) or (cap(i + 1) and not toks[i + 1].newline_before)


# --------------------------------------------------------------------------
# boundaries shared by the finders


def closed(toks: list[Token], j: int) -> bool:
    """Does a name ending before token ``j`` end where names end (postposition, punctuation, line)?"""
    if j >= len(toks):
        return True
    after = toks[j]
    return after.newline_before or after.norm in POSTPOSITIONS or (after.kind == "punct" and after.text not in "-")


def walk_back(
    toks: list[Token], end: int, limit: int, max_zipf: float, also: frozenset[str] = frozenset(), place: bool = False
) -> int:
    """Walk back from ``end`` (exclusive) over name words; return the first index."""
    k = end
    if end < len(toks) and toks[end].newline_before:
        return end  # the cue opens a line: nothing before it on that line
    while k > 0 and end - k < limit:
        t = toks[k - 1]
        if not (is_name_word(t, max_zipf, place) or (t.kind == "dev" and t.norm in also)):
            break
        k -= 1
        if t.newline_before:
            break
    return k


# --------------------------------------------------------------------------
# people after a role: राष्ट्रपति X, प्रवक्ता X


def role_names(toks: list[Token]) -> list[Candidate]:
    out = []
    for i in [k for k, t in enumerate(toks) if t.norm in ROLES_HI]:
        tok = toks[i]
        if tok.kind != "dev" or _counted_class(toks, i):
            continue
        # a title (प्रधानमंत्री) vouches for common words (मोदी 6.02); a generic role
        # (अधिकारी, नेता) only for name-like ones ("अधिकारी मास्क लगाकर" is no name)
        titled = tok.norm in TITLES_HI
        r = i
        if tok.norm in ABBREVIATED_TITLES_HI and i + 2 < len(toks) and toks[i + 1].text == "." and not toks[i + 2].newline_before:
            r = i + 1  # "डॉ . पीके दास": the name starts after the abbreviation's full stop
        while r + 1 < len(toks) and toks[r + 1].norm in ROLE_QUALIFIERS_HI and not toks[r + 1].newline_before:
            r += 1  # "एसपी सिटी श्वेता चौबे": the post's charge, then the name
        j = _name_end_after_role(toks, r, TITLED_WORD_MAX_ZIPF if titled else NAME_WORD_MAX_ZIPF)
        if j == r + 1:
            continue
        if j - r == 2 and not _one_word_name_after_role(toks, r, j, titled):
            continue
        out.append(Candidate(r + 1, j, "PERSON", "role"))
    return out


_NOT_PERSON_WORDS = ORG_CUES_HI | FACILITY_CUES_HI | NON_PERSON_HEADS_HI


def _counted_class(toks: list[Token], i: int) -> bool:
    """Is the role at ``i`` counted or indefinite ("एक जूनियर डॉक्टर", "सभी विधायक"),
    i.e. a class of people rather than one person's title?"""
    for k in (i - 1, i - 2):
        if k < 0 or toks[k + 1].newline_before:
            return False
        if toks[k].norm in QUANTIFIERS_HI:
            return True
        if toks[k].kind not in ("dev", "lat") or toks[k].norm in POSTPOSITIONS:
            return False  # one modifier at most between a quantifier and the role
    return False


# Devanagari letter names that stand for initials: "विदेश मंत्री एस जयशंकर", "भाजपा
# अध्यक्ष जे पी नड्डा" (March 2020).  के, की and जी are left out: each is far more
# often a postposition or an honorific.
INITIALS_HI = frozenset(normalise(w) for w in
                        "ए बी सी डी एफ एच आई जे एल एम एन पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड".split())


_SENTENCE_ENDS = ("।", ".", "!", "?")


def _name_word_after_role(toks: list[Token], j: int, first: bool, limit: float) -> bool:
    """Can token ``j`` go on the name after a role?  A name word, a Hindi given
    name however common a word it is ("राम विलास पासवान", "राहुल गांधी"), a common
    surname after the first word, or an initial with a name word after it."""
    tok = toks[j]
    if tok.norm in REPORTING_HI:
        return False  # the verb of saying after the name: "मुख्यमंत्री योगी बोले कि ..."
    if first and tok.norm == _JO and _named_jo(toks, j):
        return True  # Joe: "राष्ट्रपति जो बाइडेन ने", though जो is the relative "who" elsewhere
    if is_name_word(tok, limit) or tok.norm in hindi_given_names() or (not first and tok.norm in COMMON_NAME_WORDS_HI):
        return True
    return (tok.norm in INITIALS_HI and j + 1 < len(toks) and not toks[j + 1].newline_before
            and (toks[j + 1].norm in INITIALS_HI or is_name_word(toks[j + 1], limit)
                 or toks[j + 1].norm in hindi_given_names()))


_JO = normalise("जो")


def _named_jo(toks: list[Token], j: int) -> bool:
    """Is the जो at ``j`` (right after a role) the given name Joe?  Only before one
    rare word that the name's end closes: "राष्ट्रपति जो बाइडेन ने कहा", not "मंत्री
    जो कहते हैं" or "नेता जो पहले ..." (a relative clause)."""
    if j + 2 >= len(toks) or toks[j + 1].newline_before:
        return False
    surname = toks[j + 1]
    return (surname.kind == "dev" and name_zipf(surname) < SPEAKER_MAX_ZIPF and is_name_word(surname)
            and (closed(toks, j + 2) or toks[j + 2].norm in ERGATIVE_HI or toks[j + 2].norm in AND_HI))


def _name_end_after_role(toks: list[Token], i: int, limit: float) -> int:
    """One past the last word of the name after the role at token ``i`` (``i + 1``: none)."""
    n = len(toks)
    j = i + 1
    while j < n and j - i <= 4 and not toks[j].newline_before and _name_word_after_role(toks, j, j == i + 1, limit):
        j += 1
    if j == i + 1:
        return j
    if any(t.norm in _NOT_PERSON_WORDS for t in toks[i + 1 : j + 1]):
        return i + 1  # "श्री गुरु रामदास अंतरराष्ट्रीय एयरपोर्ट", "पीएम केयर्स फंड": an institution
    # "किम जोंग उन ने": a last name word that is also a function word (उन) counts
    # when the name already has two words and a postposition follows it
    if (
        j - i >= 3
        and j + 1 < n
        and toks[j].kind == "dev"
        and not toks[j].newline_before
        and toks[j].norm not in POSTPOSITIONS
        and toks[j].norm not in NOT_NAMES_HI  # "डॉ . निखिल सिंह टीम के साथ"
        and len(toks[j].norm) <= 3
        and (toks[j + 1].norm in POSTPOSITIONS or toks[j + 1].text == "(")
    ):
        j += 1
    # three or more words not closed by a postposition or punctuation ran on into
    # the clause ("डोनाल्ड ट्रंप हस्ताक्षर कर सकते", "भूपेश बघेल होली मिलन समारोह"): a
    # full name has two words, so the words past the second go while nothing closes them
    while j - i >= 4 and not closed(toks, j):
        j -= 1
    # a person is seldom "in" something: before में the last word is the place or
    # state the clause puts the person in ("कमलनाथ एकांतवास में चले गए")
    if j - i >= 3 and j < n and toks[j].norm == "में":
        j -= 1
    # a place after a two-word name is where the clause goes, not a third name word
    # ("प्रधानमंत्री मनमोहन सिंह मुंबई ...": BBC Hindi's "Manmohan Singh Mumbai", 9 mentions)
    if j - i >= 4 and lookup((toks[j - 1].norm,)) is not None:
        j -= 1
    # Hindi ends its sentences on the verb: a third name word the sentence ends
    # on, as common as a word and no surname, is the clause's verb ("एसएसपी
    # अनीश गुप्ता निकले।", March 2020), as for one-word names below
    if (j - i >= 4 and j < n and toks[j].text in _SENTENCE_ENDS and toks[j - 1].norm not in COMMON_NAME_WORDS_HI
            and name_zipf(toks[j - 1]) >= SINGLE_NAME_MAX_ZIPF):
        j -= 1
    return j


def _one_word_name_after_role(toks: list[Token], i: int, j: int, titled: bool) -> bool:
    """Is the single word after the role at ``i`` a name?"""
    if j < len(toks) and toks[j].norm in LOCATIVES_HI:
        return False  # "मुख्यमंत्री ऑफिस में", "नेता आइसोलेशन में"
    said = j < len(toks) and toks[j].norm in REPORTING_HI  # "मुख्यमंत्री योगी बोले कि ..."
    if j < len(toks) and not toks[j].newline_before and is_content_word(toks[j]) and not said:
        return False  # a content word follows: "निदेशक संक्रामक रोग" (an adjective and its noun)
    # one common word after a role is a noun ("अधिकारी जांच"), unless a title
    # vouches for it and a postposition closes it ("प्रधानमंत्री मोदी ने"); one the
    # sentence ends on is its verb ("तृणमूल कांग्रेस के सांसद बोले।": no one named "Bole")
    ends_sentence = j < len(toks) and toks[j].text in _SENTENCE_ENDS
    return name_zipf(toks[i + 1]) < SINGLE_NAME_MAX_ZIPF or (titled and (closed(toks, j) or said) and not ends_sentence)


# --------------------------------------------------------------------------
# names closed by a cue word: X पार्टी, X कोस्मोड्रोम, X शहर, X के प्रवक्ता

_CUE_WORDS = ORG_CUES_HI | FACILITY_CUES_HI | PLACE_CUES_HI | POSSESSIVES_HI


def cue_names(toks: list[Token]) -> list[Candidate]:
    out = []
    n = len(toks)
    for i in [k for k, t in enumerate(toks) if t.norm in _CUE_WORDS]:
        tok = toks[i]
        if tok.kind != "dev" or tok.newline_before:
            continue
        norm = tok.norm
        if norm in ORG_CUES_HI or norm in FACILITY_CUES_HI:
            cand = _name_with_cue(toks, i, norm)
        elif norm in PLACE_CUES_HI:
            cand = _place_before_cue(toks, i)
        elif norm in POSSESSIVES_HI and i + 1 < n and toks[i + 1].norm in ORG_ROLES_HI:
            cand = _role_holder(toks, i)
        else:
            cand = None
        if cand is not None:
            out.append(cand)
    return out


def _name_with_cue(toks: list[Token], i: int, norm: str) -> Candidate | None:
    """An organisation (X पार्टी) or facility (X कोस्मोड्रोम) whose name ends with the cue at ``i``."""
    if norm in COURT_CUES_HI:
        town = i > 0 and toks[i - 1].kind == "dev" and unbroken(toks, i - 1, i + 1) and lookup((toks[i - 1].norm,))
        return Candidate(i - 1, i + 1, "ORG", "org") if town else None
    organisation = norm in ORG_CUES_HI
    # organisation names take ordinary words (व्हाइट 4.08); facility names take only rare ones
    # (so "अंतरिक्ष बंदरगाह" stays out of "वोस्तोचन कोस्मोड्रोम")
    limit = SINGLE_NAME_MAX_ZIPF if organisation else PLACE_WORD_MAX_ZIPF
    k = walk_back(toks, i, 3, limit, also=ORG_CUES_HI, place=not organisation)
    if organisation:  # "भारतीय जनता पार्टी": two ordinary words make a name
        k2 = walk_back(toks, i, 3, ORG_WORD_MAX_ZIPF, also=ORG_CUES_HI)
        if len([t for t in toks[k2:i] if t.norm not in ORG_CUES_HI]) >= 2:
            k = min(k, k2)
    if organisation:
        k = _across_and(toks, k)
    hospital = norm in HOSPITAL_CUES_HI
    if hospital:
        # where it is comes before a hospital's name: "हुबेई प्रांत जिनइंतान अस्पताल"
        k = max((x + 1 for x in range(k, i) if toks[x].norm in PLACE_CUES_HI), default=k)
        while k < i and toks[k].norm in HOSPITAL_KINDS_HI:
            k += 1  # "स्थानीय जिनयिंतन अस्पताल": the kind before a name is no part of it
    core = [t for t in toks[k:i] if t.norm not in ORG_CUES_HI and not (hospital and t.norm in HOSPITAL_KINDS_HI)]
    # a native generic noun (संस्थान, मंत्रालय) after one ordinary word is a description
    # ("शिक्षण संस्थान"); a loanword cue after one is a name ("व्हाइट हाउस")
    one_limit = PLACE_WORD_MAX_ZIPF if norm in NATIVE_ORG_CUES_HI else SINGLE_NAME_MAX_ZIPF
    named = len(core) >= 2 or any(name_zipf(t) < one_limit for t in core)
    if hospital and not named:
        named = any(lookup((t.norm,)) is not None for t in core)  # a town's: "पटना सदर अस्पताल"
    if core and named:
        kind = "ORG" if organisation else "PLACE"
        return Candidate(k, i + 1, kind, "org" if kind == "ORG" else "place")
    return None


# "स्वास्थ्य एवं परिवार कल्याण मंत्रालय" (the Ministry of Health and Family Welfare) joins two
# fields by "and"; the name had stopped at it, "Family Welfare Ministry" (20 such names in the
# March 2020 papers).  Not two bodies' names ("सेवा आयोग व कर्मचारी चयन आयोग").
_HEADS_HI = ORG_CUES_HI | FACILITY_CUES_HI | HOSPITAL_CUES_HI


def _across_and(toks: list[Token], k: int) -> int:
    """The start of an institution's name that begins at ``k``, extended over "X एवं" where X is
    a field of institution names, and the field and scope words before it."""
    if not (k >= 2 and toks[k - 1].norm in AND_HI and is_institution_word(toks[k - 2].norm)
            and toks[k - 2].norm not in _HEADS_HI and unbroken(toks, k - 2, k + 1)):
        return k
    k -= 2
    while k > 0 and is_institution_word(toks[k - 1].norm) and toks[k - 1].norm not in _HEADS_HI and unbroken(toks, k - 1, k + 1):
        k -= 1
    return k


# ... and the bodies Hindi writes by their acronym as a word (नासा, इसरो, यूनिसेफ)
_KNOWN_ORGANISATIONS = {tuple(normalise(w) for w in words): name for words, name in
                        [*KNOWN_ORGANISATIONS_HI.items(), *(((word,), latin) for word, latin in ACRONYM_WORDS_HI.items())]}
_KNOWN_ORGANISATION_LONGEST = max(len(words) for words in _KNOWN_ORGANISATIONS)
_KNOWN_ORGANISATION_FIRSTS = frozenset(words[0] for words in _KNOWN_ORGANISATIONS)


def known_organisation(words: list[str] | tuple[str, ...]) -> str | None:
    """The English name of a body :data:`KNOWN_ORGANISATIONS_HI` lists, by its Hindi words."""
    return _KNOWN_ORGANISATIONS.get(tuple(normalise(w) for w in words))


def known_organisations(toks: list[Token]) -> list[Candidate]:
    """International bodies named in ordinary words (:data:`KNOWN_ORGANISATIONS_HI`), longest first."""
    out = []
    i = 0
    while i < len(toks):
        if toks[i].norm not in _KNOWN_ORGANISATION_FIRSTS:
            i += 1
            continue
        for size in range(min(_KNOWN_ORGANISATION_LONGEST, len(toks) - i), 0, -1):
            name = _KNOWN_ORGANISATIONS.get(tuple(t.norm for t in toks[i:i + size]))
            if name and unbroken(toks, i, i + size):
                out.append(Candidate(i, i + size, "ORG", "org", english=name))
                i += size - 1
                break
        i += 1
    return out


# Adjectives that qualify a place cue: participles in -इत and -ईय adjectives
# ("केंद्रशासित प्रदेश" union territory, "संसदीय क्षेत्र" constituency; March 2020 gave
# them as the places "Kendrashasit" and "Sansandiy").
_ADJECTIVE_ENDINGS = ("ित", "ीय")


def _place_before_cue(toks: list[Token], i: int) -> Candidate | None:
    """X शहर, X स्टेशन: the rare words before the cue are a place (the cue is not part of it)."""
    end = _before_gloss(toks, i)  # "बिरनी (Birni) थाना क्षेत्र": the place is before its gloss
    if end > 0 and toks[end - 1].kind == "dev" and toks[end - 1].norm.endswith(_ADJECTIVE_ENDINGS):
        return None
    k = walk_back(toks, end, 2, PLACE_WORD_MAX_ZIPF, place=True)
    if toks[i].norm in POLICE_STATIONS_HI and any(t.norm in POLICE_STATION_KINDS_HI for t in toks[k:end]):
        return None
    return Candidate(k, end, "PLACE", "place") if k < end else None


def _before_gloss(toks: list[Token], i: int) -> int:
    """The index of the "(" of a Latin gloss in brackets right before token ``i``, else ``i``."""
    if i < 3 or toks[i - 1].text != ")":
        return i
    p = i - 2
    while p > 0 and toks[p].kind == "lat" and i - p <= 6:
        p -= 1
    return p if toks[p].text == "(" and p < i - 2 else i


def _role_holder(toks: list[Token], i: int) -> Candidate | None:
    """X के प्रवक्ता: X holds the role, an organisation when it is not a known place."""
    k = walk_back(toks, i, 3, SINGLE_NAME_MAX_ZIPF - 0.6)
    if all(t.norm in ORG_CUES_HI for t in toks[k:i]):
        return None  # "महासंघ के अध्यक्ष": an organisation word alone names none
    return Candidate(k, i, "ORG", "possessor")


# --------------------------------------------------------------------------
# speakers: X ने कहा


def _given_name_before(toks: list[Token], end: int) -> int:
    """The start of a two-word name ending at ``end`` (exclusive) that opens on a
    Hindi given name ("सुधीर महतो ने कहा", "विजय राघवन ने बताया": March 2020), where
    the rare-word test alone stops at the surname; ``end`` when there is none."""
    if end < 2 or any(t.newline_before for t in toks[end - 1 : end + 1]):
        return end
    first, last = toks[end - 2], toks[end - 1]
    if first.kind == "dev" and first.norm in hindi_given_names() and (
        is_name_word(last) or last.norm in COMMON_NAME_WORDS_HI
    ):
        return end - 2
    return end


def _surnamed_name_before(toks: list[Token], end: int) -> int:
    """The start of a name ending at ``end`` (exclusive) in one or two common
    surnames after a name word ("मुलायम सिंह यादव ने कहा", BBC Hindi: मुलायम
    4.57 and the surnames are too common for the rare-word test); ``end`` when
    there is none."""
    j = end
    while j > 0 and end - j < 2 and toks[j - 1].kind == "dev" and toks[j - 1].norm in COMMON_NAME_WORDS_HI:
        if toks[j - 1].newline_before:
            return end
        j -= 1
    if j == end or j == 0:
        return end
    first = toks[j - 1]
    if first.norm in COMMON_NAME_WORDS_HI or first.norm in _NOT_PERSON_WORDS or not is_name_word(first):
        return end
    return j - 1


def speakers(toks: list[Token]) -> list[Candidate]:
    out = []
    n = len(toks)
    # words the article writes right after an organisation word anywhere: "समाचार
    # समिति इरना ने दी ... इरना ने बताया" (the speaker is that organisation)
    named_orgs = {toks[k + 1].norm for k in range(n - 1) if toks[k].norm in ORG_CUES_HI and not toks[k + 1].newline_before}
    for i in [k for k, t in enumerate(toks) if t.norm in ERGATIVE_HI]:
        if i + 1 >= n or toks[i + 1].norm not in REPORTING_HI or toks[i + 1].newline_before:
            continue
        k = walk_back(toks, i, 3, SPEAKER_MAX_ZIPF)
        k = min(k, _given_name_before(toks, i), _surnamed_name_before(toks, i))
        while k < i and toks[k].norm.endswith(("ों", "ओं")):  # oblique plurals: डॉक्टरों, आयोजकों
            k += 1
        if any(t.norm.endswith(("ों", "ओं")) for t in toks[k:i]):
            continue
        if k < i and not (k > 0 and toks[k - 1].norm in ROLES_HI):  # role names are found by role_names
            # after an organisation word the speaker is that organisation's name:
            # "समाचार एजेंसी X ने कहा", "कंपनी X ने बताया"
            # ... and so it is right after one: "रूसी समाचार एजेंसी रिया नोवोस्ती ने बताया" (BBC
            # Hindi; रिया is also a given name)
            kind = "ORG" if (i - k == 1 and toks[k].norm in named_orgs) or (
                k > 0 and toks[k - 1].norm in ORG_CUES_HI and not toks[k].newline_before) else "PERSON"
            out.append(Candidate(k, i, kind, "speaker"))
    return out


# --------------------------------------------------------------------------
# names that ran on into the clause: "नरेंद्र मोदी हालात पर", "कनिका कपूर बालीवुड की"


def trim_run_ons(toks: list[Token], cands: list[Candidate]) -> None:
    """Cut a person's name back to the full name the article also writes alone.

    A name found after a role or before ने of three or more words whose first
    two or more words stand elsewhere in the article as a whole name (followed
    by a word no name has: a postposition, punctuation, a common word), is
    that shorter name when the words past it are content words: the rest ran
    on into the clause ("प्रधानमंत्री नरेंद्र मोदी कोरोना वॉरियर्स का मनोबल", while
    "नरेंद्र मोदी देश को" stands elsewhere).  A function word past the name is
    kept: "किम जोंग उन" stays whole though "किम जोंग यहां" stands elsewhere, and so
    is a common surname: "मुलायम सिंह यादव" though "मुलायम सिंह के" stands elsewhere.
    Changes ``cands`` in place.
    """
    long = [c for c in cands if c.type == "PERSON" and c.source in ("role", "speaker") and c.j - c.i >= 3]
    if not long:
        return
    hi_stop = stop_words()[0]
    where: dict[str, list[int]] = {}
    for k, t in enumerate(toks):
        if t.kind == "dev":
            where.setdefault(t.norm, []).append(k)
    for c in long:
        for k in range(c.j - c.i - 1, 1, -1):
            if any(t.norm in hi_stop for t in toks[c.i + k : c.j]):
                break
            if all(t.norm in COMMON_NAME_WORDS_HI for t in toks[c.i + k : c.j]):
                break  # a surname past the shorter name is the name's ("मुलायम सिंह यादव", "मुलायम सिंह के")
            if _stands_alone(toks, where, c, k):
                c.j = c.i + k
                break


def _stands_alone(toks: list[Token], where: dict[str, list[int]], c: Candidate, k: int) -> bool:
    """Do the first ``k`` words of ``c`` occur elsewhere as a whole name (no name word after them)?"""
    words = [t.norm for t in toks[c.i : c.i + k]]
    for p in where.get(words[0], ()):
        if p == c.i or p + k > len(toks):
            continue
        if not (all(toks[p + x].norm == words[x] for x in range(1, k)) and unbroken(toks, p, p + k)):
            continue
        if closed(toks, p + k):
            return True
        after = toks[p + k]
        if after.norm != toks[c.i + k].norm and not is_name_word(after) and after.norm not in COMMON_NAME_WORDS_HI:
            return True
    return False


# --------------------------------------------------------------------------
# overlaps

# Which finder wins when two candidates of the same length overlap (lower wins).
_SOURCE_RANK = {
    "gloss": 0, "acronym-gloss": 0, "gazetteer": 1, "acronym": 1,
    "role": 2, "org": 2, "place": 2, "possessor": 3, "speaker": 3, "latin": 4,
}


def drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidate where two overlap (glosses and cues before bare Latin)."""
    keep: list[Candidate] = []
    taken: set[int] = set()
    types_by_span = {(c.i, c.j): c.type for c in cands if c.type}
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), _SOURCE_RANK.get(c.source, 5))):
        span = set(range(c.i, c.j))
        if span & taken:
            continue
        if c.type is None:
            # a gloss over a name a role also found: "राष्ट्रपति व्लादिमीर पुतिन (Vladimir Putin)"
            c.type = types_by_span.get((c.i, c.j))
        keep.append(c)
        taken |= span
    keep.sort(key=lambda c: c.i)
    return keep


def type_bracketed_latin(toks: list[Token], cands: list[Candidate]) -> None:
    """Latin words in brackets right after a typed name are that name's spelling:
    "ब्लीदिमीर पुतिन (Vladimir Putin)" (a PERSON), even where the two romanise apart."""
    by_end = {c.j: c for c in cands if c.type}
    for c in cands:
        p = c.i - 1
        if c.type is None and c.source == "latin" and p in by_end and toks[p].text == "(":
            c.type = by_end[p].type
