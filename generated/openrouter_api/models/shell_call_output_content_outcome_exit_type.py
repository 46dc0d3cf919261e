from typing import Literal

ShellCallOutputContentOutcomeExitType = Literal["exit"]

SHELL_CALL_OUTPUT_CONTENT_OUTCOME_EXIT_TYPE_VALUES: set[
    ShellCallOutputContentOutcomeExitType
] = {
    "exit",
}


def check_shell_call_output_content_outcome_exit_type(
    value: str,
) -> ShellCallOutputContentOutcomeExitType:
    if value in SHELL_CALL_OUTPUT_CONTENT_OUTCOME_EXIT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHELL_CALL_OUTPUT_CONTENT_OUTCOME_EXIT_TYPE_VALUES!r}"
    )
