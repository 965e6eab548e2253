"""`[tool.kehoach.lint]` in a pyproject-style TOML file: which rules run and the size profile.

    [tool.kehoach.lint]
    select = ["format", "language", "anniversary-count"]   # families or rule ids; default: all
    ignore = ["tone-mark-style"]
    size-profile = "13-14"                                  # body font size range: "13-14" or "12-13"
    allow = ["Pác Bó", "Hoàng Su Phì", "VHTTDL"]            # the ward's own names: never misspelt

The file is found by walking up from the linted file (pyproject.toml or kehoach.toml), or given with --config.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kehoach.errors import InputError

PROFILES = {"13-14": (13.0, 14.0), "12-13": (12.0, 13.0)}
CONFIG_NAMES = ("kehoach.toml", "pyproject.toml")


@dataclass
class LintConfig:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    size_profile: str = "13-14"
    allow: list[str] = field(default_factory=list)

    @property
    def allowed(self) -> frozenset[str]:
        """Every allowed name, its syllables and its neighbouring pairs, in lower case and as written."""
        found: set[str] = set()
        for name in self.allow:
            words = name.split()
            found.update(words)
            found.update(w.lower() for w in words)
            found.update(f"{a.lower()} {b.lower()}" for a, b in zip(words, words[1:], strict=False))
        return frozenset(found)


def _names(value: object, key: str, path: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        what = "tên riêng" if key == "allow" else "tên quy tắc"
        raise InputError(f"{path}: [tool.kehoach.lint] {key} phải là một danh sách {what}.")
    return list(value)


def load_config(path: Path) -> LintConfig:
    """Read [tool.kehoach.lint] from `path`; an absent section gives the defaults."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"không đọc được tệp cấu hình {path}: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"tệp cấu hình {path} sai cú pháp TOML: {error}") from None
    section = data.get("tool", {}).get("kehoach", {}).get("lint", {})
    if not isinstance(section, dict):
        raise InputError(f"{path}: [tool.kehoach.lint] phải là một bảng.")
    config = LintConfig()
    if "select" in section:
        config.select = _names(section["select"], "select", path)
    if "ignore" in section:
        config.ignore = _names(section["ignore"], "ignore", path)
    if "allow" in section:
        config.allow = _names(section["allow"], "allow", path)
    profile = str(section.get("size-profile", section.get("size_profile", "13-14")))
    if profile not in PROFILES:
        raise InputError(
            f'{path}: size-profile phải là "13-14" hoặc "12-13", không phải "{profile}".'
        )
    config.size_profile = profile
    return config


def find_config(start: Path) -> Path | None:
    """The nearest kehoach.toml or pyproject.toml with a [tool.kehoach.lint] section, walking up."""
    try:
        folder = start.resolve()
        if not folder.is_dir():
            folder = folder.parent
    except (OSError, RuntimeError):  # a symlink loop: look beside the name as written
        folder = start.absolute().parent
    for candidate_dir in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = candidate_dir / name
            if candidate.is_file():
                try:
                    text = candidate.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue
                if "[tool.kehoach.lint]" in text:
                    return candidate
    return None
