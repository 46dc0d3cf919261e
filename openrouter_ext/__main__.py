"""``python -m openrouter_ext``: the command line."""

from __future__ import annotations

import sys

from openrouter_ext._cli.main import main

if __name__ == "__main__":
    sys.exit(main())
