"""`khabar articles` (table) and `khabar article ID` (one article in full)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.cli.main import main


@pytest.fixture
def db(seeds_dir, tmp_path, capsys):
    path = str(tmp_path / "k.sqlite3")
    assert main(["ingest", str(seeds_dir), "--db", path, "-q"]) == 0
    capsys.readouterr()
    return path


def test_articles_table(db, seeds_dir, capsys):
    assert main(["articles", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["id", "date", "outlet", "lang"]
    ids = [line.split()[0] for line in lines[1:]]
    assert ids == sorted(p.stem for p in seeds_dir.glob("*.txt"))


def test_articles_limit_and_search(db, capsys):
    assert main(["articles", "--db", db, "--limit", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4 and out[-1].startswith("… 3 more")
    assert main(["articles", "--db", db, "--search", "व्लादिवोस्तोक"]) == 0
    hits = capsys.readouterr().out.splitlines()[1:]
    assert hits and all(len(h.split()) > 2 for h in hits)


def test_articles_search_finds_a_latin_name_in_hindi_reports(db, seeds_dir, capsys):
    # every seed report names Putin; one (004) writes him only in Devanagari (पुतिन)
    assert main(["articles", "--db", db, "--search", "Putin"]) == 0
    out, err = capsys.readouterr()
    ids = {line.split()[0] for line in out.splitlines()[1:]}
    assert ids == {p.stem for p in seeds_dir.glob("*.txt")}
    assert "'Putin' also searched as" in err and "पुतिन" in err  # why a hit lacks the word typed


def test_article_shows_metadata_body_and_removed_lines(db, capsys):
    article_id = "001_243217d6c56c1b75"
    assert main(["article", article_id, "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"id:        {article_id}" in out
    assert "removed lines (" in out
    assert main(["article", article_id, "--db", db, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == article_id and record["body"] in out


def test_unknown_article_and_missing_db(db, tmp_path, capsys):
    assert main(["article", "no-such-id", "--db", db]) == 1
    assert "no article with id" in capsys.readouterr().err
    assert main(["articles", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "no database yet" in capsys.readouterr().err


def test_corrupt_database_is_one_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 200)
    assert main(["articles", "--db", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot open database" in err[0]


def _damage_table(db: str, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage, leaving the schema page readable."""
    import sqlite3

    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


@pytest.mark.parametrize("command", [["articles"], ["article", "001_243217d6c56c1b75"], ["cluster"]])
def test_a_store_damaged_past_its_schema_is_one_clear_error(db, capsys, command):
    # QA: the store opened (its first page is sound) and the first query of the damaged
    # table ended in a sqlite3.DatabaseError traceback
    _damage_table(db, "articles")
    assert main([*command, "--db", db]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"khabar: {db}: database error: database disk image is malformed"]


def test_a_store_missing_a_table_is_one_clear_error(db, capsys):
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE event_members")
    conn.execute("DROP TABLE events")
    conn.commit()
    conn.close()
    assert main(["events", "--db", db]) == 1
    # (refused when opened, by the check for the tables every reading needs)
    assert capsys.readouterr().err.strip() == (f"khabar: {db}: cannot open database: not a khabar store "
                                               "(it has no events table)")


