from typing import Literal

CodeInterpreterServerToolContainerAutoType = Literal["auto"]

CODE_INTERPRETER_SERVER_TOOL_CONTAINER_AUTO_TYPE_VALUES: set[
    CodeInterpreterServerToolContainerAutoType
] = {
    "auto",
}


def check_code_interpreter_server_tool_container_auto_type(
    value: str,
) -> CodeInterpreterServerToolContainerAutoType:
    if value in CODE_INTERPRETER_SERVER_TOOL_CONTAINER_AUTO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_SERVER_TOOL_CONTAINER_AUTO_TYPE_VALUES!r}"
    )
