"""Audio with espeak-ng's Vietnamese voice, as long as the script's estimate (± 20 %)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach.channels.loudspeaker import script_for
from kehoach.channels.message import Message
from kehoach.channels.settings import Settings, Station
from kehoach.channels.speech import synthesise, wav_seconds
from kehoach.errors import InputError


def test_audio_length_matches_the_estimate(
    message: Message, settings: Settings, tmp_path: Path
) -> None:
    script = script_for(message, settings.station)
    wav = synthesise(script.text, tmp_path / "tin.wav", settings.station.syllables_per_minute)
    assert abs(wav_seconds(wav) - script.seconds) <= 0.2 * script.seconds


def test_a_slower_station_gives_longer_audio_matching_its_estimate(tmp_path: Path) -> None:
    station = Station(name="Đài truyền thanh xã Hòa Nghĩa", syllables_per_minute=140)
    short = Message(
        title="Thông báo lịch tiêm chủng",
        body="Sáng thứ 7 ngày 15/3, Trạm Y tế xã tiêm vắc-xin cho trẻ dưới 5 tuổi; đề nghị các gia đình đưa trẻ đến đúng giờ, mang theo sổ tiêm chủng.",
    )
    script = script_for(short, station)
    wav = synthesise(script.text, tmp_path / "xa.wav", station.syllables_per_minute)
    assert abs(wav_seconds(wav) - script.seconds) <= 0.2 * script.seconds


def test_a_command_engine_is_called_with_the_text_and_wav_paths(tmp_path: Path) -> None:
    engine = "command: espeak-ng -v vi -f {text} -w {wav}"
    wav = synthesise("xin chào bà con", tmp_path / "c.wav", 180, engine)
    assert wav_seconds(wav) > 0.3


def test_a_missing_engine_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Không tìm thấy chương trình đọc"):
        synthesise("xin chào", tmp_path / "x.wav", 180, "khong-co-chuong-trinh-nay")
