"""Run the mock as a process: `python -m openrouter_ext.testing --port 8080`."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from ._app import DEFAULT_MAX_BODY_BYTES, MockApp
from ._server import make_config
from ._state import MockState


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted; print the base URL and the keys first."""
    parser = argparse.ArgumentParser(prog="python -m openrouter_ext.testing",
                                     description="Serve the mock OpenRouter API.")  # fmt: skip
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--credits", type=float, default=100.0, help="account credits, USD")
    parser.add_argument("--no-validate", action="store_true", help="skip request validation")
    parser.add_argument("--spec", default=None, help="path of openapi.yaml")
    parser.add_argument(
        "--accept-unknown-models",
        action="store_true",
        help="serve unknown model ids with the default model (for schema fuzzers)",
    )
    parser.add_argument("--max-body-bytes", type=int, default=DEFAULT_MAX_BODY_BYTES,
                        help="largest request body; a bigger one gets 413")  # fmt: skip
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)

    state = MockState(credits=args.credits, accept_unknown_models=args.accept_unknown_models)
    app = MockApp(state, validate_requests=not args.no_validate, spec_path=args.spec,
                  max_body_bytes=args.max_body_bytes)  # fmt: skip
    server = uvicorn.Server(make_config(app, args.host, args.port, log_level=args.log_level))
    print(f"OPENROUTER_BASE_URL=http://{args.host}:{args.port}/api/v1", flush=True)
    print(f"OPENROUTER_API_KEY={state.api_key}", flush=True)
    print(f"OPENROUTER_MANAGEMENT_KEY={state.management_key}", flush=True)
    server.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
