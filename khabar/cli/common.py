"""Small helpers shared by the commands: output files and error reporting."""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO


class Output:
    """A command's output file, written so that a failed run never costs the old one.

    ``-`` is standard output; a device or pipe (/dev/stdout, /dev/full) is written in
    place; any other target is written to a hidden temporary file next to it (hidden:
    a folder walk skips it) that replaces the target only on :meth:`commit`, as digest
    does.  QA: ``extract nonexist.txt -o keep.jsonl`` had emptied keep.jsonl.
    """

    def __init__(self, target: str):
        self.target = target
        self._handle: TextIO | None = None
        self._tmp: Path | None = None

    def problem(self) -> str | None:
        """Why the target cannot be written, checked before any work; None when it can."""
        if self.target == "-":
            return None
        if not self.target:
            return "no file name given"  # an empty shell variable: Path('') is the current folder
        path = Path(self.target)
        if path.is_dir():
            return "is a folder, not a file"
        if path.exists() and not path.is_file():
            return None if os.access(path, os.W_OK) else "permission denied"
        folder = path.parent
        if not folder.is_dir():
            return f"no such folder: {folder}"
        if not os.access(folder, os.W_OK):
            return f"cannot write in the folder {folder}: permission denied"
        return None

    def open(self) -> TextIO:
        """The stream to write to (raises OSError)."""
        if self.target == "-":
            self._handle = sys.stdout
            return sys.stdout
        path = Path(self.target)
        if path.exists() and not path.is_file():
            self._handle = open(path, "w", encoding="utf-8")
            return self._handle
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self._tmp = Path(name)
        os.chmod(fd, _new_file_mode(path))
        self._handle = os.fdopen(fd, "w", encoding="utf-8")
        return self._handle

    def owns(self, path: str | Path) -> bool:
        """Whether ``path`` is this output (the target or its temporary file): never an input."""
        if self.target == "-":
            return False
        try:
            return Path(path).resolve() in {Path(self.target).resolve(), self._tmp and self._tmp.resolve()}
        except (OSError, RuntimeError):
            return False

    def commit(self) -> None:
        """Flush and close; the temporary file replaces the target (raises OSError)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if handle is sys.stdout:
            handle.flush()
            return
        try:
            handle.close()
        except OSError:
            self._remove_tmp()
            raise
        if self._tmp is not None:
            self._tmp.replace(self.target)  # atomic: a reader never sees half a file
            self._tmp = None

    def discard(self) -> None:
        """Close without touching the target (a device already has what was written)."""
        handle, self._handle = self._handle, None
        if handle is not None and handle is not sys.stdout:
            try:
                handle.close()
            except OSError:
                pass
        self._remove_tmp()

    def _remove_tmp(self) -> None:
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None


def _new_file_mode(target: Path) -> int:
    """The replaced file's mode, or what a new file would get under the umask (mkstemp's 0600 is not)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def cannot_write(target: str, exc: OSError) -> int:
    """One stderr line for an output that could not be written; exit code 1."""
    print(f"khabar: {target}: cannot write: {exc.strerror or exc}", file=sys.stderr)
    return 1


def print_json(text: str) -> None:
    """JSON text on stdout.  Where stdout's encoding lacks some of its characters
    (PYTHONIOENCODING=ascii, a Latin-1 terminal) they are written as JSON's own \\u escapes,
    which every reader decodes to the same strings: outside its strings JSON is ASCII, and
    the backslash escapes main() asks for elsewhere would write \\U0001f600, which is not JSON."""
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except UnicodeEncodeError:
        text = re.sub(r"[^\x00-\x7f]", lambda match: json.dumps(match.group())[1:-1], text)
    sys.stdout.write(text)


def report_errors(errors: Sequence[object]) -> int:
    """Print one line per failed input on stderr; return the exit code (1 if any)."""
    for error in errors:
        print(f"khabar: {error}", file=sys.stderr)
    return 1 if errors else 0


# Skipped inputs are named up to this many; a multi-article file can leave
# hundreds of empty fragments, and those are counted.
SKIPPED_NAMED = 5


def report_skipped(skipped: Sequence[str]) -> None:
    """One stderr line naming the inputs cleaning left without article text
    (all boilerplate, or a fragment): not failures, but never silent."""
    if not skipped:
        return
    names = ", ".join(str(s) for s in skipped[:SKIPPED_NAMED])
    more = f" and {len(skipped) - SKIPPED_NAMED} more" if len(skipped) > SKIPPED_NAMED else ""
    print(f"khabar: no article text left after cleaning (boilerplate only) in {names}{more}", file=sys.stderr)


def add_input_arguments(parser, *, optional_paths: bool = False) -> None:
    """The input options every reading command shares: PATHs, --multi-article, --no-fetch."""
    parser.add_argument(
        "paths",
        nargs="*" if optional_paths else "+",
        metavar="PATH",
        help="file, folder (recursed), feed URL, or - for standard input, to read: text, HTML, JSONL, WARC, "
        "RSS/Atom. An input left with no article text after cleaning (an HTML page with no extractable "
        "text, a file of boilerplate) is skipped, and named on stderr",
    )
    parser.add_argument(
        "--multi-article",
        action="store_true",
        help="text files hold several articles each (headline line, paragraphs, blank lines between)",
    )
    parser.add_argument(
        "--no-fetch", action="store_true", help="do not fetch the pages that feed entries link to"
    )


