"""Cleaning: RawDocument -> Article (boilerplate out, newsroom metadata in).

``clean_documents`` cleans a batch and uses the batch as evidence: a short line
found in several documents is site furniture. ``clean_document`` cleans one.
HTML goes through trafilatura for the main text and page metadata, then the
same text rules. Metadata supplied by the container (``doc.meta``) wins over
guesses from the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.clean.boilerplate import ALL_RULES, HTML_RULES, clean_text, split_lines
from khabar.clean.dates import is_date_only, is_zoneless_time, parse_published
from khabar.clean.lines import line_key
from khabar.clean.metadata import clean_author, find_dateline, outlet_from_url, outlet_prefix, parse_byline
from khabar.records import Article, RawDocument, RemovedLine

__all__ = ["clean_documents", "clean_document", "recurring_lines"]

KNOWN_META = ("title", "author", "published", "outlet", "language", "url")
# A line must appear in at least this many documents of a batch to count as
# recurring boilerplate.
MIN_RECURRING_DOCS = 2
# Two documents sharing a line this long are copies of one story, not
# evidence for each other (longest boilerplate line in the seeds: 24 words,
# shortest seed paragraph: 25).
MIN_SHARED_PARAGRAPH_WORDS = 25


def recurring_lines(docs: Sequence[RawDocument], texts: Sequence[str] | None = None) -> frozenset[str]:
    """Keys of short lines found in at least MIN_RECURRING_DOCS unrelated documents.

    Copies of one story (the same page scraped twice, an agency report run by
    two outlets) share their headline and sub-headings; that is no evidence of
    boilerplate. Documents sharing any long line (a paragraph) are therefore
    grouped first, and a line counts once per group.  ``texts``: the documents'
    plain texts when the caller has them (HTML already through trafilatura).
    """
    keys_per_doc = []
    for number, doc in enumerate(docs):
        try:
            lines = split_lines((texts[number] if texts is not None else _page(doc)[0]) or "")
        except Exception:  # evidence is optional; a bad document gives none
            lines = []
        keys_per_doc.append({line_key(l.text): l.words for l in lines if l.words})
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for number, keys in enumerate(keys_per_doc):
        for key, words in keys.items():
            if words >= MIN_SHARED_PARAGRAPH_WORDS:
                if key in owner:
                    parent[root(number)] = root(owner[key])
                else:
                    owner[key] = number
    groups: dict[str, set[int]] = {}
    for number, keys in enumerate(keys_per_doc):
        for key in keys:
            groups.setdefault(key, set()).add(root(number))
    return frozenset(key for key, found in groups.items() if key and len(found) >= MIN_RECURRING_DOCS)


def clean_documents(docs: Sequence[RawDocument]) -> list[Article]:
    """Clean a batch, using lines recurring across its documents as evidence."""
    docs = list(docs)
    # Each HTML page goes through trafilatura once, though the batch reads its text
    # twice (recurring-line evidence, then cleaning).  (A bounded cache of 256 pages
    # had sent every page of a larger batch through it three times: a feed of 3,000
    # items took 48 s to clean, 16 s of it on evidence.)
    pages = [_page(doc) for doc in docs]
    recurring = recurring_lines(docs, [text for text, _ in pages]) if len(docs) > 1 else frozenset()
    return [clean_document(doc, recurring, page) for doc, page in zip(docs, pages)]


def _page(doc: RawDocument) -> tuple[str, dict]:
    """(plain text, page metadata) of a document: an HTML page's main text and
    metadata through trafilatura, or the text as it came.  Never raises."""
    if doc.html is None or doc.text is not None:
        return doc.text or "", {}
    from khabar.clean.html import extract_html

    try:
        return extract_html(doc.html or "", url=_str(doc.meta.get("url")) or doc.origin.url)
    except Exception as error:  # malformed HTML must not stop the batch
        return "", {"_error": str(error)}


def _for_indian_readers(language: str | None, url: str | None) -> bool:
    """Is the page written for Indian readers, so that its zoneless times are Indian time:
    a Hindi page, or one on an .in domain?"""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if url else ""
    return language == "hi" or host.endswith(".in")


def clean_document(doc: RawDocument, recurring: frozenset[str] = frozenset(),
                   page: tuple[str, dict] | None = None) -> Article:
    """Clean one document. Never raises on bad input: worst case an empty body.
    ``page``: its :func:`_page` when the caller has it already."""
    meta = dict(doc.meta or {})
    text, page_meta = page if page is not None else _page(doc)
    page_meta = dict(page_meta)

    known_title = _str(meta.get("title")) or _str(page_meta.get("title"))
    from_html = doc.html is not None and doc.text is None
    result = clean_text(text, recurring, known_title=known_title, rules=HTML_RULES if from_html else ALL_RULES)

    author = published = None
    byline_day_only = False
    for line in result.bylines:
        byline = parse_byline(line)
        author = author or byline.author
        if published is None and byline.published is not None:
            published, byline_day_only = byline.published, byline.day_only

    paragraphs = list(result.paragraphs)
    removed = list(result.removed)
    outlet = dateline = None
    if paragraphs:
        first = paragraphs[0]
        line_no = result.first_line.get(first, 0)
        found = outlet_prefix(first)
        if found:
            outlet, cut = found
            removed.append(RemovedLine(text=first[:cut].strip(), reason="outlet", line=line_no))
            first = first[cut:].lstrip()
        found = find_dateline(first)
        if found:
            dateline, cut = found
            removed.append(RemovedLine(text=first[:cut].strip(), reason="dateline", line=line_no))
            first = first[cut:].lstrip()
        paragraphs[0] = first
        if not first:
            paragraphs.pop(0)

    body = "\n\n".join(p for p in paragraphs if p)
    extra = {k: v for k, v in meta.items() if k not in KNOWN_META}
    declared = parse_published(meta.get("published"))
    if declared is None and meta.get("published") not in (None, ""):
        # Kept as given, not lost: "2023-13-45" or "yesterday" dates nothing, but the
        # store (and `khabar article`) still shows what the input said.
        extra["published_declared"] = meta["published"]
    page_date = None if declared or published else parse_published(page_meta.get("date"))
    if declared is not None:
        day_only = is_date_only(meta["published"])
    elif published is not None:
        day_only = byline_day_only
    else:
        day_only = page_date is not None and is_date_only(page_meta["date"])
    url = _str(meta.get("url")) or doc.origin.url or _str(page_meta.get("url"))
    language = _language(_str(meta.get("language")), (result.title or "") + "\n" + body)
    if declared is not None and is_zoneless_time(meta["published"]) and not _for_indian_readers(language, url):
        # A time with no zone is the site's local time: Indian time on an Indian page (the
        # default zone), unknown elsewhere, so only its day is known (AEB: the Washington
        # Examiner's "2019-11-18T17:26", read as 17:26 in India, had made it the "first report").
        day_only = True
    if day_only:
        # A day, not a time (a byline's "Nov. 19, 2019", a page's own date): midnight is a
        # stand-in, so say so to every reader of the record.
        extra["published_precision"] = "day"
    return Article(
        id=doc.id,
        source=doc.origin.describe(),
        origin=doc.origin,
        title=result.title,
        body=body,
        author=clean_author(meta.get("author")) or author or clean_author(page_meta.get("author")),
        published=declared or published or page_date,
        outlet=_str(meta.get("outlet")) or outlet or _str(page_meta.get("sitename")) or outlet_from_url(url),
        dateline=dateline,
        language=language,
        url=url,
        removed=removed,
        extra=extra,
    )


def _str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# A Latin-script text this long is read by the language detector rather than taken on
# its page's word (shorter texts, a heading or a caption, tell the detector too little).
DECLARED_CHECK_MIN_CHARS = 400


def _language(declared: str | None, text: str) -> str | None:
    """The declared language ("hi-IN" -> "hi") unless the script contradicts it.

    Page templates often declare lang="en" on Hindi pages; a declaration is
    kept only when the text's script agrees with it.
    """
    from khabar.clean.language import DEVANAGARI_MAJORITY, detect_language, script_shares

    if declared:
        code = declared.replace("_", "-").split("-")[0].lower()
        if len(code) in (2, 3) and code.isalpha():
            devanagari = script_shares(text)["deva"]
            if text.strip() and (code in ("hi", "mr", "ne", "sa")) != (devanagari >= DEVANAGARI_MAJORITY):
                return detect_language(text.strip())
            if len(text) >= DECLARED_CHECK_MIN_CHARS and devanagari < DEVANAGARI_MAJORITY:
                # ... and a Latin-script page's declaration only when the text reads as that
                # language: AEB's German e-health article declares lang="en"
                return detect_language(text.strip()) or code
            return code
    return detect_language(text.strip())
