"""The main test of the renderer: reading the rendered .docx gives back the same plan, field by field.

For every seed, every corpus plan (text and .docx) and the example: plan = read_plan(file); docx = render_docx(plan);
read_plan(docx) must equal plan (its last body paragraph ending in "./.", as the renderer
marks it) in every field of plan_to_dict except `review` (a reader's notes about
its own guesses, which name lines of the file it read). One test per file and field, so a failure names
both.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SEEDS, corpus_files
from kehoach.document.serialise import plan_to_dict
from kehoach.read import read_plan
from kehoach.write.authoring import load_plan_file
from kehoach.write.docx import render_docx, with_end_marker

FIELDS = [
    "doc_type", "number", "symbol", "issuer", "place", "date", "year", "title", "bases", "references",
    "sections", "assignments", "slogans", "anniversaries", "recipients", "archive", "signature",
    "parent_issuer", "preamble", "closing",
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
    assert after[field] == before[field]
