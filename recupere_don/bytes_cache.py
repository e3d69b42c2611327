"""A least-recently-used cache bounded by the bytes its values hold, not by their count.

An entry count says nothing of memory when one value weighs a kilobyte and another megabytes,
or when the keys are unbounded (every place page, every map point): a worker must stay flat.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class BytesBoundedCache(Generic[V]):
    """Values under `max_bytes` in all, as `size` counts them (and `max_entries`); thread-safe."""

    def __init__(
        self, max_bytes: int, size: Callable[[V], int], max_entries: int | None = None
    ) -> None:
        self.max_bytes = max_bytes
        self.max_entries = max_entries
        self._size = size
        self._values: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._values)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            found = self._values.get(key)
            if found is None:
                return None
            self._values.move_to_end(key)
            return found[0]

    def put(self, key: Hashable, value: V) -> V:
        """Keep `value` (unless it alone is over the budget), dropping the least recently used."""
        size = self._size(value)
        with self._lock:
            previous = self._values.pop(key, None)
            if previous is not None:
                self._bytes -= previous[1]
            if size <= self.max_bytes:
                self._values[key] = (value, size)
                self._bytes += size
            while self._bytes > self.max_bytes or (
                self.max_entries is not None and len(self._values) > self.max_entries
            ):
                _key, (_value, dropped) = self._values.popitem(last=False)
                self._bytes -= dropped
        return value

    def get_or_build(self, key: Hashable, build: Callable[[], V]) -> V:
        found = self.get(key)
        return found if found is not None else self.put(key, build())
