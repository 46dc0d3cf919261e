from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.upsert_workspace_budget_request import UpsertWorkspaceBudgetRequest
from ...models.upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse
from ...models.workspace_budget_interval import (
    WorkspaceBudgetInterval,
)
from ...types import Response


def _get_kwargs(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    body: UpsertWorkspaceBudgetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workspaces/{id}/budgets/{interval}".format(
            id=quote(str(id), safe=""),
            interval=quote(str(interval), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
    | None
):
    if response.status_code == 200:
        response_200 = UpsertWorkspaceBudgetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertWorkspaceBudgetRequest,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
]:
    """
    Args:
        id (str):
        interval (WorkspaceBudgetInterval):
        body (UpsertWorkspaceBudgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpsertWorkspaceBudgetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        interval=interval,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertWorkspaceBudgetRequest,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
    | None
):
    """
    Args:
        id (str):
        interval (WorkspaceBudgetInterval):
        body (UpsertWorkspaceBudgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpsertWorkspaceBudgetResponse
    """

    return sync_detailed(
        id=id,
        interval=interval,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertWorkspaceBudgetRequest,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
]:
    """
    Args:
        id (str):
        interval (WorkspaceBudgetInterval):
        body (UpsertWorkspaceBudgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpsertWorkspaceBudgetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        interval=interval,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertWorkspaceBudgetRequest,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
    | None
):
    """
    Args:
        id (str):
        interval (WorkspaceBudgetInterval):
        body (UpsertWorkspaceBudgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpsertWorkspaceBudgetResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            interval=interval,
            client=client,
            body=body,
        )
    ).parsed
