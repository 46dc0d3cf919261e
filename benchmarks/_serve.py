"""Serve the repository's mock (``MockApp``) for benchmarks: validation off, quiet, fast loop.

``python -m benchmarks._serve --port N [--http auto|h11|httptools] [--loop auto|asyncio|uvloop]``

This is the same ASGI app as ``python -m openrouter_ext.testing``; only the uvicorn protocol
and event loop differ (httptools/uvloop when installed, the bench-only speedups). Socket-level
fault scenarios need the CLI's h11 protocol; the benchmarks use none.
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import sys

import uvicorn

from openrouter_ext.testing import MockApp, MockState


def _pick(choice: str, fast: str, default: str) -> str:
    if choice != "auto":
        return choice
    return fast if importlib.util.find_spec(fast) is not None else default


def main(argv: list[str] | None = None) -> int:
    """Serve until terminated; print the base URL and the API key first."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks._serve")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--http", default="auto", choices=["auto", "h11", "httptools"])
    parser.add_argument("--loop", default="auto", choices=["auto", "asyncio", "uvloop"])
    args = parser.parse_args(argv)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 8192)), hard))
    http, loop = _pick(args.http, "httptools", "h11"), _pick(args.loop, "uvloop", "asyncio")
    state = MockState(credits=1e12)
    app = MockApp(state, validate_requests=False)
    config = uvicorn.Config(app, host="127.0.0.1", port=args.port, http=http, loop=loop,
                            lifespan="off", access_log=False, log_level="error",
                            backlog=4096, timeout_keep_alive=60)  # fmt: skip
    print(f"OPENROUTER_BASE_URL=http://127.0.0.1:{args.port}/api/v1", flush=True)
    print(f"OPENROUTER_API_KEY={state.api_key}", flush=True)
    print(f"MOCK_SERVER=uvicorn http={http} loop={loop} validate=off", flush=True)
    uvicorn.Server(config).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
