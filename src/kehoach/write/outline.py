"""Where each paragraph of a rendered plan comes from: its place in the document model.

A finding on a plan we draft names a paragraph of the .docx we would issue ("đoạn 14"); the person
fixing it needs the field: "preamble[1]", "sections[1].children[0].paragraphs[2]", "recipients[3]".
The writer lays the model out in a fixed order (header, title, preamble, sections depth first,
closing, Nơi nhận, signature), and the reader gives the paragraphs back in that order, so the read
paragraphs are matched to the model's texts in order. A paragraph the model does not hold as text (a
table cell, an empty line) maps to nothing and does not move the match along.
"""

from __future__ import annotations

import re

from kehoach.document.model import Plan, Section, Table
from kehoach.document.recipients import written_line
from kehoach.document.text import nfc
from kehoach.write.docx import (
    MOTTO,
    NATIONAL,
    heading_label,
    number_line,
    place_date_line,
)
from kehoach.write.header import resolve

LOOKAHEAD = 40  # how far past the last match a paragraph is looked for (a long table is skipped)
_SPACE = re.compile(r"\s+")
_END = re.compile(r"(?:\./\.|[.;:,])+$")


def _key(text: str) -> str:
    """The text as compared: NFC, single spaces, no bullet dash, no end punctuation or "./."."""
    text = _SPACE.sub(" ", nfc(text)).strip()
    text = re.sub(r"^[-+•–]\s*", "", text)
    return _END.sub("", text).strip().casefold()


def _blocks(section: Section, path: str, items: list[tuple[str, str]]) -> None:
    """The section's paragraphs and its tables' cells (row by row, as the reader gives them)."""
    paragraph = table = 0
    for block in section.blocks() if section.tables else section.paragraphs:
        if isinstance(block, Table):
            items += [
                (f"{path}.tables[{table}]", line)
                for row in block.rows
                for cell in row
                for line in cell.splitlines()
            ]
            table += 1
        else:
            items.append((f"{path}.paragraphs[{paragraph}]", block))
            paragraph += 1


def _sections(sections: list[Section], prefix: str, items: list[tuple[str, str]]) -> None:
    for index, section in enumerate(sections):
        path = f"{prefix}[{index}]"
        part = any(re.match(r"^[IVX]+$", child.number) for child in section.children)
        label = heading_label(section.number, part) if section.number else ""
        items.append((path, f"{label} {section.title}".strip()))
        _blocks(section, path, items)
        _sections(section.children, f"{path}.children", items)


def _appendices(plan: Plan, items: list[tuple[str, str]]) -> None:
    for index, appendix in enumerate(plan.appendices):
        path = f"appendices[{index}]"
        items += [(path, appendix.number), (path, appendix.title)]
        _blocks(appendix, path, items)


def outline(plan: Plan) -> list[tuple[str, str]]:
    """(path, text) of every paragraph the writer makes from the model, in the writer's order."""
    header = resolve(plan, None)
    items: list[tuple[str, str]] = [("parent_issuer", line) for line in header.parent_issuer]
    items += [("issuer", line) for line in header.issuer_short]
    items += [("national", plan.national or NATIONAL), ("national", MOTTO)]
    items += [("number", number_line(plan)), ("date", place_date_line(plan, header))]
    items.append(("doc_type", header.doc_name or ""))
    if plan.title:
        items.append(("title", plan.title))
    if plan.attachment_note:
        items.append(("title", plan.attachment_note))
    items += [(f"preamble[{i}]", text) for i, text in enumerate(plan.preamble)]
    _sections(plan.sections, "sections", items)
    items += [(f"closing[{i}]", text) for i, text in enumerate(plan.closing)]
    items.append(("recipients", "Nơi nhận"))
    written = plan.recipient_lines if len(plan.recipient_lines) == len(plan.recipients) else []
    items += [
        (f"recipients[{i}]", written_line(name, written[i] if written else None))
        for i, name in enumerate(plan.recipients)
    ]
    items.append(("archive", "Lưu: " + ", ".join(plan.archive or ["VT"])))
    sig = plan.signature
    if sig is not None:
        for text in (
            " ".join(p for p in (sig.authority, sig.body) if p),
            " ".join(p for p in (sig.capacity, sig.head) if p),
            sig.title or "",
            sig.name or "",
        ):
            if text:
                items.append(("signature", text))
    _appendices(plan, items)
    return [(path, text) for path, text in items if _key(text)]


def _matches(line: str, path: str, text: str) -> bool:
    if line == text:
        return True
    if path == "archive":  # "Lưu: VT, VHXH" gets the drafter's mark appended
        return line.startswith(text)
    # a run-in heading: "2. phạm vi: triển khai ..." is the heading and its first paragraph
    return path.startswith("sections") and ".paragraphs" not in path and line.startswith(text + ":")


def locate(plan: Plan, lines: list[str]) -> dict[int, str]:
    """{paragraph number (1-based, as findings give it): path in the model} for the rendered plan."""
    items = [(path, _key(text)) for path, text in outline(plan)]
    found: dict[int, str] = {}
    start = 0
    for number, line in enumerate(lines, start=1):
        key = _key(line)
        if not key:
            continue
        for index in range(start, min(start + LOOKAHEAD, len(items))):
            path, text = items[index]
            if _matches(key, path, text):
                found[number] = path
                start = index + 1
                break
    return found
