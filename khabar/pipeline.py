"""The pipeline as one-call helpers for the CLI, the web app and tests.

Each helper chains stages in data-flow order; the stages themselves never call
each other backwards.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from khabar.parallel import CHUNKS_PER_WINDOW, Pool, map_batches, windows
from khabar.records import Analysis, Article, RawDocument, ReadError


def extract(
    paths: Iterable[str | Path],
    *,
    multi_article: bool = False,
    fetch_links: bool = True,
    on_skip: Callable[[str], None] | None = None,
    pool: Pool | None = None,
    not_inputs: Iterable[str | Path] = (),
) -> tuple[list[Article], list[ReadError]]:
    """Read every input and clean it: articles plus one error per bad input.  Cleaned
    chunk by chunk as every command cleans (:func:`iter_extract`), so a corpus read here
    is the corpus ``khabar digest``, ``ingest`` and ``analyse`` read."""
    articles, errors = [], []
    for chunk_articles, chunk_errors in iter_extract(
        paths, multi_article=multi_article, fetch_links=fetch_links, on_skip=on_skip, pool=pool,
        not_inputs=not_inputs,
    ):
        articles.extend(chunk_articles)
        errors.extend(chunk_errors)
    return articles, errors


def analyse(
    paths: Iterable[str | Path], *, multi_article: bool = False
) -> tuple[list[Analysis], list[ReadError]]:
    from khabar.analyse import analyse_articles

    articles, errors = extract(paths, multi_article=multi_article)
    return analyse_articles(articles), errors


# Documents cleaned together in one streaming chunk. The cleaner uses lines
# recurring across a batch as boilerplate evidence, so chunks are large (a
# day's multi-article paper is ~5-50 documents; 500 covers many files) while
# keeping memory flat on corpora of any size.
EXTRACT_CHUNK = 500


def iter_extract(
    paths: Iterable[str | Path],
    *,
    multi_article: bool = False,
    fetch_links: bool = True,
    chunk_size: int | None = None,
    on_skip: Callable[[str], None] | None = None,
    pool: Pool | None = None,
    not_inputs: Iterable[str | Path] = (),
) -> Iterator[tuple[list[Article], list[ReadError]]]:
    """Streaming :func:`extract`: (articles, errors) per chunk of documents read.

    Errors are yielded as soon as they are met. If cleaning a chunk fails (a
    cleaner bug on odd input), its documents are cleaned one by one and each
    one that still fails becomes a ReadError; the rest carry on. Documents the
    cleaner leaves with neither title nor body (a stray table row in a
    multi-article file) are not errors: they are skipped, and ``on_skip`` gets
    their source.

    With a ``pool`` (:func:`khabar.parallel.executor`) the chunks are read a
    window at a time and cleaned on its workers: the same chunks, so the same
    articles, in the same order.  ``not_inputs``: files never read, whatever folder
    holds them (the command's own output).
    """
    chunks = iter_read_chunks(paths, multi_article=multi_article, fetch_links=fetch_links, chunk_size=chunk_size,
                              not_inputs=not_inputs)
    for window in windows(chunks, CHUNKS_PER_WINDOW if pool is not None else 1):
        cleaned = None
        if pool is not None:
            cleaned = map_batches(pool, clean_batches, [documents for documents, _ in window if documents], 1)
        for documents, errors in window:
            if errors:
                yield [], errors
            if documents:
                articles, errors, skipped = next(cleaned) if cleaned is not None else clean_batch(documents)
                if on_skip:
                    for source in skipped:
                        on_skip(source)
                yield articles, errors


def clean_batches(chunks: list[list[RawDocument]]) -> list[tuple[list[Article], list[ReadError], list[str]]]:
    """:func:`clean_batch` of each chunk (what a worker runs)."""
    return [clean_batch(documents) for documents in chunks]


def iter_read_chunks(
    paths: Iterable[str | Path],
    *,
    multi_article: bool = False,
    fetch_links: bool = True,
    chunk_size: int | None = None,
    not_inputs: Iterable[str | Path] = (),
) -> Iterator[tuple[list[RawDocument], list[ReadError]]]:
    """Read inputs as (documents, errors) chunks: errors alone as met, documents by ``chunk_size``
    (default :data:`EXTRACT_CHUNK`); what was read from a file of ``not_inputs`` is dropped."""
    from khabar.sources import read_paths

    size = chunk_size or EXTRACT_CHUNK
    chunk: list[RawDocument] = []
    excluded = {_resolved(path) for path in not_inputs}
    for item in read_paths(paths, multi_article=multi_article, fetch_links=fetch_links):
        if excluded and _read_from(item) in excluded:
            # QA: `extract dir -o dir/out.jsonl` read its own output (empty then: exit 1)
            continue
        if isinstance(item, ReadError):
            yield [], [item]
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk, []
            chunk = []
    if chunk:
        yield chunk, []


def _resolved(path: str | Path | None) -> Path | None:
    try:
        return Path(path).resolve() if path else None
    except (OSError, RuntimeError):
        return None


# "dump.jsonl:12", "crawl.warc@4096": an error's source is its file and where in it
_PLACE_IN_FILE = re.compile(r"(?::\d+|@\d+)$")


def _read_from(item: RawDocument | ReadError) -> Path | None:
    """The file a document or error was read from."""
    if isinstance(item, ReadError):
        return _resolved(_PLACE_IN_FILE.sub("", item.source))
    return _resolved(item.origin.path)


def clean_batch(documents: list[RawDocument]) -> tuple[list[Article], list[ReadError], list[str]]:
    """Clean documents read together; never raises.

    Returns (articles, errors, skipped): ``skipped`` are the sources of
    documents left with neither title nor body after cleaning.
    """
    # Byte-identical documents are cleaned once and copied: the cleaner takes
    # lines shared across a batch as boilerplate, so two copies of one page
    # would otherwise strip each other bare. The store then sees the copies as
    # duplicates, as they are.
    unique: dict[tuple[str | None, str | None, str], RawDocument] = {}
    copies: list[tuple[RawDocument, RawDocument]] = []
    for document in documents:
        declared = json.dumps(document.meta, sort_keys=True, ensure_ascii=False, default=str)
        first = unique.setdefault((document.text, document.html, declared), document)
        if first is not document:
            copies.append((document, first))
    articles, errors = _clean_unique(list(unique.values()))
    by_id = {a.id: a for a in articles}
    for copy, first in copies:
        if first.id in by_id:
            articles.append(
                dataclasses.replace(
                    by_id[first.id], id=copy.id, origin=copy.origin, source=copy.origin.describe()
                )
            )
    order = {d.id: n for n, d in enumerate(documents)}
    articles.sort(key=lambda a: order.get(a.id, len(order)))
    return _drop_empty(articles, errors)


def _clean_unique(documents: list[RawDocument]) -> tuple[list[Article], list[ReadError]]:
    from khabar.clean import clean_documents

    try:
        articles, errors = clean_documents(documents), []
    except Exception:
        articles, errors = [], []
        for document in documents:
            try:
                articles.extend(clean_documents([document]))
            except Exception as exc:
                message = f"could not clean: {type(exc).__name__}: {exc}".splitlines()[0]
                errors.append(ReadError(document.origin.describe(), message))
    return articles, errors


# Whole web pages: an HTML file or a WARC record.  Their title is the page's <title>,
# there whatever the page holds, so without body text they hold no article.
PAGE_KINDS = frozenset({"html", "warc"})


def _drop_empty(
    articles: list[Article], errors: list[ReadError]
) -> tuple[list[Article], list[ReadError], list[str]]:
    # An article with neither title nor body is not an article: it is skipped
    # rather than stored empty (all empties would also dedupe as one).  Nor is a
    # web page left without body text: QA's nobody.html ("<title>Empty</title>",
    # an empty <body>) had been stored with body "" in language "tt" and made an
    # event of its own.
    kept, skipped = [], []
    for article in articles:
        if _has_text(article):
            kept.append(article)
        else:
            skipped.append(article.source)
    return kept, errors, skipped


def _has_text(article: Article) -> bool:
    if (article.body or "").strip():
        return True
    return article.origin.kind not in PAGE_KINDS and bool((article.title or "").strip())
