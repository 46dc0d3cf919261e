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

from ..models.input_message_item_role_type_0 import (
    InputMessageItemRoleType0,
    check_input_message_item_role_type_0,
)
from ..models.input_message_item_role_type_1 import (
    InputMessageItemRoleType1,
    check_input_message_item_role_type_1,
)
from ..models.input_message_item_role_type_2 import (
    InputMessageItemRoleType2,
    check_input_message_item_role_type_2,
)
from ..models.input_message_item_type import (
    InputMessageItemType,
    check_input_message_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_message_item_content_item_input_image import (
        InputMessageItemContentItemInputImage,
    )
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo

_LAZY_IMPORTS = (
    ("..models.input_audio", "InputAudio"),
    ("..models.input_file", "InputFile"),
    (
        "..models.input_message_item_content_item_input_image",
        "InputMessageItemContentItemInputImage",
    ),
    ("..models.input_text", "InputText"),
    ("..models.input_video", "InputVideo"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="InputMessageItem")


@_attrs_define
class InputMessageItem(APIModel):
    """
    Attributes:
        role (InputMessageItemRoleType0 | InputMessageItemRoleType1 | InputMessageItemRoleType2):
        content (list[InputAudio | InputFile | InputMessageItemContentItemInputImage | InputText | InputVideo] | None |
            Unset):
        id (str | Unset):
        type (InputMessageItemType | Unset):
    """

    role: (
        InputMessageItemRoleType0
        | InputMessageItemRoleType1
        | InputMessageItemRoleType2
    )
    content: (
        list[
            InputAudio
            | InputFile
            | InputMessageItemContentItemInputImage
            | InputText
            | InputVideo
        ]
        | None
        | Unset
    ) = UNSET
    id: str | Unset = UNSET
    type: InputMessageItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        role: str
        if isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, InputText):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(
                    content_type_0_item_data, InputMessageItemContentItemInputImage
                ):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, InputFile):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, InputAudio):
                    content_type_0_item = content_type_0_item_data.to_dict()
                else:
                    content_type_0_item = content_type_0_item_data.to_dict()

                content.append(content_type_0_item)

        else:
            content = self.content

        id = self.id

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_role(
            data: object,
        ) -> (
            InputMessageItemRoleType0
            | InputMessageItemRoleType1
            | InputMessageItemRoleType2
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_input_message_item_role_type_0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_input_message_item_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            role_type_2 = check_input_message_item_role_type_2(data)

            return role_type_2

        role = _parse_role(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                InputAudio
                | InputFile
                | InputMessageItemContentItemInputImage
                | InputText
                | InputVideo
            ]
            | None
            | Unset
        ):
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

                    def _parse_content_type_0_item(
                        data: object,
                    ) -> (
                        InputAudio
                        | InputFile
                        | InputMessageItemContentItemInputImage
                        | InputText
                        | InputVideo
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_0 = InputText.from_dict(data)

                            return content_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_1 = (
                                InputMessageItemContentItemInputImage.from_dict(data)
                            )

                            return content_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_2 = InputFile.from_dict(data)

                            return content_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_3 = InputAudio.from_dict(data)

                            return content_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_0_item_type_4 = InputVideo.from_dict(data)

                        return content_type_0_item_type_4

                    content_type_0_item = _parse_content_type_0_item(
                        content_type_0_item_data
                    )

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    InputAudio
                    | InputFile
                    | InputMessageItemContentItemInputImage
                    | InputText
                    | InputVideo
                ]
                | None
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        id = d.pop("id", UNSET)

        _type = d.pop("type", UNSET)
        type: InputMessageItemType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_input_message_item_type(_type)

        input_message_item = cls(
            role=role,
            content=content,
            id=id,
            type=type,
        )

        input_message_item.additional_properties = d
        return input_message_item

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
