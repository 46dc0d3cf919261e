from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_stream_choice import ChatStreamChoice
    from ..models.chat_stream_chunk_debug import ChatStreamChunkDebug
    from ..models.chat_stream_chunk_openrouter_metadata import (
        ChatStreamChunkOpenrouterMetadata,
    )
    from ..models.chat_stream_error import ChatStreamError
    from ..models.chat_usage import ChatUsage

_LAZY_IMPORTS = (
    ("..models.chat_stream_choice", "ChatStreamChoice"),
    ("..models.chat_stream_chunk_debug", "ChatStreamChunkDebug"),
    (
        "..models.chat_stream_chunk_openrouter_metadata",
        "ChatStreamChunkOpenrouterMetadata",
    ),
    ("..models.chat_stream_error", "ChatStreamError"),
    ("..models.chat_usage", "ChatUsage"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatStreamChunk")


@_attrs_define
class ChatStreamChunk(APIModel):
    """One `data:` event of a chat stream. `choices` may be empty (the usage chunk and the debug chunk); `usage` arrives
    once, on the last chunk before [DONE]; `error` is an in-band failure after content was sent.

        Attributes:
            id (str):
            object (str): "chat.completion.chunk".
            created (int):
            model (str):
            choices (list[ChatStreamChoice]):
            provider (str | Unset):
            usage (ChatUsage | Unset):
            error (ChatStreamError | Unset):
            system_fingerprint (None | str | Unset):
            service_tier (None | str | Unset):
            openrouter_metadata (ChatStreamChunkOpenrouterMetadata | Unset):
            debug (ChatStreamChunkDebug | Unset):
    """

    id: str
    object: str
    created: int
    model: str
    choices: list[ChatStreamChoice]
    provider: str | Unset = UNSET
    usage: ChatUsage | Unset = UNSET
    error: ChatStreamError | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    openrouter_metadata: ChatStreamChunkOpenrouterMetadata | Unset = UNSET
    debug: ChatStreamChunkDebug | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        object = self.object

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        provider = self.provider

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        openrouter_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = self.openrouter_metadata.to_dict()

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if debug is not UNSET:
            field_dict["debug"] = debug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        object = d.pop("object")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatStreamChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        provider = d.pop("provider", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: ChatUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ChatUsage.from_dict(_usage)

        _error = d.pop("error", UNSET)
        error: ChatStreamError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ChatStreamError.from_dict(_error)

        system_fingerprint: None | str | Unset = d.pop("system_fingerprint", UNSET)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        _openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: ChatStreamChunkOpenrouterMetadata | Unset
        if isinstance(_openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        else:
            openrouter_metadata = ChatStreamChunkOpenrouterMetadata.from_dict(
                _openrouter_metadata
            )

        _debug = d.pop("debug", UNSET)
        debug: ChatStreamChunkDebug | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = ChatStreamChunkDebug.from_dict(_debug)

        chat_stream_chunk = cls(
            id=id,
            object=object,
            created=created,
            model=model,
            choices=choices,
            provider=provider,
            usage=usage,
            error=error,
            system_fingerprint=system_fingerprint,
            service_tier=service_tier,
            openrouter_metadata=openrouter_metadata,
            debug=debug,
        )

        chat_stream_chunk.additional_properties = d
        return chat_stream_chunk

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
