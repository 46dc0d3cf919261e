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
    from ..models.pipeline_stage_data import PipelineStageData

_LAZY_IMPORTS = (("..models.pipeline_stage_data", "PipelineStageData"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="PipelineStage")


@_attrs_define
class PipelineStage(APIModel):
    """
    Attributes:
        name (str):
        type (str): Open enum (the API adds values): known values `guardrail`, `plugin`, `server_tools`,
            `response_healing`, `context_compression`.
        cost_usd (float | None | Unset):
        data (PipelineStageData | Unset):
        guardrail_id (str | Unset):
        guardrail_scope (str | Unset):
        summary (str | Unset):
    """

    name: str
    type: str
    cost_usd: float | None | Unset = UNSET
    data: PipelineStageData | Unset = UNSET
    guardrail_id: str | Unset = UNSET
    guardrail_scope: str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        type = self.type

        cost_usd: float | None | Unset
        if isinstance(self.cost_usd, Unset):
            cost_usd = UNSET
        else:
            cost_usd = self.cost_usd

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        guardrail_id = self.guardrail_id

        guardrail_scope = self.guardrail_scope

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
            }
        )
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if data is not UNSET:
            field_dict["data"] = data
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id
        if guardrail_scope is not UNSET:
            field_dict["guardrail_scope"] = guardrail_scope
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        type = d.pop("type")

        cost_usd: float | None | Unset = d.pop("cost_usd", UNSET)

        _data = d.pop("data", UNSET)
        data: PipelineStageData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = PipelineStageData.from_dict(_data)

        guardrail_id = d.pop("guardrail_id", UNSET)

        guardrail_scope = d.pop("guardrail_scope", UNSET)

        summary = d.pop("summary", UNSET)

        pipeline_stage = cls(
            name=name,
            type=type,
            cost_usd=cost_usd,
            data=data,
            guardrail_id=guardrail_id,
            guardrail_scope=guardrail_scope,
            summary=summary,
        )

        pipeline_stage.additional_properties = d
        return pipeline_stage

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
