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

from ..models.output_message_phase_type_0 import (
    OutputMessagePhaseType0,
    check_output_message_phase_type_0,
)
from ..models.output_message_phase_type_1 import (
    OutputMessagePhaseType1,
    check_output_message_phase_type_1,
)
from ..models.output_message_role import OutputMessageRole, check_output_message_role
from ..models.output_message_status_type_0 import (
    OutputMessageStatusType0,
    check_output_message_status_type_0,
)
from ..models.output_message_status_type_1 import (
    OutputMessageStatusType1,
    check_output_message_status_type_1,
)
from ..models.output_message_status_type_2 import (
    OutputMessageStatusType2,
    check_output_message_status_type_2,
)
from ..models.output_message_type import OutputMessageType, check_output_message_type
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText

_LAZY_IMPORTS = (
    ("..models.open_ai_responses_refusal_content", "OpenAIResponsesRefusalContent"),
    ("..models.response_output_text", "ResponseOutputText"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputMessageItem")


@_attrs_define
class OutputMessageItem(APIModel):
    """
    Attributes:
        content (list[OpenAIResponsesRefusalContent | ResponseOutputText]):
        id (str):
        role (OutputMessageRole):
        type (OutputMessageType):
        phase (None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset):
        status (OutputMessageStatusType0 | OutputMessageStatusType1 | OutputMessageStatusType2 | Unset):
    """

    content: list[OpenAIResponsesRefusalContent | ResponseOutputText]
    id: str
    role: OutputMessageRole
    type: OutputMessageType
    phase: None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset = UNSET
    status: (
        OutputMessageStatusType0
        | OutputMessageStatusType1
        | OutputMessageStatusType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, ResponseOutputText):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        id = self.id

        role: str = self.role

        type: str = self.type

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

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
                "content": content,
                "id": id,
                "role": role,
                "type": type,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> OpenAIResponsesRefusalContent | ResponseOutputText:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = ResponseOutputText.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

                return content_item_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        id = d.pop("id")

        role = check_output_message_role(d.pop("role"))

        type = check_output_message_type(d.pop("type"))

        def _parse_phase(
            data: object,
        ) -> None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_output_message_phase_type_0(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_1 = check_output_message_phase_type_1(data)

                return phase_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset, data
            )

        phase = _parse_phase(d.pop("phase", UNSET))

        def _parse_status(
            data: object,
        ) -> (
            OutputMessageStatusType0
            | OutputMessageStatusType1
            | OutputMessageStatusType2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_output_message_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_output_message_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_output_message_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status", UNSET))

        output_message_item = cls(
            content=content,
            id=id,
            role=role,
            type=type,
            phase=phase,
            status=status,
        )

        output_message_item.additional_properties = d
        return output_message_item

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
