"""The result report (Báo cáo kết quả thực hiện kế hoạch) in the order a ward sends it up:

Kính gửi and the request it answers; I. công tác lãnh đạo, chỉ đạo, triển khai; II. kết quả thực hiện
per content item of the plan, with the figures (target, done, % đạt; per unit; budget); III. đánh giá
chung (ưu điểm; tồn tại, hạn chế; nguyên nhân; bài học kinh nghiệm); IV. phương hướng; V. kiến nghị,
addressed to a named body; Nơi nhận with the upper level first. What only a person can judge is marked
(kehoach.report.marks) and listed as review notes.
"""

from __future__ import annotations

from kehoach.document.dates import format_short
from kehoach.document.model import Plan, Reference, ReviewNote, Section
from kehoach.document.text import clean, fold
from kehoach.report import addressing
from kehoach.report.content import no_activity_line, results_by_item
from kehoach.report.figures import (
    FigureSpec,
    figure_phrase,
    number,
    targets_table,
    totals,
    unit_table,
)
from kehoach.report.folding import quick_fold
from kehoach.report.inputs import ReportInputs
from kehoach.report.marks import still_to_write, to_write
from kehoach.report.periods import Period, is_estimate, period_in
from kehoach.report.sentences import unit_list

KINH_GUI = "Kính gửi:"
_MEETING = ("hoi nghi", "cuoc hop", "hop ")


def plan_citation(plan: Plan, with_issuer: bool = True) -> str:
    """ "Kế hoạch số 05/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân phường Lê Chân"."""
    parts = ["Kế hoạch"]
    if plan.number:
        parts.append(f"số {plan.number}/{plan.symbol or plan.doc_type}")
    if plan.date:
        parts.append(f"ngày {format_short(plan.date)}")
    if with_issuer and plan.issuer:
        parts.append(f"của {plan.issuer}")
    return " ".join(parts)


def plan_reference(plan: Plan) -> Reference:
    return Reference(
        "Kế hoạch", plan.number, plan.symbol, plan.date, plan.issuer, plan_citation(plan)
    )


def reference_citation(ref: Reference) -> str:
    if ref.text:
        return clean(ref.text).rstrip(" .,;")
    parts = [ref.kind or "Văn bản"]
    if ref.number:
        parts.append(f"số {ref.number}/{ref.symbol}" if ref.symbol else f"số {ref.number}")
    if ref.date:
        parts.append(f"ngày {format_short(ref.date)}")
    if ref.issuer:
        parts.append(f"của {ref.issuer}")
    return " ".join(parts)


def upper_request(plan: Plan) -> Reference | None:
    """The basis the plan implements from an upper people's committee, else its first basis."""
    for ref in plan.bases:
        issuer = fold(ref.issuer or "")
        if "uy ban nhan dan" in issuer or issuer.startswith("ubnd"):
            return ref
    numbered = [ref for ref in plan.bases if ref.number]  # a law cited by name is no request
    return (numbered or plan.bases)[0] if plan.bases else None


def _topic(plan: Plan) -> str:
    title = clean(plan.title or "")
    return title[:1].lower() + title[1:]


def _short_issuer(plan: Plan) -> str:
    return plan.issuer or "Ủy ban nhân dân"


def _leadership(inputs: ReportInputs, request: Reference | None) -> Section:
    plan = inputs.plan
    who = _short_issuer(plan)
    asked = f"Thực hiện {reference_citation(request)}, " if request else ""
    units = inputs.assigned_units
    given = (
        f", giao nhiệm vụ cụ thể cho {len(units)} cơ quan, đơn vị ({unit_list(units)})"
        if 0 < len(units) <= 12
        else (f", giao nhiệm vụ cụ thể cho {len(units)} cơ quan, đơn vị" if units else "")
    )
    issued = f"{asked}{who} đã ban hành {plan_citation(plan, with_issuer=False)} về {_topic(plan)}{given}."
    paragraphs = [issued[:1].upper() + issued[1:]]
    for ref in inputs.follow_ups:
        paragraphs.append(f"{who} đã ban hành {reference_citation(ref)} để chỉ đạo triển khai.")
    overall = totals(inputs.results, inputs.specs)
    meetings = [
        (spec, overall[spec.key])
        for spec in inputs.specs
        if any(word in fold(spec.label) + " " for word in _MEETING) and overall[spec.key]
    ]
    if meetings:
        done = ", ".join(figure_phrase(spec, value or 0) for spec, value in meetings)
        paragraphs.append(f"Các cơ quan, đơn vị đã tổ chức {done} để quán triệt, triển khai.")
    paragraphs.append(
        to_write("các cuộc họp, hội nghị quán triệt, triển khai (thời gian, thành phần, số người)")
    )
    return Section("I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN", paragraphs)


