"""``khabar serve``: browse and search the store in a web browser, or query its JSON API.

    khabar serve [--db FILE] [--host 127.0.0.1] [--port 8000] [--quiet]

Binds to the loopback address by default: the store is yours, not the
network's. Digests are computed when first asked for and kept in memory
until the store changes (docs/api.md lists the endpoints).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from khabar.cli.common import add_db_argument

DEFAULT_HOST = "127.0.0.1"  # same as khabar.web.app.DEFAULT_HOST, kept here so --help imports nothing heavy
DEFAULT_PORT = 8000
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the store as a web UI and JSON API with full-text search (local only by default)",
        description="Serve the articles, events and digests in the store: an HTML UI at / and a JSON "
        "API under /api (docs/api.md). Stop with Ctrl-C.",
    )
    add_db_argument(parser)
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port to listen on (default {DEFAULT_PORT}; 0 picks a free one)")
    parser.add_argument("--quiet", "-q", action="store_true", help="do not log each request")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        return _fail(f"--port must be from 0 to 65535, not {args.port}")
    from khabar.store import default_db_path

    db = Path(args.db).expanduser() if args.db else default_db_path()
    if not db.is_file():
        # Serving a fresh empty file would hide a mistyped path.
        return _fail(f"no database at {db}; fill one first with `khabar ingest PATH... --db {db}`")

    from khabar.web.app import make_server

    try:
        server = make_server(db, args.host, args.port, quiet=args.quiet)
    except OSError as exc:
        return _fail(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    except Exception as exc:  # sqlite3.Error: the file is not a khabar database
        return _fail(f"{db}: {type(exc).__name__}: {exc}".splitlines()[0])
    if args.host not in LOOPBACK:
        print(f"khabar serve: warning: listening on {args.host}: other machines can read this store",
              file=sys.stderr)
    print(f"khabar: serving {db} at {server.url} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        print("khabar: stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0


def _fail(message: str) -> int:
    print(f"khabar serve: {message}", file=sys.stderr)
    return 2
