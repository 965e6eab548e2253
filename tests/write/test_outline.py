"""Each paragraph of a rendered plan maps back to its place in the model, so a finding can say where."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import CORPUS, SEEDS, corpus_files, needs_shared
from kehoach.document.model import Assignment, Plan, Section, Signature, Table
from kehoach.lint import lint_source
from kehoach.read import load, load_bytes, parse
from kehoach.write.docx import render_docx
from kehoach.write.outline import locate


def _plan() -> Plan:
    """A plan in shapes of our own: a run-in heading, a table, nested points, a closing line."""
    return Plan(
        doc_type="KH",
        issuer="Ủy ban nhân dân phường Hòa Bình",
        place="Hòa Bình",
        year=2026,
        title="Tổ chức Tết Trồng cây đời đời nhớ ơn Bác Hồ năm 2026",
        preamble=[
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân thành phố.",
            "Ủy ban nhân dân phường ban hành Kế hoạch như sau:",
        ],
        sections=[
            Section("I", "MỤC ĐÍCH", ["Phát động trồng cây ở các tổ dân phố."]),
            Section(
                "II",
                "NỘI DUNG",
                [],
                children=[
                    Section("1", "Thời gian", ["từ ngày 01/02 đến ngày 28/02/2026."]),
                    Section(
                        "2",
                        "Địa điểm",
                        ["Công viên phường và các trường học.", "Ven đê sông Cầu."],
                        tables=[Table([["Tổ", "Số cây"], ["Tổ 1", "120"]])],
                    ),
                ],
            ),
        ],
        closing=["Trên đây là Kế hoạch tổ chức Tết Trồng cây năm 2026 của phường."],
        assignments=[Assignment("Phòng Kinh tế", "Chủ trì.", "lead", date(2026, 2, 28))],
        recipients=["Ủy ban nhân dân thành phố", "Các tổ dân phố"],
        archive=["VT"],
        signature=Signature("TM.", "ỦY BAN NHÂN DÂN", None, "CHỦ TỊCH", None, "Lê Thị Hoa"),
    )


@pytest.fixture(scope="module")
def mapped() -> tuple[list[str], dict[int, str]]:
    plan = _plan()
    lines = load_bytes(render_docx(plan), "ke-hoach.docx").lines
    return lines, locate(plan, lines)


def _path_of(mapped, start: str) -> str:
    lines, paths = mapped
    [number] = [i for i, line in enumerate(lines, start=1) if line.startswith(start)]
    return paths.get(number, "")


@pytest.mark.parametrize(
    ("start", "path"),
    [
        ("Tổ chức Tết Trồng cây", "title"),
        ("Ủy ban nhân dân phường ban hành", "preamble[1]"),
        ("II. NỘI DUNG", "sections[1]"),
        ("1. Thời gian: từ ngày", "sections[1].children[0]"),  # run-in heading and its text
        ("Ven đê sông Cầu", "sections[1].children[1].paragraphs[1]"),
        ("Tổ 1", "sections[1].children[1].tables[0]"),
        ("Trên đây là Kế hoạch", "closing[0]"),  # the last body paragraph, with "./."
        ("- Các tổ dân phố", "recipients[1]"),
        ("- Lưu: VT", "archive"),
        ("Lê Thị Hoa", "signature"),
        ("Số:", "number"),
    ],
)
def test_a_paragraph_maps_to_its_place(mapped, start, path):
    assert _path_of(mapped, start) == path


def test_every_paragraph_with_text_of_the_seeds_has_a_place():
    for seed in SEEDS:
        plan = parse(load(seed))
        lines = load_bytes(render_docx(plan), "x.docx").lines
        paths = locate(plan, lines)
        unplaced = [line for n, line in enumerate(lines, 1) if line.strip() and n not in paths]
        assert unplaced == [], seed.name


@pytest.mark.slow
@needs_shared(CORPUS)
def test_every_finding_on_the_corpus_rendered_has_a_place():
    """Over the corpus's text plans rendered as we would issue them, each finding's paragraph maps."""
    placed = total = 0
    for path in corpus_files("text"):
        plan = parse(load(path))
        source = load_bytes(render_docx(plan), "x.docx")
        paths = locate(plan, source.lines)
        lines = [f.line for f in lint_source(source) if f.line]
        total += len(lines)
        placed += sum(1 for line in lines if line in paths)
    assert total > 50 and placed == total
