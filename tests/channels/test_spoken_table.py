"""docs/channels-spoken-forms.md is the generated table of the seeds, and covers every class."""

from __future__ import annotations

from tests.conftest import ROOT, SEEDS

from kehoach.channels.spoken_table import OUR_OWN, _detectors, markdown, rows

DOC = ROOT / "docs" / "channels-spoken-forms.md"


def _texts() -> list[str]:
    return [path.read_text("utf-8") for path in SEEDS]


def test_the_doc_is_the_generated_table() -> None:
    assert DOC.read_text("utf-8") == markdown(_texts())


def test_every_class_has_an_example_from_the_seeds_or_our_own_sentences() -> None:
    classes = {name for name, _, _ in rows(_texts()) + rows(OUR_OWN)}
    assert classes == {name for name, _ in _detectors()}
