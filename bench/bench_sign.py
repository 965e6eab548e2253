"""Signing and verifying a 10-page plan: seconds per leader signature, per issue (number, date and seal),
per verification (online revocation through the local OCSP/CRL server, and offline).

Run: .venv/bin/python bench/bench_sign.py [--runs 5] [--tsa]
The plan is our example (examples/plan-quy-1-2025.yaml) with its sections repeated until the PDF has 10
pages (rendered once with LibreOffice). The PKI is the tests' throw-away one (certomancer), served on a
loopback port. The first call of each step is a warm-up (font subsetting, imports) and is reported apart.
Goal from issue 16: signing and verifying each ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2

from kehoach.sign.credentials import load_pkcs12
from kehoach.sign.images import check_image
from kehoach.sign.office import IssueStamp, issue, sign_as_leader
from kehoach.sign.trust import TrustSettings
from kehoach.sign.verify import verify_pdf
from kehoach.write.authoring import load_plan_and_header
from kehoach.write.docx import render_docx
from kehoach.write.pdf import docx_to_pdf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from sign.sign_helpers import PASSPHRASE, build_pki, ink_png  # noqa: E402


def ten_page_plan() -> bytes:
    plan, header = load_plan_and_header(ROOT / "examples" / "plan-quy-1-2025.yaml")
    sections = list(plan.sections)
    for copies in range(1, 12):
        candidate = replace(plan, sections=sections * copies)
        pdf = docx_to_pdf(render_docx(candidate, header))
        pages = len(pypdfium2.PdfDocument(pdf))
        if pages >= 10:
            print(f"plan: {pages} pages, {len(pdf) / 1024:.0f} KiB")
            return pdf
    raise SystemExit("could not make a 10-page plan")


def timed(label: str, runs: int, step: Callable[[], object]) -> object:
    began = time.perf_counter()
    result = step()
    first = time.perf_counter() - began
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - began)
    print(
        f"{label:<44} first {first:6.3f} s   median {statistics.median(times):6.3f} s"
        f"   min {min(times):6.3f} s"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tsa", action="store_true", help="also ask the local RFC 3161 server")
    args = parser.parse_args()
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    pdf = ten_page_plan()
    with tempfile.TemporaryDirectory() as folder:
        pki, server = build_pki(Path(folder))
        try:
            trust = TrustSettings(roots_dir=pki.roots, tsa_url=pki.tsa_url if args.tsa else None)
            leader = load_pkcs12(pki.p12("leader"), PASSPHRASE)
            org = load_pkcs12(pki.p12("org"), PASSPHRASE)
            signature = check_image(ink_png((25, 55, 190), (900, 360)), "signature")
            seal = check_image(ink_png((215, 25, 30), (425, 425), ring=True), "seal")
            signed = timed(
                "leader signs (image, blanks)",
                args.runs,
                lambda: sign_as_leader(pdf, leader, signature, trust),
            )
            assert isinstance(signed, bytes)
            issued = timed(
                "Văn thư numbers, dates and seals",
                args.runs,
                lambda: issue(signed, IssueStamp("5", date(2025, 1, 6)), org, seal, trust),
            )
            assert isinstance(issued, bytes)
            report = timed(
                "verify 2 signatures (online revocation)",
                args.runs,
                lambda: verify_pdf(issued, "b.pdf", trust),
            )
            offline = replace(trust, online=False)
            timed(
                "verify 2 signatures (offline)",
                args.runs,
                lambda: verify_pdf(issued, "b.pdf", offline),
            )
            print(f"verified ok: {report.ok}")  # type: ignore[attr-defined]
        finally:
            server.stop()


if __name__ == "__main__":
    main()
