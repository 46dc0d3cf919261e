"""Issue 20, points 5 to 7: a long clip is never held in memory, downloaded or uploaded.

Each case runs in a fresh interpreter (``tests/hostile/media_case.py``) so that its peak RSS
is its own: 128 MiB go through the client while its memory grows by a few MiB at most.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZE = 128 * 1024 * 1024
BOUND_MB = 16  # noise; the call path is loaded before measuring (measured: under 1 MiB)


def _run(case: str, kind: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile.media_case", case, kind],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("case", ["download", "upload"])
def test_128_mib_of_media_go_through_in_bounded_memory(case: str, kind: str) -> None:
    result = _run(case, kind)
    assert result["moved"] == SIZE, result
    assert result["peak_growth_mb"] < BOUND_MB, result
    assert result["traced_peak_mb"] < 8, result  # measured: 1.6 to 4.3 MiB
