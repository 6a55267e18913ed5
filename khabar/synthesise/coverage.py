"""Coverage: which outlets reported the event, when, who was first; and a
publication date range for every undated article, inferred from its event
and its own references, with the reason.

Inference for an undated article
--------------------------------
1. The event's dated reports give a window (first - 14 days .. last + 14 days).
2. Explicit past dates the article names ("30 अगस्त", "August 30") are a lower
   bound: a report cannot mention a day before it happened.
3. A weekday called "today" ("आज मंगलवार", "today, Tuesday") fixes the weekday.
4. Weekday names without "today" point at most six days back; among the
   candidate days, those that make all named weekdays fall closest together are
   kept (a report narrates the last few days, not scattered weeks).
5. Of the surviving runs of days, a "today"-anchored article takes the run
   closest to the event's dated reports; otherwise the run whose named days
   least precede the event's first dated report (they narrate the event).
An article with no such references gets the event's own dated span.
The earliest day of the range is then used to re-resolve the article's
relative dates (``khabar.analyse.times.find_times`` with that reference); the
weekdays it names chose that range, so they read right from it.  A relative
month or year ("बीते महीने", "last year") is read from the latest day too, and
kept only where both readings agree: read from 30 August or from 13
September, "last month" is July or August, and stays unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from khabar.records import Analysis, Event, TimeExpression
from khabar.synthesise.similarity import WORD_RE

# How far before/after the event's dated reports an undated report may lie
# when nothing else bounds it.  News about one event clusters within days;
# two weeks covers previews and follow-ups seen in the seed and benchmark sets.
WINDOW_DAYS = 14
_TODAY_WORDS = frozenset({"आज", "today", "tonight"})


def _weekday_number(word: str) -> int | None:
    try:
        from khabar.analyse.hindi_calendar import weekday_number
    except Exception:
        names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return names.index(word.lower()) if word.lower() in names else None
    return weekday_number(word)


def _month_number(word: str) -> int | None:
    try:
        from khabar.analyse.hindi_calendar import month_number
    except Exception:
        return None
    return month_number(word)


def publication_day(published: datetime | None) -> date | None:
    if published is None:
        return None
    return published.date()


def weekday_mentions(text: str) -> list[tuple[int, bool, int, int]]:
    """Weekday names in ``text``: (weekday 0=Mon, called "today"?, start, end)."""
    tokens = [(m.group(0), m.start(), m.end()) for m in WORD_RE.finditer(text or "")]
    out = []
    for i, (word, start, end) in enumerate(tokens):
        number = _weekday_number(word)
        if number is None:
            continue
        near = {w.lower() for w, _, _ in tokens[max(0, i - 2): i] + tokens[i + 1: i + 3]}
        out.append((number, bool(near & _TODAY_WORDS), start, end))
    return out


_DAY_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_][\w\u0900-\u097F]*)")


def explicit_days(text: str, window: tuple[date, date]) -> list[date]:
    """"30 अगस्त" / "30 August" with the year taken from the window (a year-less
    date in a news report means the nearest such day)."""
    lo, hi = window
    out = []
    for match in _DAY_MONTH_RE.finditer(text or ""):
        month = _month_number(match.group(2))
        if month is None:
            continue
        day = int(match.group(1))
        for year in {lo.year, hi.year}:
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if lo - timedelta(days=60) <= candidate <= hi:
                out.append(candidate)
    return out


def _most_recent(weekday: int, reference: date) -> date:
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _runs(days: Sequence[date]) -> list[list[date]]:
    runs: list[list[date]] = []
    for day in sorted(days):
        if runs and (day - runs[-1][-1]).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def infer_publication(analysis: Analysis, event_days: Sequence[date]) -> dict[str, Any] | None:
    """A publication date range for an undated article, or None when the
    event has no dated report and the article names no usable date."""
    body = analysis.article.body or ""
    if not event_days:
        return None
    first, last = min(event_days), max(event_days)
    window = (first - timedelta(days=WINDOW_DAYS), last + timedelta(days=WINDOW_DAYS))
    reasons = [f"undated; the event's dated reports run {first.isoformat()} to {last.isoformat()}"]

    floor = window[0]
    named = [d for d in explicit_days(body, window) if d <= last]
    if named:
        floor = max(floor, max(named))
        reasons.append(f"it names {max(named).isoformat()} as past, so not earlier")

    mentions = weekday_mentions(body)
    today = {m[0] for m in mentions if m[1]}
    others = sorted({m[0] for m in mentions if not m[1]})
    candidates = [floor + timedelta(days=i) for i in range((window[1] - floor).days + 1)]
    if len(today) == 1:
        weekday = next(iter(today))
        candidates = [d for d in candidates if d.weekday() == weekday]
        reasons.append(f"it calls {d_name(weekday)} 'today'")
    if others and candidates:
        def spread(day: date) -> int:
            resolved = [_most_recent(w, day) for w in others] + [day] * bool(today)
            return (max(resolved) - min(resolved)).days

        best = min(spread(d) for d in candidates)
        candidates = [d for d in candidates if spread(d) == best]
        reasons.append(
            "its weekday references (" + ", ".join(d_name(w) for w in others) + ") fall within "
            f"{best + 1} days only when read back from these dates"
        )
    if not mentions:
        candidates = [d for d in candidates if d <= last and (named or d >= first)]
        reasons.append(
            "nothing in it dates it after the event's last dated report"
            if named else "nothing in it dates it outside the event's dated span"
        )
    if not candidates:
        return None

    def distance(run: list[date]) -> int:
        if run[-1] < first:
            return (first - run[-1]).days
        if run[0] > last:
            return (run[0] - last).days
        return 0

    def narrated_before_event(run: list[date]) -> int:
        # Days a weekday-only report narrates belong to the event: a reading
        # that puts them all before the event's first dated report is worse.
        return sum(1 for w in others if _most_recent(w, run[0]) < first)

    if today:
        run = min(_runs(candidates), key=distance)
    else:
        run = min(_runs(candidates), key=lambda r: (narrated_before_event(r), distance(r)))
    return {
        "earliest": run[0].isoformat(),
        "latest": run[-1].isoformat(),
        "reason": "; ".join(reasons),
    }


def d_name(weekday: int) -> str:
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]


def event_timezone(analyses: Sequence[Analysis]):
    for analysis in analyses:
        if analysis.article.published is not None and analysis.article.published.tzinfo is not None:
            return analysis.article.published.tzinfo
    return timezone.utc


def reresolve_times(analysis: Analysis, reference: date, tz) -> list[TimeExpression]:
    """The article's time expressions resolved against an inferred reference day."""
    published = datetime.combine(reference, time(12, 0), tzinfo=tz)
    try:
        from khabar.analyse.times import find_times

        times = find_times(analysis.article.body or "", published, analysis.article.language)
        if times:
            return list(times)
    except Exception:
        pass
    # Without the analysis stage's resolver, resolve weekday names only (a
    # weekday in a news report is the most recent one, or today).
    out = []
    for weekday, _today, start, end in weekday_mentions(analysis.article.body or ""):
        day = _most_recent(weekday, reference)
        out.append(
            TimeExpression(
                text=(analysis.article.body or "")[start:end], start=start, end=end, kind="date",
                date=day.isoformat(), precision="day", note="weekday read back from inferred publication date",
            )
        )
    return out


