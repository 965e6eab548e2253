"""Saving, versions, concurrency and issuing of plans (services), on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date
from unittest import mock

import pytest

from kehoach.web.audit.models import AuditEntry
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan, PlanVersion, Register
from kehoach.web.plans.signals import plan_issued


def _retitled(plan: Plan, title: str):
    return dataclasses.replace(plan.document(), title=title)


def test_it_keeps_every_saved_version(draft, drafter):
    services.save_plan(draft, _retitled(draft, "Lần hai"), 1, drafter)
    services.save_plan(draft, _retitled(draft, "Lần ba"), 2, drafter)
    titles = [v.document().title for v in draft.versions.order_by("number")]
    assert titles[1:] == ["Lần hai", "Lần ba"]
    assert draft.version == 3


def test_it_refuses_the_second_save_of_the_same_version(draft, drafter):
    services.save_plan(draft, _retitled(draft, "Bản của người thứ nhất"), 1, drafter)
    with pytest.raises(services.StaleVersion) as refused:
        services.save_plan(draft, _retitled(draft, "Bản của người thứ hai"), 1, drafter)
    assert "người khác lưu" in str(refused.value)
    draft.refresh_from_db()
    assert draft.title == "Bản của người thứ nhất"
    assert draft.versions.count() == 2


def test_it_leaves_nothing_half_saved_when_the_version_insert_fails(draft, drafter):
    before = (draft.version, draft.title, PlanVersion.objects.count(), AuditEntry.objects.count())
    with (
        mock.patch.object(PlanVersion.objects, "create", side_effect=RuntimeError("đĩa đầy")),
        pytest.raises(RuntimeError),
    ):
        services.save_plan(draft, _retitled(draft, "Không được lưu"), 1, drafter)
    draft = Plan.objects.get(pk=draft.pk)
    after = (draft.version, draft.title, PlanVersion.objects.count(), AuditEntry.objects.count())
    assert after == before


def test_it_numbers_issued_plans_from_the_yearly_register(ward, drafter, approver, approved):
    Register.objects.create(organisation=ward, year=2025, doc_type="KH", last_number=4)
    services.issue_plan(approved, approver, today=date(2025, 3, 2))
    assert (approved.number, approved.symbol, approved.doc_date) == (
        "05",
        "KH-UBND",
        date(2025, 3, 2),
    )
    assert approved.status == Plan.Status.ISSUED


def test_it_starts_a_new_register_each_year(ward, approver, approved):
    Register.objects.create(organisation=ward, year=2024, doc_type="KH", last_number=40)
    services.issue_plan(approved, approver, today=date(2025, 1, 2))
    assert approved.number == "01"


def test_it_rolls_back_the_issue_when_a_receiver_fails(approved, approver):
    def broken(**kwargs):
        raise RuntimeError("tạo nhiệm vụ thất bại")

    plan_issued.connect(broken, dispatch_uid="test-broken")
    try:
        with pytest.raises(RuntimeError):
            services.issue_plan(approved, approver, today=date(2025, 1, 2))
    finally:
        plan_issued.disconnect(dispatch_uid="test-broken")
    approved.refresh_from_db()
    assert (approved.status, approved.number) == (Plan.Status.APPROVED, "")
    assert not Register.objects.filter(last_number__gt=0).exists()


def test_it_refuses_to_save_a_submitted_plan(submitted, drafter):
    with pytest.raises(services.WrongStatus):
        services.save_plan(submitted, _retitled(submitted, "Sửa lén"), submitted.version, drafter)


def test_it_keeps_the_return_comment(submitted, approver):
    services.return_plan(submitted, approver, "Bổ sung kinh phí")
    assert (submitted.status, submitted.return_comment) == (
        Plan.Status.RETURNED,
        "Bổ sung kinh phí",
    )


pg = pytest.mark.django_db(databases=["default", "postgres"])


@pytest.mark.slow
@pg
def test_it_refuses_the_second_save_on_postgresql(on_postgres, draft, drafter):
    services.save_plan(draft, _retitled(draft, "Thứ nhất"), 1, drafter)
    with pytest.raises(services.StaleVersion):
        services.save_plan(draft, _retitled(draft, "Thứ hai"), 1, drafter)
    assert Plan.objects.get(pk=draft.pk).title == "Thứ nhất"
    assert Plan.objects.db == "postgres"


@pytest.mark.slow
@pg
def test_it_leaves_nothing_half_saved_on_postgresql(on_postgres, draft, drafter):
    with (
        mock.patch.object(PlanVersion.objects, "create", side_effect=RuntimeError("lỗi")),
        pytest.raises(RuntimeError),
    ):
        services.save_plan(draft, _retitled(draft, "Không được lưu"), 1, drafter)
    stored = Plan.objects.get(pk=draft.pk)
    assert (stored.version, stored.versions.count()) == (1, 1)


@pytest.mark.slow
@pg
def test_it_numbers_from_the_register_on_postgresql(on_postgres, ward, approver, approved):
    Register.objects.create(organisation=ward, year=2025, doc_type="KH", last_number=4)
    services.issue_plan(approved, approver, today=date(2025, 3, 2))
    assert f"{approved.number}/{approved.symbol}" == "05/KH-UBND"
