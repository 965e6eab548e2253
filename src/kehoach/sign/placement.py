"""Where things are on a rendered page, found from the PDF's text layer (PDFium).

The decree places the signer's image between the capacity/title lines and the name (ô 7c), the seal over
the left third of it (ô 8), and the Văn thư writes the number and date into ô 3 and ô 4. We find those
lines by their words, so any plan rendered by us or by an office suite works. Coordinates are PDF points
from the bottom-left corner of the page.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium_c

from kehoach.errors import InputError


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    line: int  # index of the text line on its page

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Box:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def _font_size(textpage: pypdfium2.PdfTextPage, index: int) -> float:
    return float(pdfium_c.FPDFText_GetFontSize(textpage, ctypes.c_int(index)))


def page_words(page: pypdfium2.PdfPage) -> list[Word]:
    """The words of one page with their loose boxes (the font's full height) and font size."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        words: list[Word] = []
        current: list[int] = []
        line = 0

        def flush() -> None:
            if not current:
                return
            boxes = [textpage.get_charbox(i, loose=True) for i in current]
            letters = "".join(text[i] for i in current)
            words.append(
                Word(
                    unicodedata.normalize("NFC", letters),
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                    _font_size(textpage, current[0]),
                    line,
                )
            )
            current.clear()

        for index, char in enumerate(text[:count]):
            if char == "\n":
                flush()
                line += 1
            elif char.isspace():
                flush()
            else:
                current.append(index)
        flush()
        return words
    finally:
        textpage.close()


def open_pdf(data: bytes) -> pypdfium2.PdfDocument:
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise InputError(f"tệp PDF hỏng hoặc không đọc được ({error}).") from None


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return [lines[key] for key in sorted(lines)]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _find_sequence(words: list[Word], phrase: str) -> list[Word] | None:
    """The last run of consecutive words on one line that spells `phrase` (case-insensitive)."""
    wanted = [_fold(part) for part in phrase.split()]
    if not wanted:
        return None
    found = None
    for start in range(len(words) - len(wanted) + 1):
        run = words[start : start + len(wanted)]
        if [_fold(w.text) for w in run] == wanted and len({w.line for w in run}) == 1:
            found = run
    return found


@dataclass(frozen=True)
class SignatureGap:
    """The empty space between the signer's title and name, on the page that carries the signature."""

    page: int
    centre: float  # x of the name's centre
    bottom: float  # top of the name line
    top: float  # bottom of the title line above it
    column: tuple[float, float]  # the signature column's horizontal extent


def signature_gap(data: bytes, name: str | None) -> SignatureGap:
    """Find the signer's name (last occurrence) and the title line above it.

    Without a name (or when it is not in the text), the last line of the right column of the page with
    "Nơi nhận" is taken for the name. InputError when the document has no signature block to sign in.
    """
    document = open_pdf(data)
    try:
        for index in reversed(range(len(document))):
            page = document[index]
            words = page_words(page)
            width = page.get_width()
            page.close()
            gap = _gap_on_page(index, words, name, width)
            if gap is not None:
                return gap
    finally:
        document.close()
    raise InputError(
        "không tìm thấy khối chữ ký (chức vụ và họ tên người ký) trong văn bản; "
        "hãy kiểm tra văn bản có phần chữ ký ở cuối."
    )


def _gap_on_page(
    index: int, words: list[Word], name: str | None, width: float
) -> SignatureGap | None:
    run = _find_sequence(words, name) if name else None
    if run is None:
        run = _fallback_name(words, width)
    if run is None:
        return None
    x0, x1 = min(w.x0 for w in run), max(w.x1 for w in run)
    centre = (x0 + x1) / 2
    name_top = max(w.y1 for w in run)
    above = [
        w
        for w in words
        if w.y0 > name_top and abs(w.centre - centre) < width * 0.25 and w.x0 > width * 0.4
    ]
    if not above:
        return None
    title_bottom = min(w.y0 for w in above)
    column = (min(w.x0 for w in above + run), max(w.x1 for w in above + run))
    return SignatureGap(index, centre, name_top, title_bottom, column)


def _fallback_name(words: list[Word], width: float) -> list[Word] | None:
    if _find_sequence(words, "Nơi nhận:") is None:
        return None
    right = [w for w in words if w.x0 > width * 0.45]
    if not right:
        return None
    last_line = min(right, key=lambda w: w.y0).line
    return [w for w in right if w.line == last_line]


NUMBER_BLANK = re.compile(r"^/[\wĐđ-]+$")


@dataclass(frozen=True)
class HeaderLines:
    """ô 3 ("Số: /KH-UBND") and ô 4 ("Phường X, ngày   tháng   năm 2025") of page 1, as word runs."""

    number: list[Word]
    date: list[Word]

    @property
    def symbol(self) -> str:
        return self.number[-1].text.lstrip("/")

    @property
    def place(self) -> str:
        words = []
        for word in self.date:
            if _fold(word.text) == "ngày":
                break
            words.append(word.text)
        return " ".join(words).rstrip(",")

    @property
    def year(self) -> str | None:
        last = self.date[-1].text.rstrip(".")
        return last if last.isdigit() else None


def header_lines(data: bytes) -> HeaderLines:
    """The number and date lines of page 1, refused when already filled in."""
    document = open_pdf(data)
    try:
        page = document[0]
        words = page_words(page)
        page.close()
    finally:
        document.close()
    return _header_lines(words)


def _header_lines(words: list[Word]) -> HeaderLines:
    number = None
    for i, word in enumerate(words):
        if word.text == "Số:" and i + 1 < len(words) and words[i + 1].line == word.line:
            if words[i + 1].text[:1].isdigit():
                raise InputError(
                    f"văn bản đã có số (Số: {words[i + 1].text}); Văn thư chỉ ghi số cho văn bản chưa có số."
                )
            number = [word, words[i + 1]]
            break
        if word.text.startswith("Số:") and "/" in word.text:
            raise InputError(
                f"văn bản đã có số ({word.text}); Văn thư chỉ ghi số cho văn bản chưa có số."
            )
    if number is None or not NUMBER_BLANK.match(number[1].text):
        shown = " ".join(w.text for w in number) if number else "không thấy dòng “Số: …”"
        raise InputError(
            f"không tìm thấy chỗ trống để ghi số ({shown}); văn bản cần dòng “Số:      /KH-…” chưa ghi số."
        )
    line = [w for w in words if w.line == number[0].line and w.x0 > number[1].x1]
    if not line:  # the date in its own text line, level with the number
        line = [w for w in words if abs(w.y0 - number[0].y0) < 3 and w.x0 > number[1].x1]
    folded = [_fold(w.text) for w in line]
    if "ngày" not in folded or "tháng" not in folded or "năm" not in folded:
        raise InputError(
            "không tìm thấy dòng địa danh, ngày tháng năm ngang hàng với dòng số; hãy kiểm tra phần đầu văn bản."
        )
    after = folded.index("ngày") + 1
    if after < len(folded) and folded[after][:1].isdigit():
        raise InputError(
            "văn bản đã có ngày ban hành; Văn thư chỉ ghi ngày cho văn bản chưa có ngày."
        )
    return HeaderLines(number, line)
