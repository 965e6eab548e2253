"""Reading a message file: the example, and bad files refused with one Vietnamese sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SEEDS

from kehoach.channels.message import Message, load_message
from kehoach.errors import InputError
from kehoach.read import read_plan


def test_example_slogans_come_from_seed_000(message: Message) -> None:
    plan = read_plan(SEEDS[0])
    assert set(message.slogans) <= set(plan.slogans)


def test_paragraphs_split_on_blank_lines(message: Message) -> None:
    assert len(message.paragraphs) == 3


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\x01binary",
        b"title: [unclosed",
        b"- a list\n- not a message\n",
        b"title: T\n",
        "\udcff".encode("utf-8", "surrogateescape"),
    ],
)
def test_bad_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "tin.yaml"
    path.write_bytes(content)
    with pytest.raises(InputError):
        load_message(path)
