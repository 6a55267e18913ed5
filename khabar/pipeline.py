"""The pipeline as one-call helpers for the CLI, the web app and tests.

Each helper chains stages in data-flow order; the stages themselves never call
each other backwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from khabar.records import Analysis, Article, ReadError


def extract(paths: Iterable[str | Path]) -> tuple[list[Article], list[ReadError]]:
    """Read every input and clean it: articles plus one error per bad input."""
    from khabar.clean import clean_documents
    from khabar.sources import read_paths

    documents, errors = [], []
    for item in read_paths(paths):
        (errors if isinstance(item, ReadError) else documents).append(item)
    return clean_documents(documents), errors


def analyse(paths: Iterable[str | Path]) -> tuple[list[Analysis], list[ReadError]]:
    from khabar.analyse import analyse_articles

    articles, errors = extract(paths)
    return analyse_articles(articles), errors
