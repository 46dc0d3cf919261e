"""Fault scenarios: the `X-Mock-Scenario` grammar, the catalogue of names and parameters.

Grammar (whitespace around separators is ignored)::

    plan     := attempt ("|" attempt)*        # attempt 1, 2, 3, ...; the last one repeats
    attempt  := scenario ("+" scenario)*      # scenarios combined on one request
    scenario := name (";" key "=" value)*

`sequence;statuses=429,503,200` is shorthand for `status;code=429|status;code=503|ok`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, cast

PHASES: Final = ("before_headers", "after_headers", "mid_body")
FRAMING_STYLES: Final = ("nospace", "cr", "crlf", "multiline", "fields", "no_charset", "json")

#: name -> {parameter: default (as text); None means "no default"}; documents every scenario.
SCENARIOS: Final[dict[str, dict[str, str | None]]] = {
    "ok": {},
    # HTTP errors (any operation)
    "status": {"code": "429", "retry_after": None, "retry_after_date": None,
               "retry_after_ms": None, "rate_limit": "0", "message": None, "error_type": None},
    "sequence": {"statuses": None, "retry_after": None, "retry_after_date": None,
                 "retry_after_ms": None, "rate_limit": "0"},
    "error_200": {"code": "502"},
    "wrapped_error": {"code": "400", "inner": "502"},
    # socket / timing faults (any operation)
    "stall": {"phase": "before_headers", "seconds": "1", "after": "2"},
    "reset": {"phase": "mid_body", "after": "2"},
    "close": {"phase": "mid_body", "after": "2"},
    "dribble": {"size": "1", "delay": "0"},
    # stream faults (every stream: chat, responses, messages, rerank, images with stream: true)
    "keepalive_only": {"seconds": "1", "interval": "0.2", "then": "stream"},
    "mid_stream_error": {"after": "3", "done": "0", "code": "502",
                         "error_type": "provider_unavailable"},
    "no_done": {"mid_json": "0"},
    "hold_after_done": {"seconds": "30"},
    "framing": {"style": "crlf"},
    # content variants (chat)
    "usage": {"cost": "absent"},
    "drift": {},
    "tool_calls": {"parallel": "2", "split": "3"},
    "reasoning": {},
    "empty": {"finish": "stop"},
    "long": {"tokens": "1000"},
    "served": {"model": None, "provider": None},
    "generation_404": {"k": "1"},
    # structured outputs (chat)
    "refusal": {},
    "invalid_json": {"kind": "syntax"},
}  # fmt: skip


class ScenarioError(ValueError):
    """A scenario string or parameter is invalid (answered with a 400 envelope)."""


@dataclass(frozen=True)
class Scenario:
    """One named fault or variant with its parameters, e.g. `Scenario("status", code="429")`."""

    name: str
    params: Mapping[str, str] = field(default_factory=dict[str, str])

    def __init__(self, name: str, params: Mapping[str, object] | None = None, **kw: object):
        merged = {**(params or {}), **kw}
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "params", {k: _text(v) for k, v in merged.items()})
        self._check()

    def __str__(self) -> str:
        return ";".join([self.name, *(f"{k}={v}" for k, v in self.params.items())])

    def _check(self) -> None:
        known = SCENARIOS.get(self.name)
        if known is None:
            raise ScenarioError(f"unknown mock scenario {self.name!r}; known: {sorted(SCENARIOS)}")
        for key in self.params:
            if key not in known:
                raise ScenarioError(
                    f"unknown parameter {key!r} for mock scenario {self.name!r}; "
                    f"known: {sorted(known)}"
                )
        if self.name in ("stall", "reset", "close") and self.text("phase") not in PHASES:
            raise ScenarioError(f"{self.name}: phase must be one of {PHASES}")
        if self.name == "framing":
            bad = [s for s in self.text("style").split(",") if s not in FRAMING_STYLES]
            if bad:
                raise ScenarioError(f"framing: unknown style {bad}; known: {FRAMING_STYLES}")
        if self.name == "usage" and self.text("cost") not in ("absent", "null", "byok"):
            raise ScenarioError("usage: cost must be absent, null or byok")
        if self.name == "invalid_json" and self.text("kind") not in ("syntax", "schema"):
            raise ScenarioError("invalid_json: kind must be syntax or schema")
        for key in self.params:  # type-check numeric parameters eagerly
            self._number(key)

    def text(self, key: str) -> str:
        """Return parameter `key` as text (falling back to the documented default)."""
        value = self.params.get(key, SCENARIOS[self.name].get(key))
        if value is None:
            raise ScenarioError(f"{self.name}: parameter {key!r} is required")
        return value

    def opt(self, key: str) -> str | None:
        """Return parameter `key` or its default, None when neither is set."""
        return self.params.get(key, SCENARIOS[self.name].get(key))

    def number(self, key: str) -> float:
        """Return parameter `key` as a float."""
        return float(self.text(key))

    def integer(self, key: str) -> int:
        """Return parameter `key` as an int."""
        return int(self.number(key))

    def flag(self, key: str) -> bool:
        """Return parameter `key` as a boolean (`1/true/yes`)."""
        return self.text(key).lower() in ("1", "true", "yes", "on")

    def _number(self, key: str) -> None:
        if key in _NUMERIC and self.params.get(key) is not None:
            try:
                float(self.params[key])
            except ValueError:
                raise ScenarioError(f"{self.name}: {key} must be a number") from None


_NUMERIC: Final = frozenset(
    {"code", "retry_after", "retry_after_date", "retry_after_ms", "seconds", "after", "size",
     "delay", "interval", "parallel", "split", "tokens", "k", "inner"}
)  # fmt: skip


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in cast("Sequence[object]", value))
    return str(value)


Attempt = tuple[Scenario, ...]


@dataclass(frozen=True)
class ScenarioPlan:
    """Scenarios per attempt number: attempt n uses `attempts[min(n, len) - 1]`."""

    attempts: tuple[Attempt, ...]

    def for_attempt(self, attempt: int) -> Attempt:
        """Return the scenarios for the 1-based `attempt` (the last entry repeats)."""
        return self.attempts[min(max(attempt, 1), len(self.attempts)) - 1]

    def __str__(self) -> str:
        return " | ".join(" + ".join(str(s) for s in a) for a in self.attempts)


def parse_scenario(text: str) -> Scenario:
    """Parse one `name;key=value;...` scenario."""
    name, *pairs = [p.strip() for p in text.strip().split(";")]
    params: dict[str, str] = {}
    for pair in pairs:
        if not pair:
            continue
        key, sep, value = pair.partition("=")
        if not sep:
            raise ScenarioError(f"expected key=value in mock scenario {text!r}, got {pair!r}")
        params[key.strip()] = value.strip()
    return Scenario(name, params)


def parse_plan(text: str) -> ScenarioPlan:
    """Parse a full `X-Mock-Scenario` value into a per-attempt plan (see module docstring)."""
    attempts: list[Attempt] = []
    for attempt_text in text.split("|"):
        scenarios = [parse_scenario(s) for s in attempt_text.split("+") if s.strip()]
        seqs = [s for s in scenarios if s.name == "sequence"]
        if seqs:
            if len(scenarios) != 1 or len(text.split("|")) != 1:
                raise ScenarioError("sequence cannot be combined with other scenarios or '|'")
            return _expand_sequence(seqs[0])
        attempts.append(tuple(scenarios) or (Scenario("ok"),))
    return ScenarioPlan(tuple(attempts))


def as_plan(scenario: str | Scenario | ScenarioPlan) -> ScenarioPlan:
    """Coerce a scenario string, `Scenario` or `ScenarioPlan` into a plan."""
    if isinstance(scenario, ScenarioPlan):
        return scenario
    if isinstance(scenario, Scenario):
        return (
            _expand_sequence(scenario)
            if scenario.name == "sequence"
            else ScenarioPlan(((scenario,),))
        )
    return parse_plan(scenario)


def _expand_sequence(seq: Scenario) -> ScenarioPlan:
    extra = {k: v for k, v in seq.params.items() if k != "statuses"}
    attempts: list[Attempt] = []
    for code in seq.text("statuses").split(","):
        try:
            status = int(code)
        except ValueError:
            raise ScenarioError(f"sequence: bad status {code!r}") from None
        if status < 200 or status > 599:
            raise ScenarioError(f"sequence: status {status} out of range")
        ok = status < 300
        attempts.append((Scenario("ok"),) if ok else (Scenario("status", extra, code=status),))
    return ScenarioPlan(tuple(attempts))


def find(scenarios: Attempt, name: str) -> Scenario | None:
    """Return the first scenario called `name` in `scenarios`."""
    for s in scenarios:
        if s.name == name:
            return s
    return None
