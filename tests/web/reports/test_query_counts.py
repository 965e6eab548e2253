"""A deadline day's two hottest requests, the unit's report form and its submission, ask the database a
fixed number of times (each query is a round trip to PostgreSQL under load; the bench counts 500 units).
The numbers were read off the queries listed by CaptureQueriesContext and checked one by one."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kehoach.web.reports.models import UnitReport

pytestmark = pytest.mark.django_db

# session, user, notifications about this page, the task with its plan and figure setup, the
# memberships, the report, the channel logs' figures, the menu's one count, the person's label
FORM = 9
# session, user, the task, the memberships, BEGIN (a savepoint inside the test's transaction), the
# report under its lock, INSERT report, INSERT revision, UPDATE task, the person's label, INSERT audit
# entry, the drafters, INSERT notification, COMMIT (the savepoint's release)
SUBMISSION = 14


def _count(request) -> tuple[int, object]:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as captured:
        response = request()
    return len(captured), response


def test_the_report_form_and_its_submission_ask_a_fixed_number_of_queries(
    client, vhxh_reporter, vhxh_task
):
    client.force_login(vhxh_reporter)
    url = reverse("reports:task", args=[vhxh_task.pk])
    form, page = _count(lambda: client.get(url))
    data = {"version": "0", "text": "Đã phát thanh 12 buổi.", "difficulties": "Loa hỏng"}
    submission, answer = _count(lambda: client.post(url, {**data, "action": "submit"}))
    assert (page.status_code, answer.status_code) == (200, 302)
    assert UnitReport.objects.get(task=vhxh_task).state == "submitted"
    assert (form, submission) == (FORM, SUBMISSION)
