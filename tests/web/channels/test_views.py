"""The journey on the site: draft, channel texts, approval, publishing, the public page and its Atom
feed, the logs, and the unit's report that shows the logged counts."""

from __future__ import annotations

import re
from datetime import date

import feedparser
import pytest
from django.urls import reverse

from kehoach.web.channels import services as channel_services
from kehoach.web.channels.models import ChannelLog, ChannelMessage, ChannelOutput
from kehoach.web.reports.models import AcceptedFigure, UnitReport
from web.fetch import fetch

pytestmark = pytest.mark.django_db


def test_drafting_makes_every_channel_text_and_a_version(client, vhxh_reporter, vhxh_task):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    form = client.get(reverse("channels:new") + f"?nhiem-vu={vhxh_task.pk}").content.decode()
    assert "Khẩu hiệu" in form
    response = client.post(
        reverse("channels:new"),
        {
            "organisation": vhxh_task.plan.organisation_id,
            "unit": vhxh_task.unit_id,
            "task": vhxh_task.pk,
            "title": "Thông báo treo cờ Tổ quốc",
            "body": "UBND phường đề nghị các hộ gia đình treo cờ từ ngày 30/4/2025 đến hết ngày 01/5/2025.",
            "slogans": "Nhiệt liệt chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước!",
        },
    )
    message = ChannelMessage.objects.get()
    assert (
        response.status_code == 302 and message.task == vhxh_task and message.versions.count() == 1
    )
    script = message.outputs.get(channel="loa").text
    assert "ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi lăm" in script
    assert "Ủy ban nhân dân phường" in script and "Đài truyền thanh" in script


def test_an_empty_title_is_refused_in_vietnamese(client, vhxh_reporter, ward):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    response = client.post(
        reverse("channels:new"), {"organisation": ward.pk, "title": "", "body": ""}
    )
    assert response.status_code == 400 and "Hãy nhập tiêu đề" in response.content.decode()
    assert not ChannelMessage.objects.exists()


def test_editing_a_channel_text_keeps_a_version(client, vhxh_reporter, draft_message):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    client.post(
        reverse("channels:output", args=[draft_message.pk, "loa"]),
        {"loa-text": "Kính thưa bà con."},
    )
    output = draft_message.outputs.get(channel=ChannelOutput.Channel.LOUDSPEAKER)
    assert output.text == "Kính thưa bà con." and output.edited
    assert draft_message.versions.count() == 2


def test_a_stale_edit_is_refused(client, vhxh_reporter, draft_message):  # type: ignore[no-untyped-def]
    channel_services.save_message(
        draft_message, vhxh_reporter, {"title": "Bản mới", "body": "Nội dung mới."}, 1
    )
    client.force_login(vhxh_reporter)
    response = client.post(
        reverse("channels:edit", args=[draft_message.pk]),
        {
            "organisation": draft_message.organisation_id,
            "unit": draft_message.unit_id,
            "title": "Bản cũ",
            "body": "x",
            "version": "1",
        },
    )
    assert response.status_code == 400 and "người khác sửa" in response.content.decode()
    assert ChannelMessage.objects.get().title == "Bản mới"


def test_nothing_goes_out_before_approval(client, vhxh_reporter, submitted_message):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    client.post(reverse("channels:publish", args=[submitted_message.pk]))
    assert ChannelMessage.objects.get().state == ChannelMessage.State.SUBMITTED
    assert (
        client.get(reverse("tin:ward", args=[submitted_message.organisation.slug])).status_code
        == 200
    )
    feed = feedparser.parse(
        client.get(reverse("tin:feed", args=[submitted_message.organisation.slug])).content
    )
    assert feed.entries == []


def test_return_needs_a_comment_then_the_unit_can_edit_again(client, approver, submitted_message):  # type: ignore[no-untyped-def]
    client.force_login(approver)
    client.post(reverse("channels:return", args=[submitted_message.pk]), {"comment": ""})
    assert ChannelMessage.objects.get().state == ChannelMessage.State.SUBMITTED
    client.post(
        reverse("channels:return", args=[submitted_message.pk]), {"comment": "Sửa ngày treo cờ."}
    )
    message = ChannelMessage.objects.get()
    assert (
        message.state == ChannelMessage.State.RETURNED
        and message.return_comment == "Sửa ngày treo cờ."
    )


def test_publish_shows_it_publicly_and_in_a_valid_feed(client, vhxh_reporter, approved_message):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    client.post(reverse("channels:publish", args=[approved_message.pk]))
    client.logout()
    slug = approved_message.organisation.slug
    assert approved_message.title in client.get(reverse("tin:ward", args=[slug])).content.decode()
    page = client.get(reverse("tin:article", args=[slug, approved_message.pk])).content.decode()
    assert "Đảng Cộng sản Việt Nam quang vinh muôn năm!" in page
    response = client.get(reverse("tin:feed", args=[slug]))
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.version == "atom10"
    assert [e.title for e in feed.entries] == [approved_message.title]
    assert feed.entries[0].link.endswith(reverse("tin:article", args=[slug, approved_message.pk]))
    assert ChannelLog.objects.get().kind == ChannelLog.Kind.PUBLICATION


