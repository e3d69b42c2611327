"""gunicorn settings for finding what grows in a worker: the production ones plus tracemalloc.

Used by `BENCH_TRACEMALLOC=FOLDER bench/bench_load.py --soak 600`, never in production: each
worker starts tracemalloc once the app is loaded, takes a first snapshot after a minute, then
every minute writes into FOLDER what grew since (by line, and the largest growths with their
stack).
"""

from __future__ import annotations

import os
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

_SETTINGS = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"
exec(compile(_SETTINGS.read_text(), str(_SETTINGS), "exec"))  # the production settings

# A snapshot holds the GIL for seconds: the heartbeat must not get the worker killed meanwhile.
timeout = 600
_INTERVAL = 60.0
_IGNORED = (tracemalloc.__file__, threading.__file__)


def _snapshot() -> tracemalloc.Snapshot:
    return tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, name) for name in _IGNORED]
    )


def _watch(folder: Path) -> None:
    time.sleep(_INTERVAL)
    first = _snapshot()
    for minute in range(2, 60):
        time.sleep(_INTERVAL)
        now = _snapshot()
        lines = [f"worker {os.getpid()}, minute {minute} against minute 1"]
        lines += [str(stat) for stat in now.compare_to(first, "lineno")[:30]]
        for stat in now.compare_to(first, "traceback")[:6]:
            lines.append(f"\n{stat}")
            lines += stat.traceback.format()
        (folder / f"worker-{os.getpid()}-{minute:02d}.txt").write_text("\n".join(lines) + "\n")


def post_worker_init(worker: Any) -> None:
    folder = Path(os.environ["BENCH_TRACEMALLOC"])
    folder.mkdir(parents=True, exist_ok=True)
    tracemalloc.start(8)
    threading.Thread(target=_watch, args=(folder,), daemon=True).start()
