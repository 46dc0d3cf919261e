"""Issue 16, point 3: no body can blow up memory; nothing of it is kept after the error.

Each case runs in a fresh interpreter (``tests/hostile/memory_case.py``) so that its peak RSS
is its own. The bounds allow for noise: the default limit (64 MiB) plus 48 MiB for the
interpreter's own growth, against the hundreds of MB or GB each case took before.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext import OpenRouter

ROOT = Path(__file__).resolve().parents[2]
ERROR_BODY_BYTES = 64 * 1024  # documented in docs/errors-and-retries.md
LIMIT_MB = OpenRouter(api_key="sk-or-x").options.max_response_bytes / 2**20
NOISE_MB = 48


def _run(case: str, kind: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile.memory_case", case, kind],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    ("case", "what"),
    [
        ("json", "a 500 MB JSON body without a length"),
        ("gzip", "a 1 MB gzip body that inflates to 1 GiB"),
        ("sse", "an SSE line of 400 MB without a newline"),
    ],
)
def test_a_huge_body_ends_in_a_typed_error_near_the_limit(case: str, what: str, kind: str) -> None:
    result = _run(case, kind)
    assert result["error"] == "ResponseTooLargeError", (what, result)
    assert "max_response_bytes" in result["message"]
    assert result["peak_growth_mb"] < LIMIT_MB + NOISE_MB, (what, result)
    assert result["held_mb"] < 8, (what, result)  # nothing of the body is kept
    assert result["connections"] == 1  # never retried: the same body would come again


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_huge_error_body_on_a_retried_502_is_truncated_and_not_kept(kind: str) -> None:
    result = _run("error", kind)
    assert result["error"] == "ServerError", result
    assert result["connections"] == 3  # retried twice, as a 502 is
    assert result["body_len"] <= ERROR_BODY_BYTES
    assert result["peak_growth_mb"] < NOISE_MB, result
    assert result["held_mb"] < 8, result
