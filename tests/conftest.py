"""Fixtures shared by every test: where the seeds and ../shared live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
REFERENCE = SHARED / "reference"

# Session fixtures of the signing tests (a test PKI, signed plans), built only when a test asks for them.
pytest_plugins = ("sign.sign_fixtures",)


def corpus_files(kind: str) -> list[Path]:
    """Corpus documents of one kind ("text" or "docx"); empty where ../shared is absent."""
    folder = CORPUS / kind
    return sorted(folder.iterdir()) if folder.is_dir() else []


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip with a reason where a file of ../shared is absent (CI has it; a copy of the repo may not)."""
    return pytest.mark.skipif(
        not path.exists(), reason=f"{path} is absent: ../shared is not beside this checkout"
    )


@pytest.fixture
def seed_paths() -> list[Path]:
    return SEEDS
