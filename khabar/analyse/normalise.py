"""Normalisation for matching, traceable back to the stored body.

The cleaner stores bodies NFC with zero-width characters removed and
whitespace collapsed.  Matching needs more folding than storage should do:
nukta variants (ज़/ज, फ़/फ), chandrabindu vs anusvara (हाँ/हां), candra-o
(मॉस्को/मास्को), curly vs straight quotes, the dash family, non-breaking
spaces, Devanagari digits.  Those foldings are *for matching only*; every
offset the analysis stage reports points into the stored body, so
:func:`normalise_with_map` returns, next to the folded text, the body offset of
every folded character.
"""

from __future__ import annotations

import unicodedata

# One character in, one character out (so offsets stay put) ...
_REPLACE = {
    # quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u0060": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"',
    # dashes and minus
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    # spaces
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ",
    "\u3000": " ",
    # Devanagari: chandrabindu -> anusvara, candra vowels -> plain, precomposed nukta letters
    "\u0901": "\u0902",  # ँ -> ं
    "\u0949": "\u093e",  # ॉ -> ा  (मॉस्को / मास्को)
    "\u0911": "\u0906",  # ऑ -> आ
    "\u0945": "\u0947",  # ॅ -> े
    "\u090d": "\u090f",  # ऍ -> ए
    "\u0958": "\u0915", "\u0959": "\u0916", "\u095a": "\u0917", "\u095b": "\u091c",
    "\u095c": "\u0921", "\u095d": "\u0922", "\u095e": "\u092b", "\u095f": "\u092f",
    "\u0929": "\u0928", "\u0931": "\u0930", "\u0934": "\u0933",
    "\u0970": ".",  # abbreviation sign ॰
}
# Devanagari digits -> ASCII digits
_REPLACE.update({chr(0x0966 + d): str(d) for d in range(10)})

# ... and characters dropped outright (these shift offsets; hence the map).
_DROP = {
    "\u093c",  # nukta sign (NFC keeps it separate from its consonant)
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
}

_TABLE = {ord(k): v for k, v in _REPLACE.items()}
_TABLE.update({ord(c): None for c in _DROP})


def normalise(text: str) -> str:
    """Fold ``text`` for matching (see module doc).  Never raises on str input."""
    if not text:
        return ""
    return text.translate(_TABLE)


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text plus ``index``: ``index[i]`` is the offset in ``text`` of folded char ``i``.

    ``index`` has one extra entry, ``len(text)``, so a folded span ``[a, b)``
    maps back to ``text[index[a]:index[b]]`` (for ``b`` at the end as well).
    """
    if not text:
        return "", [0]
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        out.append(_REPLACE.get(ch, ch))
        index.append(i)
    index.append(len(text))
    return "".join(out), index



def ascii_fold(text: str) -> str:
    """'Bihār' -> 'Bihar': drop combining marks from Latin text."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
