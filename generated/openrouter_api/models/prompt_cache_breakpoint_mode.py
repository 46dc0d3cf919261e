from typing import Literal

PromptCacheBreakpointMode = Literal["explicit"]

PROMPT_CACHE_BREAKPOINT_MODE_VALUES: set[PromptCacheBreakpointMode] = {
    "explicit",
}


def check_prompt_cache_breakpoint_mode(value: str) -> PromptCacheBreakpointMode:
    if value in PROMPT_CACHE_BREAKPOINT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CACHE_BREAKPOINT_MODE_VALUES!r}"
    )
