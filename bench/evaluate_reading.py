"""Field accuracy of the reader on the plans written for tests/read/test_evaluate.py.

Run: .venv/bin/python bench/evaluate_reading.py
Prints a Markdown table (plan, fields right, fields missed) and the total, for docs/reading-evaluation.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kehoach.read import read_plan
from kehoach.read.evaluate import compare

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "fixtures" / "fields"


def main() -> int:
    right = total = 0
    print("| plan | fields right | missed |")
    print("|---|---|---|")
    for plan in sorted(FOLDER.iterdir()):
        if plan.name.endswith(".fields.json"):
            continue
        expected = json.loads(
            plan.with_name(plan.name.split(".")[0] + ".fields.json").read_text("utf-8")
        )
        result = compare(expected, read_plan(plan))
        missed = [name for name, ok in result.items() if not ok]
        right += len(result) - len(missed)
        total += len(result)
        print(
            f"| {plan.name} | {len(result) - len(missed)}/{len(result)} | {', '.join(missed) or '—'} |"
        )
    print(f"\nfields right: {right}/{total} ({100 * right / total:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
