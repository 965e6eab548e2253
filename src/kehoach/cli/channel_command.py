"""`kehoach channel MESSAGE.yaml --to loa,portal,banner,led,social -o DIR`: one message in the form of
each channel — loudspeaker script, audio and playlist; portal article; banners and panels; LED slides;
social post. Files appear in DIR whole or not at all (made in a temporary folder beside it, then moved)."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from kehoach.channels.message import load_yaml, message_from_dict
from kehoach.channels.outputs import CHANNELS, Outputs, parse_channels, render_channels
from kehoach.channels.schedule import schedules_from_list
from kehoach.channels.settings import Settings, settings_from_dict
from kehoach.errors import InputError

NAMES = {
    "loa": "Loa truyền thanh",
    "portal": "Cổng thông tin",
    "banner": "Băng rôn, pa-nô",
    "led": "Màn hình LED",
    "social": "Mạng xã hội",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "channel",
        help="một tin, mọi kênh: loa, cổng thông tin, băng rôn, LED, mạng xã hội",
        description="Dựng một tin tuyên truyền cho từng kênh: kịch bản và âm thanh phát loa, lịch phát, "
        "bài trên cổng thông tin, băng rôn và pa-nô để in, khung hình LED, bài mạng xã hội.",
    )
    parser.add_argument(
        "message", help="tệp tin .yaml (title, lead, body, slogans, ward, schedule…)"
    )
    parser.add_argument(
        "--to", default=",".join(CHANNELS), help=f"các kênh, mặc định {','.join(CHANNELS)}"
    )
    parser.add_argument("-o", "--output", required=True, help="thư mục ghi kết quả")
    parser.add_argument("--settings", help="tệp .yaml cấu hình kênh (đài, cỡ băng rôn, màu, LED…)")
    parser.set_defaults(func=run)


def _settings(path: str | None) -> Settings:
    if not path:
        return Settings()
    raw = load_yaml(Path(path))
    return settings_from_dict(raw.get("channels", raw) if isinstance(raw, dict) else raw)


def _move_into(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for item in sorted(source.iterdir()):
        os.replace(item, target / item.name)


def _summary(out: Outputs, target: Path) -> list[str]:
    lines = []
    for channel, paths in out.files.items():
        names = ", ".join(p.name for p in paths)
        lines.append(f"{NAMES[channel]}: {names}")
    if out.script is not None:
        audio = f"; âm thanh {out.audio_seconds:.0f} giây" if out.audio_seconds else ""
        lines.append(
            f"Bản tin đọc {out.script.minutes_text} ({out.script.syllables} tiếng){audio}."
        )
    if out.broadcasts:
        lines.append(f"Lịch phát: {out.broadcasts} buổi phát thanh.")
    lines.append(f"Đã ghi vào {target}.")
    return lines


def run(args: argparse.Namespace) -> int:
    channels = parse_channels(args.to)
    raw = load_yaml(Path(args.message))
    message = message_from_dict(raw)
    schedule = schedules_from_list(raw.get("schedule")) if isinstance(raw, dict) else []
    settings = _settings(args.settings)
    target = Path(args.output)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target} đã có và không phải thư mục; hãy chọn thư mục khác.")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise InputError(f"Không có thư mục {parent}; hãy tạo nó trước.")
    work = Path(tempfile.mkdtemp(prefix=".kehoach-kenh-", dir=parent))
    try:
        out = render_channels(message, settings, work, channels, schedule)
        _move_into(work, target)
        out.files = {k: [target / p.name for p in v] for k, v in out.files.items()}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n".join(_summary(out, target)))
    return 0
