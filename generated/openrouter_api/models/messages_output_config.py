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

from ..models.messages_output_config_effort_type_1 import (
    MessagesOutputConfigEffortType1,
    check_messages_output_config_effort_type_1,
)
from ..models.messages_output_config_effort_type_2_type_1 import (
    MessagesOutputConfigEffortType2Type1,
    check_messages_output_config_effort_type_2_type_1,
)
from ..models.messages_output_config_effort_type_3_type_1 import (
    MessagesOutputConfigEffortType3Type1,
    check_messages_output_config_effort_type_3_type_1,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.messages_output_config_format_type_0 import (
        MessagesOutputConfigFormatType0,
    )
    from ..models.messages_output_config_task_budget_type_0 import (
        MessagesOutputConfigTaskBudgetType0,
    )

_LAZY_IMPORTS = (
    (
        "..models.messages_output_config_format_type_0",
        "MessagesOutputConfigFormatType0",
    ),
    (
        "..models.messages_output_config_task_budget_type_0",
        "MessagesOutputConfigTaskBudgetType0",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesOutputConfig")


@_attrs_define
class MessagesOutputConfig(APIModel):
    """
    Attributes:
        effort (MessagesOutputConfigEffortType1 | MessagesOutputConfigEffortType2Type1 |
            MessagesOutputConfigEffortType3Type1 | None | Unset):
        format (MessagesOutputConfigFormatType0 | None | Unset):
        task_budget (MessagesOutputConfigTaskBudgetType0 | None | Unset):
    """

    effort: (
        MessagesOutputConfigEffortType1
        | MessagesOutputConfigEffortType2Type1
        | MessagesOutputConfigEffortType3Type1
        | None
        | Unset
    ) = UNSET
    format: MessagesOutputConfigFormatType0 | None | Unset = UNSET
    task_budget: MessagesOutputConfigTaskBudgetType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        elif isinstance(self.effort, str):
            effort = self.effort
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort

        format: dict[str, Any] | None | Unset
        if isinstance(self.format, Unset):
            format = UNSET
        elif isinstance(self.format, MessagesOutputConfigFormatType0):
            format = self.format.to_dict()
        else:
            format = self.format

        task_budget: dict[str, Any] | None | Unset
        if isinstance(self.task_budget, Unset):
            task_budget = UNSET
        elif isinstance(self.task_budget, MessagesOutputConfigTaskBudgetType0):
            task_budget = self.task_budget.to_dict()
        else:
            task_budget = self.task_budget

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if format is not UNSET:
            field_dict["format"] = format
        if task_budget is not UNSET:
            field_dict["task_budget"] = task_budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_effort(
            data: object,
        ) -> (
            MessagesOutputConfigEffortType1
            | MessagesOutputConfigEffortType2Type1
            | MessagesOutputConfigEffortType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_1 = check_messages_output_config_effort_type_1(data)

                return effort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_2_type_1 = (
                    check_messages_output_config_effort_type_2_type_1(data)
                )

                return effort_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_3_type_1 = (
                    check_messages_output_config_effort_type_3_type_1(data)
                )

                return effort_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MessagesOutputConfigEffortType1
                | MessagesOutputConfigEffortType2Type1
                | MessagesOutputConfigEffortType3Type1
                | None
                | Unset,
                data,
            )

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_format(
            data: object,
        ) -> MessagesOutputConfigFormatType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = MessagesOutputConfigFormatType0.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagesOutputConfigFormatType0 | None | Unset, data)

        format = _parse_format(d.pop("format", UNSET))

        def _parse_task_budget(
            data: object,
        ) -> MessagesOutputConfigTaskBudgetType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_budget_type_0 = MessagesOutputConfigTaskBudgetType0.from_dict(data)

                return task_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagesOutputConfigTaskBudgetType0 | None | Unset, data)

        task_budget = _parse_task_budget(d.pop("task_budget", UNSET))

        messages_output_config = cls(
            effort=effort,
            format=format,
            task_budget=task_budget,
        )

        messages_output_config.additional_properties = d
        return messages_output_config

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
