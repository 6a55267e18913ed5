"""`khabar ingest`: store, idempotent re-runs, bad inputs reported, exit codes."""

from __future__ import annotations

import json
import shutil
import sys

import pytest

from khabar.cli.ingest import ingest_paths
from khabar.cli.main import main
from khabar.store import Store


def test_ingest_twice_is_idempotent(seeds_dir, tmp_path, capsys):
    db = str(tmp_path / "k.sqlite3")
    assert main(["ingest", str(seeds_dir), "--db", db, "-q"]) == 0
    assert "added 5, duplicate 0, failed 0" in capsys.readouterr().out
    # Same content under another name is still a duplicate.
    copy = tmp_path / "copy"
    copy.mkdir()
    first = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(first, copy / "renamed.txt")
    assert main(["ingest", str(seeds_dir), str(copy), "--db", db, "-q"]) == 0
    assert "added 0, duplicate 6, failed 0" in capsys.readouterr().out
    with Store(db) as store:
        assert store.count_articles() == 5


def test_bad_inputs_reported_rest_stored_nothing_lost(seeds_dir, tmp_path, capsys):
    db = str(tmp_path / "k.sqlite3")
    assert main(["ingest", str(seeds_dir), "--db", db, "-q"]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "junk.jsonl").write_text('{"id": "j1", "text": "A wire report on the summit in Vladivostok."}\n{oops\n')
    code = main(["ingest", str(bad), str(tmp_path / "absent"), "--db", db, "-q"])
    captured = capsys.readouterr()
    assert code == 1
    assert "added 1, duplicate 0, failed 3" in captured.out
    errors = [line for line in captured.err.splitlines() if line.startswith("khabar: ")]
    assert len(errors) == 3 and any("junk.jsonl:2" in e for e in errors)
    with Store(db) as store:
        assert store.count_articles() == 6
        assert store.get_article("j1") is not None


def test_ingest_paths_report_and_new_articles(seeds_dir, tmp_path):
    with Store(tmp_path / "k.sqlite3") as store:
        seen = []
        report = ingest_paths(store, [seeds_dir], on_progress=seen.append)
        assert len(report.added) == 5 and report.failed == 0 and sum(seen) == 5
        assert [a.id for a in report.new_articles(store)] == report.added
        assert report.summary() == "added 5, duplicate 0, failed 0; 1 event(s) updated"


def test_ingest_analyses_and_clusters_new_articles_incrementally(seeds_dir, tmp_path):
    seeds = sorted(seeds_dir.glob("*.txt"))
    with Store(tmp_path / "k.sqlite3") as store:
        first = ingest_paths(store, seeds[:2])
        second = ingest_paths(store, seeds[2:])
        # every stored article has its analysis, and the later batch joined
        # the event the first batch started: one story, one stable event id
        assert {a.id for a in store.load_analyses()} == {p.stem for p in seeds}
        assert len(set(first.events.values()) | set(second.events.values())) == 1
        (event,) = store.load_events()
        assert sorted(event.article_ids) == sorted(p.stem for p in seeds)


def test_ingest_without_analysis_stores_articles_only(seeds_dir, tmp_path):
    with Store(tmp_path / "k.sqlite3") as store:
        report = ingest_paths(store, [seeds_dir], analyse=False)
        assert len(report.added) == 5 and not report.events
        assert store.load_analyses() == [] and store.load_events() == []


