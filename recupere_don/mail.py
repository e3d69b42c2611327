"""Outgoing e-mail: update links to enterprises and the staff's daily digest of suggestions.

Off unless MAIL_URL is set (`smtp://user:password@host:587?from=equipe@exemple.org`,
`smtps://…` for TLS from the start, `?starttls=1` to upgrade a plain connection). Sent with
the standard library; a failure is reported to the caller, never retried in a request.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import click
from flask import Flask, current_app, url_for
from flask.cli import with_appcontext
from sqlalchemy import select

from .admin.models import User
from .extensions import db
from .i18n import _
from .models import Place, utcnow
from .placewrites import format_datetime
from .suggestions import Suggestion, SuggestionKind, SuggestionState
from .updatelinks import DEFAULT_LIFETIME

TIMEOUT_SECONDS = 10


class MailError(RuntimeError):
    """The message could not be sent; French message for staff."""


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str
    tls: bool  # TLS from the first byte (smtps)
    starttls: bool


def settings() -> SmtpSettings | None:
    """The SMTP server from MAIL_URL, or None when mail is off."""
    raw = str(current_app.config.get("MAIL_URL") or "").strip()
    if not raw or raw == "off":
        return None
    url = urlsplit(raw)
    if url.scheme not in {"smtp", "smtps"} or not url.hostname:
        raise MailError(_("MAIL_URL doit ressembler à smtp://utilisateur:motdepasse@hôte:587."))
    query = parse_qs(url.query)
    sender = (query.get("from") or [current_app.config.get("CONTACT_EMAIL", "")])[0]
    return SmtpSettings(
        host=url.hostname,
        port=url.port or (465 if url.scheme == "smtps" else 25),
        username=unquote(url.username or ""),
        password=unquote(url.password or ""),
        sender=str(sender),
        tls=url.scheme == "smtps",
        starttls=(query.get("starttls") or ["0"])[0] in {"1", "true", "yes"},
    )


def is_configured() -> bool:
    return settings() is not None


def send(mail: Mail) -> None:
    """Send one message through MAIL_URL's server; MailError when it cannot."""
    server = settings()
    if server is None:
        raise MailError(_("L'envoi de courriels n'est pas configuré (MAIL_URL)."))
    message = EmailMessage()
    message["From"] = server.sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message.set_content(mail.body)
    smtp_class = smtplib.SMTP_SSL if server.tls else smtplib.SMTP
    try:
        with smtp_class(server.host, server.port, timeout=TIMEOUT_SECONDS) as smtp:
            if server.starttls:
                smtp.starttls()
            if server.username:
                smtp.login(server.username, server.password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as error:
        current_app.logger.warning("Mail to %s not sent: %s", mail.to, error)
        raise MailError(
            _("Le courriel n'a pas pu être envoyé : le serveur de courriel ne répond pas.")
        ) from None


def update_link_mail(place: Place, link_url: str) -> Mail:
    """The e-mail inviting an enterprise to check its place through its private link."""
    days = DEFAULT_LIFETIME.days
    body = _(
        "Bonjour,\n\n"
        "La carte Récupère-DON! présente « %(name)s » aux citoyens de Chaudière-Appalaches "
        "qui cherchent où donner, acheter ou faire réparer leurs objets.\n\n"
        "Pouvez-vous vérifier que vos heures, les objets que vous acceptez et vos coordonnées "
        "sont à jour ? Ce lien privé vous permet de les corriger et de mettre vos dons en "
        "pause, sans compte (valable %(days)s jours) :\n\n%(url)s\n\n"
        "Merci !\nL'équipe Récupère-DON!",
        name=place.name,
        days=days,
        url=link_url,
    )
    subject = _("Votre fiche sur Récupère-DON! : « %(name)s »", name=place.name)
    return Mail(to=place.email, subject=subject, body=body)


def digest_mails(now: datetime) -> tuple[list[Mail], list[Suggestion]]:
    """One digest per active staff member of the suggestions no digest has mentioned yet."""
    new = list(
        db.session.execute(
            select(Suggestion)
            .where(
                Suggestion.state == SuggestionState.PENDING,
                Suggestion.notified_at.is_(None),
            )
            .order_by(Suggestion.created_at, Suggestion.id)
        ).scalars()
    )
    if not new:
        return [], []
    lines = []
    for suggestion in new:
        what = (
            _("Nouveau lieu : %(name)s", name=suggestion.values.get("name", "?"))
            if suggestion.kind == SuggestionKind.NEW_PLACE
            else _(
                "Correction : %(name)s",
                name=suggestion.place.name if suggestion.place else "?",
            )
        )
        lines.append(f"#{suggestion.id} · {format_datetime(suggestion.created_at)} · {what}")
    queue_url = url_for("admin.suggestions", _external=True)
    body = _(
        "%(n)s nouvelle(s) suggestion(s) attendent une décision :\n\n%(lines)s\n\n%(url)s",
        n=len(new),
        lines="\n".join(lines),
        url=queue_url,
    )
    subject = _("Récupère-DON! : %(n)s suggestion(s) à traiter", n=len(new))
    staff = db.session.execute(select(User.email).where(User.active.is_(True))).scalars()
    return [Mail(to=email, subject=subject, body=body) for email in staff], new


def send_digest(now: datetime | None = None) -> int:
    """Send the digest; the suggestions count as notified only once every mail left."""
    now = now or utcnow()
    mails, mentioned = digest_mails(now)
    for mail in mails:
        send(mail)
    for suggestion in mentioned:
        suggestion.notified_at = now
    db.session.commit()
    return len(mails)


@click.command("send-digest")
@with_appcontext
def send_digest_command() -> None:
    """E-mail staff the suggestions that arrived since the last digest (run once a day)."""
    if not is_configured():
        click.echo("MAIL_URL n'est pas défini : aucun courriel envoyé.")
        return
    try:
        # Links in the mail need the site's address; a command has no request to take it from.
        with current_app.test_request_context(base_url=current_app.config["PUBLIC_URL"]):
            sent = send_digest()
    except MailError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{sent} courriel(s) envoyé(s).")


def init_app(app: Flask) -> None:
    app.cli.add_command(send_digest_command)
