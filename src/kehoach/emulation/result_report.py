"""The movement's result report up the chain, in the result report's structure (kehoach.report).

The figures are the movement's own: units registered (approved), collectives and individuals
proposed, and awarded; each unit's words say what it registered and proposed; the units whose
registration is not approved are listed as outstanding. kehoach.report shapes the BC.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

from kehoach.document.model import Plan
from kehoach.report import FigureSpec, Outstanding, ReportInputs, UnitResult, UnitWork, build_report

SPECS = [
    FigureSpec("dang_ky", "Đơn vị đăng ký thi đua được duyệt", "đơn vị"),
    FigureSpec("de_nghi", "Tập thể, cá nhân được đề nghị khen thưởng", "lượt"),
    FigureSpec("khen_thuong", "Tập thể, cá nhân được khen thưởng", "lượt"),
]


@dataclass
class UnitOutcome:
    unit: str
    registered: bool
    registration_state: str = "Chưa gửi"
    targets: list[str] = field(default_factory=list)
    proposed: int = 0
    awarded: int = 0


def movement_report(
    plan: Plan, issuer: str, outcomes: list[UnitOutcome], today: date | None = None
) -> Plan:
    """The BC of our movement: `plan` is the emulation plan, `issuer` our organisation."""
    ours = dataclasses.replace(plan, issuer=issuer)
    results, works, outstanding = [], [], []
    for o in outcomes:
        results.append(
            UnitResult(
                o.unit,
                {"dang_ky": int(o.registered), "de_nghi": o.proposed, "khen_thuong": o.awarded},
            )
        )
        if o.registered:
            said = "; ".join(o.targets) if o.targets else "đăng ký thi đua"
            works.append(
                UnitWork(
                    o.unit,
                    text=f"Đăng ký thi đua: {said}; đề nghị khen thưởng {o.proposed} lượt tập thể, cá nhân, được khen thưởng {o.awarded} lượt.",
                )
            )
        else:
            outstanding.append(
                Outstanding(o.unit, "Đăng ký thi đua", state=o.registration_state.lower())
            )
    return build_report(
        ReportInputs(
            plan=ours,
            specs=SPECS,
            results=results,
            works=works,
            outstanding=outstanding,
            assigned_units=[o.unit for o in outcomes],
            today=today,
        )
    )
