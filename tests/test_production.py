"""Production: the settings it refuses, gunicorn for real, deploy/ read by the tools that use it."""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from recupere_don import create_app

from .conftest import TEST_TILE_URL

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
GOOD_KEY = "k" * 48
# Settings of the machine running the tests must not leak into the server under test.
OWN_SETTINGS = ("APP_ENV", "SECRET_KEY", "DATABASE_URL", "TRUSTED_PROXY_COUNT", "PORT", "HOST")


def _config(tmp_path: Path, **overrides: object) -> dict[str, object]:
    config: dict[str, object] = {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'unused.sqlite'}",
        "TILE_URL": TEST_TILE_URL,
        "NOMINATIM_URL": "off",
    }
    config.update(overrides)
    return config


def test_production_refuses_to_start_without_secret_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(SystemExit) as refused:
        create_app(_config(tmp_path))
    assert "SECRET_KEY n'est pas définie" in str(refused.value.code)
    assert "APP_ENV=production" in str(refused.value.code)


def test_production_refuses_a_short_secret_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_ENV", "production")
    with pytest.raises(SystemExit) as refused:
        create_app(_config(tmp_path, SECRET_KEY="changeme"))
    assert "SECRET_KEY est trop courte" in str(refused.value.code)


def test_an_unknown_app_env_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENV", "prod")
    with pytest.raises(SystemExit) as refused:
        create_app(_config(tmp_path, SECRET_KEY=GOOD_KEY))
    assert "APP_ENV doit valoir" in str(refused.value.code)


def test_production_cookies_are_secure_and_links_https(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded_templates: dict[str, str]
) -> None:
    database = tmp_path / "prod.sqlite"
    shutil.copyfile(seeded_templates["sqlite"], database)
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.delenv("PREFERRED_URL_SCHEME", raising=False)
    app = create_app(
        _config(tmp_path, SECRET_KEY=GOOD_KEY, SQLALCHEMY_DATABASE_URI=f"sqlite:///{database}")
    )
    login = app.test_client().get("/admin/login")
    assert login.status_code == 200
    assert "Secure" in login.headers["Set-Cookie"]
    with app.test_request_context("/"):
        from flask import url_for

        assert url_for("public.index", _external=True).startswith("https://")

    monkeypatch.setenv("APP_ENV", "development")
    laptop = create_app(
        _config(tmp_path, SECRET_KEY=GOOD_KEY, SQLALCHEMY_DATABASE_URI=f"sqlite:///{database}")
    )
    assert "Secure" not in laptop.test_client().get("/admin/login").headers["Set-Cookie"]


# --- gunicorn, for real --------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _server_env(tmp_path: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in OWN_SETTINGS}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'served.sqlite'}",
        NOMINATIM_URL="off",
        WEB_CONCURRENCY="2",
    )
    env.update(settings)
    return env


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@contextmanager
def gunicorn(tmp_path: Path, env: dict[str, str]) -> Iterator[tuple[str, Path]]:
    """gunicorn started as the README says, on a free loopback port; stopped afterwards."""
    port = _free_port()
    env = {**env, "PORT": str(port), "HOST": "127.0.0.1"}
    out, err = tmp_path / "gunicorn.out", tmp_path / "gunicorn.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "--config", "gunicorn.conf.py", "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    if _get(f"{base}/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"gunicorn did not start:\n{err.read_text()}")
                time.sleep(0.2)
            yield base, out
        finally:
            server.terminate()
            server.wait(timeout=40)


def test_gunicorn_serves_health_with_a_logged_request_id(tmp_path: Path) -> None:
    env = _server_env(tmp_path, APP_ENV="production", SECRET_KEY=GOOD_KEY)
    prepared = subprocess.run(
        [str(BIN / "flask"), "--app", "recupere_don", "init-db"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert prepared.returncode == 0, prepared.stderr
    with gunicorn(tmp_path, env) as (base, access_log):
        status, headers, body = _get(f"{base}/healthz")
        assert (status, json.loads(body)) == (200, {"status": "ok"})
        assert "Set-Cookie" not in headers
        status, headers, body = _get(f"{base}/readyz")
        assert status == 200, body
        assert json.loads(body)["checks"]["schema"] == "ok"
        request_id = headers["X-Request-ID"]
        assert re.fullmatch(r"[0-9a-f]{32}", request_id)
        # No proxy declared: a client's id is not taken.
        _status, chosen, _body = _get(f"{base}/healthz", headers={"X-Request-ID": "a" * 32})
        assert chosen["X-Request-ID"] != "a" * 32
        deadline = time.monotonic() + 10
        while request_id not in access_log.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
    lines = [line for line in access_log.read_text().splitlines() if request_id in line]
    assert len(lines) == 1
    assert '"GET /readyz HTTP/1.1" 200' in lines[0]


def test_gunicorn_refuses_to_start_without_secret_key(tmp_path: Path) -> None:
    env = _server_env(tmp_path, APP_ENV="production", PORT=str(_free_port()))
    started = subprocess.run(
        [str(BIN / "gunicorn"), "--config", "gunicorn.conf.py", "wsgi:app"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode != 0
    assert "SECRET_KEY n'est pas définie" in started.stderr
    assert "Traceback" not in started.stderr
    assert "Booting worker" not in started.stderr


# --- deploy/, read by the tools that will read it -----------------------------------------------


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed here (make tools installs it)")
    return path


def test_systemd_unit_is_valid_and_migrates_first(tmp_path: Path) -> None:
    unit_text = (ROOT / "deploy" / "recupere-don.service").read_text()
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read_string(unit_text)
    service = unit["Service"]
    venv = "/opt/recupere-don/.venv/bin"
    assert service["ExecStartPre"] == f"{venv}/flask --app recupere_don db upgrade"
    assert service["ExecStart"] == f"{venv}/gunicorn --config gunicorn.conf.py wsgi:app"
    assert service["ProtectSystem"] == "strict"
    assert service["NoNewPrivileges"] == "yes"

    analyze = _tool("systemd-analyze")
    # systemd-analyze checks the commands exist: point them at this checkout, as root.
    local = (
        unit_text.replace("/opt/recupere-don", str(ROOT))
        .replace("User=recupere-don", "User=root")
        .replace("Group=recupere-don", "Group=root")
        .replace("EnvironmentFile=/etc/recupere-don/env", "EnvironmentFile=-/nonexistent")
    )
    (tmp_path / "recupere-don.service").write_text(local)
    verified = subprocess.run(
        [analyze, "verify", str(tmp_path / "recupere-don.service")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    # Unknown keys and bad values are only warnings: any line about the unit is a failure.
    complaints = [line for line in verified.stderr.splitlines() if "recupere-don" in line]
    assert verified.returncode == 0, verified.stderr
    assert not complaints, verified.stderr


def test_caddyfile_is_valid_and_caches_versioned_assets(tmp_path: Path) -> None:
    caddy = _tool("caddy")
    caddyfile = str(ROOT / "deploy" / "Caddyfile")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    validated = subprocess.run(
        [caddy, "validate", "--config", caddyfile, "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert validated.returncode == 0, validated.stderr
    adapted = subprocess.run(
        [caddy, "adapt", "--config", caddyfile, "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    config = adapted.stdout
    assert '"encodings":{"gzip":{},"zstd":{}}' in config
    assert '"prefer":["zstd","gzip"]' in config
    assert '"/vendor/*"' in config
    assert "public, max-age=31536000, immutable" in config
    assert '"X-Request-Id":["{http.request.uuid}"]' in config
    assert '"dial":"127.0.0.1:8000"' in config
