from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.percentile_thresholds import PercentileThresholds
    from ..models.provider_max_price import ProviderMaxPrice
    from ..models.provider_sort_config import ProviderSortConfig

_LAZY_IMPORTS = (
    ("..models.percentile_thresholds", "PercentileThresholds"),
    ("..models.provider_max_price", "ProviderMaxPrice"),
    ("..models.provider_sort_config", "ProviderSortConfig"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ProviderPreferences")


@_attrs_define
class ProviderPreferences(APIModel):
    """Provider routing preferences.

    Attributes:
        order (list[str] | None | Unset): Provider names or slugs to try first, in order.
        allow_fallbacks (bool | None | Unset):
        require_parameters (bool | None | Unset):
        data_collection (None | str | Unset): allow or deny.
        zdr (bool | None | Unset):
        enforce_distillable_text (bool | None | Unset):
        only (list[str] | None | Unset):
        ignore (list[str] | None | Unset):
        quantizations (list[str] | None | Unset): int4, int8, fp4, mxfp4, nvfp4, fp6, fp8, mxfp8, fp16, bf16, fp32,
            unknown.
        sort (None | ProviderSortConfig | str | Unset):
        preferred_max_latency (float | None | PercentileThresholds | Unset):
        preferred_min_throughput (float | None | PercentileThresholds | Unset):
        max_price (ProviderMaxPrice | Unset): Hard price caps; prompt/completion in USD per million tokens.
    """

    order: list[str] | None | Unset = UNSET
    allow_fallbacks: bool | None | Unset = UNSET
    require_parameters: bool | None | Unset = UNSET
    data_collection: None | str | Unset = UNSET
    zdr: bool | None | Unset = UNSET
    enforce_distillable_text: bool | None | Unset = UNSET
    only: list[str] | None | Unset = UNSET
    ignore: list[str] | None | Unset = UNSET
    quantizations: list[str] | None | Unset = UNSET
    sort: None | ProviderSortConfig | str | Unset = UNSET
    preferred_max_latency: float | None | PercentileThresholds | Unset = UNSET
    preferred_min_throughput: float | None | PercentileThresholds | Unset = UNSET
    max_price: ProviderMaxPrice | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        order: list[str] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, list):
            order = self.order

        else:
            order = self.order

        allow_fallbacks: bool | None | Unset
        if isinstance(self.allow_fallbacks, Unset):
            allow_fallbacks = UNSET
        else:
            allow_fallbacks = self.allow_fallbacks

        require_parameters: bool | None | Unset
        if isinstance(self.require_parameters, Unset):
            require_parameters = UNSET
        else:
            require_parameters = self.require_parameters

        data_collection: None | str | Unset
        if isinstance(self.data_collection, Unset):
            data_collection = UNSET
        else:
            data_collection = self.data_collection

        zdr: bool | None | Unset
        if isinstance(self.zdr, Unset):
            zdr = UNSET
        else:
            zdr = self.zdr

        enforce_distillable_text: bool | None | Unset
        if isinstance(self.enforce_distillable_text, Unset):
            enforce_distillable_text = UNSET
        else:
            enforce_distillable_text = self.enforce_distillable_text

        only: list[str] | None | Unset
        if isinstance(self.only, Unset):
            only = UNSET
        elif isinstance(self.only, list):
            only = self.only

        else:
            only = self.only

        ignore: list[str] | None | Unset
        if isinstance(self.ignore, Unset):
            ignore = UNSET
        elif isinstance(self.ignore, list):
            ignore = self.ignore

        else:
            ignore = self.ignore

        quantizations: list[str] | None | Unset
        if isinstance(self.quantizations, Unset):
            quantizations = UNSET
        elif isinstance(self.quantizations, list):
            quantizations = self.quantizations

        else:
            quantizations = self.quantizations

        sort: dict[str, Any] | None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, ProviderSortConfig):
            sort = self.sort.to_dict()
        else:
            sort = self.sort

        preferred_max_latency: dict[str, Any] | float | None | Unset
        if isinstance(self.preferred_max_latency, Unset):
            preferred_max_latency = UNSET
        elif isinstance(self.preferred_max_latency, PercentileThresholds):
            preferred_max_latency = self.preferred_max_latency.to_dict()
        else:
            preferred_max_latency = self.preferred_max_latency

        preferred_min_throughput: dict[str, Any] | float | None | Unset
        if isinstance(self.preferred_min_throughput, Unset):
            preferred_min_throughput = UNSET
        elif isinstance(self.preferred_min_throughput, PercentileThresholds):
            preferred_min_throughput = self.preferred_min_throughput.to_dict()
        else:
            preferred_min_throughput = self.preferred_min_throughput

        max_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_price, Unset):
            max_price = self.max_price.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if require_parameters is not UNSET:
            field_dict["require_parameters"] = require_parameters
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if zdr is not UNSET:
            field_dict["zdr"] = zdr
        if enforce_distillable_text is not UNSET:
            field_dict["enforce_distillable_text"] = enforce_distillable_text
        if only is not UNSET:
            field_dict["only"] = only
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if quantizations is not UNSET:
            field_dict["quantizations"] = quantizations
        if sort is not UNSET:
            field_dict["sort"] = sort
        if preferred_max_latency is not UNSET:
            field_dict["preferred_max_latency"] = preferred_max_latency
        if preferred_min_throughput is not UNSET:
            field_dict["preferred_min_throughput"] = preferred_min_throughput
        if max_price is not UNSET:
            field_dict["max_price"] = max_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_order(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_type_0 = cast(list[str], data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        allow_fallbacks: bool | None | Unset = d.pop("allow_fallbacks", UNSET)

        require_parameters: bool | None | Unset = d.pop("require_parameters", UNSET)

        data_collection: None | str | Unset = d.pop("data_collection", UNSET)

        zdr: bool | None | Unset = d.pop("zdr", UNSET)

        enforce_distillable_text: bool | None | Unset = d.pop(
            "enforce_distillable_text", UNSET
        )

        def _parse_only(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                only_type_0 = cast(list[str], data)

                return only_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        only = _parse_only(d.pop("only", UNSET))

        def _parse_ignore(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignore_type_0 = cast(list[str], data)

                return ignore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ignore = _parse_ignore(d.pop("ignore", UNSET))

        def _parse_quantizations(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quantizations_type_0 = cast(list[str], data)

                return quantizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        quantizations = _parse_quantizations(d.pop("quantizations", UNSET))

        def _parse_sort(data: object) -> None | ProviderSortConfig | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_type_1 = ProviderSortConfig.from_dict(data)

                return sort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderSortConfig | str | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        def _parse_preferred_max_latency(
            data: object,
        ) -> float | None | PercentileThresholds | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferred_max_latency_type_1 = PercentileThresholds.from_dict(data)

                return preferred_max_latency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | PercentileThresholds | Unset, data)

        preferred_max_latency = _parse_preferred_max_latency(
            d.pop("preferred_max_latency", UNSET)
        )

        def _parse_preferred_min_throughput(
            data: object,
        ) -> float | None | PercentileThresholds | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferred_min_throughput_type_1 = PercentileThresholds.from_dict(data)

                return preferred_min_throughput_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | PercentileThresholds | Unset, data)

        preferred_min_throughput = _parse_preferred_min_throughput(
            d.pop("preferred_min_throughput", UNSET)
        )

        _max_price = d.pop("max_price", UNSET)
        max_price: ProviderMaxPrice | Unset
        if isinstance(_max_price, Unset):
            max_price = UNSET
        else:
            max_price = ProviderMaxPrice.from_dict(_max_price)

        provider_preferences = cls(
            order=order,
            allow_fallbacks=allow_fallbacks,
            require_parameters=require_parameters,
            data_collection=data_collection,
            zdr=zdr,
            enforce_distillable_text=enforce_distillable_text,
            only=only,
            ignore=ignore,
            quantizations=quantizations,
            sort=sort,
            preferred_max_latency=preferred_max_latency,
            preferred_min_throughput=preferred_min_throughput,
            max_price=max_price,
        )

        return provider_preferences
