from typing import Literal

BaseAnnotationAddedEventType = Literal["response.output_text.annotation.added"]

BASE_ANNOTATION_ADDED_EVENT_TYPE_VALUES: set[BaseAnnotationAddedEventType] = {
    "response.output_text.annotation.added",
}


def check_base_annotation_added_event_type(value: str) -> BaseAnnotationAddedEventType:
    if value in BASE_ANNOTATION_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_ANNOTATION_ADDED_EVENT_TYPE_VALUES!r}"
    )
