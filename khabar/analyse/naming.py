"""Names of entities: matching romanised names, and the canonical name, key and type.

Every entity gets a canonical Latin-script name: the gazetteer's English name,
else the Latin spelling seen in the text (gloss or Latin mention; word by word
when the Latin form is partial: "किम जोंग उन" + "Kim Jong" -> "Kim Jong Un"),
else, for an institution named in Hindi words, its English translation
("विश्व स्वास्थ्य संगठन" -> "World Health Organization",
:mod:`khabar.analyse.institutions`), else a clean romanisation
("दिमित्री पेस्कोव" -> "Dimitri Peskov") whose loanwords and foreign names
are respelt in English where a sound-alike English word is close, and whose
people's names take the usual Latin spelling of a South Asian name ("लव
अग्रवाल" -> "Lav Agrawal", not "Lav Agraval"; :mod:`khabar.analyse.anglicise`),
their initials as letters ("एनके" -> "N.K."); a foreign person's name is respelt
whole ("डोनाल्ड ट्रंप" -> "Donald Trump", not "Donald Tramp"), and a name word the web
writes capitalised takes that spelling ("बराक" -> "Barack").  Its key is that name
casefolded with hyphens as spaces ("kim jong un"), initials without their dots; a
person's name respelt so keeps its romanisation's key ("donald tramp").
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from khabar.analyse.acronyms import letter_name, spell_acronym
from khabar.analyse.anglicise import anglicise_word, foreign_name_spelling, name_spelling, schwa_spelling
from khabar.analyse.gazetteer import lookup, place_by_sound, zipf
from khabar.analyse.given_names import hindi_given_names, is_listed_name, proper_nouns_en, south_asian_names
from khabar.analyse.institutions import institution_names, is_institution_word
from khabar.analyse.lexicon import (
    ACRONYM_WORDS_HI,
    CUES_IN_ENGLISH,
    FACILITY_CUES_HI,
    INSTITUTION_WORDS_HI,
    NOT_ORG_ACRONYMS,
)
from khabar.analyse.mentions import known_organisation, place_by_romanisation
from khabar.analyse.normalise import normalise
from khabar.analyse.romanise import has_devanagari, latin_key, romanise_many

if TYPE_CHECKING:
    from khabar.analyse.grouping import Group

# Two different romanised words are spellings of one word at this rapidfuzz
# ratio when both are 5+ letters and share the first (kojhemayako/kozhemayako 91).
WORD_VARIANT_MIN_RATIO = 85

# Devanagari words at least this common in Hindi are native words or Indian names,
# never respelt in English (भारतीय 5.87 "bertie", समिति "committee", सिंह "seen",
# जनता "junta"); loanwords and foreign names are rarer (व्हाइट 4.08, न्यूयॉर्क 4.1,
# जॉन 4.35, कोरियाई 3.87, इकनॉमिक 0).  Calibrated with bench/anglicise_eval.py
# on the March 2020 papers and the BBC Hindi test set.
ANGLICISE_MAX_HI_ZIPF = 4.4


# --------------------------------------------------------------------------
# matching romanised names


def words_match(a: str, b: str, min_ratio: float = WORD_VARIANT_MIN_RATIO) -> bool:
    """Same word, or a spelling variant of a long word (kojhemayako/kozhemayako, 91)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= min_ratio


