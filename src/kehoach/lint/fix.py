"""Safe fixes: the edits findings carry, applied to a copy of a .txt or .docx file.

A finding's `edits` are replacements a rule is certain of ("hoá" → "hóa" for the document's style,
"chưc" → "chức", a doubled "các các"). `kehoach lint --fix` writes them to a copy beside the file; the
original is never touched. In a .docx the replacement goes into the run where the old text starts, so
the run's formatting (bold, italic, font, size) is kept.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from kehoach.document.text import nfc
from kehoach.errors import InputError
from kehoach.lint.docx_styles import W, body_paragraphs, parse_xml
from kehoach.lint.rules import Edit, Finding
from kehoach.read.safety import open_zip, read_part


@dataclass(frozen=True)
class Applied:
    """One edit made: where, and what it changed."""

    line: int
    column: int
    old: str
    new: str


def safe_edits(findings: Iterable[Finding]) -> list[Edit]:
    """Every edit of the findings, once each, in document order; overlapping edits keep the first."""
    edits = sorted(
        {edit for finding in findings for edit in finding.edits},
        key=lambda e: (e.line, e.column),
    )
    kept: list[Edit] = []
    for edit in edits:
        last = kept[-1] if kept else None
        if last and last.line == edit.line and edit.column < last.column + len(last.old):
            continue
        kept.append(edit)
    return kept


def fixed_path(path: Path) -> Path:
    """Where the fixed copy goes: "ke-hoach.txt" -> "ke-hoach.da-sua.txt"."""
    return path.with_name(f"{path.stem}.da-sua{path.suffix}")


def fix_text(text: str, edits: list[Edit]) -> tuple[str, list[Applied]]:
    """The text with the edits applied (lines and columns as lint read them)."""
    lines = nfc(text).split("\n")
    applied: list[Applied] = []
    for edit in sorted(
        edits, key=lambda e: (e.line, -e.column)
    ):  # right to left: columns stay true
        if not 1 <= edit.line <= len(lines):
            continue
        line = lines[edit.line - 1]
        start = edit.column - 1
        if line[start : start + len(edit.old)] != edit.old:
            continue
        lines[edit.line - 1] = line[:start] + edit.new + line[start + len(edit.old) :]
        applied.append(Applied(edit.line, edit.column, edit.old, edit.new))
    return "\n".join(lines), sorted(applied, key=lambda a: (a.line, a.column))


def _replace_in_runs(paragraph: etree._Element, start: int, old: str, new: str) -> bool:
    """Replace `old` at character `start` of the paragraph's text, inside its w:t nodes."""
    nodes = [t for t in paragraph.iter(W + "t")]
    position = 0
    end = start + len(old)
    touched = False
    for node in nodes:
        text = node.text or ""
        node_start, node_end = position, position + len(text)
        position = node_end
        if node_end <= start or node_start >= end:
            continue
        cut_from = max(start, node_start) - node_start
        cut_to = min(end, node_end) - node_start
        insert = new if not touched else ""
        node.text = text[:cut_from] + insert + text[cut_to:]
        if node.text != node.text.strip():
            node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        touched = True
    return touched


def fix_docx(
    data: bytes, name: str, lines: list[str], edits: list[Edit]
) -> tuple[bytes, list[Applied]]:
    """The .docx with the edits applied in its runs; `lines` are the lines lint read (one a paragraph)."""
    archive = open_zip(data, name)
    document_xml = read_part(archive, "word/document.xml", name)
    if document_xml is None:
        raise InputError(f"{name}: tệp .docx thiếu phần word/document.xml.")
    root = parse_xml(document_xml)
    paragraphs = list(body_paragraphs(root.find(W + "body")))
    applied: list[Applied] = []
    for edit in sorted(edits, key=lambda e: (e.line, -e.column)):
        index = edit.line - 1
        if not 0 <= index < min(len(paragraphs), len(lines)):
            continue
        paragraph = paragraphs[index]
        text = "".join(t.text or "" for t in paragraph.iter(W + "t"))
        line = lines[index]
        label = len(line) - len(text) if line.endswith(text) else 0  # a list number Word draws
        start = edit.column - 1 - label
        if text[start : start + len(edit.old)] != edit.old:
            continue
        if _replace_in_runs(paragraph, start, edit.old, edit.new):
            applied.append(Applied(edit.line, edit.column, edit.old, edit.new))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            body = (
                etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
                if info.filename == "word/document.xml"
                else archive.read(info)
            )
            copy.writestr(info, body)
    return out.getvalue(), sorted(applied, key=lambda a: (a.line, a.column))
