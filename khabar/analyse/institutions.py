"""Hindi institution names in English, and the acronyms they expand.

Hindi papers name institutions in Hindi words: विश्व स्वास्थ्य संगठन is the
World Health Organization, केंद्रीय स्वास्थ्य मंत्रालय the Central Health
Ministry.  Romanised ("Vishva Svasthya Sangthan") such a name means nothing to
a reader of the English digest, and it stays apart from the acronym (WHO,
डब्ल्यूएचओ) that other reports of the same event use.  :func:`institution_names`
translates a name word by word when every word is an institution word of
:data:`~khabar.analyse.lexicon.INSTITUTION_WORDS_HI`, an English cue word
(बोर्ड, एजेंसी) or a gazetteer place, and nothing else: proper names built of
ordinary words (भारतीय जनता पार्टी, राष्ट्रीय स्वयंसेवक संघ) are never
translated.  :func:`initialisms` lists the acronyms the English name can have,
so linking can join it to an acronym (ICMR is the Indian Council of Medical
Research: the Hindi order puts the head noun last).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache

from khabar.analyse.gazetteer import lookup, name_tokens
from khabar.analyse.lexicon import (
    CUES_IN_ENGLISH,
    INSTITUTION_PHRASES_HI,
    INSTITUTION_SCOPES_HI,
    INSTITUTION_WORDS_HI,
    NATIONALITIES_EN,
)
from khabar.analyse.normalise import normalise

# Words no acronym spells ("Ministry of Health and Family Welfare" is MoHFW).
_UNSPELT = frozenset({"and", "the", "for"})
# At most this many alternative English names are tried for one Hindi name
# (words with two translations multiply them).
MAX_ALTERNATIVES = 16

_WORDS = {normalise(word): english for word, english in {**INSTITUTION_SCOPES_HI, **INSTITUTION_WORDS_HI}.items()}
_SCOPES = frozenset(w for english in [*INSTITUTION_SCOPES_HI.values(), *INSTITUTION_PHRASES_HI.values()]
                    for option in english for w in option.split())
_CUES = {normalise(word): (english,) for word, english in CUES_IN_ENGLISH.items()}
_PHRASES = {(normalise(a), normalise(b)): english for (a, b), english in INSTITUTION_PHRASES_HI.items()}


def is_institution_word(word: str) -> bool:
    """Is the word one of institution names (a scope or field or head: राष्ट्रीय, स्वास्थ्य, मंत्रालय)?"""
    return normalise(word) in _WORDS


def _word_options(word: str) -> tuple[str, ...] | None:
    """The English renderings of one Hindi word of an institution's name, or None."""
    folded = normalise(word)
    options = _WORDS.get(folded) or _CUES.get(folded)
    if options:
        return options
    place = lookup(name_tokens(word))
    return (place.name,) if place is not None else None


@lru_cache(maxsize=20_000)
def institution_names(words: tuple[str, ...]) -> tuple[str, ...]:
    """English names of a Hindi institution name (its surface words), the
    plain word-by-word rendering first; () when any word is not an
    institution word, when no word is a Hindi one, or for a lone word."""
    if len(words) < 2:
        return ()
    options = []
    folded = [normalise(w) for w in words]
    i = 0
    while i < len(words):
        phrase = _PHRASES.get(tuple(folded[i:i + 2]))
        options.append(phrase or _word_options(words[i]))
        i += 2 if phrase else 1
    if any(o is None for o in options):
        return ()
    if not any(f in _WORDS or pair in _PHRASES for f, pair in zip(folded, zip(folded, folded[1:] + [""]))):
        # Places and English loanwords alone ("न्यूयॉर्क टाइम्स") are a name
        # the romanisation already spells; only Hindi words need translating.
        return ()
    names = [" ".join(choice) for choice in itertools.islice(itertools.product(*options), MAX_ALTERNATIVES)]
    return tuple(dict.fromkeys(names))


def english_orders(name: str) -> list[str]:
    """The English name in the orders an official name may take: as written
    (head noun last, "World Health Organization"); the head first ("Ministry
    of Health") or right after the scope words ("Indian Council of Medical
    Research", "All India Institute of Medical Sciences"); a leading
    nationality moved to the end ("Reserve Bank of India")."""
    words = name.split()
    out = [name]
    if len(words) >= 2:
        head, body = words[-1], words[:-1]
        scope = next((k for k, w in enumerate(body) if w not in _SCOPES), len(body))
        for k in dict.fromkeys((0, scope)):
            if k < len(body):
                out.append(" ".join(body[:k] + [head, "of"] + body[k:]))
        country = NATIONALITIES_EN.get(words[0])
        if country and len(words) >= 3:
            out.append(" ".join(words[1:] + ["of", country]))
    return list(dict.fromkeys(out))


def initialisms(name: str) -> dict[str, str]:
    """Acronym (upper case) -> the English order that spells it, over the
    orders of :func:`english_orders`; "of" spelt or not (MoHFW, ICMR)."""
    out: dict[str, str] = {}
    for order in english_orders(name):
        words = [w for w in order.split() if w.lower() not in _UNSPELT]
        with_of = "".join(w[0] for w in words).upper()
        without = "".join(w[0] for w in words if w.lower() != "of").upper()
        for acronym in (without, with_of):
            out.setdefault(acronym, order)
    return out


def expansions(names: Sequence[str], acronyms: set[str]) -> dict[str, str]:
    """For each acronym in ``acronyms`` that one of ``names`` spells, the
    English name it stands for."""
    found: dict[str, str] = {}
    for name in names:
        for acronym, order in initialisms(name).items():
            if acronym in acronyms and acronym not in found:
                found[acronym] = order
    return found
