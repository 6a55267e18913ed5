import json

from khabar.cli.main import main


def test_analyse_writes_offsets_that_point_into_the_body(seeds_dir, tmp_path, capsys):
    out = tmp_path / "analysed.jsonl"
    assert main(["analyse", str(seeds_dir), "--jsonl", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    for record in records:
        body = record["body"]
        assert {"id", "title", "published", "sentences", "entities", "times", "keyphrases"} <= set(record)
        assert record["sentences"] and record["keyphrases"]
        for sentence in record["sentences"]:
            assert body[sentence["start"] : sentence["end"]].strip() == sentence["text"].strip()
        for entity in record["entities"]:
            assert entity["name"] and entity["type"] in {"PERSON", "PLACE", "ORG"}
            for mention in entity["mentions"]:
                assert body[mention["start"] : mention["end"]] == mention["text"]
        for time in record["times"]:
            assert body[time["start"] : time["end"]] == time["text"]
    # entities are linked across articles: one key for the Russian president everywhere
    by_id = {r["id"]: r for r in records}
    putin_keys = {
        e["key"]
        for r in records
        for e in r["entities"]
        if any("पुतिन" in alias or "Putin" in alias for alias in e["aliases"])
    }
    assert len(putin_keys) == 1
    # the dated report resolves its weekdays against its publication date
    dates = {t["date"] for t in by_id["002_7a121beb77ee4d36"]["times"]}
    assert {"2023-09-12", "2023-09-13"} <= dates


def test_analyse_to_stdout_reports_bad_inputs_and_carries_on(seeds_dir, tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    first = sorted(seeds_dir.glob("*.txt"))[0]
    assert main(["analyse", str(first), str(missing), "--jsonl", "-"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.strip().splitlines()) == 1
    assert "nope.txt" in captured.err


def test_worker_processes_write_the_lines_one_process_writes(seeds_dir, tmp_path, monkeypatch):
    import khabar.analyse

    monkeypatch.setattr(khabar.analyse, "ARTICLES_PER_BATCH", 2)  # three batches for two workers
    for workers in ("1", "2"):
        assert main(["analyse", str(seeds_dir), "--jsonl", str(tmp_path / f"w{workers}.jsonl"), "--workers", workers]) == 0
    lines = (tmp_path / "w2.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert lines == (tmp_path / "w1.jsonl").read_text(encoding="utf-8").splitlines()


def test_analyse_skips_and_names_an_input_cleaning_leaves_empty(seeds_dir, tmp_path, capsys):
    dash = tmp_path / "dash.jsonl"
    dash.write_text('{"id": "dash", "text": "—"}\n', encoding="utf-8")
    out = tmp_path / "a.jsonl"
    assert main(["analyse", str(sorted(seeds_dir.glob("*.txt"))[0]), str(dash), "--jsonl", str(out)]) == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["000_1940a4f6f138b0ba"]
    assert "no article text left after cleaning (boilerplate only) in " in capsys.readouterr().err


def test_analyse_checks_its_output_before_the_work(seeds_dir, tmp_path, capsys, monkeypatch):
    # QA: `analyse --jsonl /nonexist2/a.jsonl` did all the work, then failed with a traceback
    import khabar.pipeline

    def no_work(*args, **kwargs):
        raise AssertionError("the inputs were read before the output was checked")

    monkeypatch.setattr(khabar.pipeline, "extract", no_work)
    assert main(["analyse", str(seeds_dir), "--jsonl", str(tmp_path / "missing" / "a.jsonl")]) == 1
    assert f"no such folder: {tmp_path / 'missing'}" in capsys.readouterr().err


def test_analyse_to_a_full_device_is_one_line(seeds_dir, capsys):
    import os

    import pytest

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here to fill")
    assert main(["analyse", str(seeds_dir), "--jsonl", "/dev/full"]) == 1
    assert "khabar: /dev/full: cannot write: No space left on device" in capsys.readouterr().err


def test_analyse_keeps_the_old_output_when_nothing_is_analysed(tmp_path, capsys):
    keep = tmp_path / "keep.jsonl"
    keep.write_text("earlier\n", encoding="utf-8")
    assert main(["analyse", str(tmp_path / "nonexist.txt"), "--jsonl", str(keep)]) == 1
    assert keep.read_text(encoding="utf-8") == "earlier\n"
