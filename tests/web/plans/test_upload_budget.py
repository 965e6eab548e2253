"""An upload that needs more memory than the reading budget is refused in one sentence, nothing is
saved, and the web process goes on (it was read in a child process)."""

from __future__ import annotations

import os

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from conftest import SEEDS
from kehoach.web.plans.models import Plan


@override_settings(KEHOACH_READ_MAX_BYTES=40 * 1024 * 1024)
def test_an_upload_beyond_the_budget_is_refused_and_the_worker_lives(client, drafter, ward):
    client.force_login(drafter)
    pid = os.getpid()
    # Forty copies of a plan (1.1 MB, under the text-length limit) need more than 40 MB to read and lint.
    big = ("\n".join(SEEDS[0].read_text(encoding="utf-8") for _ in range(40))).encode()
    response = client.post(
        reverse("plans:upload"),
        {"organisation": ward.pk, "file": SimpleUploadedFile(SEEDS[0].name, big)},
    )
    assert response.status_code == 400
    assert "quá nhiều bộ nhớ hoặc thời gian" in response.text
    assert not Plan.objects.exists() and os.getpid() == pid
    assert client.get(reverse("plans:list")).status_code == 200
