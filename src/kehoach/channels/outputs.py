"""All channel outputs of one message into a folder: the loudspeaker script, audio and playlist, the
portal article, banners and panels, LED slides, the social post. The audio is made in a thread while the
pictures are drawn, so the whole set stays within about a second and a half."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kehoach.channels.banners import write_prints
from kehoach.channels.led import write_slides
from kehoach.channels.loudspeaker import Script, script_for
from kehoach.channels.message import Message
from kehoach.channels.portal import article_html
from kehoach.channels.schedule import ClusterSchedule, csv_text, m3u, sessions
from kehoach.channels.settings import Settings
from kehoach.channels.social import write_social
from kehoach.channels.speech import synthesise, wav_seconds
from kehoach.errors import InputError

CHANNELS = ("loa", "portal", "banner", "led", "social")
AUDIO_NAME = "loa-ban-tin.wav"


@dataclass
class Outputs:
    files: dict[str, list[Path]] = field(default_factory=dict)
    script: Script | None = None
    audio_seconds: float | None = None
    broadcasts: int = 0  # broadcast sessions in the schedule


def parse_channels(text: str) -> tuple[str, ...]:
    """ "loa,portal" -> ("loa", "portal"); InputError naming the known channels otherwise."""
    wanted = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [c for c in wanted if c not in CHANNELS]
    if unknown or not wanted:
        raise InputError(
            f"Kênh không có: {', '.join(unknown) or '(trống)'}; chọn trong {','.join(CHANNELS)}."
        )
    return wanted


def _loudspeaker(
    message: Message,
    settings: Settings,
    folder: Path,
    schedule: list[ClusterSchedule],
    out: Outputs,
) -> list[Path]:
    script = out.script or script_for(message, settings.station)
    text_path = folder / "loa-ban-tin.txt"
    text_path.write_text(
        f"{script.text}\n\n(Thời lượng ước tính: {script.minutes_text})\n", "utf-8"
    )
    wav = synthesise(
        script.text,
        folder / AUDIO_NAME,
        settings.station.syllables_per_minute,
        settings.speech_engine,
    )
    out.audio_seconds = wav_seconds(wav)
    paths = [text_path, wav]
    if schedule:
        found = sessions(schedule)
        out.broadcasts = len(found)
        (folder / "loa-lich-phat.m3u").write_text(
            m3u(found, AUDIO_NAME, message.title, out.audio_seconds), "utf-8"
        )
        (folder / "loa-lich-phat.csv").write_text(
            csv_text(found, AUDIO_NAME, message.title, out.audio_seconds), "utf-8"
        )
        paths += [folder / "loa-lich-phat.m3u", folder / "loa-lich-phat.csv"]
    return paths


def _prints(message: Message, settings: Settings, folder: Path) -> list[Path]:
    slogans = list(message.slogans) or [message.title]
    made = write_prints(slogans, settings.banners, settings.palette, folder, message.ward)
    made += write_prints(slogans, settings.panels, settings.palette, folder, message.ward, "pa-nô")
    return [p for f in made for p in (f.pdf, *f.previews)]


def render_channels(
    message: Message,
    settings: Settings,
    folder: Path,
    channels: tuple[str, ...] = CHANNELS,
    schedule: list[ClusterSchedule] | None = None,
) -> Outputs:
    """Write the chosen channels' files into `folder` and say what was made."""
    sessions(schedule or [])  # a schedule that cannot be played fails before anything is drawn
    folder.mkdir(parents=True, exist_ok=True)
    out = Outputs()
    # The speech engine runs as its own process and Pillow's PNG encoder releases the GIL, so the
    # channels are made side by side.
    with ThreadPoolExecutor(max_workers=3) as pool:
        jobs = {}
        if "loa" in channels:
            out.script = script_for(message, settings.station)
            jobs["loa"] = pool.submit(_loudspeaker, message, settings, folder, schedule or [], out)
        if "banner" in channels:
            jobs["banner"] = pool.submit(_prints, message, settings, folder)
        if "led" in channels:
            jobs["led"] = pool.submit(write_slides, message, settings, folder)
        if "social" in channels:
            jobs["social"] = pool.submit(write_social, message, settings, folder)
        if "portal" in channels:
            page = folder / "cong-thong-tin-bai-viet.html"
            page.write_text(article_html(message), "utf-8")
            out.files["portal"] = [page]
        for channel, job in jobs.items():
            out.files[channel] = job.result()
    if "led" in out.files:
        out.files["led"].append(folder / "led-chay-chu.txt")
    out.files = {c: out.files[c] for c in CHANNELS if c in out.files}
    return out
