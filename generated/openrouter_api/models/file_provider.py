from typing import Literal

FileProvider = Literal["anthropic", "openai"]

FILE_PROVIDER_VALUES: set[FileProvider] = {
    "anthropic",
    "openai",
}


def check_file_provider(value: str) -> FileProvider:
    if value in FILE_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_PROVIDER_VALUES!r}"
    )
