"""The app's per-process caches in one place: built on first use, rebuilt when the data changed.

Each worker process keeps what is costly to build (indexes, clients, answer caches) in
`app.extensions`; a cache tied to data carries the version it was built from (dataversion
counters, a fingerprint), so a change made in any process is seen at the next request.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from flask import Flask, current_app

T = TypeVar("T")

_PREFIX = "recupere_don."


def versioned(name: str, version: Hashable, build: Callable[[], T]) -> T:
    """The value built for this data version; built again when `version` differs."""
    key = _PREFIX + name
    cached: tuple[Hashable, T] | None = current_app.extensions.get(key)
    if cached is None or cached[0] != version:
        cached = current_app.extensions[key] = (version, build())
    return cached[1]


def per_process(name: str, build: Callable[[], T], app: Flask | None = None) -> T:
    """One value per process whatever the data (a client, a bounded answer cache)."""
    extensions = (app or current_app).extensions
    key = _PREFIX + name
    if key not in extensions:
        # setdefault: two threads racing on first use end up sharing one value.
        extensions.setdefault(key, build())
    found: T = extensions[key]
    return found


def forget(name: str) -> None:
    """Drop a cached value: the next use builds it again."""
    current_app.extensions.pop(_PREFIX + name, None)
