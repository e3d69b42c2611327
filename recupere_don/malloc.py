"""The C allocator's settings for long-running workers (glibc only; elsewhere nothing changes).

glibc raises its mmap threshold each time a large block is freed, up to 32 MB: after the first
multi-megabyte answer ("all places" weighs ~2 MB at 5,000 places), such answers are carved from
the heap instead, which fragments and hardly shrinks: +10-12 % worker memory in a 10-minute
soak (bench/bench_load.py --soak 600). A fixed threshold keeps blocks of 256 KiB and more in
their own mappings, given back to the system when freed: flat over the same soak.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Mapping

# mallopt's parameter number for the mmap threshold (malloc.h: M_MMAP_THRESHOLD).
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 256 * 1024


def fix_mmap_threshold(environ: Mapping[str, str] = os.environ) -> bool:
    """Fix glibc's mmap threshold unless the host set one; True when it was set here.

    Called in gunicorn's master before it forks: the workers inherit the setting.
    """
    tunables = environ.get("GLIBC_TUNABLES", "")
    if "MALLOC_MMAP_THRESHOLD_" in environ or "mmap_threshold" in tunables:
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    libc = ctypes.CDLL(name)
    if not hasattr(libc, "mallopt") or not hasattr(libc, "gnu_get_libc_version"):
        return False  # not glibc (musl's mallopt does nothing)
    return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
