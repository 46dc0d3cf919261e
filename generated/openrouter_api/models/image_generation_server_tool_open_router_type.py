from typing import Literal

ImageGenerationServerToolOpenRouterType = Literal["openrouter:image_generation"]

IMAGE_GENERATION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[
    ImageGenerationServerToolOpenRouterType
] = {
    "openrouter:image_generation",
}


def check_image_generation_server_tool_open_router_type(
    value: str,
) -> ImageGenerationServerToolOpenRouterType:
    if value in IMAGE_GENERATION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES!r}"
    )