def effective_times(
    analyses: Sequence[Analysis],
) -> tuple[dict[str, list[TimeExpression]], dict[str, dict[str, Any] | None]]:
    """Times per article (re-resolved for undated ones) and inferred ranges."""
    event_days = [d for d in (publication_day(a.article.published) for a in analyses) if d]
    tz = event_timezone(analyses)
    times: dict[str, list[TimeExpression]] = {}
    inferred: dict[str, dict[str, Any] | None] = {}
    for analysis in analyses:
        times[analysis.id] = list(analysis.times or [])
        inferred[analysis.id] = None
        if analysis.article.published is not None:
            continue
        try:
            guess = infer_publication(analysis, event_days)
        except Exception:  # bad input never stops the digest
            guess = None
        inferred[analysis.id] = guess
        if guess:
            earliest = reresolve_times(analysis, date.fromisoformat(guess["earliest"]), tz)
            if guess["latest"] == guess["earliest"]:
                times[analysis.id] = earliest
            else:
                latest = reresolve_times(analysis, date.fromisoformat(guess["latest"]), tz)
                times[analysis.id] = agreed_times(earliest, latest)
    return times, inferred


def agreed_times(earliest: Sequence[TimeExpression], latest: Sequence[TimeExpression]) -> list[TimeExpression]:
    """The times read from the first and the last possible publication day: a day stands as
    the earliest reading gives it (the weekdays chose the range); a month or year both readings
    give stands; one they disagree on depends on the day the article is unknown to be from,
    and is kept unresolved with both readings."""
    late = {(t.start, t.end): t for t in latest}
    out = []
    for t in earliest:
        other = late.get((t.start, t.end))
        if t.precision in (None, "day") or (other is not None and (other.date, other.precision) == (t.date, t.precision)):
            out.append(t)
            continue
        late_date = other.date if other is not None else None
        out.append(TimeExpression(
            text=t.text, start=t.start, end=t.end, kind=t.kind, date=None, precision=None,
            note=f"depends on the unknown publication day: {t.date or 'nothing'} read from the earliest, "
                 f"{late_date or 'nothing'} from the latest"))
    return out


