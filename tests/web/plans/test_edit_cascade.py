"""The editor saves a cascaded draft unchanged, however long its duties and headings are."""

from __future__ import annotations

import pytest
from django.urls import reverse

from conftest import CORPUS, ROOT
from kehoach.document.model import Section
from kehoach.read import read_plan
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan
from web.factories import form_data

OWN_PLAN = ROOT / "tests" / "cascade" / "plans" / "tinh-bau-cu.txt"
LARGEST = CORPUS / "docx" / "KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx"


def _draft_and_save(client, drafter, ward, document) -> tuple[Plan, int]:
    upper = services.create_plan(ward, document, drafter, kind=Plan.Kind.UPPER)
    client.force_login(drafter)
    client.post(reverse("plans:cascade", kwargs={"pk": upper.pk}))
    draft = Plan.objects.get(parent=upper)
    response = client.post(reverse("plans:edit", kwargs={"pk": draft.pk}), form_data(draft))
    return draft, response.status_code


def test_a_draft_with_a_long_duty_list_saves_unchanged(client, drafter, ward) -> None:
    document = read_plan(OWN_PLAN)
    tcth = next(s for s in document.sections if s.title == "TỔ CHỨC THỰC HIỆN")
    duties = [
        f"- Tổ chức hoạt động tuyên truyền số {i} về công tác bầu cử tại khu dân cư."
        for i in range(200)
    ]
    tcth.children.append(Section("5", "Ủy ban nhân dân các xã, phường", duties))
    draft, status = _draft_and_save(client, drafter, ward, document)
    assert status == 302
    before = draft.document()
    assert len(before.assignments) > 200  # one item per duty
    assert sum(len(a.text) for a in before.assignments) > 5000
    draft.refresh_from_db()
    saved = draft.document()
    assert draft.version == 2
    assert [(a.unit, a.text, a.deadline, a.partners) for a in saved.assignments] == [
        (a.unit, a.text, a.deadline, a.partners) for a in before.assignments
    ]
    assert saved.appendices == before.appendices


@pytest.mark.skipif(not LARGEST.exists(), reason=f"{LARGEST} is absent")
def test_the_draft_of_a_long_provincial_plan_saves(client, drafter, ward) -> None:
    _, status = _draft_and_save(client, drafter, ward, read_plan(LARGEST))
    assert status == 302
