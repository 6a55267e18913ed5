"""Publication date/time parsing for bylines and metadata values.

Our own small grammar instead of ``dateparser`` because bylines need exactly
what dateparser gets wrong here: "IST" is +05:30 (dateparser says +02:00) and a
byline must not yield a date out of stray numbers ("कुल 100", "18/2"). The
grammar only accepts a full day + month + year, optionally followed by a clock
time and a zone, in English or Hindi.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

# Naive times found on Hindi/Indian-English news pages are Indian Standard Time;
# khabar is built for Indian news, so that is the default for every naive time
# (clean_document marks a page's zoneless time a day only when the page is not
# written for Indian readers).
DEFAULT_TZ = ZoneInfo("Asia/Kolkata")

MONTHS: dict[str, int] = {}
_MONTH_NAMES = {
    1: ["january", "jan", "जनवरी"],
    2: ["february", "feb", "फरवरी", "फ़रवरी"],
    3: ["march", "mar", "मार्च"],
    4: ["april", "apr", "अप्रैल", "अप्रेल"],
    5: ["may", "मई"],
    6: ["june", "jun", "जून"],
    7: ["july", "jul", "जुलाई"],
    8: ["august", "aug", "अगस्त"],
    9: ["september", "sept", "sep", "सितंबर", "सितम्बर"],
    10: ["october", "oct", "अक्टूबर", "अक्तूबर"],
    11: ["november", "nov", "नवंबर", "नवम्बर"],
    12: ["december", "dec", "दिसंबर", "दिसम्बर"],
}
for _num, _names in _MONTH_NAMES.items():
    for _name in _names:
        MONTHS[_name] = _num

# Zone abbreviations seen on news pages. Only unambiguous ones.
ZONES = {
    "IST": timedelta(hours=5, minutes=30),
    "UTC": timedelta(0),
    "GMT": timedelta(0),
    "Z": timedelta(0),
    "BST": timedelta(hours=1),
    "CET": timedelta(hours=1),
    "CEST": timedelta(hours=2),
    "EST": timedelta(hours=-5),
    "EDT": timedelta(hours=-4),
    "PST": timedelta(hours=-8),
    "PDT": timedelta(hours=-7),
    "KST": timedelta(hours=9),
    "JST": timedelta(hours=9),
}
# ... and the US regions' zones, which American pages name without saying standard or
# daylight time ("Published 10:02 AM ET Nov 19, 2019"): the region's clock on that day.
REGION_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")

# "September 12, 2023" / "Sep. 12 2023"
_MDY = re.compile(rf"(?<!\w)(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})", re.I)
# "12 September 2023" / "12 सितंबर, 2023"
_DMY = re.compile(rf"(?<!\w)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_RE})\.?,?\s+(?P<year>\d{{4}})", re.I)
# "2023-09-12" with optional ISO time and offset
_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?(?P<off>Z|[+-]\d{2}:?\d{2})?)?"
)
# "12/09/2023" or "12.09.2023": day first, as Indian and British pages write it.
_NUMERIC = re.compile(r"(?<!\d)(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})(?!\d)")
_CLOCK = re.compile(
    r"(?<!\d)(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?(?P<zone>IST|UTC|GMT|BST|CEST|CET|EST|EDT|PST|PDT|KST|JST|ET|CT|MT|PT)\b\)?"
    r"|\s*(?P<off>[+-]\d{2}:?\d{2}))?",
    re.I,
)


def _offset(text: str) -> timezone:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


# Years a date may have.  A date read from page text keeps the narrower range
# this reader always used; a declared publication stamp outside the wider one
# is a placeholder, not a date: pages of the AEB benchmark declare
# "0001-01-01T00:00:00Z" (Go's zero time), which no timeline can place.
TEXT_DATE_YEARS = (1990, 2100)
PUBLISHED_YEARS = (1900, 2100)


def find_date(text: str) -> tuple[datetime, tuple[int, int]] | None:
    """The first full publication date (with its time when given) in ``text``.

    Returns the aware datetime and the character span it covers, or None.
    Only day+month+year dates count; a lone time or a fraction never does;
    an impossible time or offset ("T25:99", "+99:99") gives None, never an error.
    """
    try:
        return _find_date(text)
    except (ValueError, OverflowError):
        return None


def _find_date(text: str) -> tuple[datetime, tuple[int, int]] | None:
    if not text:
        return None
    text = text.translate(_DIGITS)
    iso = _ISO.search(text)
    if iso:
        try:
            day = datetime(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        except ValueError:
            day = None
        if day is not None:
            if iso["h"]:
                day = day.replace(hour=int(iso["h"]), minute=int(iso["m"]), second=int(iso["s"] or 0))
            tz = _offset(iso["off"]) if iso["off"] and iso["off"] != "Z" else (
                timezone.utc if iso["off"] == "Z" else DEFAULT_TZ)
            return day.replace(tzinfo=tz), iso.span()
    best = None
    for pattern in (_MDY, _DMY, _NUMERIC):
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    month = best["month"]
    month_num = int(month) if month.isdigit() else MONTHS.get(month.lower())
    try:
        day = datetime(int(best["year"]), month_num, int(best["day"]))
    except (TypeError, ValueError):
        return None
    if not TEXT_DATE_YEARS[0] <= day.year <= TEXT_DATE_YEARS[1]:
        return None
    start, end = best.span()
    clock = _CLOCK.search(text, end, min(len(text), end + 40))
    if not (clock and _only_glue(text[end:clock.start()])):
        # ... or the clock before the date, as American pages write it ("Published 10:02 AM
        # EST Nov 19, 2019")
        before = [c for c in _CLOCK.finditer(text, max(0, start - 40), start) if _only_glue(text[c.end():start])]
        clock = before[-1] if before else None
    timed = _at_clock(day, clock) if clock else None
    if timed is None:
        return day.replace(tzinfo=DEFAULT_TZ), (start, end)
    return timed, (min(start, clock.start()), max(end, clock.end()))


def _at_clock(day: datetime, clock: re.Match) -> datetime | None:
    """``day`` at the clock time ``clock`` read (in its zone, else Indian time); None for no
    time of day ("25:70")."""
    hour, minute = int(clock["h"]), int(clock["m"])
    ampm = (clock["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour >= 24 or minute >= 60:
        return None
    day = day.replace(hour=hour, minute=minute)
    zone = (clock["zone"] or "").upper()
    if zone in REGION_ZONES:
        return day.replace(tzinfo=ZoneInfo(REGION_ZONES[zone]))
    if zone:
        return day.replace(tzinfo=timezone(ZONES[zone]))
    return day.replace(tzinfo=_offset(clock["off"]) if clock["off"] else DEFAULT_TZ)


def names_a_time(found: tuple[datetime, tuple[int, int]], text: str) -> bool:
    """Does the date :func:`find_date` found in ``text`` come with a clock time?  Without
    one, its midnight is a stand-in for the day."""
    start, end = found[1]
    return _CLOCK.search(text, start, end) is not None


def _only_glue(between: str) -> bool:
    """True when only separators stand between a date and its clock time."""
    return re.fullmatch(r"[\s,|•·@–—-]*(?:at|on|समय|बजे)?[\s,|•·@–—-]*", between, re.I) is not None


# A day, or a day at a zoneless midnight ("2019-11-19T00:00:00", trafilatura's reading of a
# page's date): midnight with no zone is a stand-in for the day, not a time anyone stated.
_DATE_ONLY = re.compile(r"\s*\d{4}-\d{2}-\d{2}(?:[T ]00:00(?::00(?:\.0+)?)?)?\s*")


def is_zoneless_time(value: object) -> bool:
    """Whether a declared ``published`` value is an ISO time of day with no zone
    ("2019-11-18T17:26:00"), which only the site's own clock gives meaning."""
    if isinstance(value, datetime):
        return value.tzinfo is None
    iso = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    return iso is not None and bool(iso["h"]) and not iso["off"] and not is_date_only(value)


