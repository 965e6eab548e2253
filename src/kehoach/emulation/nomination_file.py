"""The nomination file (YAML) the command line reads: who proposes whom for what, and the history.

Keys are English (like the plan's authoring format), values Vietnamese; an award or a rating may be
given by its key or by its Vietnamese name. Every error is one Vietnamese sentence (InputError).

    issuer: Ủy ban nhân dân phường An Biên
    level: xa                     # xa | tinh: the level of the chair who decides
    year: 2026
    movement: phong trào thi đua “Phường An Biên xanh - sạch - đẹp” năm 2026
    nominations:
      - name: Lê Thị Bình
        kind: individual          # individual | collective
        unit: Trường Tiểu học An Biên
        position: Giáo viên
        gender: nữ
        rating: hoàn thành xuất sắc nhiệm vụ
        initiative: Sáng kiến ...
        award: Chiến sĩ thi đua cơ sở
        achievements: [...]
    history:
      - {name: Lê Thị Bình, award: Chiến sĩ thi đua cơ sở, year: 2025, unit: Trường Tiểu học An Biên}
    settings:                     # the office's settings (RuleBook.with_settings), optional
      rules:
        cstdcs-ratio: {value: 15, enforce: true, basis: Quy chế thi đua, khen thưởng của phường ...}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kehoach.document.text import clean
from kehoach.emulation.model import (
    COLLECTIVE,
    INDIVIDUAL,
    AwardHistory,
    AwardRecord,
    Nomination,
    Nominee,
)
from kehoach.emulation.rules import RuleBook, load_rules
from kehoach.errors import InputError

MAX_BYTES = 5 * 1024 * 1024
_KINDS = {
    "individual": INDIVIDUAL,
    "cá nhân": INDIVIDUAL,
    "collective": COLLECTIVE,
    "tập thể": COLLECTIVE,
}


@dataclass
class NominationFile:
    issuer: str
    level: str
    year: int
    movement: str
    nominations: list[Nomination]
    history: AwardHistory
    place: str = ""
    signer: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    book: RuleBook = field(default_factory=load_rules)  # with the file's `settings` applied


def _text(value: Any, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise InputError(f"{where} phải là một dòng chữ.")
    return clean(str(value))


def _int(value: Any, where: str) -> int:
    if value is None or value == "":
        return 0
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InputError(f"{where} phải là một số nguyên, không phải “{value}”.") from None
    if number < 0:
        raise InputError(f"{where} không được âm.")
    return number


def _award(book: RuleBook, value: Any, where: str) -> str:
    award = book.award_by_name(_text(value, where))
    if award is None:
        known = ", ".join(a.name for a in book.awards.values())
        raise InputError(f"{where}: không biết hình thức “{value}”; dùng một trong: {known}.")
    return award.key


def _kind(value: Any, where: str) -> str:
    text = _text(value, where).lower() or "individual"
    if text not in _KINDS:
        raise InputError(f"{where} phải là individual (cá nhân) hoặc collective (tập thể).")
    return _KINDS[text]


def _nominee(item: dict[str, Any], where: str, book: RuleBook) -> Nominee:
    name = _text(item.get("name"), f"{where}.name")
    if not name:
        raise InputError(f"{where} thiếu họ tên hoặc tên tập thể (name).")
    rating_text = _text(item.get("rating"), f"{where}.rating")
    rating = book.rating_by_name(rating_text) if rating_text else None
    if rating_text and rating is None:
        known = ", ".join(n for _, n in book.ratings)
        raise InputError(
            f"{where}: không biết mức đánh giá “{rating_text}”; dùng một trong: {known}."
        )
    achievements = item.get("achievements") or []
    if not isinstance(achievements, list):
        achievements = [achievements]
    return Nominee(
        name=name,
        kind=_kind(item.get("kind"), f"{where}.kind"),
        unit=_text(item.get("unit"), f"{where}.unit"),
        position=_text(item.get("position"), f"{where}.position"),
        gender=_text(item.get("gender"), f"{where}.gender") or None,
        rating=rating,
        initiative=_text(item.get("initiative"), f"{where}.initiative"),
        members=_int(item.get("members"), f"{where}.members"),
        members_ldtt=_int(item.get("members_ldtt"), f"{where}.members_ldtt"),
        members_cstd=_int(item.get("members_cstd"), f"{where}.members_cstd"),
        members_disciplined=_int(item.get("members_disciplined"), f"{where}.members_disciplined"),
        achievements=[_text(a, f"{where}.achievements") for a in achievements if a],
    )


def parse_nomination_data(data: Any, book: RuleBook | None = None) -> NominationFile:
    book = book or load_rules()
    if not isinstance(data, dict):
        raise InputError(
            "Tệp đề nghị khen thưởng phải là một bảng khóa: giá trị (xem ví dụ trong README)."
        )
    level = _text(data.get("level"), "level") or "xa"
    if level not in book.levels:
        raise InputError(f"level phải là một trong: {', '.join(book.levels)}.")
    year = _int(data.get("year"), "year")
    if not 1945 <= year <= 2200:
        raise InputError("year phải là năm xét khen thưởng, ví dụ 2026.")
    items = data.get("nominations") or []
    if not isinstance(items, list) or not items:
        raise InputError("Tệp chưa có danh sách đề nghị (nominations).")
    nominations = []
    for index, item in enumerate(items, start=1):
        where = f"nominations[{index}]"
        if not isinstance(item, dict):
            raise InputError(f"{where} phải là một bảng khóa: giá trị.")
        nominee = _nominee(item, where, book)
        nominations.append(
            Nomination(nominee, _award(book, item.get("award"), f"{where}.award"), year)
        )
    history = AwardHistory()
    for index, item in enumerate(data.get("history") or [], start=1):
        where = f"history[{index}]"
        if not isinstance(item, dict):
            raise InputError(f"{where} phải là một bảng khóa: giá trị.")
        history.add(
            AwardRecord(
                name=_text(item.get("name"), f"{where}.name"),
                award=_award(book, item.get("award"), f"{where}.award"),
                year=_int(item.get("year"), f"{where}.year"),
                kind=_kind(item.get("kind"), f"{where}.kind"),
                unit=_text(item.get("unit"), f"{where}.unit"),
                decision=_text(item.get("decision"), f"{where}.decision"),
            )
        )
    settings = data.get("settings")
    if settings is not None and not isinstance(settings, dict):
        raise InputError("settings phải là một bảng khóa: giá trị (rules, majorities).")
    return NominationFile(
        book=book.with_settings(settings),
        issuer=_text(data.get("issuer"), "issuer"),
        level=level,
        year=year,
        movement=_text(data.get("movement"), "movement"),
        nominations=nominations,
        history=history,
        place=_text(data.get("place"), "place"),
        signer=_text(data.get("signer"), "signer"),
    )


def load_nomination_file(path: str | Path) -> NominationFile:
    """Read and check a nomination file; InputError with one sentence when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path.name}: tệp quá lớn ({size // 1024} KB); tệp đề nghị tối đa 5 MB."
            )
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"Không đọc được {path.name}: {error.strerror or error}.") from None
    if not raw.strip():
        raise InputError(f"{path.name} rỗng; cần danh sách đề nghị khen thưởng dạng YAML.")
    if b"\x00" in raw:
        raise InputError(f"{path.name} không phải tệp văn bản YAML.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path.name} không phải UTF-8; lưu lại tệp với bảng mã UTF-8.") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (dòng {mark.line + 1})" if mark is not None else ""
        raise InputError(f"{path.name} không đúng cú pháp YAML{where}.") from None
    return parse_nomination_data(data)
