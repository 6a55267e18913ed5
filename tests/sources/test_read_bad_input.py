"""Bad input (issue 2 item 7): one clear ReadError naming the file; the batch goes on."""

from __future__ import annotations

import json
import os
import time

from khabar.records import RawDocument, ReadError
from khabar.sources import read_paths


def split(results):
    docs = [r for r in results if isinstance(r, RawDocument)]
    errors = [r for r in results if isinstance(r, ReadError)]
    return docs, errors


def one_error(path, **kwargs):
    good = path.parent / "zz-good.txt"
    good.write_text("A good article that must still be read.")
    docs, errors = split(list(read_paths([path, good], **kwargs)))
    assert [d.id for d in docs] == ["zz-good"]  # the rest of the batch carries on
    assert len(errors) == 1
    [error] = errors
    assert error.source.startswith(str(path))
    assert "\n" not in str(error)
    return error


def test_binary_file(tmp_path):
    path = tmp_path / "random.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary" in one_error(path).message


def test_binary_with_known_magic(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(500))
    assert "PDF" in one_error(path).message


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in one_error(path).message


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t \n")
    assert "empty" in one_error(path).message


def test_empty_html_and_jsonl(tmp_path):
    (tmp_path / "e.html").write_bytes(b"")
    (tmp_path / "e.jsonl").write_bytes(b"\n\n")
    _, errors = split(list(read_paths([tmp_path / "e.html", tmp_path / "e.jsonl"])))
    assert len(errors) == 2 and all("empty" in e.message for e in errors)


def test_badly_corrupt_utf8_text_is_refused(tmp_path):
    # Too many bad bytes to trust (a tenth of the non-ASCII ones): refused, as before.
    path = tmp_path / "corrupt.txt"
    path.write_bytes(("हिंदी समाचार का पाठ। ".encode() + b"\xff\xfe\xc3\x28") * 40)
    error = one_error(path)
    assert "undecodable" in error.message and "byte" in error.message


def test_a_few_stray_bytes_in_utf8_text_are_replaced_with_a_warning(tmp_path):
    # QA's enc/onebad.txt: one \xff inside a seed article rejected the whole
    # article ("invalid at byte 3021"); enc/mixed.txt, a Latin-1 tail, the same.
    path = tmp_path / "onebad.txt"
    path.write_bytes("हिंदी समाचार का पाठ। ".encode() * 40 + b"\xff" + "और caf".encode() + b"\xe9.")
    docs, errors = split(list(read_paths([path])))
    [doc] = docs
    assert doc.text.endswith("पाठ। \ufffdऔर caf\ufffd.")
    [warning] = errors
    assert warning.source == str(path) and "2 invalid byte sequences" in warning.message


def test_malformed_html(tmp_path):
    path = tmp_path / "junk.html"
    path.write_text("<<<>>> <html <body <<<", encoding="utf-8")
    assert "malformed HTML" in one_error(path).message


def test_malformed_json_line_among_good_ones(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "first"}) + "\n"
        + '{"id": "b", "text": "unterminated\n'
        + json.dumps({"id": "c", "text": "third"}) + "\n",
        encoding="utf-8",
    )
    docs, errors = split(list(read_paths([path])))
    assert [d.id for d in docs] == ["a", "c"]
    [error] = errors
    assert error.source == f"{path}:2" and "malformed JSON" in error.message


def test_missing_path(tmp_path):
    path = tmp_path / "missing.txt"
    assert "no such file" in one_error(path).message


def test_missing_url_scheme_is_a_path_not_a_crash(tmp_path):
    _, errors = split(list(read_paths(["no-such-thing.jsonl"])))
    assert errors and "no such file" in errors[0].message


def test_100_mb_text_file_is_refused_fast(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: instant, no disk used
    started = time.perf_counter()
    error = one_error(path)
    assert "too large" in error.message
    assert time.perf_counter() - started < 2


def test_100_mb_jsonl_is_streamed_not_loaded(tmp_path):
    # 100 MB of lines is fine for JSONL: only the first lines are consumed here,
    # proving the reader streams instead of loading the whole file.
    path = tmp_path / "big.jsonl"
    line = (json.dumps({"text": "x" * 1000}) + "\n").encode()
    with open(path, "wb") as handle:
        handle.write(line * 3)
        handle.truncate(100 * 1024 * 1024)  # then 100 MB of NULs as one huge "line"
    started = time.perf_counter()
    results = read_paths([path])
    first = [next(results) for _ in range(3)]
    assert all(isinstance(d, RawDocument) for d in first)
    rest = list(results)
    assert len(rest) == 1 and isinstance(rest[0], ReadError) and "longer than" in rest[0].message
    assert time.perf_counter() - started < 5


def test_malformed_warc(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a header block\r\n\r\n" + os.urandom(200))
    error = one_error(path)
    assert "WARC" in error.message


def test_warc_response_without_target_uri(tmp_path):
    # warcio raises AttributeError on such a record; the reader names the problem.
    path = tmp_path / "no-uri.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200")
    error = one_error(path)
    assert "malformed WARC record" in error.message and "unexpected" not in error.message


def test_not_a_feed(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("<?xml version='1.0'?><notes><note>hello</note></notes>")
    assert "feed" in one_error(path, fetch_links=False).message


def test_fifo_inside_a_folder_is_skipped_not_waited_on(tmp_path):
    # QA's dirs/fifodir: opening a FIFO blocks until a writer comes, forever.
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "zz-good.txt").write_text("A good article that must still be read.")
    results: list = []
    reader = threading.Thread(target=lambda: results.extend(read_paths([tmp_path])), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # unblock the hung reader so the test run can finish
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=5)
    assert not reader.is_alive() and results, "the folder walk waited on the FIFO"
    docs, errors = split(results)
    assert [d.id for d in docs] == ["zz-good"]
    [error] = errors
    assert error.source == str(fifo) and error.message == "not a regular file"


def test_junk_archives_and_dumps_get_one_short_human_line(tmp_path):
    # QA's bad/: a junk .warc.gz printed ~1,900 characters of raw binary, a
    # binary .jsonl 19 "invalid UTF-8" lines, a junk .jsonl.gz gzip's
    # "Not a gzipped file (b'\xcb\x12')".
    import gzip as gz
    import random

    junk = random.Random(7).randbytes(4000).replace(b"\x00", b"\x01")
    (tmp_path / "junk.warc.gz").write_bytes(gz.compress(junk))
    (tmp_path / "junk.jsonl").write_bytes(junk)
    (tmp_path / "junk.jsonl.gz").write_bytes(b"\xcb\x12" + junk)
    (tmp_path / "bad.jsonl").write_text('{"text": "a\tb"}\n{"text": "fine"}\n')  # a raw tab in a string
    _, errors = split(list(read_paths([tmp_path])))
    messages = {e.source.removeprefix(str(tmp_path) + "/"): e.message for e in errors}
    assert messages == {
        "bad.jsonl:1": "malformed JSON: Invalid control character at column 12",
        "junk.jsonl": "binary file, not JSON lines",
        "junk.jsonl.gz": "not valid gzip data",
        "junk.warc.gz": "not a WARC file (no WARC record at its start)",
    }
