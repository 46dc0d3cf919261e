from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_generation_feedback_request_category import (
    SubmitGenerationFeedbackRequestCategory,
    check_submit_generation_feedback_request_category,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="SubmitGenerationFeedbackRequest")


@_attrs_define
class SubmitGenerationFeedbackRequest(APIModel):
    """
    Attributes:
        category (SubmitGenerationFeedbackRequestCategory):
        generation_id (str):
        comment (str | Unset):
    """

    category: SubmitGenerationFeedbackRequestCategory
    generation_id: str
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str = self.category

        generation_id = self.generation_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "generation_id": generation_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = check_submit_generation_feedback_request_category(d.pop("category"))

        generation_id = d.pop("generation_id")

        comment = d.pop("comment", UNSET)

        submit_generation_feedback_request = cls(
            category=category,
            generation_id=generation_id,
            comment=comment,
        )

        submit_generation_feedback_request.additional_properties = d
        return submit_generation_feedback_request

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
