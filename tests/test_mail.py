"""Mail through a real local SMTP server: the staff digest and the update link to an enterprise."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from flask import Flask
from flask.testing import FlaskClient

from recupere_don import suggestions
from recupere_don.extensions import db
from recupere_don.models import Place, utcnow
from tests.conftest import BACKENDS, make_test_app, temporary_database
from tests.factories import make_place, make_user
from tests.test_admin_support import ADMIN_EMAIL, csrf_token, log_in


def text_of(message: Message) -> str:
    return str(message.get_payload(decode=True), "utf-8")  # type: ignore[arg-type]


class Inbox:
    """aiosmtpd handler keeping every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture(params=BACKENDS)
def mail_app(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    seeded_templates: dict[str, str],
    smtp: tuple[Inbox, int],
) -> Iterator[Flask]:
    url_mail = f"smtp://127.0.0.1:{smtp[1]}?from=equipe@recupere-don.example"
    with temporary_database(request.param, tmp_path, seeded_templates[request.param]) as url:
        application = make_test_app(url, MAIL_URL=url_mail, PUBLIC_URL="https://carte.example")
        yield application
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


def suggest(app: Flask, name: str) -> int:
    with app.app_context():
        return suggestions.submit(suggestions.SuggestionKind.NEW_PLACE, {"name": name}).id


def test_the_daily_digest_lists_new_suggestions_once(
    mail_app: Flask, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    make_user(mail_app, "equipe@example.org", "editor")
    make_user(mail_app, ADMIN_EMAIL, "admin")
    first = suggest(mail_app, "Friperie <b>Nouvelle</b>")
    runner = mail_app.test_cli_runner()
    result = runner.invoke(args=["send-digest"])
    assert result.exit_code == 0, result.output
    assert sorted(m["To"] for m in inbox.messages) == sorted(["equipe@example.org", ADMIN_EMAIL])
    body = text_of(inbox.messages[0])
    assert f"#{first}" in body
    assert "Friperie <b>Nouvelle</b>" in body  # plain text: nothing to interpret
    assert "https://carte.example/admin/suggestions" in body
    assert inbox.messages[0]["From"] == "equipe@recupere-don.example"
    # The next day only what arrived since is sent; nothing new, nothing sent.
    runner.invoke(args=["send-digest"])
    assert len(inbox.messages) == 2
    second = suggest(mail_app, "Comptoir Deux")
    runner.invoke(args=["send-digest"])
    assert len(inbox.messages) == 4
    latest = text_of(inbox.messages[-1])
    assert f"#{second}" in latest
    assert f"#{first} " not in latest


def test_without_mail_url_the_digest_sends_nothing(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["send-digest"])
    assert result.exit_code == 0
    assert "MAIL_URL" in result.output


def test_a_stale_place_gets_its_update_link_by_mail(
    mail_app: Flask, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    place_id = make_place(
        mail_app, name="Bouquinerie Ancienne", email="bonjour@bouquinerie.example"
    )
    with mail_app.app_context():
        place = db.session.get_one(Place, place_id)
        place.verified_at = utcnow() - timedelta(days=400)
        db.session.commit()
    make_user(mail_app, ADMIN_EMAIL, "admin")
    client: FlaskClient = mail_app.test_client()
    log_in(client, ADMIN_EMAIL)
    stale = client.get("/admin/stale").get_data(as_text=True)
    assert "Bouquinerie Ancienne" in stale
    token = csrf_token(client, "/admin/stale")
    client.post(f"/admin/places/{place_id}/update-link", data={"csrf_token": token, "send": "1"})
    [sent] = inbox.messages
    assert sent["To"] == "bonjour@bouquinerie.example"
    body = text_of(sent)
    link = next(word for word in body.split() if "/mise-a-jour/" in word)
    path = "/" + link.split("/", 3)[3]
    page = mail_app.test_client().get(path)
    assert page.status_code == 200
    assert "Bouquinerie Ancienne" in page.get_data(as_text=True)


def test_a_mail_server_that_does_not_answer_is_a_clear_message(
    tmp_path: Path, seeded_templates: dict[str, str]
) -> None:
    with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
        app = make_test_app(url, MAIL_URL=f"smtp://127.0.0.1:{free_port()}")
        suggest(app, "Lieu")
        make_user(app, ADMIN_EMAIL, "admin")
        result = app.test_cli_runner().invoke(args=["send-digest"])
        assert result.exit_code != 0
        assert "ne répond pas" in result.output
        with app.app_context():
            # Not counted as notified: tomorrow's digest mentions it again.
            assert all(s.notified_at is None for s in suggestions.pending())
            db.session.remove()
            db.engine.dispose()
