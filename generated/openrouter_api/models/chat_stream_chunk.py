from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_stream_chunk_object import (
    ChatStreamChunkObject,
    check_chat_stream_chunk_object,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_stream_choice import ChatStreamChoice
    from ..models.chat_stream_chunk_debug import ChatStreamChunkDebug
    from ..models.chat_stream_chunk_error import ChatStreamChunkError
    from ..models.chat_usage import ChatUsage
    from ..models.open_router_metadata import OpenRouterMetadata

_LAZY_IMPORTS = (
    ("..models.chat_stream_choice", "ChatStreamChoice"),
    ("..models.chat_stream_chunk_debug", "ChatStreamChunkDebug"),
    ("..models.chat_stream_chunk_error", "ChatStreamChunkError"),
    ("..models.chat_usage", "ChatUsage"),
    ("..models.open_router_metadata", "OpenRouterMetadata"),
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
    """
    Attributes:
        choices (list[ChatStreamChoice]):
        created (int):
        id (str):
        model (str):
        object (ChatStreamChunkObject):
        debug (ChatStreamChunkDebug | Unset):
        error (ChatStreamChunkError | Unset):
        openrouter_metadata (OpenRouterMetadata | Unset):
        provider (str | Unset):
        service_tier (None | str | Unset):
        system_fingerprint (None | str | Unset):
        usage (ChatUsage | Unset):
    """

    choices: list[ChatStreamChoice]
    created: int
    id: str
    model: str
    object: ChatStreamChunkObject
    debug: ChatStreamChunkDebug | Unset = UNSET
    error: ChatStreamChunkError | Unset = UNSET
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    provider: str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    usage: ChatUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        id = self.id

        model = self.model

        object: str = self.object

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        openrouter_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = self.openrouter_metadata.to_dict()

        provider = self.provider

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
                "created": created,
                "id": id,
                "model": model,
                "object": object,
            }
        )
        if debug is not UNSET:
            field_dict["debug"] = debug
        if error is not UNSET:
            field_dict["error"] = error
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if provider is not UNSET:
            field_dict["provider"] = provider
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatStreamChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        created = d.pop("created")

        id = d.pop("id")

        model = d.pop("model")

        object = check_chat_stream_chunk_object(d.pop("object"))

        _debug = d.pop("debug", UNSET)
        debug: ChatStreamChunkDebug | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = ChatStreamChunkDebug.from_dict(_debug)

        _error = d.pop("error", UNSET)
        error: ChatStreamChunkError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ChatStreamChunkError.from_dict(_error)

        _openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: OpenRouterMetadata | Unset
        if isinstance(_openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        else:
            openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

        provider = d.pop("provider", UNSET)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        system_fingerprint: None | str | Unset = d.pop("system_fingerprint", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: ChatUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ChatUsage.from_dict(_usage)

        chat_stream_chunk = cls(
            choices=choices,
            created=created,
            id=id,
            model=model,
            object=object,
            debug=debug,
            error=error,
            openrouter_metadata=openrouter_metadata,
            provider=provider,
            service_tier=service_tier,
            system_fingerprint=system_fingerprint,
            usage=usage,
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
