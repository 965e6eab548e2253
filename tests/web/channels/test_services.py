"""Channel services: the site's settings file, and figures counted from the logs."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.report.periods import Period
from kehoach.web.channels import services as channel_services
from kehoach.web.channels.figures import logged_figures, logged_sentence
from kehoach.web.channels.models import ChannelLog
from web.channels.conftest import make_message

pytestmark = pytest.mark.django_db


def test_the_site_settings_file_names_the_station(settings, tmp_path, vhxh_task, vhxh_reporter):  # type: ignore[no-untyped-def]
    path = tmp_path / "kenh.yaml"
    path.write_text(
        "channels:\n  station:\n    name: Đài Truyền thanh - Truyền hình phường\n", "utf-8"
    )
    settings.KEHOACH_CHANNELS_SETTINGS = str(path)
    message = make_message(vhxh_task, vhxh_reporter)
    assert message.outputs.get(channel="loa").text.startswith(
        "Đây là Đài Truyền thanh, Truyền hình phường"
    )


def test_logs_are_counted_per_kind(approved_message, vhxh_reporter, vhxh_task):  # type: ignore[no-untyped-def]
    Kind = ChannelLog.Kind
    for kind, count in ((Kind.BROADCAST, 5), (Kind.BROADCAST, 7), (Kind.BANNER, 4)):
        channel_services.add_log(
            approved_message, vhxh_reporter, kind, date(2025, 2, 1), "Cụm loa 1", count
        )
    assert logged_figures(vhxh_task) == {"phat_thanh": 12, "bang_ron": 4}
    assert logged_sentence(vhxh_task).startswith(
        "Phát thanh 12 buổi trên hệ thống loa truyền thanh; treo 4"
    )


def test_a_draft_cannot_be_logged(draft_message, vhxh_reporter):  # type: ignore[no-untyped-def]
    with pytest.raises(channel_services.MessageRefused):
        channel_services.add_log(
            draft_message, vhxh_reporter, ChannelLog.Kind.BROADCAST, date(2025, 2, 1), "x", 1
        )


def test_logs_outside_the_reporting_period_are_left_out(approved_message, vhxh_reporter, vhxh_task):  # type: ignore[no-untyped-def]
    Kind = ChannelLog.Kind
    channel_services.add_log(
        approved_message, vhxh_reporter, Kind.BROADCAST, date(2025, 2, 1), "Cụm loa 1", 5
    )
    channel_services.add_log(
        approved_message, vhxh_reporter, Kind.BROADCAST, date(2025, 5, 1), "Cụm loa 1", 7
    )
    assert logged_figures(vhxh_task, Period(2025, "quy", 1)) == {"phat_thanh": 5}
