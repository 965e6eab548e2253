"""Where a finding on our own plan is, for a person: a Vietnamese place, the editor's field, the plan
view's paragraph.

The library maps each paragraph of the rendered plan to its path in the model
(`kehoach.write.outline.locate`); here a path becomes "Mục II.1, đoạn 3", the editor's field
(`id_s-4-paragraphs`, line 2 of it) and the id of the paragraph in the plan view (`d-sections-1-...`,
`d-appendices-0-paragraphs-2`), which `with_anchors` puts on the view's elements.
"""

from __future__ import annotations

import re
from typing import Any

from kehoach.document.model import Plan as DocumentPlan
from kehoach.document.model import Section

_STEP = re.compile(r"([a-z_]+)\[(\d+)\]")
_PLAIN = re.compile(r"[^a-z0-9]+")
_APPENDIX = re.compile(r"^\s*PH[ỤU]\s+L[ỤU]C\s+([0-9IVXLC]+)\b", re.IGNORECASE)

HEADER = {
    "parent_issuer": ("Tên cơ quan chủ quản", "id_h-parent_issuer"),
    "issuer": ("Tên cơ quan ban hành", "id_h-issuer"),
    "national": ("Quốc hiệu, tiêu ngữ", ""),
    "number": ("Số, ký hiệu", ""),
    "date": ("Địa danh, ngày tháng", "id_h-place"),
    "doc_type": ("Tên loại văn bản", "id_h-doc_type"),
    "title": ("Trích yếu", "id_h-title"),
    "archive": ("Dòng “Lưu”", "id_l-archive"),
    "signature": ("Chữ ký", "id_h-sign_name"),
    "recipients": ("Nơi nhận", "id_l-recipients"),
}
LISTS = {  # path field -> (label, editor textarea: one paragraph per line)
    "preamble": ("Phần mở đầu, đoạn", "id_h-preamble"),
    "closing": ("Phần kết thúc, đoạn", "id_h-closing"),
    "recipients": ("Nơi nhận, dòng", "id_l-recipients"),
}


def anchor(path: str) -> str:
    """The id of the element the path names in the plan view: "d-sections-1-paragraphs-2"."""
    return "d-" + _PLAIN.sub("-", path.lower()).strip("-")


def _walk(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        out.append(section)
        out.extend(_walk(section.children))
    return out


def _section_place(document: DocumentPlan, steps: list[tuple[str, int]]) -> dict[str, Any]:
    """A path into the sections: its label from the sections' numbers, its editor row."""
    chain: list[str] = []
    siblings = document.sections
    section: Section | None = None
    rest: list[tuple[str, int]] = []
    for position, (name, index) in enumerate(steps):
        if name not in {"sections", "children"} or index >= len(siblings):
            rest = steps[position:]
            break
        section = siblings[index]
        chain.append(section.number.rstrip(".)") or str(index + 1))
        siblings = section.children
    if section is None:
        return {"place": "Các mục", "field": "cac-muc", "field_line": None}
    row = next(i for i, s in enumerate(_walk(document.sections)) if s is section)
    label = f"Mục {'.'.join(chain)}"
    if rest and rest[0][0] == "paragraphs":
        number = rest[0][1]
        return {
            "place": f"{label}, đoạn {number + 1}",
            "field": f"id_s-{row}-paragraphs",
            "field_line": number,
        }
    if rest and rest[0][0] == "tables":
        return {
            "place": f"{label}, bảng {rest[0][1] + 1}",
            "field": f"id_s-{row}-title",
            "field_line": None,
        }
    return {"place": f"{label} (tiêu đề)", "field": f"id_s-{row}-title", "field_line": None}


def _appendix_place(document: DocumentPlan, steps: list[tuple[str, int]]) -> dict[str, Any]:
    """ "Phụ lục 01, đoạn 2" (the appendix's own label when it has one): the editor has no field
    for an appendix, the plan view shows it after the signature."""
    index = steps[0][1]
    written = document.appendices[index].number if index < len(document.appendices) else ""
    own = _APPENDIX.match(written or "")
    label = f"Phụ lục {own.group(1) if own else index + 1}"
    if len(steps) > 1:
        kind = "đoạn" if steps[1][0] == "paragraphs" else "bảng"
        label = f"{label}, {kind} {steps[1][1] + 1}"
    else:
        label = f"{label} (tiêu đề)"
    return {"place": label, "field": "", "field_line": None}


def place(document: DocumentPlan, path: str) -> dict[str, Any]:
    """{"place", "field", "field_line", "anchor"} of a path given by `locate`."""
    steps = [(name, int(index)) for name, index in _STEP.findall(path)]
    head = path.split("[", 1)[0].split(".", 1)[0]
    if head == "sections":
        found = _section_place(document, steps)
    elif head in LISTS and steps:
        label, field = LISTS[head]
        found = {"place": f"{label} {steps[0][1] + 1}", "field": field, "field_line": steps[0][1]}
    elif head == "appendices" and steps:
        found = _appendix_place(document, steps)
    else:
        label, field = HEADER.get(head, ("Nội dung", ""))
        found = {"place": label, "field": field, "field_line": None}
    found["anchor"] = anchor(path)
    return found


def _section_ids(section: dict[str, Any], path: str) -> dict[str, Any]:
    """A shallow copy of a section's dict with its ids (the paragraphs themselves are shared)."""
    out = dict(section)
    out["heading_id"] = anchor(path)
    out["paragraph_ids"] = [
        anchor(f"{path}.paragraphs[{i}]") for i in range(len(section.get("paragraphs") or []))
    ]
    out["table_ids"] = [
        anchor(f"{path}.tables[{i}]") for i in range(len(section.get("tables") or []))
    ]
    out["children"] = [
        _section_ids(child, f"{path}.children[{index}]")
        for index, child in enumerate(section.get("children") or [])
    ]
    return out


def with_anchors(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a plan's stored dict whose parts carry the ids findings link to (`*_id`, `*_ids`);
    shallow, so a long plan is not copied paragraph by paragraph on every page view."""
    doc = dict(data)
    names = ("parent_issuer", "issuer", "national", "number", "date", "doc_type", "title")
    for name in (*names, "recipients", "archive", "signature"):
        doc[f"{name}_id"] = anchor(name)
    for name in ("preamble", "closing", "recipients"):
        doc[f"{name}_ids"] = [anchor(f"{name}[{i}]") for i in range(len(doc.get(name) or []))]
    for part in ("sections", "appendices"):
        doc[part] = [
            _section_ids(section, f"{part}[{index}]")
            for index, section in enumerate(data.get(part) or [])
        ]
    return doc
