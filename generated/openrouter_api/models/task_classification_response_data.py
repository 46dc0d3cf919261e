from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.task_classification_item import TaskClassificationItem
    from ..models.task_classification_macro_category import (
        TaskClassificationMacroCategory,
    )

_LAZY_IMPORTS = (
    ("..models.task_classification_item", "TaskClassificationItem"),
    ("..models.task_classification_macro_category", "TaskClassificationMacroCategory"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="TaskClassificationResponseData")


@_attrs_define
class TaskClassificationResponseData(APIModel):
    """
    Attributes:
        as_of (str):
        classifications (list[TaskClassificationItem]):
        macro_categories (list[TaskClassificationMacroCategory]):
        window_days (int):
    """

    as_of: str
    classifications: list[TaskClassificationItem]
    macro_categories: list[TaskClassificationMacroCategory]
    window_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        as_of = self.as_of

        classifications = []
        for classifications_item_data in self.classifications:
            classifications_item = classifications_item_data.to_dict()
            classifications.append(classifications_item)

        macro_categories = []
        for macro_categories_item_data in self.macro_categories:
            macro_categories_item = macro_categories_item_data.to_dict()
            macro_categories.append(macro_categories_item)

        window_days = self.window_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "classifications": classifications,
                "macro_categories": macro_categories,
                "window_days": window_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        as_of = d.pop("as_of")

        classifications = []
        _classifications = d.pop("classifications")
        for classifications_item_data in _classifications:
            classifications_item = TaskClassificationItem.from_dict(
                classifications_item_data
            )

            classifications.append(classifications_item)

        macro_categories = []
        _macro_categories = d.pop("macro_categories")
        for macro_categories_item_data in _macro_categories:
            macro_categories_item = TaskClassificationMacroCategory.from_dict(
                macro_categories_item_data
            )

            macro_categories.append(macro_categories_item)

        window_days = d.pop("window_days")

        task_classification_response_data = cls(
            as_of=as_of,
            classifications=classifications,
            macro_categories=macro_categories,
            window_days=window_days,
        )

        task_classification_response_data.additional_properties = d
        return task_classification_response_data

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
