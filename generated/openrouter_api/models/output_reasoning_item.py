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

from ..models.output_reasoning_item_status_type_0 import (
    OutputReasoningItemStatusType0,
    check_output_reasoning_item_status_type_0,
)
from ..models.output_reasoning_item_status_type_1 import (
    OutputReasoningItemStatusType1,
    check_output_reasoning_item_status_type_1,
)
from ..models.output_reasoning_item_status_type_2 import (
    OutputReasoningItemStatusType2,
    check_output_reasoning_item_status_type_2,
)
from ..models.output_reasoning_item_type import (
    OutputReasoningItemType,
    check_output_reasoning_item_type,
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


T = TypeVar("T", bound="OutputReasoningItem")


@_attrs_define
class OutputReasoningItem(APIModel):
    """
    Attributes:
        id (str):
        summary (list[ReasoningSummaryText]):
        type (OutputReasoningItemType):
        content (list[ReasoningTextContent] | None | Unset):
        encrypted_content (None | str | Unset):
        format (None | str | Unset):
        signature (None | str | Unset):
        status (OutputReasoningItemStatusType0 | OutputReasoningItemStatusType1 | OutputReasoningItemStatusType2 |
            Unset):
    """

    id: str
    summary: list[ReasoningSummaryText]
    type: OutputReasoningItemType
    content: list[ReasoningTextContent] | None | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    format: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    status: (
        OutputReasoningItemStatusType0
        | OutputReasoningItemStatusType1
        | OutputReasoningItemStatusType2
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

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        format: None | str | Unset
        if isinstance(self.format, Unset):
            format = UNSET
        else:
            format = self.format

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

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
        if format is not UNSET:
            field_dict["format"] = format
        if signature is not UNSET:
            field_dict["signature"] = signature
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

        type = check_output_reasoning_item_type(d.pop("type"))

        def _parse_content(data: object) -> list[ReasoningTextContent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:
                    content_type_0_item = ReasoningTextContent.from_dict(
                        content_type_0_item_data
                    )

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReasoningTextContent] | None | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        encrypted_content: None | str | Unset = d.pop("encrypted_content", UNSET)

        format: None | str | Unset = d.pop("format", UNSET)

        signature: None | str | Unset = d.pop("signature", UNSET)

        def _parse_status(
            data: object,
        ) -> (
            OutputReasoningItemStatusType0
            | OutputReasoningItemStatusType1
            | OutputReasoningItemStatusType2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_output_reasoning_item_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_output_reasoning_item_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_output_reasoning_item_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status", UNSET))

        output_reasoning_item = cls(
            id=id,
            summary=summary,
            type=type,
            content=content,
            encrypted_content=encrypted_content,
            format=format,
            signature=signature,
            status=status,
        )

        output_reasoning_item.additional_properties = d
        return output_reasoning_item

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
