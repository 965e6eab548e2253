"""The real defects of the five seeds, each checked by hand, with its line.

The test asserts the error-level findings on each seed are exactly these: every listed defect is found
and nothing else is called an error.
"""

from __future__ import annotations

import pytest

from conftest import SEEDS
from kehoach.lint import lint_source
from kehoach.read import load

SEED_ERRORS = {
    "000": {
        (11, "capitalisation"),  # "Ủy ban Nhân dân quận xây dựng Kế hoạch"
        (59, "known-typo"),  # theme "Đẩy mạnh chính trang, hiện đại hóa đô thị" (chỉnh trang)
        (99, "capitalisation"),  # "Tham mưu giúp Ủy ban Nhân dân quận"
        (101, "capitalisation"),
        (127, "capitalisation"),
        (135, "repeated-word"),  # "các tầng lớp Nhân nhân dân"
        (137, "capitalisation"),  # "7. Ủy ban Nhân dân các phường"
        (177, "quote-inconsistent"),  # the same theme as line 59 with "chỉnh" and without the comma
        (223, "capitalisation"),
    },
    "001": {
        (109, "known-typo"),  # "Phối hợp Công thông tin điện tử phường"
        (119, "known-typo"),
        (127, "known-typo"),
    },
    "002": {
        (51, "enumeration-order"),  # "f)" after "đ)"
        (83, "known-typo"),  # "Công thông tin điện tử quận"
        (99, "known-typo"),
    },
    "003": {
        (59, "known-typo"),  # "Công thông tin điện tử"
        (63, "known-typo"),  # "băng zôn"
        (74, "known-typo"),
        (94, "archive-line"),  # "- Lưu: VT, VH XH./." ends with the body's end marker
    },
    "004": {
        (53, "known-typo"),  # "công/trang thông tin điện tử"
    },
}


def _seed(prefix: str):
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return load(path)


@pytest.mark.parametrize("prefix", sorted(SEED_ERRORS))
def test_seed_errors_are_exactly_the_real_defects(prefix):
    found = {(f.line, f.rule) for f in lint_source(_seed(prefix)) if f.severity == "error"}
    assert found == SEED_ERRORS[prefix]


def test_seed_000_mixes_hoa_and_hoá():
    (finding,) = lint_source(_seed("000"), select=["tone-mark-style"])
    assert {e.line for e in finding.edits} >= {41, 65, 77, 109, 145, 189, 213, 223}
    assert all(e.new in ("hóa", "Hóa") for e in finding.edits)
    assert "41, 65, 77" in finding.message


def test_seed_001_archive_code_vhxxh_is_not_the_drafting_units():
    # "- Lưu: VT, VHXXH." while the plan's drafting unit is Phòng Văn hóa - Xã hội (VHXH)
    warnings = [
        f for f in lint_source(_seed("001"), select=["archive-line"]) if f.severity == "warning"
    ]
    assert [(f.line, f.suggestion) for f in warnings] == [(156, "- Lưu: VT, VHXH.")]


def test_seed_003_archive_code_written_with_a_space():
    # "- Lưu: VT, VH XH./.": one finding for the line, its final "./." and the code's space
    (finding,) = lint_source(_seed("003"), select=["archive-line"])
    assert (finding.line, finding.suggestion) == (94, "- Lưu: VT, VHXH.")
    assert '"VH XH"' in finding.message and '"./."' in finding.message
