from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ActivityItem")


@_attrs_define
class ActivityItem(APIModel):
    """
    Attributes:
        byok_usage_inference (float):
        completion_tokens (int):
        date (str):
        endpoint_id (str):
        model (str):
        model_permaslug (str):
        prompt_tokens (int):
        provider_name (str):
        reasoning_tokens (int):
        requests (int):
        usage (float):
        workspace_id (str | Unset):
    """

    byok_usage_inference: float
    completion_tokens: int
    date: str
    endpoint_id: str
    model: str
    model_permaslug: str
    prompt_tokens: int
    provider_name: str
    reasoning_tokens: int
    requests: int
    usage: float
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        byok_usage_inference = self.byok_usage_inference

        completion_tokens = self.completion_tokens

        date = self.date

        endpoint_id = self.endpoint_id

        model = self.model

        model_permaslug = self.model_permaslug

        prompt_tokens = self.prompt_tokens

        provider_name = self.provider_name

        reasoning_tokens = self.reasoning_tokens

        requests = self.requests

        usage = self.usage

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "byok_usage_inference": byok_usage_inference,
                "completion_tokens": completion_tokens,
                "date": date,
                "endpoint_id": endpoint_id,
                "model": model,
                "model_permaslug": model_permaslug,
                "prompt_tokens": prompt_tokens,
                "provider_name": provider_name,
                "reasoning_tokens": reasoning_tokens,
                "requests": requests,
                "usage": usage,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        byok_usage_inference = d.pop("byok_usage_inference")

        completion_tokens = d.pop("completion_tokens")

        date = d.pop("date")

        endpoint_id = d.pop("endpoint_id")

        model = d.pop("model")

        model_permaslug = d.pop("model_permaslug")

        prompt_tokens = d.pop("prompt_tokens")

        provider_name = d.pop("provider_name")

        reasoning_tokens = d.pop("reasoning_tokens")

        requests = d.pop("requests")

        usage = d.pop("usage")

        workspace_id = d.pop("workspace_id", UNSET)

        activity_item = cls(
            byok_usage_inference=byok_usage_inference,
            completion_tokens=completion_tokens,
            date=date,
            endpoint_id=endpoint_id,
            model=model,
            model_permaslug=model_permaslug,
            prompt_tokens=prompt_tokens,
            provider_name=provider_name,
            reasoning_tokens=reasoning_tokens,
            requests=requests,
            usage=usage,
            workspace_id=workspace_id,
        )

        activity_item.additional_properties = d
        return activity_item

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
