from typing import Literal

RangeCapabilityType = Literal["range"]

RANGE_CAPABILITY_TYPE_VALUES: set[RangeCapabilityType] = {
    "range",
}


def check_range_capability_type(value: str) -> RangeCapabilityType:
    if value in RANGE_CAPABILITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RANGE_CAPABILITY_TYPE_VALUES!r}"
    )
