"""The ``openrouter-ext`` command line (also ``python -m openrouter_ext``), thin over the client.

Exit codes (also in ``--help``): see ``_EPILOG``. Errors are one line on stderr (``--debug``
adds the traceback); a closed output pipe (``openrouter-ext costs --json | head -1``) ends the
command silently. The API key is never printed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TextIO

from openrouter_ext._core._sync.client import OpenRouter
from openrouter_ext._costs.ledger import LedgerError, LedgerWriteWarning
from openrouter_ext._errors.tree import APIConnectionError, OpenRouterError
from openrouter_ext._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_CONNECTION, EXIT_LEDGER = 0, 1, 2, 3, 4
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141
_EPILOG = """exit codes:
  0    success
  1    the API answered with an error
  2    usage error (bad arguments, no prompt)
  3    connection or timeout error
  4    the cost ledger cannot be opened, read or written
  130  interrupted (Ctrl-C)
  141  the output pipe was closed early (e.g. `| head`); nothing is printed

Errors are one line on stderr; --debug adds the traceback."""
DEFAULT_MODEL = os.environ.get("OPENROUTER_MODEL", "openai/gpt-4o-mini")
_GLOBAL_DEFAULTS: dict[str, Any] = {
    "base_url": None,
    "api_key": None,
    "log_level": "warning",
    "debug": False,
}


class UsageError(Exception):
    """A command line that cannot be run as given."""


def _common() -> argparse.ArgumentParser:
    """Options accepted before or after the command (``openrouter-ext key --debug``)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--base-url",
        default=argparse.SUPPRESS,
        help="API base URL (default $OPENROUTER_BASE_URL or the real API)",
    )
    common.add_argument(
        "--api-key",
        default=argparse.SUPPRESS,
        help="API key (default $OPENROUTER_API_KEY); never printed",
    )
    common.add_argument(
        "--log-level", default=argparse.SUPPRESS, choices=["debug", "info", "warning", "error"]
    )
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="openrouter-ext",
        description="Talk to OpenRouter from the terminal.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"openrouter-ext {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = sub.add_parser("chat", parents=[common], help="chat with a model (streams by default)")
    chat.add_argument("prompt", nargs="?", help="the prompt; '-' or a pipe reads stdin")
    chat.add_argument("-m", "--model", default=DEFAULT_MODEL)
    chat.add_argument("--system", help="a system message")
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole answer")
    chat.add_argument("--json", action="store_true", help="print the result as JSON")
    chat.add_argument("--max-tokens", type=int)
    chat.add_argument("--provider-sort", choices=["price", "throughput", "latency"])
    chat.add_argument("--no-ledger", action="store_true", help="do not record the cost")
    chat.add_argument("--ledger", help="cost ledger path (default: the user data directory)")

    models = sub.add_parser(
        "models", parents=[common], help="list models with prices per million tokens"
    )
    models.add_argument("--search", help="only models whose id or name contains TEXT")
    models.add_argument("--sort", choices=["price", "context", "name"], default="name")
    models.add_argument("--json", action="store_true")

    sub.add_parser("key", parents=[common], help="the current key's limits and usage")
    sub.add_parser("credits", parents=[common], help="credits purchased and used (management key)")
    generation = sub.add_parser(
        "generation", parents=[common], help="a generation's billed figures"
    )
    generation.add_argument("id")
    generation.add_argument("--wait", type=float, default=0.0, help="seconds to wait for it")

    costs = sub.add_parser(
        "costs", parents=[common], help="summary of a cost ledger by model, provider and day"
    )
    costs.add_argument("--ledger", help="ledger path (default: the user data directory)")
    costs.add_argument("--json", action="store_true")

    mock = sub.add_parser("mock", parents=[common], help="run the mock OpenRouter server")
    mock.add_argument("--port", type=int, default=8080)
    mock.add_argument("--host", default="127.0.0.1")
    return parser


def _price(value: object) -> Decimal | None:
    """Return a per-token price from /models; None when null, unparseable or not finite."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    try:
        price = Decimal(str(value).strip())
    except ArithmeticError:  # decimal.InvalidOperation: not a number
        return None
    return price if price.is_finite() else None


def _per_million(value: object) -> str:
    per_token = _price(value)
    if per_token is None:
        return "-"
    if per_token < 0:
        return "varies"
    return f"{per_token * 1_000_000:.2f}"


def _price_key(model: Any) -> tuple[bool, Decimal, str]:
    """Sort by prompt + completion price; unpriced, unparseable and varying prices last."""
    pricing = getattr(model, "pricing", None)
    prompt = _price(getattr(pricing, "prompt", None))
    completion = _price(getattr(pricing, "completion", None))
    if prompt is None or completion is None or prompt < 0 or completion < 0:
        return (True, Decimal(0), model.id)
    return (False, prompt + completion, model.id)


def _money(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return "unknown"
    return f"${Decimal(str(value)):.6f}"


def _usage_line(usage: Any, generation_id: str | None, *, interrupted: bool = False) -> str:
    parts: list[str] = []
    if usage is not None:
        parts.append(f"{usage.prompt_tokens} in / {usage.completion_tokens} out tokens")
        parts.append(f"cost {_money(usage.cost if isinstance(usage.cost, float | int) else None)}")
    else:
        parts.append("usage unknown (the stream ended before its usage chunk)")
    if generation_id:
        parts.append(generation_id)
    head = "[interrupted] " if interrupted else ""
    return f"{head}[{', '.join(parts)}]"


class _Chat:
    """One chat session: the conversation so far and how to print answers."""

    def __init__(self, client: OpenRouter, args: argparse.Namespace, out: TextIO, err: TextIO):
        self.client, self.args, self.out, self.err = client, args, out, err
        self.messages: list[dict[str, Any]] = []
        if args.system:
            self.messages.append({"role": "system", "content": args.system})

    def fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"model": self.args.model, "messages": self.messages}
        if self.args.max_tokens is not None:
            fields["max_tokens"] = self.args.max_tokens
        if self.args.provider_sort:
            fields["provider"] = {"sort": self.args.provider_sort}
        return fields

    def ask(self, prompt: str) -> None:
        self.messages.append({"role": "user", "content": prompt})
        if self.args.no_stream or self.args.json:
            result = self.client.chat.completions.create(stream=False, **self.fields())
            if self.args.json:
                json.dump(result.to_dict(), self.out, ensure_ascii=False, indent=2)
                self.out.write("\n")
            else:
                self.out.write(f"{result.choices[0].message.content or ''}\n")
            self.messages.append(
                {"role": "assistant", "content": result.choices[0].message.content or ""}
            )
            self.err.write(_usage_line(result.usage, result.id) + "\n")
            return
        stream = self.client.chat.completions.stream(**self.fields())
        text: list[str] = []
        try:
            with stream:
                for piece in stream.text_deltas():
                    text.append(piece)
                    self.out.write(piece)
                    self.out.flush()
        except KeyboardInterrupt:
            self.out.write("\n")
            self.err.write(_usage_line(stream.usage, stream.generation_id, interrupted=True) + "\n")
            raise
        self.out.write("\n")
        self.messages.append({"role": "assistant", "content": "".join(text)})
        self.err.write(_usage_line(stream.usage, stream.generation_id) + "\n")


def _read_prompt(args: argparse.Namespace, stdin: TextIO) -> str | None:
    if args.prompt == "-" or (args.prompt is None and not stdin.isatty()):
        text = stdin.read().strip()
        if not text:
            raise UsageError("no prompt on stdin")
        return text
    prompt: str | None = args.prompt  # argparse's Namespace is untyped
    return prompt


def _cmd_chat(
    client: OpenRouter, args: argparse.Namespace, io: tuple[TextIO, TextIO, TextIO]
) -> int:
    stdin, out, err = io
    session = _Chat(client, args, out, err)
    prompt = _read_prompt(args, stdin)
    if prompt is not None:
        session.ask(prompt)
        return EXIT_OK
    err.write(f"Chatting with {args.model}. An empty line or Ctrl-D ends the session.\n")
    while True:
        try:
            line = _read_line(stdin, err)
        except EOFError:
            err.write("\n")
            return EXIT_OK
        if not line.strip():
            return EXIT_OK
        session.ask(line)


def _read_line(stdin: TextIO, err: TextIO) -> str:
    """Read one prompt line: with line editing on the real terminal, else from ``stdin``."""
    if stdin is sys.stdin:
        return input("> ")
    err.write("> ")
    err.flush()
    line = stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\n")


def _cmd_models(client: OpenRouter, args: argparse.Namespace, out: TextIO) -> int:
    models = list(client.models.list())  # every page
    if args.search:
        needle = args.search.lower()
        models = [m for m in models if needle in m.id.lower() or needle in m.name.lower()]
    if args.sort == "price":
        models.sort(key=_price_key)
    elif args.sort == "context":
        models.sort(key=lambda m: -(m.context_length or 0))
    else:
        models.sort(key=lambda m: m.id)
    if args.json:
        json.dump([m.to_dict() for m in models], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    rows = [
        (
            m.id,
            f"{m.context_length or 0:,}",
            _per_million(m.pricing.prompt),
            _per_million(m.pricing.completion),
        )
        for m in models
    ]
    header = ("model", "context", "$/M in", "$/M out")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        out.write(
            f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:>{widths[2]}}  "
            f"{row[3]:>{widths[3]}}\n"
        )
    return EXIT_OK


def _print_fields(data: Any, out: TextIO, skip: Sequence[str] = ()) -> None:
    for name, value in data.to_dict().items():
        if name not in skip:
            out.write(f"{name:28} {value}\n")


def _run(args: argparse.Namespace, io: tuple[TextIO, TextIO, TextIO]) -> int:
    out = io[1]
    if args.command == "mock":
        from openrouter_ext.testing.__main__ import main as mock_main

        return mock_main(["--host", args.host, "--port", str(args.port)])
    if args.command == "costs":
        from openrouter_ext._cli.costs import print_costs

        return print_costs(args, out)
    tracker = None
    if args.command == "chat" and not args.no_ledger:
        from openrouter_ext._costs.ledger import default_ledger_path
        from openrouter_ext._costs.tracker import CostTracker

        tracker = CostTracker(ledger=args.ledger or default_ledger_path())
    with OpenRouter(
        api_key=args.api_key,
        base_url=args.base_url,
        app_title="openrouter-ext cli",
        cost_tracker=tracker,
    ) as client:
        if args.command == "chat":
            code = _cmd_chat(client, args, io)
            if tracker is not None and tracker.ledger is not None:
                tracker.ledger.flush()  # raises LedgerError if a record could not be written
            return code
        if args.command == "models":
            return _cmd_models(client, args, out)
        if args.command == "key":
            _print_fields(client.key.get().data, out)
        elif args.command == "credits":
            credits = client.credits.get().data
            _print_fields(credits, out)
            out.write(f"{'remaining':28} {credits.total_credits - credits.total_usage}\n")
        elif args.command == "generation":
            _print_fields(client.generations.get(args.id, wait=args.wait).data, out)
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit code."""
    io = (stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr)
    err = io[2]
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    for name, default in _GLOBAL_DEFAULTS.items():  # options that may follow the command
        if not hasattr(args, name):
            setattr(args, name, default)
    logging.basicConfig(
        level=args.log_level.upper(), stream=err, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        with warnings.catch_warnings():
            # a failed ledger write is logged at ERROR (one line); the warning would repeat it
            warnings.simplefilter("ignore", LedgerWriteWarning)
            code = _run(args, io)
        io[1].flush()  # a closed pipe shows here when the output is small
        return code
    except BrokenPipeError:
        _discard_output(io[1])
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return EXIT_INTERRUPTED
    except UsageError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_USAGE
    except (OpenRouterError, ValueError, TypeError) as exc:
        if args.debug:
            traceback.print_exception(exc, file=err)
        err.write(f"error: {exc}\n")
        if isinstance(exc, APIConnectionError):
            return EXIT_CONNECTION
        if isinstance(exc, LedgerError):
            return EXIT_LEDGER
        if isinstance(exc, OpenRouterError):
            return EXIT_API
        return EXIT_USAGE


def _discard_output(out: TextIO) -> None:
    """Point ``out``'s file descriptor at devnull, so the flush at exit cannot fail again.

    Python's recipe for a closed pipe (see the ``signal`` module documentation).
    """
    try:
        fd = out.fileno()
    except (OSError, ValueError):  # io.UnsupportedOperation is both; not a real file
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