def add_db_argument(parser, help: str | None = None) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE",
        help=help or "database file (default: $KHABAR_DB, else khabar.sqlite3 in the user data folder)",
    )


def add_parallel_arguments(parser) -> None:
    """--workers and --dask: where the cleaning of chunks of documents, the per-article analysis
    and the per-event synthesis run."""
    from khabar.parallel import DEFAULT_MAX_WORKERS

    parser.add_argument(
        "--workers",
        type=_at_least_one,
        metavar="N",
        help="worker processes for cleaning, analysis and synthesis (default: the CPUs available, within a "
        "container's CPU quota, at most "
        f"{DEFAULT_MAX_WORKERS}; small inputs run in one process anyway; 1: never start workers)",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="do that work on the Dask cluster whose scheduler is at ADDRESS "
        "(tcp://host:8786), when one machine is not enough; needs khabar[dask] here and on the workers",
    )


# No count a command takes means more than this; a larger one is a slip of the keyboard, and
# SQLite's LIMIT and OFFSET overflow at 2**63 (QA: `articles --offset 99999999999999999999`
# had ended in an OverflowError traceback).
MAX_COUNT = 1_000_000_000


def whole_number(minimum: int, maximum: int = MAX_COUNT):
    """An argparse ``type``: a whole number from ``minimum`` to ``maximum``, else a clear usage error."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {number}")
        if number > maximum:
            raise argparse.ArgumentTypeError(f"must be at most {maximum:,}, not {text}")
        return number

    parse.__name__ = "whole number"  # how argparse names the type in its messages
    return parse


_at_least_one = whole_number(1)


def parallel_pool(args):
    """The executor --workers/--dask ask for, as a context manager (None inside: one process)."""
    from khabar.parallel import default_workers, executor

    workers = default_workers() if args.workers is None else args.workers
    return executor(workers, args.dask)


def add_quiet_argument(parser) -> None:
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bars (shown on a terminal only)")


class _NoBar:
    """What a progress bar does when none is shown: nothing, but ``write`` still prints."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass

    def write(self, text: str, file=None) -> None:
        print(text, file=file or sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False


def progress_bar(desc: str, unit: str, total: int | None = None, *, enabled: bool = True):
    """A tqdm bar on stderr, shown only when stderr is a terminal (never in logs or pipes).
    Without one tqdm is not even imported (~0.05 s of start-up)."""
    if not (enabled and sys.stderr.isatty()):
        return _NoBar()
    from tqdm import tqdm

    return tqdm(desc=desc, unit=unit, total=total, file=sys.stderr, leave=False)


def open_store(db: str | None, *, write: bool = False):
    """The existing store at ``db`` (or the default), or None after one line on
    stderr saying why not.  Commands that only read never create a database: a
    mistyped --db would otherwise leave an empty one behind and report no articles.
    They open it read-only, so a store on a read-only mount or an immutable file is
    still read; ``write``: the command will write, which a read-only store refuses."""
    import sqlite3

    from khabar.store import Store, default_db_path

    if db == "":
        print(f"khabar: --db: {NO_DB_NAME}", file=sys.stderr)
        return None
    path = Path(db) if db else default_db_path()
    if not path.exists():
        print(f"khabar: {path}: no database yet (run `khabar ingest PATH...` first)", file=sys.stderr)
        return None
    if not path.is_file():
        print(f"khabar: {path}: not a database file", file=sys.stderr)
        return None
    if write and store_is_read_only(path):
        print(f"khabar: {path}: {READ_ONLY}", file=sys.stderr)
        return None
    try:
        return Store(path, read_only=not write)
    except sqlite3.Error as exc:
        print(f"khabar: {path}: cannot open database: {read_only_said(exc)}", file=sys.stderr)
        return None


# `--db "$DB"` with DB unset: not the default store (read commands had read it, ingest had
# failed with "unable to open database file")
NO_DB_NAME = "no file name given (leave --db out for the default store)"

READ_ONLY = "the store is read-only (its file or folder cannot be written): nothing was changed"


# SQLite's "database is locked" after the store's 30 s wait: one ingest or cluster writes at
# a time, for the whole of its run (QA: a second ingest said only "OperationalError:
# database is locked")
BUSY = "the store is busy: another khabar run is writing to it (waited 30 s); nothing was changed, try again after it"


def store_is_read_only(path) -> bool:
    """Whether the store file at ``path``, or the folder its -wal and -shm files go in,
    cannot be written (a read-only mount, an immutable file; as root only those)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    return (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK)


def read_only_said(exc: Exception) -> str:
    """An SQLite error as the one line a user reads: a refused write says the store is read-only,
    a lock held past the wait that another run is writing."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "database is locked" in text:
        return BUSY
    return READ_ONLY if "readonly" in text or "read-only" in text else text
