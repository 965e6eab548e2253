"""Signed PDFs: where the signature and seal images sit, and what an electronic copy's box says.

The checks live in the signing library (kehoach.sign.layout); these rules report them for lint. They
apply to PDF files only and say nothing of an unsigned PDF.
"""

from __future__ import annotations

from collections.abc import Iterator

from kehoach.lint.document import LintDocument
from kehoach.lint.rules import ERROR, Finding, rule

SIGNED_MARK = b"/ByteRange"  # every PDF signature dictionary has one; unsigned files skip pyHanko


def _signed_pdf(document: LintDocument) -> bool:
    return document.kind == "pdf" and bool(document.raw) and SIGNED_MARK in document.raw


def _findings(document: LintDocument, rule_id: str, problems: list[str]) -> Iterator[Finding]:
    for problem in problems:
        yield Finding(document.name, rule_id, ERROR, 1, 1, problem)


@rule(
    "signature-image",
    "format",
    ERROR,
    "Văn bản điện tử đã ký số: ảnh chữ ký nằm giữa chức vụ và họ tên người ký; ảnh dấu trùm khoảng 1/3 ảnh "
    "chữ ký về bên trái",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7.d và II.8.a",
)
def signature_image(document: LintDocument) -> Iterator[Finding]:
    if not _signed_pdf(document):
        return
    # Imported here, not at the top: pyHanko costs about a second to import and only signed PDFs need
    # it; every other lint run (text, .docx, unsigned PDF) starts without it.
    from kehoach.sign.layout import signature_problems

    yield from _findings(document, "signature-image", signature_problems(document.raw))


@rule(
    "copy-box",
    "format",
    ERROR,
    "Bản sao điện tử: góc trên bên phải trang đầu ghi hình thức sao, cơ quan sao, thời gian ký (ISO 8601, "
    "+07:00), Times New Roman cỡ 10",
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II, mục I.3",
)
def copy_box(document: LintDocument) -> Iterator[Finding]:
    if not _signed_pdf(document):
        return
    from kehoach.sign.layout import copy_box_problems  # see signature_image

    yield from _findings(document, "copy-box", copy_box_problems(document.raw))