def _figures_section(inputs: ReportInputs, number: str) -> Section:
    specs, results = inputs.specs, inputs.results
    if not specs:
        return Section(number, "Kết quả thực hiện các chỉ tiêu", ["Kế hoạch không đặt chỉ tiêu."])
    counted = [s for s in specs if not s.is_budget]
    paragraphs = []
    overall = totals(results, specs)
    for spec in specs:
        if spec.is_budget and overall[spec.key] is not None:
            paragraphs.append(f"{spec.label} đã sử dụng: {_amount(spec, overall[spec.key] or 0)}.")
    tables = [targets_table(results, counted or specs)]
    if results:
        # A sentence between the two tables: LibreOffice drops the rows of a table that follows
        # another one across a page break.
        tables[0].position = len(paragraphs)
        paragraphs.append("Số liệu của từng cơ quan, đơn vị như sau:")
        tables.append(unit_table(results, specs))
    return Section(number, "Kết quả thực hiện các chỉ tiêu", paragraphs, tables=tables)


def _amount(spec: FigureSpec, value: int) -> str:
    return number(value) + (f" {spec.measure}" if spec.measure else "")


def _results(inputs: ReportInputs) -> Section:
    grouped, more = results_by_item(inputs.plan, inputs.works, inputs.results, inputs.specs)
    children = []
    for index, (title, paragraphs) in enumerate(grouped, start=1):
        body = paragraphs or [to_write("kết quả thực hiện nội dung này (chưa có đơn vị báo cáo)")]
        children.append(Section(str(index), title, body))
    reported = {w.unit for w in inputs.works} | {r.unit for r in inputs.results}
    intro = []
    if inputs.assigned_units:
        intro.append(
            f"Có {len(reported & set(inputs.assigned_units))}/{len(inputs.assigned_units)} "
            "cơ quan, đơn vị được giao nhiệm vụ đã báo cáo kết quả."
        )
    quiet = no_activity_line(inputs.works, inputs.results)
    if quiet:
        intro.append(quiet)
    if more:
        intro.append(
            f"Ngoài các cơ quan, đơn vị nêu dưới đây, {more} cơ quan, đơn vị khác đã báo cáo kết quả; "
            "số liệu của từng đơn vị tại Bảng 2."
        )
    children.append(_figures_section(inputs, str(len(children) + 1)))
    return Section("II", "KẾT QUẢ THỰC HIỆN", intro, children)


MAX_OPINIONS = 30


def _from_units(inputs: ReportInputs, attribute: str) -> list[str]:
    """The units' own difficulties, causes or proposals, one line each (the first MAX_OPINIONS)."""
    lines: dict[str, None] = {}
    more = 0
    for work in inputs.works:
        raw = getattr(work, attribute)
        if not raw:
            continue
        text = clean(raw).rstrip(" .;")
        if not text or quick_fold(text) in {"khong", "khong co"}:
            continue
        line = f"- {text[:1].upper()}{text[1:]} ({work.unit})."
        if line in lines:
            continue
        if len(lines) < MAX_OPINIONS:
            lines[line] = None
        else:
            more += 1
    found = list(lines)
    if more:
        found.append(f"- Và {more} ý kiến khác của các cơ quan, đơn vị.")
    return found


def _assessment(inputs: ReportInputs) -> Section:
    limits = _from_units(inputs, "difficulties")
    late = sorted({item.unit for item in inputs.outstanding})
    if late:
        limits.append(
            f"- Còn {len(late)} cơ quan, đơn vị chưa báo cáo đầy đủ kết quả thực hiện"
            + (f": {unit_list(late)}." if len(late) <= 12 else ".")
        )
    limits.append(to_write("những tồn tại, hạn chế khác trong chỉ đạo, triển khai"))
    causes = _from_units(inputs, "causes")
    return Section(
        "III",
        "ĐÁNH GIÁ CHUNG",
        [],
        [
            Section("1", "Ưu điểm", [to_write("những ưu điểm, kết quả nổi bật")]),
            Section("2", "Tồn tại, hạn chế", limits),
            Section(
                "3",
                "Nguyên nhân",
                ["Các cơ quan, đơn vị nêu nguyên nhân:", *causes] if causes else [],
                [
                    Section("a", "Nguyên nhân khách quan", [to_write("nguyên nhân khách quan")]),
                    Section("b", "Nguyên nhân chủ quan", [to_write("nguyên nhân chủ quan")]),
                ],
            ),
            Section("4", "Bài học kinh nghiệm", [to_write("bài học kinh nghiệm")]),
        ],
    )


