from typing import Literal

CodeInterpreterLogsOutputType = Literal["logs"]

CODE_INTERPRETER_LOGS_OUTPUT_TYPE_VALUES: set[CodeInterpreterLogsOutputType] = {
    "logs",
}


def check_code_interpreter_logs_output_type(
    value: str,
) -> CodeInterpreterLogsOutputType:
    if value in CODE_INTERPRETER_LOGS_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_LOGS_OUTPUT_TYPE_VALUES!r}"
    )
