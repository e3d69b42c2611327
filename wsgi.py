"""WSGI entry point: the only module-level application object."""

from recupere_don import create_app

app = create_app()
