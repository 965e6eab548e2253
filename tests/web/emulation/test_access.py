"""Every thi đua URL refuses another ward's users and the ward's users without the role, and changes
nothing when it refuses; a unit sees and proposes only its own; the city sees its wards."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from kehoach.web.emulation import awards, services, signing_views
from kehoach.web.emulation.models import (
    AwardDecision,
    AwardRecord,
    Movement,
    Nomination,
    Registration,
    RuleSettings,
)
from kehoach.web.jobs.models import Rendering

pytestmark = pytest.mark.django_db

HIDDEN = "hidden"
OTHER_WARD = "another ward"
WRONG_ROLE = "without the role"

# (url name, method, target fixture, who, kind, expected status or HIDDEN, POST body)
CASES = [
    ("emulation:list", "get", "movement", "stranger", OTHER_WARD, HIDDEN, {}),
    ("emulation:list", "get", "movement", "reporter", WRONG_ROLE, HIDDEN, {}),  # not launched yet
    ("emulation:from_plan", "post", "upper", "stranger", OTHER_WARD, 404, {}),
    ("emulation:from_plan", "post", "upper", "approver", WRONG_ROLE, 403, {}),
    ("emulation:detail", "get", "movement", "stranger", OTHER_WARD, 404, {}),
    ("emulation:detail", "get", "movement", "reporter", WRONG_ROLE, 404, {}),
    ("emulation:launch", "post", "movement", "stranger", OTHER_WARD, 404, {}),
    ("emulation:launch", "post", "movement", "drafter", WRONG_ROLE, 403, {}),
    (
        "emulation:register",
        "post",
        "registration",
        "stranger",
        OTHER_WARD,
        404,
        {"action": "submit"},
    ),
    (
        "emulation:register",
        "post",
        "registration",
        "other_unit_reporter",
        WRONG_ROLE,
        403,
        {"action": "submit"},
    ),
    (
        "emulation:register",
        "post",
        "registration",
        "drafter",
        WRONG_ROLE,
        403,
        {"action": "submit"},
    ),
    (
        "emulation:review",
        "post",
        "submitted_registration",
        "stranger",
        OTHER_WARD,
        404,
        {"action": "approve"},
    ),
    (
        "emulation:review",
        "post",
        "submitted_registration",
        "first_unit_reporter",
        WRONG_ROLE,
        403,
        {"action": "approve"},
    ),
    ("emulation:forward", "post", "launched", "stranger", OTHER_WARD, 404, {}),
    ("emulation:forward", "post", "launched", "approver", WRONG_ROLE, 403, {}),
    ("emulation:nominate", "post", "launched", "stranger", OTHER_WARD, 404, "nominee"),
    ("emulation:nominate", "post", "launched", "other_unit_reporter", WRONG_ROLE, 403, "nominee"),
    ("emulation:nominate", "post", "launched", "drafter", WRONG_ROLE, 403, "nominee"),
    ("emulation:vote", "post", "nomination", "stranger", OTHER_WARD, 404, {"yes": "5", "no": "0"}),
    ("emulation:vote", "post", "nomination", "approver", WRONG_ROLE, 403, {"yes": "5", "no": "0"}),
    ("emulation:decision", "post", "launched", "stranger", OTHER_WARD, 404, {"step": "draft"}),
    (
        "emulation:decision",
        "post",
        "launched",
        "first_unit_reporter",
        WRONG_ROLE,
        403,
        {"step": "draft"},
    ),
    ("emulation:decision", "post", "launched", "drafter", WRONG_ROLE, 403, {"step": "approve"}),
    ("emulation:decision_file", "get", "drafted", "stranger", OTHER_WARD, 404, {}),
    ("emulation:decision_file", "get", "drafted", "first_unit_reporter", WRONG_ROLE, 403, {}),
    (
        "emulation:decision_sign",
        "post",
        "drafted",
        "stranger",
        OTHER_WARD,
        404,
        {"passphrase": "x"},
    ),
    ("emulation:decision_sign", "post", "drafted", "drafter", WRONG_ROLE, 403, {"passphrase": "x"}),
    (
        "emulation:decision_seal",
        "post",
        "drafted",
        "stranger",
        OTHER_WARD,
        404,
        {"passphrase": "x"},
    ),
    (
        "emulation:decision_seal",
        "post",
        "drafted",
        "approver",
        WRONG_ROLE,
        403,
        {"passphrase": "x"},
    ),
    ("emulation:decision_signed", "get", "drafted", "stranger", OTHER_WARD, 404, {}),
    ("emulation:decision_signed", "get", "drafted", "first_unit_reporter", WRONG_ROLE, 403, {}),
    ("emulation:certificates", "get", "drafted", "stranger", OTHER_WARD, 404, {}),
    ("emulation:certificates", "get", "drafted", "first_unit_reporter", WRONG_ROLE, 403, {}),
    ("emulation:achievement_report", "get", "nomination", "stranger", OTHER_WARD, 404, {}),
    (
        "emulation:achievement_report",
        "get",
        "nomination",
        "other_unit_reporter",
        WRONG_ROLE,
        403,
        {},
    ),
    ("emulation:minutes", "get", "launched", "stranger", OTHER_WARD, 404, {}),
    ("emulation:minutes", "get", "launched", "first_unit_reporter", WRONG_ROLE, 403, {}),
    ("emulation:submission", "get", "launched", "stranger", OTHER_WARD, 404, {}),
    ("emulation:submission", "get", "launched", "first_unit_reporter", WRONG_ROLE, 403, {}),
    ("emulation:report", "get", "launched", "stranger", OTHER_WARD, 404, {}),
    ("emulation:report", "get", "launched", "first_unit_reporter", WRONG_ROLE, 403, {}),
    ("emulation:history", "get", "record", "stranger", OTHER_WARD, HIDDEN, {}),
    ("emulation:history", "get", "record", "first_unit_reporter", WRONG_ROLE, HIDDEN, {}),
    ("emulation:city", "get", "launched", "stranger", OTHER_WARD, HIDDEN, {}),
    ("emulation:city", "get", "launched", "drafter", WRONG_ROLE, HIDDEN, {}),
    ("emulation:rules", "get", "ward", "stranger", OTHER_WARD, 404, {}),
    ("emulation:rules", "post", "ward", "stranger", OTHER_WARD, 404, "adopt"),
    ("emulation:rules", "get", "ward", "first_unit_reporter", WRONG_ROLE, 404, {}),
    ("emulation:rules", "post", "ward", "first_unit_reporter", WRONG_ROLE, 404, "adopt"),
    ("emulation:rules", "post", "ward", "secretary", WRONG_ROLE, 403, "adopt"),
    # the PDF the leader signs, made by a worker: only the ward's leaders see its waiting page
    ("jobs:rendering", "get", "decision_pdf", "stranger", OTHER_WARD, 404, {}),
    ("jobs:rendering", "get", "decision_pdf", "drafter", WRONG_ROLE, 404, {}),
    ("jobs:rendering", "get", "decision_pdf", "secretary", WRONG_ROLE, 404, {}),
    ("jobs:rendering_file", "get", "decision_pdf", "stranger", OTHER_WARD, 404, {}),
    ("jobs:rendering_file", "get", "decision_pdf", "drafter", WRONG_ROLE, 404, {}),
    ("jobs:rendering_retry", "post", "decision_pdf", "stranger", OTHER_WARD, 404, {}),
    ("jobs:rendering_retry", "post", "decision_pdf", "drafter", WRONG_ROLE, 404, {}),
]
ADOPT = {
    "r-cstdcs-ratio-value": "10",
    "r-cstdcs-ratio-enforce": "on",
    "r-cstdcs-ratio-basis": "Quy chế thi đua, khen thưởng của phường",
}
VIEWS = sorted({c[0] for c in CASES})  # read by tests/web/test_access_matrix.py


@pytest.fixture
def first_unit_reporter(unit_reporters) -> User:
    return unit_reporters[0]


@pytest.fixture
def other_unit_reporter(unit_reporters) -> User:
    return unit_reporters[1]


@pytest.fixture
def submitted_registration(registration, first_unit_reporter) -> Registration:
    services.save_registration(registration, {}, {}, 0, 0, submit=True)
    return registration


@pytest.fixture
def drafted(launched, nomination, council) -> AwardDecision:
    awards.record_vote(nomination, 5, 0, 0)
    awards.decision_step(launched, "draft", "Phạm Việt Anh")
    return launched


@pytest.fixture
def decision_pdf(drafted, approver) -> Rendering:
    """The approved decision's PDF to sign, asked of a worker (not made: no queue runs here)."""
    awards.decision_step(drafted, "approve")
    rendering = signing_views.leader_pdf(Movement.objects.get(pk=drafted.pk), approver)
    assert rendering is not None
    return rendering


