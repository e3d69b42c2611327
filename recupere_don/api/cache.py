"""A small in-process cache of encoded API answers, keyed by their ETag.

The places collection is the hot path of every map view; its ETag already says when the data
(or the minute, for open-now) changed, so an answer with the same ETag can be served as bytes.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from flask import Flask, current_app

_KEY = "recupere_don.answer_cache"


@dataclass
class EncodedAnswer:
    body: bytes
    _gzipped: bytes | None = field(default=None, repr=False)

    def gzipped(self) -> bytes:
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, compresslevel=6)
        return self._gzipped


class AnswerCache:
    """Least-recently-used answers; thread-safe because the server may be threaded."""

    def __init__(self, capacity: int = 128) -> None:
        self.capacity = capacity
        self._answers: OrderedDict[str, EncodedAnswer] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> EncodedAnswer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, key: str, body: bytes) -> EncodedAnswer:
        answer = EncodedAnswer(body)
        with self._lock:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.capacity:
                self._answers.popitem(last=False)
        return answer


def answer_cache(app: Flask | None = None) -> AnswerCache:
    app = app or current_app
    cache: AnswerCache | None = app.extensions.get(_KEY)
    if cache is None:
        cache = app.extensions.setdefault(_KEY, AnswerCache())
    return cache
