"""The message (tin, bài): what the unit running the channels drafts and the leader approves.

One message carries a title, an optional lead, a body, the slogans chosen for it, the ward that issues it
and its images; every channel output is made from it. `load_message` reads the YAML of `kehoach channel`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kehoach.document.text import nfc
from kehoach.errors import InputError

MAX_BYTES = 1_000_000
MAX_BODY = 60_000


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    lead: str = ""
    slogans: tuple[str, ...] = ()
    ward: str = ""  # "Phường Lê Chân": the issuer shown on the portal and the banner
    unit: str = ""  # the unit that runs the channels: "Phòng Văn hóa - Xã hội"
    date: date | None = None
    images: tuple[str, ...] = ()
    tags: tuple[str, ...] = field(default=())

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs, blank lines between them, bullets kept as written."""
        blocks = [" ".join(part.split()) for part in self.body.replace("\r", "").split("\n\n")]
        return [b for b in blocks if b]


def _text(raw: dict[str, Any], key: str, limit: int = 2000) -> str:
    value = raw.get(key) or ""
    if not isinstance(value, str | int | float):
        raise InputError(f"Mục “{key}” của tin phải là một đoạn chữ; hãy sửa lại tệp tin.")
    text = nfc(str(value)).strip()
    if len(text) > limit:
        raise InputError(f"Mục “{key}” dài quá {limit} ký tự; hãy rút gọn.")
    return text


def _texts(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(
            f"Mục “{key}” của tin phải là một danh sách dòng chữ; hãy sửa lại tệp tin."
        )
    return tuple(nfc(v).strip() for v in value if v.strip())


def message_from_dict(raw: Any) -> Message:
    """A Message from the YAML/JSON mapping; InputError (in Vietnamese) when a part is missing or wrong."""
    if not isinstance(raw, dict):
        raise InputError("Tệp tin phải có các mục title (tiêu đề) và body (nội dung); hãy sửa lại.")
    title = _text(raw, "title", 300)
    body = _text(raw, "body", MAX_BODY)
    if not title or not body:
        raise InputError(
            "Tin thiếu tiêu đề (title) hoặc nội dung (body); hãy bổ sung rồi chạy lại."
        )
    when = raw.get("date")
    if when is not None and not isinstance(when, date):
        raise InputError("Ngày của tin (date) phải viết dạng 2025-05-19; hãy sửa lại.")
    return Message(
        title=title,
        body=body,
        lead=_text(raw, "lead", 1000),
        slogans=_texts(raw, "slogans"),
        ward=_text(raw, "ward", 200),
        unit=_text(raw, "unit", 200),
        date=when,
        images=_texts(raw, "images"),
        tags=_texts(raw, "tags"),
    )


def load_yaml(path: Path) -> Any:
    """The parsed YAML of a file, or InputError for an absent, huge, binary or malformed file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"Không đọc được tệp {path}: {error.strerror}.") from error
    if len(data) > MAX_BYTES:
        raise InputError(f"Tệp {path} lớn quá 1 MB; một tin không dài như vậy.")
    if not data.strip():
        raise InputError(f"Tệp {path} rỗng; hãy viết tiêu đề và nội dung của tin.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"Tệp {path} không phải văn bản UTF-8; hãy lưu lại với mã UTF-8."
        ) from error
    if "\x00" in text:
        raise InputError(f"Tệp {path} không phải văn bản; hãy chọn tệp YAML của tin.")
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise InputError(
            f"Tệp {path} không đúng cú pháp YAML; hãy kiểm tra thụt lề và dấu hai chấm."
        ) from error


def load_message(path: Path) -> Message:
    """The message of a YAML file (title, lead, body, slogans, ward, unit, date, images)."""
    return message_from_dict(load_yaml(path))
