"""gunicorn settings for production: `.venv/bin/gunicorn --config gunicorn.conf.py wsgi:app`.

Everything a host changes comes from the environment (README, « Production »).
"""

from __future__ import annotations

import os
import sys
from typing import Any

# Imported under a private name: gunicorn reads every module-level name that is a setting.
from recupere_don.config import production_problem as _production_problem
from recupere_don.malloc import fix_mmap_threshold as _fix_mmap_threshold


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit():
        raise SystemExit(f"{name} doit être un nombre entier (reçu : {raw!r}).")
    return int(raw)


# Loopback by default: the reverse proxy (Caddy, nginx) in front terminates TLS and is the only
# one to reach us. A hosting platform that routes to the container sets HOST=0.0.0.0.
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{_int('PORT', 8000)}"
workers = _int("WEB_CONCURRENCY", 2)
# Sync workers: every request is short (the slowest, an import confirmation, is budgeted
# under this timeout); a worker stuck longer is killed and replaced.
timeout = 30
# On SIGHUP or SIGTERM, requests under way get this long to finish.
graceful_timeout = 30
keepalive = 5
# Each worker keeps indexes of the places that take seconds to build at province scale, so
# workers are not recycled by default (bench/bench_load.py --soak shows flat memory); a host
# that wants recycling anyway sets MAX_REQUESTS (e.g. 20000), staggered by 10 %.
max_requests = _int("MAX_REQUESTS", 0)
max_requests_jitter = max_requests // 10

# Both logs to the service's output (journald, the platform's log). Each access line ends with
# the request id also sent as X-Request-ID, and the time taken in microseconds.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(D)sus %({x-request-id}o)s'

# gunicorn trusts X-Forwarded-Proto only from these addresses; ProxyFix (TRUSTED_PROXY_COUNT)
# does the same in the app. With no proxy declared, trust nobody's headers.
_trusted_proxies = _int("TRUSTED_PROXY_COUNT", 0)
forwarded_allow_ips = (
    os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1") if _trusted_proxies > 0 else ""
)

proc_name = "recupere-don"
# gunicorn ≥ 24 opens a control socket in $HOME by default: unused here, refused by a hardened
# unit (ProtectHome), and shared by two instances on one machine.
control_socket_disable = True
# Heartbeat files in memory: a slow or full disk must not get healthy workers killed.
SHARED_MEMORY = "/dev/shm"  # noqa: S108 (gunicorn's own advice; only heartbeats go there)
if os.path.isdir(SHARED_MEMORY) and os.access(SHARED_MEMORY, os.W_OK):
    worker_tmp_dir = SHARED_MEMORY


def on_starting(server: Any) -> None:
    """In the master: refuse to start with the setting to fix rather than workers crashing,
    then set the allocator up for long-running workers."""
    problem = _production_problem(os.environ)
    if problem:
        print(problem, file=sys.stderr)
        sys.exit(1)
    # Before any worker is forked, so each inherits it: large answers are given back to the
    # system when freed instead of growing the heap (recupere_don/malloc.py).
    _fix_mmap_threshold()