def test_logs_fill_the_units_report_and_reach_the_accepted_figures(  # type: ignore[no-untyped-def]
    client, vhxh_reporter, drafter, approved_message, vhxh_task
):
    client.force_login(vhxh_reporter)
    client.post(reverse("channels:publish", args=[approved_message.pk]))
    for day, place, count in (
        ("03/02/2025", "Cụm loa tổ dân phố 1-6", 8),
        ("04/02/2025", "Cụm loa tổ dân phố 7-12", 4),
    ):
        client.post(
            reverse("channels:log", args=[approved_message.pk]),
            {"kind": "broadcast", "day": day, "place": place, "count": str(count)},
        )
    client.post(
        reverse("channels:log", args=[approved_message.pk]),
        {"kind": "banner", "day": "01/02/2025", "place": "Đường Lê Chân", "count": "6"},
    )
    page = client.get(reverse("reports:task", args=[vhxh_task.pk])).content.decode()
    assert _value(page, "so_phat_thanh") == "12" and _value(page, "so_bang_ron") == "6"
    assert _value(page, "so_tin_bai") == "1" and "nhật ký kênh tuyên truyền" in page
    sentence = "Phát thanh 12 buổi trên hệ thống loa truyền thanh; đăng 1 tin, bài trên Cổng thông tin điện tử"
    assert sentence in page
    # The unit reviews the figures and sends them as they are; the drafter accepts.
    client.post(
        reverse("reports:task", args=[vhxh_task.pk]),
        {
            "version": "0",
            "action": "submit",
            "so_phat_thanh": "12",
            "so_tin_bai": "1",
            "so_bang_ron": "6",
            "text": sentence + ".",
        },
    )
    client.force_login(drafter)
    client.post(reverse("reports:accept", args=[UnitReport.objects.get(task=vhxh_task).pk]))
    accepted = dict(AcceptedFigure.objects.filter(plan=vhxh_task.plan).values_list("key", "value"))
    assert accepted == {"phat_thanh": 12, "tin_bai": 1, "bang_ron": 6}


def _value(page: str, name: str) -> str | None:
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', page)
    value = re.search(r'value="([^"]*)"', tag.group(0)) if tag else None
    return value.group(1) if value else None


def test_files_download_after_approval(client, vhxh_reporter, approved_message):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    detail = reverse("channels:detail", args=[approved_message.pk])
    assert "Máy chủ đang làm các tệp" in client.get(detail).content.decode()
    response = fetch(
        client, reverse("channels:file", args=[approved_message.pk, "loa-ban-tin.wav"])
    )
    assert response.status_code == 200 and response["Content-Type"] == "audio/wav"
    assert b"".join(response.streaming_content)[:4] == b"RIFF"
    page = client.get(detail).content.decode()
    assert "bang-ron-5000x800.pdf" in page and "loa-ban-tin.wav" in page
    missing = client.get(reverse("channels:file", args=[approved_message.pk, "..%2Fsettings.py"]))
    assert missing.status_code == 404


def test_versions_are_listed_in_vietnamese(client, vhxh_reporter, submitted_message):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    page = client.get(reverse("channels:detail", args=[submitted_message.pk])).content.decode()
    assert "<strong>Gửi duyệt</strong>" in page and "<strong>Lưu tin</strong>" in page
    assert "<strong>submit</strong>" not in page


def test_a_commemoration_suggests_the_calendars_slogans_with_counts(client, vhxh_reporter):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    page = client.get(reverse("channels:new") + "?ky-niem=ngay-thanh-lap-dang").content.decode()
    year = date.today().year
    assert f"{year - 1930} năm Ngày thành lập Đảng Cộng sản Việt Nam" in page


def test_a_schedule_gives_the_playlist_and_a_bad_line_is_explained(
    client, vhxh_reporter, vhxh_task
):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    data = {
        "organisation": vhxh_task.plan.organisation_id,
        "unit": vhxh_task.unit_id,
        "title": "Lịch tiêm chủng",
        "body": "Trạm Y tế phường tiêm vắc-xin sáng thứ bảy.",
        "schedule": "Cụm loa chợ | 31/02/2025 | 06:00",
    }
    response = client.post(reverse("channels:new"), data)
    assert response.status_code == 400 and "31/02/2025" in response.content.decode()
    data["schedule"] = "Cụm loa chợ | 01/03/2025 - 03/03/2025 | 06:00, 17:30 | 2"
    client.post(reverse("channels:new"), data)
    message = ChannelMessage.objects.get()
    assert (
        "6 buổi phát thanh theo lịch"
        in client.get(reverse("channels:detail", args=[message.pk])).content.decode()
    )
    message.state = ChannelMessage.State.APPROVED
    message.save()
    playlist = fetch(client, reverse("channels:file", args=[message.pk, "loa-lich-phat.m3u"]))
    text = b"".join(playlist.streaming_content).decode()
    assert text.startswith("#EXTM3U") and text.count("loa-ban-tin.wav") == 12
