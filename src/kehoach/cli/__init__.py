"""`kehoach` command line: one subcommand a module, each with `register(subparsers)`.

Errors a user can act on (InputError) become one line on stderr and exit status 2. So does anything
else a hostile or broken file can provoke in a reader or a rule (a symlink loop, a nesting too deep,
an absurd number): the user gets one line saying the file could not be read, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kehoach import __version__
from kehoach.cli import (
    backup_command,
    calendar_command,
    cascade_command,
    channel_command,
    emulation_command,
    lint_command,
    parse_command,
    render_command,
    serve_command,
)
from kehoach.cli.safety import unreadable_message
from kehoach.errors import InputError

SUBCOMMANDS = (
    parse_command,
    lint_command,
    render_command,
    cascade_command,
    calendar_command,
    channel_command,
    emulation_command,
    serve_command,
    backup_command,
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
    except Exception as error:  # the safety net: bad input must never end in a traceback
        print(f"kehoach: {unreadable_message(error)}", file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":
    sys.exit(main())
