"""From a Source to a Plan: header, body tree, assignments, closing; the order of the parts.

Each part has its own module; this one finds where the parts begin and end (a plan attached to a
Quyết định, appendices after the signature, the closing paragraph after the last section) and decides
whether the text is a plan at all.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from datetime import date

from kehoach.document.model import Plan, Reference, ReviewNote, Section
from kehoach.document.references import find_references, unique
from kehoach.document.text import nfc
from kehoach.errors import InputError
from kehoach.read.anniversaries import find_anniversaries, find_slogans
from kehoach.read.appendices import read_appendices, untitled_appendix
from kehoach.read.assignments import find_assignments
from kehoach.read.closing import find_closing_start, is_appendix, read_closing
from kehoach.read.doc_type import doc_type_of
from kehoach.read.header import Header, parse_header
from kehoach.read.kinds import bold_leads
from kehoach.read.lunar_deadlines import lunar_deadline
from kehoach.read.named_laws import bases_of, same_law
from kehoach.read.names import is_bare_generic, strip_level
from kehoach.read.sections import build_sections, numbered_heading, roman_heading
from kehoach.read.source import Source
from kehoach.read.tables import TableFinder, place_tables, table_finder, table_lines
from kehoach.read.text import MARKER, Block, Line, blocks_of, clean_lines
from kehoach.read.title import read_title

_CLOSING_START = re.compile(
    r"^(?:Trên đây|Trong quá trình|Nhận được|Yêu cầu|Quá trình triển khai|"
    r"(?:Ủy ban|Uỷ ban|UBND|Sở|Ban)[^.;]{0,60}?\b(?:yêu cầu|đề nghị)\b)"
)
_ATTACHMENT_NOTE = re.compile(r"^\((?:Kèm theo|Gửi kèm|Có|Chi tiết)", re.IGNORECASE)
# A footnote's text printed after the plan's last paragraph: "1 Theo Luật Địa chất và Khoáng sản ...".
_FOOTNOTE = re.compile(r"^\d{1,3}\s+(?P<first>[^\W\d_])")
_ISSUER_IN_TEXT = re.compile(
    r"(?:(?i:ủy ban nhân dân|uỷ ban nhân dân)|UBND)\s+(?P<level>(?i:thành phố|tỉnh|quận|huyện|thị xã|xã|phường|đặc khu))"
    r"(?P<name>(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s,;.:()]*)*)"
    r"\s+(?:ban hành|xây dựng|yêu cầu|đề nghị|phát động|triển khai|tổ chức|giao|chỉ đạo)\b"
)
# The opening paragraphs that name what the plan implements (its bases), also as a dashed list.
_BASIS = re.compile(
    r"^(?:[-–+•]\s*)?(?:Căn cứ|Thực hiện|Triển khai|Tiếp tục thực hiện|Để triển khai|Để thực hiện)\b"
)
NOT_A_PLAN = "không phải văn bản kế hoạch"


def _find(lines: list[Line], start: int, test: Callable[[str], object]) -> int | None:
    for position in range(start, len(lines)):
        if test(lines[position].text):
            return position
    return None


def _split_closing(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The paragraphs after the last section ("Trên đây là Kế hoạch ... ./.") split off the body.

    From the end: an attachment note "(Kèm theo Phụ lục ...)" or a footnote's text ("1 Theo Luật ..."),
    then the paragraph that ends the plan ("./.", or one of the closing phrases even without the end
    marker), then closing phrases before it. Notes without that paragraph stay in the body.
    """
    closing: list[str] = []
    notes_only = True
    marked = None  # index of the paragraph taken for its end marker alone
    end = len(blocks)
    while end > 0:
        text = blocks[end - 1].text
        if MARKER.match(text) or roman_heading(text) or numbered_heading(text):
            if marked == end and not text.rstrip().endswith((".", ";", "!", "?")):
                # "5.6. Đề nghị Ủy ban MTTQ tỉnh" + "Vận động ... ./.": the end marker closes the only
                # paragraph of a last heading, which is that part's text, not a closing paragraph
                # (after an item that ends its sentence, "Các cơ quan ... ./." closes the plan).
                closing, end = closing[1:], end + 1
            break
        footnote = _FOOTNOTE.match(text)
        if notes_only and (
            _ATTACHMENT_NOTE.match(text) or (footnote and footnote["first"].isupper())
        ):
            closing.insert(0, text)
        elif _CLOSING_START.match(text):
            closing.insert(0, text)
            notes_only = False
        elif notes_only and text.endswith(("/.", "./")):
            closing.insert(0, text)
            notes_only = False
            marked = end - 1
        else:
            break
        end -= 1
    if closing and all(_ATTACHMENT_NOTE.match(text) or _FOOTNOTE.match(text) for text in closing):
        return blocks, []
    return blocks[:end], closing


