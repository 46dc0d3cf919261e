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
    from ..models.task_classification_model import TaskClassificationModel

_LAZY_IMPORTS = (("..models.task_classification_model", "TaskClassificationModel"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="TaskClassificationItem")


@_attrs_define
class TaskClassificationItem(APIModel):
    """
    Attributes:
        category_token_share (float):
        category_usage_share (float):
        display_name (str):
        macro_category (str):
        models (list[TaskClassificationModel]):
        tag (str):
        token_share (float):
        usage_share (float):
    """

    category_token_share: float
    category_usage_share: float
    display_name: str
    macro_category: str
    models: list[TaskClassificationModel]
    tag: str
    token_share: float
    usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        category_token_share = self.category_token_share

        category_usage_share = self.category_usage_share

        display_name = self.display_name

        macro_category = self.macro_category

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        tag = self.tag

        token_share = self.token_share

        usage_share = self.usage_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_token_share": category_token_share,
                "category_usage_share": category_usage_share,
                "display_name": display_name,
                "macro_category": macro_category,
                "models": models,
                "tag": tag,
                "token_share": token_share,
                "usage_share": usage_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        category_token_share = d.pop("category_token_share")

        category_usage_share = d.pop("category_usage_share")

        display_name = d.pop("display_name")

        macro_category = d.pop("macro_category")

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = TaskClassificationModel.from_dict(models_item_data)

            models.append(models_item)

        tag = d.pop("tag")

        token_share = d.pop("token_share")

        usage_share = d.pop("usage_share")

        task_classification_item = cls(
            category_token_share=category_token_share,
            category_usage_share=category_usage_share,
            display_name=display_name,
            macro_category=macro_category,
            models=models,
            tag=tag,
            token_share=token_share,
            usage_share=usage_share,
        )

        task_classification_item.additional_properties = d
        return task_classification_item

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
