"""A client library for accessing OpenRouter API (openrouter_ext)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
