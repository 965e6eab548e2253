"""The award decision (Quyết định khen thưởng): drafted as a Plan of type QĐ, rendered by the writer.

The body follows the usual decision of a chair: the authority line, the bases (căn cứ), "QUYẾT ĐỊNH:",
Điều 1 (the awards, each form with its count, "có danh sách kèm theo"), Điều 2 (the bonus), Điều 3
(who carries it out). The list is an appendix after the signature: its title, "(Kèm theo Quyết định
số ...)" and one table per group (tập thể, cá nhân). The writer lays out the header, body, Nơi nhận
and signature (Nghị định 30); this module adds the lines a decision has and a plan has not.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kehoach.document.dates import format_long, format_short
from kehoach.document.model import Plan, Section, Signature, Table
from kehoach.document.text import clean
from kehoach.emulation.model import COLLECTIVE, INDIVIDUAL, Nominee
from kehoach.emulation.names import sort_key, title_case
from kehoach.emulation.rules import RuleBook, load_rules
from kehoach.write import xml_parts
from kehoach.write.body_table import table_xml
from kehoach.write.docx import render_docx
from kehoach.write.layout import Margins
from kehoach.write.layout import profile as get_profile

ROMAN = ("I", "II", "III")
LAW_BASIS = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
DECREE_BASIS = (
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;"
)
DECREE_2025_BASIS = (
    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, "
    "phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số "
    "điều của Luật Thi đua, khen thưởng;"
)
# In force from 01/7/2025 (the Bộ Nội vụ's legal department); the Ministry cites it beside NĐ 98/2023,
# and the award money is read from it since (docs/thi-dua-legal-basis.md).
DECREE_2025_FROM = date(2025, 7, 1)
LOCAL_GOVERNMENT_BASIS = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"


@dataclass
class Awardee:
    """One line of the decision's list."""

    nominee: Nominee
    award: str  # award key


@dataclass
class DecisionDraft:
    issuer: str  # "Ủy ban nhân dân phường Lê Chân"
    place: str  # "Lê Chân"
    movement: str  # the movement's name, as the decision cites it
    awardees: list[Awardee]
    year: int
    number: str | None = None
    issued_on: date | None = None
    plan_basis: str = ""  # "Kế hoạch số 45/KH-UBND ngày 15/7/2024 của Ủy ban nhân dân phường ..."
    council_date: date | None = None
    proposer: str = "Trưởng phòng Văn hóa - Xã hội phường"
    signer: str = ""
    signer_title: str = "CHỦ TỊCH"  # or "PHÓ CHỦ TỊCH" (then KT. CHỦ TỊCH)
    bonus_basis: str = ""  # "" = the decree in force on the decision's date
    executors: list[str] = field(
        default_factory=lambda: ["Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"]
    )
    parent_issuer: str | None = None


def _level_word(issuer: str) -> str:
    words = clean(issuer).split()
    for index, word in enumerate(words):
        if word.lower() in ("phường", "xã", "quận", "huyện", "tỉnh", "thành", "thị"):
            return " ".join(words[index:])
    return issuer


def authority_line(issuer: str) -> str:
    """ "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN": who decides, above the bases."""
    return f"CHỦ TỊCH {clean(issuer).upper()}"


def _count_phrase(awardees: list[Awardee]) -> str:
    kinds = Counter(a.nominee.kind for a in awardees)
    parts = []
    if kinds[COLLECTIVE]:
        parts.append(f"{kinds[COLLECTIVE]:02d} tập thể")
    if kinds[INDIVIDUAL]:
        parts.append(f"{kinds[INDIVIDUAL]:02d} cá nhân")
    return " và ".join(parts)


