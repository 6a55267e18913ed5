"""khabar.pipeline: cleaning chunks on worker processes gives what one process gives, errors in place."""

from khabar.parallel import executor
from khabar.pipeline import iter_extract


def _extracted(paths, **options):
    return [
        ([(a.id, a.title, a.body, a.removed) for a in articles], [(e.source, e.message) for e in errors])
        for articles, errors in iter_extract(paths, **options)
    ]


def test_chunks_cleaned_on_workers_come_back_as_one_process_cleans_them(seeds_dir, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"title": "no text here"}\n', encoding="utf-8")
    paths = [seeds_dir, broken]
    alone = _extracted(paths, chunk_size=2)
    with executor(2) as pool:
        pooled = _extracted(paths, chunk_size=2, pool=pool)
    assert pooled == alone
    assert sum(len(articles) for articles, _ in pooled) == 5
    assert [errors for _, errors in pooled if errors][0][0][0].endswith("broken.jsonl:1")


def test_chunks_are_cleaned_a_window_at_a_time(seeds_dir, monkeypatch):
    import khabar.pipeline

    monkeypatch.setattr(khabar.pipeline, "CHUNKS_PER_WINDOW", 2)  # three chunks of two: two windows
    alone = _extracted([seeds_dir], chunk_size=2)
    with executor(2) as pool:
        pooled = _extracted([seeds_dir], chunk_size=2, pool=pool)
    assert pooled == alone and len(pooled) == 3


def test_a_page_left_without_text_is_skipped_like_an_empty_text_file(tmp_path):
    # QA's nobody.html: a <title> and an empty <body> had been stored as an article with
    # body "" (language "tt") and become an event of its own, with no message.
    page = tmp_path / "nobody.html"
    page.write_text("<html><head><title>Empty</title></head><body></body></html>", encoding="utf-8")
    headline = tmp_path / "headline.txt"
    headline.write_text("Dock workers end their strike\n", encoding="utf-8")
    skipped = []
    articles = [a for chunk, _ in iter_extract([page, headline], on_skip=skipped.append) for a in chunk]
    assert skipped == [str(page)]
    assert [a.id for a in articles] == ["headline"]  # a text file's headline alone is still kept
