"""[tool.kehoach.lint]: found by walking up from the file, read strictly, bad values refused."""

from __future__ import annotations

import pytest

from kehoach.errors import InputError
from kehoach.lint.config import find_config, load_config


def test_config_is_found_in_a_parent_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.kehoach.lint]\nselect = ["format"]\n', encoding="utf-8"
    )
    folder = tmp_path / "plans" / "2024"
    folder.mkdir(parents=True)
    assert find_config(folder / "plan.txt") == tmp_path / "pyproject.toml"


def test_a_pyproject_without_the_section_is_passed_over(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert (
        find_config(tmp_path / "plan.txt") is None
        or find_config(tmp_path / "plan.txt") != tmp_path / "pyproject.toml"
    )


def test_config_values_are_read(tmp_path):
    path = tmp_path / "kehoach.toml"
    path.write_text(
        '[tool.kehoach.lint]\nselect = ["format", "known-typo"]\nignore = ["end-marker"]\nsize-profile = "12-13"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert (config.select, config.ignore, config.size_profile) == (
        ["format", "known-typo"],
        ["end-marker"],
        "12-13",
    )


@pytest.mark.parametrize(
    "body", ['select = "format"', 'size-profile = "15-16"', "[tool.kehoach.lint"]
)
def test_bad_config_is_an_input_error(tmp_path, body):
    path = tmp_path / "kehoach.toml"
    path.write_text(
        f"[tool.kehoach.lint]\n{body}\n" if not body.startswith("[") else body, encoding="utf-8"
    )
    with pytest.raises(InputError):
        load_config(path)
