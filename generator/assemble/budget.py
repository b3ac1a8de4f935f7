"""A time budget per input: a safety net so that no single file can hold up the build or ``mkdocs serve``.

Extraction is linear in the text and reads at most a fixed length of it, so a file normally costs a second
or two. Should one still run long, the budget stops it and the file is reported as skipped. The budget counts
processor time, so that a machine busy with other work does not skip different files on different runs; a
wall-clock limit a few times longer catches an input that waits instead of working. Both are alarms
(``setitimer``), which Python delivers only to the main thread: the command line, ``mkdocs build`` and the
worker processes all run inputs there. Elsewhere (the rebuild thread of ``mkdocs serve``) the budget is checked
between stages instead, so an input over budget is still reported, after it finishes.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

SECONDS_PER_INPUT = 10.0  # of processor time
WALL_CLOCK_FACTOR = 6  # the wall-clock limit, as a multiple of the processor-time budget


class OverBudget(Exception):
    """An input took longer than its time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over the time budget of {seconds:g} s")
        self.seconds = seconds


class Deadline:
    """When the current input's budget runs out (in this thread's processor time); ``check`` raises if it has."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.cpu_ends = time.thread_time() + seconds
        self.wall_ends = time.monotonic() + seconds * WALL_CLOCK_FACTOR

    def check(self) -> None:
        if time.thread_time() > self.cpu_ends or time.monotonic() > self.wall_ends:
            raise OverBudget(self.seconds)


def can_interrupt() -> bool:
    """Whether an alarm can interrupt work here: only in the main thread, where there is ``setitimer``."""
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


@contextmanager
def time_budget(seconds: float = SECONDS_PER_INPUT) -> Iterator[Deadline]:
    """Run the block within ``seconds``: interrupted by ``OverBudget`` where possible, else checked by hand."""
    deadline = Deadline(seconds)
    if not can_interrupt():
        yield deadline
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(seconds)

    alarms = ((signal.SIGPROF, signal.ITIMER_PROF, seconds),
              (signal.SIGALRM, signal.ITIMER_REAL, seconds * WALL_CLOCK_FACTOR))
    previous = [(number, signal.signal(number, interrupt)) for number, _, _ in alarms]
    for _, timer, limit in alarms:
        signal.setitimer(timer, limit)
    try:
        yield deadline
    finally:
        for _, timer, _ in alarms:
            signal.setitimer(timer, 0)
        for number, handler in previous:
            signal.signal(number, handler)