def _section_texts(sections: list[Section]) -> list[str]:
    texts: list[str] = []
    for top in sections:
        for section in top.walk():
            texts.append(section.title)
            texts.extend(section.paragraphs)
            texts.extend(line for table in section.tables for line in table_lines(table))
    return texts


def _infer_issuer(header: Header, texts: list[str]) -> str | None:
    for text in texts:
        match = next(
            (
                m
                for m in _ISSUER_IN_TEXT.finditer(text)
                if not text[: m.start()].rstrip().endswith("của")
            ),
            None,
        )
        if not match:
            continue
        level = match.group("level").lower()
        name = match.group("name").strip()
        if not name and header.place:
            place_level, place_name = strip_level(header.place)
            if place_level in (None, level):
                name = place_name
        if name:
            return f"Ủy ban nhân dân {level} {name}"
    return None


_ATTACHED = re.compile(r"^(?:\*\s*)?\(?\s*(?:Ban hành\s+)?kèm theo\b", re.IGNORECASE)


def attachment_note(lines: list[Line], start: int) -> tuple[int, str | None]:
    """ "(Kèm theo Quyết định số 120/QĐ-UBND ngày ...)" or "(Ban hành kèm theo ...)" right under the
    title: the note and the index after it; a note over several lines ends at its ")"."""
    if start >= len(lines) or not _ATTACHED.match(lines[start].text):
        return start, None
    parts = [lines[start].text.removeprefix("* ")]
    position = start + 1
    opened = parts[0].startswith("(")
    while opened and ")" not in parts[-1] and position < len(lines) and len(parts) < 4:
        if lines[position].hard or MARKER.match(lines[position].text):
            break
        parts.append(lines[position].text)
        position += 1
    if opened and ")" not in parts[-1]:
        return start, None
    return position, " ".join(parts)


def parse_lines(
    lines: list[Line], name: str, tables: TableFinder | None = None, hard: bool = False
) -> Plan:
    """The plan in clean lines; InputError if they do not read as a plan.

    `tables` finds the file's tables in a range of its lines; those in the body become Section.tables.
    """
    if not lines:
        raise InputError(f"{name}: tệp không có nội dung chữ.")
    header = parse_header(lines)
    plan = Plan(
        doc_type=header.doc_type or "KH",
        number=header.number,
        symbol=header.symbol,
        issuer=header.issuer,
        parent_issuer=header.parent_issuer,
        place=header.place,
        date=header.date,
        year=header.year or (header.date.year if header.date else None),
        month=header.month if header.date is None else None,
        title=header.title,
    )
    for note in header.notes:
        plan.review.append(ReviewNote("date", note))
    body_start = header.title_end
    pre_blocks: list[Block] = []
    closing_at = find_closing_start(lines, body_start)
    if header.doc_type == "QĐ":
        attached = _find(lines, body_start, lambda text: doc_type_of(text) == "KH")
        if attached is not None:
            pre_end = closing_at if closing_at is not None and closing_at < attached else attached
            pre_blocks = blocks_of(lines[body_start:pre_end])
            decision_title = plan.title
            plan.title, body_start = read_title(lines, attached)
            plan.review.append(
                ReviewNote(
                    "title",
                    "Kế hoạch ban hành kèm theo Quyết định; số, ký hiệu, ngày là của Quyết định"
                    + (
                        f" (trích yếu của Quyết định: {decision_title})." if decision_title else "."
                    ),
                )
            )
            later = find_closing_start(lines, body_start)
            closing_at = closing_at if closing_at is not None and closing_at < attached else later
    body_start, plan.attachment_note = attachment_note(lines, body_start)
    plan.national = header.national
    if header.skip:
        first, last = header.skip
        lines = lines[:first] + lines[last:] if first >= body_start else lines
        if closing_at is not None and closing_at >= last:
            closing_at -= last - first
    appendix = _find(lines, body_start, is_appendix)
    body_end = min(
        p for p in (closing_at, appendix, len(lines)) if p is not None and p >= body_start
    )
    body, placed = place_tables(lines[body_start:body_end], tables, hard)
    blocks = blocks_of(body)
    blocks, plan.closing = _split_closing(blocks)
    preamble, plan.sections = build_sections(blocks, placed)
    plan.preamble = [block.text for block in pre_blocks] + preamble
    if appendix is None and closing_at is not None:
        appendix = untitled_appendix(lines, closing_at)
    if appendix is not None:
        appendix_end = (
            closing_at if closing_at is not None and closing_at > appendix else len(lines)
        )
        plan.appendices = read_appendices(lines[appendix:appendix_end], tables, hard)
    if closing_at is not None:
        closing = read_closing(lines, closing_at)
        plan.recipients, plan.archive, plan.signature = (
            closing.recipients,
            closing.archive,
            closing.signature,
        )
        plan.recipient_lines = closing.recipient_lines
    section_texts = _section_texts(plan.sections)
    if plan.issuer is None or is_bare_generic(plan.issuer):
        # No issuer in the header, or only "ỦY BAN NHÂN DÂN" without its place.
        plan.issuer = (
            _infer_issuer(header, plan.preamble + plan.closing + section_texts) or plan.issuer
        )
        if plan.issuer and not is_bare_generic(plan.issuer):
            plan.review.append(
                ReviewNote(
                    "issuer", "Cơ quan ban hành suy ra từ nội dung và địa danh; cần kiểm tra."
                )
            )
    all_texts = ([plan.title] if plan.title else []) + plan.preamble + section_texts + plan.closing
    _recase_names(plan, "\n".join(plan.preamble + plan.closing))
    cited = {text: find_references(text) for text in all_texts}  # each paragraph read once
    bases = [
        ref for text in plan.preamble if _BASIS.match(text) for ref in bases_of(text, cited[text])
    ]
    plan.bases = [
        dataclasses.replace(ref) for ref in _unique_bases(bases)
    ]  # not shared with references
    plan.references = unique([ref for text in all_texts for ref in cited[text]])
    plan.assignments = find_assignments(plan.sections)
    _lunar_deadlines(plan)
    plan.slogans = find_slogans(plan.sections)
    plan.anniversaries = find_anniversaries(all_texts)
    evidence = sum(
        (
            plan.symbol is not None,
            header.doc_type_line is not None,
            len(plan.sections) >= 2,
            bool(plan.recipients) or plan.signature is not None,
            plan.place is not None,
        )
    )
    if evidence < 2:
        raise InputError(
            f"{name}: {NOT_A_PLAN} (không thấy số, ký hiệu, tên loại, các phần I, II, ...)."
        )
    return plan


