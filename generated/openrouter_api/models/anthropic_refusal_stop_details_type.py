from typing import Literal

AnthropicRefusalStopDetailsType = Literal["refusal"]

ANTHROPIC_REFUSAL_STOP_DETAILS_TYPE_VALUES: set[AnthropicRefusalStopDetailsType] = {
    "refusal",
}


def check_anthropic_refusal_stop_details_type(
    value: str,
) -> AnthropicRefusalStopDetailsType:
    if value in ANTHROPIC_REFUSAL_STOP_DETAILS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_REFUSAL_STOP_DETAILS_TYPE_VALUES!r}"
    )
