"""Drafting a result report (kehoach.report.build_report) for 3,000 units x 60,000 tasks, in memory:
the library's share of "Lập báo cáo kết quả" (bench_load.py times the whole, with PostgreSQL).

Each unit has 20 tasks; 80% of them have an accepted report in a few sentences of the kinds units
write ("Đã …", a bare verb, "Đơn vị …", a number first), 2% of the units answered "không phát sinh",
a tenth of the reports name a difficulty. Prints the best and median of --repeat runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date

from kehoach.document.model import Plan, Reference, Section, Signature
from kehoach.report import (
    FigureSpec,
    Outstanding,
    ReportInputs,
    UnitResult,
    UnitWork,
    build_report,
)

TEXTS = (
    "Đã phát thanh {n} buổi trên hệ thống loa truyền thanh về kỷ niệm Ngày thành lập Đảng.",
    "Treo {n} băng rôn, pa-nô tại các tuyến phố chính; trang trí khu vực trung tâm.",
    "Đơn vị đăng {n} tin, bài trên trang thông tin điện tử của phường.",
    "{n} buổi sinh hoạt chuyên đề tại các tổ dân phố. Phối hợp tổ chức hội nghị quán triệt.",
)
SPECS = [
    FigureSpec("phat_thanh", "Buổi phát thanh", "buổi", 40_000),
    FigureSpec("bang_ron", "Băng rôn, pa-nô", "cái"),
    FigureSpec("tin_bai", "Tin, bài", "tin, bài", 10_000),
    FigureSpec("hoi_nghi", "Hội nghị", "cuộc"),
    FigureSpec("kinh_phi", "Kinh phí", "đồng"),
]


def plan() -> Plan:
    items = [
        Section("1", "Tuyên truyền trên hệ thống loa truyền thanh và trang thông tin điện tử"),
        Section("2", "Treo băng rôn, pa-nô, trang trí khu vực trung tâm"),
        Section("3", "Tổ chức hội nghị quán triệt, sinh hoạt chuyên đề tại tổ dân phố"),
    ]
    return Plan(
        number="12", symbol="KH-UBND", date=date(2025, 1, 6), issuer="Ủy ban nhân dân phường An Biên",
        title="Tuyên truyền các ngày lễ lớn quý I năm 2025",
        bases=[Reference("Kế hoạch", "157", "KH-UBND", date(2024, 12, 20),
                         "Ủy ban nhân dân thành phố Hải Phòng")],
        sections=[Section("I", "MỤC ĐÍCH, YÊU CẦU"), Section("II", "NỘI DUNG", children=items)],
        recipients=["UBND thành phố (để báo cáo)", "TT Đảng ủy, HĐND phường"],
        archive=["VT", "VHXH"], signature=Signature("TM.", "ỦY BAN NHÂN DÂN", None, "CHỦ TỊCH", "CHỦ TỊCH"),
    )  # fmt: skip


def inputs(units: int, per_unit: int, seed: int = 7) -> ReportInputs:
    rng = random.Random(seed)
    works, results, outstanding, names = [], [], [], []
    for u in range(units):
        name = f"Tổ dân phố số {u + 1}"
        names.append(name)
        quiet = rng.random() < 0.02
        figures: dict[str, int] = {}
        for t in range(per_unit):
            if rng.random() < 0.8:
                text = "" if quiet else rng.choice(TEXTS).format(n=rng.randint(1, 30))
                works.append(UnitWork(name, f"Nhiệm vụ {t + 1}", text, quiet,
                                      "Kinh phí còn hạn chế" if rng.random() < 0.1 else ""))  # fmt: skip
                if not quiet:
                    key = rng.choice(SPECS).key
                    figures[key] = figures.get(key, 0) + rng.randint(1, 20)
            else:
                outstanding.append(Outstanding(name, f"Nhiệm vụ {t + 1}", date(2025, 3, 20)))
        results.append(UnitResult(name, figures, no_activity=quiet))
    return ReportInputs(plan(), SPECS, results, works, outstanding[:200], names,
                        today=date(2025, 4, 3))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=3000)
    parser.add_argument("--tasks-per-unit", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    data = inputs(args.units, args.tasks_per_unit)
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        report = build_report(data)
        timings.append(time.perf_counter() - started)
    tasks = args.units * args.tasks_per_unit
    print(
        f"BC draft, {args.units} units x {tasks} tasks ({len(data.works)} accepted reports): "
        f"best {min(timings):.2f} s, median {statistics.median(timings):.2f} s "
        f"({'within' if min(timings) <= 2 else 'OVER'} the 2 s budget); "
        f"{sum(len(s.paragraphs) for s in report.all_sections())} paragraphs, "
        f"{len(report.review)} sentences to write"
    )


if __name__ == "__main__":
    main()
