"""Sentence splitting for Hindi and English news, with offsets into the body.

Rules, in the order they are checked:

* every line break ends a sentence (bodies keep headlines, crossheads and
  list items on their own lines);
* '।', '॥', '?' and '!' end a sentence even with no space after them (Hindi
  sites often glue the next sentence on: "करेंगे।अमेरिकी"), and so do Urdu's
  '۔' and '؟' (an Urdu report in the pile);
* '.' ends a sentence when followed by a space or the end of the line, or when
  it sits between two Devanagari letters (Hindi sites that use '.' as a
  danda and forget the space), but not after an abbreviation (Dr., U.S.,
  डॉ., single initials) and never inside a number (2.5, 1,000.50);
* closing quotes and brackets right after the terminator stay with the
  sentence they close; a quotation mark glued to the next word that closes
  nothing opens the next sentence ("है.'वेलकम बैक', ...").

Splitting is a regex scan: no model, no per-character Python loop, so it keeps
up with the analysis stage's throughput target.
"""

from __future__ import annotations

import re
from collections import Counter

from khabar.records import Sentence

# Quotation marks and brackets that may close a sentence.
_CLOSERS = "\"'”’»)]"
# A run of terminators plus any closing quotes/brackets that follow.
_TERMINATOR = re.compile(rf"(?:[।॥?!۔؟]+|\.+)[{re.escape(_CLOSERS)}]*")

