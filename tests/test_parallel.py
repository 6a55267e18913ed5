"""khabar.parallel: batches in input order, serial without a pool, the same on worker processes."""

import os

import pytest

from khabar.parallel import (
    DaskUnavailable,
    available_cpus,
    cgroup_cpu_quota,
    default_workers,
    executor,
    map_batches,
)


def _square_with_pid(batch):
    return [(n * n, os.getpid()) for n in batch]


def test_without_a_pool_batches_run_here_in_order():
    results = list(map_batches(None, _square_with_pid, range(10), 3))
    assert [value for value, _ in results] == [n * n for n in range(10)]
    assert {pid for _, pid in results} == {os.getpid()}


def test_worker_processes_return_results_in_input_order():
    with executor(2) as pool:
        assert pool is not None
        results = list(map_batches(pool, _square_with_pid, list(range(40)), 3))
    assert [value for value, _ in results] == [n * n for n in range(40)]
    assert os.getpid() not in {pid for _, pid in results}


def test_one_batch_never_starts_a_worker():
    with executor(2) as pool:
        results = list(map_batches(pool, _square_with_pid, [1, 2, 3], 16))
    assert results == [(1, os.getpid()), (4, os.getpid()), (9, os.getpid())]


def test_one_worker_means_no_pool():
    with executor(1) as pool:
        assert pool is None


def test_default_workers_is_bounded_by_the_cpus():
    assert 1 <= default_workers() <= available_cpus()


@pytest.mark.parametrize(
    ("files", "quota"),
    [
        ({"cpu.max": "200000 100000\n"}, 2),
        ({"cpu.max": "150000 100000\n"}, 2),  # 1.5 CPUs of time: two workers keep it busy
        ({"cpu.max": "50000 100000\n"}, 1),
        ({"cpu.max": "max 100000\n"}, None),
        ({"cpu.max": "garbled\n"}, None),
        ({"cpu/cpu.cfs_quota_us": "300000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 3),  # cgroup v1
        ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),
        ({}, None),
    ],
)
def test_a_containers_cpu_quota_is_read(tmp_path, files, quota):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert cgroup_cpu_quota(str(tmp_path)) == quota


def test_the_cpu_quota_bounds_the_cpus(tmp_path):
    (tmp_path / "cpu.max").write_text("100000 100000\n")
    assert available_cpus(str(tmp_path)) == 1


def test_an_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(DaskUnavailable, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with executor(dask="tcp://127.0.0.1:9", dask_timeout="1s"):
            pass


def test_a_dask_cluster_runs_the_batches():
    import distributed  # a test dependency (pyproject: test)

    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        with executor(dask=cluster.scheduler_address) as pool:
            results = list(map_batches(pool, _square_with_pid, list(range(12)), 5))
    assert [value for value, _ in results] == [n * n for n in range(12)]


def test_windows_are_consecutive_and_lazy():
    from khabar.parallel import windows

    read = []

    def items():
        for n in range(5):
            read.append(n)
            yield n

    found = windows(items(), 2)
    assert next(found) == [0, 1] and read == [0, 1]
    assert list(found) == [[2, 3], [4]]


def _sigint_handlers(batch):
    import signal

    return [signal.getsignal(signal.SIGINT) is signal.SIG_IGN for _ in batch]


def test_workers_leave_ctrl_c_to_the_parent():
    # QA: Ctrl-C during digest's worker phase printed 23-38 lines of ForkProcess tracebacks:
    # the interrupt reaches the whole process group, and each worker raised it too.
    with executor(2) as pool:
        ignored = list(map_batches(pool, _sigint_handlers, list(range(8)), 2))
    assert ignored == [True] * 8


def _sleep(batch):
    import time

    time.sleep(60)
    return batch


def test_an_interrupted_pool_stops_its_workers_at_once():
    # the workers ignore SIGINT, so the parent stops them rather than waiting out their batch
    import time

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        with executor(2) as pool:
            pool.map(_sleep, [[1], [2]])  # submitted at once
            time.sleep(1)  # the workers are busy now
            raise KeyboardInterrupt
    assert time.monotonic() - started < 30