def contains_name(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Is ``short`` a run of ``long`` that includes its first or last word?"""
    n, m = len(long), len(short)
    if m > n or not m:
        return False
    if long[:m] == short or long[n - m :] == short:  # the common case, without the fuzzy test
        return True
    # only the runs that start at the first word or end at the last one count
    # (first words compared before the loop: most pairs differ there)
    if words_match(long[0], short[0]) and all(words_match(long[x], short[x]) for x in range(1, m)):
        return True
    return words_match(long[n - 1], short[m - 1]) and all(words_match(long[n - m + x], short[x]) for x in range(m - 1))


# --------------------------------------------------------------------------
# canonical name, key and type of an article's entity


def entity_type(group: Group) -> str:
    """PLACE for gazetteer places, else the type most candidates gave (PERSON when none did)."""
    if group.place is not None:
        return "PLACE"
    return group.types.most_common(1)[0][0] if group.types else "PERSON"


def canonical_name(group: Group) -> tuple[str, str]:
    """(display name, key) for a group: gazetteer > Latin spelling > romanisation."""
    if group.place is not None:
        name = group.place.name
        return name, latin_key(name)
    longest = group.longest
    organisation = bool(group.types) and group.types.most_common(1)[0][0] == "ORG"
    person = entity_type(group) == "PERSON"
    texts = group.longest_text
    acronym = _ACRONYM_WORDS.get(normalise(texts[0])) if len(texts) == 1 else None
    if acronym:
        return acronym, latin_key(acronym)  # एम्स is AIIMS, not "Ems"
    if organisation and len(texts) == len(longest):
        known = known_organisation(texts)
        if known:
            return known, latin_key(known)  # भारतीय रेल: Indian Railways, not the words' "Indian Railway"
        english = institution_names(tuple(texts))
        if english:
            return english[0], latin_key(english[0])  # विश्व स्वास्थ्य संगठन: World Health Organization
    # which romanised words may be respelt in English: those written in Devanagari
    # (one word a token) that are rare in Hindi, i.e. loanwords and foreign names
    aligned = len(texts) == len(longest)  # one surface token a romanised word
    english_like = [_english_like(t) for t in texts] if aligned else [False] * len(longest)
    short_a = [_writes_ai(t) for t in texts] if aligned else [False] * len(longest)
    latin_forms = [e for e in group.english if e]
    if not latin_forms and entity_type(group) == "PLACE" and all(english_like):
        place = place_by_sound(" ".join(longest))  # वुहान "vuhan": Wuhan
        if place is not None:
            return place.name, latin_key(place.name)
    facility = CUES_IN_ENGLISH.get(normalise(texts[-1])) if aligned and len(texts) > 1 else None
    if not latin_forms and facility and normalise(texts[-1]) in FACILITY_CUES_HI and all(english_like[:-1]):
        # a city's airport, stadium or palace: "वुहान हवाईअड्डा" is Wuhan Airport, not "Vuhan Havaiadda"
        place = place_by_sound(" ".join(longest[:-1]))
        if place is not None:
            name = f"{place.name} {facility}"
            return name, latin_key(name)
    if latin_forms:
        # each spelling once (in first-met order, as the ties fall): a name mentioned 20,000
        # times had taken minutes
        uses = Counter(latin_forms)
        best = max(uses, key=lambda e: (len(latin_key(e).split()), uses[e]))
        if len(latin_key(best).split()) >= len(longest):
            return best, latin_key(best)
        words = _fill_with_latin(longest, english_like, latin_forms, organisation, person, short_a)
    else:
        words = [display_word(w, organisation, respell, person, a) for w, respell, a in zip(longest, english_like, short_a)]
        if person and aligned:
            shown = _person_name_in_english(texts, longest, words, short_a)
            if shown:
                # keyed by its romanisation still, so that a lone surname ("ट्रंप" tramp) joins
                # the full name as before (linking._join_short_forms), and two spellings of one
                # name stay one ("नवाज़"/"नवाज": navaz, navaj)
                return shown, latin_key(" ".join(words))
    if organisation and aligned and len(texts) > 1:
        # An acronym in a longer name is its letters: "आरएमएल अस्पताल" is RML Hospital, not "Araemael";
        # a place is spelt as the gazetteer spells it: "गोरखपुर मेडिकल कॉलेज" is Gorakhpur Medical
        # College, not "Gorkhapur", "वुहान यूनियन अस्पताल" Wuhan Union Hospital.
        words = [organisation_acronym(t) or _place_in_name(t, r, like) or w
                 for t, r, like, w in zip(texts, longest, english_like, words)]
        head = _ENGLISH_HEADS.get(normalise(texts[-1]))
        if head and not any(is_institution_word(t) for t in texts[:-1]):
            words[-1] = head
    if person and aligned:
        # A person's initials are letter names: "एनके अग्रवाल" is N.K. Agrawal, not "Enke".
        initials = [person_initials(t) for t in texts]
        if any(initials):
            name = " ".join(i or w for i, w in zip(initials, words))
            return name, latin_key(name.replace(".", ""))  # keyed as written in English text: "nk agrawal"
    name = " ".join(words)
    return name, latin_key(name)


# A lone letter name that is also a Hindi word (के "of", जी the honorific) is
# no initial; nor is a run of letter names this common in Hindi (बीबी "wife",
# 4.26; initials such as पीके, वीके, एसएस score 3.3-3.5 in wordfreq).
INITIALS_MAX_HI_ZIPF = 4.0
_NOT_INITIALS = frozenset({normalise("के"), normalise("जी")})


def person_initials(text: str) -> str | None:
    """"एनके" -> "N.K.", "डी" -> "D.": a word of a person's name spelt in English letter names."""
    folded = normalise(text)
    if folded in _NOT_INITIALS:
        return None
    letters = letter_name(folded)
    if letters is None and zipf(folded, "hi") < INITIALS_MAX_HI_ZIPF:
        letters = spell_acronym(folded)
        if letters in NOT_ORG_ACRONYMS:
            return None  # a service or degree (आईपीएस, एमबीबीएस), not someone's initials
    return "".join(f"{letter}." for letter in letters) if letters else None


def _place_in_name(text: str, romanised: str, english_like: bool) -> str | None:
    """The English name of a place that is one word of an organisation's name: the gazetteer's,
    or for a foreign-looking word the big place it sounds like (as place entities are named)."""
    if not has_devanagari(text):
        return None
    folded = normalise(text)
    place = lookup((folded,)) or place_by_romanisation(text, folded)
    if place is None and english_like:
        place = place_by_sound(romanised)
    return place.name if place is not None and " " not in place.name else None


def organisation_acronym(text: str) -> str | None:
    """"आरएमएल" -> "RML", "एम्स" -> "AIIMS": a word of an organisation's name that is an acronym."""
    folded = normalise(text)
    known = _ACRONYM_WORDS.get(folded)
    if known:
        return known
    if zipf(folded, "hi") >= INITIALS_MAX_HI_ZIPF:
        return None
    return spell_acronym(folded)  # (two letters or more, else None)


def _fill_with_latin(longest: tuple[str, ...], english_like: list[bool], latin_forms: list[str], organisation: bool,
                     person: bool, short_a: list[bool]) -> list[str]:
    """The words of the romanised longest form, each spelt as in the Latin forms where one matches."""
    latin_words = {latin_key(w): w for e in latin_forms for w in e.replace("-", " ").split()}
    words = []
    for r, respell, a in zip(longest, english_like, short_a):
        match = next((w for k, w in latin_words.items() if words_match(k, r)), None)
        words.append(match or display_word(r, organisation, respell, person, a))
    return words


def _person_name_in_english(texts: list[str], romanised: tuple[str, ...], words: list[str],
                            short_a: list[bool]) -> str | None:
    """The English spelling of a person's name where it differs from ``words`` (the
    name's display words): a foreign name respelt whole ("डोनाल्ड ट्रंप" -> Donald
    Trump, :func:`khabar.analyse.anglicise.foreign_name_spelling`), else each word
    the web writes capitalised that a spelling-level change reaches (बराक Barack, नवाज़
    Nawaz: given_names.proper_nouns_en); None when nothing changes.  Not for a name
    with a Hindi given name ("अरुण जेटली" is no "Aron") or initials in it."""
    if any(normalise(t) in hindi_given_names() or person_initials(t) for t in texts):
        return None  # initials are spelt as letters below ("एबी डिविलियर्स" is A.B., not "Abbey")
    english = foreign_name_spelling(words, short_a)
    if english is None:
        english = [_proper_spelling(r, a) if w.casefold() == r else w.casefold()
                   for r, w, a in zip(romanised, words, short_a)]
        if english == [w.casefold() for w in words]:
            return None
    return " ".join(w.title() for w in english)


def _proper_spelling(romanised: str, short_a: bool) -> str:
    """A person's name word's spelling-level English respelling when the web writes
    that word capitalised (barak -> barack, ikbal -> iqbal), else the word.  Not
    where the Devanagari wrote ऐ, the vowel names keep as their bearers spell them
    (हुसैन is Imran Husain, not "Hussein"), nor a final i made y: -i is how Indian
    surnames end in Latin script (सोनी is Soni, not "Sony")."""
    if short_a:
        return romanised
    english = anglicise_word(romanised, False, False)
    if english == romanised or english not in proper_nouns_en():
        return romanised
    return romanised if romanised.endswith("i") and english.endswith("y") else english


def _writes_ai(text: str) -> bool:
    """Does a Devanagari word write ऐ (as a letter or a vowel sign), which English short a may be?"""
    return "ै" in text or "ऐ" in text


# The candra o (ऑ, ॉ: "जॉन", "डॉलर") writes the English o of "John" and "dollar"; no native
# Hindi word has it.  normalise() folds it into "ा", where the loan meets a native word
# (जॉन -> जान "life", कॉल -> काल, बॉल -> बाल): a word with it is judged by its own frequency.
_CANDRA_O = ("ऑ", "ॉ")


def _english_like(text: str) -> bool:
    if not has_devanagari(text):
        return False
    low = text.casefold()
    if zipf(low, "hi") >= ANGLICISE_MAX_HI_ZIPF:
        return False
    return any(o in low for o in _CANDRA_O) or zipf(normalise(low), "hi") < ANGLICISE_MAX_HI_ZIPF


def display_word(romanised: str, organisation: bool = False, respell: bool = True, person: bool = False,
                 short_a: bool = False) -> str:
    """A romanised word as a reader expects it: the English cue word; in a
    person's name the listed spelling of a South Asian name ("agraval" ->
    Agrawal, common Hindi words included: सिंह "sinh" -> Singh); else the English
    spelling it sounds like (:mod:`khabar.analyse.anglicise`), for a person's
    name only when that spelling is a listed given name or surname; failing all
    these, the word with the inner schwa Hindi dropped put back when English text
    spells it so ("vasundhra" -> Vasundhara); title-cased."""
    english = _cues_by_roman().get(romanised)
    if english:
        return english
    if person:
        listed = name_spelling(romanised)
        if listed:
            return listed.title()
    # A person's name word is respelt however common it is in Hindi, since only a listed
    # name may come of it (below): सोनिया (Zipf 4.74) is Sonia, शरीफ Sharif (nine March
    # 2020 reports had "Soniya Gandhi").  Not a common word with ऐ, the Hindi vowel of
    # names spelt so by their bearers (हुसैन is Imran Husain, not "Hussein").
    english = anglicise_word(romanised, organisation, short_a) if respell or (person and not short_a) else romanised
    if person and english != romanised and not is_listed_name(english):
        # An English word that sounds like the name is no spelling of it: राजे
        # "raje" read "rage", डेनियल "deniyal" read "denial" (March 2020, BBC Hindi).
        english = romanised
    if person and short_a and english != romanised and english.casefold() in south_asian_names():
        english = romanised  # a foreign name's ऐ read as short a makes no South Asian one: कैमरन is no Kamran
    if english == romanised and romanised not in south_asian_names():
        english = schwa_spelling(romanised) or english  # वसुंधरा "vasundhra": Vasundhara
    if english.startswith("vh"):  # व्ह- writes English wh- (व्हाइट, व्हाट्सऐप)
        english = "wh" + english[2:]
    return english.title()


# The head noun of a proper name's institution is spelt as English writes it: "मिशिगन
# विश्वविद्यालय" is Michigan University, "जवाहर लाल नेहरु विश्वविद्यालय" Javahar Lal Nehru
# University (seven BBC Hindi and March 2020 names had read "... Vishvavidyalay").  Names
# wholly of institution words are translated whole (institutions.institution_names); one
# mixing them with other words keeps its Hindi head ("इंदिरा गांधी आयुर्विज्ञान संस्थान" is
# no "Indira Gandhi Ayurvijnan Institute"), and so do the heads Indian English writes in
# Hindi (Vidhan Parishad, Nagar Nigam, Shiv Sena, Patanjali Yog Samiti).
_ENGLISH_HEADS = {normalise(word): INSTITUTION_WORDS_HI[word][0] for word in
                  "विश्वविद्यालय महाविद्यालय मंत्रालय विभाग संस्थान आयोग न्यायालय सचिवालय कार्यालय प्राधिकरण".split()}
_ACRONYM_WORDS = {normalise(word): latin for word, latin in ACRONYM_WORDS_HI.items()}
_CUES_BY_ROMAN: dict[str, str] = {}


def _cues_by_roman() -> dict[str, str]:
    """Romanised cue word -> its English spelling ("haus" -> "House")."""
    if not _CUES_BY_ROMAN:
        words = list(CUES_IN_ENGLISH)
        for roman, word in zip(romanise_many(words), words):
            _CUES_BY_ROMAN[roman] = CUES_IN_ENGLISH[word]
    return _CUES_BY_ROMAN
