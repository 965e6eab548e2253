"""Access to every channels URL: another ward's users and users without the role are refused (or see
nothing), and nothing changes. tests/web/test_access_matrix.py counts COVERED as tested here."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from kehoach.web.channels.models import ChannelLog, ChannelMessage, ChannelOutput, MessageVersion

pytestmark = pytest.mark.django_db
HIDDEN = "hidden"
ANONYMOUS = "anonymous"

# (url name, method, message fixture, who, expected status or HIDDEN); each name has a case for a
# user of another ward and one for a user of the same ward without the role.
CASES = [
    ("channels:list", "get", "draft_message", "stranger", HIDDEN),
    ("channels:list", "get", "draft_message", "police_reporter", HIDDEN),
    ("channels:new", "post", "draft_message", "stranger", 400),
    ("channels:new", "get", "draft_message", "approver", 403),
    ("channels:new", "post", "draft_message", "police_reporter", 403),
    ("channels:detail", "get", "draft_message", "stranger", 404),
    ("channels:detail", "get", "draft_message", "police_reporter", 404),
    ("channels:edit", "post", "draft_message", "stranger", 404),
    ("channels:edit", "post", "draft_message", "approver", 403),
    ("channels:submit", "post", "draft_message", "stranger", 404),
    ("channels:submit", "post", "draft_message", "approver", 403),
    ("channels:approve", "post", "submitted_message", "stranger", 404),
    ("channels:approve", "post", "submitted_message", "drafter", 403),
    ("channels:approve", "post", "submitted_message", "vhxh_reporter", 403),
    ("channels:return", "post", "submitted_message", "stranger", 404),
    ("channels:return", "post", "submitted_message", "vhxh_reporter", 403),
    ("channels:publish", "post", "approved_message", "stranger", 404),
    ("channels:publish", "post", "approved_message", "approver", 403),
    ("channels:publish", "post", "submitted_message", "vhxh_reporter", 403),
    ("channels:output", "post", "draft_message", "stranger", 404),
    ("channels:output", "post", "draft_message", "approver", 403),
    ("channels:log", "post", "approved_message", "other_ward_reporter", 404),
    ("channels:log", "post", "approved_message", "approver", 403),
    ("channels:log", "post", "draft_message", "vhxh_reporter", 403),
    ("channels:file", "get", "approved_message", "stranger", 404),
    ("channels:file", "get", "approved_message", "police_reporter", 404),
    ("channels:file", "get", "draft_message", "vhxh_reporter", 403),
    ("tin:ward", "get", "approved_message", "stranger", HIDDEN),
    ("tin:ward", "get", "approved_message", ANONYMOUS, HIDDEN),
    ("tin:article", "get", "approved_message", "stranger", 404),
    ("tin:article", "get", "approved_message", ANONYMOUS, 404),
    ("tin:feed", "get", "approved_message", "stranger", HIDDEN),
    ("tin:feed", "get", "approved_message", ANONYMOUS, HIDDEN),
]
COVERED = sorted({case[0] for case in CASES})


def url(name: str, message: ChannelMessage) -> str:
    if name in ("channels:list", "channels:new"):
        return reverse(name)
    if name == "channels:output":
        return reverse(name, args=[message.pk, "loa"])
    if name == "channels:file":
        return reverse(name, args=[message.pk, "loa-ban-tin.wav"])
    if name in ("tin:ward", "tin:feed"):
        return reverse(name, args=[message.organisation.slug])
    if name == "tin:article":
        return reverse(name, args=[message.organisation.slug, message.pk])
    return reverse(name, args=[message.pk])


def body(name: str, message: ChannelMessage) -> dict[str, Any]:
    if name in ("channels:new", "channels:edit"):
        return {
            "organisation": message.organisation_id,
            "unit": message.unit_id,
            "title": "Tin sửa trái phép",
            "body": "Nội dung.",
            "version": message.version,
        }
    if name == "channels:return":
        return {"comment": "Sửa lại."}
    if name == "channels:output":
        return {"loa-text": "Kịch bản sửa trái phép."}
    if name == "channels:log":
        return {"kind": "broadcast", "day": "05/02/2025", "place": "Cụm loa 1", "count": "3"}
    return {}


def snapshot() -> tuple:
    return (
        list(ChannelMessage.objects.order_by("pk").values_list("pk", "state", "version", "title")),
        MessageVersion.objects.count(),
        list(ChannelOutput.objects.order_by("pk").values_list("text", flat=True)),
        ChannelLog.objects.count(),
    )


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in CASES])
def test_it_refuses_or_hides(request, client, case):  # type: ignore[no-untyped-def]
    name, method, target, who, expect = case
    message = request.getfixturevalue(target)
    if who != ANONYMOUS:
        client.force_login(request.getfixturevalue(who))
    before = snapshot()
    response = (
        client.get(url(name, message))
        if method == "get"
        else client.post(url(name, message), body(name, message))
    )
    if expect == HIDDEN:
        assert response.status_code == 200
        assert message.title not in response.content.decode()
    else:
        assert response.status_code == expect
    assert snapshot() == before


@pytest.mark.parametrize("name", ["channels:list", "channels:detail"])
def test_the_unit_sees_what_the_others_do_not(client, vhxh_reporter, draft_message, name):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    assert draft_message.title in client.get(url(name, draft_message)).content.decode()


def test_private_pages_require_login(client, draft_message):  # type: ignore[no-untyped-def]
    response = client.get(url("channels:detail", draft_message))
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]
