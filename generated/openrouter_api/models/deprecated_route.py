from typing import Literal

DeprecatedRoute = Literal["fallback", "sort"]

DEPRECATED_ROUTE_VALUES: set[DeprecatedRoute] = {
    "fallback",
    "sort",
}


def check_deprecated_route(value: str) -> DeprecatedRoute:
    if value in DEPRECATED_ROUTE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPRECATED_ROUTE_VALUES!r}"
    )
