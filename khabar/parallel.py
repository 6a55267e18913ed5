"""Independent work on several processes, or on a Dask cluster when one machine is not enough.

Cleaning a chunk of documents, analysing an article and digesting an event depend
on nothing but their own input, so those stages hand batches of items to a pool
(reading hands its chunks a window at a time, :func:`windows`): local worker processes
(:class:`LocalPool`, ``khabar digest --workers N``) or the ``concurrent.futures``
executor of a Dask ``distributed`` client (``--dask ADDRESS``; optional
dependency ``khabar[dask]``).  Results come back in input order and equal a
serial run's, item for item.  A stage given no executor, or fewer items than
its batch size, runs in the calling process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:  # imported when a pool starts: multiprocessing costs ~30 ms of start-up
    from concurrent.futures import Executor

Item = TypeVar("Item")
Result = TypeVar("Result")


class Pool(Protocol):
    """What the stages map over: a LocalPool or any concurrent.futures Executor (Dask's too)."""

    def map(self, fn: Callable, *iterables) -> Iterator: ...


# A local pool gets at most this many workers unless asked for more: each one holds its own
# copy of the name lists and of what it works on, and every result is pickled back to one
# parent process.  (Measured only up to this machine's two cores: see bench/digest_bench.py.)
DEFAULT_MAX_WORKERS = 8


def available_cpus(cgroup_root: str = "/sys/fs/cgroup") -> int:
    """CPUs this process may run on: its affinity mask, not the machine's count, and
    no more than its container's CPU quota (``docker run --cpus 2`` on a 64-core host
    leaves the affinity mask at 64, and 64 workers would share two CPUs' time)."""
    try:
        cpus = max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        cpus = max(1, os.cpu_count() or 1)
    quota = cgroup_cpu_quota(cgroup_root)
    return min(cpus, quota) if quota else cpus


def cgroup_cpu_quota(root: str = "/sys/fs/cgroup") -> int | None:
    """The CPU quota of this process's cgroup in whole CPUs (rounded up), or None
    when there is none or it cannot be read: cgroup v2's ``cpu.max`` ("200000
    100000"; "max 100000" is no quota), else v1's ``cpu.cfs_quota_us`` (-1 is none)."""
    import math

    def read(name: str) -> str | None:
        try:
            with open(os.path.join(root, name), encoding="ascii") as handle:
                return handle.read().strip()
        except (OSError, UnicodeDecodeError):
            return None

    try:
        v2 = read("cpu.max")
        if v2 is not None:
            quota, _, period = v2.partition(" ")
            if quota == "max":
                return None
            quota_us, period_us = int(quota), int(period or 100_000)
        else:
            quota_text, period_text = read("cpu/cpu.cfs_quota_us"), read("cpu/cpu.cfs_period_us")
            if quota_text is None or period_text is None:
                return None
            quota_us, period_us = int(quota_text), int(period_text)
    except ValueError:
        return None
    if quota_us <= 0 or period_us <= 0:
        return None
    return max(1, math.ceil(quota_us / period_us))


def default_workers() -> int:
    return min(available_cpus(), DEFAULT_MAX_WORKERS)


class DaskUnavailable(RuntimeError):
    """--dask was asked for but dask.distributed is not installed or the scheduler cannot be reached."""


@contextmanager
def executor(workers: int = 1, dask: str | None = None, dask_timeout: str = "10s") -> Iterator[Pool | None]:
    """The executor for ``workers`` local processes or the Dask scheduler at ``dask``
    (None for one worker and no scheduler: run in this process); shut down on exit."""
    if dask:
        with _dask_executor(dask, dask_timeout) as pool:
            yield pool
        return
    if workers <= 1:
        yield None
        return
    pool = LocalPool(workers)
    try:
        yield pool
    except KeyboardInterrupt:
        pool.shutdown(interrupted=True)
        raise
    finally:
        pool.shutdown()


class LocalPool:
    """Worker processes on this machine, started at the first ``map``: a run whose every
    stage fits one batch (the five seeds) starts none and never imports multiprocessing
    (~30 ms of start-up)."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def map(self, fn, *iterables):
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # fork on Linux: a worker starts with the parent's gazetteers and name lists
            # already loaded (a spawned one imports and loads them again, ~0.5 s each before
            # its first article).  Elsewhere fork is unsafe or missing: the platform's default.
            context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                             initializer=ignore_interrupts)
        return self._pool.map(fn, *iterables)

    def shutdown(self, *, interrupted: bool = False) -> None:
        """Stop the workers; ``interrupted`` (Ctrl-C): at once, not after their current batch."""
        if self._pool is None:
            return
        if interrupted:
            # they ignore SIGINT (ignore_interrupts), so they are stopped here
            for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)


def ignore_interrupts() -> None:
    """A worker's start: Ctrl-C reaches the whole process group, and the parent alone
    handles it (one "interrupted" line, exit 130).  QA: an interrupted digest had printed
    23-38 lines of KeyboardInterrupt tracebacks from its ForkProcess workers."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a forked worker has the parent's SIGTERM handler (khabar.cli.main), which raises
    # KeyboardInterrupt: terminate() of a worker must simply end it
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextmanager
def _dask_executor(address: str, timeout: str) -> Iterator[Executor]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise DaskUnavailable("--dask needs dask.distributed: pip install 'khabar[dask]'") from exc
    try:
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        # pure=False: the inputs are never hashed into task keys (slow for thousands of
        # articles, and two equal batches must still both run).
        yield client.get_executor(pure=False)
    finally:
        client.close()


def map_batches(
    pool: Pool | None,
    run_batch: Callable[[list[Item]], list[Result]],
    items: Sequence[Item],
    batch_size: int,
) -> Iterator[Result]:
    """``run_batch`` over consecutive batches of ``items``, results flattened in input order.

    ``run_batch`` must be a module-level function (it is pickled to the workers) that
    returns one result per item.  Without a pool, or with one batch's worth of items or
    fewer, the batches run here: a pool would only add start-up and pickling."""
    batches = [list(items[start:start + batch_size]) for start in range(0, len(items), batch_size)]
    if pool is None or len(batches) <= 1:
        for batch in batches:
            yield from run_batch(batch)
        return
    for results in pool.map(run_batch, batches):
        yield from results


# Chunks of documents a stage hands the pool at once and then takes back in order: enough
# to keep 8 workers busy, while at most this many chunks are held in memory.
CHUNKS_PER_WINDOW = 8


def windows(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of ``size`` items (the last shorter), read lazily."""
    window: list[Item] = []
    for item in items:
        window.append(item)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window
