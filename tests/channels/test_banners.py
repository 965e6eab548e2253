"""Banners and panels from seed 000's slogans: print PDF at the real size, PNG previews, every glyph
in the font, and every line of the PDF made of whole words."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from tests.conftest import SEEDS

from kehoach.channels.banners import write_prints
from kehoach.channels.fonts import bold_font, missing_glyphs
from kehoach.channels.layout import units
from kehoach.channels.settings import Settings
from kehoach.read import read_plan

MM = 72 / 25.4


@pytest.fixture(scope="module")
def seed_slogans() -> list[str]:
    return read_plan(SEEDS[0]).slogans


@pytest.fixture(scope="module")
def prints(tmp_path_factory: pytest.TempPathFactory, seed_slogans: list[str]):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("prints")
    settings = Settings()
    made = write_prints(
        seed_slogans, settings.banners[:1], settings.palette, folder, "Phường Lê Chân"
    )
    made += write_prints(
        seed_slogans, settings.panels[:1], settings.palette, folder, "Phường Lê Chân", "pa-nô"
    )
    return made


def test_pdf_page_is_the_ordered_size(prints) -> None:  # type: ignore[no-untyped-def]
    with pdfplumber.open(prints[0].pdf) as pdf:
        page = pdf.pages[0]
        assert (round(page.width / MM), round(page.height / MM)) == (5000, 800)
        assert len(pdf.pages) == 37


def test_every_character_of_every_slogan_is_in_the_font(seed_slogans: list[str]) -> None:
    text = "\n".join(seed_slogans)
    assert missing_glyphs(text, bold_font()) == []
    assert missing_glyphs(text.upper(), bold_font()) == []


def test_a_character_outside_the_font_is_reported() -> None:
    assert missing_glyphs("Chào 𝔸 mừng 漢", bold_font()) == ["𝔸", "漢"]


def test_every_pdf_line_is_whole_words_of_the_slogan(prints, seed_slogans: list[str]) -> None:  # type: ignore[no-untyped-def]
    with pdfplumber.open(prints[1].pdf) as pdf:  # the panel: mixed case, several lines a slogan
        for page, slogan in zip(pdf.pages, seed_slogans, strict=True):
            lines = [line for line in page.extract_text().splitlines() if line != "PHƯỜNG LÊ CHÂN"]
            assert " ".join(lines).split() == slogan.split()
            pieces = units(slogan)
            cuts = _cut_positions(pieces)
            position = 0
            for line in lines[:-1]:
                position += len(line.split())
                assert position in cuts, (slogan, lines)


def _cut_positions(pieces: list[str]) -> set[int]:
    positions, count = set(), 0
    for piece in pieces:
        count += len(piece.split())
        positions.add(count)
    return positions


def test_previews_exist_for_the_first_size(prints) -> None:  # type: ignore[no-untyped-def]
    assert len(prints[0].previews) == 37 and all(
        p.stat().st_size > 1000 for p in prints[0].previews
    )


def test_the_ward_palette_colours_the_ground(tmp_path: Path) -> None:
    settings = Settings()
    palette = settings.palette.__class__(ground="#004080", letters="#FFFFFF", accent="#FFFFFF")
    made = write_prints(["Xây dựng phường văn minh!"], settings.banners[:1], palette, tmp_path)
    assert Image.open(made[0].previews[0]).getpixel((2, 2)) == (0, 64, 128)
