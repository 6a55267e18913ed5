"""``khabar analyse``: sentences, linked entities, resolved times and keyphrases per article."""

from __future__ import annotations

import argparse
import json
import sys

from khabar.cli.common import (
    Output,
    add_input_arguments,
    add_parallel_arguments,
    cannot_write,
    parallel_pool,
    report_errors,
    report_skipped,
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyse",
        help="analyse articles: sentences, entities, times, keyphrases (JSON lines)",
        description="Read and clean the inputs, then write one JSON object per article: the "
        "extract fields plus `sentences` (text, start, end), `entities` (canonical name, type, "
        "aliases, mentions), `times` (text, start, end, date, precision, or unresolved) and "
        "`keyphrases`. Offsets index the article's `body`. Entities are linked across all "
        "articles of the run, so the same person has the same key in every article.",
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--jsonl", required=True, metavar="OUT", help="output file for JSON lines ('-' = stdout)"
    )
    add_parallel_arguments(parser)
    parser.set_defaults(func=run)


def analysis_json(analysis) -> dict:
    """One analysed article as the JSON object `khabar analyse` writes."""
    from khabar.records import to_jsonable

    record = to_jsonable(analysis.article)
    record["sentences"] = to_jsonable(analysis.sentences)
    record["entities"] = to_jsonable(analysis.entities)
    record["times"] = to_jsonable(analysis.times)
    record["keyphrases"] = list(analysis.keyphrases)
    return record


def run(args: argparse.Namespace) -> int:
    from khabar.analyse import analyse_articles
    from khabar.cli.extract import write_lines
    from khabar.pipeline import extract

    output = Output(args.jsonl)
    problem = output.problem()  # before the work, not after it (QA: /nonexist2/a.jsonl)
    if problem:
        print(f"khabar: {args.jsonl}: {problem}", file=sys.stderr)
        return 1
    skipped: list[str] = []
    with parallel_pool(args) as pool:
        articles, errors = extract(args.paths, multi_article=args.multi_article, fetch_links=not args.no_fetch,
                                   on_skip=skipped.append, pool=pool,
                                   not_inputs=[args.jsonl] if args.jsonl != "-" else [])
        analyses = analyse_articles(articles, pool=pool)
    report_skipped(skipped)
    if analyses:
        try:
            write_lines(output.open(), (analysis_json(analysis) for analysis in analyses))
            output.commit()
        except BrokenPipeError:
            raise
        except OSError as exc:  # a full disk, /dev/full: the old file stays as it was
            return cannot_write(args.jsonl, exc) | report_errors(errors)
        finally:
            output.discard()
    kept = "" if analyses or args.jsonl == "-" else f"; {args.jsonl} left as it was"
    print(f"analysed {len(analyses)} article(s){kept}", file=sys.stderr)
    return report_errors(errors)
