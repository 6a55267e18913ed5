"""Acronyms spelt in Devanagari letter names: डब्ल्यूएचओ -> WHO, केसीएनए -> KCNA.

Hindi writes English acronyms letter by letter (बीजेपी BJP, आईटीबीपी ITBP); a
word made of nothing but English letter names is an organisation, or a place
when the letters are a country code (यूएस -> United States).  Hindi papers
also leave acronyms in Latin capitals ("WHO ने कहा", "ICMR के मुताबिक"): the
same rule holds for such a word where a postposition makes it a noun of the
sentence.
"""

from __future__ import annotations

import re

from khabar.analyse.gazetteer import acronym_place
from khabar.analyse.lexicon import NOT_ORG_ACRONYMS, POSTPOSITIONS, ROLES_HI, inflects_a_common_word, stop_words
from khabar.analyse.mentions import Candidate
from khabar.analyse.normalise import normalise
from khabar.analyse.tokens import Token

_LETTER_NAMES = {
    normalise(k): v
    for k, v in {
        "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H", "आई": "I",
        "आइ": "I",  # the short-vowel spelling: आइपीएस IPS, आइसीएमआर ICMR
        "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R",
        "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W", "डब्लू": "W", "डबल्यू": "W", "डब्बल्यू": "W",
        "एक्स": "X", "वाई": "Y", "वाय": "Y", "जेड": "Z", "ज़ेड": "Z",
    }.items()
}
_LETTER_MAX = max(len(k) for k in _LETTER_NAMES)
_SHORT_I = normalise("आइ")
_LETTER_FIRST = frozenset(k[0] for k in _LETTER_NAMES)

_acronym_cache: dict[str, str | None] = {}


def spell_acronym(word: str) -> str | None:
    """'केसीएनए' -> 'KCNA' when the (folded) word is nothing but English letter names (2+)."""
    if word[:1] not in _LETTER_FIRST:
        return None
    if word in _acronym_cache:
        return _acronym_cache[word]
    result = _parse_letters(word)
    if len(_acronym_cache) < 200_000:
        _acronym_cache[word] = result
    return result


def letter_name(word: str) -> str | None:
    """'डी' -> 'D': the (folded) word is one English letter's name."""
    return _LETTER_NAMES.get(word)


def _parse_letters(word: str) -> str | None:
    # best[i]: the letters spelling word[:i], None where no split into letter names reaches i
    best: list[str | None] = [None] * (len(word) + 1)
    best[0] = ""
    for i in range(len(word)):
        if best[i] is None:
            continue
        for size in range(1, min(_LETTER_MAX, len(word) - i) + 1):
            letter = _LETTER_NAMES.get(word[i : i + size])
            if letter and best[i + size] is None:
                best[i + size] = best[i] + letter
    out = best[len(word)]
    if out and len(out) < 3 and word.startswith(_SHORT_I):
        return None  # "आइए" (come, let us) is a word, not I.A.
    return out if out and len(out) >= 2 else None



def acronym_names(toks: list[Token]) -> list[Candidate]:
    hi_stop, _ = stop_words()
    out = []
    for i in [k for k, t in enumerate(toks) if t.norm[:1] in _LETTER_FIRST]:
        t = toks[i]
        if t.kind != "dev" or t.norm in ROLES_HI or t.norm in hi_stop or len(t.norm) < 3:
            continue
        if inflects_a_common_word(t.norm):  # "टीके" (vaccines) is no T.K.
            continue
        acronym = spell_acronym(t.norm)
        if acronym is None:
            continue
        place = acronym_place(acronym, spelt=True)
        english = place.name if place else acronym
        out.append(Candidate(i, i + 1, "PLACE" if place else "ORG", "acronym", english=english, place=place))
    return out


_LATIN_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# Offices spelt in capitals are roles, as their Devanagari spellings are (CM सीएम, SP एसपी).
_ROLE_ACRONYMS = frozenset(a for a in (spell_acronym(r) for r in ROLES_HI) if a)


def latin_acronym_names(toks: list[Token]) -> list[Candidate]:
    """In Hindi text, Latin acronyms that name an organisation (or, for a country code, a
    place): one word of 2-6 capitals, no office or common term (NOT_ORG_ACRONYMS), followed
    by a postposition. March 2020 papers: WHO (22 times), AIIMS, ICMR, RBI, SBI, UPSC, MEA,
    NIA ...; a heading's "LIVE" or "VIDEO" takes none."""
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.kind != "lat" or toks[i + 1].norm not in POSTPOSITIONS or not _LATIN_ACRONYM_RE.fullmatch(t.text):
            continue
        if t.text in NOT_ORG_ACRONYMS or t.text in _ROLE_ACRONYMS:
            continue
        place = acronym_place(t.text)
        out.append(Candidate(i, i + 1, "PLACE" if place else "ORG", "acronym",
                             english=place.name if place else t.text, place=place))
    return out
