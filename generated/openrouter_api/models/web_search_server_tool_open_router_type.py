from typing import Literal

WebSearchServerToolOpenRouterType = Literal["openrouter:web_search"]

WEB_SEARCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[
    WebSearchServerToolOpenRouterType
] = {
    "openrouter:web_search",
}


def check_web_search_server_tool_open_router_type(
    value: str,
) -> WebSearchServerToolOpenRouterType:
    if value in WEB_SEARCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES!r}"
    )
