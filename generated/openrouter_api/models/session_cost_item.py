from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="SessionCostItem")


@_attrs_define
class SessionCostItem(APIModel):
    """
    Attributes:
        app_name (str):
        app_slug (str):
        median_session_cost_usd (float):
        model_permaslug (str):
        turn_range (str): Open enum (the API adds values): known values `1-turn`, `2-9-turns`, `10-49-turns`, `50-plus-
            turns`.
    """

    app_name: str
    app_slug: str
    median_session_cost_usd: float
    model_permaslug: str
    turn_range: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        app_slug = self.app_slug

        median_session_cost_usd = self.median_session_cost_usd

        model_permaslug = self.model_permaslug

        turn_range = self.turn_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_name": app_name,
                "app_slug": app_slug,
                "median_session_cost_usd": median_session_cost_usd,
                "model_permaslug": model_permaslug,
                "turn_range": turn_range,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_name = d.pop("app_name")

        app_slug = d.pop("app_slug")

        median_session_cost_usd = d.pop("median_session_cost_usd")

        model_permaslug = d.pop("model_permaslug")

        turn_range = d.pop("turn_range")

        session_cost_item = cls(
            app_name=app_name,
            app_slug=app_slug,
            median_session_cost_usd=median_session_cost_usd,
            model_permaslug=model_permaslug,
            turn_range=turn_range,
        )

        session_cost_item.additional_properties = d
        return session_cost_item

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
