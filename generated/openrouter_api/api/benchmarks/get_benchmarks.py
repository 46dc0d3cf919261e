from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.get_benchmarks_arena import (
    GetBenchmarksArena,
)
from ...models.get_benchmarks_benchmark_type import (
    GetBenchmarksBenchmarkType,
)
from ...models.get_benchmarks_search_surface import (
    GetBenchmarksSearchSurface,
)
from ...models.get_benchmarks_source import (
    GetBenchmarksSource,
)
from ...models.get_benchmarks_task_type import (
    GetBenchmarksTaskType,
)
from ...models.internal_server_response import InternalServerResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.unified_benchmarks_response import UnifiedBenchmarksResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    json_task_type: str | Unset = UNSET
    if not isinstance(task_type, Unset):
        json_task_type = task_type

    params["task_type"] = json_task_type

    json_benchmark_type: str | Unset = UNSET
    if not isinstance(benchmark_type, Unset):
        json_benchmark_type = benchmark_type

    params["benchmark_type"] = json_benchmark_type

    params["include_run_config"] = include_run_config

    params["search_engine"] = search_engine

    json_search_surface: str | Unset = UNSET
    if not isinstance(search_surface, Unset):
        json_search_surface = search_surface

    params["search_surface"] = json_search_surface

    json_arena: str | Unset = UNSET
    if not isinstance(arena, Unset):
        json_arena = arena

    params["arena"] = json_arena

    params["category"] = category

    params["max_results"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/benchmarks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
    | None
):
    if response.status_code == 200:
        response_200 = UnifiedBenchmarksResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

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
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
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
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
]:
    """
    Args:
        source (GetBenchmarksSource | Unset):
        task_type (GetBenchmarksTaskType | Unset):
        benchmark_type (GetBenchmarksBenchmarkType | Unset):
        include_run_config (bool | Unset):
        search_engine (str | Unset):
        search_surface (GetBenchmarksSearchSurface | Unset):
        arena (GetBenchmarksArena | Unset):
        category (str | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse | UnifiedBenchmarksResponse]
    """

    kwargs = _get_kwargs(
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
    | None
):
    """
    Args:
        source (GetBenchmarksSource | Unset):
        task_type (GetBenchmarksTaskType | Unset):
        benchmark_type (GetBenchmarksBenchmarkType | Unset):
        include_run_config (bool | Unset):
        search_engine (str | Unset):
        search_surface (GetBenchmarksSearchSurface | Unset):
        arena (GetBenchmarksArena | Unset):
        category (str | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse | UnifiedBenchmarksResponse
    """

    return sync_detailed(
        client=client,
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
]:
    """
    Args:
        source (GetBenchmarksSource | Unset):
        task_type (GetBenchmarksTaskType | Unset):
        benchmark_type (GetBenchmarksBenchmarkType | Unset):
        include_run_config (bool | Unset):
        search_engine (str | Unset):
        search_surface (GetBenchmarksSearchSurface | Unset):
        arena (GetBenchmarksArena | Unset):
        category (str | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse | UnifiedBenchmarksResponse]
    """

    kwargs = _get_kwargs(
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
    | None
):
    """
    Args:
        source (GetBenchmarksSource | Unset):
        task_type (GetBenchmarksTaskType | Unset):
        benchmark_type (GetBenchmarksBenchmarkType | Unset):
        include_run_config (bool | Unset):
        search_engine (str | Unset):
        search_surface (GetBenchmarksSearchSurface | Unset):
        arena (GetBenchmarksArena | Unset):
        category (str | Unset):
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse | UnifiedBenchmarksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            task_type=task_type,
            benchmark_type=benchmark_type,
            include_run_config=include_run_config,
            search_engine=search_engine,
            search_surface=search_surface,
            arena=arena,
            category=category,
            max_results=max_results,
        )
    ).parsed
