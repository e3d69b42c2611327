"""Saved embed configurations and the code partners paste: for the admin, configurator, oEmbed."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from flask import url_for
from markupsafe import Markup, escape
from sqlalchemy import select

from ..extensions import db
from ..places import Taxonomy
from .models import EmbedConfig
from .settings import EmbedSettings, InvalidSettingsError, settings_from_config

# /embed/places/<token> is the embed's data endpoint: no configuration may be called that.
RESERVED_SLUGS = frozenset({"places"})


class DuplicateSlugError(InvalidSettingsError):
    def __init__(self, slug: str) -> None:
        super().__init__({"slug": f"L'identifiant « {slug} » est déjà utilisé."})


def all_configs() -> list[EmbedConfig]:
    return list(db.session.execute(select(EmbedConfig).order_by(EmbedConfig.name)).scalars())


def config_by_slug(slug: str) -> EmbedConfig | None:
    return db.session.execute(
        select(EmbedConfig).where(EmbedConfig.slug == slug)
    ).scalar_one_or_none()


def config_settings(config: EmbedConfig, taxonomy: Taxonomy | None = None) -> EmbedSettings:
    return settings_from_config(config.filters, config.look, taxonomy or Taxonomy.load())


def _check_slug(slug: str, config: EmbedConfig | None) -> None:
    if slug in RESERVED_SLUGS:
        raise InvalidSettingsError({"slug": f"L'identifiant « {slug} » est réservé."})
    other = config_by_slug(slug)
    if other is not None and other is not config:
        raise DuplicateSlugError(slug)


def save_config(
    config: EmbedConfig | None, slug: str, name: str, settings: EmbedSettings
) -> EmbedConfig:
    """Create (config is None) or update a configuration; the slug must be free."""
    _check_slug(slug, config)
    if config is None:
        config = EmbedConfig()
        db.session.add(config)
    config.slug = slug
    config.name = name
    config.filters = settings.preset.as_json()
    config.look = settings.look.as_json()
    db.session.commit()
    return config


def delete_config(config: EmbedConfig) -> None:
    db.session.delete(config)
    db.session.commit()


# --- what a partner pastes ---------------------------------------------------------------------


@dataclass(frozen=True)
class EmbedCode:
    """The URLs and snippets for one embed, absolute so they work on any partner site."""

    frame_url: str
    script_url: str
    script_attributes: dict[str, str]
    script: str
    iframe: str
    export_url: str
    title: str


def frame_title(lang: str) -> str:
    if lang == "en":
        return "Map of reuse places — Récupère-DON!"
    return "Carte des lieux de réemploi — Récupère-DON!"


def iframe_snippet(frame_url: str, title: str, height: int) -> str:
    return str(
        Markup(
            '<iframe src="{}" title="{}" width="100%" height="{}" style="border:0;max-width:100%" '
            'allow="geolocation" loading="lazy"></iframe>'
        ).format(frame_url, title, height)
    )


def embed_code(settings: EmbedSettings, lang: str = "fr", slug: str | None = None) -> EmbedCode:
    """Snippets for a saved configuration (slug) or for ad-hoc settings."""
    extra = {"lang": lang} if lang != "fr" else {}
    if slug is not None:
        frame_url = url_for("embed.saved", slug=slug, _external=True, **extra)
        attributes = {"data-config": slug}
    else:
        args = {**settings.as_args(), **extra}
        frame_url = url_for("embed.frame", _external=True, **args)
        attributes = {f"data-{name}": value for name, value in settings.as_args().items()}
    if lang != "fr":
        attributes["data-lang"] = lang
    script_url = url_for("static", filename="embed.js", _external=True)
    attribute_text = "".join(f' {name}="{escape(value)}"' for name, value in attributes.items())
    title = frame_title(lang)
    export_args = {**settings.preset.as_args(), **extra}
    return EmbedCode(
        frame_url=frame_url,
        script_url=script_url,
        script_attributes=attributes,
        script=f'<script src="{escape(script_url)}"{attribute_text} async></script>',
        iframe=iframe_snippet(frame_url, title, settings.look.frame_height),
        export_url=url_for("embed.export", _external=True, **export_args),
        title=title,
    )


def oembed_href(page_url: str) -> str:
    return (
        url_for("embed.oembed", _external=True)
        + "?"
        + urlencode({"url": page_url, "format": "json"})
    )
