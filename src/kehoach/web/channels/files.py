"""The files of an approved message — audio, playlist, banners, panels, LED frames, social image,
portal page — made by a worker, never in a request, and kept through Django's storage API.

The worker (the "channel-files" rendering in `jobs.producers`) builds them with kehoach.channels in a
temporary folder, then stores each file and one .zip of them all under a folder named after the
message's version, schedule and channel texts: a local folder under MEDIA_ROOT by default, an
S3-compatible store when KEHOACH_S3_BUCKET is set, so that every app server sees the same files.
"""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from pathlib import Path
from typing import IO

from django.core.files import File
from django.core.files.storage import default_storage

from kehoach.channels.outputs import render_channels
from kehoach.channels.schedule import schedules_from_text
from kehoach.channels.speech import synthesise
from kehoach.web.channels.models import ChannelMessage, ChannelOutput
from kehoach.web.channels.services import channel_settings, library_message

ZIP_NAME = "tat-ca-tep.zip"
CONTENT_TYPES = {
    ".wav": "audio/wav",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".m3u": "audio/x-mpegurl",
    ".csv": "text/csv; charset=utf-8",
    ".zip": "application/zip",
}


def _outputs(message: ChannelMessage) -> dict[str, str]:
    return {o.channel: o.text for o in message.outputs.all()}


def version_key(message: ChannelMessage) -> str:
    """Names what the files are made from: a new version, schedule or channel text is a new key."""
    state = (message.version, message.schedule, sorted(_outputs(message).items()))
    return hashlib.sha256(repr(state).encode()).hexdigest()[:16]


def storage_folder(message: ChannelMessage, key: str) -> str:
    """The files' folder in the storage (a name in the storage, not a path on this machine)."""
    return f"channels/{message.organisation_id}/{message.pk}/{key}"


def listed(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in CONTENT_TYPES)


def make_files(message: ChannelMessage, folder: Path) -> list[Path]:
    """Write the message's files into `folder` with kehoach.channels (seconds: speech and drawing)."""
    outputs = _outputs(message)
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
    return listed(folder)


def _zip(paths: list[Path], target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in paths:
            archive.write(path, path.name)
    return target


def _put(name: str, path: Path) -> None:
    """Store `name`, replacing what a failed earlier attempt may have left half-written."""
    if default_storage.exists(name):
        default_storage.delete(name)
    with path.open("rb") as handle:
        saved = default_storage.save(name, File(handle))
    if saved != name:  # the storage must keep the name, else the pages would not find the file
        raise RuntimeError(f"storage renamed {name} to {saved}")


def store_files(message: ChannelMessage) -> list[str]:
    """Make the message's files in a temporary folder and keep them (and their .zip) in the storage.

    The .zip is stored last: the files are complete once it is there."""
    folder = storage_folder(message, version_key(message))
    with tempfile.TemporaryDirectory(prefix="kehoach-kenh-") as tmp:
        paths = make_files(message, Path(tmp) / "tep")
        for path in paths:
            _put(f"{folder}/{path.name}", path)
        _put(f"{folder}/{ZIP_NAME}", _zip(paths, Path(tmp) / ZIP_NAME))
    return [path.name for path in paths] + [ZIP_NAME]


def _names(folder: str) -> list[str]:
    try:
        _, names = default_storage.listdir(folder)
    except FileNotFoundError:
        return []
    if ZIP_NAME not in names:
        return []
    found = sorted(n for n in names if Path(n).suffix in CONTENT_TYPES and n != ZIP_NAME)
    return found + [ZIP_NAME]


def stored(message: ChannelMessage) -> list[str]:
    """The names of the message's stored files (empty when the worker has not made them)."""
    return _names(storage_folder(message, version_key(message)))


def open_stored(message: ChannelMessage, name: str) -> IO[bytes]:
    """The stored file `name` (one of `stored(message)`) of the message."""
    handle: IO[bytes] = default_storage.open(
        f"{storage_folder(message, version_key(message))}/{name}", "rb"
    )
    return handle
