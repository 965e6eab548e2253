"""The dossier's documents (kehoach.web.emulation.dossiers): the nominee's báo cáo thành tích, the
council's minutes, the tờ trình and the movement's BC, as downloaded by the people who may."""

from __future__ import annotations

import io

import docx
import pytest
from django.urls import reverse

from kehoach.web.emulation import awards

pytestmark = pytest.mark.django_db


def test_dossier_documents_download(
    client, drafter, unit_reporters, launched, nomination, council, secretary
) -> None:
    awards.record_vote(nomination, 4, 1, 0)
    client.force_login(unit_reporters[0])
    report = client.get(reverse("emulation:achievement_report", args=[nomination.pk]))
    assert "Tuyên truyền 70 năm Ngày Giải phóng Hải Phòng." in " ".join(
        p.text for p in docx.Document(io.BytesIO(report.content)).paragraphs
    )
    client.force_login(drafter)
    minutes = docx.Document(
        io.BytesIO(client.get(reverse("emulation:minutes", args=[launched.pk])).content)
    )
    ballot = next(t for t in minutes.tables if t.rows[0].cells[-1].text == "Kết quả")
    assert [c.text for c in ballot.rows[1].cells][-3:] == ["4", "1", "Đạt"]
    submission = client.get(reverse("emulation:submission", args=[launched.pk]))
    assert submission.status_code == 200
    report = docx.Document(
        io.BytesIO(client.get(reverse("emulation:report", args=[launched.pk])).content)
    )
    assert "BÁO CÁO" in [p.text for p in report.paragraphs]


def test_the_minutes_name_the_secretary_family_name_first(
    client, drafter, launched, nomination, council, secretary
) -> None:
    secretary.first_name, secretary.last_name = "Thị Lan", "Trần"
    secretary.save()
    client.force_login(drafter)
    minutes = docx.Document(
        io.BytesIO(client.get(reverse("emulation:minutes", args=[launched.pk])).content)
    )
    text = "\n".join(p.text for p in minutes.paragraphs) + "\n".join(
        cell.text for table in minutes.tables for row in table.rows for cell in row.cells
    )
    assert "Trần Thị Lan" in text and "Thị Lan Trần" not in text
