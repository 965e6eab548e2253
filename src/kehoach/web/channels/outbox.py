"""Asking a worker for a message's files: at approval, so that they are usually ready when the unit
opens the message, and again from the pages when they are not (one job per version, shared)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from kehoach.web.channels import files
from kehoach.web.channels.models import ChannelMessage
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering

KIND = "channel-files"


def files_request(message: ChannelMessage) -> renders.Request:
    return renders.Request(
        key=f"{KIND}:{message.pk}:{files.version_key(message)}",
        kind=KIND,
        object_id=message.pk,
        organisation=message.organisation,
        title=f"Tệp để phát, in, đăng: {message.title}"[:300],
        file_name=files.ZIP_NAME,
        back_url=reverse("channels:detail", kwargs={"pk": message.pk}),
        next_url=reverse("channels:detail", kwargs={"pk": message.pk}),
        content_type="application/zip",
    )


def ask(message: ChannelMessage, user: Any) -> tuple[Rendering, list[str]]:
    """The job that makes the message's files (queued the first time it is asked for), and the names
    of the stored files once it is done."""
    rendering = renders.start(files_request(message), user)
    if rendering.status != Rendering.Status.READY:
        return rendering, []
    names = files.stored(message)
    if not names:  # the storage lost them (media not restored, a new bucket): make them again
        Rendering.objects.filter(pk=rendering.pk).update(status=Rendering.Status.FAILED)
        rendering.status = Rendering.Status.FAILED
        renders.retry(rendering)
        rendering.refresh_from_db()
    return rendering, names
