"""The cascade's evaluation table (docs/cascade-evaluation.md): each upper plan x each example profile.

Run: .venv/bin/python bench/evaluate_cascade.py [--own]
Without --own: the province and city plans of ../shared/corpus (corpus/INDEX.tsv, column issuer) and seeds
002 and 004. With --own: the plans written for the tests (tests/cascade/plans). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
from pathlib import Path

from kehoach.cascade import cascade, load_profile
from kehoach.cascade.check import check
from kehoach.cascade.evaluate import measure
from kehoach.read import read_plan

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))
_LEFT_OUT = re.compile(r"dự thảo (\d+) nội dung")
PROFILES = sorted((ROOT / "examples" / "profiles").glob("*.yaml"))


def corpus_plans() -> list[Path]:
    index = SHARED / "corpus" / "INDEX.tsv"
    if not index.exists():
        raise SystemExit(f"no corpus index under {SHARED}")
    with index.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    plans = [
        SHARED / "corpus" / "text" / row["file"]
        for row in rows
        if row["issuer"].startswith(("UBND TỈNH", "UBND THÀNH PHỐ"))
    ]
    return plans + sorted(
        p for p in (SHARED / "seeds").glob("*.txt") if p.name.startswith(("002_", "004_"))
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--own", action="store_true", help="the plans written for the tests")
    args = parser.parse_args()
    plans = (
        sorted((ROOT / "tests" / "cascade" / "plans").glob("*.*")) if args.own else corpus_plans()
    )
    profiles = [(p.stem, load_profile(p)) for p in PROFILES]
    print(
        "| upper plan | profile | upper actors (in upper) | reach-downs (in upper) | footnotes "
        "| outside profile | no deadline | ≠1 lead | not actionable | report dated | assignments | left out "
        "| independent: subjects (in upper) | objects (in upper) | level words (in upper) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|")
    totals = [0] * 7
    independent = [0] * 6
    upper_totals = [0, 0]
    drafts = dated = 0
    for path in plans:
        upper = read_plan(path)
        for stem, profile in profiles:
            before = measure(upper, profile)
            draft = cascade(upper, profile)
            m = measure(draft, profile)
            notes = [n.note for n in draft.review if n.path == "Nội dung không đưa vào"]
            left_out = _LEFT_OUT.search(notes[0]).group(1) if notes else "0"  # type: ignore[union-attr]
            figures = [
                m.upper_actors,
                m.reach_downs,
                m.footnotes,
                m.outside_profile,
                m.without_deadline,
                m.not_one_lead,
                m.unactionable,
            ]
            totals = [t + f for t, f in zip(totals, figures, strict=True)]
            upper_totals = [
                upper_totals[0] + before.upper_actors,
                upper_totals[1] + before.reach_downs,
            ]
            drafts += 1
            dated += m.report_dated
            c, u = check(draft), check(upper)
            found = [c.subjects, u.subjects, c.objects, u.objects, c.level_words, u.level_words]
            independent = [t + f for t, f in zip(independent, found, strict=True)]
            print(
                f"| {path.name[:48]} | {stem} | {m.upper_actors} ({before.upper_actors}) | "
                f"{m.reach_downs} ({before.reach_downs}) | "
                + " | ".join(str(f) for f in figures[2:])
                + f" | {'yes' if m.report_dated else 'NO'} | {len(draft.assignments)} | {left_out} | "
                + " | ".join(f"{found[i]} ({found[i + 1]})" for i in (0, 2, 4))
                + " |"
            )
    print(
        f"| **{len(plans)} plans, {drafts} drafts** | | **{totals[0]}** ({upper_totals[0]}) | "
        f"**{totals[1]}** ({upper_totals[1]}) | "
        f"**{totals[2]}** | **{totals[3]}** | **{totals[4]}** | **{totals[5]}** | **{totals[6]}** | "
        f"**{dated}/{drafts}** | | | "
        + " | ".join(f"**{independent[i]}** ({independent[i + 1]})" for i in (0, 2, 4))
        + " |"
    )


if __name__ == "__main__":
    main()
