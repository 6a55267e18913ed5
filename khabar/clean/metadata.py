"""Newsroom metadata from the text: title, byline (author + date), outlet, dateline.

All rules are generic shapes of news pages: a headline is the first short
unpunctuated line of the page; a byline is a short line near the top holding a
full date or opening with "By"/"द्वारा"; an outlet prefix is a Latin name with
its Devanagari spelling in brackets ("Xyz News (एक्सवाईजेड न्यूज़),"); a dateline
is a place (and agency) opening the first paragraph ("नई दिल्ली:",
"सियोल, एपी।", "WASHINGTON (Reuters) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from khabar.clean.dates import MONTHS, find_date, names_a_time
from khabar.clean.lines import Line, line_key

# Lines longer than this are never bylines. Calibrated on the seeds' bylines
# (11 and 12 words) and AEB bylines with several authors.
MAX_BYLINE_WORDS = 25

_BY = re.compile(
    r"^(?:by|written by|reported by|edited by|posted by|story by|author|लेखक|रिपोर्ट|संवाददाता|द्वारा):?\s+",
    re.I,
)
_DATE_LABELS = re.compile(
    r"(?:last updated|updated(?: on| at)?|published(?: on| at)?|posted(?: on| at)?|first published|modified|"
    r"अपडेटेड|अपडेट|प्रकाशित|प्रकाशन|पब्लिश्ड|लास्ट अपडेट)\s*(?:on|at)?\s*[:\-–]?",
    re.I,
)
_BYLINE_SPLIT = re.compile(r"\s*[|•·/,]\s*|\s+[-–—]\s+")
_NAME_WORD = re.compile(r"^[\w\u0900-\u0963\u0966-\u097F.'\-]+$")
_NOT_NAME = re.compile(
    r"(?:\d|updated|published|posted|news|desk|staff|team|agency|ist\b|am\b|pm\b|min read|read|"
    r"डेस्क|न्यूज़|न्यूज|ब्यूरो|टीम)",
    re.I,
)


@dataclass
class Byline:
    author: str | None
    published: datetime | None
    day_only: bool = False  # a date with no time of day: its midnight stands for the day


def is_byline(line: Line) -> bool:
    """A short line carrying a full date or opening with "By ..."."""
    if line.words > MAX_BYLINE_WORDS or line.words == 0:
        return False
    if _BY.match(line.text):
        return True
    return find_date(line.text) is not None and line.sentence_marks <= 1


def parse_byline(text: str) -> Byline:
    """Author and publication time from a byline line such as
    "Jane Roe • LAST UPDATED : September 12, 2023, 11:58 am IST"."""
    found = find_date(text)
    published = found[0] if found else None
    day_only = found is not None and not names_a_time(found, text)
    rest = text
    if found:
        start, end = found[1]
        rest = text[:start] + " | " + text[end:]
    rest = _DATE_LABELS.sub(" | ", rest)
    author = None
    for segment in _BYLINE_SPLIT.split(rest):
        segment = _BY.sub("", segment.strip()).strip(" :-–—")
        if _looks_like_name(segment):
            author = segment
            break
    return Byline(author=author, published=published, day_only=day_only)


def clean_author(value: object) -> str | None:
    """An author as pages and feeds declare it, without a leading "By"/"द्वारा"."""
    if value is None:
        return None
    text = _BY.sub("", str(value).strip()).strip(" :-–—")
    return text or None


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if _NOT_NAME.search(text):
        return False
    return all(_NAME_WORD.match(w) for w in words)


# ---------------------------------------------------------------------------
# title


# A full stop or danda after a real word: headlines do not have one (they may
# end in "?" or "!", and "U.S." has no 3-letter word before its stops).
_PROSE_STOP = re.compile(r"(?:[a-z\u0900-\u097F]{3}\.|।)(?=\s|$|[(\"'”’)\u0900-\u097F])")


def pick_title(lines: list[Line], taken: dict[int, str], first_paragraph: int | None) -> Line | None:
    """The headline: the first short unpunctuated line before the first paragraph.

    Skips lines already explained (breadcrumbs, prompts...), labels ending in ':'
    ("Live News:"), bylines and counters.
    """
    for line in lines:
        if first_paragraph is not None and line.index >= first_paragraph:
            break
        if line.index in taken or line.counter or line.breadcrumb:
            continue
        if line.words < 3 or (line.text.rstrip().endswith(":") and line.words <= 4):
            continue
        if is_byline(line) or line.sentence_marks >= 2 or line.words > 40:
            continue
        if _PROSE_STOP.search(line.text):
            continue  # a sentence (or a wrapped piece of one), not a headline
        return line
    return None


# A list mark or a hashtag opening a line picked as the headline is the page's
# typography, not the headline's words: a day-file's live list makes headlines of
# "- मुंबई का सिद्धि विनायक मंदिर आज शाम से अगले आदेश तक बंद" and "#Coronavirus की
# स्थिति जानने के लिए ..." (hindi-news-2020-03: 12 of 907 titles).
_TITLE_MARK = re.compile(r"^(?:[-–—•*]+\s+|#(?=\w))")


def tidy_title(text: str) -> str:
    """The headline without a leading list mark or hashtag sign."""
    return _TITLE_MARK.sub("", text.strip(), count=1)


def matching_line(lines: list[Line], title: str, limit: int = 12) -> Line | None:
    """The line among the first ``limit`` that repeats a known title."""
    from rapidfuzz import fuzz

    key = line_key(title)
    if not key:
        return None
    for line in lines[:limit]:
        other = line_key(line.text)
        if other == key or (other and fuzz.ratio(other, key) >= 90):
            return line
    return None


# ---------------------------------------------------------------------------
# outlet

# "Xyz News (एक्सवाईजेड न्यूज़)," opening the first paragraph.
_OUTLET_PREFIX = re.compile(
    r"^(?P<name>[A-Z][\w.&' ]{1,40}?)\s*\((?P<native>[\u0900-\u097F][\u0900-\u097F ]{1,40})\)\s*[,:|\-–]\s*"
)


def outlet_prefix(paragraph: str) -> tuple[str, int] | None:
    """(outlet name, length of the prefix) when a paragraph opens with one."""
    match = _OUTLET_PREFIX.match(paragraph)
    if not match:
        return None
    return match["name"].strip(), match.end()


def outlet_from_url(url: str | None) -> str | None:
    """The site's domain without "www." ("ndtv.com"), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in ("www.", "m.", "amp.", "hindi.", "khabar."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    return host


