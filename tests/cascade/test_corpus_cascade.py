"""The corpus's province and city plans cascaded to both example wards: citation, every duty for our level
placed, deadlines earlier, no lint errors, and parse(render(draft)) giving the draft back.

The upper plans are the UBND tỉnh/thành phố plans of ../shared/corpus (corpus/INDEX.tsv, column issuer) and
seeds 002 and 004 (district plans that give work to "Ủy ban nhân dân các phường").
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest
from cascade_helpers import HA_NOI, HAI_PHONG

from conftest import CORPUS, SEEDS
from kehoach.cascade import cascade, load_profile
from kehoach.cascade.assignments import UNASSIGNED, upper_assignments
from kehoach.cascade.deadlines import find_deadlines
from kehoach.cascade.preamble import tidy_issuer
from kehoach.document.dates import format_short
from kehoach.document.model import Plan
from kehoach.document.text import fold
from kehoach.lint import ERROR, lint_source
from kehoach.read import load_bytes, parse, read_plan
from kehoach.write.docx import render_docx

INDEX = CORPUS / "INDEX.tsv"
# "UBND các xã, phường", "Ủy ban nhân dân cấp xã", "UBND 11 phường" (not "xã hội")
NAMES_OUR_LEVEL = re.compile(
    r"\b(ubnd|uy ban nhan dan|cap|cac|chinh quyen)\b[^;:.]{0,12}\b(xa|phuong)\b(?! hoi)"
)
PROFILES = {"hai-phong": HAI_PHONG, "ha-noi": HA_NOI}


def _upper_plans() -> list[Path]:
    if not INDEX.exists():
        return []
    with INDEX.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    found = [
        CORPUS / "text" / row["file"]
        for row in rows
        if row["issuer"].startswith(("UBND TỈNH", "UBND THÀNH PHỐ"))
    ]
    return found + [s for s in SEEDS if s.name.startswith(("002_", "004_"))]


UPPERS = _upper_plans()
CASES = [(path, key) for path in UPPERS for key in PROFILES]
IDS = [f"{path.name[:40]}-{key}" for path, key in CASES]
pytestmark = [pytest.mark.corpus, pytest.mark.skipif(not UPPERS, reason=f"{INDEX} is absent")]


@cache
def _upper(path: Path) -> Plan:
    return read_plan(path)


@cache
def _draft(path: Path, key: str) -> Plan:
    return cascade(_upper(path), load_profile(PROFILES[key]))


@cache
def _rendered(path: Path, key: str) -> bytes:
    return render_docx(_draft(path, key))


def _words(text: str) -> set[str]:
    """Words of a duty, without what the cascade rewrites: brackets ("qua ..."), the committees' names."""
    folded = fold(text)
    words = set(re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", folded)))
    words = words or set(re.findall(r"[a-z]+", folded))  # a duty that is all in brackets
    return words - {"tinh", "thanh", "pho", "phuong", "quan", "ubnd", "xa"}


def _ours(upper: Plan) -> list[tuple[str, str]]:
    """Duties of every upper assignment whose unit names "xã" or "phường" (chosen here, not by the
    mapping table under test)."""
    return [
        (a.unit, duty)
        for a in upper_assignments(upper)
        if NAMES_OUR_LEVEL.search(fold(a.unit))
        for duty in a.duties
    ]


def _best_paragraph(draft: Plan, duty: str) -> tuple[float, str]:
    words = _words(duty)
    paragraphs = [p for s in draft.all_sections() for p in s.paragraphs]
    return max((len(words & _words(p)) / max(1, len(words)), p) for p in paragraphs)


def test_the_corpus_has_plans_that_give_work_to_wards() -> None:
    with_ours = [p for p in UPPERS if _ours(_upper(p))]
    assert len(UPPERS) >= 20 and len(with_ours) >= 15


@pytest.mark.parametrize(("path", "key"), CASES, ids=IDS)
def test_preamble_cites_the_upper_plan(path: Path, key: str) -> None:
    upper, draft = _upper(path), _draft(path, key)
    opening = draft.preamble[0]
    assert opening.startswith("Thực hiện ")
    if upper.number:
        assert f"số {upper.number}/{upper.symbol}" in opening
    if upper.date:
        assert f"ngày {format_short(upper.date)}" in opening
    issuer = tidy_issuer(upper.issuer, upper.parent_issuer)
    if issuer:
        assert f"của {issuer}" in opening
    basis = draft.bases[-1]
    assert (basis.number, basis.date, basis.issuer) == (upper.number, upper.date, issuer)


@pytest.mark.parametrize(("path", "key"), CASES, ids=IDS)
def test_every_duty_for_our_level_is_placed(path: Path, key: str) -> None:
    draft = _draft(path, key)
    for unit, duty in _ours(_upper(path)):
        score, _ = _best_paragraph(draft, duty)
        assert score >= 0.75, f"not placed: {unit}: {duty}"


@pytest.mark.parametrize(("path", "key"), CASES, ids=IDS)
def test_our_deadlines_come_before_the_upper_ones(path: Path, key: str) -> None:
    draft = _draft(path, key)
    for _, duty in _ours(_upper(path)):
        for upper_deadline in find_deadlines(duty, draft.year):
            _, paragraph = _best_paragraph(draft, duty)
            ours = [d.value for d in find_deadlines(paragraph, draft.year)]
            assert ours and all(d < upper_deadline.value for d in ours), paragraph
            assert any(
                format_short(upper_deadline.value)[:5] in p
                for p in draft.all_sections()[-1].walk()
                for p in [" ".join(p.paragraphs)]
                if p
            ) or any(format_short(upper_deadline.value)[:5] in a.text for a in draft.assignments)


def test_deadlines_exist_in_the_cases() -> None:
    """The deadline test above is not vacuous: some plans ask our level to report by a date."""
    with_deadlines = [
        p
        for p in UPPERS
        if any(find_deadlines(d, _draft(p, "hai-phong").year) for _, d in _ours(_upper(p)))
    ]
    assert len(with_deadlines) >= 2


@pytest.mark.parametrize(("path", "key"), CASES, ids=IDS)
def test_draft_lints_without_errors(path: Path, key: str) -> None:
    findings = lint_source(load_bytes(_rendered(path, key), "draft.docx"))
    assert [(f.rule, f.message) for f in findings if f.severity == ERROR] == []


@pytest.mark.parametrize(("path", "key"), CASES, ids=IDS)
def test_parse_of_the_rendered_draft_gives_it_back(path: Path, key: str) -> None:
    draft = _draft(path, key)
    back = parse(load_bytes(_rendered(path, key), "draft.docx"))
    fields = ("issuer", "number", "symbol", "place", "title", "year", "signature")
    assert {f: getattr(back, f) for f in fields} == {f: getattr(draft, f) for f in fields}
    assert [s.title for s in back.sections] == [s.title for s in draft.sections]
    assert back.recipients == [r.replace(" (để báo cáo)", "") for r in draft.recipients]
    assert back.archive == draft.archive
    units = [a.unit for a in back.assignments]
    assert all(a.unit in units for a in draft.assignments if a.unit != UNASSIGNED)
    if draft.bases[-1].number:
        assert draft.bases[-1].key in [b.key for b in back.bases]
