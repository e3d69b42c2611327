"""Public JSON API, version 1."""

# Adds its routes (the contract and its page) to the API blueprint before it is registered.
from . import openapi as openapi
