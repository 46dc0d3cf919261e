from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_fusion_server_tool_item_type import (
    OutputFusionServerToolItemType,
    check_output_fusion_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.fusion_analysis_result import FusionAnalysisResult
    from ..models.fusion_source import FusionSource
    from ..models.output_fusion_server_tool_item_failed_models_item import (
        OutputFusionServerToolItemFailedModelsItem,
    )
    from ..models.output_fusion_server_tool_item_responses_item import (
        OutputFusionServerToolItemResponsesItem,
    )

_LAZY_IMPORTS = (
    ("..models.fusion_analysis_result", "FusionAnalysisResult"),
    ("..models.fusion_source", "FusionSource"),
    (
        "..models.output_fusion_server_tool_item_failed_models_item",
        "OutputFusionServerToolItemFailedModelsItem",
    ),
    (
        "..models.output_fusion_server_tool_item_responses_item",
        "OutputFusionServerToolItemResponsesItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputFusionServerToolItem")


@_attrs_define
class OutputFusionServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputFusionServerToolItemType):
        analysis (FusionAnalysisResult | Unset):
        error (str | Unset):
        failed_models (list[OutputFusionServerToolItemFailedModelsItem] | Unset):
        failure_reason (str | Unset):
        id (str | Unset):
        responses (list[OutputFusionServerToolItemResponsesItem] | Unset):
        sources (list[FusionSource] | Unset):
    """

    status: str
    type: OutputFusionServerToolItemType
    analysis: FusionAnalysisResult | Unset = UNSET
    error: str | Unset = UNSET
    failed_models: list[OutputFusionServerToolItemFailedModelsItem] | Unset = UNSET
    failure_reason: str | Unset = UNSET
    id: str | Unset = UNSET
    responses: list[OutputFusionServerToolItemResponsesItem] | Unset = UNSET
    sources: list[FusionSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        status = self.status

        type: str = self.type

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        error = self.error

        failed_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_models, Unset):
            failed_models = []
            for failed_models_item_data in self.failed_models:
                failed_models_item = failed_models_item_data.to_dict()
                failed_models.append(failed_models_item)

        failure_reason = self.failure_reason

        id = self.id

        responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.responses, Unset):
            responses = []
            for responses_item_data in self.responses:
                responses_item = responses_item_data.to_dict()
                responses.append(responses_item)

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if error is not UNSET:
            field_dict["error"] = error
        if failed_models is not UNSET:
            field_dict["failed_models"] = failed_models
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if id is not UNSET:
            field_dict["id"] = id
        if responses is not UNSET:
            field_dict["responses"] = responses
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_fusion_server_tool_item_type(d.pop("type"))

        _analysis = d.pop("analysis", UNSET)
        analysis: FusionAnalysisResult | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = FusionAnalysisResult.from_dict(_analysis)

        error = d.pop("error", UNSET)

        _failed_models = d.pop("failed_models", UNSET)
        failed_models: list[OutputFusionServerToolItemFailedModelsItem] | Unset = UNSET
        if _failed_models is not UNSET:
            failed_models = []
            for failed_models_item_data in _failed_models:
                failed_models_item = (
                    OutputFusionServerToolItemFailedModelsItem.from_dict(
                        failed_models_item_data
                    )
                )

                failed_models.append(failed_models_item)

        failure_reason = d.pop("failure_reason", UNSET)

        id = d.pop("id", UNSET)

        _responses = d.pop("responses", UNSET)
        responses: list[OutputFusionServerToolItemResponsesItem] | Unset = UNSET
        if _responses is not UNSET:
            responses = []
            for responses_item_data in _responses:
                responses_item = OutputFusionServerToolItemResponsesItem.from_dict(
                    responses_item_data
                )

                responses.append(responses_item)

        _sources = d.pop("sources", UNSET)
        sources: list[FusionSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = FusionSource.from_dict(sources_item_data)

                sources.append(sources_item)

        output_fusion_server_tool_item = cls(
            status=status,
            type=type,
            analysis=analysis,
            error=error,
            failed_models=failed_models,
            failure_reason=failure_reason,
            id=id,
            responses=responses,
            sources=sources,
        )

        output_fusion_server_tool_item.additional_properties = d
        return output_fusion_server_tool_item

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
