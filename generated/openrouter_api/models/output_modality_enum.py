from typing import Literal

OutputModalityEnum = Literal["image", "text"]

OUTPUT_MODALITY_ENUM_VALUES: set[OutputModalityEnum] = {
    "image",
    "text",
}


def check_output_modality_enum(value: str) -> OutputModalityEnum:
    if value in OUTPUT_MODALITY_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MODALITY_ENUM_VALUES!r}"
    )
