"""CPU time of processes, from /proc: what the load test and the page benchmark charge to the app server."""

import contextlib
import os
from pathlib import Path


def child_pids(parent: int) -> set[int]:
    pids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # The command name is in parentheses and may hold spaces: the parent pid is 2 fields after it.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == parent:
                pids.add(int(stat.parent.name))
    return pids


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_stats() -> dict[int, tuple[int, int, str, float]]:
    """pid → (parent pid, owner uid, command, CPU seconds of itself and its reaped children)."""
    stats = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            head, tail = stat.read_text().rsplit(")", 1)
            fields = tail.split()  # fields[0] is field 3 of proc(5): state
            ticks = sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
            stats[int(stat.parent.name)] = (
                int(fields[1]),
                stat.parent.stat().st_uid,
                head.split("(", 1)[1],
                ticks / CLOCK_TICKS,
            )
    return stats


def machine_busy() -> tuple[float, float]:
    """(busy, all) CPU seconds since boot, over every core (/proc/stat)."""
    values = [int(value) for value in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]  # idle, iowait
    total = sum(values[:8])  # without guest time, already counted in user
    return (total - idle) / CLOCK_TICKS, total / CLOCK_TICKS
