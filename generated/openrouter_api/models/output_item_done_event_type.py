from typing import Literal

OutputItemDoneEventType = Literal["response.output_item.done"]

OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES: set[OutputItemDoneEventType] = {
    "response.output_item.done",
}


def check_output_item_done_event_type(value: str) -> OutputItemDoneEventType:
    if value in OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES!r}"
    )
