from typing import Literal

OutputItemFileSearchCallType = Literal["file_search_call"]

OUTPUT_ITEM_FILE_SEARCH_CALL_TYPE_VALUES: set[OutputItemFileSearchCallType] = {
    "file_search_call",
}


def check_output_item_file_search_call_type(value: str) -> OutputItemFileSearchCallType:
    if value in OUTPUT_ITEM_FILE_SEARCH_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_FILE_SEARCH_CALL_TYPE_VALUES!r}"
    )
