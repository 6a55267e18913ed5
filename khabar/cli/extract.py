"""``khabar extract PATH... --jsonl OUT``: read and clean, write JSON lines, store nothing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO

from khabar.cli.common import Output, add_input_arguments, add_parallel_arguments, cannot_write, parallel_pool
from khabar.cli.common import report_skipped

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

    output = Output(args.jsonl)
    problem = output.problem()
    if problem:
        print(f"khabar: {args.jsonl}: {problem}", file=sys.stderr)
        return 1
    try:
        out = output.open()
    except OSError as exc:
        return cannot_write(args.jsonl, exc)
    written = failed = 0
    skipped: list[str] = []
    try:
        with parallel_pool(args) as pool:
            for articles, errors in iter_extract(
                args.paths, multi_article=args.multi_article, fetch_links=not args.no_fetch,
                on_skip=skipped.append, pool=pool, not_inputs=[args.jsonl] if args.jsonl != "-" else [],
            ):
                for error in errors:
                    print(f"khabar: {error}", file=sys.stderr)
                failed += len(errors)
                write_lines(out, (article_json(article) for article in articles))
                written += len(articles)
        if written:
            output.commit()
    except BrokenPipeError:
        raise  # (an OSError, but the reader went away: no line about the file)
    except OSError as exc:  # a full disk, /dev/full: the old file stays as it was
        return cannot_write(args.jsonl, exc)
    finally:
        output.discard()  # failed, interrupted or nothing to write: the old file stays as it was
    note = f", skipped {len(skipped)} with no article text after cleaning" if skipped else ""
    kept = "; nothing written" + (f", {args.jsonl} left as it was" if args.jsonl != "-" else "") if not written else ""
    print(f"extracted {written}, failed {failed}{note}{kept}", file=sys.stderr)
    report_skipped(skipped)
    return 1 if failed else 0


def article_json(article) -> dict:
    from khabar.records import to_jsonable

    return to_jsonable(article)


def write_lines(out: IO[str], records) -> None:
    """Records as JSON lines, flushed so a reader of a pipe gets each chunk as it is done."""
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")  # strict JSON
    out.flush()
