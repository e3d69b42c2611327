"""`flask users …`: staff accounts from the command line; passwords are asked, never passed."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from . import accounts
from .models import Role


def _ask_password(prompt: str) -> str:
    # A prompt, not an option: a password on the command line ends up in the shell history.
    password: str = click.prompt(
        f"{prompt} (au moins {accounts.MIN_PASSWORD_LENGTH} caractères)",
        hide_input=True,
        confirmation_prompt=f"{prompt} (encore une fois)",
    )
    return password


users_cli = AppGroup("users", help="Comptes de l'équipe (administrateurs et éditeurs).")


@users_cli.command("create")
@click.argument("email")
@click.option(
    "--role",
    type=click.Choice([r.value for r in Role]),
    default=Role.EDITOR.value,
    show_default=True,
    help="editor : modifie les lieux ; admin : aussi les comptes, la taxonomie, les imports.",
)
def create_user_command(email: str, role: str) -> None:
    """Create a staff account; the password is typed at the prompt, never on the command line."""
    password = _ask_password("Mot de passe")
    try:
        user = accounts.create_user(email, password, role)
    except accounts.AccountError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Compte créé : {user.email} ({user.role}).")


@users_cli.command("set-password")
@click.argument("email")
def set_password_command(email: str) -> None:
    """Reset a staff member's password (it ends their open sessions)."""
    user = accounts.find_user(email)
    if user is None:
        raise click.ClickException(f"Aucun compte pour {email}.")
    password = _ask_password("Nouveau mot de passe")
    try:
        accounts.set_password(user, password)
    except accounts.AccountError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Mot de passe changé pour {user.email}.")


@users_cli.command("list")
def list_users_command() -> None:
    """List staff accounts."""
    for user in accounts.all_users():
        state = "actif" if user.active else "désactivé"
        click.echo(f"{user.email}\t{user.role}\t{state}")
