"""The allocator setting gunicorn's master applies: large answers leave the heap when freed."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from recupere_don.malloc import fix_mmap_threshold

ROOT = Path(__file__).resolve().parent.parent

# In a fresh process, as a worker: free a 4 MB answer, build a 2 MB one, and say how much of
# it glibc put in its own mapping (given back when freed) rather than in the heap.
PROBE = """
import ctypes, sys
from recupere_don.malloc import fix_mmap_threshold

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "fixed":
    assert fix_mmap_threshold({})
answer = bytes(4 * 1024 * 1024)
del answer
mapped = libc.mallinfo2().hblkhd
answer = bytes(2 * 1024 * 1024)
print(libc.mallinfo2().hblkhd - mapped)
"""

pytestmark = pytest.mark.skipif(
    platform.libc_ver()[0] != "glibc", reason="the setting is glibc's; elsewhere nothing changes"
)


def _mapped_bytes_of_a_second_answer(mode: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("MALLOC_MMAP_THRESHOLD_", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_after_a_larger_answer_was_freed_the_next_one_still_gets_its_own_mapping() -> None:
    # glibc's default: the freed 4 MB raised the threshold, the 2 MB answer went to the heap.
    assert _mapped_bytes_of_a_second_answer("default") == 0
    assert _mapped_bytes_of_a_second_answer("fixed") >= 2 * 1024 * 1024


def test_a_threshold_the_host_chose_is_left_alone() -> None:
    assert fix_mmap_threshold({"MALLOC_MMAP_THRESHOLD_": "1048576"}) is False
    assert fix_mmap_threshold({"GLIBC_TUNABLES": "glibc.malloc.mmap_threshold=65536"}) is False
