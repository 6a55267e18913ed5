"""Articles for the clustering tests: hand-written reports beside the seed story.

``data/en_seed_story.txt`` retells the seed story in English (written from the
facts, not translated); ``en_unrelated.txt`` and ``hi_other_*.txt`` are other
news of the same September 2023 days, one of them (``hi_other_5``) about North
Korea too, to tempt the clusterer with shared entities.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from khabar.records import Article, Origin

DATA = Path(__file__).parent / "data"
IST = timezone(timedelta(hours=5, minutes=30))

# file -> (published, outlet, language)
OTHER = {
    "en_seed_story.txt": (datetime(2023, 9, 13, 20, 0, tzinfo=IST), "Test Wire", "en"),
    "en_unrelated.txt": (datetime(2023, 9, 13, 9, 0, tzinfo=IST), "Test Wire", "en"),
    "hi_other_1.txt": (datetime(2023, 9, 12, 10, 0, tzinfo=IST), "परीक्षण समाचार", "hi"),
    "hi_other_2.txt": (datetime(2023, 9, 12, 23, 0, tzinfo=IST), "परीक्षण समाचार", "hi"),
    "hi_other_3.txt": (datetime(2023, 9, 13, 8, 0, tzinfo=IST), "परीक्षण समाचार", "hi"),
    "hi_other_4.txt": (datetime(2023, 9, 13, 16, 0, tzinfo=IST), "परीक्षण समाचार", "hi"),
    "hi_other_5.txt": (datetime(2023, 9, 13, 11, 0, tzinfo=IST), "परीक्षण समाचार", "hi"),
}


def article_from_file(name: str) -> Article:
    path = DATA / name
    published, outlet, language = OTHER[name]
    title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
    return Article(id=path.stem, source=str(path), origin=Origin(kind="text", path=str(path)),
                   title=title.strip(), body=body.strip(), published=published, outlet=outlet, language=language)


@pytest.fixture(scope="session")
def other_articles() -> dict[str, Article]:
    return {Path(name).stem: article_from_file(name) for name in OTHER}


@pytest.fixture(scope="session")
def mixed_analyses(seed_articles, other_articles):
    """Seeds and the hand-written articles analysed together (entity keys linked across them)."""
    from khabar.analyse import analyse_articles

    analyses = analyse_articles(list(seed_articles.values()) + list(other_articles.values()))
    return {a.id: a for a in analyses}


@pytest.fixture
def pair_of_second():
    """The pair features a second piece gets against the first piece's event
    (the piece before it in the same file, its only candidate)."""
    from khabar.cluster import OnlineClusterer
    from khabar.cluster.features import article_features

    def score(first, second, config=None) -> dict:
        clusterer = OnlineClusterer(config)
        clusterer.add(first)
        seen = []

        def chooser(feats, scored):
            seen.extend(pair for _, pair in scored)
            return None

        clusterer.add_features(article_features(second), chooser=chooser)
        assert len(seen) == 1  # the piece before it is a candidate through the same file
        return seen[0]

    return score
