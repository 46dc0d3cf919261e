from typing import Literal

OutputDatetimeItemType = Literal["openrouter:datetime"]

OUTPUT_DATETIME_ITEM_TYPE_VALUES: set[OutputDatetimeItemType] = {
    "openrouter:datetime",
}


def check_output_datetime_item_type(value: str) -> OutputDatetimeItemType:
    if value in OUTPUT_DATETIME_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_DATETIME_ITEM_TYPE_VALUES!r}"
    )
