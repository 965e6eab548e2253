"""Correcting or recalling an issued plan (đính chính, thu hồi): a decision of its own, numbered from the
register, that names the plan it amends.

`amendment_plan` drafts that decision from the issued plan: the same issuer, place and signer; a title
"Về việc thu hồi Kế hoạch số 05/KH-UBND ngày 06/01/2025 của ..."; articles stating what is recalled (and
why) or where the corrections go; Nơi nhận those who received the plan. What only a person can write
(the corrected wording) is left marked "[Cần viết: …]" with a review note.
"""

from __future__ import annotations

import copy

from kehoach.document.dates import format_short
from kehoach.document.model import Plan, ReviewNote, Section
from kehoach.document.text import clean

DOC_NAMES = {"KH": "Kế hoạch", "BC": "Báo cáo", "TB": "Thông báo", "HD": "Hướng dẫn"}
VERBS = {"recall": "thu hồi", "correct": "đính chính"}
TO_WRITE = "[Cần viết: ghi rõ tại mục, đoạn nào đã viết sai và nay sửa lại như thế nào]"


def citation(plan: Plan) -> str:
    """ "Kế hoạch số 05/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân phường Lê Chân"."""
    name = DOC_NAMES.get(plan.doc_type, "Văn bản")
    text = f"{name} số {plan.number}/{plan.symbol}"
    if plan.date:
        text += f" ngày {format_short(plan.date)}"
    if plan.issuer:
        text += f" của {plan.issuer}"
    return text


def amendment_plan(original: Plan, kind: str, reason: str) -> Plan:
    """The draft decision that recalls (`kind="recall"`) or corrects (`"correct"`) `original`."""
    if kind not in VERBS:
        raise ValueError(f"unknown amendment kind: {kind}")
    verb = VERBS[kind]
    cited = citation(original)
    reason = clean(reason).rstrip(".")
    if kind == "recall":
        first = Section("Điều 1.", f"Thu hồi {cited} về {original.title}.")
        if reason:
            first.paragraphs.append(f"Lý do thu hồi: {reason}.")
    else:
        first = Section("Điều 1.", f"Đính chính {cited} về {original.title}, như sau:")
        first.paragraphs.append(f"- {TO_WRITE}.")
        if reason:
            first.paragraphs.append(f"Lý do đính chính: {reason}.")
    articles = [
        first,
        Section("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký."),
        Section(
            "Điều 3.",
            f"Các cơ quan, đơn vị có tên tại {DOC_NAMES.get(original.doc_type, 'văn bản')} "
            f"số {original.number}/{original.symbol} và các cơ quan, đơn vị có liên quan "
            "chịu trách nhiệm thi hành Quyết định này.",
        ),
    ]
    review = [ReviewNote("number", "Số quyết định để trống, văn thư cấp số khi ban hành.")]
    if kind == "correct":
        review.append(ReviewNote("sections[0]", "Ghi nội dung đính chính tại Điều 1."))
    return Plan(
        doc_type="QĐ",
        issuer=original.issuer,
        place=original.place,
        parent_issuer=original.parent_issuer,
        year=original.year,
        title=f"Về việc {verb} {cited}",
        sections=articles,
        recipients=["Như Điều 3", *[r for r in original.recipients if "Như Điều" not in r]],
        archive=list(original.archive) or ["VT"],
        signature=copy.deepcopy(original.signature),
        review=review,
    )
