"""The JSON contract "kehoach.plan/1" (DESIGN.md §3): Plan <-> plain dicts with ISO dates.

Extension: a section with body tables carries "tables": [{"rows": [[cell, ...], ...], "header_rows": 1,
"caption": null, "position": null}] (see model.Table). The key is written only when a section has tables,
so documents without tables give the same JSON as before, and JSON without the key still loads.
The other extensions follow the same rule (written only when they say something): "month" (a draft's
month while its day is blank and "date" null), an assignment's "partners" (the units a lead works with),
"attachment_note" (the "(Kèm theo ...)" line under the title), "recipient_lines" (the Nơi nhận lines as
written, with their purpose tags, when one differs from "name;"), "national" (the motto as written when
it is not the standard spelling), "appendices" (sections: number = the label "PHỤ LỤC 01", title,
paragraphs, tables).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kehoach.document.model import (
    Anniversary,
    Assignment,
    Plan,
    Reference,
    ReviewNote,
    Section,
    Signature,
    Table,
)
from kehoach.document.recipients import written_line
from kehoach.document.text import nfc

SCHEMA = "kehoach.plan/1"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _text(value: Any) -> str | None:
    return None if value is None else nfc(str(value))


def reference_to_dict(ref: Reference) -> dict[str, Any]:
    return {
        "kind": ref.kind,
        "number": ref.number,
        "symbol": ref.symbol,
        "date": _iso(ref.date),
        "issuer": ref.issuer,
        "text": ref.text,
    }


def reference_from_dict(data: dict[str, Any]) -> Reference:
    return Reference(
        kind=_text(data.get("kind")),
        number=_text(data.get("number")),
        symbol=_text(data.get("symbol")),
        date=_date(data.get("date")),
        issuer=_text(data.get("issuer")),
        text=_text(data.get("text")) or "",
    )


def table_to_dict(table: Table) -> dict[str, Any]:
    return {
        "rows": [list(row) for row in table.rows],
        "header_rows": table.header_rows,
        "caption": table.caption,
        "position": table.position,
    }


def _count(value: Any, default: int | None) -> int | None:
    if value in (None, ""):
        return default
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} không phải số đếm") from None


def table_from_dict(data: dict[str, Any]) -> Table:
    rows = data.get("rows") or []
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise ValueError("rows của bảng phải là danh sách các hàng, mỗi hàng là danh sách các ô")
    return Table(
        rows=[["" if cell is None else nfc(str(cell)) for cell in row] for row in rows],
        header_rows=_count(data.get("header_rows"), 1) or 0,
        caption=_text(data.get("caption")),
        position=_count(data.get("position"), None),
    )


def section_to_dict(section: Section) -> dict[str, Any]:
    """A section's dict; "tables" (an extension of kehoach.plan/1) only when it has tables."""
    out: dict[str, Any] = {
        "number": section.number,
        "title": section.title,
        "paragraphs": list(section.paragraphs),
        "children": [section_to_dict(child) for child in section.children],
    }
    if section.tables:
        out["tables"] = [table_to_dict(table) for table in section.tables]
    return out


def section_from_dict(data: dict[str, Any]) -> Section:
    return Section(
        number=_text(data.get("number")) or "",
        title=_text(data.get("title")) or "",
        paragraphs=[nfc(str(p)) for p in data.get("paragraphs") or []],
        children=[section_from_dict(child) for child in data.get("children") or []],
        tables=[table_from_dict(table) for table in data.get("tables") or []],
    )


def _assignment_to_dict(assignment: Assignment) -> dict[str, Any]:
    """An assignment's dict; "partners" (an extension) only when the lead names units it works with."""
    out: dict[str, Any] = {
        "unit": assignment.unit,
        "text": assignment.text,
        "role": assignment.role,
        "deadline": _iso(assignment.deadline),
    }
    if assignment.partners:
        out["partners"] = list(assignment.partners)
    return out


def _month(value: Any) -> int | None:
    if value in (None, ""):
        return None
    month = int(value)
    if not 1 <= month <= 12:
        raise ValueError(f"tháng {month} không có thật")
    return month