@pytest.fixture
def record(ward) -> AwardRecord:
    return AwardRecord.objects.create(
        organisation=ward, name="Ngô Thị Hạnh", award="giay_khen", year=2024
    )


def _url(name: str, target) -> str:
    if name in ("emulation:history", "emulation:city", "emulation:list"):
        return reverse(name)
    if name == "emulation:from_plan":
        return reverse(name, kwargs={"plan_pk": target.pk})
    if name == "emulation:rules":
        return reverse(name, kwargs={"org_pk": target.pk})
    return reverse(name, kwargs={"pk": target.pk})


def _secret(target) -> str:
    if isinstance(target, AwardRecord):
        return target.name
    if hasattr(target, "organisation") and target.__class__.__name__ == "Movement":
        return target.title if target.status == "draft" else target.organisation.name
    return str(target)


def _snapshot() -> tuple:
    return (
        list(Registration.objects.order_by("pk").values_list("pk", "state")),
        list(Nomination.objects.order_by("pk").values_list("pk", "state", "votes_yes")),
        list(
            AwardDecision.objects.values_list("pk", "state", "number", "leader_pdf", "signed_pdf")
        ),
        AwardRecord.objects.count(),
        list(RuleSettings.objects.values_list("organisation_id", "values")),
        __import__("kehoach.web.emulation.models", fromlist=["Movement"]).Movement.objects.count(),
    )


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_it_refuses_or_hides(request, client, units, case) -> None:
    name, method, target_name, who, _kind, expect, body = case
    target = request.getfixturevalue(target_name)
    user = request.getfixturevalue(who)
    if body == "adopt":
        body = ADOPT
    if body == "nominee":
        body = {
            "unit": units[0].pk,
            "name": "Đinh Văn Khoa",
            "award": "giay_khen",
            "achievements": "Có thành tích",
        }
    before = _snapshot()
    client.force_login(user)
    url = _url(name, target)
    response = client.get(url) if method == "get" else client.post(url, body)
    if expect == HIDDEN:
        assert response.status_code == 200
        assert _secret(target) not in response.content.decode()
    else:
        assert response.status_code == expect
    assert _snapshot() == before


