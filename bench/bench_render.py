"""Rendering throughput: our .docx writer vs docxtpl, and PDF cold / warm / batch through LibreOffice.

    .venv/bin/python bench/bench_render.py [--quick]

Plans: the five seeds and the corpus text plans (read with kehoach.read.read_plan), plus the example YAML.
docxtpl fills an equivalent template built here with python-docx (header table, a {%p for %} paragraph
loop, Nơi nhận and signature), the usual way such documents are produced; it renders seed 000 in the same
run so the two figures are comparable on this machine.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docxtpl import DocxTemplate

from kehoach.document.model import Plan
from kehoach.read import read_plan
from kehoach.write.authoring import load_plan_and_header
from kehoach.write.docx import number_line, place_date_line, render_docx
from kehoach.write.header import resolve
from kehoach.write.pdf import PdfConverter, convert_once

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus" / "text"
EXAMPLE = ROOT / "examples" / "plan-quy-1-2025.yaml"


def load_plans() -> list[tuple[str, Plan]]:
    plans = [(EXAMPLE.name, load_plan_and_header(EXAMPLE)[0])]
    files = SEEDS + (sorted(CORPUS.iterdir()) if CORPUS.is_dir() else [])
    for path in files:
        try:
            plans.append((path.name, read_plan(path)))
        except Exception as error:  # a corpus file the reader refuses is reported, not fatal
            print(f"skip {path.name}: {error}")
    return plans


def timed(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def docxtpl_template() -> bytes:
    """A template equivalent to our layout: header table, paragraph loop, recipients and signature."""
    document = Document()
    table = document.add_table(rows=2, cols=2)
    cells = [
        (0, 0, "{{ parent }}\n{{ issuer }}"),
        (0, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
        (1, 0, "{{ number }}"),
        (1, 1, "{{ place_date }}"),
    ]
    for row, column, value in cells:
        paragraph = table.cell(row, column).paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(value)
        run.bold = row == 0
        run.font.size = Pt(13)
    for value in ("KẾ HOẠCH", "{{ title }}"):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(value).bold = True
    document.add_paragraph("{%p for p in paragraphs %}")
    body = document.add_paragraph()
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Pt(28)
    body.paragraph_format.space_before = Pt(6)
    body.add_run("{{ p }}").font.size = Pt(14)
    document.add_paragraph("{%p endfor %}")
    bottom = document.add_table(rows=1, cols=2)
    left = bottom.cell(0, 0)
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    left.add_paragraph("{%p for r in recipients %}")
    left.add_paragraph("- {{ r }};")
    left.add_paragraph("{%p endfor %}")
    left.add_paragraph("- Lưu: {{ archive }}.")
    right = bottom.cell(0, 1)
    right.paragraphs[0].add_run("{{ signature }}").bold = True
    right.add_paragraph("{{ name }}").runs[0].bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docxtpl_context(plan: Plan) -> dict[str, object]:
    header = resolve(plan, None)
    paragraphs = list(plan.preamble)
    for section in plan.all_sections():
        paragraphs.append(f"{section.number}. {section.title}")
        paragraphs.extend(section.paragraphs)
    paragraphs.extend(plan.closing)
    sig = plan.signature
    return {
        "parent": " ".join(header.parent_issuer),
        "issuer": " ".join(header.issuer_short),
        "number": number_line(plan),
        "place_date": place_date_line(plan, header),
        "title": plan.title or "",
        "paragraphs": paragraphs,
        "recipients": plan.recipients,
        "archive": ", ".join(plan.archive),
        "signature": ""
        if sig is None
        else f"{sig.authority or ''} {sig.body or ''} {sig.title or ''}",
        "name": "" if sig is None else sig.name or "",
    }


def docxtpl_render(template: bytes, plan: Plan) -> bytes:
    document = DocxTemplate(io.BytesIO(template))
    document.render(docxtpl_context(plan))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.2f} ms, min {min(values) * 1000:.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions, no cold PDF series"
    )
    args = parser.parse_args()
    repeat = 20 if args.quick else 100
    plans = load_plans()
    by_name = dict(plans)
    seed = by_name.get(SEEDS[0].name) if SEEDS else None
    reference_name = SEEDS[0].name if seed is not None else EXAMPLE.name
    reference = seed or by_name[EXAMPLE.name]
    print(f"plans: {len(plans)} (reference plan: {reference_name})")

    ours = timed(lambda: render_docx(reference), repeat)
    template = docxtpl_template()
    theirs = timed(lambda: docxtpl_render(template, reference), max(repeat // 5, 5))
    print(f"docx, ours,    {reference_name}: {ms(ours)}")
    print(f"docx, docxtpl, {reference_name}: {ms(theirs)}")
    print(f"speed-up: {statistics.median(theirs) / statistics.median(ours):.1f}x")

    start = time.perf_counter()
    rounds = 5 if args.quick else 20
    for _ in range(rounds):
        for _, plan in plans:
            render_docx(plan)
    elapsed = time.perf_counter() - start
    print(f"docx over all plans: {rounds * len(plans) / elapsed:.0f} renders/s")

    docx = render_docx(reference)
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as profile:
        convert_once(
            docx, profile=profile
        )  # creates the profile once, so cold runs measure the start
        cold = timed(lambda: convert_once(docx, profile=profile), 2 if args.quick else 5)
    print(f"pdf cold (new soffice each time), {reference_name}: {ms(cold)}")

    start = time.perf_counter()
    with PdfConverter() as converter:
        started = time.perf_counter() - start
        converter.convert(docx)
        warm = timed(lambda: converter.convert(docx), 5 if args.quick else 20)
        per_plan = []
        for _, plan in plans:
            data = render_docx(plan)
            per_plan.extend(timed(lambda d=data: converter.convert(d), 1))
    print(f"pdf warm start-up: {started:.2f} s")
    print(f"pdf warm, {reference_name}: {ms(warm)}")
    print(f"pdf warm, every plan once: {ms(per_plan)}, max {max(per_plan) * 1000:.0f} ms")

    batch = [plan for _, plan in (plans * (50 // len(plans) + 1))[:50]]
    start = time.perf_counter()
    with PdfConverter() as converter:
        for plan in batch:
            converter.convert(render_docx(plan))
    total = time.perf_counter() - start
    print(f"pdf batch of 50 plans (start-up included): {total:.2f} s, {total / 50:.3f} s a plan")
    return 0


if __name__ == "__main__":
    sys.exit(main())
