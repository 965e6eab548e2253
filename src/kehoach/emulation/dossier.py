"""The dossier (hồ sơ đề nghị khen thưởng) as documents the writer renders: the báo cáo thành tích of
a collective or of a person, the tờ trình of the proposing body, and the biên bản of the council's
meeting with its secret ballot.

The achievements write themselves from what is recorded: the nominee's own lines, then the accepted
reports linked to the nomination (their text), the recognised initiative, and the award history.
The parts follow the decree's report forms (a person: sơ lược lý lịch, thành tích, khen thưởng đã
nhận; a collective: đặc điểm, tình hình, thành tích, khen thưởng đã nhận).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kehoach.document.dates import format_long
from kehoach.document.model import Plan, Section, Signature, Table
from kehoach.emulation.council import Result
from kehoach.emulation.model import COLLECTIVE, AwardRecord, Nominee
from kehoach.emulation.names import title_case
from kehoach.emulation.rules import RuleBook, load_rules
from kehoach.write.docx import render_docx
from kehoach.write.header import Header


@dataclass
class Proposal:
    """One line of a tờ trình or of the council's minutes."""

    nominee: Nominee
    award: str
    result: Result | None = None
    reports: list[str] = field(default_factory=list)  # texts of the linked accepted reports


def achievement_report(
    proposal: Proposal,
    movement: str,
    year: int,
    history: list[AwardRecord] | None = None,
    book: RuleBook | None = None,
) -> Plan:
    """Báo cáo thành tích đề nghị tặng <award>: a person's or a collective's."""
    book = book or load_rules()
    nominee, award = proposal.nominee, book.award(proposal.award)
    collective = nominee.kind == COLLECTIVE
    name = nominee.name if collective else title_case(nominee.name)
    if collective:
        first = Section(
            "I",
            "ĐẶC ĐIỂM, TÌNH HÌNH",
            [
                f"Tên tập thể: {name}; thuộc {nominee.unit}.",
                f"Tổng số người: {nominee.members}; đạt danh hiệu “Lao động tiên tiến”: "
                f"{nominee.members_ldtt}; đạt danh hiệu “Chiến sĩ thi đua cơ sở”: {nominee.members_cstd}.",
            ],
        )
    else:
        first = Section(
            "I",
            "SƠ LƯỢC LÝ LỊCH",
            [
                f"Họ và tên: {name}.",
                f"Chức vụ, đơn vị công tác: {nominee.position or nominee.unit}.",
            ],
        )
    achieved = [f"- {line.rstrip('.')}." for line in nominee.achievements if line.strip()]
    achieved += [f"- {text.strip().rstrip('.')}." for text in proposal.reports if text.strip()]
    if nominee.initiative:
        achieved.append(f"- Sáng kiến được công nhận: {nominee.initiative.rstrip('.')}.")
    if nominee.rating:
        achieved.append(
            f"- Kết quả đánh giá, xếp loại năm {year}: {book.rating_name(nominee.rating)}."
        )
    second = Section(
        "II",
        "THÀNH TÍCH ĐẠT ĐƯỢC",
        achieved or ["(Ghi thành tích trong phong trào thi đua.)"],
    )
    past = [
        [str(r.year), book.award(r.award).name, r.decision]
        for r in sorted(history or [], key=lambda r: r.year)
    ]
    third = Section("III", "CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")
    if past:
        third.tables.append(
            Table([["Năm", "Danh hiệu, hình thức khen thưởng", "Quyết định"], *past])
        )
    else:
        third.paragraphs.append("Chưa có.")
    signer = "THỦ TRƯỞNG ĐƠN VỊ" if collective else "NGƯỜI BÁO CÁO THÀNH TÍCH"
    return Plan(
        doc_type="BC",
        symbol="BC",
        issuer=nominee.unit if collective else None,
        year=year,
        title=f"Thành tích đề nghị tặng {award.name} của {name} trong {movement}",
        sections=[first, second, third],
        signature=Signature(title=signer, name=None if collective else name),
    )


