"""Fixtures of the channels pages: a message of the VHXH unit for its task, in each state."""

from __future__ import annotations

import pytest

from kehoach.web.channels import services as channel_services
from kehoach.web.channels.models import ChannelMessage
from web.tasks.fixtures import *  # noqa: F403

SLOGAN = "Đảng Cộng sản Việt Nam quang vinh muôn năm!"


def make_message(task, user) -> ChannelMessage:  # type: ignore[no-untyped-def]
    message = ChannelMessage(
        organisation_id=task.plan.organisation_id, unit_id=task.unit_id, task=task
    )
    return channel_services.save_message(
        message,
        user,
        {
            "title": "Phường tổ chức kỷ niệm 95 năm Ngày thành lập Đảng",
            "lead": "Từ ngày 30/01/2025, UBND phường tổ chức các hoạt động kỷ niệm.",
            "body": "Tối 02/02/2025 tại Nhà văn hóa phường diễn ra chương trình văn nghệ với 12 tổ dân phố.",
            "slogans": [SLOGAN],
        },
        None,
    )


@pytest.fixture(autouse=True)
def _own_media(settings, tmp_path):  # type: ignore[no-untyped-def]
    """Each test starts with an empty storage (the worker's files of another test are not there)."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def draft_message(vhxh_task, vhxh_reporter) -> ChannelMessage:
    return make_message(vhxh_task, vhxh_reporter)


@pytest.fixture
def submitted_message(draft_message, vhxh_reporter) -> ChannelMessage:
    channel_services.submit(draft_message, vhxh_reporter)
    return draft_message


@pytest.fixture
def approved_message(submitted_message, approver) -> ChannelMessage:
    channel_services.approve(submitted_message, approver)
    return submitted_message
