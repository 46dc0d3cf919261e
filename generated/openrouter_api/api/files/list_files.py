from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anthropic_file_list import AnthropicFileList
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.bad_request_response import BadRequestResponse
from ...models.file_provider import FileProvider
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.list_files_order import ListFilesOrder
from ...models.open_ai_file_list import OpenAIFileList
from ...models.open_router_file_list import OpenRouterFileList
from ...models.service_unavailable_response import ServiceUnavailableResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_workspace_id: str | Unset = UNSET
    if not isinstance(workspace_id, Unset):
        json_workspace_id = str(workspace_id)
    params["workspace_id"] = json_workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["after"] = after

    params["after_id"] = after_id

    params["before_id"] = before_id

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AnthropicFileList | OpenAIFileList | OpenRouterFileList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_file_list_response_type_0 = (
                    OpenRouterFileList.from_dict(data)
                )

                return componentsschemas_file_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_file_list_response_type_1 = OpenAIFileList.from_dict(
                    data
                )

                return componentsschemas_file_list_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_file_list_response_type_2 = AnthropicFileList.from_dict(
                data
            )

            return componentsschemas_file_list_response_type_2

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BadGatewayResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ServiceUnavailableResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> Response[
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """
    Args:
        limit (int | Unset):
        cursor (str | Unset):
        workspace_id (UUID | Unset):
        provider (FileProvider | Unset):
        after (str | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        order (ListFilesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicFileList | OpenAIFileList | OpenRouterFileList | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        provider=provider,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> (
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """
    Args:
        limit (int | Unset):
        cursor (str | Unset):
        workspace_id (UUID | Unset):
        provider (FileProvider | Unset):
        after (str | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        order (ListFilesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicFileList | OpenAIFileList | OpenRouterFileList | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        provider=provider,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> Response[
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """
    Args:
        limit (int | Unset):
        cursor (str | Unset):
        workspace_id (UUID | Unset):
        provider (FileProvider | Unset):
        after (str | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        order (ListFilesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicFileList | OpenAIFileList | OpenRouterFileList | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        provider=provider,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> (
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """
    Args:
        limit (int | Unset):
        cursor (str | Unset):
        workspace_id (UUID | Unset):
        provider (FileProvider | Unset):
        after (str | Unset):
        after_id (str | Unset):
        before_id (str | Unset):
        order (ListFilesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicFileList | OpenAIFileList | OpenRouterFileList | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            workspace_id=workspace_id,
            provider=provider,
            after=after,
            after_id=after_id,
            before_id=before_id,
            order=order,
        )
    ).parsed
