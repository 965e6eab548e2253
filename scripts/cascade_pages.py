"""Page images of cascaded drafts beside their upper plan, for docs/ (our own plans, not the corpus).

Run: .venv/bin/python scripts/cascade_pages.py [NAME ...]
For each plan of tests/cascade/plans named below (or only those given): the upper plan and the draft for
phường Lê Chân are rendered to .docx and .pdf (LibreOffice), and pages are written as PNG (pdftoppm, 70
dpi) to docs/cascade-<name>-upper-p1.png, docs/cascade-<name>-draft-p<N>.png, and the draft's last page
(its appendix "PHÂN CÔNG NHIỆM VỤ", the tasks as issuing creates them) to docs/cascade-<name>-phan-cong.png.
"""

from __future__ import annotations

import subprocess
import sys
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
    "duoi-nuoc": "thanhpho-duoi-nuoc.txt",
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


def last_page(pdf: bytes, stem: str) -> Path:
    """The PDF's last page as docs/<stem>.png."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plan.pdf"
        source.write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(source)], check=True, capture_output=True, text=True)
        count = next(
            int(line.split()[-1]) for line in info.stdout.splitlines() if line.startswith("Pages:")
        )
        target = DOCS / stem
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", str(count), "-l", str(count), "-singlefile"]
            + [str(source), str(target)],
            check=True,
        )
    return target.with_suffix(".png")


def main() -> None:
    profile = load_profile(PROFILE)
    chosen = sys.argv[1:] or list(CASES)
    for name, file in ((n, f) for n, f in CASES.items() if n in chosen):
        upper = read_plan(PLANS / file)
        assert upper.date is not None
        draft = cascade(upper, profile, today=upper.date + timedelta(days=14))
        for old in DOCS.glob(f"cascade-{name}-*.png"):
            old.unlink()
        made = pages(docx_to_pdf(render_docx(upper)), f"cascade-{name}-upper", 1)
        rendered = docx_to_pdf(render_docx(draft))
        made += pages(rendered, f"cascade-{name}-draft", DRAFT_PAGES)
        made.append(last_page(rendered, f"cascade-{name}-phan-cong"))
        for path in made:
            print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
