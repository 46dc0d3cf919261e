from typing import Literal

SearchModelsServerToolOpenRouterType = Literal["openrouter:experimental__search_models"]

SEARCH_MODELS_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[
    SearchModelsServerToolOpenRouterType
] = {
    "openrouter:experimental__search_models",
}


def check_search_models_server_tool_open_router_type(
    value: str,
) -> SearchModelsServerToolOpenRouterType:
    if value in SEARCH_MODELS_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_MODELS_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES!r}"
    )
