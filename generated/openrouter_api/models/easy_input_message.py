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

from ..models.easy_input_message_phase_type_0 import (
    EasyInputMessagePhaseType0,
    check_easy_input_message_phase_type_0,
)
from ..models.easy_input_message_phase_type_1 import (
    EasyInputMessagePhaseType1,
    check_easy_input_message_phase_type_1,
)
from ..models.easy_input_message_role_type_0 import (
    EasyInputMessageRoleType0,
    check_easy_input_message_role_type_0,
)
from ..models.easy_input_message_role_type_1 import (
    EasyInputMessageRoleType1,
    check_easy_input_message_role_type_1,
)
from ..models.easy_input_message_role_type_2 import (
    EasyInputMessageRoleType2,
    check_easy_input_message_role_type_2,
)
from ..models.easy_input_message_role_type_3 import (
    EasyInputMessageRoleType3,
    check_easy_input_message_role_type_3,
)
from ..models.easy_input_message_type import (
    EasyInputMessageType,
    check_easy_input_message_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.easy_input_message_content_item_input_image import (
        EasyInputMessageContentItemInputImage,
    )
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo

_LAZY_IMPORTS = (
    (
        "..models.easy_input_message_content_item_input_image",
        "EasyInputMessageContentItemInputImage",
    ),
    ("..models.input_audio", "InputAudio"),
    ("..models.input_file", "InputFile"),
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


T = TypeVar("T", bound="EasyInputMessage")


@_attrs_define
class EasyInputMessage(APIModel):
    """
    Attributes:
        role (EasyInputMessageRoleType0 | EasyInputMessageRoleType1 | EasyInputMessageRoleType2 |
            EasyInputMessageRoleType3):
        content (list[EasyInputMessageContentItemInputImage | InputAudio | InputFile | InputText | InputVideo] | None |
            str | Unset):
        phase (EasyInputMessagePhaseType0 | EasyInputMessagePhaseType1 | None | Unset):
        type (EasyInputMessageType | Unset):
    """

    role: (
        EasyInputMessageRoleType0
        | EasyInputMessageRoleType1
        | EasyInputMessageRoleType2
        | EasyInputMessageRoleType3
    )
    content: (
        list[
            EasyInputMessageContentItemInputImage
            | InputAudio
            | InputFile
            | InputText
            | InputVideo
        ]
        | None
        | str
        | Unset
    ) = UNSET
    phase: EasyInputMessagePhaseType0 | EasyInputMessagePhaseType1 | None | Unset = (
        UNSET
    )
    type: EasyInputMessageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        role: str
        if isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, InputText):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(
                    content_type_0_item_data, EasyInputMessageContentItemInputImage
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

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

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
        if phase is not UNSET:
            field_dict["phase"] = phase
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
            EasyInputMessageRoleType0
            | EasyInputMessageRoleType1
            | EasyInputMessageRoleType2
            | EasyInputMessageRoleType3
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_easy_input_message_role_type_0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_easy_input_message_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_easy_input_message_role_type_2(data)

                return role_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            role_type_3 = check_easy_input_message_role_type_3(data)

            return role_type_3

        role = _parse_role(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                EasyInputMessageContentItemInputImage
                | InputAudio
                | InputFile
                | InputText
                | InputVideo
            ]
            | None
            | str
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
                        EasyInputMessageContentItemInputImage
                        | InputAudio
                        | InputFile
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
                                EasyInputMessageContentItemInputImage.from_dict(data)
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
                    EasyInputMessageContentItemInputImage
                    | InputAudio
                    | InputFile
                    | InputText
                    | InputVideo
                ]
                | None
                | str
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        def _parse_phase(
            data: object,
        ) -> EasyInputMessagePhaseType0 | EasyInputMessagePhaseType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_easy_input_message_phase_type_0(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_1 = check_easy_input_message_phase_type_1(data)

                return phase_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                EasyInputMessagePhaseType0 | EasyInputMessagePhaseType1 | None | Unset,
                data,
            )

        phase = _parse_phase(d.pop("phase", UNSET))

        _type = d.pop("type", UNSET)
        type: EasyInputMessageType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_easy_input_message_type(_type)

        easy_input_message = cls(
            role=role,
            content=content,
            phase=phase,
            type=type,
        )

        easy_input_message.additional_properties = d
        return easy_input_message

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
