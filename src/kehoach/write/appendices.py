"""Appendices rendered after the signature, each on a new page: its label ("PHỤ LỤC 01") and title
centred and bold, "(Kèm theo ...)" centred and italic, then its text and tables as the reader kept them.
Without them a plan that arrives with a 3-page appendix renders short by 3 pages."""

from __future__ import annotations

import re

from kehoach.document.model import Section, Table
from kehoach.write import xml_parts
from kehoach.write.body_table import table_xml
from kehoach.write.layout import FIRST_LINE_INDENT, LINE_SPACING, PARAGRAPH_BEFORE, Profile

_NOTE = re.compile(r"^\(\s*(?:Ban hành\s+)?[Kk]èm theo\b")
PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def _paragraph(text: str, size: int, jc: str, bold: bool = False, italic: bool = False) -> str:
    first = FIRST_LINE_INDENT if jc == "both" else 0
    ppr = (
        f'<w:pPr><w:spacing w:before="{PARAGRAPH_BEFORE}" w:after="0" w:line="{LINE_SPACING}" '
        f'w:lineRule="auto"/><w:ind w:firstLine="{first}"/><w:jc w:val="{jc}"/></w:pPr>'
    )
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    run = (
        f'<w:r><w:rPr>{props}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        f'<w:t xml:space="preserve">{xml_parts.xml_text(text)}</w:t></w:r>'
    )
    return f"<w:p>{ppr}{run}</w:p>"


def appendix_xml(appendix: Section, profile: Profile, text_width: int) -> str:
    """One appendix, starting on a new page."""
    size = profile.body
    out = [PAGE_BREAK]
    if appendix.number:
        out.append(_paragraph(appendix.number, size, "center", bold=True))
    if appendix.title:
        out.append(_paragraph(appendix.title, size, "center", bold=True))
    for block in appendix.blocks():
        if isinstance(block, Table):
            out.append(table_xml(block, size - 2, text_width))
        elif _NOTE.match(block):
            out.append(_paragraph(block, size, "center", italic=True))
        else:
            out.append(_paragraph(block, size, "both"))
    return "".join(out)


def appendices_xml(appendices: list[Section], profile: Profile, text_width: int) -> str:
    return "".join(appendix_xml(appendix, profile, text_width) for appendix in appendices)