def is_date_only(value: object) -> bool:
    """Whether a declared ``published`` value names a day without a time of day."""
    if isinstance(value, datetime):
        return False
    if hasattr(value, "year") and hasattr(value, "day"):
        return True
    if not isinstance(value, str):
        return False
    if _DATE_ONLY.fullmatch(value) is not None:
        return True
    if _ISO.match(value.strip()):
        return False  # an ISO time of day
    # a written date: "Mar 13 2020", "१३ मार्च २०२०", RFC 822's "Fri, 13 Mar 2020" (with no clock)
    found = find_date(value)
    return found is not None and not names_a_time(found, value.translate(_DIGITS))


def parse_published(value: object) -> datetime | None:
    """A metadata ``published`` value (str, date or datetime) as an aware datetime.

    Date-only values mean midnight Indian time (see DEFAULT_TZ); naive datetimes
    are taken as Indian time too. Unparseable values give None, never an error.
    """
    try:
        parsed = _parse_published(value)
    except (ValueError, OverflowError):  # an impossible time or offset: "2020-03-13T25:99:00"
        return None
    if parsed is None or not _plausible_publication(parsed):
        return None
    return parsed


def _plausible_publication(moment: datetime) -> bool:
    """Could ``moment`` be when a report was published?  Not a year-1 or
    year-9999 placeholder, and not the Unix epoch (a timestamp of 0)."""
    if not PUBLISHED_YEARS[0] <= moment.year <= PUBLISHED_YEARS[1]:
        return False
    return moment.replace(tzinfo=None) != datetime(1970, 1, 1)


# A numeric timestamp this large counts milliseconds (1e12 ms is September 2001; 1e12
# seconds is the year 33658).
MILLISECOND_TIMESTAMPS = 1e12
# ... and one under this (September 2001 in seconds) is no timestamp of a news report.
MIN_TIMESTAMP = 1e9


# ... and written as text, as many JSONL dumps store one: "1700000000", "1700000000000".
_TIMESTAMP_TEXT = re.compile(r"\d{9,13}(?:\.\d+)?")


def _parse_published(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=DEFAULT_TZ)
    if hasattr(value, "year") and hasattr(value, "month") and hasattr(value, "day"):
        return datetime(value.year, value.month, value.day, tzinfo=DEFAULT_TZ)  # a date
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # a Unix timestamp, as scrapers store one: seconds, or milliseconds when that large;
        # a small number ("12") is no date at all
        seconds = value / 1000 if abs(value) >= MILLISECOND_TIMESTAMPS else value
        return datetime.fromtimestamp(seconds, timezone.utc) if seconds >= MIN_TIMESTAMP else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _TIMESTAMP_TEXT.fullmatch(text):
        return _parse_published(float(text))  # a timestamp stored as text: "1700000000"
    try:  # ISO 8601, the usual case for JSONL/feeds/HTML meta
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=DEFAULT_TZ)
    except ValueError:
        pass
    found = find_date(text)
    if found:
        return found[0]
    try:  # RFC 822 dates from RSS feeds
        from email.utils import parsedate_to_datetime

        parsed = parsedate_to_datetime(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=DEFAULT_TZ)
    except (TypeError, ValueError, IndexError):
        return None