def test_read_commands_read_a_store_that_cannot_be_written(db, capsys, tmp_path):
    # QA: articles, article, events and digest --db failed on a read-only store with
    # "attempt to write a readonly database".  A folder in the -shm file's place makes
    # the store unwritable for root too.
    from pathlib import Path

    Path(db + "-shm").mkdir()
    assert main(["articles", "--db", db]) == 0
    first = capsys.readouterr().out.splitlines()[1].split()[0]
    assert main(["article", first, "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == first
    assert main(["events", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["digest", "--db", db, "--json", "-", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["events"]


def test_writing_commands_say_the_store_is_read_only(db, capsys, monkeypatch):
    # A read-only mount or an immutable file, as the operating system reports it (file
    # modes alone stop no write by root, which runs these tests in CI)
    import os
    from pathlib import Path

    real_access = os.access
    unwritable = {str(Path(db)), str(Path(db).parent)}

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and str(Path(path)) in unwritable:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    assert main(["cluster", "--db", db]) == 1
    assert "the store is read-only" in capsys.readouterr().err
    assert main(["ingest", str(Path(__file__)), "--db", db, "-q"]) == 1
    err = capsys.readouterr().err
    assert "the store is read-only" in err and "Traceback" not in err


@pytest.mark.parametrize("option, value, said", [
    ("--offset", "99999999999999999999", "must be at most 1,000,000,000"),  # QA: an OverflowError traceback
    ("--limit", "99999999999999999999", "must be at most 1,000,000,000"),
    ("--limit", "-1", "must be at least 0"),
    ("--offset", "-5", "must be at least 0"),
    ("--limit", "ten", "not a whole number: 'ten'"),
])
def test_articles_counts_out_of_range_are_usage_errors(db, capsys, option, value, said):
    with pytest.raises(SystemExit) as usage:
        main(["articles", "--db", db, option, value])
    assert usage.value.code == 2
    assert f"argument {option.replace('--limit', '--limit/-n')}: {said}" in capsys.readouterr().err


def test_an_offset_past_the_end_says_so(db, capsys):
    assert main(["articles", "--db", db, "--offset", "1000"]) == 0
    assert capsys.readouterr().out.strip() == "no articles past the first 5"


def test_article_json_is_strict_json_when_a_value_is_nan(tmp_path, capsys):
    # QA: `article --json` printed bare NaN for a stored NaN value
    from khabar.records import Article, Origin
    from khabar.store import Store

    def refuse(constant):
        raise ValueError(f"not JSON: {constant}")

    db = str(tmp_path / "nan.sqlite3")
    with Store(db) as store:
        store.add_articles([Article(id="nan", source="nan.jsonl", origin=Origin(kind="jsonl"), title="T",
                                    body="A body.", extra={"score": float("nan"), "w": float("inf")})])
    assert main(["article", "nan", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out, parse_constant=refuse)["extra"] == {"score": None, "w": None}


def _run_on_ascii_stdout(monkeypatch, argv: list[str]) -> tuple[int, str]:
    """main(argv) with stdout a terminal that can encode ASCII only (PYTHONIOENCODING=ascii)."""
    import io
    import sys

    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", out)
    code = main(argv)
    out.flush()
    return code, out.buffer.getvalue().decode("ascii")


def test_an_ascii_terminal_gets_escapes_not_a_traceback(db, monkeypatch):
    # QA: under PYTHONIOENCODING=ascii every command printing a Hindi title ended in a
    # UnicodeEncodeError traceback after its first line
    code, out = _run_on_ascii_stdout(monkeypatch, ["articles", "--db", db])
    assert code == 0 and len(out.splitlines()) == 6 and "\\u092a\\u0941\\u0924\\u093f\\u0928" in out
    code, out = _run_on_ascii_stdout(monkeypatch, ["article", "004_0512ff40751e4c98", "--db", db])
    assert code == 0 and "removed lines" in out


@pytest.mark.parametrize("argv", [["article", "004_0512ff40751e4c98", "--json"], ["events", "--json"],
                                  ["digest", "--json", "-", "-q"]])
def test_json_on_an_ascii_stdout_is_the_same_json(db, monkeypatch, capsys, argv):
    # JSON's own \u escapes: the backslash escapes of other text would write \U0001f600, not JSON
    from khabar.records import Article, Origin
    from khabar.store import Store

    with Store(db) as store:
        store.add_articles([Article(id="emoji", source="e.jsonl", origin=Origin(kind="jsonl"),
                                    title="होली 🎨", body="रंगों का त्योहार 🎨 मनाया गया।")])
    assert main([*argv, "--db", db]) == 0
    expected = json.loads(capsys.readouterr().out)
    code, out = _run_on_ascii_stdout(monkeypatch, [*argv, "--db", db])
    assert code == 0
    got = json.loads(out)
    if isinstance(got, dict):
        got.pop("generated", None), expected.pop("generated", None)
    assert got == expected


def test_article_by_a_file_name_with_an_undecodable_byte(tmp_path, capsys):
    # the shell hands the name's byte 0xff over as the surrogate U+DCFF; the id keeps it as \xff
    import os

    name = os.path.join(os.fsencode(tmp_path), b"note\xff.txt")
    with open(name, "w", encoding="utf-8") as handle:
        handle.write("Floods in Assam\n\nThe Brahmaputra rose above the danger mark at Guwahati on Monday.\n")
    db = str(tmp_path / "k.sqlite3")
    assert main(["ingest", os.fsdecode(name), "--db", db, "-q", "--no-analyse"]) == 0
    capsys.readouterr()
    assert main(["article", "note\udcff", "--db", db]) == 0
    assert "id:        note\\xff" in capsys.readouterr().out
    assert main(["article", "none\udcff", "--db", db]) == 1
    assert "no article with id" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["articles"], ["article", "001_243217d6c56c1b75"], ["events"], ["cluster"],
                                     ["digest", "-q"], ["ingest", "-q", str(Path(__file__))]])
def test_an_empty_db_name_is_said_not_read_as_the_default_store(db, monkeypatch, capsys, command):
    # QA: `--db "$DB"` with DB unset: the read commands read the default store, ingest failed
    # with "OperationalError: unable to open database file"
    monkeypatch.setenv("KHABAR_DB", db)
    assert main([*command, "--db", ""]) == 1
    captured = capsys.readouterr()
    assert captured.err == "khabar: --db: no file name given (leave --db out for the default store)\n"
    assert captured.out == ""


def test_search_pages_with_limit_and_offset(db, capsys):
    # QA: the offset was taken from the first --limit matches only (`--limit 2 --offset 2` said
    # "no articles match" of five), and a limited search never said how many more matched
    assert main(["articles", "--db", db, "--search", "Putin", "--limit", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    first = [line.split()[0] for line in out[1:3]]
    assert out[3] == "… 3 more (use --limit / --offset)"
    assert main(["articles", "--db", db, "--search", "Putin", "--limit", "2", "--offset", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4 and out[3] == "… 1 more (use --limit / --offset)"
    assert not {line.split()[0] for line in out[1:3]} & set(first)
    assert main(["articles", "--db", db, "--search", "Putin", "--offset", "9"]) == 0
    assert capsys.readouterr().out == "no articles past the first 5 matching 'Putin'\n"


def test_a_store_another_run_is_writing_says_so(db, monkeypatch, capsys):
    # QA: an ingest or cluster started while another ingest wrote for longer than the 30 s wait
    # ended with "OperationalError: database is locked"
    import sqlite3

    import khabar.store

    real_connect = sqlite3.connect
    monkeypatch.setattr(khabar.store.sqlite3, "connect",
                        lambda *args, **kwargs: real_connect(*args, **{**kwargs, "timeout": 0.05}))
    writer = real_connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        for command in (["cluster"], ["ingest", "-q", str(Path(__file__))]):
            assert main([*command, "--db", db]) == 1
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "the store is busy: another khabar run is writing to it" in err
    finally:
        writer.execute("ROLLBACK")
        writer.close()
