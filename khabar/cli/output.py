"""Small helpers shared by the commands: output files and error reporting."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO


@contextlib.contextmanager
def open_output(path: str) -> Iterator[TextIO]:
    """Open ``path`` for writing UTF-8 text; ``-`` means standard output."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8") as handle:
        yield handle


def report_errors(errors: Sequence[object]) -> int:
    """Print one line per failed input on stderr; return the exit code (1 if any)."""
    for error in errors:
        print(f"khabar: {error}", file=sys.stderr)
    return 1 if errors else 0
