"""Every plan view refuses a user of another ward (404: the plan does not exist for them) and a user
of the ward without the role for that step (403, or 404 where they may not even read a draft)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from conftest import SEEDS
from kehoach.web.plans.models import Plan, PlanVersion

# (view name, HTTP method, the plan state it needs, extra URL kwargs)
VIEWS = [
    ("plans:detail", "get", "draft", {}),
    ("plans:versions", "get", "draft", {}),
    ("plans:version", "get", "draft", {"number": 1}),
    ("plans:edit", "get", "draft", {}),
    ("plans:edit", "post", "draft", {}),
    ("plans:lint", "post", "draft", {}),
    ("plans:autofix", "post", "draft", {}),
    ("plans:submit", "post", "draft", {}),
    ("plans:withdraw", "post", "submitted", {}),
    ("plans:approve", "post", "submitted", {}),
    ("plans:return", "post", "submitted", {}),
    ("plans:issue", "post", "approved", {}),
    ("plans:download", "get", "draft", {"fmt": "docx"}),
    ("plans:cascade", "post", "upper", {}),
    ("plans:original", "get", "received", {}),
    ("plans:amend", "post", "issued", {}),
]

# Users of the same ward without the role for the step, and what they get.
WRONG_ROLE = {
    "plans:edit": [("approver", 403), ("reporter", 404), ("city_viewer", 404)],
    "plans:lint": [("approver", 403), ("reporter", 404)],
    "plans:autofix": [("approver", 403), ("reporter", 404)],
    "plans:submit": [("approver", 403), ("reporter", 404)],
    "plans:approve": [("drafter", 403), ("reporter", 404)],
    "plans:return": [("drafter", 403), ("reporter", 404)],
    "plans:issue": [("drafter", 403), ("reporter", 404)],
    "plans:download": [("reporter", 404), ("city_viewer", 404)],
    "plans:detail": [("reporter", 404), ("city_viewer", 404)],
    "plans:versions": [("reporter", 404)],
    "plans:version": [("reporter", 404)],
    "plans:cascade": [("approver", 403), ("reporter", 404)],
    "plans:withdraw": [("approver", 403), ("reporter", 404)],
    "plans:original": [("reporter", 404), ("city_viewer", 404)],
    "plans:amend": [("approver", 403), ("reporter", 403), ("city_viewer", 403)],
}


def _call(client, name, method, plan, extra):
    url = reverse(name, kwargs={"pk": plan.pk, **extra})
    data = {"comment": "Không đồng ý"} if name == "plans:return" else {}
    if name == "plans:amend":
        data = {"kind": "recall", "reason": "Trùng nội dung"}
    return getattr(client, method)(url, data)


def _snapshot(plan: Plan) -> tuple:
    plan = Plan.objects.get(pk=plan.pk)
    return (
        plan.status,
        plan.version,
        plan.number,
        PlanVersion.objects.count(),
        Plan.objects.count(),
    )


@pytest.mark.parametrize(
    ("name", "method", "state", "extra"), VIEWS, ids=lambda v: v if isinstance(v, str) else None
)
def test_it_hides_plans_from_another_ward(request, client, stranger, name, method, state, extra):
    plan = request.getfixturevalue(state)
    before = _snapshot(plan)
    client.force_login(stranger)
    assert _call(client, name, method, plan, extra).status_code == 404
    assert _snapshot(plan) == before


CASES = [
    (name, method, state, extra, who, status)
    for name, method, state, extra in VIEWS
    for who, status in WRONG_ROLE.get(name, [])
]


@pytest.mark.parametrize(
    ("name", "method", "state", "extra", "who", "status"),
    CASES,
    ids=[f"{c[0].split(':')[1]}-{c[1]}-by-{c[4]}" for c in CASES],
)
def test_it_refuses_users_without_the_role(
    request, client, name, method, state, extra, who, status
):
    plan = request.getfixturevalue(state)
    user = request.getfixturevalue(who)
    before = _snapshot(plan)
    client.force_login(user)
    assert _call(client, name, method, plan, extra).status_code == status
    assert _snapshot(plan) == before


@pytest.mark.parametrize(
    ("name", "method", "state", "extra"), VIEWS, ids=lambda v: v if isinstance(v, str) else None
)
def test_it_sends_anonymous_users_to_the_login_page(request, client, name, method, state, extra):
    plan = request.getfixturevalue(state)
    response = _call(client, name, method, plan, extra)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_lets_the_upper_level_read_an_issued_plan(client, issued, city_viewer):
    client.force_login(city_viewer)
    assert client.get(reverse("plans:detail", kwargs={"pk": issued.pk})).status_code == 200


def test_it_lets_a_unit_reporter_read_an_issued_plan(client, issued, reporter):
    client.force_login(reporter)
    assert client.get(reverse("plans:detail", kwargs={"pk": issued.pk})).status_code == 200


def test_it_refuses_the_upload_page_to_a_user_who_does_not_draft(client, approver):
    client.force_login(approver)
    assert client.get(reverse("plans:upload")).status_code == 403


def test_it_refuses_the_audit_log_to_a_drafter(client, drafter):
    client.force_login(drafter)
    assert client.get(reverse("audit:list")).status_code == 403


def test_the_owner_downloads_the_original_the_refused_do_not(client, drafter, received):
    client.force_login(drafter)
    response = client.get(reverse("plans:original", kwargs={"pk": received.pk}))
    assert response.status_code == 200 and response.content == SEEDS[2].read_bytes()


def test_a_drafter_of_the_ward_may_withdraw(client, drafter, submitted):
    client.force_login(drafter)
    client.post(reverse("plans:withdraw", kwargs={"pk": submitted.pk}))
    assert Plan.objects.get(pk=submitted.pk).status == Plan.Status.DRAFT
