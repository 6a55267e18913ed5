"""analyse_articles on worker processes gives the analyses a single process gives."""

import khabar.analyse
from khabar.analyse import analyse_articles
from khabar.parallel import executor


def test_worker_processes_analyse_the_seeds_as_one_process_does(seed_articles, seed_analyses, monkeypatch):
    # One article per batch, so the five seeds really go to the workers.
    monkeypatch.setattr(khabar.analyse, "ARTICLES_PER_BATCH", 1)
    articles = list(seed_articles.values())
    with executor(2) as pool:
        pooled = analyse_articles(articles, pool=pool)
    assert [a.id for a in pooled] == [a.id for a in articles]
    assert pooled == [seed_analyses[a.id] for a in articles]
    assert any(e.key == "kim jong un" for e in pooled[0].entities)  # linked across the workers' batches
