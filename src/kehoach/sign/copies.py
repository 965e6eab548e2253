"""Electronic copies ("Sao y", "Sao lục", "Trích sao"), Nghị định 30 Phụ lục I Phần II, I.

The copy is a new PDF: every page of the source drawn at 200 dpi in colour at 100% (I.2: the standard
for a digitised document), so the source's signatures and seals show as they were seen, and no longer
count as signatures of the copy. The copying organisation signs it; its signature shows no image, only
the copy box at the top right of page 1 (ô 14): the copy form, the copying body and the signing time
(date, hh:mm:ss, Vietnam's time zone, ISO 8601), in Times New Roman 10, upright, black (I.3).
Copies are numbered from the copy register ("05/SY"), one sequence a calendar year (II.1.c).
"""

from __future__ import annotations

import fcntl
import io
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.images import pil_image
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import PdfFileWriter

from kehoach.errors import InputError
from kehoach.sign.appearance import text_style
from kehoach.sign.credentials import Credential
from kehoach.sign.pades import Placement, iso_vietnam, sign, vietnam_now
from kehoach.sign.placement import open_pdf
from kehoach.sign.trust import TrustSettings

FORMS = {"SY": "Sao y", "SL": "Sao lục", "TrS": "Trích sao"}
DPI = 200
BOX_SIZE = 10.0  # points: Times New Roman 10
BOX_WIDTH = 170.0
BOX_TOP = 12.0  # from the page's top edge, in the top margin (ô 14 lies above ô 1)
BOX_RIGHT = 20.0
COPY_FIELD = "ChuKySaoY"
MAX_PAGES = 200


@dataclass(frozen=True)
class CopyRequest:
    form: str  # "SY", "SL" or "TrS"
    body: str  # the copying organisation, as it signs
    number: int  # from the copy register

    @property
    def symbol(self) -> str:
        return f"{self.number:02d}/{self.form}"


def box_lines(request: CopyRequest, moment: datetime) -> list[str]:
    """The three lines of ô 14: copy form, copying body, signing time."""
    return [FORMS[request.form], request.body, iso_vietnam(moment)]


def raster_pdf(source: bytes) -> bytes:
    """Each page of `source` as a 200 dpi colour image on a page of the same size (the slow part of a
    copy, which needs no key: a site makes it on a worker before the Văn thư types the passphrase)."""
    document = open_pdf(source)
    document.init_forms()  # draw filled-in fields (the Văn thư's number and date) as a viewer shows them
    writer = PdfFileWriter()
    try:
        if len(document) > MAX_PAGES:
            raise InputError(
                f"văn bản dài {len(document)} trang; bản sao điện tử tối đa {MAX_PAGES} trang."
            )
        for page in document:
            width, height = page.get_size()
            bitmap = page.render(scale=DPI / 72, may_draw_forms=True, draw_annots=True)
            name = "/Trang"
            content = generic.StreamObject(
                stream_data=f"q {width:.3f} 0 0 {height:.3f} 0 0 cm {name} Do Q".encode()
            )
            resources = generic.DictionaryObject(
                {
                    pdf_name("/XObject"): generic.DictionaryObject(
                        {pdf_name(name): pil_image(bitmap.to_pil().convert("RGB"), writer)}
                    )
                }
            )
            page_dict = generic.DictionaryObject(
                {
                    pdf_name("/Type"): pdf_name("/Page"),
                    pdf_name("/MediaBox"): generic.ArrayObject(
                        generic.FloatObject(v) for v in (0, 0, width, height)
                    ),
                    pdf_name("/Contents"): writer.add_object(content),
                    pdf_name("/Resources"): resources,
                }
            )
            writer.insert_page(page_dict)
            page.close()
    finally:
        document.close()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _check(request: CopyRequest) -> None:
    if request.form not in FORMS:
        raise InputError("hình thức sao phải là SY (sao y), SL (sao lục) hoặc TrS (trích sao).")
    if not request.body.strip():
        raise InputError("cần tên cơ quan, tổ chức sao văn bản.")


def make_copy(
    source: bytes,
    request: CopyRequest,
    credential: Credential,
    trust: TrustSettings,
) -> bytes:
    """The signed electronic copy of `source` with the copy box of Phụ lục I Phần II I.3."""
    _check(request)
    return sign_copy(raster_pdf(source), request, credential, trust)


def sign_copy(
    raster: bytes,
    request: CopyRequest,
    credential: Credential,
    trust: TrustSettings,
) -> bytes:
    """The copy box and the copying organisation's signature on a `raster_pdf` of the source."""
    _check(request)
    document = open_pdf(raster)
    width, height = document[0].get_size()
    document.close()
    moment = vietnam_now()
    lines = box_lines(request, moment)
    x1, y1 = width - BOX_RIGHT, height - BOX_TOP
    box = (x1 - BOX_WIDTH, y1 - BOX_SIZE * 1.15 * len(lines) - 2, x1, y1)
    writer = IncrementalPdfFileWriter(io.BytesIO(raster))
    return sign(
        writer,
        credential,
        trust,
        COPY_FIELD,
        Placement(0, box),
        text_style(lines, BOX_SIZE, align="left"),
        reason=f"{FORMS[request.form]} số {request.symbol}",
        moment=moment,
    )


def next_copy_number(register: Path, year: int) -> int:
    """Take the next number of `year` from a JSON copy register ({"2025": 4}), under a file lock.

    The register is rewritten whole through a temporary file, so a crash never leaves half a register.
    """
    register.parent.mkdir(parents=True, exist_ok=True)
    lock_path = register.with_name(register.name + ".lock")
    with open(lock_path, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            counts = json.loads(register.read_text("utf-8")) if register.exists() else {}
            if not isinstance(counts, dict):
                raise ValueError
        except (ValueError, OSError):
            raise InputError(f"sổ đăng ký bản sao {register} hỏng; hãy kiểm tra tệp.") from None
        number = int(counts.get(str(year), 0)) + 1
        counts[str(year)] = number
        temp = register.with_name(f".{register.name}.{os.getpid()}")
        temp.write_text(json.dumps(counts, ensure_ascii=False, indent=1), "utf-8")
        os.replace(temp, register)
        return number
