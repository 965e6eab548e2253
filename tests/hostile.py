"""Small files built to cost a reader seconds and gigabytes: the shapes met when the site was attacked
(issue 19), made here from scratch so that tests and bench/bench_hostile.py can measure them."""

from __future__ import annotations

import io
import zipfile
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
    '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PLAN_LINES = ["ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tuyên truyền"]


def _docx(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        for name, text in parts.items():
            package.writestr(name, text)
    return buffer.getvalue()


def _paragraphs(texts: list[str], numbered: int = 0) -> str:
    out = []
    for index, text in enumerate(texts):
        numbering = ""
        if numbered:
            numbering = (
                f'<w:pPr><w:numPr><w:ilvl w:val="{index % 9}"/>'
                f'<w:numId w:val="{index % numbered + 1}"/></w:numPr></w:pPr>'
            )
        out.append(f"<w:p>{numbering}<w:r><w:t>{text}</w:t></w:r></w:p>")
    return "".join(out)


def numbering_bomb_docx(definitions: int = 1500, paragraphs: int = 3000) -> bytes:
    """Many numbering definitions, every paragraph in another list at another level: a reader
    that numbers paragraphs by walking the definitions pays definitions × paragraphs."""
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="%1.%2.%3.%4.%5.%6.%7.%8.%9."/></w:lvl>'
        for level in range(9)
    )
    abstract = "".join(
        f'<w:abstractNum w:abstractNumId="{n}">{levels}</w:abstractNum>' for n in range(definitions)
    )
    nums = "".join(
        f'<w:num w:numId="{n + 1}"><w:abstractNumId w:val="{n}"/></w:num>'
        for n in range(definitions)
    )
    body = _paragraphs(PLAN_LINES + ["Nội dung tuyên truyền"] * paragraphs, numbered=definitions)
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'
    )
    return _docx(
        {
            "word/document.xml": f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
            "word/numbering.xml": f'<w:numbering xmlns:w="{W}">{abstract}{nums}</w:numbering>',
            "word/_rels/document.xml.rels": rels,
        }
    )


def relationship_bomb_docx(relationships: int = 400, header_paragraphs: int = 4000) -> bytes:
    """One large header part that 400 relationships and section breaks all point at: a reader that
    reads every referenced header reads the same part 400 times."""
    header = f'<w:hdr xmlns:w="{W}">{_paragraphs(["Đầu trang"] * header_paragraphs)}</w:hdr>'
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/header" Target="header1.xml"/>'
        for n in range(relationships)
    )
    sections = "".join(
        f'<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId{n}"/></w:sectPr>'
        f"</w:pPr></w:p>"
        for n in range(relationships)
    )
    body = _paragraphs(PLAN_LINES) + sections
    return _docx(
        {
            "word/document.xml": (
                f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>'
            ),
            "word/header1.xml": header,
            "word/_rels/document.xml.rels": (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
                f'schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
            ),
        }
    )


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _stream(data: bytes, compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        return (
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        )
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _pages_pdf(pages: int, content: bytes) -> bytes:
    """`pages` pages that all draw the same content stream (object 4) in Helvetica (object 3)."""
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(content),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"
    ] * pages
    return _pdf(objects)


def text_heavy_pdf(pages: int = 499, lines_per_page: int = 300) -> bytes:
    """About 100 kB: 499 pages, each the same stream of a few hundred lines of text."""
    line = (
        b"BT /F1 4 Tf 20 %d Td (Ke hoach tuyen truyen noi dung so %d ve cong tac thi dua) Tj ET\n"
    )
    content = b"".join(line % (800 - (n % 300) * 2, n) for n in range(lines_per_page))
    return _pages_pdf(pages, content)


def flate_bomb_pdf(inflated_megabytes: int = 2000) -> bytes:
    """A content stream of a couple of megabytes that inflates to gigabytes of zeros."""
    block = b"\0" * (1024 * 1024)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(block) for _ in range(inflated_megabytes)) + packer.flush()
    head = b"BT /F1 12 Tf 72 720 Td (KE HOACH) Tj ET\n"
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(head),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 6 0 R] "
        b"/Resources << /Font << /F1 3 0 R >> >> >>",
        content,
    ]
    return _pdf(objects)


SHAPES = {
    "numbering-bomb.docx": numbering_bomb_docx,
    "relationship-bomb.docx": relationship_bomb_docx,
    "text-heavy.pdf": text_heavy_pdf,
    "flate-bomb.pdf": flate_bomb_pdf,
}
