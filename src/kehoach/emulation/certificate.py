"""Certificates (Giấy khen): one landscape A4 page per awardee, in one .docx, printed through the
writer's PDF converter.

The page follows the usual layout of a chair's Giấy khen: Quốc hiệu and Tiêu ngữ, "CHỦ TỊCH ỦY BAN
NHÂN DÂN ...", "TẶNG", "GIẤY KHEN" large and red, the awardee ("Bà Nguyễn Thị Lan", family name first),
the position or unit, the achievement; below, the decision's number and date on the left, the place,
date and signature on the right. The package parts come from the writer (fonts, settings, styles).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date

from kehoach.document.dates import format_long
from kehoach.emulation.model import COLLECTIVE
from kehoach.emulation.names import with_salutation
from kehoach.write import xml_parts
from kehoach.write.layout import profile as get_profile

WIDTH, HEIGHT = 16838, 11906  # A4 landscape, twips
MARGIN = 1134  # 2 cm
RED = "C00000"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_RELS = (
    xml_parts.XML_DECL
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
    "</Relationships>"
)


@dataclass
class Certificate:
    issuer: str  # "Ủy ban nhân dân phường Lê Chân"
    award: str  # "Giấy khen"
    name: str
    kind: str = "individual"
    gender: str | None = None
    position: str = ""
    reason: str = ""
    decision_number: str = ""  # "12"
    decision_date: date | None = None
    place: str = ""
    signer: str = ""
    signer_title: str = "CHỦ TỊCH"

    def display_name(self) -> str:
        return self.name if self.kind == COLLECTIVE else with_salutation(self.name, self.gender)


def _p(
    text: str,
    size: int,
    bold: bool = False,
    italic: bool = False,
    color: str = "",
    before: int = 0,
    jc: str = "center",
) -> str:
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    props += f'<w:color w:val="{color}"/>' if color else ""
    return (
        f'<w:p><w:pPr><w:spacing w:before="{before}" w:after="0"/><w:jc w:val="{jc}"/></w:pPr>'
        f'<w:r><w:rPr>{props}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        f'<w:t xml:space="preserve">{xml_parts.xml_text(text)}</w:t></w:r></w:p>'
    )


def _cell(width: int, body: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{body}</w:tc>'


def _footer(cert: Certificate) -> str:
    inner = WIDTH - 2 * MARGIN
    left_w = inner * 2 // 5
    right_w = inner - left_w
    number = (
        f"Quyết định số {cert.decision_number}/QĐ-UBND"
        if cert.decision_number
        else "Quyết định số      /QĐ-UBND"
    )
    when = f"ngày {cert.decision_date.strftime('%d/%m/%Y')}" if cert.decision_date else "ngày      "
    left = _p(number, 26, before=1080) + _p(when, 26) + _p("Số sổ vàng:      ", 26)
    place = cert.place or "......"
    dated = (
        f"{place}, {format_long(cert.decision_date)}"
        if cert.decision_date
        else f"{place}, ngày      tháng      năm      "
    )
    right = _p(dated, 28, italic=True, before=960) + _p(cert.signer_title, 28, bold=True)
    right += _p("", 28) * 3 + _p(cert.signer, 28, bold=True)
    none = "".join(
        f'<w:{s} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{inner}" w:type="dxa"/><w:tblBorders>{none}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{left_w}"/><w:gridCol w:w="{right_w}"/></w:tblGrid>'
        f"<w:tr>{_cell(left_w, left)}{_cell(right_w, right)}</w:tr></w:tbl>"
    )


def page_xml(cert: Certificate) -> str:
    """One certificate's paragraphs (no page break)."""
    parts = [
        _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 26, bold=True),
        _p("Độc lập - Tự do - Hạnh phúc", 28, bold=True),
        _p(f"{cert.signer_title} {cert.issuer.upper()}", 32, bold=True, before=720),
        _p("TẶNG", 32, bold=True, before=240),
        _p(cert.award.upper(), 96, bold=True, color=RED, before=240),
        _p(cert.display_name(), 44, bold=True, before=480),
    ]
    if cert.position:
        parts.append(_p(cert.position, 28, italic=True, before=60))
    if cert.reason:
        parts.append(_p(cert.reason, 28, before=360))
    parts.append(_footer(cert))
    return "".join(parts)


def document_xml(certificates: list[Certificate]) -> str:
    pages = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'.join(page_xml(c) for c in certificates)
    border = "".join(
        f'<w:{side} w:val="double" w:sz="18" w:space="12" w:color="{RED}"/>'
        for side in ("top", "left", "bottom", "right")
    )
    sect = (
        f'<w:sectPr><w:pgSz w:w="{WIDTH}" w:h="{HEIGHT}" w:orient="landscape"/>'
        f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" '
        'w:header="567" w:footer="567" w:gutter="0"/>'
        f'<w:pgBorders w:offsetFrom="text">{border}</w:pgBorders></w:sectPr>'
    )
    return (
        xml_parts.XML_DECL
        + f'<w:document xmlns:w="{xml_parts.W_NS}" xmlns:r="{xml_parts.R_NS}"><w:body>'
        + pages
        + sect
        + "</w:body></w:document>"
    )


def render_certificates(certificates: list[Certificate]) -> bytes:
    """All certificates as one .docx, a page each."""
    if not certificates:
        raise ValueError("no certificate to render")
    types = xml_parts.CONTENT_TYPES.replace(
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
        "",
    )
    parts = (
        ("[Content_Types].xml", types),
        ("_rels/.rels", xml_parts.PACKAGE_RELS),
        ("word/document.xml", document_xml(certificates)),
        ("word/_rels/document.xml.rels", _RELS),
        ("word/styles.xml", xml_parts.styles(get_profile("13/14"))),
        ("word/settings.xml", xml_parts.SETTINGS),
        ("word/fontTable.xml", xml_parts.FONT_TABLE),
        ("docProps/core.xml", xml_parts.core("Giấy khen")),
        ("docProps/app.xml", xml_parts.APP),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()
