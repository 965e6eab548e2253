"""A register's number is handed out once: the database refuses a second plan with it."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from kehoach.web.plans import services
from kehoach.web.plans.models import Plan, Register
from web.factories import sample_document


def test_a_second_issued_plan_cannot_take_the_same_number(issued, ward, drafter):
    twin = Plan.objects.create(
        organisation=ward, kind=Plan.Kind.OWN, status=Plan.Status.DRAFT, data=issued.data
    )
    twin.set_document(issued.document())
    twin.status, twin.issued_at = Plan.Status.ISSUED, issued.issued_at
    with pytest.raises(IntegrityError), transaction.atomic():
        twin.save()


def test_a_register_set_back_cannot_hand_out_a_used_number(issued, approved_twin, approver):
    Register.objects.update(last_number=0)
    with pytest.raises(IntegrityError):
        services.issue_plan(approved_twin, approver, today=date(2025, 1, 7))
    approved_twin.refresh_from_db()
    assert approved_twin.status == Plan.Status.APPROVED


def test_drafts_may_carry_any_number(issued, ward):
    draft = Plan.objects.create(organisation=ward, kind=Plan.Kind.OWN, data=issued.data)
    draft.set_document(issued.document())
    draft.save()
    assert draft.number == issued.number


def test_the_admin_cannot_change_or_delete_a_register(admin_client, issued):
    register = Register.objects.get()
    change = reverse("admin:plans_register_change", args=[register.pk])
    admin_client.post(change, {"last_number": 0})
    register.refresh_from_db()
    assert register.last_number == 1
    delete = reverse("admin:plans_register_delete", args=[register.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403


@pytest.fixture
def approved_twin(ward, drafter, approver, issued):
    twin = services.create_plan(ward, sample_document(), drafter)
    return services.approve_plan(services.submit_plan(twin, drafter), approver)
