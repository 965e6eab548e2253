"""Writing, approving and publishing messages, and logging what went out. Each step is one transaction
with its version row and its audit entry. The channel texts come from kehoach.channels (the library);
the site never makes its own spoken form or layout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings as django_settings
from django.utils import timezone

from kehoach.channels.led import scrolling_text
from kehoach.channels.loudspeaker import script_for
from kehoach.channels.message import Message, load_yaml
from kehoach.channels.settings import Settings, settings_from_dict
from kehoach.channels.social import post_text
from kehoach.document.text import nfc
from kehoach.web.audit.log import record
from kehoach.web.channels.models import ChannelLog, ChannelMessage, ChannelOutput, MessageVersion
from kehoach.web.core.db import atomic

State = ChannelMessage.State
Channel = ChannelOutput.Channel


class MessageRefused(Exception):
    """The step does not apply to the message as it is now (someone saved first, wrong state)."""


def channel_settings() -> Settings:
    """The site's channel settings: KEHOACH_CHANNELS_SETTINGS (a YAML file), else the defaults."""
    path = getattr(django_settings, "KEHOACH_CHANNELS_SETTINGS", "")
    if not path:
        return Settings()
    raw = load_yaml(Path(path))
    return settings_from_dict(raw.get("channels", raw) if isinstance(raw, dict) else raw)


def library_message(message: ChannelMessage) -> Message:
    """The library's Message for a stored message."""
    ward = message.organisation.place or message.organisation.name
    kind = message.organisation.get_kind_display()
    ward_name = ward if ward.lower().startswith(kind.lower()) else f"{kind} {ward}"
    return Message(
        title=message.title,
        body=message.body,
        lead=message.lead,
        slogans=tuple(message.slogans),
        ward=ward_name,
        unit=message.unit.name if message.unit else "",
        date=(
            message.published_at or message.approved_at or message.updated_at or timezone.now()
        ).date()
        if message.pk
        else None,
    )


def generated_texts(message: ChannelMessage) -> dict[str, str]:
    """Each channel's text made from the message by the library."""
    settings = channel_settings()
    lib = library_message(message)
    station = replace(settings.station)
    facebook = dict(settings.social_limits).get("facebook", 2000)
    return {
        Channel.LOUDSPEAKER: script_for(lib, station).text,
        Channel.SOCIAL: post_text(lib, "facebook", facebook).text,
        Channel.LED: scrolling_text(lib),
    }


def snapshot(message: ChannelMessage) -> dict[str, Any]:
    return {
        "title": message.title,
        "lead": message.lead,
        "body": message.body,
        "slogans": list(message.slogans),
        "schedule": message.schedule,
        "state": message.state,
        "outputs": {o.channel: o.text for o in message.outputs.all()} if message.pk else {},
    }


def _version(message: ChannelMessage, user: Any, action: str, comment: str = "") -> None:
    number = (
        message.versions.order_by("-number").values_list("number", flat=True).first() or 0
    ) + 1
    MessageVersion.objects.create(
        message=message,
        number=number,
        action=action,
        data=snapshot(message),
        comment=comment,
        user=user,
    )


def _regenerate(message: ChannelMessage, user: Any) -> None:
    for channel, text in generated_texts(message).items():
        ChannelOutput.objects.update_or_create(
            message=message,
            channel=channel,
            defaults={"text": text, "edited": False, "updated_by": user},
        )


def save_message(
    message: ChannelMessage, user: Any, fields: dict[str, Any], base_version: int | None
) -> ChannelMessage:
    """Create or edit a draft; the channel texts are made again from the new content."""
    with atomic():
        if message.pk:
            current = ChannelMessage.objects.select_for_update().get(pk=message.pk)
            if base_version is not None and current.version != base_version:
                raise MessageRefused(
                    "Tin đã được người khác sửa trong lúc bạn soạn; hãy mở lại tin để xem bản mới rồi sửa tiếp."
                )
            if current.state not in (State.DRAFT, State.RETURNED):
                raise MessageRefused("Tin đã gửi duyệt hoặc đã duyệt, không sửa được nữa.")
            message.version = current.version + 1
        for name in ("title", "lead", "body"):
            setattr(message, name, nfc(str(fields.get(name, "") or "")).strip())
        message.slogans = [nfc(s).strip() for s in fields.get("slogans", []) if s.strip()]
        message.schedule = nfc(str(fields.get("schedule", "") or "")).strip()
        if not message.pk:
            message.created_by = user
        message.save()
        _regenerate(message, user)
        _version(message, user, "save")
        record(user, message.organisation, "channel_save", message, f"Lưu tin: {message.title}")
    return message


def edit_output(message: ChannelMessage, channel: str, text: str, user: Any) -> ChannelOutput:
    """The unit corrects a channel's text by hand (before approval; the leader approves what is read)."""
    if message.state not in (State.DRAFT, State.RETURNED):
        raise MessageRefused("Tin đã gửi duyệt: không sửa được kịch bản nữa; hãy đề nghị trả lại.")
    with atomic():
        output = ChannelOutput.objects.get(message=message, channel=channel)
        output.text, output.edited, output.updated_by = nfc(text).strip(), True, user
        output.save()
        _version(message, user, "edit_" + channel)
    return output


def _move(
    message: ChannelMessage,
    user: Any,
    allowed: tuple[str, ...],
    to: str,
    action: str,
    comment: str = "",
) -> None:
    with atomic():
        current = ChannelMessage.objects.select_for_update().get(pk=message.pk)
        if current.state not in allowed:
            raise MessageRefused(
                f"Tin đang ở trạng thái “{current.get_state_display()}”, không thực hiện được."
            )
        message.state = to
        if action == "approve":
            message.approved_by, message.approved_at = user, timezone.now()
        if action == "return":
            message.return_comment = comment
        if action == "publish":
            message.published_at = timezone.now()
        message.save()
        _version(message, user, action, comment)
        record(
            user, message.organisation, "channel_" + action, message, f"{action}: {message.title}"
        )


def submit(message: ChannelMessage, user: Any) -> None:
    _move(message, user, (State.DRAFT, State.RETURNED), State.SUBMITTED, "submit")


def approve(message: ChannelMessage, user: Any) -> None:
    _move(message, user, (State.SUBMITTED,), State.APPROVED, "approve")


def return_for_changes(message: ChannelMessage, user: Any, comment: str) -> None:
    _move(message, user, (State.SUBMITTED,), State.RETURNED, "return", comment)


def publish(message: ChannelMessage, user: Any, today: date | None = None) -> None:
    """Publish on the ward's portal page and feed; the publication is logged as one tin, bài."""
    _move(message, user, (State.APPROVED,), State.PUBLISHED, "publish")
    add_log(
        message,
        user,
        ChannelLog.Kind.PUBLICATION,
        today or timezone.localdate(),
        "Cổng thông tin điện tử",
        1,
    )


def add_log(
    message: ChannelMessage, user: Any, kind: str, day: date, place: str, count: int, note: str = ""
) -> ChannelLog:
    if message.state not in (State.APPROVED, State.PUBLISHED):
        raise MessageRefused("Chỉ ghi nhật ký cho tin đã được duyệt.")
    with atomic():
        entry = ChannelLog.objects.create(
            message=message,
            kind=kind,
            day=day,
            place=nfc(place).strip(),
            count=count,
            note=note,
            user=user,
        )
        record(
            user,
            message.organisation,
            "channel_log",
            message,
            f"{entry.get_kind_display()}: {count} — {place}",
        )
    return entry
