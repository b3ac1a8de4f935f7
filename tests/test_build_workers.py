"""shared_map: this process and the worker processes share the jobs; every job's result comes exactly once,
whoever made it, even when the workers' pool breaks."""

from __future__ import annotations

import os
import time
from functools import partial
from pathlib import Path

import pytest

from generator.assemble.workers import shared_map


def square(number: int) -> int:
    return number * number


def maker(number: int, home: int, marker: str) -> tuple[int, int]:
    """The job's number and the process that did it. A worker leaves a mark; this process (``home``) does
    nothing until a worker has, so the test never depends on how fast a worker starts."""
    if os.getpid() != home:
        Path(marker).touch()
    else:
        deadline = time.monotonic() + 120
        while not Path(marker).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    return number, os.getpid()


def dies_outside(number: int, home: int) -> tuple[int, int]:
    """Kills any worker process that runs it: only the process ``home`` can finish a job."""
    if os.getpid() != home:
        os._exit(7)
    return number, os.getpid()


@pytest.mark.parametrize(("jobs", "workers", "batch"), [(0, 1, 4), (1, 1, 4), (7, 0, 4), (9, 1, 4), (50, 2, 3)])
def test_every_job_gives_its_result_exactly_once(jobs: int, workers: int, batch: int) -> None:
    results = list(shared_map(square, list(range(jobs)), workers, batch))
    assert sorted(position for position, _ in results) == list(range(jobs))
    assert all(value == position * position for position, value in results)


def test_this_process_and_a_worker_both_work(tmp_path: Path) -> None:
    jobs = list(range(120))
    given = list(shared_map(partial(maker, home=os.getpid(), marker=str(tmp_path / "worked")), jobs, 1, 4))
    results = dict(given)
    assert sorted(position for position, _ in given) == jobs
    assert all(results[position][0] == position for position in jobs)
    makers = {pid for _, pid in results.values()}
    assert os.getpid() in makers and len(makers) == 2
    # This process starts at the front; the worker takes batches from the end.
    assert results[0][1] == os.getpid() and results[119][1] != os.getpid()


def test_a_broken_pool_leaves_every_job_to_this_process() -> None:
    jobs = list(range(40))
    given = list(shared_map(partial(dies_outside, home=os.getpid()), jobs, 2, 4))
    results = dict(given)
    assert sorted(position for position, _ in given) == jobs
    assert {pid for _, pid in results.values()} == {os.getpid()}
