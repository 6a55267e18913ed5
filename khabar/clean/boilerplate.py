"""Separate an already-extracted page text into headline, byline and body.

Rules combine line features (:mod:`khabar.clean.lines`) with context:

1. evidence: a short line recurring in other documents of the batch, a
   generic cue (teaser, tags, prompt...), a breadcrumb, a bare counter;
2. the article region runs from the first to the last prose paragraph; what
   lies before it (besides title and byline) is page header, what lies after it
   is page footer, and runs of headline-like lines are lists of other stories;
3. a list heading ("Related Stories", "लेटेस्ट खबरें") swallows the headline
   lines under it; a bare "Also read:" swallows the linked headline after it;
4. inside the region, short unpunctuated lines followed by prose are
   sub-headings and stay;
5. a paragraph whose word trigrams mostly repeat other kept paragraphs (a
   standfirst, a highlights box, a repeated teaser) is a duplicate.

Every dropped line is returned with its reason.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from khabar.clean.language import script_shares
from khabar.clean.lines import COMMENTS_START, WORD_RE as _WORD, Line, line_features, line_key, normalise
from khabar.clean.metadata import is_byline, matching_line, pick_title, tidy_title
from khabar.records import RemovedLine

# A short line (at most this many words) recurring in other documents of the
# batch is boilerplate; longer recurring lines may be syndicated copy.
MAX_RECURRING_WORDS = 20
# Share of a paragraph's word trigrams found in other kept paragraphs above
# which it is a duplicate. Calibrated on the seeds: standfirsts and highlight
# boxes 0.85-1.0, distinct paragraphs of the same report < 0.3.
DUPLICATE_SHARE = 0.75
# Paragraphs shorter than this are not tested for duplication (sub-headings
# legitimately echo the text below them).
MIN_DUPLICATE_WORDS = 8
# Unpunctuated lines must be at least this long to be tested (a highlights box
# is; a sub-heading is not). Seeds: sub-headings <= 9 words, highlights 45.
MIN_UNPUNCTUATED_DUPLICATE_WORDS = 20
# Runs of this many consecutive headline-like lines are link lists.
MIN_LIST_RUN = 3
# A line of a report left with no body at all is kept as its body when it has this many
# words and a sentence mark: the word floor of a paragraph (lines.Line.is_paragraph).
SHORT_ITEM_MIN_WORDS = 12
# A comments heading cuts the article only after this many prose paragraphs
# (a "12 Comments" link near the headline must not).
MIN_PROSE_BEFORE_COMMENTS = 2
ALL_RULES = frozenset({"swallow", "region", "runs", "duplicates", "lead"})
# Rules worth applying after trafilatura, chosen by measurement on AEB
# (bench/extract_aeb.py): the others cost more recall than they gain precision.
# AEB F1, HTML path: no context rules 0.964, +swallow 0.964 (P +0.001),
# +duplicates 0.963, +lead 0.956, +region 0.946, +runs 0.944.
HTML_RULES = frozenset({"swallow"})
# A publisher's note in brackets that ends a paragraph, saying the story came from an
# agency feed unedited: Navbharat Times appends "(यह आर्टिकल एजेंसी फीड से ऑटो-अपलोड
# हुआ है । इसे नवभारतटाइम्स.कॉम की टीम ने एडिट नहीं किया है ।)" to the last sentence
# (7 March 2020 reports; it had made an "Artikal Agency" organisation), NDTV and
# Business Standard "(... has not been edited by ... staff and is published from a
# syndicated feed.)".
FEED_NOTE_RE = re.compile(
    r"\s*\((?=[^()]*(?:फीड|ऑटो-अपलोड|संपादित नहीं|एडिट नहीं|syndicated feed|auto-generated|not been edited))"
    r"[^()]{10,300}\)\s*$",
    re.IGNORECASE,
)
# ... and the outlet's own promotion, bracketed at a paragraph's end: BBC Hindi closes 35 of
# its 344 test reports with "(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें. आप हमें
# फ़ेसबुक और ट्विटर पर फ़ॉलो भी कर सकते हैं.)", which had put Facebook and Twitter among
# the people and places of each; English pages "(Click here to ... / Follow us on ...)".
PROMO_NOTE_RE = re.compile(
    r"\s*\((?=[^()]*(?:क्लिक|फ़ॉलो|फॉलो|सब्सक्राइब|click here|follow us|subscribe to|download (?:our|the) app))"
    r"[^()]{10,300}\)\s*$",
    re.IGNORECASE,
)
# What such a note is removed as.
END_NOTES = ((FEED_NOTE_RE, "feed-note"), (PROMO_NOTE_RE, "promo"))


@dataclass
class CleanText:
    """The cleaner's verdict on one plain text."""

    title: str | None
    bylines: list[str]
    paragraphs: list[str]
    removed: list[RemovedLine] = field(default_factory=list)
    first_line: dict[str, int] = field(default_factory=dict)  # paragraph -> raw line index


