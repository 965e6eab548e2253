"""A draft plan for a set of occasions, in the shape of seed 000 ("Tổ chức các hoạt động tuyên
truyền quý I năm 2024"): purposes, content per occasion with lunar dates, channels, assignments to
the organisation's units, slogans, recipients. The drafter edits it like any other draft.

An organisation with a unit profile gets the library's draft (kehoach.cascade.occasions): its header,
signer and Nơi nhận, duties per unit kind dated from each event; one without keeps the plain draft."""

from __future__ import annotations

from typing import Any

from kehoach.calendar.commemorations import Occasion
from kehoach.cascade.occasions import occasion_section, occasions_draft
from kehoach.cascade.profile import profile_from_dict
from kehoach.document.model import Anniversary, Assignment, ReviewNote, Section, Signature
from kehoach.document.model import Plan as DocumentPlan

QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}

PURPOSES = [
    "Tuyên truyền sâu rộng về truyền thống lịch sử, văn hóa và cách mạng của dân tộc; lòng yêu nước, "
    "tinh thần đại đoàn kết toàn dân tộc; củng cố niềm tin của Nhân dân vào sự lãnh đạo của Đảng.",
    "Các hoạt động tuyên truyền, kỷ niệm được tổ chức bằng nhiều hình thức phù hợp, có trọng tâm, "
    "trọng điểm, thiết thực, hiệu quả, tiết kiệm, đúng các quy định hiện hành.",
]
CHANNELS = [
    "- Tuyên truyền trên hệ thống loa truyền thanh cơ sở, Cổng thông tin điện tử và các trang mạng xã hội "
    "của đơn vị.",
    "- Tuyên truyền cổ động trực quan bằng băng rôn, pa-nô, áp phích tại trụ sở, các tuyến đường chính "
    "và khu dân cư.",
    "- Tổ chức các hoạt động văn hóa, văn nghệ, thể dục, thể thao chào mừng các ngày lễ, kỷ niệm.",
]


def _period(year: int, quarter: int | None) -> str:
    return f"quý {QUARTERS[quarter]} năm {year}" if quarter else f"năm {year}"


def occasions_plan(
    occasions: list[Occasion],
    slogans: list[str],
    *,
    year: int,
    quarter: int | None,
    issuer: str,
    parent_issuer: str | None,
    place: str | None,
    units: list[str],
    profile: dict[str, Any] | None = None,
) -> DocumentPlan:
    if profile:
        ours = profile_from_dict(profile, where=issuer)
        return occasions_draft(occasions, slogans, ours, year=year, quarter=quarter)
    period = _period(year, quarter)
    content = Section(
        "1",
        "Nội dung tuyên truyền",
        [],
        [occasion_section(f"1.{i}", o) for i, o in enumerate(occasions, start=1)],
    )
    channels = Section("2", "Hình thức tuyên truyền", list(CHANNELS))
    timing = Section(
        "3",
        "Thời gian tuyên truyền",
        [f"- Trong {period}, tập trung vào các ngày kỷ niệm nêu trên."],
    )
    assignments = [
        Assignment(unit=name, text="Triển khai các nội dung tuyên truyền theo Kế hoạch.", role=None)
        for name in units
    ]
    if assignments:
        assignments[0].role = "lead"
    organise = Section(
        "III",
        "TỔ CHỨC THỰC HIỆN",
        [],
        [Section(str(i), a.unit, [f"- {a.text}"]) for i, a in enumerate(assignments, start=1)],
    )
    return DocumentPlan(
        doc_type="KH",
        issuer=issuer,
        parent_issuer=parent_issuer,
        place=place,
        year=year,
        title=f"Tổ chức các hoạt động tuyên truyền {period}",
        preamble=[
            f"{issuer} xây dựng Kế hoạch tổ chức các hoạt động tuyên truyền {period} như sau:"
        ],
        sections=[
            Section(
                "I",
                "MỤC ĐÍCH, YÊU CẦU",
                [],
                [Section(str(i), "", [p]) for i, p in enumerate(PURPOSES, 1)],
            ),
            Section(
                "II", "NỘI DUNG, HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN", [], [content, channels, timing]
            ),
            organise,
            Section(
                "IV", "KHẨU HIỆU TUYÊN TRUYỀN", [f"{i}. {s}" for i, s in enumerate(slogans, 1)]
            ),
        ],
        assignments=assignments,
        slogans=list(slogans),
        anniversaries=[
            Anniversary(
                count=o.count,
                event=o.commemoration.name,
                start=o.commemoration.start,
                end=o.date if o.commemoration.start else None,
            )
            for o in occasions
            if o.count is not None
        ],
        recipients=["Như Mục III"],
        archive=["VT"],
        signature=Signature("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", None),
        review=[
            ReviewNote(
                "bases", "Thêm văn bản cấp trên làm căn cứ (Hướng dẫn, Kế hoạch của cấp trên)."
            ),
            ReviewNote("assignments", "Kiểm tra phân công và thời hạn của từng đơn vị."),
        ],
    )
