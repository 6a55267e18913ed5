"""Tokens for entity finding: Devanagari words, Latin words, numbers, punctuation.

Each token keeps its offsets into the text, its normalised casefolded form
(:func:`khabar.analyse.normalise.normalise`: ॉ -> ा, nukta dropped) and whether
a line break comes before it, so that no name is ever made across a line.
"""

from __future__ import annotations

import re

from khabar.analyse.gazetteer import zipf
from khabar.analyse.normalise import normalise

_TOKEN = re.compile(
    # The Irish O' stays on its name in Devanagari too: "डेरेक ओ'ब्रायन" (Derek
    # O'Brien) had been cut at the apostrophe into डेरेक, ओ and ब्रायन.
    r"(?P<dev>(?:ओ['’](?=[\u0900-\u0963\u0971-\u097f]))?[\u0900-\u0963\u0971-\u097f]+)"
    # Inner hyphens and apostrophes stay in a Latin word ("Jong-un", "O'Brien"),
    # a possessive "'s" does not: "Trump's" is the name Trump.
    # Capitals joined by "&" are one name: "PG&E", "AT&T", "S&P".
    r"|(?P<lat>(?:[A-Za-z]\.){2,}|[A-Z]{1,4}&[A-Z]{1,4}(?![A-Za-z])|[A-Za-z\u00c0-\u024f]"
    r"(?:[A-Za-z\u00c0-\u024f]|-(?=[A-Za-z\u00c0-\u024f])|['’](?=[A-Za-z\u00c0-\u024f])(?![sS](?![A-Za-z\u00c0-\u024f])))*)"
    r"|(?P<num>\d[\d.,:/]*)"
    r"|(?P<punct>\S)"
)
_TOKEN_OR_NEWLINE = re.compile(_TOKEN.pattern + r"|(?P<nl>\n)")


class Token:
    """One token; a slotted class because a corpus has millions of them."""

    __slots__ = ("text", "start", "end", "kind", "norm", "newline_before")

    def __init__(self, text: str, start: int, end: int, kind: str, norm: str, newline_before: bool):
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind  # "dev" | "lat" | "num" | "punct"
        self.norm = norm  # normalised, casefolded
        self.newline_before = newline_before


def token_start(tok: Token) -> int:
    return tok.start


_norm_cache: dict[str, str] = {}


def tokenize(body: str) -> list[Token]:
    toks: list[Token] = []
    append = toks.append
    cache = _norm_cache
    newline = False
    # line breaks are matched too (not searched for between tokens): one regex pass
    for m in _TOKEN_OR_NEWLINE.finditer(body):
        kind = m.lastgroup
        if kind == "nl":
            newline = True
            continue
        text = m.group()
        norm = cache.get(text)
        if norm is None:
            norm = normalise(text).casefold()
            if len(cache) < 500_000:
                cache[text] = norm
        start, end = m.span()
        append(Token(text, start, end, kind, norm, newline))
        newline = False
    return toks


def unbroken(toks: list[Token], i: int, j: int) -> bool:
    """No line break inside the span of tokens ``i`` to ``j`` (exclusive)."""
    return all(not toks[k].newline_before for k in range(i + 1, j))


def token_zipf(tok: Token) -> float:
    """Zipf of the word as written and as folded, whichever is lower: folding
    ॉ to ा turns जॉन (John, 4.35) into जान (life, 5.54)."""
    lang = "hi" if tok.kind == "dev" else "en"
    low = tok.text.casefold()
    return zipf(low, lang) if low == tok.norm else min(zipf(low, lang), zipf(tok.norm, lang))


_APOSTROPHES = ("'", "’")


def span_text(toks: list[Token], i: int, j: int) -> str:
    """The tokens ``i`` to ``j`` (exclusive) joined by single spaces; a
    possessive stays glued to its word ("People's Liberation Army")."""
    parts: list[str] = []
    for k in range(i, j):
        text = toks[k].text
        if parts and (text in _APOSTROPHES or toks[k - 1].text in _APOSTROPHES) and toks[k].start == toks[k - 1].end:
            parts[-1] += text
        else:
            parts.append(text)
    return " ".join(parts)


# The tokens of the last articles seen by find_entities, so that linking does not
# tokenise them again: id(body) -> (body, tokens) (bodies are compared by identity).
_recent_tokens: dict[int, tuple[str, list[Token]]] = {}
_RECENT_MAX = 1_000  # ~100 KB of tokens an article: bounded memory, enough for one batch of ~800


def remember_tokens(body: str, toks: list[Token]) -> None:
    if len(_recent_tokens) >= _RECENT_MAX:
        _recent_tokens.clear()
    _recent_tokens[id(body)] = (body, toks)


def tokens_of(body: str) -> list[Token]:
    """The tokens of ``body``: remembered ones when it is the very same string."""
    hit = _recent_tokens.get(id(body))
    if hit is not None and hit[0] is body:
        return hit[1]
    return tokenize(body)


def forget_tokens() -> None:
    _recent_tokens.clear()
