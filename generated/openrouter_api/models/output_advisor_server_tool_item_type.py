from typing import Literal

OutputAdvisorServerToolItemType = Literal["openrouter:advisor"]

OUTPUT_ADVISOR_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputAdvisorServerToolItemType] = {
    "openrouter:advisor",
}


def check_output_advisor_server_tool_item_type(
    value: str,
) -> OutputAdvisorServerToolItemType:
    if value in OUTPUT_ADVISOR_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ADVISOR_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
