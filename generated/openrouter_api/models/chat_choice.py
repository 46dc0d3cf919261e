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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_choice_error import ChatChoiceError
    from ..models.chat_token_logprobs import ChatTokenLogprobs

_LAZY_IMPORTS = (
    ("..models.chat_assistant_message", "ChatAssistantMessage"),
    ("..models.chat_choice_error", "ChatChoiceError"),
    ("..models.chat_token_logprobs", "ChatTokenLogprobs"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatChoice")


@_attrs_define
class ChatChoice(APIModel):
    """
    Attributes:
        finish_reason (None | str):
        index (int):
        message (ChatAssistantMessage):
        error (ChatChoiceError | Unset): Provider error that interrupted generation (finish_reason is then "error").
        logprobs (ChatTokenLogprobs | None | Unset):
        native_finish_reason (None | str | Unset):
    """

    finish_reason: None | str
    index: int
    message: ChatAssistantMessage
    error: ChatChoiceError | Unset = UNSET
    logprobs: ChatTokenLogprobs | None | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        finish_reason: None | str
        finish_reason = self.finish_reason

        index = self.index

        message = self.message.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChatTokenLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        native_finish_reason: None | str | Unset
        if isinstance(self.native_finish_reason, Unset):
            native_finish_reason = UNSET
        else:
            native_finish_reason = self.native_finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finish_reason": finish_reason,
                "index": index,
                "message": message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        finish_reason: None | str = d.pop("finish_reason")

        index = d.pop("index")

        message = ChatAssistantMessage.from_dict(d.pop("message"))

        _error = d.pop("error", UNSET)
        error: ChatChoiceError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ChatChoiceError.from_dict(_error)

        def _parse_logprobs(data: object) -> ChatTokenLogprobs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = ChatTokenLogprobs.from_dict(data)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatTokenLogprobs | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        native_finish_reason: None | str | Unset = d.pop("native_finish_reason", UNSET)

        chat_choice = cls(
            finish_reason=finish_reason,
            index=index,
            message=message,
            error=error,
            logprobs=logprobs,
            native_finish_reason=native_finish_reason,
        )

        chat_choice.additional_properties = d
        return chat_choice

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
