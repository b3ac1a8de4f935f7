"""Run one function over many jobs in this process and in worker processes at the same time.

This process starts on the first jobs at once. A spawned worker first spends about two seconds importing the
stages and loading jieba's dictionary and the LAC model, so it takes jobs from the far end of the list, a
batch at a time. The two sides meet wherever the work runs out, so no job waits for a worker that is still
starting, and on a two-core machine one worker beside this process keeps both cores busy. (At the very end
this process may wait for the batches a worker still holds: two at most.)

If worker processes cannot be had, or their pool breaks, this process does every job the workers did not
return.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")

QUEUED_PER_WORKER = 2  # a worker always has its next batch waiting, so it never idles for this process to look


def _all_of(function: Callable[[Job], Result], batch: Sequence[Job]) -> list[Result]:
    """A worker's task: ``function`` over one batch."""
    return [function(job) for job in batch]


def shared_map(function: Callable[[Job], Result], jobs: Sequence[Job], workers: int,
               batch_size: int) -> Iterator[tuple[int, Result]]:
    """``(position, function(job))`` for every job, each exactly once, in the order the results come.

    ``function`` must be picklable (a module-level function, or a ``functools.partial`` of one). ``workers`` is
    the number of processes started besides this one. This side gives each result as it makes it; a worker's
    batch comes back whole.
    """
    batches = [range(start, min(start + batch_size, len(jobs))) for start in range(0, len(jobs), batch_size)]
    front, back = 0, len(batches)  # this process takes batches[front], the workers batches[back - 1]
    in_flight: dict[Future[list[Result]], int] = {}
    taken_back: list[int] = []  # batches a broken pool did not return: this process does them
    pool = _pool(workers)
    try:
        while front < back or in_flight or taken_back:
            broken = False
            for future in [future for future in in_flight if future.done()]:
                index = in_flight.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    taken_back.append(index)
                    broken = True
                    continue
                yield from zip(batches[index], results, strict=True)
            while pool is not None and not broken and front < back and len(in_flight) < QUEUED_PER_WORKER * workers:
                try:
                    in_flight[pool.submit(_all_of, function, [jobs[at] for at in batches[back - 1]])] = back - 1
                except (BrokenProcessPool, RuntimeError):
                    broken = True
                    break
                back -= 1
            if broken and pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None
                taken_back.extend(in_flight.values())
                in_flight.clear()
            if taken_back:
                index = taken_back.pop()
            elif front < back:
                index, front = front, front + 1
            else:
                wait(in_flight, return_when=FIRST_COMPLETED)
                continue
            for position in batches[index]:
                yield position, function(jobs[position])
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _pool(workers: int) -> ProcessPoolExecutor | None:
    """``workers`` spawned processes, or None when none are wanted or none can be had."""
    if workers < 1:
        return None
    try:
        # Spawned, not forked: the caller may be `mkdocs serve`, whose threads a fork would copy mid-flight.
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError):
        return None
