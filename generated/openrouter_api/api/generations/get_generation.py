from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.bad_request_response import BadRequestResponse
from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
from ...models.generation_response import GenerationResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.payment_required_response import PaymentRequiredResponse
from ...models.provider_overloaded_response import ProviderOverloadedResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/generation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = GenerationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = PaymentRequiredResponse.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BadGatewayResponse.from_dict(response.json())

        return response_502

    if response.status_code == 524:
        response_524 = EdgeNetworkTimeoutResponse.from_dict(response.json())

        return response_524

    if response.status_code == 529:
        response_529 = ProviderOverloadedResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """
    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | BadRequestResponse | EdgeNetworkTimeoutResponse | GenerationResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """
    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | BadRequestResponse | EdgeNetworkTimeoutResponse | GenerationResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """
    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | BadRequestResponse | EdgeNetworkTimeoutResponse | GenerationResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """
    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | BadRequestResponse | EdgeNetworkTimeoutResponse | GenerationResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