def test_unwritable_database_is_one_clear_error(tmp_path, seeds_dir, capsys):
    not_a_db = tmp_path / "file.sqlite3"
    not_a_db.write_bytes(b"this is not an sqlite database" * 100)
    assert main(["ingest", str(seeds_dir), "--db", str(not_a_db), "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(not_a_db) in err[0]


def test_a_folder_given_as_the_database_is_one_clear_error(tmp_path, seeds_dir, capsys):
    assert main(["ingest", str(seeds_dir), "--db", str(tmp_path), "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"khabar: {tmp_path}: a folder, not a database file (give --db a file name)"]


def test_reading_commands_never_create_a_database(tmp_path, capsys):
    missing = tmp_path / "typo.sqlite3"
    for command in (["digest", "--db", str(missing)], ["articles", "--db", str(missing)],
                    ["events", "--db", str(missing)], ["cluster", "--db", str(missing)]):
        assert main(command + ["--quiet"] if command[0] == "digest" else command) == 1
        assert "no database yet" in capsys.readouterr().err
    assert not missing.exists()
    assert main(["digest", "--db", str(tmp_path), "--quiet"]) == 1
    assert "not a database file" in capsys.readouterr().err


def test_reingest_in_a_different_batch_is_still_duplicate(seeds_dir, tmp_path, capsys):
    # The cleaner's boilerplate evidence depends on the batch, so a file read
    # alone and then with others may clean differently; it is still the same input.
    db = str(tmp_path / "k.sqlite3")
    first = sorted(seeds_dir.glob("*.txt"))[0]
    assert main(["ingest", str(first), "--db", db, "-q"]) == 0
    assert "added 1, duplicate 0" in capsys.readouterr().out
    assert main(["ingest", str(seeds_dir), "--db", db, "-q"]) == 0
    assert "added 4, duplicate 1, failed 0" in capsys.readouterr().out


def test_same_body_with_different_declared_titles_is_two_articles(tmp_path, capsys):
    body = "North Korean leader Kim Jong Un arrived in Russia by armoured train, state media said on Tuesday."
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"id": "a", "title": "Kim arrives in Russia", "text": body}) + "\n"
        + json.dumps({"id": "b", "title": "Kim reaches Vladivostok", "text": body}) + "\n"
        + json.dumps({"id": "c", "title": "Kim arrives in Russia", "text": body}) + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "k.sqlite3")
    assert main(["ingest", str(dump), "--db", db, "-q"]) == 0
    assert "added 2, duplicate 1, failed 0" in capsys.readouterr().out
    with Store(db) as store:
        assert store.get_article("b").title == "Kim reaches Vladivostok"
        assert store.get_article("a").body == store.get_article("b").body != ""


def test_worker_processes_store_the_analyses_one_process_stores(seeds_dir, tmp_path, monkeypatch, capsys):
    import khabar.analyse

    monkeypatch.setattr(khabar.analyse, "ARTICLES_PER_BATCH", 1)  # five batches for two workers
    stored = {}
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.sqlite3"
        assert main(["ingest", str(seeds_dir), "--db", str(db), "-q", "--workers", workers]) == 0
        with Store(db) as store:
            stored[workers] = sorted(store.load_analyses(), key=lambda a: a.id)
    assert len(stored["2"]) == 5
    assert stored["2"] == stored["1"]


def test_worker_processes_clean_and_store_what_one_process_does(seeds_dir, tmp_path, monkeypatch):
    """Chunks cleaned ahead on workers store the same articles, duplicates, skips and
    errors, in the same order, as chunks cleaned one after another: a copy of an
    earlier chunk's document is that document's duplicate, and a copy of one that
    cleaning left empty (never stored) is cleaned again, as one process does."""
    from khabar.parallel import LocalPool

    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(seed, inputs / seed.name)
    first = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(first, inputs / "zz-copy.txt")  # read last: a copy of the first chunk's document
    dash = json.dumps({"id": "dash", "text": "—"})  # nothing left after cleaning
    wire = ("Kim Jong Un's armoured train reached Vladivostok on Tuesday after a day-long journey. "
            "Officials said he would meet President Vladimir Putin later in the week.")
    (inputs / "a.jsonl").write_text(json.dumps({"id": "w1", "title": "Kim arrives", "text": wire}) + "\n"
                                    + dash + "\n"
                                    + json.dumps({"id": "w3", "title": "Kim's train", "text": wire.upper()}) + "\n")
    (inputs / "b.jsonl").write_text(dash + "\n" + json.dumps({"id": "w2", "title": "Kim and Putin meet",
                                                                "text": wire.replace("Tuesday", "Wednesday")})
                                    + "\n{oops\n")

    def run(pool):
        with Store(tmp_path / f"{pool is not None}.sqlite3") as store:
            report = ingest_paths(store, [inputs], analyse=False, pool=pool, chunk_size=2)
            stored = [(a.id, a.title, a.body) for a in store.iter_articles()]
        return report, stored

    serial, serial_stored = run(None)
    # chunks of two: ... [a.jsonl's dash, w3], [b.jsonl's dash, w2] ...: the second dash
    # was guessed a copy of the first, which cleaning leaves empty, so this process cleans
    # that chunk again (the workers clean the rest: forked, they count in their own copy)
    import khabar.pipeline

    cleaned_here = []
    clean_batch = khabar.pipeline.clean_batch
    monkeypatch.setattr(khabar.pipeline, "clean_batch", lambda docs: cleaned_here.append(len(docs)) or clean_batch(docs))
    pool = LocalPool(2)
    try:
        parallel, parallel_stored = run(pool)
        assert pool.started  # the chunks really went to the workers
    finally:
        pool.shutdown()
    assert cleaned_here == [2]
    assert parallel_stored == serial_stored and len(serial_stored) == 8
    assert parallel.added == serial.added
    assert parallel.duplicates == serial.duplicates and len(serial.duplicates) == 1
    assert parallel.skipped == serial.skipped and len(serial.skipped) == 2  # the dash, cleaned twice
    assert [str(e) for e in parallel.errors] == [str(e) for e in serial.errors] and len(serial.errors) == 1


def test_a_store_in_a_missing_folder_is_reported_not_created(seeds_dir, tmp_path, capsys):
    # QA: `ingest --db /nonexistent-dir/x.db` created the folder, where `extract -o` reports it
    db = tmp_path / "no" / "such" / "k.sqlite3"
    assert main(["ingest", str(seeds_dir), "--db", str(db), "-q"]) == 1
    assert f"khabar: {db}: no such folder: {db.parent}" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


_TERMINATED_INGEST = """
import json, os, signal, sys, time
import khabar.cli.ingest
from khabar.cli.main import main

def stopped_midway(store, paths, *, pool=None, **options):
    store.add_articles([])  # (inside the run's transaction)
    list(pool.map(abs, [1, 2, 3]))  # the workers are started
    with open(sys.argv[3], "w") as handle:
        json.dump(list(pool._pool._processes), handle)
    os.kill(os.getpid(), signal.SIGTERM)  # `kill PID`: the parent alone
    time.sleep(60)

khabar.cli.ingest.ingest_paths = stopped_midway
sys.exit(main(["ingest", sys.argv[1], "--db", sys.argv[2], "--workers", "2", "-q"]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_terminated_ingest_stops_its_workers_and_stores_nothing(seeds_dir, tmp_path):
    # QA: `kill` (SIGTERM) of an ingest ended it at once and left its worker processes
    # waiting for work for ever; it stops now as Ctrl-C stops it, exit 143
    import os
    import signal
    import subprocess
    import time
    from pathlib import Path

    def running(pid: int) -> bool:  # (an orphan's zombie may wait for a reaper: not running)
        try:
            return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
        except OSError:
            return False

    db, pids_file = tmp_path / "k.sqlite3", tmp_path / "workers.json"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    err = tmp_path / "stderr.txt"
    with open(err, "w") as stderr:  # a file, not a pipe: workers left behind would hold a pipe open
        done = subprocess.run([sys.executable, "-c", _TERMINATED_INGEST, str(seeds_dir), str(db), str(pids_file)],
                              stdout=subprocess.DEVNULL, stderr=stderr, timeout=120, env=env)
    workers = [int(pid) for pid in json.loads(pids_file.read_text())]
    try:
        deadline = time.monotonic() + 5
        while any(running(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        said = err.read_text()
        assert done.returncode == 143 and "khabar: interrupted" in said and "Traceback" not in said
        assert not [pid for pid in workers if running(pid)]
    finally:
        for pid in workers:
            if running(pid):
                os.kill(pid, signal.SIGKILL)
    with Store(db) as store:
        assert store.count_articles() == 0