def _ahead(inputs: ReportInputs) -> Section:
    lines = []
    late = sorted({item.unit for item in inputs.outstanding})
    if late:
        who = unit_list(late) if len(late) <= 12 else f"{len(late)} cơ quan, đơn vị"
        lines.append(f"- Đôn đốc {who} hoàn thành các nhiệm vụ được giao và báo cáo kết quả.")
    lines.append(to_write("nhiệm vụ trọng tâm thời gian tới"))
    return Section("IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", lines)


def _proposals(inputs: ReportInputs, to: str | None) -> Section:
    lead = f"Đề nghị {to} quan tâm, chỉ đạo:" if to else to_write("cơ quan nhận kiến nghị")
    proposals = _from_units(inputs, "proposals")
    if not proposals:
        proposals = [to_write(f"kiến nghị, đề xuất với {to or 'cấp trên'}; nếu không có, ghi rõ")]
    return Section("V", "KIẾN NGHỊ, ĐỀ XUẤT", [lead, *proposals])


def _period_note(period: Period | None, inputs: ReportInputs) -> str:
    if period is None or inputs.today is None or not is_estimate(period, inputs.today):
        return ""
    return (
        f" (số liệu tính đến ngày {format_short(inputs.today)}, "
        f"ước thực hiện đến hết ngày {format_short(period.end)})"
    )


def build_report(inputs: ReportInputs) -> Plan:
    """The BC draft: every part in order, unit texts rewritten, marks where a person must write."""
    plan = inputs.plan
    request = inputs.request or upper_request(plan)
    to = addressing.addressee(plan, request)
    period = inputs.period or period_in(plan.title or "")
    citation = plan_citation(plan, with_issuer=False)
    when = f" {period.label}" if period and fold(period.label) not in fold(plan.title or "") else ""
    opening = (
        (f"Thực hiện {reference_citation(request)}; " if request else "")
        + f"{_short_issuer(plan)} báo cáo kết quả thực hiện {citation}{when}{_period_note(period, inputs)} như sau:"
    )
    preamble = [f"{KINH_GUI} {to}." if to else f"{KINH_GUI} {to_write('cơ quan nhận báo cáo')}."]
    preamble.append(opening[:1].upper() + opening[1:])
    sections = [
        _leadership(inputs, request),
        _results(inputs),
        _assessment(inputs),
        _ahead(inputs),
        _proposals(inputs, to),
    ]
    closing = (
        f"Trên đây là báo cáo kết quả thực hiện {citation}{when} của {_short_issuer(plan)}"
        + (f", kính báo cáo {to} xem xét, chỉ đạo." if to else ".")
    )
    suffix = plan.symbol.split("-", 1)[1] if plan.symbol and "-" in plan.symbol else "UBND"
    today = inputs.today
    report = Plan(
        doc_type="BC",
        symbol=f"BC-{suffix}",
        issuer=plan.issuer,
        parent_issuer=plan.parent_issuer,
        place=plan.place,
        date=today,
        year=today.year if today else (period.end.year if period else plan.year),
        title=(
            f"Kết quả {period.label} thực hiện {citation} về {_topic(plan)}"
            if when and period
            else f"Kết quả thực hiện {citation} về {_topic(plan)}"
        ),
        bases=[r for r in (request, plan_reference(plan)) if r is not None],
        references=[r for r in (request, plan_reference(plan)) if r is not None],
        sections=sections,
        preamble=preamble,
        closing=[closing],
        recipients=addressing.recipients(plan, to, inputs.leaders),
        archive=addressing.archive(plan),
        signature=plan.signature,
    )
    report.review = [
        ReviewNote(where, f"Cần viết: {what}") for where, what in still_to_write(report)
    ]
    return report
