from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.models_list_response import ModelsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: str | Unset = UNSET,
    zdr: str | Unset = UNSET,
    region: str | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["category"] = category

    params["supported_parameters"] = supported_parameters

    params["output_modalities"] = output_modalities

    params["input_modalities"] = input_modalities

    params["sort"] = sort

    params["q"] = q

    params["context"] = context

    params["min_price"] = min_price

    params["max_price"] = max_price

    params["min_output_price"] = min_output_price

    params["max_output_price"] = max_output_price

    params["arch"] = arch

    params["model_authors"] = model_authors

    params["providers"] = providers

    params["distillable"] = distillable

    params["zdr"] = zdr

    params["region"] = region

    params["min_age_days"] = min_age_days

    params["max_age_days"] = max_age_days

    params["min_intelligence_index"] = min_intelligence_index

    params["max_intelligence_index"] = max_intelligence_index

    params["min_coding_index"] = min_coding_index

    params["max_coding_index"] = max_coding_index

    params["min_agentic_index"] = min_agentic_index

    params["max_agentic_index"] = max_agentic_index

    params["min_tool_success_rate"] = min_tool_success_rate

    params["max_tool_success_rate"] = max_tool_success_rate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelsListResponse | None:
    if response.status_code == 200:
        response_200 = ModelsListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ModelsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: str | Unset = UNSET,
    zdr: str | Unset = UNSET,
    region: str | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
) -> Response[ErrorResponse | ModelsListResponse]:
    """List models

    Args:
        offset (int | Unset):
        limit (int | Unset):
        category (str | Unset):
        supported_parameters (str | Unset):
        output_modalities (str | Unset):
        input_modalities (str | Unset):
        sort (str | Unset):
        q (str | Unset):
        context (int | Unset):
        min_price (float | Unset):
        max_price (float | Unset):
        min_output_price (float | Unset):
        max_output_price (float | Unset):
        arch (str | Unset):
        model_authors (str | Unset):
        providers (str | Unset):
        distillable (str | Unset):
        zdr (str | Unset):
        region (str | Unset):
        min_age_days (int | Unset):
        max_age_days (int | Unset):
        min_intelligence_index (float | Unset):
        max_intelligence_index (float | Unset):
        min_coding_index (float | Unset):
        max_coding_index (float | Unset):
        min_agentic_index (float | Unset):
        max_agentic_index (float | Unset):
        min_tool_success_rate (float | Unset):
        max_tool_success_rate (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelsListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        category=category,
        supported_parameters=supported_parameters,
        output_modalities=output_modalities,
        input_modalities=input_modalities,
        sort=sort,
        q=q,
        context=context,
        min_price=min_price,
        max_price=max_price,
        min_output_price=min_output_price,
        max_output_price=max_output_price,
        arch=arch,
        model_authors=model_authors,
        providers=providers,
        distillable=distillable,
        zdr=zdr,
        region=region,
        min_age_days=min_age_days,
        max_age_days=max_age_days,
        min_intelligence_index=min_intelligence_index,
        max_intelligence_index=max_intelligence_index,
        min_coding_index=min_coding_index,
        max_coding_index=max_coding_index,
        min_agentic_index=min_agentic_index,
        max_agentic_index=max_agentic_index,
        min_tool_success_rate=min_tool_success_rate,
        max_tool_success_rate=max_tool_success_rate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: str | Unset = UNSET,
    zdr: str | Unset = UNSET,
    region: str | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
) -> ErrorResponse | ModelsListResponse | None:
    """List models

    Args:
        offset (int | Unset):
        limit (int | Unset):
        category (str | Unset):
        supported_parameters (str | Unset):
        output_modalities (str | Unset):
        input_modalities (str | Unset):
        sort (str | Unset):
        q (str | Unset):
        context (int | Unset):
        min_price (float | Unset):
        max_price (float | Unset):
        min_output_price (float | Unset):
        max_output_price (float | Unset):
        arch (str | Unset):
        model_authors (str | Unset):
        providers (str | Unset):
        distillable (str | Unset):
        zdr (str | Unset):
        region (str | Unset):
        min_age_days (int | Unset):
        max_age_days (int | Unset):
        min_intelligence_index (float | Unset):
        max_intelligence_index (float | Unset):
        min_coding_index (float | Unset):
        max_coding_index (float | Unset):
        min_agentic_index (float | Unset):
        max_agentic_index (float | Unset):
        min_tool_success_rate (float | Unset):
        max_tool_success_rate (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelsListResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        category=category,
        supported_parameters=supported_parameters,
        output_modalities=output_modalities,
        input_modalities=input_modalities,
        sort=sort,
        q=q,
        context=context,
        min_price=min_price,
        max_price=max_price,
        min_output_price=min_output_price,
        max_output_price=max_output_price,
        arch=arch,
        model_authors=model_authors,
        providers=providers,
        distillable=distillable,
        zdr=zdr,
        region=region,
        min_age_days=min_age_days,
        max_age_days=max_age_days,
        min_intelligence_index=min_intelligence_index,
        max_intelligence_index=max_intelligence_index,
        min_coding_index=min_coding_index,
        max_coding_index=max_coding_index,
        min_agentic_index=min_agentic_index,
        max_agentic_index=max_agentic_index,
        min_tool_success_rate=min_tool_success_rate,
        max_tool_success_rate=max_tool_success_rate,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: str | Unset = UNSET,
    zdr: str | Unset = UNSET,
    region: str | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
) -> Response[ErrorResponse | ModelsListResponse]:
    """List models

    Args:
        offset (int | Unset):
        limit (int | Unset):
        category (str | Unset):
        supported_parameters (str | Unset):
        output_modalities (str | Unset):
        input_modalities (str | Unset):
        sort (str | Unset):
        q (str | Unset):
        context (int | Unset):
        min_price (float | Unset):
        max_price (float | Unset):
        min_output_price (float | Unset):
        max_output_price (float | Unset):
        arch (str | Unset):
        model_authors (str | Unset):
        providers (str | Unset):
        distillable (str | Unset):
        zdr (str | Unset):
        region (str | Unset):
        min_age_days (int | Unset):
        max_age_days (int | Unset):
        min_intelligence_index (float | Unset):
        max_intelligence_index (float | Unset):
        min_coding_index (float | Unset):
        max_coding_index (float | Unset):
        min_agentic_index (float | Unset):
        max_agentic_index (float | Unset):
        min_tool_success_rate (float | Unset):
        max_tool_success_rate (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelsListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        category=category,
        supported_parameters=supported_parameters,
        output_modalities=output_modalities,
        input_modalities=input_modalities,
        sort=sort,
        q=q,
        context=context,
        min_price=min_price,
        max_price=max_price,
        min_output_price=min_output_price,
        max_output_price=max_output_price,
        arch=arch,
        model_authors=model_authors,
        providers=providers,
        distillable=distillable,
        zdr=zdr,
        region=region,
        min_age_days=min_age_days,
        max_age_days=max_age_days,
        min_intelligence_index=min_intelligence_index,
        max_intelligence_index=max_intelligence_index,
        min_coding_index=min_coding_index,
        max_coding_index=max_coding_index,
        min_agentic_index=min_agentic_index,
        max_agentic_index=max_agentic_index,
        min_tool_success_rate=min_tool_success_rate,
        max_tool_success_rate=max_tool_success_rate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: str | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: str | Unset = UNSET,
    zdr: str | Unset = UNSET,
    region: str | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
) -> ErrorResponse | ModelsListResponse | None:
    """List models

    Args:
        offset (int | Unset):
        limit (int | Unset):
        category (str | Unset):
        supported_parameters (str | Unset):
        output_modalities (str | Unset):
        input_modalities (str | Unset):
        sort (str | Unset):
        q (str | Unset):
        context (int | Unset):
        min_price (float | Unset):
        max_price (float | Unset):
        min_output_price (float | Unset):
        max_output_price (float | Unset):
        arch (str | Unset):
        model_authors (str | Unset):
        providers (str | Unset):
        distillable (str | Unset):
        zdr (str | Unset):
        region (str | Unset):
        min_age_days (int | Unset):
        max_age_days (int | Unset):
        min_intelligence_index (float | Unset):
        max_intelligence_index (float | Unset):
        min_coding_index (float | Unset):
        max_coding_index (float | Unset):
        min_agentic_index (float | Unset):
        max_agentic_index (float | Unset):
        min_tool_success_rate (float | Unset):
        max_tool_success_rate (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            category=category,
            supported_parameters=supported_parameters,
            output_modalities=output_modalities,
            input_modalities=input_modalities,
            sort=sort,
            q=q,
            context=context,
            min_price=min_price,
            max_price=max_price,
            min_output_price=min_output_price,
            max_output_price=max_output_price,
            arch=arch,
            model_authors=model_authors,
            providers=providers,
            distillable=distillable,
            zdr=zdr,
            region=region,
            min_age_days=min_age_days,
            max_age_days=max_age_days,
            min_intelligence_index=min_intelligence_index,
            max_intelligence_index=max_intelligence_index,
            min_coding_index=min_coding_index,
            max_coding_index=max_coding_index,
            min_agentic_index=min_agentic_index,
            max_agentic_index=max_agentic_index,
            min_tool_success_rate=min_tool_success_rate,
            max_tool_success_rate=max_tool_success_rate,
        )
    ).parsed
