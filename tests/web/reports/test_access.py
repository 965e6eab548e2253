"""Access per view, in the healthchecks manner: a reporter of one unit never sees or submits another
unit's tasks or evidence — not in the same ward, not in another ward with a unit of the same name."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kehoach.web.reports import services
from kehoach.web.reports.models import Evidence, UnitReport
from web.tasks.fixtures import png_bytes

pytestmark = pytest.mark.django_db


def as_user(client, user):
    client.force_login(user)
    return client


def submit(task, user):
    return services.save_report(
        task,
        user,
        figures={"phat_thanh": 3},
        text="Đã làm.",
        no_activity=False,
        partial=False,
        files=[],
        base_version=None,
        submit=True,
    )


@pytest.fixture
def evidence(client, vhxh_task, vhxh_reporter):
    photo = SimpleUploadedFile("anh.png", png_bytes(), content_type="image/png")
    as_user(client, vhxh_reporter).post(
        reverse("reports:task", args=[vhxh_task.pk]),
        {"version": "0", "action": "submit", "so_phat_thanh": "2", "evidence": photo},
    )
    client.logout()
    return Evidence.objects.get()


class TestTaskPage:
    def test_it_works_for_the_units_reporter(self, client, vhxh_reporter, vhxh_task):
        assert (
            as_user(client, vhxh_reporter)
            .get(reverse("reports:task", args=[vhxh_task.pk]))
            .status_code
            == 200
        )

    def test_it_requires_login(self, client, vhxh_task):
        response = client.get(reverse("reports:task", args=[vhxh_task.pk]))
        assert response.status_code == 302 and "/dang-nhap/" in response["Location"]

    def test_it_checks_ownership_within_the_ward(self, client, police_reporter, vhxh_task):
        assert (
            as_user(client, police_reporter)
            .get(reverse("reports:task", args=[vhxh_task.pk]))
            .status_code
            == 404
        )

    def test_it_checks_ownership_across_wards(self, client, other_ward_reporter, vhxh_task):
        assert (
            as_user(client, other_ward_reporter)
            .get(reverse("reports:task", args=[vhxh_task.pk]))
            .status_code
            == 404
        )

    def test_it_hides_other_wards_tasks_from_drafters(self, client, drafter, other_ward_task):
        assert (
            as_user(client, drafter)
            .get(reverse("reports:task", args=[other_ward_task.pk]))
            .status_code
            == 404
        )

    def test_it_shows_the_task_to_the_wards_drafter(self, client, drafter, vhxh_task):
        assert (
            as_user(client, drafter).get(reverse("reports:task", args=[vhxh_task.pk])).status_code
            == 200
        )


class TestSubmit:
    def post(self, client, user, task):
        return as_user(client, user).post(
            reverse("reports:task", args=[task.pk]),
            {"version": "0", "action": "submit", "so_phat_thanh": "9"},
        )

    def test_it_checks_ownership_within_the_ward(self, client, police_reporter, vhxh_task):
        assert self.post(client, police_reporter, vhxh_task).status_code == 404
        assert not UnitReport.objects.exists()

    def test_it_checks_ownership_across_wards(self, client, other_ward_reporter, vhxh_task):
        assert self.post(client, other_ward_reporter, vhxh_task).status_code == 404
        assert not UnitReport.objects.exists()

    def test_it_refuses_the_drafter(self, client, drafter, vhxh_task):
        assert self.post(client, drafter, vhxh_task).status_code == 403
        assert not UnitReport.objects.exists()

    def test_it_refuses_the_upper_level(self, client, city_viewer, vhxh_task):
        assert self.post(client, city_viewer, vhxh_task).status_code == 403


class TestReview:
    @pytest.mark.parametrize("step", ["reports:accept", "reports:return"])
    def test_it_refuses_the_reporter_reviewing_their_own(
        self, client, vhxh_reporter, vhxh_task, step
    ):
        report = submit(vhxh_task, vhxh_reporter)
        response = as_user(client, vhxh_reporter).post(
            reverse(step, args=[report.pk]), {"comment": "x"}
        )
        assert response.status_code == 403
        report.refresh_from_db()
        assert report.state == "submitted"

    @pytest.mark.parametrize("step", ["reports:accept", "reports:return"])
    def test_it_checks_ownership_across_wards(
        self, client, stranger, vhxh_task, vhxh_reporter, step
    ):
        report = submit(vhxh_task, vhxh_reporter)
        response = as_user(client, stranger).post(reverse(step, args=[report.pk]), {"comment": "x"})
        assert response.status_code == 404
        report.refresh_from_db()
        assert report.state == "submitted"

    def test_it_refuses_the_approver(self, client, approver, vhxh_task, vhxh_reporter):
        report = submit(vhxh_task, vhxh_reporter)
        assert (
            as_user(client, approver).post(reverse("reports:accept", args=[report.pk])).status_code
            == 403
        )

    def test_it_requires_post(self, client, drafter, vhxh_task, vhxh_reporter):
        report = submit(vhxh_task, vhxh_reporter)
        assert (
            as_user(client, drafter).get(reverse("reports:accept", args=[report.pk])).status_code
            == 405
        )


class TestEvidence:
    def test_it_works_for_the_unit_and_the_drafter(self, client, evidence, vhxh_reporter, drafter):
        url = reverse("reports:evidence", args=[evidence.pk])
        assert as_user(client, vhxh_reporter).get(url).status_code == 200
        assert as_user(client, drafter).get(url).status_code == 200

    def test_it_checks_ownership_within_the_ward(self, client, evidence, police_reporter):
        assert (
            as_user(client, police_reporter)
            .get(reverse("reports:evidence", args=[evidence.pk]))
            .status_code
            == 404
        )

    def test_it_checks_ownership_across_wards(
        self, client, evidence, other_ward_reporter, stranger
    ):
        url = reverse("reports:evidence", args=[evidence.pk])
        assert as_user(client, other_ward_reporter).get(url).status_code == 404
        assert as_user(client, stranger).get(url).status_code == 404

    def test_it_requires_login(self, client, evidence):
        assert client.get(reverse("reports:evidence", args=[evidence.pk])).status_code == 302

    def test_it_is_not_under_the_static_or_media_urls(
        self, client, evidence, vhxh_reporter, settings
    ):
        assert not str(settings.MEDIA_ROOT).startswith(str(settings.STATIC_ROOT))
        assert (
            as_user(client, vhxh_reporter)
            .get("/media-not-served/" + evidence.file.name)
            .status_code
            == 404
        )


class TestHome:
    def test_it_lists_no_task_of_another_ward(
        self, client, other_ward_reporter, vhxh_task, other_ward_task
    ):
        page = as_user(client, other_ward_reporter).get(reverse("tasks:home")).content.decode()
        assert other_ward_task.text in page and vhxh_task.text not in page


class TestRemoveEvidence:
    def test_it_works_for_the_unit_while_the_report_is_open(
        self,
        client,
        evidence,
        vhxh_reporter,
        drafter,
        media_root,
        django_capture_on_commit_callbacks,
    ):
        report = evidence.report
        services.return_report(report, drafter, "Ảnh không rõ.")
        with django_capture_on_commit_callbacks(execute=True):
            response = as_user(client, vhxh_reporter).post(
                reverse("reports:remove_evidence", args=[evidence.pk])
            )
        assert response.status_code == 302
        assert not Evidence.objects.exists()
        # The issued plan's frozen documents stay; no evidence file does.
        assert not any(p.is_file() for p in (media_root / "evidence").rglob("*"))

    def test_it_refuses_while_the_report_waits_for_review(self, client, evidence, vhxh_reporter):
        as_user(client, vhxh_reporter).post(reverse("reports:remove_evidence", args=[evidence.pk]))
        assert Evidence.objects.filter(pk=evidence.pk).exists()

    def test_it_checks_ownership_within_the_ward(self, client, evidence, police_reporter):
        response = as_user(client, police_reporter).post(
            reverse("reports:remove_evidence", args=[evidence.pk])
        )
        assert response.status_code == 404 and Evidence.objects.exists()

    def test_it_checks_ownership_across_wards(self, client, evidence, other_ward_reporter):
        response = as_user(client, other_ward_reporter).post(
            reverse("reports:remove_evidence", args=[evidence.pk])
        )
        assert response.status_code == 404 and Evidence.objects.exists()

    def test_it_refuses_the_drafter(self, client, evidence, drafter):
        response = as_user(client, drafter).post(
            reverse("reports:remove_evidence", args=[evidence.pk])
        )
        assert response.status_code == 403 and Evidence.objects.exists()
