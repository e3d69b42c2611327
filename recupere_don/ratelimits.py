"""Rate limits for what costs a server its time or a partner its patience: the one list of them.

Each counts per client (the address ProxyFix recovered behind TRUSTED_PROXY_COUNT proxies) in
RATELIMIT_STORAGE_URI. A refusal is a 429 with Retry-After and a French message (English with
?lang=en): JSON under /api, a page elsewhere (errors.py). Two limits live with what they guard:
the public geocoder's (geocoder.public_rate_limit) and the missed-search counter (item_lookup.py,
which must hold even when request limits are turned off). The README lists them all.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Callable
from typing import Any

from flask import g, render_template, request
from flask.wrappers import Response
from flask_limiter.util import get_remote_address
from limits import parse
from werkzeug.exceptions import TooManyRequests

from .extensions import limiter
from .i18n import _

# A staff form asks for one point per address typed; a person stays far below this.
STAFF_GEOCODE = "60/minute"
# Per client, on top of the per-account delays (admin/accounts.py): a spray over many accounts
# from one address meets this even when no account is hammered.
LOGIN = "30/minute"
# The standalone map and the staff files are built from every place: one export a few seconds.
EXPORT = "20/minute"
# A preview parses and geocodes a whole file, a confirmation writes it.
IMPORT = "10/minute"
# Only answers built for this request count (the map asks again only when its filters change,
# never when panning); answers from the cache or a 304 are free.
API_BUILT_ANSWERS = "120/minute"
# Public suggestions and corrections: a person sends a few; a flood fills the staff queue.
SUGGESTIONS = "5/minute;30/day"
# An update link's page and posts: an enterprise needs a handful, a token guesser many.
UPDATE_LINK = "30/minute"


def _try_later() -> str:
    return _("Trop de demandes depuis votre connexion : réessayez dans une minute.")


def _too_many_logins() -> str:
    return _("Trop de tentatives de connexion depuis votre connexion : réessayez dans une minute.")


def mark_built() -> None:
    """Say that this request built its answer rather than reading a cached one."""
    g.answer_built = True


def _was_built(_response: Response) -> bool:
    return bool(g.get("answer_built"))


staff_geocode = limiter.limit(STAFF_GEOCODE, error_message=_try_later)


def login(view: Callable[..., Any]) -> Callable[..., Any]:
    """LOGIN per client on the form's posts, counted here rather than by a limiter decorator.

    A decorated route gets the limiter's Retry-After on every answer, at least the end of its
    window: the login page's own delays (two seconds after a few failures) would read a minute.
    """

    @functools.wraps(view)
    def limited(*args: Any, **kwargs: Any) -> Any:
        if request.method == "POST" and limiter.enabled:
            rate = parse(LOGIN)
            key = ("login", get_remote_address() or "-")
            if not limiter.limiter.hit(rate, *key):
                reset_at = limiter.limiter.get_window_stats(rate, *key).reset_time
                wait = max(1, math.ceil(reset_at - time.time()))
                page = render_template("error.html", error=TooManyRequests(_too_many_logins()))
                return page, 429, {"Retry-After": str(wait)}
        return view(*args, **kwargs)

    return limited


# One budget for the three exports, and one for preview + confirmation: the same work each.
export = limiter.shared_limit(EXPORT, scope="export", error_message=_try_later)
import_file = limiter.shared_limit(
    IMPORT, scope="import", methods=["POST"], error_message=_try_later
)
api_built_answers = limiter.limit(
    API_BUILT_ANSWERS, deduct_when=_was_built, error_message=_try_later
)
suggestions = limiter.shared_limit(
    SUGGESTIONS, scope="suggestions", methods=["POST"], error_message=_try_later
)
update_link = limiter.limit(UPDATE_LINK, error_message=_try_later)
