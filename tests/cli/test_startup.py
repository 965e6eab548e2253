"""`kehoach` imports only the subcommand it runs: a one-file parse and --version start fast."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import SEEDS
from kehoach.cli import build_parser, main

PROBE = (
    "import sys; from kehoach.cli import main; main(sys.argv[1:]); "
    "heavy = [m for m in ('tqdm', 'pypdfium2', 'kehoach.calendar.commemorations', "
    "'kehoach.lint', 'kehoach.write.docx', 'django') if m in sys.modules]; "
    "print('HEAVY', heavy, file=sys.stderr)"
)


def _heavy(*argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True
    )
    return done.stderr.strip().splitlines()[-1]


def test_one_file_parse_loads_no_other_subcommand():
    assert _heavy("parse", str(SEEDS[0])) == "HEAVY []"


def test_version_loads_no_subcommand():
    assert _heavy("--version") == "HEAVY []"


def test_help_still_lists_every_subcommand():
    text = build_parser().format_help()
    for command in ("parse", "lint", "render", "cascade", "calendar", "thi-dua", "serve", "backup"):
        assert command in text


def test_an_unknown_option_is_refused_with_status_2(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as stopped:
        main(["parse", "--bogus", str(SEEDS[0])])
    assert stopped.value.code == 2
    assert "--bogus" in capsys.readouterr().err
