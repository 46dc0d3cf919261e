from typing import Literal

SessionCostMetaVersion = Literal["v1"]

SESSION_COST_META_VERSION_VALUES: set[SessionCostMetaVersion] = {
    "v1",
}


def check_session_cost_meta_version(value: str) -> SessionCostMetaVersion:
    if value in SESSION_COST_META_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_COST_META_VERSION_VALUES!r}"
    )