# ---------------------------------------------------------------------------
# dateline

_DEVA_WORD = r"[\u0900-\u097F]+"
# "नई दिल्ली:" / "सियोल, एपी।" / "पटना (एजेंसी):" / "नई दिल्ली, 12 सितंबर (भाषा)"
_MONTH_HI = "(?:" + "|".join(sorted((m for m in MONTHS if re.match(r"[\u0900-\u097F]", m)), key=len, reverse=True)) + ")"
# "12 सितंबर" or, in agency copy, the day in words: "दो मार्च" (PTI-Bhasha).
_DATE_HI = rf"(?:\d{{1,2}} [\u0900-\u097F]+|[\u0900-\u097F]+ {_MONTH_HI})\.?(?:,? \d{{4}})?"
_DATELINE_HI = re.compile(
    rf"^(?P<place>{_DEVA_WORD}(?: {_DEVA_WORD}){{0,2}})(?:\s*,\s*(?P<date>{_DATE_HI}))?"
    rf"(?:(?:\s*,\s*(?P<agency>{_DEVA_WORD}(?:\s?{_DEVA_WORD})?))?\s*\((?P<paren>[^)]{{1,20}})\)\s*(?P<mark>[:।|\-–])?|"
    rf"\s*,\s*(?P<agency2>{_DEVA_WORD}(?:\s?{_DEVA_WORD})?)\s*[:।|\-–]|\s*[:|])\s+"
)
# "NEW DELHI:" / "WASHINGTON (Reuters) -" / "London, Sept 13 (AP) —"
_DATELINE_EN = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    # the state or country after a city in capitals: "BUFFALO, N.Y. —", "HANOI, Vietnam (AP) —"
    r"(?:(?<=[A-Z.]),\s*(?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,3}))?"
    r"(?P<date>,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\((?P<agency>[A-Za-z ]{2,20})\))?\s*(?P<sep>[:—–\-])\s+"
)


def find_dateline(paragraph: str) -> tuple[str, int] | None:
    """(dateline as shown, length of the prefix) when a paragraph opens with one."""
    match = _DATELINE_HI.match(paragraph)
    if match and match["paren"] and not match["mark"] and not match["date"]:
        match = None  # "उन्होंने कहा (हंसते हुए) कि": a bracket alone makes no dateline
    if match:
        agency = match["agency"] or match["agency2"] or match["paren"]
        place = match["place"]
        return (f"{place}, {agency}" if agency else place), match.end()
    match = _DATELINE_EN.match(paragraph)
    if match:
        place = match["place"]
        all_caps = place.upper() == place
        # Title-case openings are only datelines with an agency or a date,
        # otherwise "Russia Visit: ..." kickers would count.
        if not all_caps and not (match["agency"] or match["date"]):
            return None
        if all_caps and len(place) < 3:
            return None
        label = place.title() if all_caps else place
        if match["agency"]:
            label = f"{label}, {match['agency'].strip()}"
        return label, match.end()
    return None
