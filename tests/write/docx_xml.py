"""Reading a rendered .docx back as XML, for the tests of the renderer."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}


def attr(element: etree._Element | None, name: str) -> str | None:
    if element is None:
        return None
    value: str | None = element.get(f"{{{W}}}{name}")
    return value


@dataclass
class Package:
    parts: dict[str, etree._Element]

    @classmethod
    def of(cls, data: bytes) -> Package:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return cls(
                {
                    name: etree.fromstring(archive.read(name))
                    for name in archive.namelist()
                    if name.endswith((".xml", ".rels"))
                }
            )

    @property
    def document(self) -> etree._Element:
        return self.parts["word/document.xml"]

    @property
    def body(self) -> etree._Element:
        return self.document.find("w:body", NS)

    def tables(self) -> list[etree._Element]:
        return self.body.findall("w:tbl", NS)

    def body_paragraphs(self) -> list[etree._Element]:
        """Paragraphs directly in the body (not in tables), in order."""
        return self.body.findall("w:p", NS)


def text(paragraph: etree._Element) -> str:
    return "".join(paragraph.itertext())


def runs(paragraph: etree._Element) -> list[etree._Element]:
    return paragraph.findall("w:r", NS)


def run_size(run: etree._Element) -> int | None:
    value = attr(run.find("w:rPr/w:sz", NS), "val")
    return int(value) if value else None


def is_bold(run: etree._Element) -> bool:
    return run.find("w:rPr/w:b", NS) is not None


def is_italic(run: etree._Element) -> bool:
    return run.find("w:rPr/w:i", NS) is not None


def cell_paragraphs(table: etree._Element, row: int, column: int) -> list[etree._Element]:
    cell = table.findall("w:tr", NS)[row].findall("w:tc", NS)[column]
    return cell.findall("w:p", NS)


def texted(paragraphs: list[etree._Element]) -> list[etree._Element]:
    return [p for p in paragraphs if text(p).strip()]
