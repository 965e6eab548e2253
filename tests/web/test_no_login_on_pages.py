"""No login reaches a page, a message or an exported file, even for accounts that never declared a
name: the demo is loaded with every account nameless, used (a nudge, a returned report, the daily
digest), then walked as each kind of user, following the links of every page, and each page, each
Excel/Word export and each e-mail is searched for any login of the site."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.utils import timezone

from kehoach.web.emulation import demo as emulation_demo
from kehoach.web.orgs import demo as orgs_demo
from kehoach.web.orgs.people import UNNAMED
from kehoach.web.reports import services as report_services
from kehoach.web.reports.models import UnitReport
from kehoach.web.tasks.models import Task
from kehoach.web.tasks.reminders import send_digests

pytestmark = pytest.mark.django_db
START = [
    "/viec-can-lam/", "/ke-hoach/", "/ke-hoach/so-van-ban-di/", "/tien-do/", "/viec/", "/co-quan/",
    "/nhat-ky/", "/thi-dua/", "/thi-dua/lich-su/", "/kenh/", "/lich/",
]  # fmt: skip
# Not followed: leaving, the admin, PDFs (made by the job queue), the channels' generated files
# (audio, print) and the public pages (no one is named there).
SKIP = re.compile(
    r"^/(dang-xuat|quan-tri|tin/|static/)|\.pdf$|/tep|/kenh/\d+/(kenh|tep)/|/tai-ve\.pdf"
)
PER_SHAPE = (
    2  # pages of one shape ("/ke-hoach/N/") visited per user: every kind of page, not every plan
)
PER_USER = 60


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href and href.startswith("/"):
            self.links.append(href.split("#", 1)[0])


def _text_of(response) -> str:
    """What a person can read in the response: the page, or the text of an .xlsx/.docx."""
    kind = response.get("Content-Type", "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if "html" in kind or "text" in kind:
        return body.decode("utf-8", "replace")
    if body[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return " ".join(
                archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist()
                if name.endswith(".xml")
            )
    return ""


def _nameless(original):
    def make(username: str, full_name: str, *args, **kwargs) -> User:
        user = original(username, full_name, *args, **kwargs)
        User.objects.filter(pk=user.pk).update(first_name="", last_name="")
        user.first_name = user.last_name = ""
        return user

    return make


@pytest.fixture
def nameless_demo(monkeypatch):
    """The demo with no account named, used the way an office uses it."""
    monkeypatch.setattr(orgs_demo, "_user", _nameless(orgs_demo._user))
    monkeypatch.setattr(emulation_demo, "_user", _nameless(emulation_demo._user))
    orgs_demo.load_demo()
    assert not User.objects.exclude(first_name="", last_name="").exists()
    for user in User.objects.all():
        User.objects.filter(pk=user.pk).update(email=f"nguoi-dung-{user.pk}@phuong.example.vn")
    leader = User.objects.get(username="lechan.lanhdao")
    task = Task.objects.filter(plan__organisation__slug="le-chan", plan__status="issued").first()
    nudger = Client()
    nudger.force_login(leader)
    nudger.post(f"/tien-do/ke-hoach/{task.plan_id}/don-vi/{task.unit_id}/don-doc/")
    submitted = UnitReport.objects.filter(
        state="submitted", task__plan__organisation__slug="le-chan"
    ).first()
    if submitted is not None:
        report_services.return_report(
            submitted, User.objects.get(username="lechan.soanthao"), "Bổ sung số liệu."
        )
    send_digests(timezone.localdate() + timedelta(days=1), force=True)
    return sorted(User.objects.values_list("username", flat=True))


def _walk(client: Client, logins: re.Pattern[str]) -> tuple[int, list[str]]:
    """Follow the links from the start pages; returns (pages read, "url: login" for each leak)."""
    queue, seen, shapes, leaks, read = list(START), set(), Counter(), [], 0
    while queue and read < PER_USER:
        url = queue.pop(0)
        shape = re.sub(r"\d+", "N", url.split("?", 1)[0])
        if url in seen or SKIP.search(url) or shapes[shape] >= PER_SHAPE:
            continue
        seen.add(url)
        shapes[shape] += 1
        response = client.get(url)
        if response.status_code != 200:
            continue
        read += 1
        text = _text_of(response)
        leaks += [f"{url}: {found}" for found in set(logins.findall(text))]
        if "html" in response.get("Content-Type", ""):
            parser = _Links()
            parser.feed(text)
            queue += [link for link in parser.links if link not in seen]
    return read, leaks


def test_no_login_on_any_page_export_or_message_of_nameless_accounts(nameless_demo):
    logins = re.compile(
        r"(?<![\w.-])(" + "|".join(re.escape(u) for u in nameless_demo) + r")(?![\w-])"
    )
    leaks, read, menus = [], 0, []
    for username in ("lechan.soanthao", "lechan.lanhdao", "lechan.vanthu", "lechan.baocao",
                     "thanhpho"):  # fmt: skip
        client = Client()
        client.force_login(User.objects.get(username=username))
        pages, found = _walk(client, logins)
        read += pages
        leaks += [f"{username} sees {leak}" for leak in found]
        menus.append(UNNAMED in client.get("/viec-can-lam/").text)
    for message in mail.outbox:
        leaks += [f"e-mail “{message.subject}”: {u}" for u in set(logins.findall(message.body))]
    assert read > 100 and len(mail.outbox) >= 2
    assert leaks == []
    assert all(menus)  # the menu names each person by role and unit instead
