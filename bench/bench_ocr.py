"""OCR measured on the corpus: each .docx rendered to PDF (LibreOffice), rasterised at 200 dpi
(pdftoppm), given the noise of a scan (1° tilt, blur, grey paper, a red round seal on the last page),
put back into an image-only PDF and read by `kehoach`'s reader; the fields compared with the same
document read from its .docx. Artefacts go to a temporary folder.

Run: .venv/bin/python bench/bench_ocr.py [--limit N] [--keep DIR]   (minutes: LibreOffice and tesseract)
With --keep, the scans are kept in DIR and reused by the next run (only the reading is measured again).
Seconds a page are wall-clock and CPU (this process and tesseract's), beside the load average.
"""

from __future__ import annotations

import argparse
import difflib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pypdfium2
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from kehoach.document.serialise import plan_to_dict
from kehoach.read import load_bytes, parse, read_plan
from kehoach.read.evaluate import field_values

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared")) / "corpus"
FIELDS = ("number", "symbol", "date", "issuer", "place", "year", "title", "doc_type", "recipients",
          "archive", "signature", "bases", "sections", "assignments")  # fmt: skip
EXACT = ("number", "symbol", "date", "issuer")


def _noisy(page: Image.Image, seal: bool) -> Image.Image:
    page = page.convert("RGB")
    page = ImageChops.multiply(page, Image.new("RGB", page.size, (232, 230, 226)))
    if seal:
        ink = Image.new("RGB", page.size, (255, 255, 255))
        draw = ImageDraw.Draw(ink)
        x, y = int(page.width * 0.68), int(page.height * 0.55)
        draw.ellipse([x - 150, y - 150, x + 150, y + 150], outline=(205, 30, 35), width=12)
        page = ImageChops.multiply(page, ink)
    page = page.rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=(232, 230, 226))
    return page.filter(ImageFilter.GaussianBlur(0.8))


def _scan(docx: Path, folder: Path) -> tuple[bytes, int]:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = folder / (docx.stem + ".pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(folder / "p")], check=True)
    pages = sorted(folder.glob("p-*.png"))
    images = [_noisy(Image.open(p), i == len(pages) - 1) for i, p in enumerate(pages)]
    out = folder / "scan.pdf"
    images[0].save(out, "PDF", resolution=200, save_all=True, append_images=images[1:])
    for p in pages:
        p.unlink()
    return out.read_bytes(), len(images)


def _outline(sections: list[dict[str, Any]]) -> list[Any]:
    """The sections' numbers and titles, as a tree: what the reader made of the plan's structure."""
    return [(s["number"], s["title"], _outline(s.get("children", []))) for s in sections]


def _words(sections: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for section in sections:
        for text in [section["title"], *section.get("paragraphs", [])]:
            out.extend(text.split())
        out.extend(_words(section.get("children", [])))
    return out


def _words_right(expected: list[str], got: list[str]) -> float:
    """The share of the expected words OCR gave, in order (longest matching runs)."""
    if not expected:
        return 1.0
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(expected)


def _cpu() -> float:
    """CPU seconds of this process and of the children it waited for (tesseract)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _kept_scan(docx: Path, keep: Path | None) -> tuple[bytes, int]:
    """The scan of `docx`: made in a temporary folder, or kept in and reused from `keep`."""
    kept = keep / (docx.stem + ".pdf") if keep else None
    if kept and kept.exists():
        data = kept.read_bytes()
        return data, len(pypdfium2.PdfDocument(data))
    with tempfile.TemporaryDirectory() as temp:
        data, pages = _scan(docx, Path(temp))
    if kept:
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(data)
    return data, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="folder to keep the scans in and reuse them from")
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    files = sorted((CORPUS / "docx").glob("*.docx"))[: args.limit or None]
    right = total = 0
    cpu = 0.0
    outlines = 0
    plan_right = plan_total = 0
    exact_ok = exact_total = 0
    pages_read = 0
    seconds = 0.0
    print(
        "| document | pages | s/page wall | s/page CPU | fields right | plan fields right | not exact among number, symbol, "
        "date, issuer | outline right | body words right |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for docx in files:
        original = read_plan(docx)
        expected = plan_to_dict(original)
        data, pages = _kept_scan(docx, args.keep)
        began = time.perf_counter()
        cpu_began = _cpu()
        try:
            scanned = parse(load_bytes(data, docx.stem + ".pdf"))
            got = plan_to_dict(scanned)
        except Exception as error:  # noqa: BLE001 - a benchmark reports, it does not stop
            print(f"| {docx.stem[:40]} | {pages} | - | unreadable: {error} | - |")
            continue
        spent = time.perf_counter() - began
        spent_cpu = _cpu() - cpu_began
        cpu += spent_cpu
        seconds += spent
        pages_read += pages
        ok = [f for f in FIELDS if got.get(f) == expected.get(f)]
        exact = [f for f in EXACT if got.get(f) == expected.get(f)]
        right += len(ok)
        total += len(FIELDS)
        exact_ok += len(exact)
        exact_total += len(EXACT)
        missing = ", ".join(f for f in EXACT if f not in exact) or "all exact"
        wanted, read = field_values(original), field_values(scanned)
        plan_fields = [name for name in wanted if wanted[name] == read[name]]
        plan_right += len(plan_fields)
        plan_total += len(wanted)
        outline = _outline(got["sections"]) == _outline(expected["sections"])
        words = _words_right(_words(expected["sections"]), _words(got["sections"]))
        outlines += outline
        print(
            f"| {docx.stem[:40]} | {pages} | {spent / pages:.1f} | {spent_cpu / pages:.1f} | "
            f"{len(ok)}/{len(FIELDS)} | {len(plan_fields)}/{len(wanted)} | {missing} | {'yes' if outline else 'no'} | {100 * words:.1f} % |"
        )
    if total:
        print(
            f"\nfields right: {right}/{total} ({100 * right / total:.0f} %); number/symbol/date/"
            f"issuer exact: {exact_ok}/{exact_total}; OCR {seconds / max(pages_read, 1):.1f} s/page wall, "
            f"{cpu / max(pages_read, 1):.1f} s/page CPU; outline (section numbers and titles) right in "
            f"{outlines}/{total // len(FIELDS)}; plan fields (as for unseen plans, "
            f"kehoach.read.evaluate) right: {plan_right}/{plan_total} "
            f"({100 * plan_right / max(plan_total, 1):.1f} %)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