def text_language(text: str) -> str:
    """"hi" or "en" for stop-word purposes: by script share only (fast)."""
    return "hi" if script_shares(text)["deva"] >= 0.4 else "en"


def split_lines(text: str) -> list[Line]:
    language = text_language(text)
    return [line_features(i, t, language) for i, t in enumerate(normalise(text).split("\n")) if t]


def clean_text(
    text: str,
    recurring: frozenset[str] = frozenset(),
    known_title: str | None = None,
    rules: frozenset[str] = ALL_RULES,
) -> CleanText:
    """Clean one already-extracted page text (see the module docstring).

    ``rules`` selects the context rules ("swallow", "region", "runs",
    "duplicates", "lead"); line evidence, title and byline always apply. Text
    that trafilatura already extracted from HTML needs fewer (HTML_RULES).
    """
    lines = split_lines(text or "")
    reasons: dict[int, str] = {}  # raw line index -> reason it was dropped
    by_index = {line.index: line for line in lines}
    order = [line.index for line in lines]

    # 1. evidence on single lines
    for line in lines:
        if recurring and line_key(line.text) in recurring and (
            line.words <= MAX_RECURRING_WORDS and (not line.is_paragraph or line.text.rstrip().endswith("?"))
        ):
            # (a question recurring word for word is another story's teaser, not shared copy:
            # "इस ब्लड ग्रुप वालों को है कोरोना का ज्यादा खतरा, कहीं आपका भी तो नहीं?" closed
            # three Prabhat Khabar reports of 18 March 2020)
            reasons[line.index] = "recurring"
        elif line.breadcrumb and not is_byline(line):  # "By X | Outlet | Updated: ..." is no trail
            reasons[line.index] = "breadcrumb"
        elif line.counter:
            reasons[line.index] = "counter"
        elif line.cue:
            reasons[line.index] = line.cue

    # 3. list headings and bare teasers swallow the headlines under them
    for pos, index in enumerate(order if "swallow" in rules else ()):
        line = by_index[index]
        if reasons.get(index) == "headline-list" and line.words <= 6:
            for nxt in order[pos + 1:]:
                following = by_index[nxt]
                if following.is_paragraph:
                    break
                reasons.setdefault(nxt, "headline-list")
        elif reasons.get(index) == "teaser" and line.words <= 4:
            for nxt in order[pos + 1:]:
                following = by_index[nxt]
                if reasons.get(nxt) in ("advert", "counter"):
                    continue
                if nxt in reasons:
                    break
                if not following.is_paragraph:
                    reasons[nxt] = "teaser"
                break

    # title and bylines are metadata, not body
    first_para = next((l.index for l in lines if l.is_paragraph and l.index not in reasons), None)
    title_line = None
    if known_title:
        title_line = matching_line([l for l in lines if l.index not in reasons or reasons[l.index] == "breadcrumb"],
                                   known_title)
    else:
        title_line = pick_title(lines, reasons, first_para)
    title = known_title or (tidy_title(title_line.text) if title_line else None)
    if title_line is not None:
        reasons[title_line.index] = "title"
    bylines = []
    head_limit = first_para if first_para is not None else (order[-1] + 1 if order else 0)
    for line in lines:
        if line.index in reasons:
            continue
        if line.index < head_limit + 1 and is_byline(line) and not line.is_paragraph:
            reasons[line.index] = "byline"
            bylines.append(line.text)
        if line.index >= head_limit:
            break

    # 2. the article region
    prose = [l.index for l in lines if l.is_paragraph and l.index not in reasons]
    if "region" not in rules:
        start, end = (order[0], order[-1]) if order else (None, None)
    elif prose:
        start, end = prose[0], prose[-1]
        # readers' comments are prose too: the article ends before them
        for index in order:
            if index > prose[0] and COMMENTS_START.match(by_index[index].text):
                before = [i for i in prose if i < index]
                if len(before) >= MIN_PROSE_BEFORE_COMMENTS:
                    end = before[-1]
                    reasons.setdefault(index, "prompt")
                    break
        # a final short sentence ("He declined to comment.") still belongs
        for index in order[order.index(end) + 1:]:
            line = by_index[index]
            if index in reasons or not line.sentence_end or line.words < 4 or line.stopword_density < 0.25:
                break
            end = index
    else:
        start, end = None, None

    for pos, index in enumerate(order):
        if index in reasons:
            continue
        line = by_index[index]
        if start is None or index < start:
            reasons[index] = "header"
        elif index > end:
            reasons[index] = "headline-list" if line.headline_like and _in_run(lines, pos) else "footer"

    # 4. inside the region: link lists go, sub-headings stay
    kept = [l for l in lines if l.index not in reasons]
    for pos, line in enumerate(kept):
        if line.is_paragraph or not line.headline_like:
            continue
        run = _run_length(kept, pos)
        if run >= MIN_LIST_RUN and "runs" in rules:
            reasons[line.index] = "headline-list"

    # 5. duplicates
    kept = [l for l in lines if l.index not in reasons]
    for line in _duplicates(kept) if "duplicates" in rules else ():
        reasons[line.index] = "duplicate"
    # a body opens with prose: short lines left in front of it (a caption, or
    # a kicker whose standfirst went as a duplicate) are page header
    for line in lines if "lead" in rules else ():
        if line.index in reasons:
            continue
        if line.is_paragraph or not line.headline_like:
            break
        reasons[line.index] = "header"

    if all(i in reasons for i in order):
        # Nothing left: a short item whose one paragraph lost its final danda ("मुंबई के
        # वर्ली बीडीडी चॉल में लोग ... तैयारी कर रहे हैं । विक्रोली में ... बनाया गया है",
        # Navbharat Times, 8 March 2020) read as no prose, so all of it went as page
        # header and the report was left a bare title.  Its sentence-like lines are its body.
        for index in order:
            line = by_index[index]
            if reasons[index] in ("header", "footer") and line.words >= SHORT_ITEM_MIN_WORDS and (
                    line.sentence_marks or line.sentence_end):
                del reasons[index]
    removed = [RemovedLine(text=by_index[i].text, reason=reasons[i], line=i) for i in order if i in reasons]
    paragraphs, first_line = [], {}
    for line in lines:
        if line.index in reasons:
            continue
        text = line.text
        for pattern, reason in END_NOTES:
            note = pattern.search(text)
            if note:
                removed.append(RemovedLine(text=note.group().strip(), reason=reason, line=line.index))
                text = text[: note.start()].rstrip()
        if not text:
            continue
        paragraphs.append(text)
        first_line.setdefault(text, line.index)
    removed.sort(key=lambda r: r.line)
    return CleanText(title=title, bylines=bylines, paragraphs=paragraphs, removed=removed, first_line=first_line)


