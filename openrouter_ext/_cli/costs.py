"""``openrouter-ext costs``: print a ledger's spend by model, provider and day."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from openrouter_ext._costs.ledger import Ledger, default_ledger_path

__all__ = ["print_costs"]


def print_costs(args: argparse.Namespace, out: TextIO) -> int:
    """Print the summary of the ledger named by ``args.ledger`` (or the default one)."""
    path = args.ledger or default_ledger_path()
    ledger = Ledger(path)
    sections = {by: ledger.summary(by) for by in ("model", "provider", "day")}
    if args.json:
        json.dump({"ledger": str(path), **sections}, out, default=str, indent=2)
        out.write("\n")
        return 0
    out.write(f"ledger: {path}\n")
    for by, groups in sections.items():
        out.write(f"\nby {by}\n")
        if not groups:
            out.write("  (no records)\n")
        for key, g in groups.items():
            note = f"  ({g['incomplete']} incomplete)" if g["incomplete"] else ""
            out.write(
                f"  {key:40} {g['requests']:6} req  {g['prompt_tokens']:9} in  "
                f"{g['completion_tokens']:9} out  ${g['cost']:.6f}{note}\n"
            )
    return 0
