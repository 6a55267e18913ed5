"""``khabar articles`` (a table of stored articles) and ``khabar article ID`` (one in full)."""

from __future__ import annotations

import argparse
import json
import sys

from khabar.cli.common import add_db_argument, open_store, print_json, whole_number
from khabar.web.common import display_width



def register(subparsers: argparse._SubParsersAction) -> None:
    table = subparsers.add_parser(
        "articles",
        help="list stored articles as a table (in ingestion order)",
        description="List stored articles: id, date, outlet, language and title, in ingestion order.",
    )
    add_db_argument(table)
    table.add_argument("--limit", "-n", type=whole_number(0), default=50, metavar="N",
                       help="show at most N articles (default 50; 0 = all)")
    table.add_argument("--offset", type=whole_number(0), default=0, metavar="N",
                       help="skip the first N articles (default 0)")
    table.add_argument("--search", "-s", metavar="WORDS",
                       help="only articles containing all these words (full text; a name also matches its other "
                            "spellings in any script: Putin finds पुतिन)")
    table.set_defaults(func=run_table)

    one = subparsers.add_parser(
        "article",
        help="show one stored article: metadata, clean text and removed lines",
        description="Show one stored article: its metadata, clean body and the lines the cleaner removed.",
    )
    one.add_argument("id", metavar="ID", help="article id (as listed by `khabar articles`)")
    add_db_argument(one)
    one.add_argument("--json", action="store_true", help="print the article as one JSON object")
    one.set_defaults(func=run_article)


def fit(text: str, width: int) -> str:
    """``text`` cut (with an ellipsis) or padded to ``width`` columns."""
    text = " ".join((text or "").split())
    if display_width(text) > width:
        while text and display_width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - display_width(text))


def run_table(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    if store is None:
        return 1
    with store:
        total = store.count_articles()
        limit = None if args.limit <= 0 else args.limit
        if args.search:
            parts = store.parse_query(args.search)
            # every match, to count them and page through them as the table without --search
            # does (QA: --limit 3 --offset 3 had said "no articles match" of 20 matches, and a
            # limited search had not said how many more there were)
            hits = store.search(args.search, limit=None, parts=parts)
            page = hits[args.offset :] if limit is None else hits[args.offset : args.offset + limit]
            rows = [r for r in (_row(store, i) for i, _ in page) if r]
            total = len(hits)
            for part in parts:
                if part.names:  # why a hit may lack the words typed
                    print(f"khabar: {' '.join(part.words)!r} also searched as {' · '.join(part.names)}",
                          file=sys.stderr)
        else:
            rows = store.article_rows(limit=limit, offset=args.offset)
    if not rows:
        matching = f" matching {args.search!r}" if args.search else ""
        print(f"no articles past the first {total}{matching}" if total else
              f"no articles match {args.search!r}" if args.search else "no articles stored yet")
        return 0
    id_width = min(40, max(display_width("id"), *(display_width(r["id"]) for r in rows)))
    outlet_width = min(20, max(6, *(display_width(r["outlet"] or "") for r in rows)))
    print(f"{fit('id', id_width)}  {fit('date', 10)}  {fit('outlet', outlet_width)}  {fit('lang', 4)}  title")
    for row in rows:
        date = (row["published"] or "")[:10]
        print(
            f"{fit(row['id'], id_width)}  {fit(date, 10)}  {fit(row['outlet'] or '', outlet_width)}  "
            f"{fit(row['language'] or '', 4)}  {fit(row['title'] or '', 70).rstrip()}"
        )
    shown = args.offset + len(rows)
    if shown < total:
        print(f"… {total - shown} more (use --limit / --offset)")
    return 0


def _row(store, article_id: str) -> dict | None:
    article = store.get_article(article_id)
    if article is None:
        return None
    published = article.published.isoformat() if article.published else None
    return {
        "id": article.id,
        "published": published,
        "outlet": article.outlet,
        "language": article.language,
        "title": article.title,
    }


def _labelled(name: str, value: str) -> str:
    """"name:" and the value in a column; a name too long for it gets its own space."""
    return f"{name + ':':11}{value}" if len(name) < 10 else f"{name}: {value}"


def run_article(args: argparse.Namespace) -> int:
    from khabar.records import to_jsonable

    store = open_store(args.db)
    if store is None:
        return 1
    from khabar.sources.decode import shown_name

    with store:
        # ids are stored as readers name them: a file name's undecodable bytes as \xff,
        # which is how the name typed at a shell arrives here (QA: a UnicodeEncodeError
        # traceback for the id of a file named x\xff.txt, typed as its name)
        article = store.get_article(shown_name(args.id))
    if article is None:
        print(f"khabar: no article with id {args.id!r}", file=sys.stderr)
        return 1
    if args.json:
        print_json(json.dumps(to_jsonable(article), ensure_ascii=False, indent=2, allow_nan=False) + "\n")  # strict JSON
        return 0
    print(article.title or "(untitled)")
    print("=" * min(78, max(8, display_width(article.title or "(untitled)"))))
    fields = [
        ("id", article.id),
        ("source", article.source),
        ("url", article.url),
        ("outlet", article.outlet),
        ("author", article.author),
        ("published", article.published.isoformat() if article.published else None),
        ("dateline", article.dateline),
        ("language", article.language),
    ]
    for name, value in fields:
        if value:
            print(_labelled(name, value))
    for key, value in (article.extra or {}).items():
        print(_labelled(key, json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value))
    print()
    print(article.body or "(empty body)")
    if article.removed:
        print()
        print(f"removed lines ({len(article.removed)}):")
        for line in article.removed:
            print(f"  [{line.reason}] line {line.line}: {line.text}")
    return 0