def reference_day(analysis: Analysis, inferred: Mapping[str, dict[str, Any] | None]) -> str | None:
    """The day an article speaks from: published, else the inferred earliest."""
    if analysis.article.published is not None:
        return analysis.article.published.date().isoformat()
    guess = inferred.get(analysis.id)
    return guess["earliest"] if guess else None


def outlet_of(article) -> str | None:
    """The outlet's name, else the host of the article's URL, else None."""
    if article.outlet:
        return article.outlet
    url = article.url or (article.origin.url if article.origin else None)
    if url:
        from urllib.parse import urlparse

        host = urlparse(url).netloc.lower()
        return host[4:] if host.startswith("www.") else (host or None)
    return None


def _first_dated(dated: Sequence[dict[str, Any]], day_only: set[str]) -> dict[str, Any]:
    """The earliest of reports ordered by publication time.  A report dated only by its day
    (its midnight a stand-in) is first only when that day is before every timed report's:
    on the same day nothing says which came first (AEB: a USA Today page dated 19 November,
    read as midnight, had been "first" before a report timed 01:19 that night)."""
    timed = [a for a in dated if a["id"] not in day_only]
    if not timed:
        return dated[0]
    earlier = [a for a in dated if a["id"] in day_only and a["published"][:10] < timed[0]["published"][:10]]
    return earlier[0] if earlier else timed[0]


def coverage(
    event: Event,
    analyses: Sequence[Analysis],
    inferred: Mapping[str, dict[str, Any] | None],
) -> dict[str, Any]:
    """Outlets, per-article publication (stated or inferred) and the first report."""
    outlets: dict[str, list[str]] = {}
    unknown: list[str] = []
    articles = []
    for analysis in analyses:
        article = analysis.article
        outlet = outlet_of(article)
        if outlet:
            outlets.setdefault(outlet, []).append(article.id)
        else:
            unknown.append(article.id)  # each its own: unknown outlets are not one outlet
        articles.append(
            {
                "id": article.id,
                "outlet": outlet_of(article),
                "title": article.title,
                "published": article.published.isoformat() if article.published else None,
                "published_inferred": inferred.get(article.id),
                # A near-duplicate (syndicated or copied text) is listed, but
                # the summary, timeline and counts take its original only.
                "duplicate_of": event.duplicate_of.get(article.id),
            }
        )

    def when(entry: dict[str, Any]) -> str:
        if entry["published"]:
            return entry["published"]
        guess = entry["published_inferred"]
        return guess["earliest"] if guess else "9999"

    ordered = sorted(articles, key=when)
    first = None
    # The first report is the earliest dated one, unless an undated article's
    # whole inferred range lies before it (a preview published before the event).
    dated = [a for a in ordered if a["published"]]
    if dated:
        first = _first_dated(dated, {a.id for a in analyses if a.article.published_precision == "day"})
        for entry in ordered:
            guess = entry["published_inferred"]
            if guess and guess["latest"] < first["published"][:10]:
                first = entry
                break
    elif ordered:
        first = ordered[0]
    first_report = None
    if first is not None:
        first_report = {
            "id": first["id"],
            "outlet": first["outlet"],
            "published": first["published"],
            "published_inferred": first["published_inferred"],
        }
    return {
        "outlets": [{"outlet": name, "articles": ids} for name, ids in sorted(outlets.items(), key=lambda kv: -len(kv[1]))]
        + [{"outlet": None, "articles": [article_id]} for article_id in unknown],
        "articles": ordered,
        "first_report": first_report,
    }
