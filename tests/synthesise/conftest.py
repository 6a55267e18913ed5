"""Fixtures for synthesis tests: the seed event and a small made-up English event."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from khabar.records import Article, Event, Origin


@pytest.fixture(scope="session")
def seed_event(seed_analyses):
    return Event(id="ev-test", title="seed event", article_ids=sorted(seed_analyses))


@pytest.fixture(scope="session")
def seed_digest(seed_event, seed_analyses):
    from khabar.synthesise import digest_event

    return digest_event(seed_event, seed_analyses)


# Three invented reports of one invented storm, written for these tests: two
# dated the same morning, one undated that calls Tuesday "today".  They agree
# on the flooding and the emergency, differ on the injured count (12/14) and
# the rescue boat (special/inflatable), and each carries one detail of its own.
STORM_REPORTS = {
    "storm-a": (
        "Storm floods Eastport",
        datetime(2024, 3, 4, 9, 30, tzinfo=timezone.utc),
        "Coast Daily",
        "A powerful storm flooded hundreds of homes in the coastal town of Eastport on Sunday.\n\n"
        "Officials said 12 people were injured when the storm hit the harbour district.\n\n"
        "The mayor declared a state of emergency in Eastport on Monday.\n\n"
        "Rescue teams used a special boat to reach stranded families in the flooded streets.\n\n"
        "A bakery on the seafront served free soup to volunteers throughout the night.\n\n"
        "Read more: our full coverage of the winter storms\n\nShare this story",
    ),
    "storm-b": (
        "Hundreds of homes flooded in Eastport",
        datetime(2024, 3, 4, 11, 0, tzinfo=timezone.utc),
        "Harbour Herald",
        "Hundreds of homes in the coastal town of Eastport were flooded by a powerful storm on Sunday.\n\n"
        "Authorities said 14 people were injured when the storm hit the harbour district.\n\n"
        "The mayor of Eastport declared a state of emergency on Monday.\n\n"
        "Rescue workers reached stranded families in the flooded streets with an inflatable boat.\n\n"
        "The local football club postponed its weekend match against a rival team.\n\n"
        "Click here to subscribe to our newsletter!",
    ),
    "storm-c": (
        "Eastport storm moves out to sea",
        None,
        "Valley Times",
        "The powerful storm that flooded hundreds of homes in Eastport on Sunday has moved out to sea.\n\n"
        "The mayor declared a state of emergency in Eastport on Monday, officials said.\n\n"
        "Engineers restored electricity to the harbour district today, Tuesday, after two days of work.\n\n"
        "A retired teacher said she had never seen the sea so high in her seventy years in the town.",
    ),
}


@pytest.fixture(scope="session")
def storm_analyses():
    from khabar.analyse import analyse_articles

    articles = []
    for article_id, (title, published, outlet, body) in STORM_REPORTS.items():
        articles.append(
            Article(
                id=article_id,
                source=f"{article_id}.txt",
                origin=Origin(kind="text", path=f"{article_id}.txt"),
                title=title,
                body=body,
                published=published,
                outlet=outlet,
                language="en",
            )
        )
    return {a.id: a for a in analyse_articles(articles)}


@pytest.fixture(scope="session")
def storm_event(storm_analyses):
    return Event(id="ev-storm", title="Eastport storm", article_ids=list(storm_analyses))
