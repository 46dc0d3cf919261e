from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_annotation_added_event_type import (
    BaseAnnotationAddedEventType,
    check_base_annotation_added_event_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.url_citation import URLCitation

_LAZY_IMPORTS = (
    ("..models.file_citation", "FileCitation"),
    ("..models.file_path", "FilePath"),
    ("..models.url_citation", "URLCitation"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnnotationAddedEvent")


@_attrs_define
class AnnotationAddedEvent(APIModel):
    """
    Attributes:
        annotation (FileCitation | FilePath | URLCitation):
        annotation_index (int):
        content_index (int):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (BaseAnnotationAddedEventType):
    """

    annotation: FileCitation | FilePath | URLCitation
    annotation_index: int
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    type: BaseAnnotationAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        annotation: dict[str, Any]
        if isinstance(self.annotation, FileCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, URLCitation):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation.to_dict()

        annotation_index = self.annotation_index

        content_index = self.content_index

        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation": annotation,
                "annotation_index": annotation_index,
                "content_index": content_index,
                "item_id": item_id,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_annotation(data: object) -> FileCitation | FilePath | URLCitation:
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
            componentsschemas_open_ai_responses_annotation_type_2 = FilePath.from_dict(
                data
            )

            return componentsschemas_open_ai_responses_annotation_type_2

        annotation = _parse_annotation(d.pop("annotation"))

        annotation_index = d.pop("annotation_index")

        content_index = d.pop("content_index")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type = check_base_annotation_added_event_type(d.pop("type"))

        annotation_added_event = cls(
            annotation=annotation,
            annotation_index=annotation_index,
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type=type,
        )

        annotation_added_event.additional_properties = d
        return annotation_added_event

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