def _as_written(name: str, text: str, lowered: str) -> str:
    """`name` as the plan's own text writes it, when it does (same letters, other capitals)."""
    at = lowered.find(name.lower())
    return text[at : at + len(name)] if at >= 0 else name


def _recase_names(plan: Plan, text: str) -> None:
    """The header's capitals lose which words of a body's name are proper ("BAN TỔ CHỨC LỄ HỘI HOA
    LƯ"); where the preamble or closing writes the parent body's name, its capitals are taken."""
    if not (plan.parent_issuer and plan.issuer):
        return
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would not match
        return
    parent = _as_written(plan.parent_issuer, text, lowered)
    if parent != plan.parent_issuer and plan.issuer.endswith(plan.parent_issuer):
        plan.issuer = plan.issuer[: -len(plan.parent_issuer)] + parent
    plan.parent_issuer = parent


def _lunar_deadlines(plan: Plan) -> None:
    """A duty dated only by the lunar calendar ("trước Tết Nguyên đán") gets that day as its deadline."""
    reference = plan.date or (date(plan.year, 1, 1) if plan.year else None)
    if reference is None:
        return
    for assignment in plan.assignments:
        if assignment.deadline is None:
            assignment.deadline = lunar_deadline(assignment.text, reference)


def parse(source: Source) -> Plan:
    """The plan a Source holds (InputError if it is not a plan). Lines not in NFC are normalised."""
    lines = source.lines
    if not unicodedata.is_normalized("NFC", "\n".join(lines)):  # one check for the whole file
        lines = [line if unicodedata.is_normalized("NFC", line) else nfc(line) for line in lines]
    leads = None
    if source.kind == "docx" and source.raw:
        leads = bold_leads(source.raw, source.name)
        if len(leads) != len(lines):
            leads = None
    hard = source.kind == "docx"
    cleaned = clean_lines(lines, hard_paragraphs=hard, leads=leads, paged=source.kind == "pdf")
    plan = parse_lines(cleaned, source.name, table_finder(source), hard)
    if source.ocr:
        plan.review.append(ReviewNote("source", OCR_NOTE))
    plan.review.extend(ReviewNote("source", note) for note in source.notes)
    return plan


OCR_NOTE = "Văn bản được nhận dạng chữ (OCR) từ bản scan: hãy đối chiếu số, ngày và tên đơn vị với bản gốc."


def _unique_bases(bases: list[Reference]) -> list[Reference]:
    """Each cited document once: numbered ones by their number, laws cited by name by their words."""
    numbered = {id(ref) for ref in unique([ref for ref in bases if not _by_name(ref)])}
    kept: list[Reference] = []
    for ref in bases:
        if not _by_name(ref):
            if id(ref) in numbered:
                kept.append(ref)
        elif not any(same_law(ref, other) for other in kept):
            kept.append(ref)
    return kept


def _by_name(reference: Reference) -> bool:
    return reference.number is None and reference.symbol is None
