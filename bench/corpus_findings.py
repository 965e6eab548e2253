"""Findings of `kehoach lint` on the whole corpus: per-plan warning counts and every error and warning.

    .venv/bin/python bench/corpus_findings.py [--tsv FILE]

Prints warnings and errors per plan (the figure docs/lint-rules.md reports before and after a change)
and, with --tsv, writes every error and warning (file, line, rule, severity, message) for review.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import Counter
from pathlib import Path

from kehoach.lint import lint_source
from kehoach.read import load

SHARED = Path(
    os.environ.get("KEHOACH_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args()
    paths = sorted((SHARED / "corpus" / "text").iterdir()) + sorted(
        (SHARED / "corpus" / "docx").iterdir()
    )
    rows = []
    by_rule: Counter[tuple[str, str]] = Counter()
    for path in paths:
        for finding in lint_source(load(path)):
            rows.append((path.name, finding.line, finding.rule, finding.severity, finding.message))
            by_rule[(finding.severity, finding.rule)] += 1
    plans = len(paths)
    warnings = sum(1 for r in rows if r[3] == "warning")
    errors = sum(1 for r in rows if r[3] == "error")
    print(
        f"{plans} plans: {errors} errors ({errors / plans:.2f}/plan), {warnings} warnings ({warnings / plans:.2f}/plan)"
    )
    for (severity, rule), count in sorted(by_rule.items(), key=lambda item: -item[1]):
        print(f"  {count:4d} {severity:7s} {rule}")
    if args.tsv:
        with args.tsv.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t")
            writer.writerow(["file", "line", "rule", "severity", "message"])
            writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