# Abbreviations that take a '.' without ending the sentence (compared casefolded,
# without the dot).  English newsroom titles and Latin-script short forms, and
# the Hindi short forms Hindi papers write with a '.': डॉ. प्रो. श्री. सं. ई.पू. मो. (मोहम्मद),
# and Latin initials spelt out ("आर. के. सिंह"; not जी and सी, which end sentences as
# words: "... मोदी जी.").  March 2020: "निवासी मो. जुबराशी ठेला चालक है." had been cut after
# "मो.", leaving "जुबराशी ठेला चालक है." a sentence of its own; "वी. ओ. चिदम्बरनार" (a
# port in a list) after "ओ.", leaving the list's tail a "sentence".
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt maj capt cmdr adm sgt gov sen rep rev hon pres
    vs etc e.g i.e a.m p.m no nos vol pp fig approx dept univ inc ltd co corp bros est
    jan feb mar apr jun jul aug sep sept oct nov dec
    डॉ डाॅ डा प्रो श्री श्रीमती सं ई ईपू मि कु स्व पं सुश्री मो मोह
    ए बी डी एफ एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड ज़ेड
    """.split()
)

_DEVANAGARI = re.compile(r"[\u0900-\u0963\u0971-\u097f]")
_WORD_BEFORE = re.compile(r"([\w\u0900-\u0963\u0971-\u097f.]+)$")
_HAS_CONTENT = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]")


# How far back from a '.' its word is looked for: every abbreviation is shorter, and
# searching from the line's start made a long line's every '.' cost the whole line
# (a 5 MB paragraph of English had taken hours).
_WORD_REACH = 64


def _is_abbreviation(line: str, dot: int) -> bool:
    """Is the '.' at ``line[dot]`` part of an abbreviation or an initial?"""
    reach = max(0, dot - _WORD_REACH)
    m = _WORD_BEFORE.search(line, reach, dot)
    if not m or (m.start() == reach and reach > 0 and "." not in m.group(1)):
        return False  # no word, or one longer than the reach: no abbreviation
    word = m.group(1).strip(".")
    if not word:
        return False
    folded = word.casefold()
    if folded in _ABBREVIATIONS:
        return True
    # U.S. / U.K. / e.g.: letters separated by dots
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True
    # a single Latin capital is an initial ("J. K. Rowling")
    return len(word) == 1 and word.isalpha() and word.isupper()


# Quotation marks that can only open a quotation: glued after a terminator, they
# start the next sentence ("है.‘किसी भी ..." in BBC Hindi's run-together text).
_OPENING_MARKS = "‘“"
_STRAIGHT_MARKS = "'\""
# One closing mark: '' (two single quotes written for a double one) or any one of _CLOSERS.
_CLOSING_MARK_RE = re.compile(rf"''|[{re.escape(_CLOSERS)}]")


# A quotation ending on ? or ! goes on with its attribution in lower case: '"... on whose
# authority?” said Hill' (AEB) is one sentence.
_GOES_ON_RE = re.compile(r"\s*[a-z,;]")
_CAPITALISED_WORD_RE = re.compile(r"[A-Z][a-z][^\s.]*\s+\S")  # and a word after it


def _ends_sentence(line: str, match: re.Match) -> bool:
    token = match.group(0)
    end = match.end()
    if token[-1] in _CLOSERS and _GOES_ON_RE.match(line, end):
        # a quoted or bracketed question goes on: '"Really?" he asked', "(you DID download
        # the quiz, right?), you can ..." (AEB: the bracket's tail had made a summary sentence)
        return False
    if token[0] != ".":
        return True
    if end < len(line) and line[end] in _OPENING_MARKS:
        end += 1  # judge by the letter the next sentence opens with
    nxt = line[end] if end < len(line) else ""
    prev = line[match.start() - 1] if match.start() > 0 else ""
    if nxt == "" or nxt.isspace():
        if len(token.rstrip(_CLOSERS)) > 1:  # ellipsis / "था.." ends a sentence
            return True
        return not _is_abbreviation(line, match.start())
    if nxt.isdigit() and prev.isdigit():  # 2.5
        return False
    # "on Wednesday.The stabbing occurred", "He was 59.It was": English sentences run
    # together where a page's markup had stood between them (AEB: three sentences had
    # reached a summary as one).  Not "U.S.Army" (a capital before the dot), "Dr.Smith"
    # (an abbreviation), "Amazon.com" (lower case after it), nor a caption's credit
    # ("... in New York.Reuters": one word, then the line ends).
    if _CAPITALISED_WORD_RE.match(line, end) and (prev.islower() or prev.isdigit() or prev in ")\"'”’"):
        return prev.isdigit() or not _is_abbreviation(line, match.start())
    # "हैं.अब": Hindi using '.' as a danda with no space; "वी.के. यादव" is initials.  After a
    # closing quote or a space too: "'साइकिल किक'.दर्शक", "त्याग दे .बीबीसी" (BBC Hindi's text,
    # paragraphs run together)
    if not _DEVANAGARI.match(nxt):
        return False
    if prev in "'\"”’) ":
        return True
    return bool(_DEVANAGARI.match(prev)) and not _is_abbreviation(line, match.start())


class _MarksBefore:
    """How many of each closing mark a line has before a position, counted on from
    the last position asked (positions only grow along a line): counting from the
    line's start for every sentence end made a long paragraph's ends cost the whole
    paragraph each."""

    def __init__(self, line: str):
        self.line = line
        self.position = 0
        self.counts: Counter[str] = Counter()

    def __call__(self, position: int) -> Counter[str]:
        if position < self.position:  # never along one line; recount to stay right
            self.position, self.counts = 0, Counter()
        self.counts.update(_CLOSING_MARK_RE.findall(self.line, self.position, position))
        self.position = position
        return self.counts


def _sentence_end(line: str, match: re.Match, marks_before: _MarksBefore | None = None) -> int:
    """Where the sentence ends in ``line``: after the terminator and the
    quotation marks that close it.  A mark glued to the next word that opens a
    quotation belongs to the next sentence: "इनकार कर दिया है.'वेलकम बैक', ..."
    (BBC Hindi runs sentences together; the film's name opens the next one).
    A straight mark closes only a quotation left open before it; BBC Hindi
    writes a double quotation mark as two single ones ('')."""
    end = match.end()
    token = match.group(0)
    terminators = len(token.rstrip(_CLOSERS))
    if terminators == len(token) or end >= len(line) or line[end].isspace():
        return end
    keep = match.start() + terminators
    # A quotation may run over several sentences of a paragraph: count from the line's start.
    opened = (marks_before or _MarksBefore(line))(match.start())
    for mark in _CLOSING_MARK_RE.findall(token, terminators):
        if mark[0] in _STRAIGHT_MARKS and opened[mark] % 2 == 0:
            break  # nothing open to close: it opens the next sentence
        keep += len(mark)
    return keep


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _HAS_CONTENT.search(text, start, end):
        out.append(Sentence(text=text[start:end], start=start, end=end))


def split_sentences(text: str, language: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets point into ``text``.

    ``language`` is accepted for the facade's signature; the rules above hold
    for Hindi and English alike, and mixed-script text is the norm in Hindi news.
    """
    if not text or not isinstance(text, str):
        return []
    sentences: list[Sentence] = []
    line_start = 0
    length = len(text)
    while line_start <= length:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = length
        line = text[line_start:line_end]
        piece_start = 0
        marks_before = _MarksBefore(line)
        for m in _TERMINATOR.finditer(line):
            if _ends_sentence(line, m):
                end = _sentence_end(line, m, marks_before)
                _emit(text, line_start + piece_start, line_start + end, sentences)
                piece_start = end
        _emit(text, line_start + piece_start, line_end, sentences)
        line_start = line_end + 1
    return sentences
