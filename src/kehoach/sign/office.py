"""The office's order (Nghị định 30, Điều 15 and Phụ lục I, I.7-I.8): the leader signs, then the Văn thư
numbers, dates and seals.

1. `sign_as_leader`: the leader's personal signature; its image (blue) centred between the title lines
   and the name.
2. `issue`: the Văn thư writes the number into ô 3 and the date into ô 4, then adds the organisation's
   signature with the seal image (red, real size, over the left third of the leader's image).

Why annotations for the number and date: the leader signs before the document has a number (the number
is given after signing). Re-rendering the document to write the number would change the bytes the leader
signed and break that signature. Writing the number and date as annotations in an incremental update
keeps the leader's signed revision intact; PDF validators classify such an update as "annotations added",
a permitted change after an approval signature. The organisation's signature is made in the same update,
so the final signature covers the number and date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach.errors import InputError
from kehoach.sign import blanks
from kehoach.sign.appearance import image_style
from kehoach.sign.credentials import Credential
from kehoach.sign.images import InkImage
from kehoach.sign.pades import Placement, open_writer, sign, vietnam_now
from kehoach.sign.placement import HeaderLines, SignatureGap, header_lines, signature_gap
from kehoach.sign.trust import TrustSettings

LEADER_FIELD = "ChuKyNguoiKy"
ORGANISATION_FIELD = "ChuKyCoQuan"
SIGNATURE_MAX_WIDTH = 170.0  # points (6 cm): a handwritten signature, not a banner
GAP_FILL = 0.9


@dataclass(frozen=True)
class IssueStamp:
    """What the Văn thư writes: the number (as written, "05") and the date of issue."""

    number: str
    issued: date


def _fit(image: InkImage, gap: SignatureGap) -> tuple[float, float]:
    """The signature image's size: the PNG's real size if it fits, else shrunk into the gap."""
    ratio = image.image.width / image.image.height
    height = (gap.top - gap.bottom) * GAP_FILL
    if image.height_pt:
        height = min(height, image.height_pt)
    width = height * ratio
    limit = min(SIGNATURE_MAX_WIDTH, (gap.column[1] - gap.column[0]) * 1.2)
    if width > limit:
        width, height = limit, limit / ratio
    return width, height


def signature_box(image: InkImage, gap: SignatureGap) -> Placement:
    """ô 7c: centred on the name, midway between the title and the name."""
    if gap.top - gap.bottom < 20:
        raise InputError(
            "khối chữ ký không có khoảng trống giữa chức vụ và họ tên để đặt ảnh chữ ký; "
            "hãy để 3-4 dòng trống trước họ tên người ký."
        )
    width, height = _fit(image, gap)
    middle = (gap.top + gap.bottom) / 2
    x0, y0 = gap.centre - width / 2, middle - height / 2
    return Placement(gap.page, (x0, y0, x0 + width, y0 + height))


def seal_box(seal: InkImage, signature: Placement) -> Placement:
    """ô 8: the seal at real size, covering about the left third of the signature image."""
    assert seal.width_pt is not None and seal.height_pt is not None  # checked by check_image
    sx0, sy0, sx1, sy1 = signature.box
    right = sx0 + (sx1 - sx0) / 3
    middle = (sy0 + sy1) / 2
    x0, y0 = right - seal.width_pt, middle - seal.height_pt / 2
    return Placement(signature.page, (x0, y0, right, y0 + seal.height_pt))


def sign_as_leader(
    pdf: bytes,
    credential: Credential,
    image: InkImage,
    trust: TrustSettings,
    signer_name: str | None = None,
) -> bytes:
    """The leader's signature with the blue signature image in the signature block."""
    if image.kind != "signature":
        raise InputError(
            "người có thẩm quyền ký bằng ảnh chữ ký (màu xanh), không phải ảnh con dấu."
        )
    gap = signature_gap(pdf, signer_name or credential.name)
    writer = open_writer(pdf)
    if writer.prev.embedded_signatures:
        raise InputError(
            "văn bản đã có chữ ký số; người có thẩm quyền ký trước, trên văn bản chưa ký."
        )
    blanks.prepare(pdf, writer)
    return sign(
        writer,
        credential,
        trust,
        LEADER_FIELD,
        signature_box(image, gap),
        image_style(image.image),
        reason="Người có thẩm quyền ký ban hành văn bản",
    )


def _number_text(lines: HeaderLines, stamp: IssueStamp) -> str:
    number = stamp.number.strip()
    if not number.isdigit():
        raise InputError(f"số văn bản {number!r} phải là chữ số, ví dụ 05.")
    if len(number) == 1:
        number = "0" + number  # Phụ lục I II.3.c: numbers under 10 take a leading 0
    return f"Số: {number}/{lines.symbol}"


def _date_text(lines: HeaderLines, issued: date) -> str:
    day = f"{issued.day:02d}"
    month = f"{issued.month:02d}" if issued.month < 3 else str(issued.month)
    return f"{lines.place}, ngày {day} tháng {month} năm {issued.year}"


def issue(
    pdf: bytes,
    stamp: IssueStamp,
    credential: Credential,
    seal: InkImage,
    trust: TrustSettings,
) -> bytes:
    """Number, date and the organisation's signature with its seal, in one incremental update."""
    if seal.kind != "seal":
        raise InputError("Văn thư đóng dấu bằng ảnh con dấu (màu đỏ), không phải ảnh chữ ký.")
    lines = header_lines(pdf)  # the date field covers the whole line, the printed year included
    moment = vietnam_now()
    if stamp.issued > moment.date():
        raise InputError(
            f"ngày ban hành {stamp.issued:%d/%m/%Y} ở tương lai; hãy ghi ngày ký ban hành."
        )
    leader = leader_placement(pdf)
    writer = open_writer(pdf)
    blanks.fill(
        writer,
        {
            blanks.NUMBER_FIELD: (
                _number_text(lines, stamp),
                lines.number[0].size or 13,
                "regular",
            ),
            blanks.DATE_FIELD: (
                _date_text(lines, stamp.issued),
                lines.date[0].size or 14,
                "italic",
            ),
        },
    )
    return sign(
        writer,
        credential,
        trust,
        ORGANISATION_FIELD,
        seal_box(seal, leader),
        image_style(seal.image),
        reason="Văn thư ghi số, ngày và ký số của cơ quan, tổ chức",
        moment=moment,
    )


def leader_placement(pdf: bytes) -> Placement:
    """Where the leader's signature widget is; InputError when the leader has not signed yet."""
    writer = open_writer(pdf)
    for index in range(int(writer.root["/Pages"]["/Count"])):
        page = writer.find_page_for_modification(index)[0].get_object()
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/T") == LEADER_FIELD and "/V" in widget:
                x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
                return Placement(index, (x0, y0, x1, y1))
    raise InputError(
        "văn bản chưa có chữ ký số của người có thẩm quyền; Văn thư chỉ ghi số và đóng dấu sau khi "
        "lãnh đạo đã ký."
    )
