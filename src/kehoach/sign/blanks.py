"""The two blanks the Văn thư fills after the leader has signed: the number (ô 3) and the date (ô 4).

They are PDF text fields laid over the blank "Số:      /KH-UBND" and "ngày   tháng   năm" lines, empty and
invisible until filled. Adding them before the leader signs and filling them afterwards is "form
filling", a change PAdES validators accept after an approval signature; writing new page content (or
re-rendering) would break the leader's signature. Fields are added only to a document no one has signed.
"""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.stamp import TextStamp

from kehoach.errors import InputError
from kehoach.sign.appearance import text_style
from kehoach.sign.placement import HeaderLines, Word, header_lines

NUMBER_FIELD = "SoKyHieu"
DATE_FIELD = "DiaDanhNgayThang"


def _rect(words: list[Word]) -> tuple[float, float, float, float]:
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    y0, y1 = min(w.y0 for w in words), max(w.y1 for w in words)
    size = max(w.size for w in words)
    return (x0 - size * 1.2, y0 - size * 0.3, x1 + size * 1.2, y1 + size * 0.3)


def _acroform_fields(writer: IncrementalPdfFileWriter) -> generic.ArrayObject:
    root = writer.root
    if "/AcroForm" not in root:
        root[pdf_name("/AcroForm")] = writer.add_object(
            generic.DictionaryObject({pdf_name("/Fields"): generic.ArrayObject()})
        )
        writer.update_root()
    form = root["/AcroForm"].get_object()
    if "/Fields" not in form:
        form[pdf_name("/Fields")] = generic.ArrayObject()
    fields: generic.ArrayObject = form["/Fields"]
    container = root.raw_get("/AcroForm")
    writer.update_container(container if isinstance(container, generic.IndirectObject) else form)
    return fields


def field_names(writer: IncrementalPdfFileWriter) -> dict[str, generic.DictionaryObject]:
    form = writer.root.get("/AcroForm")
    if form is None:
        return {}
    fields = form.get_object().get("/Fields")
    result = {}
    for ref in fields if fields is not None else []:
        field = ref.get_object()
        name = field.get("/T")
        if name is not None:
            result[str(name)] = field
    return result


def _empty_appearance(
    writer: IncrementalPdfFileWriter, rect: tuple[float, ...]
) -> generic.IndirectObject:
    stream = generic.StreamObject(
        {
            pdf_name("/Type"): pdf_name("/XObject"),
            pdf_name("/Subtype"): pdf_name("/Form"),
            pdf_name("/BBox"): generic.ArrayObject(
                [generic.FloatObject(0), generic.FloatObject(0)]
                + [generic.FloatObject(rect[2] - rect[0]), generic.FloatObject(rect[3] - rect[1])]
            ),
        },
        stream_data=b"",
    )
    return writer.add_object(stream)


def add_blank_fields(writer: IncrementalPdfFileWriter, lines: HeaderLines) -> None:
    """Lay the two empty text fields over the number and date lines of page 1."""
    page_ref = writer.find_page_for_modification(0)[0]
    fields = _acroform_fields(writer)
    for name, words in ((NUMBER_FIELD, lines.number), (DATE_FIELD, lines.date)):
        rect = _rect(words)
        field = generic.DictionaryObject(
            {
                pdf_name("/FT"): pdf_name("/Tx"),
                pdf_name("/T"): generic.TextStringObject(name),
                pdf_name("/Type"): pdf_name("/Annot"),
                pdf_name("/Subtype"): pdf_name("/Widget"),
                pdf_name("/Rect"): generic.ArrayObject(generic.FloatObject(v) for v in rect),
                pdf_name("/F"): generic.NumberObject(4),
                pdf_name("/P"): page_ref,
                pdf_name("/Q"): generic.NumberObject(1),
                pdf_name("/DA"): generic.TextStringObject(f"0 g /Helv {words[0].size:g} Tf"),
                pdf_name("/AP"): generic.DictionaryObject(
                    {pdf_name("/N"): _empty_appearance(writer, rect)}
                ),
            }
        )
        ref = writer.add_object(field)
        fields.append(ref)
        writer.register_annotation(page_ref, ref)


def prepare(data: bytes, writer: IncrementalPdfFileWriter) -> bool:
    """Add the blanks to an unsigned, unnumbered document; False when it already has them."""
    if NUMBER_FIELD in field_names(writer):
        return False
    add_blank_fields(writer, header_lines(data))
    return True


def fill(writer: IncrementalPdfFileWriter, values: dict[str, tuple[str, float, str]]) -> None:
    """Write each field's value and its appearance (black Times text on white over the blank line).

    `values` maps a field name to (text, font size, style).
    """
    fields = field_names(writer)
    for name, (text, size, style) in values.items():
        field = fields.get(name)
        if field is None:
            raise InputError(
                "văn bản không có chỗ để Văn thư ghi số và ngày (văn bản được ký ngoài kehoach); "
                "hãy dùng văn bản do kehoach dựng và trình ký."
            )
        if field.get("/V"):
            raise InputError(
                f"văn bản đã được ghi {str(field['/V'])!r}; không ghi số, ngày lần thứ hai."
            )
        x0, y0, x1, y1 = (float(v) for v in field["/Rect"])
        stamp = TextStamp(
            writer,
            text_style([text], size, style, white=True),
            box=layout.BoxConstraints(x1 - x0, y1 - y0),
        )
        field[pdf_name("/V")] = generic.TextStringObject(text)
        field[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): stamp.register()})
        field[pdf_name("/Ff")] = generic.NumberObject(1)  # read-only from now on
        writer.update_container(field)


def filled_values(data: bytes) -> list[str]:
    """What the Văn thư wrote into the blanks ("Số: 05/KH-UBND", the date line), for a reader: the
    text layer of the page still shows the blank lines under them."""
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError, TypeError):
        return []
    fields = field_names(writer)
    values = []
    for name in (NUMBER_FIELD, DATE_FIELD):
        field = fields.get(name)
        if field is not None and field.get("/V"):
            values.append(str(field["/V"]))
    return values
