from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.key_response import KeyResponse
from ...models.update_key_request import UpdateKeyRequest
from ...types import Response


def _get_kwargs(
    hash: str,
    *,
    body: UpdateKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/keys/{hash}".format(
            hash=quote(str(hash), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KeyResponse | None:
    if response.status_code == 200:
        response_200 = KeyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | KeyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateKeyRequest,
) -> Response[ErrorResponse | KeyResponse]:
    """Update an API key (management key)

    Args:
        hash (str):
        body (UpdateKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KeyResponse]
    """

    kwargs = _get_kwargs(
        hash=hash,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateKeyRequest,
) -> ErrorResponse | KeyResponse | None:
    """Update an API key (management key)

    Args:
        hash (str):
        body (UpdateKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KeyResponse
    """

    return sync_detailed(
        hash=hash,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hash: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateKeyRequest,
) -> Response[ErrorResponse | KeyResponse]:
    """Update an API key (management key)

    Args:
        hash (str):
        body (UpdateKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KeyResponse]
    """

    kwargs = _get_kwargs(
        hash=hash,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateKeyRequest,
) -> ErrorResponse | KeyResponse | None:
    """Update an API key (management key)

    Args:
        hash (str):
        body (UpdateKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KeyResponse
    """

    return (
        await asyncio_detailed(
            hash=hash,
            client=client,
            body=body,
        )
    ).parsed