def test_the_owner_sees_what_is_hidden(
    client, drafter, city_viewer, launched, record, unit_reporters
) -> None:
    client.force_login(drafter)
    assert record.name in client.get(reverse("emulation:history")).content.decode()
    client.force_login(city_viewer)
    assert launched.organisation.name in client.get(reverse("emulation:city")).content.decode()
    client.force_login(unit_reporters[0])
    assert launched.title in client.get(reverse("emulation:list")).content.decode()


def test_the_leader_waits_on_the_decisions_pdf(client, approver, decision_pdf) -> None:
    client.force_login(approver)
    response = client.get(reverse("jobs:rendering", kwargs={"pk": decision_pdf.pk}))
    assert response.status_code == 200
    assert "Máy chủ đang tạo bản PDF của quyết định khen thưởng" in response.content.decode()


def test_a_unit_sees_only_its_own_registration_and_nominations(
    client, launched, units, unit_reporters
) -> None:
    Nomination.objects.create(
        movement=launched,
        unit=units[0],
        organisation=launched.organisation,
        name="Mai Văn Phúc",
        award="giay_khen",
    )
    client.force_login(unit_reporters[1])
    page = client.get(reverse("emulation:detail", args=[launched.pk])).content.decode()
    assert "Mai Văn Phúc" not in page and units[1].name in page and units[0].name not in page


def test_the_city_sees_its_wards_movement_but_cannot_change_it(
    client, city_viewer, launched, registration
) -> None:
    client.force_login(city_viewer)
    assert client.get(reverse("emulation:detail", args=[launched.pk])).status_code == 200
    assert (
        client.post(
            reverse("emulation:review", args=[registration.pk]), {"action": "approve"}
        ).status_code
        == 403
    )


def test_the_council_reads_the_rules_it_votes_by_without_changing_them(
    client, secretary, ward
) -> None:
    client.force_login(secretary)
    page = client.get(reverse("emulation:rules", kwargs={"org_pk": ward.pk})).content.decode()
    assert "Tỷ lệ tối đa “Chiến sĩ thi đua cơ sở”" in page and "Lưu quy định áp dụng" not in page
    assert "cstdcs-ratio" not in page.replace('name="r-cstdcs-ratio', "")  # no rule id shown
