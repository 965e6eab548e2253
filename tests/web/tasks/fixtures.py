"""Fixtures of the task, report and progress tests: an issued plan with several assignments in
Lê Chân, reporters of two of its units, and an issued plan with a reporter in the other ward.

Each test folder's conftest imports these (`from web.tasks.fixtures import *`).
"""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from django.contrib.auth.models import User
from PIL import Image

from kehoach.document.model import Assignment
from kehoach.web.orgs.models import Membership, Organisation, Unit
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.models import Task
from web.factories import make_user, sample_document

Role = Membership.Role
ISSUED_ON = date(2025, 1, 6)
VHXH = "Phòng Văn hóa - Xã hội"
CONG_AN = "Công an phường"


def plan_with_assignments(**changes) -> object:
    document = sample_document()
    assignments = [
        Assignment(
            VHXH,
            "Chủ trì tổ chức tuyên truyền trên hệ thống loa truyền thanh.",
            "lead",
            date(2025, 3, 1),
        ),
        Assignment(
            CONG_AN, "Phối hợp bảo đảm an ninh trật tự các hoạt động.", "support", date(2025, 3, 15)
        ),
        Assignment(
            "Đội Thông tin lưu động phường", "Treo băng rôn, pa-nô tuyên truyền.", "lead", None
        ),
    ]
    return dataclasses.replace(document, assignments=assignments, **changes)


def issue(
    organisation: Organisation, document, drafter: User, approver: User, today=ISSUED_ON
) -> Plan:
    plan = services.create_plan(organisation, document, drafter)
    services.submit_plan(plan, drafter)
    services.approve_plan(plan, approver)
    return services.issue_plan(plan, approver, today=today)


@pytest.fixture
def issued_plan(ward, drafter, approver) -> Plan:
    return issue(ward, plan_with_assignments(), drafter, approver)


@pytest.fixture
def vhxh_reporter(ward) -> User:
    return make_user(
        "baocao-vhxh", ward, Role.REPORTER, unit=Unit.objects.get(organisation=ward, name=VHXH)
    )


@pytest.fixture
def police_reporter(ward) -> User:
    return make_user(
        "baocao-ca", ward, Role.REPORTER, unit=Unit.objects.get(organisation=ward, name=CONG_AN)
    )


@pytest.fixture
def vhxh_task(issued_plan) -> Task:
    return Task.objects.get(plan=issued_plan, unit__name=VHXH)


@pytest.fixture
def police_task(issued_plan) -> Task:
    return Task.objects.get(plan=issued_plan, unit__name=CONG_AN)


@pytest.fixture
def other_ward_plan(other_ward, stranger) -> Plan:
    document = dataclasses.replace(
        sample_document(),
        issuer="Ủy ban nhân dân phường Dương Kinh",
        assignments=[Assignment(VHXH, "Tuyên truyền trên loa.", "lead", date(2025, 3, 1))],
    )
    return issue(other_ward, document, stranger, stranger)


@pytest.fixture
def other_ward_task(other_ward_plan) -> Task:
    return Task.objects.get(plan=other_ward_plan)


@pytest.fixture
def other_ward_reporter(other_ward) -> User:
    """A reporter of the unit with the same name (Phòng Văn hóa - Xã hội) in the other ward."""
    return make_user(
        "baocao-dk",
        other_ward,
        Role.REPORTER,
        unit=Unit.objects.get(organisation=other_ward, name=VHXH),
    )


def png_bytes(size: tuple[int, int] = (64, 48), colour: str = "#a4161a") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(size: tuple[int, int] = (320, 240)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "#175cd3").save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Evidence files of each test in its own directory (outside any web root)."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"
