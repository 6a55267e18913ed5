"""One odd JSONL line is one error naming file and line; the lines after it are
still read (QA: bigint.jsonl, deep.jsonl and hugeline.jsonl each lost the rest
of their file, nan.jsonl put NaN and Infinity into the output)."""

from __future__ import annotations

import json
import math

from khabar.records import RawDocument, ReadError
from khabar.sources import read_paths


def good(n: int) -> str:
    return json.dumps({"id": f"g{n}", "text": f"Good article {n}."}) + "\n"


def read_around(tmp_path, odd_line: bytes):
    """The odd line as line 2 of 3, between two good ones: (ids read, errors)."""
    path = tmp_path / "odd.jsonl"
    path.write_bytes(good(1).encode() + odd_line + b"\n" + good(3).encode())
    results = list(read_paths([path]))
    ids = [r.id for r in results if isinstance(r, RawDocument)]
    errors = [r for r in results if isinstance(r, ReadError)]
    return path, ids, errors


def test_5000_digit_number(tmp_path):
    path, ids, [error] = read_around(tmp_path, b'{"id": ' + b"9" * 5000 + b', "text": "x"}')
    assert ids == ["g1", "g3"]
    assert error.source == f"{path}:2" and "5000 digits" in error.message
    assert "unexpected" not in error.message and "set_int_max_str_digits" not in error.message


def test_200000_nested_arrays(tmp_path):
    path, ids, [error] = read_around(tmp_path, b"[" * 200_000)
    assert ids == ["g1", "g3"]
    assert error.source == f"{path}:2" and "nested too deeply" in error.message


def test_line_over_the_limit_is_skipped_alone(tmp_path):
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as handle:
        handle.write(good(1).encode() + b'{"text": "')
        handle.seek(53 * 2**20)  # a sparse 53 MB line: no disk used
        handle.write(b'"}\n' + good(3).encode())
    results = list(read_paths([path]))
    assert [r.id for r in results if isinstance(r, RawDocument)] == ["g1", "g3"]
    [error] = [r for r in results if isinstance(r, ReadError)]
    assert error.source == f"{path}:2"
    assert error.message == "line longer than 50 MB skipped"  # the stated limit, in the same unit


def test_nan_and_infinity_become_null(tmp_path):
    path = tmp_path / "nan.jsonl"
    path.write_text('{"id": "nan", "text": "Body.", "score": NaN, "w": Infinity, "v": -Infinity, "big": 1e999}\n')
    [doc] = list(read_paths([path]))
    assert isinstance(doc, RawDocument)
    assert {k: doc.meta[k] for k in ("score", "w", "v", "big")} == dict.fromkeys(("score", "w", "v", "big"))
    assert not any(isinstance(v, float) and not math.isfinite(v) for v in doc.meta.values())
