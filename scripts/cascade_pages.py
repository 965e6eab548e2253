"""Page images of cascaded drafts beside their upper plan, for docs/ (our own plans, not the corpus).

Run: .venv/bin/python scripts/cascade_pages.py
For each plan of tests/cascade/plans named below: the upper plan and the draft for phường Lê Chân are
rendered to .docx and .pdf (LibreOffice), and pages are written as PNG (pdftoppm, 70 dpi) to
docs/cascade-<name>-upper-p1.png, docs/cascade-<name>-draft-p<N>.png.
"""

from __future__ import annotations

import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

from kehoach.cascade import cascade, load_profile
from kehoach.read import read_plan
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "tests" / "cascade" / "plans"
DOCS = ROOT / "docs"
PROFILE = ROOT / "examples" / "profiles" / "phuong-le-chan-hai-phong.yaml"
CASES = {
    "bau-cu": "tinh-bau-cu.txt",
    "y-te": "thanhpho-y-te.txt",
    "giao-thong": "thanhpho-giao-thong.txt",
}
DRAFT_PAGES = 3


def pages(pdf: bytes, stem: str, last: int) -> list[Path]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plan.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                str(last),
                str(source),
                str(DOCS / stem),
            ],
            check=True,
        )
    return sorted(DOCS.glob(f"{stem}-*.png"))


def main() -> None:
    profile = load_profile(PROFILE)
    for name, file in CASES.items():
        upper = read_plan(PLANS / file)
        assert upper.date is not None
        draft = cascade(upper, profile, today=upper.date + timedelta(days=14))
        for old in DOCS.glob(f"cascade-{name}-*.png"):
            old.unlink()
        made = pages(docx_to_pdf(render_docx(upper)), f"cascade-{name}-upper", 1)
        made += pages(docx_to_pdf(render_docx(draft)), f"cascade-{name}-draft", DRAFT_PAGES)
        for path in made:
            print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
