"""A person is named by their full name, family name first; a nameless account by its role and unit,
never by its login."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from kehoach.web.audit.models import AuditEntry
from kehoach.web.orgs.models import Membership, Unit
from kehoach.web.orgs.people import person_name
from web.factories import make_user

pytestmark = pytest.mark.django_db
Role = Membership.Role


def test_a_declared_name_is_written_family_name_first():
    user = User(username="nvsoan", first_name="Soạn", last_name="Nguyễn Văn")
    assert person_name(user) == "Nguyễn Văn Soạn"


def test_a_nameless_reporter_is_named_by_role_and_unit(ward):
    unit = Unit.objects.get(organisation=ward, name="Phòng Văn hóa - Xã hội")
    user = make_user("cb-vhxh-07", ward, Role.REPORTER, unit=unit)
    assert person_name(user) == "Cán bộ Phòng Văn hóa - Xã hội (chưa khai báo họ tên)"


def test_the_most_senior_role_names_a_nameless_person(ward):
    user = make_user("pct-02", ward, Role.DRAFTER, Role.APPROVER)
    assert person_name(user) == "Lãnh đạo phường Lê Chân (chưa khai báo họ tên)"


def test_an_account_with_no_role_is_still_not_its_login():
    user = User.objects.create_user(username="tam-thoi-9", password="mat-khau-thu")
    assert person_name(user) == "Cán bộ (chưa khai báo họ tên)"


def test_the_label_is_read_once_per_user_object(ward, django_assert_num_queries):
    user = make_user("vt-03", ward, Role.CLERK)
    with django_assert_num_queries(1):
        assert (
            person_name(user)
            == person_name(user)
            == "Văn thư phường Lê Chân (chưa khai báo họ tên)"
        )


def test_an_old_audit_entry_that_kept_a_login_shows_the_person(client, ward):
    leader = make_user("lanhdao-cu", ward, Role.APPROVER)
    AuditEntry.objects.create(
        organisation=ward, user=leader, actor_name="lanhdao-cu", action="plan.approve"
    )
    client.force_login(leader)
    page = client.get(reverse("audit:list")).text
    assert "<td>Lãnh đạo phường Lê Chân (chưa khai báo họ tên)</td>" in page
    assert "lanhdao-cu" not in page
