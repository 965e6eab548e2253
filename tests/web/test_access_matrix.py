"""Every URL of the site has an access test, in the healthchecks manner.

The URL resolver is walked and each named pattern must be in an access list: the plan views in
web/plans/test_access.py (VIEWS, WRONG_ROLE), the progress views in web/progress/test_access.py (VIEWS),
or CASES here, with at least one case for a user of another ward and one for a user of the same ward
without the role. A new view without an access test makes `test_every_named_url_has_an_access_test`
fail. Views that hold no ward data (login, logout, the landing redirects) are listed in NO_WARD_DATA
with the reason; the Django admin (staff only) has its own test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from conftest import SEEDS
from kehoach.web.audit.models import AuditEntry
from kehoach.web.inbox.models import Notification
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.plans.downloads import pdf_request
from kehoach.web.plans.models import Plan, PlanVersion
from kehoach.web.reports import services as report_services
from kehoach.web.reports.models import Evidence, UnitReport
from kehoach.web.tasks.models import PlanFigures
from web.channels import test_access as channels_access
from web.emulation import test_access as emulation_access
from web.plans import test_access as plan_access
from web.progress import test_access as progress_access
from web.signing import test_access as signing_access
from web.tasks.fixtures import *  # noqa: F403 - the tasks, reports and evidence fixtures
from web.tasks.fixtures import png_bytes

pytestmark = pytest.mark.django_db

HIDDEN = "hidden"  # the page answers (200) but shows nothing of the other ward / unit
OTHER_WARD = "another ward"
WRONG_ROLE = "without the role"

NO_WARD_DATA = {
    "login": "the login form itself",
    "logout": "ends the user's own session",
    "home": "redirects to inbox:home (the user's own inbox)",
    "tasks:start": "redirects to tasks:home or plans:list, shows nothing",
    "inbox:read_all": "marks the user's own notifications read, nothing else",
    "healthz": "says only whether the database, LibreOffice and the queue are up (for the proxy)",
    "twofactor": "the user's own second factor; holds no ward data",
    "metrics": "counters for the operator's Prometheus, only from KEHOACH_METRICS_ALLOWED addresses",
}


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    target: str  # the fixture the URL is about
    who: str  # the fixture of the user who tries
    kind: str  # OTHER_WARD or WRONG_ROLE
    expect: int | str  # a refusing status, or HIDDEN
    data: str = ""  # a POST body builder below

    @property
    def id(self) -> str:
        return f"{self.name}-{self.method}-by-{self.who}"


CASES = [
    Case("plans:register", "get", "issued", "stranger", OTHER_WARD, HIDDEN),
    Case("plans:register", "get", "issued", "reporter", WRONG_ROLE, 403),
    Case("inbox:home", "get", "submitted", "stranger", OTHER_WARD, HIDDEN),
    Case("inbox:home", "get", "submitted", "reporter", WRONG_ROLE, HIDDEN),
    Case("inbox:read", "post", "notification", "stranger", OTHER_WARD, 404),
    Case("inbox:read", "post", "notification", "drafter", WRONG_ROLE, 404),
    Case("jobs:rendering", "get", "rendering", "stranger", OTHER_WARD, 404),
    Case("jobs:rendering", "get", "rendering", "reporter", WRONG_ROLE, 404),
    Case("jobs:rendering_file", "get", "rendering", "stranger", OTHER_WARD, 404),
    Case("jobs:rendering_file", "get", "rendering", "reporter", WRONG_ROLE, 404),
    Case("jobs:rendering_retry", "post", "rendering", "stranger", OTHER_WARD, 404),
    Case("jobs:rendering_retry", "post", "rendering", "reporter", WRONG_ROLE, 404),
    Case("plans:list", "get", "draft", "stranger", OTHER_WARD, HIDDEN),
    Case("plans:list", "get", "draft", "reporter", WRONG_ROLE, HIDDEN),
    Case("plans:upload", "post", "ward", "stranger", OTHER_WARD, 400, "upload"),
    Case("plans:upload", "post", "ward", "approver", WRONG_ROLE, 403, "upload"),
    Case("orgs:mine", "get", "ward", "stranger", OTHER_WARD, HIDDEN),
    Case("orgs:mine", "get", "ward", "nobody", WRONG_ROLE, HIDDEN),
    Case("calendar_page:calendar", "get", "ward", "stranger", OTHER_WARD, HIDDEN),
    Case("calendar_page:calendar", "get", "ward", "reporter", WRONG_ROLE, HIDDEN),
    Case("calendar_page:create_plan", "post", "ward", "stranger", OTHER_WARD, 403, "calendar"),
    Case("calendar_page:create_plan", "post", "ward", "approver", WRONG_ROLE, 403, "calendar"),
    Case("audit:list", "get", "draft", "stranger", OTHER_WARD, HIDDEN),
    Case("audit:list", "get", "draft", "drafter", WRONG_ROLE, 403),
    Case("tasks:home", "get", "vhxh_task", "other_ward_reporter", OTHER_WARD, HIDDEN),
    Case("tasks:home", "get", "vhxh_task", "police_reporter", WRONG_ROLE, HIDDEN),
    Case("reports:task", "get", "vhxh_task", "other_ward_reporter", OTHER_WARD, 404),
    Case("reports:task", "get", "vhxh_task", "police_reporter", WRONG_ROLE, 404),
    Case("reports:task", "post", "vhxh_task", "stranger", OTHER_WARD, 404, "report"),
    Case("reports:task", "post", "vhxh_task", "drafter", WRONG_ROLE, 403, "report"),
    Case("reports:accept", "post", "submitted_report", "stranger", OTHER_WARD, 404),
    Case("reports:accept", "post", "submitted_report", "vhxh_reporter", WRONG_ROLE, 403),
    Case("reports:return", "post", "submitted_report", "stranger", OTHER_WARD, 404, "comment"),
    Case("reports:return", "post", "submitted_report", "approver", WRONG_ROLE, 403, "comment"),
    Case("reports:evidence", "get", "evidence", "other_ward_reporter", OTHER_WARD, 404),
    Case("reports:evidence", "get", "evidence", "police_reporter", WRONG_ROLE, 404),
    Case("reports:remove_evidence", "post", "evidence", "other_ward_reporter", OTHER_WARD, 404),
    Case("reports:remove_evidence", "post", "evidence", "drafter", WRONG_ROLE, 403),
    Case("progress:overview", "get", "issued_plan", "stranger", OTHER_WARD, HIDDEN),
    Case("progress:overview", "get", "issued_plan", "vhxh_reporter", WRONG_ROLE, 403),
    Case("progress:rollup", "post", "issued_plan", "stranger", OTHER_WARD, 404),
    Case("progress:rollup", "post", "issued_plan", "approver", WRONG_ROLE, 403),
    Case("progress:figures", "get", "issued_plan", "stranger", OTHER_WARD, 404),
    Case("progress:figures", "post", "issued_plan", "approver", WRONG_ROLE, 403, "figures"),
    Case("progress:unit", "get", "vhxh_task", "stranger", OTHER_WARD, 404),
    Case("progress:unit", "get", "vhxh_task", "vhxh_reporter", WRONG_ROLE, 403),
    Case("progress:remind", "post", "vhxh_task", "stranger", OTHER_WARD, 404),
    Case("progress:remind", "post", "vhxh_task", "vhxh_reporter", WRONG_ROLE, 403),
    Case("progress:remind", "post", "vhxh_task", "city_viewer", WRONG_ROLE, 403),
]

# Who may see what the HIDDEN cases hide: proves the hidden text would be on the page.
OWNERS = {
    "plans:register": "approver",
    "inbox:home": "approver",
    "plans:list": "drafter",
    "orgs:mine": "drafter",
    "calendar_page:calendar": "drafter",
    "audit:list": "approver",
    "tasks:home": "vhxh_reporter",
    "progress:overview": "city_viewer",
}

URL_ARGUMENT = {
    "inbox:read": "pk",
    "jobs:rendering": "pk",
    "jobs:rendering_file": "pk",
    "jobs:rendering_retry": "pk",
    "reports:task": "task_pk",
    "reports:accept": "pk",
    "reports:return": "pk",
    "reports:evidence": "pk",
    "reports:remove_evidence": "pk",
    "progress:rollup": "pk",
    "progress:figures": "pk",
}


@pytest.fixture
def notification(approver, ward) -> Notification:
    return Notification.objects.create(
        user=approver, organisation=ward, text="Dự thảo “Tết Trồng cây” chờ phê duyệt.", url="/"
    )


@pytest.fixture
def rendering(draft, drafter) -> Rendering:
    """The PDF of a draft, asked for by its drafter (a reporter of the ward may not see drafts)."""
    return renders.start(pdf_request(draft, issued=False), drafter)


@pytest.fixture
def nobody(db) -> User:
    """A logged-in user who belongs to no organisation."""
    return User.objects.create_user(username="khongthuoc", password="mat-khau-thu")


@pytest.fixture
def submitted_report(vhxh_task, vhxh_reporter) -> UnitReport:
    return report_services.save_report(
        vhxh_task,
        vhxh_reporter,
        figures={"phat_thanh": 3},
        text="Đã phát thanh.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
    )


@pytest.fixture
def evidence(client, vhxh_task, vhxh_reporter) -> Evidence:
    client.force_login(vhxh_reporter)
    client.post(
        reverse("reports:task", args=[vhxh_task.pk]),
        {
            "version": "0",
            "action": "submit",
            "so_phat_thanh": "2",
            "evidence": SimpleUploadedFile("anh.png", png_bytes(), content_type="image/png"),
        },
    )
    client.logout()
    return Evidence.objects.get()


def _body(kind: str, target: Any, ward: Any) -> dict[str, Any]:
    if kind == "upload":
        return {
            "organisation": ward.pk,
            "file": SimpleUploadedFile(SEEDS[0].name, SEEDS[0].read_bytes()),
        }
    if kind == "calendar":
        return {"organisation": ward.pk, "nam": "2025", "quy": "1", "occasion": "thanh-lap-dang"}
    if kind == "report":
        return {"version": "0", "action": "submit", "so_phat_thanh": "9"}
    if kind == "comment":
        return {"comment": "Không đạt."}
    if kind == "figures":
        return {"lines": "phat_thanh | Buổi phát thanh | buổi"}
    return {}


UNIT_OF_PLAN = {"progress:unit", "progress:remind"}  # about a task's unit within its plan


def _url(name: str, target: Any) -> str:
    if name in UNIT_OF_PLAN:
        return reverse(name, kwargs={"pk": target.plan_id, "unit_pk": target.unit_id})
    argument = URL_ARGUMENT.get(name)
    return reverse(name, kwargs={argument: target.pk}) if argument else reverse(name)


def _secret(target: Any) -> str:
    """Text on the page only for those allowed to see the target."""
    if isinstance(target, Plan):
        return target.title if target.status != Plan.Status.ISSUED else target.organisation.name
    if hasattr(target, "text"):
        return target.text  # a task
    return target.name  # an organisation


def _snapshot() -> tuple:
    return (
        list(Plan.objects.order_by("pk").values_list("pk", "status", "version", "number")),
        PlanVersion.objects.count(),
        list(UnitReport.objects.order_by("pk").values_list("pk", "state", "version")),
        Evidence.objects.count(),
        PlanFigures.objects.count(),
        AuditEntry.objects.count(),
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_it_refuses_or_hides(request, client, ward, case):
    target = request.getfixturevalue(case.target)
    user = request.getfixturevalue(case.who)
    before = _snapshot()
    client.force_login(user)
    url = _url(case.name, target)
    if case.method == "get":
        response = client.get(url)
    else:
        response = client.post(url, _body(case.data, target, ward))
    if case.expect == HIDDEN:
        assert response.status_code == 200
        assert _secret(target) not in response.content.decode()
    else:
        assert response.status_code == case.expect
    assert _snapshot() == before


@pytest.mark.parametrize("name", sorted(OWNERS))
def test_the_owner_does_see_what_the_others_do_not(request, client, name):
    case = next(c for c in CASES if c.name == name and c.expect == HIDDEN)
    target = request.getfixturevalue(case.target)
    client.force_login(request.getfixturevalue(OWNERS[name]))
    query = "?nam=2025&quy=1" if name == "calendar_page:calendar" else ""
    response = client.get(_url(name, target) + query)
    assert response.status_code == 200 and _secret(target) in response.content.decode()


def _named(patterns: list, namespace: str = "") -> set[str]:
    names: set[str] = set()
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            names |= _named(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(f"{namespace}{entry.name}")
    return names


def site_url_names() -> set[str]:
    """Every named URL of the site except the Django admin's."""
    return {name for name in _named(get_resolver().url_patterns) if not name.startswith("admin:")}


