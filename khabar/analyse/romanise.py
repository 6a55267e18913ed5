"""Latin keys for names in any script: romanise Devanagari, fold Latin.

Romanisation is a small table-driven transliterator with Hindi schwa deletion
(the a -> 0 / VC_CV rule, word-final schwa dropped except after a conjunct):
किम जोंग उन -> "kim jong un", व्लादिमीर पुतिन -> "vladimir putin", नरेंद्र
मोदी -> "narendra modi", क्रेमलिन -> "kremlin".  It follows aksharamukha's
"RomanColloquial" + "RemoveSchwaHindi" output (on the seed vocabulary 94% of
714 words agree up to a final m/n; the rest are medial-schwa choices such as
इजरायल ijrayal/ijarayal; tests/analyse/test_romanise.py keeps it so), but runs ~100x faster:
aksharamukha costs ~4 ms a call, too slow for the analysis stage's throughput
target, and names are romanised per article.  Results are cached per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from khabar.analyse.normalise import ascii_fold, normalise

_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
        "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h l".split(),
    )
)
_NUKTA_FORMS = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y", "न": "n", "र": "r"}
_PRECOMPOSED = {"\u0958": "q", "\u0959": "kh", "\u095a": "g", "\u095b": "z", "\u095c": "r", "\u095d": "rh", "\u095e": "f", "\u095f": "y"}
_MATRAS = dict(zip("ािीुूृेैोौॉॅॆॊ", "a i i u u ri e ai o au o e e o".split()))
_VOWELS = dict(zip("अआइईउऊऋएऐओऔऑऍऎऒ", "a a i i u u ri e ai o au o e e o".split()))
_VIRAMA = "\u094d"
_NUKTA = "\u093c"
_NASALS = "\u0902\u0901"  # anusvara, chandrabindu
_LABIALS = ("p", "b", "m", "f")
# The last consonant of a word-final conjunct after which Hindi keeps the final
# schwa: the sonorants (मित्र, राज्य, विश्व, धर्म, शुक्ल, कृष्ण, रत्न, प्रफुल्ल), not stops
# (अगस्त, दोस्त).  न and ल not after र: -र्न and -र्ल end English words (ब्लैकबर्न
# Blackburn, हॉर्न, मॉडर्न, कार्ल Karl), where Sanskrit writes ण (वर्ण, पूर्ण).
_SCHWA_KEEPING_FINALS = frozenset("रयवमलनण")
_NOT_AFTER_RA = frozenset("लन")


def _keeps_final_schwa(before: str, last: str) -> bool:
    """Does a word ending in the conjunct ``before`` + ``last`` (Devanagari consonants) keep its final schwa?"""
    return last in _SCHWA_KEEPING_FINALS and not (before == "र" and last in _NOT_AFTER_RA)


_cache: dict[str, str] = {}
_NON_LETTERS = re.compile(r"[^a-z ]+")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f]+")
# The Irish O' is one word with its name, as khabar.analyse.tokens reads it: ओ'ब्रायन "o'brayan".
_DEVANAGARI_WORD_OR_IRISH = re.compile(r"(?:ओ['’](?=[\u0900-\u0963\u0971-\u097f]))?[\u0900-\u0963\u0971-\u097f]+")


def _romanise_irish(word: str) -> str:
    if word[1:2] in ("'", "’"):
        return "o'" + _romanise_word(word[2:])
    return _romanise_word(word)


def has_devanagari(text: str) -> bool:
    return bool(_DEVANAGARI.search(text))


@lru_cache(maxsize=65536)  # names repeat across spans and articles
def latin_key(text: str) -> str:
    """'Kim Jong-un' -> 'kim jong un'; 'Bihār' -> 'bihar'."""
    ascii_text = ascii_fold(normalise(text)).casefold()
    ascii_text = ascii_text.replace("-", " ").replace("'", "").replace(".", " ")
    return " ".join(_NON_LETTERS.sub(" ", ascii_text).split())


def _romanise_word(word: str, right_to_left: bool = False, keep_medial: bool = False) -> str:
    # units: [consonant, vowel, inherent]; vowel "" after a virama; nasal units are ["~", "", False]
    units: list[list] = []
    for ch in word:
        if ch in _CONSONANTS:
            units.append([_CONSONANTS[ch], "a", True, ch])
        elif ch in _PRECOMPOSED:
            units.append([_PRECOMPOSED[ch], "a", True, ch])
        elif ch == _NUKTA:
            if units and units[-1][3] in _NUKTA_FORMS:
                units[-1][0] = _NUKTA_FORMS[units[-1][3]]
        elif ch in _MATRAS:
            if units and units[-1][0] and units[-1][0] != "~" and units[-1][2]:
                units[-1][1], units[-1][2] = _MATRAS[ch], False
            else:
                units.append(["", _MATRAS[ch], False, ch])
        elif ch == _VIRAMA:
            if units and units[-1][2]:
                units[-1][1], units[-1][2] = "", False
        elif ch in _VOWELS:
            units.append(["", _VOWELS[ch], False, ch])
        elif ch in _NASALS:
            units.append(["~", "", False, ch])
        elif ch == "\u0903":  # visarga
            units.append(["h", "", False, ch])
    if not units:
        return ""
    syllables = [k for k, u in enumerate(units) if u[0] != "~"]
    # word-final schwa goes, unless the word ends in a conjunct closing in a sonorant
    # (_keeps_final_schwa: नरेंद्र -> narendra, राज्य -> rajya, विश्व -> vishva, शुक्ल ->
    # shukla, कृष्ण -> krishna; but अगस्त -> agast, टाइम्स -> taims, हॉर्न -> horn)
    if len(syllables) > 1:
        last = syllables[-1]
        if units[last][2] and last == len(units) - 1:
            prev = syllables[-2]
            if not (units[prev][1] == "" and units[prev][0] and _keeps_final_schwa(units[prev][3], units[last][3])):
                units[last][1], units[last][2] = "", False
    # medial schwa: a -> 0 / V C _ C V, left to right (as aksharamukha does), never in
    # the first syllable, never before a nasal (प्रियंका -> priyanka); right to left
    # when asked (see :func:`schwa_readings`)
    medial = range(1, len(syllables) - 1) if not keep_medial else range(0)
    for pos in (reversed(medial) if right_to_left else medial):
        k = syllables[pos]
        if not units[k][2] or (k + 1 < len(units) and units[k + 1][0] == "~"):
            continue
        before, after = units[syllables[pos - 1]], units[syllables[pos + 1]]
        if before[1] != "" and after[0] not in ("", "~") and after[1] != "":
            units[k][1], units[k][2] = "", False
    out = []
    for k, (cons, vowel, _, _) in enumerate(units):
        if cons == "~":
            nxt = units[k + 1][0] if k + 1 < len(units) else ""
            out.append("m" if nxt.startswith(_LABIALS) else "n")
        else:
            out.append(cons + vowel)
    if len(units) >= 3 and units[-1][0] == "v" and not units[-1][1] and units[-2][0] == "~" and out[-3].endswith("a"):
        # a final "-ांव" is written "-aon" in English: गांव "gaon" (Gurgaon, Malegaon,
        # Kahalgaon), पांव "paon", not "ganv"
        out[-2:] = ["o", "n"]
    return "".join(out)


def _romanise(text: str) -> str:
    words = []
    for token in text.split():
        if has_devanagari(token):
            words.append(" ".join(_romanise_irish(w) for w in _DEVANAGARI_WORD_OR_IRISH.findall(token)))
        else:
            words.append(latin_key(token))
    return " ".join(w for w in words if w)


def romanise_many(words: Iterable[str]) -> list[str]:
    """Romanise Devanagari words or phrases; Latin ones are just folded (cached)."""
    out = []
    for w in words:
        r = _cache.get(w)
        if r is None:
            r = _cache[w] = _romanise(w) if has_devanagari(w) else latin_key(w)
        out.append(r)
    return out


def romanise(word: str) -> str:
    return romanise_many([word])[0]


def schwa_readings(word: str) -> list[str]:
    """The romanisations of one Devanagari word with its medial schwas deleted left to
    right (:func:`romanise`) and right to left, the first first: the two differ where
    two schwas compete (यवतमाल "yavtamal" / "yavatmal", the town Yavatmal)."""
    return list(_schwa_readings(word))


@lru_cache(maxsize=65536)  # asked of every candidate word by several place tests
def _schwa_readings(word: str) -> tuple[str, ...]:
    readings = [romanise(word)]
    pieces = _DEVANAGARI_WORD.findall(word)
    if len(pieces) == 1:
        other = _romanise_word(pieces[0], right_to_left=True)
        if other and other not in readings:
            readings.append(other)
    return tuple(readings)


@lru_cache(maxsize=65536)
def full_reading(word: str) -> str | None:
    """One Devanagari word romanised with every medial schwa kept ("बेंगलुरु" "bengaluru",
    "वडोदरा" "vadodara"), when that differs from :func:`schwa_readings`."""
    pieces = _DEVANAGARI_WORD.findall(word)
    if len(pieces) != 1:
        return None
    reading = _romanise_word(pieces[0], keep_medial=True)
    return reading if reading and reading not in _schwa_readings(word) else None
