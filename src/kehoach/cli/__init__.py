"""`kehoach` command line: one subcommand a module, each with `register(subparsers)`.

Errors a user can act on (InputError) become one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kehoach import __version__
from kehoach.cli import (
    calendar_command,
    cascade_command,
    channel_command,
    lint_command,
    parse_command,
    render_command,
    serve_command,
)
from kehoach.errors import InputError

SUBCOMMANDS = (
    parse_command,
    lint_command,
    render_command,
    cascade_command,
    calendar_command,
    channel_command,
    serve_command,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kehoach", description="Kế hoạch của Ủy ban nhân dân: đọc, kiểm tra, soạn, phát hành."
    )
    parser.add_argument("--version", action="version", version=f"kehoach {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except InputError as error:
        print(f"kehoach: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
