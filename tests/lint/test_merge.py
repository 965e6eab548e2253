"""One finding per place: findings on the same span merge into one with one suggestion."""

from __future__ import annotations

from kehoach.lint import Finding, merge_same_span


def _finding(rule: str, severity: str, message: str, suggestion: str | None, line: int = 4):
    return Finding("plan.txt", rule, severity, line, 3, message, suggestion)


def test_two_findings_of_one_rule_on_one_span_become_one_led_by_the_error():
    merged = merge_same_span(
        [
            _finding("archive-line", "warning", "Ghi Văn thư trước.", "- Lưu: VT, VP."),
            _finding("archive-line", "error", "Thiếu dấu chấm.", "- Lưu: VT, VP."),
        ]
    )
    assert [(f.severity, f.message, f.suggestion) for f in merged] == [
        ("error", "Thiếu dấu chấm. Ghi Văn thư trước.", "- Lưu: VT, VP.")
    ]


def test_findings_of_different_format_rules_stay_apart():
    merged = merge_same_span(
        [_finding("recipients", "error", "a", None), _finding("archive-line", "error", "b", None)]
    )
    assert len(merged) == 2


def test_document_wide_findings_are_not_merged():
    merged = merge_same_span(
        [
            _finding("page-setup", "error", "Lề trái.", None, line=0),
            _finding("page-setup", "error", "Lề phải.", None, line=0),
        ]
    )
    assert len(merged) == 2
