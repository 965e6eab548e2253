"""Check where a signed PDF shows its signatures, against Nghị định 30 Phụ lục I (for lint).

- the leader's image sits between the capacity/title lines and the name, centred on them (II.7.d);
- the seal covers about the left third of the leader's image (II.8.a);
- an electronic copy's box is at the top right of page 1 and says the copy form, the copying body and the
  signing time in ISO 8601 with +07:00, in size 10 (Phần II, I.3).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium_c
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from kehoach.errors import InputError
from kehoach.sign.names import certificate_names, is_organisation
from kehoach.sign.placement import Word, page_words, signature_gap

COPY_FORMS = ("sao y", "sao lục", "trích sao")
ISO_VIETNAM = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00")
TOP_SHARE = 0.12  # a widget in the top 12% of page 1 is a copy box (ô 14), not a seal


@dataclass(frozen=True)
class Widget:
    name: str  # the signer's common name
    organisation: bool
    page: int
    rect: tuple[float, float, float, float]

    @property
    def width(self) -> float:
        return self.rect[2] - self.rect[0]


def signature_widgets(pdf: bytes) -> list[Widget]:
    """The visible widgets of the document's signatures, in signing order."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
        where = {}
        for index in range(int(reader.root["/Pages"]["/Count"])):
            page = reader.find_page_for_modification(index)[0].get_object()
            for ref in page.get("/Annots") or []:
                where[ref.get_object().get("/T")] = index
    except (PdfError, ValueError, KeyError, TypeError, IndexError):
        return []
    widgets = []
    for signature in signatures:
        field = signature.sig_field
        if "/Rect" not in field:
            continue
        rect = tuple(float(v) for v in field["/Rect"])
        if rect[2] - rect[0] < 1 or rect[3] - rect[1] < 1:
            continue
        cert = signature.signer_cert
        on_page = where.get(field.get("/T"), 0)
        widgets.append(Widget(certificate_names(cert)[0], is_organisation(cert), on_page, rect))  # type: ignore[arg-type]
    return widgets


def _is_copy_box(widget: Widget, height: float) -> bool:
    return widget.organisation and widget.page == 0 and widget.rect[1] > height * (1 - TOP_SHARE)


def _page_size(pdf: bytes, index: int) -> tuple[float, float]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        width, height = document[index].get_size()
        return float(width), float(height)
    finally:
        document.close()


def signature_problems(pdf: bytes) -> list[str]:
    """Sentences for every misplaced signature or seal image."""
    widgets = signature_widgets(pdf)
    if not widgets:
        return []
    problems = []
    height = _page_size(pdf, 0)[1]
    people = [w for w in widgets if not w.organisation]
    seals = [w for w in widgets if w.organisation and not _is_copy_box(w, height)]
    for person in people:
        try:
            gap = signature_gap(pdf, person.name)
        except InputError:
            continue
        x0, y0, x1, y1 = person.rect
        middle = (y0 + y1) / 2
        column = gap.column[1] - gap.column[0]
        if person.page != gap.page or not gap.bottom - 5 <= middle <= gap.top + 5:
            problems.append(
                f"Ảnh chữ ký của {person.name} không nằm giữa chức vụ và họ tên người ký "
                "(Nghị định 30, Phụ lục I, mục II.7.d)."
            )
        elif abs((x0 + x1) / 2 - gap.centre) > max(15.0, column * 0.15):
            problems.append(
                f"Ảnh chữ ký của {person.name} không canh giữa so với chức vụ và họ tên người ký "
                "(Nghị định 30, Phụ lục I, mục II.7.d)."
            )
    for seal in seals:
        same_page = [p for p in people if p.page == seal.page]
        if not same_page:
            continue
        person = same_page[-1]
        covered = (seal.rect[2] - person.rect[0]) / person.width
        overlaps = seal.rect[1] < person.rect[3] and seal.rect[3] > person.rect[1]
        if not overlaps or not 0.15 <= covered <= 0.55:
            problems.append(
                f"Hình ảnh dấu phải trùm lên khoảng 1/3 hình ảnh chữ ký về bên trái (đang trùm "
                f"{max(0.0, covered):.0%}; Nghị định 30, Phụ lục I, mục II.8.a)."
            )
    return problems


def flattened_words(pdf: bytes, index: int = 0) -> list[Word]:
    """The words of a page with its annotations printed into it, as a reader of the copy sees them."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[index]
        pdfium_c.FPDFPage_Flatten(page, pdfium_c.FLAT_PRINT)
        page.close()
        saved = io.BytesIO()
        document.save(saved)
    finally:
        document.close()
    flat = pypdfium2.PdfDocument(saved.getvalue())
    try:
        return page_words(flat[index])
    finally:
        flat.close()


def copy_box_problems(pdf: bytes) -> list[str]:
    """Sentences for a copy box that is misplaced or lacks what Phần II I.3 asks for."""
    widgets = signature_widgets(pdf)
    if not widgets:
        return []
    width, height = _page_size(pdf, 0)
    boxes = [w for w in widgets if _is_copy_box(w, height)]
    if not boxes:
        return []
    problems = []
    box = boxes[-1]
    if box.rect[0] < width / 2:
        problems.append(
            "Thông tin bản sao phải ở góc trên, bên phải trang đầu (Phụ lục I, Phần II, mục I.3.a)."
        )
    before = {(w.text, round(w.x0), round(w.y0)) for w in _page_text(pdf)}
    added = [w for w in flattened_words(pdf) if (w.text, round(w.x0), round(w.y0)) not in before]
    text = " ".join(w.text for w in added)
    if not any(form in text.casefold() for form in COPY_FORMS):
        problems.append(
            "Thông tin bản sao thiếu hình thức sao (Sao y, Sao lục hoặc Trích sao) (Phụ lục I, Phần II, mục I.3.c)."
        )
    if not ISO_VIETNAM.search(text):
        problems.append(
            "Thông tin bản sao thiếu thời gian ký theo ISO 8601 với múi giờ Việt Nam, ví dụ "
            "2025-01-06T09:05:30+07:00 (Phụ lục I, Phần II, mục I.3.c)."
        )
    sizes = {round(w.size) for w in added}
    if sizes and sizes != {10}:
        problems.append(
            f"Thông tin bản sao phải cỡ chữ 10 (đang {', '.join(str(s) for s in sorted(sizes))}) "
            "(Phụ lục I, Phần II, mục I.3.c)."
        )
    return problems


def _page_text(pdf: bytes) -> list[Word]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return page_words(document[0])
    finally:
        document.close()
