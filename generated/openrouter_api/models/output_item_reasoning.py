from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_reasoning_status_type_0 import (
    OutputItemReasoningStatusType0,
    check_output_item_reasoning_status_type_0,
)
from ..models.output_item_reasoning_status_type_1 import (
    OutputItemReasoningStatusType1,
    check_output_item_reasoning_status_type_1,
)
from ..models.output_item_reasoning_status_type_2 import (
    OutputItemReasoningStatusType2,
    check_output_item_reasoning_status_type_2,
)
from ..models.output_item_reasoning_type import (
    OutputItemReasoningType,
    check_output_item_reasoning_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.reasoning_summary_text import ReasoningSummaryText
    from ..models.reasoning_text_content import ReasoningTextContent

_LAZY_IMPORTS = (
    ("..models.reasoning_summary_text", "ReasoningSummaryText"),
    ("..models.reasoning_text_content", "ReasoningTextContent"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputItemReasoning")


@_attrs_define
class OutputItemReasoning(APIModel):
    """
    Attributes:
        id (str):
        summary (list[ReasoningSummaryText]):
        type (OutputItemReasoningType):
        content (list[ReasoningTextContent] | Unset):
        encrypted_content (None | str | Unset):
        status (OutputItemReasoningStatusType0 | OutputItemReasoningStatusType1 | OutputItemReasoningStatusType2 |
            Unset):
    """

    id: str
    summary: list[ReasoningSummaryText]
    type: OutputItemReasoningType
    content: list[ReasoningTextContent] | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: (
        OutputItemReasoningStatusType0
        | OutputItemReasoningStatusType1
        | OutputItemReasoningStatusType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        type: str = self.type

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "summary": summary,
                "type": type,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        summary = []
        _summary = d.pop("summary")
        for summary_item_data in _summary:
            summary_item = ReasoningSummaryText.from_dict(summary_item_data)

            summary.append(summary_item)

        type = check_output_item_reasoning_type(d.pop("type"))

        _content = d.pop("content", UNSET)
        content: list[ReasoningTextContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = ReasoningTextContent.from_dict(content_item_data)

                content.append(content_item)

        encrypted_content: None | str | Unset = d.pop("encrypted_content", UNSET)

        def _parse_status(
            data: object,
        ) -> (
            OutputItemReasoningStatusType0
            | OutputItemReasoningStatusType1
            | OutputItemReasoningStatusType2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_output_item_reasoning_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_output_item_reasoning_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_output_item_reasoning_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status", UNSET))

        output_item_reasoning = cls(
            id=id,
            summary=summary,
            type=type,
            content=content,
            encrypted_content=encrypted_content,
            status=status,
        )

        output_item_reasoning.additional_properties = d
        return output_item_reasoning

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