def article_one(draft: DecisionDraft, book: RuleBook) -> list[str]:
    """One sentence per award: forms are "tặng", titles are "công nhận danh hiệu"."""
    chair = f"Chủ tịch {draft.issuer}"
    sentences = []
    by_award: dict[str, list[Awardee]] = {}
    for awardee in draft.awardees:
        by_award.setdefault(awardee.award, []).append(awardee)
    for key, group in by_award.items():
        award = book.award(key)
        who = _count_phrase(group)
        if award.kind == "form":
            sentences.append(
                f"Tặng {award.name} của {chair} cho {who} đã có thành tích xuất sắc trong "
                f"{draft.movement} (có danh sách kèm theo)."
            )
        else:
            sentences.append(
                f"Công nhận danh hiệu “{award.name}” năm {draft.year} cho {who} "
                "(có danh sách kèm theo)."
            )
    return sentences


def draft_decision(draft: DecisionDraft, book: RuleBook | None = None) -> Plan:
    """The decision as a Plan (doc_type QĐ) the writer renders; the list is `appendix_tables`."""
    book = book or load_rules()
    since_2025 = (draft.issued_on or date.today()) >= DECREE_2025_FROM
    bases = [LOCAL_GOVERNMENT_BASIS, LAW_BASIS, DECREE_BASIS]
    if since_2025:
        bases.append(DECREE_2025_BASIS)
    bonus_basis = draft.bonus_basis or (
        f"theo quy định của Nghị định số {'152/2025' if since_2025 else '98/2023'}/NĐ-CP"
    )
    if draft.plan_basis:
        bases.append(f"Căn cứ {draft.plan_basis};")
    if draft.council_date:
        bases.append(
            f"Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng {_level_word(draft.issuer)} "
            f"{format_long(draft.council_date)};"
        )
    bases.append(f"Theo đề nghị của {draft.proposer}.")
    first = article_one(draft, book)
    forms = {book.award(a.award).kind for a in draft.awardees}
    bonus = (
        f"Kèm theo hiện vật khen thưởng là tiền thưởng {bonus_basis}; kinh phí từ nguồn quỹ "
        f"thi đua, khen thưởng của {_level_word(draft.issuer)}."
        if forms
        else ""
    )
    executors = ", ".join([*draft.executors, "các tập thể, cá nhân có tên tại Điều 1"])
    sections = [
        Section("Điều 1.", " ".join(first)),
        Section("Điều 2.", bonus),
        Section(
            "Điều 3.",
            f"Quyết định này có hiệu lực kể từ ngày ký. {executors} chịu trách nhiệm thi hành Quyết định này.",
        ),
    ]
    deputy = draft.signer_title != "CHỦ TỊCH"
    return Plan(
        doc_type="QĐ",
        number=draft.number,
        symbol="QĐ-UBND",
        issuer=draft.issuer,
        parent_issuer=draft.parent_issuer,
        place=draft.place,
        date=draft.issued_on,
        year=draft.issued_on.year if draft.issued_on else draft.year,
        title=f"Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong {draft.movement}",
        preamble=bases,
        sections=sections,
        recipients=["Như Điều 3", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân"],
        archive=["VT"],
        signature=Signature(
            capacity="KT." if deputy else None,
            head="CHỦ TỊCH" if deputy else None,
            title=draft.signer_title,
            name=draft.signer or None,
        ),
    )


def appendix_tables(draft: DecisionDraft, book: RuleBook | None = None) -> list[tuple[str, Table]]:
    """(heading, table) per group: collectives then individuals, each sorted the Vietnamese way."""
    book = book or load_rules()
    groups: list[tuple[str, Table]] = []
    for kind, label, name_col, where_col in (
        (COLLECTIVE, "TẬP THỂ", "Tên tập thể", "Đơn vị"),
        (INDIVIDUAL, "CÁ NHÂN", "Họ và tên", "Chức vụ, đơn vị công tác"),
    ):
        members = [a for a in draft.awardees if a.nominee.kind == kind]
        if not members:
            continue
        if kind == INDIVIDUAL:
            members.sort(key=lambda a: sort_key(a.nominee.name))
        rows = [["TT", name_col, where_col, "Hình thức khen thưởng"]]
        for index, awardee in enumerate(members, start=1):
            nominee = awardee.nominee
            name = title_case(nominee.name) if kind == INDIVIDUAL else nominee.name
            rows.append(
                [str(index), name, nominee.position or nominee.unit, book.award(awardee.award).name]
            )
        groups.append((f"{ROMAN[len(groups)]}. {label}", Table(rows)))
    return groups


def appendix_caption(plan: Plan) -> str:
    number = f"{plan.number}/{plan.symbol}" if plan.number else f"      /{plan.symbol}"
    when = f"ngày {format_short(plan.date)}" if plan.date else "ngày      "
    return f"(Kèm theo Quyết định số {number} {when} của Chủ tịch {plan.issuer})"


# --- rendering: the writer's .docx, with a decision's own lines added -------------------------------


def _para(
    text: str,
    size: int,
    bold: bool = False,
    italic: bool = False,
    jc: str = "center",
    before: int = 0,
) -> str:
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    return (
        f'<w:p><w:pPr><w:spacing w:before="{before}" w:after="0"/><w:jc w:val="{jc}"/></w:pPr>'
        f'<w:r><w:rPr>{props}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        f'<w:t xml:space="preserve">{xml_parts.xml_text(text)}</w:t></w:r></w:p>'
    )


def _paragraph_span(xml: str, text: str) -> tuple[int, int] | None:
    at = xml.find(xml_parts.xml_text(text))
    if at < 0:
        return None
    return xml.rfind("<w:p>", 0, at), xml.find("</w:p>", at) + len("</w:p>")


def _bold_label(document: str, label: str, size: int) -> str:
    """ "Điều 1. Tặng ..." -> a bold "Điều 1." run, then the sentence upright."""
    marker = f'<w:t xml:space="preserve">{label} '
    at = document.find(marker)
    if at < 0:
        return document
    rpr = document.rfind("<w:rPr>", 0, at)
    plain = f'<w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    split = f'<w:t xml:space="preserve">{label}</w:t></w:r><w:r>{plain}<w:t xml:space="preserve"> '
    return (
        document[:rpr]
        + "<w:rPr><w:b/><w:bCs/>"
        + document[rpr + len("<w:rPr>") : at]
        + split
        + document[at + len(marker) :]
    )


def decision_xml(
    document: str, plan: Plan, groups: list[tuple[str, Table]], size: int, width: int
) -> str:
    """Add the authority line, italic bases, "QUYẾT ĐỊNH:", bold article labels and the appendix."""
    first = _paragraph_span(document, plan.preamble[0]) if plan.preamble else None
    if first:
        document = (
            document[: first[0]]
            + _para(authority_line(plan.issuer or ""), size, bold=True, before=240)
            + document[first[0] :]
        )
    for text in plan.preamble:
        span = _paragraph_span(document, text)
        if span:
            para = document[span[0] : span[1]].replace("<w:rPr>", "<w:rPr><w:i/><w:iCs/>", 1)
            document = document[: span[0]] + para + document[span[1] :]
    article = _paragraph_span(document, "Điều 1. ")
    if article:
        document = (
            document[: article[0]]
            + _para("QUYẾT ĐỊNH:", size, bold=True, before=240)
            + document[article[0] :]
        )
    for number in range(1, 10):
        document = _bold_label(document, f"Điều {number}.", size)
    if groups:
        appendix = ['<w:p><w:r><w:br w:type="page"/></w:r></w:p>']
        appendix.append(_para("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", size, bold=True))
        appendix.append(_para(appendix_caption(plan), size, italic=True))
        for heading, table in groups:
            appendix.append(_para(heading, size, bold=True, jc="left", before=240))
            appendix.append(table_xml(table, size - 2, width))
        document = document.replace("<w:sectPr>", "".join(appendix) + "<w:sectPr>", 1)
    return document


def render_decision(
    draft: DecisionDraft, book: RuleBook | None = None, profile: str = "13/14"
) -> bytes:
    """The decision as .docx bytes: the writer's layout, the decision's lines, the list appended."""
    book = book or load_rules()
    plan = draft_decision(draft, book)
    groups = appendix_tables(draft, book)
    data = render_docx(plan, profile=profile)
    size = get_profile(profile).body
    width = Margins().text_width
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/document.xml":
                content = decision_xml(content.decode("utf-8"), plan, groups, size, width).encode(
                    "utf-8"
                )
            target.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
