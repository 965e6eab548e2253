"""Page images of cascaded drafts beside their upper plan, for docs/ (our own plans, not the corpus).

Run: .venv/bin/python scripts/cascade_pages.py [NAME ...]
For each plan of tests/cascade/plans named below (or only those given): the upper plan and the draft for
the ward under that city (phường Lê Chân under Hải Phòng, phường Thanh Xuân under Hà Nội) are rendered to
.docx and .pdf (LibreOffice), and pages are written as PNG (pdftoppm, 70 dpi) to
docs/cascade-<name>-upper-1.png, docs/cascade-<name>-draft-<N>.png, and the draft's last page (its
appendix "PHÂN CÔNG NHIỆM VỤ", the tasks as issuing creates them) to docs/cascade-<name>-phan-cong.png.
"lich" is the calendar page's draft for Lê Chân, quý I năm 2026, with the events ticked by default.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from kehoach.calendar.commemorations import occasions, quarter_range
from kehoach.calendar.slogans import slogans_for
from kehoach.cascade import cascade, load_profile
from kehoach.cascade.occasions import occasions_draft, suggested
from kehoach.read import read_plan
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "tests" / "cascade" / "plans"
DOCS = ROOT / "docs"
PROFILES = ROOT / "examples" / "profiles"
LE_CHAN = PROFILES / "phuong-le-chan-hai-phong.yaml"
THANH_XUAN = PROFILES / "phuong-thanh-xuan-ha-noi.yaml"
CASES = {  # each upper plan beside the draft of a ward under its issuer
    "thien-tai": ("thanhpho-thien-tai.txt", LE_CHAN),
    "y-te": ("thanhpho-y-te.txt", LE_CHAN),
    "giao-thong": ("thanhpho-giao-thong.txt", THANH_XUAN),
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


def calendar_pages() -> list[Path]:
    """The calendar page's draft for Lê Chân, quý I năm 2026, its events as the page ticks them."""
    profile = load_profile(LE_CHAN)
    start, end = quarter_range(2026, 1)
    found = occasions(start, end, profile.scope)
    chosen = [
        o for o in found if suggested(o, profile.scope, profile.locality, profile.commemorations)
    ]
    draft = occasions_draft(
        chosen, slogans_for(chosen, profile.scope, 2026), profile, year=2026, quarter=1
    )
    for old in DOCS.glob("cascade-lich-*.png"):
        old.unlink()
    rendered = docx_to_pdf(render_docx(draft))
    made = pages(rendered, "cascade-lich-draft", DRAFT_PAGES)
    made.append(last_page(rendered, "cascade-lich-phan-cong"))
    return made


def main() -> None:
    chosen = sys.argv[1:] or [*CASES, "lich"]
    if "lich" in chosen:
        for path in calendar_pages():
            print(path.relative_to(ROOT))
    for name, (file, profile_path) in ((n, c) for n, c in CASES.items() if n in chosen):
        profile = load_profile(profile_path)
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
