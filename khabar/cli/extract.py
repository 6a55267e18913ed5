"""``khabar extract PATH... --jsonl OUT``: read and clean, write JSON lines, store nothing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO

from khabar.cli.common import add_input_arguments, add_parallel_arguments, parallel_pool, report_skipped

HELP = "read and clean inputs into JSON lines (one article per line); nothing is stored"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help=HELP,
        description=HELP + ". Inputs: text, HTML, JSONL, WARC and RSS/Atom files, folders (recursed) "
        "or feed URLs. Each bad input gets one line on stderr; the exit code is 1 if any failed.",
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--jsonl", "-o", metavar="OUT", default="-", help="output file for the JSON lines ('-' = stdout, the default)"
    )
    add_parallel_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from khabar.pipeline import iter_extract
    from khabar.records import to_jsonable

    out: IO[str]
    if args.jsonl == "-":
        out, close = sys.stdout, False
    else:
        try:
            out, close = open(args.jsonl, "w", encoding="utf-8"), True
        except OSError as exc:
            print(f"khabar: {args.jsonl}: cannot write: {exc.strerror or exc}", file=sys.stderr)
            return 1
    written = failed = 0
    skipped: list[str] = []
    try:
        with parallel_pool(args) as pool:
            for articles, errors in iter_extract(
                args.paths, multi_article=args.multi_article, fetch_links=not args.no_fetch,
                on_skip=skipped.append, pool=pool,
            ):
                for error in errors:
                    print(f"khabar: {error}", file=sys.stderr)
                failed += len(errors)
                for article in articles:
                    out.write(json.dumps(to_jsonable(article), ensure_ascii=False) + "\n")
                written += len(articles)
                out.flush()
    finally:
        if close:
            out.close()
    note = f", skipped {len(skipped)} with no article text after cleaning" if skipped else ""
    print(f"extracted {written}, failed {failed}{note}", file=sys.stderr)
    report_skipped(skipped)
    return 1 if failed else 0
