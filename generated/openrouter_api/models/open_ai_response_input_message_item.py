from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_response_input_message_item_role_type_0 import (
    OpenAIResponseInputMessageItemRoleType0,
    check_open_ai_response_input_message_item_role_type_0,
)
from ..models.open_ai_response_input_message_item_role_type_1 import (
    OpenAIResponseInputMessageItemRoleType1,
    check_open_ai_response_input_message_item_role_type_1,
)
from ..models.open_ai_response_input_message_item_role_type_2 import (
    OpenAIResponseInputMessageItemRoleType2,
    check_open_ai_response_input_message_item_role_type_2,
)
from ..models.open_ai_response_input_message_item_type import (
    OpenAIResponseInputMessageItemType,
    check_open_ai_response_input_message_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText

_LAZY_IMPORTS = (
    ("..models.input_audio", "InputAudio"),
    ("..models.input_file", "InputFile"),
    ("..models.input_image", "InputImage"),
    ("..models.input_text", "InputText"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OpenAIResponseInputMessageItem")


@_attrs_define
class OpenAIResponseInputMessageItem(APIModel):
    """
    Attributes:
        content (list[InputAudio | InputFile | InputImage | InputText]):
        id (str):
        role (OpenAIResponseInputMessageItemRoleType0 | OpenAIResponseInputMessageItemRoleType1 |
            OpenAIResponseInputMessageItemRoleType2):
        type (OpenAIResponseInputMessageItemType | Unset):
    """

    content: list[InputAudio | InputFile | InputImage | InputText]
    id: str
    role: (
        OpenAIResponseInputMessageItemRoleType0
        | OpenAIResponseInputMessageItemRoleType1
        | OpenAIResponseInputMessageItemRoleType2
    )
    type: OpenAIResponseInputMessageItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, InputText):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, InputImage):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, InputFile):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        id = self.id

        role: str
        if isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "id": id,
                "role": role,
            }
        )
        if type is not UNSET:
            field_dict["type"] = type

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
            ) -> InputAudio | InputFile | InputImage | InputText:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = InputText.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = InputImage.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_2 = InputFile.from_dict(data)

                    return content_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_3 = InputAudio.from_dict(data)

                return content_item_type_3

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        id = d.pop("id")

        def _parse_role(
            data: object,
        ) -> (
            OpenAIResponseInputMessageItemRoleType0
            | OpenAIResponseInputMessageItemRoleType1
            | OpenAIResponseInputMessageItemRoleType2
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_open_ai_response_input_message_item_role_type_0(
                    data
                )

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_open_ai_response_input_message_item_role_type_1(
                    data
                )

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            role_type_2 = check_open_ai_response_input_message_item_role_type_2(data)

            return role_type_2

        role = _parse_role(d.pop("role"))

        _type = d.pop("type", UNSET)
        type: OpenAIResponseInputMessageItemType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_open_ai_response_input_message_item_type(_type)

        open_ai_response_input_message_item = cls(
            content=content,
            id=id,
            role=role,
            type=type,
        )

        open_ai_response_input_message_item.additional_properties = d
        return open_ai_response_input_message_item

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
