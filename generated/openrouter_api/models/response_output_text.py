from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_output_text_type import (
    ResponseOutputTextType,
    check_response_output_text_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.response_output_text_logprobs_item import (
        ResponseOutputTextLogprobsItem,
    )
    from ..models.url_citation import URLCitation

_LAZY_IMPORTS = (
    ("..models.file_citation", "FileCitation"),
    ("..models.file_path", "FilePath"),
    ("..models.response_output_text_logprobs_item", "ResponseOutputTextLogprobsItem"),
    ("..models.url_citation", "URLCitation"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ResponseOutputText")


@_attrs_define
class ResponseOutputText(APIModel):
    """
    Attributes:
        text (str):
        type (ResponseOutputTextType):
        annotations (list[FileCitation | FilePath | URLCitation] | Unset):
        logprobs (list[ResponseOutputTextLogprobsItem] | Unset):
    """

    text: str
    type: ResponseOutputTextType
    annotations: list[FileCitation | FilePath | URLCitation] | Unset = UNSET
    logprobs: list[ResponseOutputTextLogprobsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        text = self.text

        type: str = self.type

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, FileCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, URLCitation):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        text = d.pop("text")

        type = check_response_output_text_type(d.pop("type"))

        _annotations = d.pop("annotations", UNSET)
        annotations: list[FileCitation | FilePath | URLCitation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:

                def _parse_annotations_item(
                    data: object,
                ) -> FileCitation | FilePath | URLCitation:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_open_ai_responses_annotation_type_0 = (
                            FileCitation.from_dict(data)
                        )

                        return componentsschemas_open_ai_responses_annotation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_open_ai_responses_annotation_type_1 = (
                            URLCitation.from_dict(data)
                        )

                        return componentsschemas_open_ai_responses_annotation_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_open_ai_responses_annotation_type_2 = (
                        FilePath.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_annotation_type_2

                annotations_item = _parse_annotations_item(annotations_item_data)

                annotations.append(annotations_item)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[ResponseOutputTextLogprobsItem] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = ResponseOutputTextLogprobsItem.from_dict(
                    logprobs_item_data
                )

                logprobs.append(logprobs_item)

        response_output_text = cls(
            text=text,
            type=type,
            annotations=annotations,
            logprobs=logprobs,
        )

        response_output_text.additional_properties = d
        return response_output_text

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