def proposal_table(proposals: list[Proposal], book: RuleBook, with_votes: bool = False) -> Table:
    header = ["TT", "Tập thể, cá nhân", "Chức vụ, đơn vị", "Đề nghị"]
    if with_votes:
        header += ["Đồng ý", "Không đồng ý", "Kết quả"]
    rows = [header]
    for index, p in enumerate(proposals, start=1):
        n = p.nominee
        name = n.name if n.kind == COLLECTIVE else title_case(n.name)
        row = [str(index), name, n.position or n.unit, book.award(p.award).name]
        if with_votes:
            r = p.result
            row += [
                str(r.tally.yes) if r else "",
                str(r.tally.no) if r else "",
                ("Đạt" if r.passed else "Không đạt") if r else "Chưa bỏ phiếu",
            ]
        rows.append(row)
    return Table(rows)


def submission(
    issuer: str,
    to: str,
    movement: str,
    year: int,
    proposals: list[Proposal],
    book: RuleBook | None = None,
) -> Plan:
    """Tờ trình đề nghị khen thưởng: the proposing body asks the chair to award, list attached."""
    book = book or load_rules()
    body = Section(
        "",
        "",
        [
            f"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; căn cứ kết quả bình xét trong {movement},",
            f"{issuer} kính trình {to} xem xét, khen thưởng cho {len(proposals)} tập thể, cá nhân "
            "có thành tích xuất sắc (danh sách dưới đây).",
        ],
        tables=[proposal_table(proposals, book)],
    )
    return Plan(
        doc_type="TTr",
        symbol="TTr",
        issuer=issuer,
        year=year,
        title=f"Về việc đề nghị khen thưởng trong {movement}",
        sections=[body],
        closing=[f"Kính trình {to} xem xét, quyết định."],
        recipients=["Như trên"],
        signature=Signature(title="THỦ TRƯỞNG ĐƠN VỊ"),
    )


def minutes(
    issuer: str,
    movement: str,
    meeting: date,
    members: int,
    present: int,
    proposals: list[Proposal],
    chair: str = "",
    secretary: str = "",
    book: RuleBook | None = None,
) -> Plan:
    """Biên bản họp Hội đồng Thi đua - Khen thưởng: who met, the secret ballot, the results."""
    book = book or load_rules()
    passed = sum(1 for p in proposals if p.result and p.result.passed)
    sections = [
        Section(
            "I",
            "THỜI GIAN, THÀNH PHẦN",
            [
                f"Hội đồng Thi đua - Khen thưởng họp {format_long(meeting)}.",
                f"Có mặt {present}/{members} thành viên Hội đồng; thành viên vắng mặt gửi phiếu bầu.",
            ],
        ),
        Section(
            "II",
            "NỘI DUNG",
            [
                f"Hội đồng xét các đề nghị khen thưởng trong {movement}, bỏ phiếu kín; kết quả tính trên "
                "tổng số thành viên Hội đồng:"
            ],
            tables=[proposal_table(proposals, book, with_votes=True)],
        ),
        Section(
            "III",
            "KẾT LUẬN",
            [
                f"Hội đồng thống nhất đề nghị khen thưởng {passed}/{len(proposals)} tập thể, cá nhân đạt kết quả trên."
            ],
        ),
    ]
    return Plan(
        doc_type="BB",
        symbol="BB-HĐTĐKT",
        issuer=issuer,
        date=meeting,
        year=meeting.year,
        title="Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng",
        sections=sections,
        signature=Signature(title="CHỦ TỊCH HỘI ĐỒNG", name=chair or None),
        closing=[f"Thư ký Hội đồng: {secretary}." if secretary else "Biên bản kết thúc cùng ngày."],
    )


DOC_NAMES = {"BB": "BIÊN BẢN", "TTr": "TỜ TRÌNH", "BC": "BÁO CÁO"}


def render(plan: Plan) -> bytes:
    """The dossier document as .docx, by the writer."""
    return render_docx(plan, Header(doc_name=DOC_NAMES.get(plan.doc_type)))
