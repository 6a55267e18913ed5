"""`khabar extract`: JSON lines out, one stderr line per bad input, exit code."""

from __future__ import annotations

import json

from khabar.cli.main import main

REQUIRED = {"id", "source", "title", "author", "published", "outlet", "dateline", "language", "body", "removed"}


def test_extract_seeds_to_stdout(seeds_dir, capsys):
    assert main(["extract", str(seeds_dir), "--jsonl", "-"]) == 0
    out = capsys.readouterr().out
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 5
    assert all(REQUIRED <= r.keys() for r in records)
    assert sorted(r["id"] for r in records) == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert all(r["body"].strip() and r["language"] == "hi" for r in records)


def test_extract_to_file_with_bad_inputs(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(
        "Kim arrives in Russia\n\nNorth Korean leader Kim Jong Un arrived in Russia by train on Tuesday, "
        "state media said, ahead of a meeting with President Vladimir Putin.\n",
        encoding="utf-8",
    )
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(inputs), str(inputs / "missing.txt"), "--jsonl", str(out)])
    assert code == 1
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "good" and "Vladimir Putin" in record["body"]
    err = capsys.readouterr().err.splitlines()
    problems = [line for line in err if line.startswith("khabar: ")]
    assert len(problems) == 3
    assert any("empty.txt" in p and "empty" in p for p in problems)
    assert any("binary.txt" in p and "binary" in p for p in problems)
    assert any("missing.txt" in p and "no such file" in p for p in problems)


def test_extract_multi_article(tmp_path, capsys):
    paper = tmp_path / "Daily-Paper"
    paper.mkdir()
    (paper / "DP-2020-03-05.txt").write_text(
        "पहली खबर का शीर्षक\n\nपहली खबर का पूरा पैरा यहाँ है और यह काफी लंबा है।\n\n"
        "दूसरी खबर का शीर्षक\n\nदूसरी खबर का पूरा पैरा यहाँ है और यह भी लंबा है।\n",
        encoding="utf-8",
    )
    assert main(["extract", str(tmp_path), "--multi-article"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["DP-2020-03-05-001", "DP-2020-03-05-002"]
    assert all(r["outlet"] == "Daily Paper" and r["published"].startswith("2020-03-05") for r in records)


def test_an_input_of_boilerplate_only_is_named_not_silently_dropped(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "menu.txt").write_text("Home | About | Contact\nADVERTISEMENT\nShare this story\n", encoding="utf-8")
    code = main(["extract", str(inputs), "--jsonl", str(tmp_path / "out.jsonl")])
    assert code == 0  # not a failure: the file was read, it just holds no article
    err = capsys.readouterr().err
    assert "no article text left after cleaning" in err and "menu.txt" in err


def test_worker_processes_extract_the_lines_one_process_extracts(seeds_dir, tmp_path, monkeypatch):
    import khabar.pipeline

    monkeypatch.setattr(khabar.pipeline, "EXTRACT_CHUNK", 2)  # three chunks of the five seeds for two workers
    written = {}
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        assert main(["extract", str(seeds_dir), "-o", str(out), "--workers", workers]) == 0
        written[workers] = out.read_text(encoding="utf-8")
    assert written["2"] == written["1"] and len(written["1"].splitlines()) == 5
    # the chunks went to the workers: their cleaning is the function a pool maps
    mapped = []
    map_batches = khabar.pipeline.map_batches
    monkeypatch.setattr(khabar.pipeline, "map_batches",
                        lambda pool, run, items, size: mapped.append(pool) or map_batches(pool, run, items, size))
    assert main(["extract", str(seeds_dir), "-o", str(tmp_path / "again.jsonl"), "--workers", "2"]) == 0
    assert mapped and all(pool is not None for pool in mapped)


def test_an_unreachable_dask_scheduler_is_one_clear_error(seeds_dir, tmp_path, capsys, monkeypatch):
    import khabar.parallel

    executor = khabar.parallel.executor
    monkeypatch.setattr(khabar.parallel, "executor", lambda workers, dask: executor(workers, dask, dask_timeout="1s"))
    assert main(["extract", str(seeds_dir), "-o", str(tmp_path / "x.jsonl"), "--dask", "tcp://127.0.0.1:9"]) == 2
    assert "khabar extract: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err


def test_an_output_that_cannot_be_written_is_one_line_not_a_traceback(seeds_dir, capsys):
    import os

    import pytest

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here to fill")
    assert main(["extract", str(seeds_dir), "-o", "/dev/full"]) == 1
    err = capsys.readouterr().err
    assert "khabar: /dev/full: cannot write: No space left on device" in err and "Traceback" not in err


def test_a_run_that_extracts_nothing_leaves_the_old_output_file_as_it_was(tmp_path, capsys):
    # QA: `extract nonexist.txt -o keep.jsonl` emptied keep.jsonl (digest keeps its files)
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"id": "earlier"}\n', encoding="utf-8")
    assert main(["extract", str(tmp_path / "nonexist.txt"), "-o", str(keep)]) == 1
    assert keep.read_text(encoding="utf-8") == '{"id": "earlier"}\n'
    assert "left as it was" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["keep.jsonl"]  # no temporary file left behind


def test_extract_never_reads_its_own_output_file(seeds_dir, tmp_path, capsys):
    # QA: `extract dir -o dir/out.jsonl` read its own (empty) output and exited 1
    import shutil

    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    out = folder / "out.jsonl"
    for _ in range(2):  # the second run finds the first one's output in the folder
        assert main(["extract", str(folder), "-o", str(out)]) == 0
        assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert "failed 0" in capsys.readouterr().err


def _strict(text: str):
    """JSON as a strict reader takes it: NaN and Infinity are not JSON."""
    def refuse(constant):
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def test_extract_writes_strict_json_when_an_input_holds_nan(tmp_path, capsys):
    # QA: a JSONL input's NaN and Infinity reached the output as bare NaN / Infinity
    dump = tmp_path / "nan.jsonl"
    dump.write_text('{"id": "nan", "title": "Port strike ends", "body": "Dock workers ended their strike on '
                    'Thursday after the management agreed to raise wages.", "score": NaN, "w": Infinity}\n',
                    encoding="utf-8")
    assert main(["extract", str(dump)]) == 0
    record = _strict(capsys.readouterr().out)
    assert record["extra"] == {"score": None, "w": None}


def test_help_tells_of_stdin_and_of_inputs_skipped_without_text(capsys):
    # QA: '-' (standard input) worked but no help said so, nor that pages with no text are skipped
    import pytest

    for command in ("extract", "ingest", "analyse", "digest"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        help_text = " ".join(capsys.readouterr().out.split())
        assert "- for standard input" in help_text
        assert "HTML page with no extractable text" in help_text and "is skipped" in help_text
    with pytest.raises(SystemExit):
        main(["events", "--help"])
    assert "(default 0 = all)" in capsys.readouterr().out
