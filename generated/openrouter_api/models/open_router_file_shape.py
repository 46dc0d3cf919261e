from typing import Literal

OpenRouterFileShape = Literal["openrouter"]

OPEN_ROUTER_FILE_SHAPE_VALUES: set[OpenRouterFileShape] = {
    "openrouter",
}


def check_open_router_file_shape(value: str) -> OpenRouterFileShape:
    if value in OPEN_ROUTER_FILE_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_ROUTER_FILE_SHAPE_VALUES!r}"
    )
