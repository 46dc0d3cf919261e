from typing import Literal

AdvisorServerToolOpenRouterType = Literal["openrouter:advisor"]

ADVISOR_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[AdvisorServerToolOpenRouterType] = {
    "openrouter:advisor",
}


def check_advisor_server_tool_open_router_type(
    value: str,
) -> AdvisorServerToolOpenRouterType:
    if value in ADVISOR_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADVISOR_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES!r}"
    )