def _around_body(plan: Plan) -> dict[str, Any]:
    """The extensions that keep what the user wrote around the body, each only when it says something."""
    out: dict[str, Any] = {}
    if plan.attachment_note:
        out["attachment_note"] = plan.attachment_note
    lines = plan.recipient_lines
    if len(lines) == len(plan.recipients) and any(
        written_line(name, line) != f"{name};"
        for name, line in zip(plan.recipients, lines, strict=True)
    ):
        out["recipient_lines"] = list(lines)
    if plan.national:
        out["national"] = plan.national
    if plan.appendices:
        out["appendices"] = [section_to_dict(appendix) for appendix in plan.appendices]
    return out


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The contract's dict, keys in the documented order."""
    signature = plan.signature
    return {
        "schema": SCHEMA,
        "doc_type": plan.doc_type,
        "number": plan.number,
        "symbol": plan.symbol,
        "issuer": plan.issuer,
        "place": plan.place,
        "date": _iso(plan.date),
        "year": plan.year,
        "title": plan.title,
        "bases": [reference_to_dict(r) for r in plan.bases],
        "references": [reference_to_dict(r) for r in plan.references],
        "sections": [section_to_dict(s) for s in plan.sections],
        "assignments": [_assignment_to_dict(a) for a in plan.assignments],
        "slogans": list(plan.slogans),
        "anniversaries": [
            {"count": a.count, "event": a.event, "start": _iso(a.start), "end": _iso(a.end)}
            for a in plan.anniversaries
        ],
        "recipients": list(plan.recipients),
        "archive": list(plan.archive),
        "signature": None
        if signature is None
        else {
            "authority": signature.authority,
            "body": signature.body,
            "capacity": signature.capacity,
            "head": signature.head,
            "title": signature.title,
            "name": signature.name,
        },
        **({"month": plan.month} if plan.month and plan.date is None else {}),
        "parent_issuer": plan.parent_issuer,
        "preamble": list(plan.preamble),
        "closing": list(plan.closing),
        "review": [{"path": n.path, "note": n.note} for n in plan.review],
        **_around_body(plan),
    }


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """Build a Plan from the contract's dict (as JSON, YAML or a form gives it); text is NFC-normalised."""
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise ValueError(f"unsupported schema {schema!r}, expected {SCHEMA!r}")
    signature = data.get("signature")
    year = data.get("year")
    return Plan(
        doc_type=_text(data.get("doc_type")) or "KH",
        number=_text(data.get("number")),
        symbol=_text(data.get("symbol")),
        issuer=_text(data.get("issuer")),
        place=_text(data.get("place")),
        date=_date(data.get("date")),
        year=int(year) if year not in (None, "") else None,
        month=_month(data.get("month")),
        title=_text(data.get("title")),
        bases=[reference_from_dict(r) for r in data.get("bases") or []],
        references=[reference_from_dict(r) for r in data.get("references") or []],
        sections=[section_from_dict(s) for s in data.get("sections") or []],
        assignments=[
            Assignment(
                unit=_text(a.get("unit")) or "",
                text=_text(a.get("text")) or "",
                role=_text(a.get("role")),
                deadline=_date(a.get("deadline")),
                partners=[nfc(str(p)) for p in a.get("partners") or []],
            )
            for a in data.get("assignments") or []
        ],
        slogans=[nfc(str(s)) for s in data.get("slogans") or []],
        anniversaries=[
            Anniversary(
                count=int(a["count"]),
                event=_text(a.get("event")) or "",
                start=_date(a.get("start")),
                end=_date(a.get("end")),
            )
            for a in data.get("anniversaries") or []
        ],
        recipients=[nfc(str(r)) for r in data.get("recipients") or []],
        archive=[nfc(str(a)) for a in data.get("archive") or []],
        signature=None
        if not signature
        else Signature(**{k: _text(signature.get(k)) for k in Signature.__dataclass_fields__}),
        parent_issuer=_text(data.get("parent_issuer")),
        preamble=[nfc(str(p)) for p in data.get("preamble") or []],
        closing=[nfc(str(p)) for p in data.get("closing") or []],
        review=[
            ReviewNote(path=str(n.get("path", "")), note=nfc(str(n.get("note", ""))))
            for n in data.get("review") or []
        ],
        attachment_note=_text(data.get("attachment_note")),
        recipient_lines=[nfc(str(r)) for r in data.get("recipient_lines") or []],
        national=_text(data.get("national")),
        appendices=[section_from_dict(a) for a in data.get("appendices") or []],
    )
