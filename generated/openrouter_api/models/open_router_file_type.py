from typing import Literal

OpenRouterFileType = Literal["file"]

OPEN_ROUTER_FILE_TYPE_VALUES: set[OpenRouterFileType] = {
    "file",
}


def check_open_router_file_type(value: str) -> OpenRouterFileType:
    if value in OPEN_ROUTER_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_ROUTER_FILE_TYPE_VALUES!r}"
    )
