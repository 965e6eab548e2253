"""`kehoach backup DIR` and `kehoach restore DIR`: the site's data with a manifest of hashes.

Both run the site's management command in a child process (Django is not imported here, so the
other subcommands start fast) with the same settings as `kehoach serve`. Failure: one line, status 2.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

SETTINGS = "kehoach.web.settings"


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, help_text, folder_help in (
        ("backup", "sao lưu cơ sở dữ liệu và tệp (kèm bảng kê SHA-256)", "thư mục mới hoặc rỗng"),
        ("restore", "khôi phục bản sao lưu vào cơ sở dữ liệu trống", "thư mục sao lưu"),
    ):
        parser = subparsers.add_parser(name, help=help_text)
        parser.add_argument("folder", help=folder_help)
        parser.set_defaults(func=run, management_command=name)


def run(args: argparse.Namespace) -> int:
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    done = subprocess.run(
        [sys.executable, "-m", "kehoach.web.manage", args.management_command, args.folder],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        reason = lines[-1].removeprefix("CommandError: ") if lines else "lỗi không rõ"
        print(f"kehoach: {reason}", file=sys.stderr)
        return 2
    sys.stdout.write(done.stdout)
    return 0
