"""Page counts of rendered plans against their originals: each corpus .docx and each seed .docx/.pdf
converted to PDF as it is (LibreOffice), then read, rendered by `kehoach` and converted the same way.
Appendices (Phụ lục, Biểu) start a page each in both, so a lost appendix or table shows as pages lost.

Run: .venv/bin/python bench/compare_pages.py [--all]   (without --all: only plans with appendices)
Prints a Markdown table for docs/reading-evaluation.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pypdfium2

from kehoach.read import load_bytes, parse
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))
SOURCES = [SHARED / "corpus" / "docx", ROOT / "tests" / "fixtures" / "seeds"]


def _pages(pdf: bytes) -> int:
    return len(pypdfium2.PdfDocument(pdf))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also plans without appendices")
    args = parser.parse_args()
    files = sorted(
        path
        for folder in SOURCES
        if folder.is_dir()
        for path in folder.iterdir()
        if path.suffix in (".docx", ".pdf")
    )
    print("| plan | appendices (tables) | original pages | rendered pages |")
    print("|---|---|---|---|")
    same = compared = 0
    for path in files:
        data = path.read_bytes()
        plan = parse(load_bytes(data, path.name))
        if not plan.appendices and not args.all:
            continue
        original = _pages(data if path.suffix == ".pdf" else docx_to_pdf(data))
        rendered = _pages(docx_to_pdf(render_docx(plan)))
        tables = sum(len(appendix.tables) for appendix in plan.appendices)
        compared += 1
        same += original == rendered
        print(f"| {path.name[:48]} | {len(plan.appendices)} ({tables}) | {original} | {rendered} |")
    print(f"\nsame page count: {same}/{compared}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
