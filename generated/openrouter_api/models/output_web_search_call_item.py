from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_web_search_call_type import (
    OutputItemWebSearchCallType,
    check_output_item_web_search_call_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.output_item_web_search_call_action_find_in_page import (
        OutputItemWebSearchCallActionFindInPage,
    )
    from ..models.output_item_web_search_call_action_open_page import (
        OutputItemWebSearchCallActionOpenPage,
    )
    from ..models.output_item_web_search_call_action_search import (
        OutputItemWebSearchCallActionSearch,
    )

_LAZY_IMPORTS = (
    (
        "..models.output_item_web_search_call_action_find_in_page",
        "OutputItemWebSearchCallActionFindInPage",
    ),
    (
        "..models.output_item_web_search_call_action_open_page",
        "OutputItemWebSearchCallActionOpenPage",
    ),
    (
        "..models.output_item_web_search_call_action_search",
        "OutputItemWebSearchCallActionSearch",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputWebSearchCallItem")


@_attrs_define
class OutputWebSearchCallItem(APIModel):
    """
    Attributes:
        id (str):
        status (str): Open enum (the API adds values): known values `completed`, `searching`, `in_progress`, `failed`.
        type (OutputItemWebSearchCallType):
        action (OutputItemWebSearchCallActionFindInPage | OutputItemWebSearchCallActionOpenPage |
            OutputItemWebSearchCallActionSearch | Unset):
    """

    id: str
    status: str
    type: OutputItemWebSearchCallType
    action: (
        OutputItemWebSearchCallActionFindInPage
        | OutputItemWebSearchCallActionOpenPage
        | OutputItemWebSearchCallActionSearch
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        status = self.status

        type: str = self.type

        action: dict[str, Any] | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, OutputItemWebSearchCallActionSearch):
            action = self.action.to_dict()
        elif isinstance(self.action, OutputItemWebSearchCallActionOpenPage):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        type = check_output_item_web_search_call_type(d.pop("type"))

        def _parse_action(
            data: object,
        ) -> (
            OutputItemWebSearchCallActionFindInPage
            | OutputItemWebSearchCallActionOpenPage
            | OutputItemWebSearchCallActionSearch
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = OutputItemWebSearchCallActionSearch.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = OutputItemWebSearchCallActionOpenPage.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            action_type_2 = OutputItemWebSearchCallActionFindInPage.from_dict(data)

            return action_type_2

        action = _parse_action(d.pop("action", UNSET))

        output_web_search_call_item = cls(
            id=id,
            status=status,
            type=type,
            action=action,
        )

        output_web_search_call_item.additional_properties = d
        return output_web_search_call_item

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
