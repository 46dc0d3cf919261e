from typing import Literal

GetSessionCostTurnRange = Literal["1-turn", "10-49-turns", "2-9-turns", "50-plus-turns"]

GET_SESSION_COST_TURN_RANGE_VALUES: set[GetSessionCostTurnRange] = {
    "1-turn",
    "10-49-turns",
    "2-9-turns",
    "50-plus-turns",
}


def check_get_session_cost_turn_range(value: str) -> GetSessionCostTurnRange:
    if value in GET_SESSION_COST_TURN_RANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SESSION_COST_TURN_RANGE_VALUES!r}"
    )
