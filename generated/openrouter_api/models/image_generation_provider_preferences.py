from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_sort import ProviderSort, check_provider_sort
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.provider_options import ProviderOptions
    from ..models.provider_sort_config import ProviderSortConfig

_LAZY_IMPORTS = (
    ("..models.provider_options", "ProviderOptions"),
    ("..models.provider_sort_config", "ProviderSortConfig"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageGenerationProviderPreferences")


@_attrs_define
class ImageGenerationProviderPreferences(APIModel):
    """
    Attributes:
        allow_fallbacks (bool | None | Unset):
        ignore (list[str] | None | Unset):
        only (list[str] | None | Unset):
        options (ProviderOptions | Unset):
        order (list[str] | None | Unset):
        sort (None | ProviderSort | ProviderSortConfig | Unset):
    """

    allow_fallbacks: bool | None | Unset = UNSET
    ignore: list[str] | None | Unset = UNSET
    only: list[str] | None | Unset = UNSET
    options: ProviderOptions | Unset = UNSET
    order: list[str] | None | Unset = UNSET
    sort: None | ProviderSort | ProviderSortConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        allow_fallbacks: bool | None | Unset
        if isinstance(self.allow_fallbacks, Unset):
            allow_fallbacks = UNSET
        else:
            allow_fallbacks = self.allow_fallbacks

        ignore: list[str] | None | Unset
        if isinstance(self.ignore, Unset):
            ignore = UNSET
        elif isinstance(self.ignore, list):
            ignore = []
            for ignore_type_0_item_data in self.ignore:
                ignore_type_0_item: str
                ignore_type_0_item = ignore_type_0_item_data
                ignore.append(ignore_type_0_item)

        else:
            ignore = self.ignore

        only: list[str] | None | Unset
        if isinstance(self.only, Unset):
            only = UNSET
        elif isinstance(self.only, list):
            only = []
            for only_type_0_item_data in self.only:
                only_type_0_item: str
                only_type_0_item = only_type_0_item_data
                only.append(only_type_0_item)

        else:
            only = self.only

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        order: list[str] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, list):
            order = []
            for order_type_0_item_data in self.order:
                order_type_0_item: str
                order_type_0_item = order_type_0_item_data
                order.append(order_type_0_item)

        else:
            order = self.order

        sort: dict[str, Any] | None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, str):
            sort = self.sort
        elif isinstance(self.sort, ProviderSortConfig):
            sort = self.sort.to_dict()
        else:
            sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if only is not UNSET:
            field_dict["only"] = only
        if options is not UNSET:
            field_dict["options"] = options
        if order is not UNSET:
            field_dict["order"] = order
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        allow_fallbacks: bool | None | Unset = d.pop("allow_fallbacks", UNSET)

        def _parse_ignore(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignore_type_0 = []
                _ignore_type_0 = data
                for ignore_type_0_item_data in _ignore_type_0:
                    ignore_type_0_item: str = ignore_type_0_item_data

                    ignore_type_0.append(ignore_type_0_item)

                return ignore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ignore = _parse_ignore(d.pop("ignore", UNSET))

        def _parse_only(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                only_type_0 = []
                _only_type_0 = data
                for only_type_0_item_data in _only_type_0:
                    only_type_0_item: str = only_type_0_item_data

                    only_type_0.append(only_type_0_item)

                return only_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        only = _parse_only(d.pop("only", UNSET))

        _options = d.pop("options", UNSET)
        options: ProviderOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ProviderOptions.from_dict(_options)

        def _parse_order(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_type_0 = []
                _order_type_0 = data
                for order_type_0_item_data in _order_type_0:
                    order_type_0_item: str = order_type_0_item_data

                    order_type_0.append(order_type_0_item)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_sort(
            data: object,
        ) -> None | ProviderSort | ProviderSortConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_type_0 = check_provider_sort(data)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_type_1 = ProviderSortConfig.from_dict(data)

                return sort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderSort | ProviderSortConfig | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        image_generation_provider_preferences = cls(
            allow_fallbacks=allow_fallbacks,
            ignore=ignore,
            only=only,
            options=options,
            order=order,
            sort=sort,
        )

        image_generation_provider_preferences.additional_properties = d
        return image_generation_provider_preferences

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
