"""Audio of a script, offline. The preview engine is espeak-ng's Vietnamese voice (Debian); a province's
own TTS service plugs in as a command ("command: tts --in {text} --out {wav}") that reads a UTF-8 text
file and writes a WAV file. The WAV's length is read from its header, so the estimate can be checked."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

from kehoach.errors import InputError

# espeak-ng's -s is words per minute; for Vietnamese a word is a syllable, and with its pauses espeak
# reads about 4/3 of -s syllables a minute (measured on the seeds: 1466 syllables in 440 s at -s 150).
ESPEAK_PACE = 4 / 3
TIMEOUT = 120


def espeak_speed(syllables_per_minute: int) -> int:
    """The -s value that makes espeak-ng read at the station's pace."""
    return max(80, min(450, round(syllables_per_minute / ESPEAK_PACE)))


def _run(command: list[str], stdin: bytes | None = None) -> None:
    try:
        subprocess.run(command, input=stdin, check=True, capture_output=True, timeout=TIMEOUT)
    except FileNotFoundError as error:
        raise InputError(
            f"Không tìm thấy chương trình đọc {command[0]}; hãy cài espeak-ng hoặc sửa cấu hình."
        ) from error
    except subprocess.CalledProcessError as error:
        detail = error.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise InputError(
            f"Chương trình đọc báo lỗi: {detail[0]}; hãy kiểm tra cấu hình."
        ) from error
    except subprocess.TimeoutExpired as error:
        raise InputError("Chương trình đọc chạy quá lâu; hãy rút gọn bản tin.") from error


def synthesise(text: str, wav: Path, syllables_per_minute: int, engine: str = "espeak-ng") -> Path:
    """Write the spoken `text` to `wav` with the configured engine; returns the path."""
    wav.parent.mkdir(parents=True, exist_ok=True)
    if engine.startswith("command:"):
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
            f.write(text)
        try:
            template = shlex.split(engine.removeprefix("command:").strip())
            _run([part.format(text=f.name, wav=str(wav)) for part in template])
        finally:
            Path(f.name).unlink(missing_ok=True)
    else:
        binary = shutil.which(engine) or engine
        speed = str(espeak_speed(syllables_per_minute))
        _run([binary, "-v", "vi", "-s", speed, "-w", str(wav), "--stdin"], text.encode("utf-8"))
    if not wav.exists() or wav.stat().st_size == 0:
        raise InputError("Chương trình đọc không tạo ra tệp âm thanh; hãy kiểm tra cấu hình.")
    return wav


def wav_seconds(wav: Path) -> float:
    """The duration of a PCM WAV file, from its header."""
    with wave.open(str(wav), "rb") as audio:
        return audio.getnframes() / float(audio.getframerate())
