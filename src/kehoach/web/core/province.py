"""A province's worth of data, for benchmarks and load tests: wards, units, people, a year of plans,
tasks, reports in every state and accepted figures, written in bulk.

After 1 July 2025 a province has about 60–170 communes and wards with 10–30 units each; the default
(100 wards × 25 units, four quarterly plans each with a task per unit) is 10,000 tasks a year.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.db import connection, transaction
from django.utils import timezone

from kehoach.document.model import Assignment, Section, Signature
from kehoach.document.model import Plan as Document
from kehoach.web.orgs.models import Membership, Organisation, Unit
from kehoach.web.plans.models import Plan
from kehoach.web.reports.models import AcceptedFigure, UnitReport
from kehoach.web.tasks.models import Task

STATES = ["none"] * 25 + ["draft"] * 5 + ["submitted"] * 20 + ["returned"] * 5 + ["accepted"] * 45
QUARTERS = (("I", 3), ("II", 6), ("III", 9), ("IV", 12))  # the quarter and its last month


@dataclass
class Province:
    city: Organisation
    wards: list[Organisation]
    plans: int
    tasks: int


def _document(
    ward: Organisation, units: list[str], year: int, quarter: str, month: int
) -> Document:
    deadline = date(year, month, 20)
    return Document(
        doc_type="KH", issuer=ward.name, place=ward.place, year=year,
        title=f"Tổ chức các hoạt động tuyên truyền quý {quarter} năm {year}",
        sections=[Section("I", "MỤC ĐÍCH, YÊU CẦU", ["Tuyên truyền sâu rộng trên địa bàn."]),
                  Section("II", "TỔ CHỨC THỰC HIỆN", ["Các đơn vị thực hiện và báo cáo kết quả."])],
        assignments=[Assignment(unit, "Tuyên truyền trên hệ thống loa truyền thanh và báo cáo.",
                                "lead", deadline) for unit in units],
        signature=Signature("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                            "Nguyễn Văn An"),
    )  # fmt: skip


@transaction.atomic
def generate(wards: int = 100, units: int = 25, year: int | None = None, seed: int = 7) -> Province:
    """Write the province; every login has an unusable password (benchmarks make sessions)."""
    rng = random.Random(seed)
    year = year or timezone.localdate().year
    unusable = make_password(None)
    city = Organisation.objects.create(
        slug=f"tinh-{seed}", kind=Organisation.Kind.CITY, name="Ủy ban nhân dân tỉnh Thử nghiệm"
    )
    ward_rows = Organisation.objects.bulk_create(
        Organisation(slug=f"phuong-{seed}-{n:03d}", name=f"Ủy ban nhân dân phường Số {n}",
                     place=f"Số {n}", parent=city, parent_issuer="ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM")
        for n in range(1, wards + 1)
    )  # fmt: skip
    unit_names = [f"Tổ dân phố số {n}" for n in range(1, units + 1)]
    Unit.objects.bulk_create(
        Unit(organisation=ward, name=name, order=n)
        for ward in ward_rows
        for n, name in enumerate(unit_names)
    )
    unit_ids = {
        (org, name): pk
        for org, name, pk in Unit.objects.filter(organisation__in=ward_rows).values_list(
            "organisation_id", "name", "pk"
        )
    }
    users = User.objects.bulk_create(
        [User(username=f"tinh{seed}-thanhpho", password=unusable)]
        + [User(username=f"p{seed}-{w.pk}-{role}", password=unusable)
           for w in ward_rows for role in ("soanthao", "lanhdao")]
        + [User(username=f"p{seed}-{w.pk}-to{n}", password=unusable)
           for w in ward_rows for n in range(units)]
    )  # fmt: skip
    by_name = {u.username: u for u in users}
    memberships = [Membership(user=by_name[f"tinh{seed}-thanhpho"], organisation=city,
                              role=Membership.Role.UPPER_VIEWER)]  # fmt: skip
    for ward in ward_rows:
        memberships.append(Membership(user=by_name[f"p{seed}-{ward.pk}-soanthao"],
                                      organisation=ward, role=Membership.Role.DRAFTER))  # fmt: skip
        memberships.append(Membership(user=by_name[f"p{seed}-{ward.pk}-lanhdao"],
                                      organisation=ward, role=Membership.Role.APPROVER))  # fmt: skip
        memberships.extend(
            Membership(user=by_name[f"p{seed}-{ward.pk}-to{n}"], organisation=ward,
                       unit_id=unit_ids[(ward.pk, name)], role=Membership.Role.REPORTER)
            for n, name in enumerate(unit_names)
        )  # fmt: skip
    Membership.objects.bulk_create(memberships, batch_size=5000)
    plans = []
    now = timezone.now()
    for ward in ward_rows:
        for number, (roman, month) in enumerate(QUARTERS, start=1):
            plan = Plan(organisation=ward, kind=Plan.Kind.OWN, status=Plan.Status.ISSUED,
                        issued_at=now, version=2)  # fmt: skip
            plan.set_document(_document(ward, unit_names, year, roman, month))
            plan.number, plan.symbol = f"{number:02d}", "KH-UBND"
            plan.doc_date = date(year, month - 2, 5)
            plans.append(plan)
    plans = Plan.objects.bulk_create(plans, batch_size=1000)
    tasks = [
        Task(plan=plan, unit_id=unit_ids[(plan.organisation_id, name)], position=position,
             role=Task.Role.LEAD, text="Tuyên truyền trên hệ thống loa truyền thanh và báo cáo.",
             deadline=plan.doc_date + timedelta(days=70), report_state=rng.choice(STATES))
        for plan in plans
        for position, name in enumerate(unit_names)
    ]  # fmt: skip
    Task.objects.bulk_create(tasks, batch_size=5000)
    _reports(rng, plans)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    return Province(city, ward_rows, len(plans), len(tasks))


def _reports(rng: random.Random, plans: list[Plan]) -> None:
    done = list(
        Task.objects.filter(plan__in=plans)
        .exclude(report_state="none")
        .values_list("pk", "plan_id", "unit_id", "report_state")
    )
    UnitReport.objects.bulk_create(
        (UnitReport(task_id=pk, state=state, version=1,
                    figures={"phat_thanh": rng.randint(1, 9), "bang_ron": rng.randint(0, 5)})
         for pk, _, _, state in done),
        batch_size=5000,
    )  # fmt: skip
    accepted = dict(
        UnitReport.objects.filter(task__plan__in=plans, state="accepted").values_list(
            "task_id", "pk"
        )
    )
    AcceptedFigure.objects.bulk_create(
        (AcceptedFigure(plan_id=plan, unit_id=unit, report_id=accepted[pk], key=key,
                        value=rng.randint(1, 50))
         for pk, plan, unit, state in done if state == "accepted"
         for key in ("phat_thanh", "bang_ron")),
        batch_size=10000,
    )  # fmt: skip
