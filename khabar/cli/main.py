"""``khabar`` entry point.

Each subcommand lives in its own module exposing ``register(subparsers)``,
which adds a parser whose ``func(args) -> int`` runs it. Heavy libraries are
imported inside ``func`` so that ``khabar --help`` and start-up stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sqlite3
import sys

from khabar import __version__
from khabar.parallel import DaskUnavailable

# Subcommand modules, in the order `khabar --help` lists them.
COMMANDS = [
    "khabar.cli.extract",
    "khabar.cli.ingest",
    "khabar.cli.articles",
    "khabar.cli.analyse",
    "khabar.cli.cluster",
    "khabar.cli.digest",
    "khabar.cli.serve",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="khabar (खबर): turn piles of scraped Hindi and English news into "
        "clean articles, events and cited digests - offline.",
    )
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real import error inside the module
                raise
            continue  # command not built yet
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    _escape_unencodable()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    terminated = []
    previous = _stop_on_sigterm(terminated)
    try:
        code = int(args.func(args) or 0)
        return 128 + terminated[0] if terminated else code
    except KeyboardInterrupt:
        print("khabar: interrupted", file=sys.stderr)
        return 128 + terminated[0] if terminated else 130
    except BrokenPipeError:
        return 0
    except DaskUnavailable as exc:  # --dask given and no scheduler there, for any command
        print(f"khabar {args.command}: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:
        # The store opened but failed under a command: a page damaged past its header, a
        # table missing, a lock another run held past the timeout.  QA: `articles`, `article`
        # and `cluster` on a store with damaged pages, `events` on one without its events
        # table, had ended in tracebacks.
        from khabar.cli.common import read_only_said
        from khabar.store import default_db_path

        store = getattr(args, "db", None) or default_db_path()
        print(f"khabar: {store}: database error: {read_only_said(exc)}", file=sys.stderr)
        return 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _stop_on_sigterm(terminated: list[int]):
    """SIGTERM (kill, a service stopping, timeout) stops a command as Ctrl-C does: the
    store's transaction rolled back, the worker processes stopped, one line, exit 143.  QA:
    `kill` of an ingest ended it at once and left its worker processes waiting for work
    forever.  Returns the handler it replaced (None where none can be set: not the main thread)."""

    def stop(signum, frame):
        terminated.append(signum)
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, stop)
    except ValueError:  # signal only works in the main thread
        return None


def _escape_unencodable() -> None:
    """Text the terminal's encoding cannot show (Devanagari under PYTHONIOENCODING=ascii or
    a Latin-1 locale) is printed as \\u0928 escapes, not a UnicodeEncodeError.  QA: every
    command printing a Hindi title there had ended in a traceback after its first line."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


if __name__ == "__main__":
    sys.exit(main())