def covered() -> dict[str, set[str]]:
    """URL name -> the kinds of access test it has."""
    kinds: dict[str, set[str]] = {}
    for name, *_ in plan_access.VIEWS:
        kinds.setdefault(name, set()).add(OTHER_WARD)  # test_it_hides_plans_from_another_ward
    for name in plan_access.WRONG_ROLE:
        kinds.setdefault(name, set()).add(WRONG_ROLE)  # test_it_refuses_users_without_the_role
    for (
        name
    ) in progress_access.VIEWS:  # test_it_checks_ownership_across_wards, ..._refuses_unit_reporters
        kinds.setdefault(name, set()).update({OTHER_WARD, WRONG_ROLE})
    for name, _method, _target, _who, kind, *_ in emulation_access.CASES:
        kinds.setdefault(name, set()).add(kind)  # web/emulation/test_access.py
    for name, _method, _target, _who, kind, *_ in signing_access.CASES:
        kinds.setdefault(name, set()).add(kind)  # web/signing/test_access.py
    for case in CASES:
        kinds.setdefault(case.name, set()).add(case.kind)
    for (
        name
    ) in channels_access.COVERED:  # web/channels/test_access.py: another ward and the wrong role
        kinds.setdefault(name, set()).update({OTHER_WARD, WRONG_ROLE})
    return kinds


def test_every_named_url_has_an_access_test():
    kinds = covered()
    missing = {
        name: sorted({OTHER_WARD, WRONG_ROLE} - kinds.get(name, set()))
        for name in site_url_names() - set(NO_WARD_DATA)
        if {OTHER_WARD, WRONG_ROLE} - kinds.get(name, set())
    }
    assert missing == {}, f"views without an access test: {missing}"


def test_the_access_lists_name_only_real_urls():
    assert set(covered()) | set(NO_WARD_DATA) <= site_url_names()


def test_the_walk_finds_the_site_urls():
    names = site_url_names()
    assert {"plans:edit", "reports:evidence", "progress:rollup", "home"} <= names
    assert len(names) >= 30


PUBLIC = {"login", "logout", "healthz", "metrics"}  # healthz: the proxy asks it without a session


@pytest.mark.parametrize("name", sorted(set(NO_WARD_DATA) - PUBLIC))
def test_views_without_ward_data_still_require_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", ["admin:index", "admin:plans_plan_changelist"])
def test_the_admin_refuses_ward_users_who_are_not_staff(client, approver, name):
    client.force_login(approver)
    response = client.get(reverse(name))
    assert response.status_code == 302 and "/quan-tri/login/" in response["Location"]
