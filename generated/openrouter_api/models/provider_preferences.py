from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.provider_preferences_data_collection_type_1 import (
    ProviderPreferencesDataCollectionType1,
    check_provider_preferences_data_collection_type_1,
)
from ..models.provider_preferences_data_collection_type_2_type_1 import (
    ProviderPreferencesDataCollectionType2Type1,
    check_provider_preferences_data_collection_type_2_type_1,
)
from ..models.provider_preferences_data_collection_type_3_type_1 import (
    ProviderPreferencesDataCollectionType3Type1,
    check_provider_preferences_data_collection_type_3_type_1,
)
from ..models.provider_sort import ProviderSort, check_provider_sort
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.percentile_latency_cutoffs import PercentileLatencyCutoffs
    from ..models.percentile_throughput_cutoffs import PercentileThroughputCutoffs
    from ..models.provider_preferences_max_price import ProviderPreferencesMaxPrice
    from ..models.provider_sort_config import ProviderSortConfig

_LAZY_IMPORTS = (
    ("..models.percentile_latency_cutoffs", "PercentileLatencyCutoffs"),
    ("..models.percentile_throughput_cutoffs", "PercentileThroughputCutoffs"),
    ("..models.provider_preferences_max_price", "ProviderPreferencesMaxPrice"),
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
    """
    Attributes:
        allow_fallbacks (bool | None | Unset):
        data_collection (None | ProviderPreferencesDataCollectionType1 | ProviderPreferencesDataCollectionType2Type1 |
            ProviderPreferencesDataCollectionType3Type1 | Unset):
        enforce_distillable_text (bool | None | Unset):
        ignore (list[str] | None | Unset):
        max_price (ProviderPreferencesMaxPrice | Unset):
        only (list[str] | None | Unset):
        order (list[str] | None | Unset):
        preferred_max_latency (float | None | PercentileLatencyCutoffs | Unset):
        preferred_min_throughput (float | None | PercentileThroughputCutoffs | Unset):
        quantizations (list[str] | None | Unset):
        require_parameters (bool | None | Unset):
        sort (None | ProviderSort | ProviderSortConfig | Unset):
        zdr (bool | None | Unset):
    """

    allow_fallbacks: bool | None | Unset = UNSET
    data_collection: (
        None
        | ProviderPreferencesDataCollectionType1
        | ProviderPreferencesDataCollectionType2Type1
        | ProviderPreferencesDataCollectionType3Type1
        | Unset
    ) = UNSET
    enforce_distillable_text: bool | None | Unset = UNSET
    ignore: list[str] | None | Unset = UNSET
    max_price: ProviderPreferencesMaxPrice | Unset = UNSET
    only: list[str] | None | Unset = UNSET
    order: list[str] | None | Unset = UNSET
    preferred_max_latency: float | None | PercentileLatencyCutoffs | Unset = UNSET
    preferred_min_throughput: float | None | PercentileThroughputCutoffs | Unset = UNSET
    quantizations: list[str] | None | Unset = UNSET
    require_parameters: bool | None | Unset = UNSET
    sort: None | ProviderSort | ProviderSortConfig | Unset = UNSET
    zdr: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        allow_fallbacks: bool | None | Unset
        if isinstance(self.allow_fallbacks, Unset):
            allow_fallbacks = UNSET
        else:
            allow_fallbacks = self.allow_fallbacks

        data_collection: None | str | Unset
        if isinstance(self.data_collection, Unset):
            data_collection = UNSET
        elif isinstance(self.data_collection, str):
            data_collection = self.data_collection
        elif isinstance(self.data_collection, str):
            data_collection = self.data_collection
        elif isinstance(self.data_collection, str):
            data_collection = self.data_collection
        else:
            data_collection = self.data_collection

        enforce_distillable_text: bool | None | Unset
        if isinstance(self.enforce_distillable_text, Unset):
            enforce_distillable_text = UNSET
        else:
            enforce_distillable_text = self.enforce_distillable_text

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

        max_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_price, Unset):
            max_price = self.max_price.to_dict()

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

        preferred_max_latency: dict[str, Any] | float | None | Unset
        if isinstance(self.preferred_max_latency, Unset):
            preferred_max_latency = UNSET
        elif isinstance(self.preferred_max_latency, PercentileLatencyCutoffs):
            preferred_max_latency = self.preferred_max_latency.to_dict()
        else:
            preferred_max_latency = self.preferred_max_latency

        preferred_min_throughput: dict[str, Any] | float | None | Unset
        if isinstance(self.preferred_min_throughput, Unset):
            preferred_min_throughput = UNSET
        elif isinstance(self.preferred_min_throughput, PercentileThroughputCutoffs):
            preferred_min_throughput = self.preferred_min_throughput.to_dict()
        else:
            preferred_min_throughput = self.preferred_min_throughput

        quantizations: list[str] | None | Unset
        if isinstance(self.quantizations, Unset):
            quantizations = UNSET
        elif isinstance(self.quantizations, list):
            quantizations = self.quantizations

        else:
            quantizations = self.quantizations

        require_parameters: bool | None | Unset
        if isinstance(self.require_parameters, Unset):
            require_parameters = UNSET
        else:
            require_parameters = self.require_parameters

        sort: dict[str, Any] | None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, str):
            sort = self.sort
        elif isinstance(self.sort, ProviderSortConfig):
            sort = self.sort.to_dict()
        else:
            sort = self.sort

        zdr: bool | None | Unset
        if isinstance(self.zdr, Unset):
            zdr = UNSET
        else:
            zdr = self.zdr

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if enforce_distillable_text is not UNSET:
            field_dict["enforce_distillable_text"] = enforce_distillable_text
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if only is not UNSET:
            field_dict["only"] = only
        if order is not UNSET:
            field_dict["order"] = order
        if preferred_max_latency is not UNSET:
            field_dict["preferred_max_latency"] = preferred_max_latency
        if preferred_min_throughput is not UNSET:
            field_dict["preferred_min_throughput"] = preferred_min_throughput
        if quantizations is not UNSET:
            field_dict["quantizations"] = quantizations
        if require_parameters is not UNSET:
            field_dict["require_parameters"] = require_parameters
        if sort is not UNSET:
            field_dict["sort"] = sort
        if zdr is not UNSET:
            field_dict["zdr"] = zdr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        allow_fallbacks: bool | None | Unset = d.pop("allow_fallbacks", UNSET)

        def _parse_data_collection(
            data: object,
        ) -> (
            None
            | ProviderPreferencesDataCollectionType1
            | ProviderPreferencesDataCollectionType2Type1
            | ProviderPreferencesDataCollectionType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_collection_type_1 = (
                    check_provider_preferences_data_collection_type_1(data)
                )

                return data_collection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_collection_type_2_type_1 = (
                    check_provider_preferences_data_collection_type_2_type_1(data)
                )

                return data_collection_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_collection_type_3_type_1 = (
                    check_provider_preferences_data_collection_type_3_type_1(data)
                )

                return data_collection_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProviderPreferencesDataCollectionType1
                | ProviderPreferencesDataCollectionType2Type1
                | ProviderPreferencesDataCollectionType3Type1
                | Unset,
                data,
            )

        data_collection = _parse_data_collection(d.pop("data_collection", UNSET))

        enforce_distillable_text: bool | None | Unset = d.pop(
            "enforce_distillable_text", UNSET
        )

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

        _max_price = d.pop("max_price", UNSET)
        max_price: ProviderPreferencesMaxPrice | Unset
        if isinstance(_max_price, Unset):
            max_price = UNSET
        else:
            max_price = ProviderPreferencesMaxPrice.from_dict(_max_price)

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

        def _parse_preferred_max_latency(
            data: object,
        ) -> float | None | PercentileLatencyCutoffs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_preferred_max_latency_type_1 = (
                    PercentileLatencyCutoffs.from_dict(data)
                )

                return componentsschemas_preferred_max_latency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | PercentileLatencyCutoffs | Unset, data)

        preferred_max_latency = _parse_preferred_max_latency(
            d.pop("preferred_max_latency", UNSET)
        )

        def _parse_preferred_min_throughput(
            data: object,
        ) -> float | None | PercentileThroughputCutoffs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_preferred_min_throughput_type_1 = (
                    PercentileThroughputCutoffs.from_dict(data)
                )

                return componentsschemas_preferred_min_throughput_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | PercentileThroughputCutoffs | Unset, data)

        preferred_min_throughput = _parse_preferred_min_throughput(
            d.pop("preferred_min_throughput", UNSET)
        )

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

        require_parameters: bool | None | Unset = d.pop("require_parameters", UNSET)

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

        zdr: bool | None | Unset = d.pop("zdr", UNSET)

        provider_preferences = cls(
            allow_fallbacks=allow_fallbacks,
            data_collection=data_collection,
            enforce_distillable_text=enforce_distillable_text,
            ignore=ignore,
            max_price=max_price,
            only=only,
            order=order,
            preferred_max_latency=preferred_max_latency,
            preferred_min_throughput=preferred_min_throughput,
            quantizations=quantizations,
            require_parameters=require_parameters,
            sort=sort,
            zdr=zdr,
        )

        return provider_preferences
