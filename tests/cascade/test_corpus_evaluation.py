"""Every province and city plan of the corpus cascaded with every example profile measures clean: no
upper body as subject, no reach-down, no footnote mark, every assignment in the profile and dated, the
report section dated, one lead per item; and the independent check (cascade/check.py) finds no upper body
as subject or object and no level a ward does not have (the figures are in docs/cascade-evaluation.md, from
bench/evaluate_cascade.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from test_corpus_cascade import UPPERS

from conftest import ROOT
from kehoach.cascade import Profile, cascade, load_profile
from kehoach.cascade.check import check
from kehoach.cascade.evaluate import measure
from kehoach.document.model import Plan
from kehoach.read import read_plan

PROFILES = sorted((ROOT / "examples" / "profiles").glob("*.yaml"))
CASES = [(path, profile) for path in UPPERS for profile in PROFILES]
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not UPPERS, reason="../shared/corpus is absent"),
]


@cache
def _upper(path: Path) -> Plan:
    return read_plan(path)


@cache
def _profile(path: Path) -> Profile:
    return load_profile(path)


@pytest.mark.parametrize(
    ("path", "profile"), CASES, ids=[f"{p.name[:36]}-{q.stem[:14]}" for p, q in CASES]
)
def test_draft_measures_clean(path: Path, profile: Path) -> None:
    figures = measure(_draft(path, profile), _profile(profile))
    assert figures.clean, figures


@cache
def _draft(path: Path, profile: Path) -> Plan:
    return cascade(_upper(path), _profile(profile))


@pytest.mark.parametrize(
    ("path", "profile"), CASES, ids=[f"{p.name[:36]}-{q.stem[:14]}" for p, q in CASES]
)
def test_draft_passes_the_independent_check(path: Path, profile: Path) -> None:
    found = check(_draft(path, profile))
    assert found.clean, [f"{f.kind}: {f.text[:160]}" for f in found.findings[:5]]
