"""The loudspeaker script: the station's opening, the title, the body and the slogans in spoken form,
the station's closing, and how long it takes to read at the announcer's pace."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kehoach.channels.message import Message
from kehoach.channels.settings import Station
from kehoach.channels.spoken import spoken

SYLLABLE = re.compile(r"[^\W\d_]+")
NUMBERING = re.compile(r"^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+", re.MULTILINE)


@dataclass(frozen=True)
class Script:
    text: str  # what the announcer reads, paragraph per line
    syllables: int
    seconds: float  # the reading-time estimate at the station's pace

    @property
    def minutes_text(self) -> str:
        """ "khoảng 3 phút 20 giây" for the officer planning the airtime."""
        total = round(self.seconds)
        minutes, seconds = divmod(total, 60)
        return f"khoảng {minutes} phút {seconds:02d} giây" if minutes else f"khoảng {seconds} giây"


def count_syllables(text: str) -> int:
    """Vietnamese is written a syllable a word: the number of words is the number of syllables."""
    return len(SYLLABLE.findall(text))


def reading_seconds(text: str, syllables_per_minute: int) -> float:
    """The estimate: syllables at the announcer's pace (pauses are part of the measured pace)."""
    return count_syllables(text) * 60.0 / max(60, syllables_per_minute)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def station_name(station: Station, ward: str) -> str:
    """The configured name, or "Đài truyền thanh phường Lê Chân" made from the message's ward."""
    if station.name != Station().name or not ward:
        return station.name
    return f"Đài truyền thanh {ward[:1].lower()}{ward[1:]}"


def script_for(message: Message, station: Station) -> Script:
    """The script to read: opening, title, lead, body, "Khẩu hiệu tuyên truyền", slogans, closing."""
    name = station_name(station, message.ward)
    parts = [station.opening.format(station=name), message.title]
    if message.lead:
        parts.append(message.lead)
    parts += [NUMBERING.sub("", p) for p in message.paragraphs]
    if message.slogans:
        parts.append("Khẩu hiệu tuyên truyền")
        parts += list(message.slogans)
    parts.append(station.closing.format(station=name))
    lines = [_sentence(spoken(NUMBERING.sub("", part))) for part in parts]
    text = "\n".join(line for line in lines if line.strip(". "))
    return Script(text, count_syllables(text), reading_seconds(text, station.syllables_per_minute))
