"""Public JSON API, version 1."""
