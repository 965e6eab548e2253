"""The main test of the renderer: reading the rendered .docx gives back the same plan, field by field.

For every seed, every corpus plan (text and .docx) and the example: plan = read_plan(file); docx = render_docx(plan);
read_plan(docx) must equal plan (its last body paragraph ending in "./.", as the renderer
marks it) in every field of plan_to_dict except `review` (a reader's notes about
its own guesses, which name lines of the file it read). One test per file and field, so a failure names
both.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SEEDS, corpus_files
from kehoach.document.model import Table
from kehoach.document.serialise import plan_to_dict
from kehoach.read import read_plan
from kehoach.read.docx import docx_tables
from kehoach.write.authoring import load_plan_file
from kehoach.write.docx import render_docx, with_end_marker

FIELDS = [
    "doc_type", "number", "symbol", "issuer", "place", "date", "year", "title", "bases", "references",
    "sections", "assignments", "slogans", "anniversaries", "recipients", "archive", "signature",
    "parent_issuer", "preamble", "closing",
    # extensions, present only where they say something
    "month", "attachment_note", "recipient_lines", "national", "appendices",
]  # fmt: skip
EXAMPLE = ROOT / "examples" / "plan-quy-1-2025.yaml"
FILES = [*SEEDS, *corpus_files("text"), *corpus_files("docx"), EXAMPLE]

# (file name, field) -> why the round trip loses it; strict xfail, so a fix shows up as XPASS.
KNOWN: dict[tuple[str, str], str] = {}


@cache
def _round_trip(path: Path, folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    before = load_plan_file(path) if path.suffix == ".yaml" else read_plan(path)
    target = folder / (path.name + ".docx")
    target.write_bytes(render_docx(before))
    # The one change rendering makes on purpose: the body ends with "./." (Phụ lục III).
    return plan_to_dict(with_end_marker(before)), plan_to_dict(read_plan(target))


@pytest.fixture(scope="session")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("roundtrip")


def _cases() -> list[Any]:
    cases = []
    for path in FILES:
        for field in FIELDS:
            reason = KNOWN.get((path.name, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(
                pytest.param(path, field, marks=marks, id=f"{path.stem[:36]}{path.suffix}-{field}")
            )
    return cases


@pytest.mark.corpus
@pytest.mark.parametrize(("path", "field"), _cases())
def test_rendered_docx_reads_back_to_the_same_field(path: Path, field: str, folder: Path) -> None:
    before, after = _round_trip(path, folder)
    assert after.get(field) == before.get(field)


def _real_tables(path: Path) -> list[Table]:
    """The corpus file's data tables (its appendices), with their merged cells and multi-line cells."""
    spans = docx_tables(path.read_bytes(), path.name)[1:]  # the first is the header
    return [
        Table(rows=span.rows, header_rows=span.header_rows, caption=span.caption)
        for span in spans
        if len(span.rows) >= 2
        and min(len(row) for row in span.rows) >= 2
        and not any("Nơi nhận" in cell for row in span.rows for cell in row)
    ]


SCHEDULE = Table(
    rows=[
        ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Treo băng rôn, pa-nô", "Phòng Văn hóa - Xã hội", "Tháng 01/2025"],
        ["2", "Phát thanh tuyên truyền\ntrên loa truyền thanh", "Trung tâm Văn hóa", ""],
    ],
    caption="Bảng 1. Lịch tuyên truyền",
)
TABLE_FILES = [*SEEDS, *[p for p in corpus_files("docx") if _real_tables(p)]]


@pytest.mark.corpus
@pytest.mark.parametrize("path", TABLE_FILES, ids=[f"{p.stem[:36]}{p.suffix}" for p in TABLE_FILES])
def test_plan_with_body_tables_reads_back_the_same(path: Path, tmp_path: Path) -> None:
    # The corpus's own tables stand in appendices (outside the plan model); here they are placed in
    # the body, first between the opening paragraphs, then at the end of the last part.
    plan = read_plan(path)
    tables = _real_tables(path) if path.suffix == ".docx" else [SCHEDULE]
    first = plan.sections[0]
    first.tables.append(replace(tables[0], position=1 if len(first.paragraphs) > 1 else None))
    plan.sections[-1].tables.extend(tables[1:] or [replace(SCHEDULE, caption=None)])
    target = tmp_path / "with-tables.docx"
    target.write_bytes(render_docx(plan))
    after = plan_to_dict(read_plan(target))
    before = plan_to_dict(with_end_marker(plan))
    assert [s.tables for s in read_plan(target).all_sections()] == [
        s.tables for s in with_end_marker(plan).all_sections()
    ]
    for field in FIELDS:
        assert after.get(field) == before.get(field), field


def test_corpus_has_docx_files_with_data_tables() -> None:
    if not corpus_files("docx"):
        pytest.skip("../shared is absent")
    assert len(TABLE_FILES) - len(SEEDS) >= 4
