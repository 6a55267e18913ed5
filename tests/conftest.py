"""Shared fixtures: the bundled seed example, read through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_articles():
    """The five seed reports, read and cleaned, keyed by article id."""
    from khabar.pipeline import extract

    articles, errors = extract([SEEDS])
    assert not errors, errors
    return {a.id: a for a in articles}


@pytest.fixture(scope="session")
def seed_analyses(seed_articles):
    """The seed articles analysed and entity-linked, keyed by article id."""
    from khabar.analyse import analyse_articles

    return {a.id: a for a in analyse_articles(list(seed_articles.values()))}
