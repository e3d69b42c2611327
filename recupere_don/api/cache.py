"""A small in-process cache of encoded API answers, keyed by their ETag.

The places collection is the hot path of every map view; its ETag already says when the data
(or the minute, for open-now) changed, so an answer with the same ETag can be served as bytes.
Bounded in entries and in bytes: distinct filter sets (every `near` point is one) must not
grow a worker without end.

While the database does not answer, the last fresh answer to the same request is served
again, marked stale (LastAnswers): a map that worked a minute ago keeps working.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, Response, current_app, request

from ..bytes_cache import BytesBoundedCache
from ..versioned_cache import per_process

DEFAULT_ENTRIES = 256
DEFAULT_BYTES = 64 * 1024 * 1024


@dataclass
class EncodedAnswer:
    body: bytes
    _gzipped: bytes | None = field(default=None, repr=False)

    def gzipped(self) -> bytes:
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, compresslevel=6)
        return self._gzipped

    @property
    def size(self) -> int:
        """Bytes held, counted up front: the body and its gzip (JSON shrinks to under a quarter)."""
        return len(self.body) + len(self.body) // 4


class AnswerCache:
    """Least-recently-used answers; thread-safe because the server may be threaded."""

    def __init__(self, capacity: int = DEFAULT_ENTRIES, max_bytes: int = DEFAULT_BYTES) -> None:
        self.capacity = capacity
        self.max_bytes = max_bytes
        self._answers: OrderedDict[str, EncodedAnswer] = OrderedDict()
        # slot → its current key: a newer answer to the same question replaces the old one.
        self._slots: dict[str, str] = {}
        self._slot_of: dict[str, str] = {}
        self._bytes = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._answers)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get(self, key: str) -> EncodedAnswer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, key: str, body: bytes, slot: str | None = None) -> EncodedAnswer:
        """Keep `body` under `key`; with a `slot` (the question, without the data version or
        the minute its open-now texts hold), the answer it replaces is dropped at once instead
        of waiting to age out: "all places" is rebuilt every minute and weighs megabytes."""
        answer = EncodedAnswer(body)
        with self._lock:
            self._drop(key)
            if slot is not None:
                replaced = self._slots.get(slot)
                if replaced is not None:
                    self._drop(replaced)
                self._slots[slot] = key
                self._slot_of[key] = slot
            self._answers[key] = answer
            self._bytes += answer.size
            while self._answers and (
                len(self._answers) > self.capacity or self._bytes > self.max_bytes
            ):
                self._drop(next(iter(self._answers)))
        return answer

    def _drop(self, key: str) -> None:
        previous = self._answers.pop(key, None)
        if previous is not None:
            self._bytes -= previous.size
        slot = self._slot_of.pop(key, None)
        if slot is not None and self._slots.get(slot) == key:
            del self._slots[slot]


def send_encoded(response: Response, answer: EncodedAnswer) -> None:
    """The answer's bytes in `response`, gzipped when the client takes gzip."""
    response.vary.add("Accept-Encoding")
    if request.accept_encodings.quality("gzip") > 0:
        response.set_data(answer.gzipped())
        response.headers["Content-Encoding"] = "gzip"
    else:
        response.set_data(answer.body)


def answer_cache(app: Flask | None = None) -> AnswerCache:
    config = (app or current_app).config
    return per_process("answer_cache", lambda: AnswerCache(*_bounds(config)), app)


def _bounds(config: Mapping[str, Any]) -> tuple[int, int]:
    """How many answers, and how many bytes of them, one process keeps."""
    return (
        int(config.get("ANSWER_CACHE_ENTRIES", DEFAULT_ENTRIES)),
        int(config.get("ANSWER_CACHE_BYTES", DEFAULT_BYTES)),
    )


# --- the last good answers, for when the database does not answer ------------------------------

# RFC 9111 §5.5: a cache serving what it could not revalidate says so; clients and proxies
# that read only our own header find it too.
STALE_WARNING = '110 - "Response is Stale"'
STALE_HEADER = "X-Served-Stale"


@dataclass(frozen=True)
class LastAnswer:
    """An answer as it was last served fresh, with what it needs to be served again."""

    answer: EncodedAnswer
    mimetype: str
    etag: str | None = None


class LastAnswers:
    """The last fresh answer per request (same parsed filters), whatever the data version was.

    The answer cache is keyed by version, which takes the database to know; this one is not,
    so an outage can still be answered. Bounded like the answer cache; bodies are shared with
    it, so the bytes counted here are an upper bound.
    """

    def __init__(self, capacity: int = DEFAULT_ENTRIES, max_bytes: int = DEFAULT_BYTES) -> None:
        self._answers: BytesBoundedCache[LastAnswer] = BytesBoundedCache(
            max_bytes, lambda last: last.answer.size, capacity
        )

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: str) -> LastAnswer | None:
        return self._answers.get(key)

    def remember(self, key: str, last: LastAnswer) -> None:
        self._answers.put(key, last)


def last_answers(app: Flask | None = None) -> LastAnswers:
    config = (app or current_app).config
    return per_process("last_answers", lambda: LastAnswers(*_bounds(config)), app)
