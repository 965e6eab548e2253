"""One truth: the issued document's TỔ CHỨC THỰC HIỆN and Nơi nhận say what the tasks say."""

from __future__ import annotations

import dataclasses
from datetime import date

from kehoach.document.dates import format_short
from kehoach.document.model import Assignment
from kehoach.document.text import fold
from kehoach.read import load_bytes, parse
from kehoach.web.plans import frozen, services
from kehoach.web.tasks.models import Task
from web.factories import sample_document


def _section_text(document, title_word: str) -> str:
    def walk(sections):
        for s in sections:
            yield s
            yield from walk(s.children)

    for section in walk(document.sections):
        if title_word in fold(section.title):
            return " ".join(
                [*section.paragraphs]
                + [f"{c.title} {' '.join(c.paragraphs)}" for c in walk(section.children)]
            )
    raise AssertionError(f"no section {title_word}")


def test_the_issued_text_names_every_task_with_its_role_and_deadline(ward, drafter, approver):
    document = dataclasses.replace(
        sample_document(),
        assignments=[
            Assignment("Phòng Văn hóa - Xã hội", "Chủ trì tham mưu.", "lead", date(2025, 3, 1)),
            # added in the editor: the text of section II never names these units
            Assignment("Công an phường", "Bảo đảm an ninh trật tự.", "support", date(2025, 2, 25)),
            Assignment("Trạm Y tế phường", "Bảo đảm y tế.", "support", date(2025, 2, 26)),
        ],
    )
    plan = services.create_plan(ward, document, drafter)
    services.submit_plan(plan, drafter)
    services.approve_plan(plan, approver)
    services.issue_plan(plan, approver, today=date(2025, 2, 1))

    issued = parse(load_bytes(frozen.issued_bytes(plan, "docx"), "ban-hanh.docx"))
    organisation = _section_text(issued, "to chuc thuc hien")
    recipients = fold(" ".join(issued.recipients))
    tasks = list(Task.objects.filter(plan=plan).select_related("unit").order_by("position"))
    assert len(tasks) == 3
    for task in tasks:
        assert task.unit.name in organisation
        assert format_short(task.deadline) in organisation
        assert fold(task.unit.name) in recipients
    assert "Phối hợp thực hiện" in organisation
