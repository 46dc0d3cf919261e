"""The configured generated client behind ``client.lowlevel``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from openrouter_ext._config import ClientOptions

if TYPE_CHECKING:
    from openrouter_api import AuthenticatedClient

__all__ = ["make_lowlevel_client"]


def make_lowlevel_client(
    options: ClientOptions,
    *,
    http: httpx.Client | None = None,
    async_http: httpx.AsyncClient | None = None,
) -> AuthenticatedClient:
    """Build the generated client for ``client.lowlevel``, sharing the given httpx client.

    The shared httpx client already carries the auth and attribution headers, the base URL
    and the timeout, so every generated call goes through the same pool and credentials.
    """
    from openrouter_api import AuthenticatedClient

    client = AuthenticatedClient(
        base_url=options.base_url,
        token=options.api_key or "",
        timeout=options.timeout,
        headers=options.headers(with_auth=False),
        raise_on_unexpected_status=True,
    )
    if http is not None:
        client.set_httpx_client(http)  # pyright: ignore[reportUnknownMemberType]  # generated
    if async_http is not None:
        client.set_async_httpx_client(async_http)  # pyright: ignore[reportUnknownMemberType]
    return client
