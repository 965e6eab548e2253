"""`kehoach render`: not built yet (its issue is open)."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("render", help="(chưa có)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print("kehoach: lệnh render chưa được xây dựng.", file=sys.stderr)
    return 2
