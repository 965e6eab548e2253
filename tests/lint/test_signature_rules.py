"""Lint on signed PDFs: the signature and seal images' places, and the copy box."""

from __future__ import annotations

from kehoach.lint import lint_source
from kehoach.read.source import Source
from kehoach.sign import blanks
from kehoach.sign.appearance import image_style, text_style
from kehoach.sign.copies import CopyRequest, make_copy
from kehoach.sign.pades import Placement, open_writer, sign

RULES = ["signature-image", "copy-box"]


def _lint(data: bytes) -> list[str]:
    source = Source("van-ban.pdf", "pdf", ["văn bản"], data)
    return [f.message for f in lint_source(source, select=RULES)]


def test_issued_plan_has_no_finding(issued_pdf):
    assert _lint(issued_pdf) == []


def test_unsigned_pdf_has_no_finding(plan_pdf):
    assert _lint(plan_pdf) == []


def test_signature_image_at_the_bottom_is_reported(plan_pdf, leader, signature_image, trust):
    writer = open_writer(plan_pdf)
    blanks.prepare(plan_pdf, writer)
    wrong = sign(
        writer,
        leader,
        trust,
        "ChuKyNguoiKy",
        Placement(2, (400, 60, 520, 110)),
        image_style(signature_image.image),
        reason="thử",
    )
    (message,) = _lint(wrong)
    assert "không nằm giữa chức vụ và họ tên" in message


def test_seal_beside_the_signature_is_reported(leader_signed_pdf, organisation, seal_image, trust):
    writer = open_writer(leader_signed_pdf)
    blanks.fill(
        writer,
        {
            blanks.NUMBER_FIELD: ("Số: 07/KH-UBND", 13, "regular"),
            blanks.DATE_FIELD: ("An Biên, ngày 06 tháng 01 năm 2025", 14, "italic"),
        },
    )
    wrong = sign(
        writer,
        organisation,
        trust,
        "ChuKyCoQuan",
        Placement(2, (90, 300, 190, 400)),
        image_style(seal_image.image),
        reason="thử",
    )
    (message,) = _lint(wrong)
    assert "1/3 hình ảnh chữ ký về bên trái" in message


def test_copy_has_no_finding(issued_pdf, organisation, trust):
    copy = make_copy(
        issued_pdf, CopyRequest("SY", "Ủy ban nhân dân phường An Biên", 3), organisation, trust
    )
    assert _lint(copy) == []


def test_copy_box_without_time_is_reported(plan_pdf, organisation, trust):
    body = "Ủy ban nhân dân phường An Biên"
    box = Placement(0, (400, 790, 575, 830))
    wrong = sign(
        open_writer(plan_pdf),
        organisation,
        trust,
        "ChuKySaoY",
        box,
        text_style(["Sao y", body], 10, align="left"),
        reason="Sao y",
    )
    messages = _lint(wrong)
    assert len(messages) == 1 and "ISO 8601" in messages[0]


def test_copy_box_in_size_12_is_reported(plan_pdf, organisation, trust):
    lines = ["Sao y", "Ủy ban nhân dân phường An Biên", "2025-01-06T09:05:30+07:00"]
    box = Placement(0, (360, 780, 575, 830))
    wrong = sign(
        open_writer(plan_pdf),
        organisation,
        trust,
        "ChuKySaoY",
        box,
        text_style(lines, 12, align="left"),
        reason="Sao y",
    )
    (message,) = _lint(wrong)
    assert "cỡ chữ 10" in message
