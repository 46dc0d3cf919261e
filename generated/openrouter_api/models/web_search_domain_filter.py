from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="WebSearchDomainFilter")


@_attrs_define
class WebSearchDomainFilter(APIModel):
    """
    Attributes:
        allowed_domains (list[str] | None | Unset):
        blocked_domains (list[str] | None | Unset):
        excluded_domains (list[str] | None | Unset):
    """

    allowed_domains: list[str] | None | Unset = UNSET
    blocked_domains: list[str] | None | Unset = UNSET
    excluded_domains: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_domains: list[str] | None | Unset
        if isinstance(self.allowed_domains, Unset):
            allowed_domains = UNSET
        elif isinstance(self.allowed_domains, list):
            allowed_domains = self.allowed_domains

        else:
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | None | Unset
        if isinstance(self.blocked_domains, Unset):
            blocked_domains = UNSET
        elif isinstance(self.blocked_domains, list):
            blocked_domains = self.blocked_domains

        else:
            blocked_domains = self.blocked_domains

        excluded_domains: list[str] | None | Unset
        if isinstance(self.excluded_domains, Unset):
            excluded_domains = UNSET
        elif isinstance(self.excluded_domains, list):
            excluded_domains = self.excluded_domains

        else:
            excluded_domains = self.excluded_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if excluded_domains is not UNSET:
            field_dict["excluded_domains"] = excluded_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_domains_type_0 = cast(list[str], data)

                return allowed_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_domains = _parse_allowed_domains(d.pop("allowed_domains", UNSET))

        def _parse_blocked_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocked_domains_type_0 = cast(list[str], data)

                return blocked_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        blocked_domains = _parse_blocked_domains(d.pop("blocked_domains", UNSET))

        def _parse_excluded_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                excluded_domains_type_0 = cast(list[str], data)

                return excluded_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        excluded_domains = _parse_excluded_domains(d.pop("excluded_domains", UNSET))

        web_search_domain_filter = cls(
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            excluded_domains=excluded_domains,
        )

        web_search_domain_filter.additional_properties = d
        return web_search_domain_filter

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