def _run_length(lines: list[Line], pos: int) -> int:
    """Length of the run of consecutive headline-like lines through ``pos``."""
    lo = pos
    while lo > 0 and lines[lo - 1].headline_like and not lines[lo - 1].is_paragraph:
        lo -= 1
    hi = pos
    while hi + 1 < len(lines) and lines[hi + 1].headline_like and not lines[hi + 1].is_paragraph:
        hi += 1
    return hi - lo + 1


def _in_run(lines: list[Line], pos: int) -> bool:
    return _run_length(lines, pos) >= 2


def _trigrams(text: str) -> list[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return [tuple(words[i:i + 3]) for i in range(max(0, len(words) - 2))]


def _duplicates(kept: list[Line]) -> list[Line]:
    """Paragraphs mostly repeating other kept paragraphs, earliest first: a
    standfirst, a highlights box or a teaser comes before the article text
    it repeats (all four such cases in the seeds), so the later copy survives.
    On AEB whole-page text, earliest-first and shortest-first score the same."""
    grams = {line.index: _trigrams(line.text) for line in kept}
    # How many kept paragraphs hold each trigram: a paragraph's trigram is found
    # elsewhere when more than one (its own) does.  Kept as paragraphs are dropped, not
    # rebuilt for each one (a JSONL body of 8,000 paragraphs had taken a minute here).
    holders: Counter[tuple[str, ...]] = Counter()
    for line_grams in grams.values():
        holders.update(set(line_grams))
    dropped = []
    for line in sorted(kept, key=lambda l: l.index):
        if line.words < MIN_DUPLICATE_WORDS or not grams[line.index]:
            continue
        if not line.is_paragraph and line.words < MIN_UNPUNCTUATED_DUPLICATE_WORDS:
            continue  # a sub-heading echoing its paragraph
        mine = grams[line.index]
        share = sum(holders[g] > 1 for g in mine) / len(mine)
        if share >= DUPLICATE_SHARE:
            holders.subtract(set(mine))
            dropped.append(line)
    return dropped
