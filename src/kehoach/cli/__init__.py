"""`kehoach` command line: one subcommand a module, each with `register(subparsers)`.

Errors a user can act on (InputError) become one line on stderr and exit status 2. So does anything
else a hostile or broken file can provoke in a reader or a rule (a symlink loop, a nesting too deep,
an absurd number): the user gets one line saying the file could not be read, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from kehoach import __version__
from kehoach.cli.safety import unreadable_message
from kehoach.errors import InputError

# The subcommands' modules in the order `kehoach --help` lists them, and the commands each registers.
# A run imports only the module of the command it names (`kehoach parse` does not load the web app's
# or the calendar's data), so a one-file parse and --version start fast; --help imports them all, and so
# does a command missing from this table (it still runs, only slower).
SUBCOMMANDS: dict[str, tuple[str, ...]] = {
    "parse_command": ("parse",),
    "lint_command": ("lint",),
    "render_command": ("render",),
    "cascade_command": ("cascade",),
    "report_command": ("report",),
    "calendar_command": ("calendar",),
    "channel_command": ("channel",),
    "emulation_command": ("thi-dua",),
    "serve_command": ("serve", "worker"),
    "sign_command": ("sign",),
    "verify_command": ("verify",),
    "backup_command": ("backup", "restore"),
}


def _modules(argv: Sequence[str]) -> list[ModuleType]:
    """The command modules to register: the one the command line names, or all of them."""
    command = next((word for word in argv if not word.startswith("-")), None)
    names = [name for name, commands in SUBCOMMANDS.items() if command in commands] or list(
        SUBCOMMANDS
    )
    return [importlib.import_module(f"kehoach.cli.{name}") for name in names]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with `argv`, only the subcommand it names is registered (when it names one)."""
    parser = argparse.ArgumentParser(
        prog="kehoach", description="Kế hoạch của Ủy ban nhân dân: đọc, kiểm tra, soạn, phát hành."
    )
    parser.add_argument("--version", action="version", version=f"kehoach {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module in _modules([] if argv is None else argv):
        module.register(subparsers)
    return parser


def parse_arguments(
    parser: argparse.ArgumentParser, argv: Sequence[str] | None
) -> argparse.Namespace:
    """The arguments, positionals also after an option ("calendar lunar --json -"): a subcommand
    that sets `intermixed` to the name of its list positional gets the words argparse left over."""
    args, extra = parser.parse_known_args(argv)
    into = getattr(args, "intermixed", None)
    if extra and into and all(word == "-" or not word.startswith("-") for word in extra):
        setattr(args, into, [*getattr(args, into), *extra])
    elif extra:
        parser.error(f"tham số không nhận ra: {' '.join(extra)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if words[:1] == ["--version"]:
        print(f"kehoach {__version__}")
        return 0
    args = parse_arguments(build_parser(words), words)
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
