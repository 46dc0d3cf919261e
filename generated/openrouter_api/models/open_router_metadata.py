from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.endpoints_metadata import EndpointsMetadata
    from ..models.pipeline_stage import PipelineStage
    from ..models.router_attempt import RouterAttempt
    from ..models.router_params import RouterParams

_LAZY_IMPORTS = (
    ("..models.endpoints_metadata", "EndpointsMetadata"),
    ("..models.pipeline_stage", "PipelineStage"),
    ("..models.router_attempt", "RouterAttempt"),
    ("..models.router_params", "RouterParams"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OpenRouterMetadata")


@_attrs_define
class OpenRouterMetadata(APIModel):
    """
    Attributes:
        attempt (int):
        endpoints (EndpointsMetadata):
        is_byok (bool):
        region (None | str):
        requested (str):
        strategy (str): Open enum (the API adds values): known values `direct`, `auto`, `free`, `latest`, `alias`,
            `fallback`, `pareto`, `bodybuilder`, `fusion`.
        summary (str):
        attempts (list[RouterAttempt] | Unset):
        params (RouterParams | Unset):
        pipeline (list[PipelineStage] | Unset):
    """

    attempt: int
    endpoints: EndpointsMetadata
    is_byok: bool
    region: None | str
    requested: str
    strategy: str
    summary: str
    attempts: list[RouterAttempt] | Unset = UNSET
    params: RouterParams | Unset = UNSET
    pipeline: list[PipelineStage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        attempt = self.attempt

        endpoints = self.endpoints.to_dict()

        is_byok = self.is_byok

        region: None | str
        region = self.region

        requested = self.requested

        strategy = self.strategy

        summary = self.summary

        attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attempts, Unset):
            attempts = []
            for attempts_item_data in self.attempts:
                attempts_item = attempts_item_data.to_dict()
                attempts.append(attempts_item)

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        pipeline: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pipeline, Unset):
            pipeline = []
            for pipeline_item_data in self.pipeline:
                pipeline_item = pipeline_item_data.to_dict()
                pipeline.append(pipeline_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "endpoints": endpoints,
                "is_byok": is_byok,
                "region": region,
                "requested": requested,
                "strategy": strategy,
                "summary": summary,
            }
        )
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if params is not UNSET:
            field_dict["params"] = params
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        attempt = d.pop("attempt")

        endpoints = EndpointsMetadata.from_dict(d.pop("endpoints"))

        is_byok = d.pop("is_byok")

        region: None | str = d.pop("region")

        requested = d.pop("requested")

        strategy = d.pop("strategy")

        summary = d.pop("summary")

        _attempts = d.pop("attempts", UNSET)
        attempts: list[RouterAttempt] | Unset = UNSET
        if _attempts is not UNSET:
            attempts = []
            for attempts_item_data in _attempts:
                attempts_item = RouterAttempt.from_dict(attempts_item_data)

                attempts.append(attempts_item)

        _params = d.pop("params", UNSET)
        params: RouterParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = RouterParams.from_dict(_params)

        _pipeline = d.pop("pipeline", UNSET)
        pipeline: list[PipelineStage] | Unset = UNSET
        if _pipeline is not UNSET:
            pipeline = []
            for pipeline_item_data in _pipeline:
                pipeline_item = PipelineStage.from_dict(pipeline_item_data)

                pipeline.append(pipeline_item)

        open_router_metadata = cls(
            attempt=attempt,
            endpoints=endpoints,
            is_byok=is_byok,
            region=region,
            requested=requested,
            strategy=strategy,
            summary=summary,
            attempts=attempts,
            params=params,
            pipeline=pipeline,
        )

        open_router_metadata.additional_properties = d
        return open_router_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
