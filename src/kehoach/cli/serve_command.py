"""`kehoach serve [--host H] [--port N]`: run the web site on an existing install; `kehoach worker`: the
queue's worker (started beside the site by `serve` unless --no-worker).

Applies pending migrations first, then runs gunicorn (the WSGI server the production setup uses;
static files come from whitenoise). Django itself is only imported in the child processes, so the
other subcommands start fast.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys

SETTINGS = "kehoach.web.settings"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="chạy trang web (áp dụng migration rồi chạy gunicorn)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="địa chỉ lắng nghe (mặc định 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8000, help="cổng (mặc định 8000)")
    parser.add_argument(
        "--workers", type=int, default=2, help="số tiến trình gunicorn (mặc định 2)"
    )
    parser.add_argument(
        "--threads", type=int, default=8, help="số luồng của mỗi tiến trình (mặc định 8)"
    )
    parser.add_argument(
        "--no-migrate", action="store_true", help="không áp dụng migration trước khi chạy"
    )
    parser.add_argument(
        "--no-worker",
        action="store_true",
        help="không chạy kèm tiến trình công việc nền (khi đã chạy `kehoach worker` riêng)",
    )
    parser.set_defaults(func=run)
    worker = subparsers.add_parser(
        "worker", help="chạy công việc nền: xuất PDF, gửi thư nhắc việc hằng ngày…"
    )
    worker.add_argument("--batch", action="store_true", help="chạy hết việc đang chờ rồi dừng")
    worker.set_defaults(func=run_worker)


def worker_command(batch: bool = False) -> list[str]:
    return [
        sys.executable,
        "-m",
        "kehoach.web.manage",
        "run_worker",
        *(["--batch"] if batch else []),
    ]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    return env


def run_worker(args: argparse.Namespace) -> int:
    return subprocess.run(worker_command(args.batch), env=_environment(), check=False).returncode


def gunicorn_command(host: str, port: int, workers: int, threads: int = 8) -> list[str]:
    """Threaded workers: a phone sending its photos slowly holds one thread, not a whole worker (the
    embedded site has no proxy to buffer uploads), and a unit's form waits on the database without
    stopping the others; 8 threads also shared two cores more evenly than 4 under load (operations.md)."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "kehoach.web.wsgi:application",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "gthread",
        "--threads",
        str(threads),
        "--timeout",
        "180",
        "--access-logfile",
        "-",
    ]


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        print(f"kehoach: cổng không hợp lệ: {args.port}", file=sys.stderr)
        return 2
    env = _environment()
    if args.host not in {"127.0.0.1", "localhost"} and "DJANGO_ALLOWED_HOSTS" not in env:
        env["DJANGO_ALLOWED_HOSTS"] = f"{args.host},127.0.0.1,localhost"
    if not args.no_migrate:
        migrate = subprocess.run(
            [sys.executable, "-m", "kehoach.web.manage", "migrate", "--noinput", "-v", "0"],
            env=env,
            check=False,
        )
        if migrate.returncode != 0:
            print("kehoach: không áp dụng được migration cơ sở dữ liệu.", file=sys.stderr)
            return 2
    if importlib.util.find_spec("gunicorn") is None:
        print("kehoach: thiếu gunicorn (chạy scripts/bootstrap).", file=sys.stderr)
        return 2
    if not args.no_worker:
        # The embedded default: one worker beside the site, in the same process group (Ctrl+C ends both).
        subprocess.Popen(worker_command(), env=env)
    print(f"kehoach: trang web tại http://{args.host}:{args.port}/ (gunicorn, Ctrl+C để dừng)")
    sys.stdout.flush()
    command = gunicorn_command(args.host, args.port, args.workers, args.threads)
    os.execvpe(command[0], command, env)
    return 0  # not reached
