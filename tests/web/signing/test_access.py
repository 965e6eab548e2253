"""Every signing URL refuses another ward's users and the ward's users without the role, and changes
nothing when it refuses."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kehoach.web.plans.models import IssuedDocument, Plan
from kehoach.web.signing.models import ElectronicCopy, LeaderSignature, SigningKey

pytestmark = pytest.mark.django_db

OTHER_WARD = "another ward"
WRONG_ROLE = "without the role"
PASS = {"passphrase": "mat-khau"}

# (url name, method, target fixture, who, kind, expected status, POST body)
CASES = [
    ("signing:keys", "get", "ward", "stranger", OTHER_WARD, 404, {}),
    ("signing:keys", "get", "ward", "drafter", WRONG_ROLE, 403, {}),
    ("signing:keys", "get", "ward", "reporter", WRONG_ROLE, 403, {}),
    ("signing:keys", "post", "ward", "stranger", OTHER_WARD, 404, {}),
    ("signing:keys", "post", "ward", "drafter", WRONG_ROLE, 403, {}),
    ("signing:plan", "get", "issued", "stranger", OTHER_WARD, 404, {}),
    ("signing:plan", "get", "draft", "reporter", WRONG_ROLE, 404, {}),
    ("signing:plan", "get", "draft", "city_viewer", WRONG_ROLE, 404, {}),
    ("signing:sign", "post", "approved", "stranger", OTHER_WARD, 404, PASS),
    ("signing:sign", "post", "approved", "drafter", WRONG_ROLE, 403, PASS),
    ("signing:sign", "post", "approved", "clerk", WRONG_ROLE, 403, PASS),
    ("signing:seal", "post", "issued", "stranger", OTHER_WARD, 404, PASS),
    ("signing:seal", "post", "issued", "approver", WRONG_ROLE, 403, PASS),
    ("signing:seal", "post", "issued", "reporter", WRONG_ROLE, 403, PASS),
    ("signing:copy", "post", "issued", "stranger", OTHER_WARD, 404, PASS),
    ("signing:copy", "post", "issued", "drafter", WRONG_ROLE, 403, PASS),
    ("signing:copy", "post", "received", "approver", WRONG_ROLE, 403, PASS),
    ("signing:copy_file", "get", "stored_copy", "stranger", OTHER_WARD, 404, {}),
    ("signing:copy_file", "get", "stored_copy", "reporter", WRONG_ROLE, 403, {}),
    # the waiting page of a copy's pages: only the ward's Văn thư sees it
    ("jobs:rendering", "get", "copy_pages", "stranger", OTHER_WARD, 404, {}),
    ("jobs:rendering", "get", "copy_pages", "drafter", WRONG_ROLE, 404, {}),
    ("jobs:rendering", "get", "copy_pages", "approver", WRONG_ROLE, 404, {}),
    ("jobs:rendering_file", "get", "copy_pages", "stranger", OTHER_WARD, 404, {}),
    ("jobs:rendering_file", "get", "copy_pages", "drafter", WRONG_ROLE, 404, {}),
    ("jobs:rendering_retry", "post", "copy_pages", "stranger", OTHER_WARD, 404, {}),
    ("jobs:rendering_retry", "post", "copy_pages", "drafter", WRONG_ROLE, 404, {}),
]
VIEWS = sorted({c[0] for c in CASES})  # read by tests/web/test_access_matrix.py


def _url(name: str, target) -> str:
    if name == "signing:keys":
        return reverse(name, kwargs={"org_pk": target.pk})
    return reverse(name, kwargs={"pk": target.pk})


def _snapshot() -> tuple:
    return (
        list(Plan.objects.order_by("pk").values_list("pk", "status", "number")),
        SigningKey.objects.count(),
        LeaderSignature.objects.count(),
        ElectronicCopy.objects.count(),
        list(IssuedDocument.objects.values_list("pk", "pdf_sha256", "pdf_signed")),
    )


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in CASES])
def test_it_refuses(request, client, case) -> None:
    name, method, target_name, who, _kind, expect, body = case
    target = request.getfixturevalue(target_name)
    user = request.getfixturevalue(who)
    before = _snapshot()
    client.force_login(user)
    url = _url(name, target)
    response = client.get(url) if method == "get" else client.post(url, body)
    assert response.status_code == expect
    assert _snapshot() == before


def test_anonymous_is_sent_to_login(client, issued) -> None:
    response = client.get(reverse("signing:plan", kwargs={"pk": issued.pk}))
    assert response.status_code == 302 and "dang-nhap" in response["Location"]


def test_the_owner_reaches_each_page(client, ward, approver, issued, clerk, stored_copy) -> None:
    client.force_login(approver)
    assert client.get(reverse("signing:keys", kwargs={"org_pk": ward.pk})).status_code == 200
    assert client.get(reverse("signing:plan", kwargs={"pk": issued.pk})).status_code == 200
    client.force_login(clerk)
    response = client.get(reverse("signing:copy_file", kwargs={"pk": stored_copy.pk}))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_the_clerk_waits_on_the_copys_pages(client, clerk, copy_pages) -> None:
    client.force_login(clerk)
    response = client.get(reverse("jobs:rendering", kwargs={"pk": copy_pages.pk}))
    assert response.status_code == 200
    assert "Máy chủ đang chuẩn bị các trang của bản sao" in response.content.decode()
