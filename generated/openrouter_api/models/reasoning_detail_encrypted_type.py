from typing import Literal

ReasoningDetailEncryptedType = Literal["reasoning.encrypted"]

REASONING_DETAIL_ENCRYPTED_TYPE_VALUES: set[ReasoningDetailEncryptedType] = {
    "reasoning.encrypted",
}


def check_reasoning_detail_encrypted_type(value: str) -> ReasoningDetailEncryptedType:
    if value in REASONING_DETAIL_ENCRYPTED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_DETAIL_ENCRYPTED_TYPE_VALUES!r}"
    )
