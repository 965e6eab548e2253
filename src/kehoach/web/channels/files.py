"""The files of an approved message — audio, playlist, banners, panels, LED frames, social image,
portal page — made by kehoach.channels into a folder per message version under MEDIA_ROOT."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.conf import settings as django_settings

from kehoach.channels.outputs import render_channels
from kehoach.channels.schedule import schedules_from_text
from kehoach.channels.speech import synthesise
from kehoach.web.channels.models import ChannelMessage, ChannelOutput
from kehoach.web.channels.services import channel_settings, library_message

CONTENT_TYPES = {
    ".wav": "audio/wav",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".m3u": "audio/x-mpegurl",
    ".csv": "text/csv; charset=utf-8",
}


def _folder(message: ChannelMessage, outputs: dict[str, str]) -> Path:
    state = (message.version, message.schedule, sorted(outputs.items()))
    key = hashlib.sha256(repr(state).encode()).hexdigest()[:16]
    return (
        Path(django_settings.MEDIA_ROOT)
        / "channels"
        / str(message.organisation_id)
        / str(message.pk)
        / key
    )


def message_files(message: ChannelMessage) -> Path:
    """The folder of the message's files, made once per version and edit."""
    outputs = {o.channel: o.text for o in message.outputs.all()}
    folder = _folder(message, outputs)
    if (folder / "xong").exists():
        return folder
    settings = channel_settings()
    schedule = schedules_from_text(message.schedule)
    render_channels(library_message(message), settings, folder, schedule=schedule)
    script = outputs.get(ChannelOutput.Channel.LOUDSPEAKER)
    if script:  # the (possibly corrected) script is what the station reads
        synthesise(
            script,
            folder / "loa-ban-tin.wav",
            settings.station.syllables_per_minute,
            settings.speech_engine,
        )
        (folder / "loa-ban-tin.txt").write_text(script + "\n", "utf-8")
    (folder / "xong").write_text("", "utf-8")
    return folder


def listed(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in CONTENT_TYPES)
