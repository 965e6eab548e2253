"""The end of a plan: Nơi nhận, "Lưu: VT, ...", and the signature block.

In a .docx these sit in a two-column table (recipients left, signature right) that we read cell after
cell; pdftotext puts the two columns side by side on one line; web pages one after the other. We split
lines at wide gaps and send each piece to the recipients or to the signature by what it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach.document.model import Signature
from kehoach.document.recipients import recipient_name
from kehoach.read.appendices import is_appendix_start
from kehoach.read.doc_type import doc_type_of
from kehoach.read.text import Line, strip_markup

RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
ARCHIVE = re.compile(r"^[-+•]?\s*(?:Lưu|LƯU)\s*(?::|\b)\s*(?P<items>.*)$")
SIGN_ROLE = re.compile(
    r"^(?:(?P<role>T/?M|K/?T|T/?L|TUQ|Q)\s*\.|(?P<bare>T/M|K/T|TM|KT|TL)(?=\s+[A-ZĐ]))\s*(?P<rest>.*)$"
)
_GAP = re.compile(r"\s{3,}|\t+")
_SIGNED = re.compile(
    r"^\(?\s*(đã ký|ký|ký tên|ký, ghi rõ|đã ký và đóng dấu|chữ ký)[^)]*\)?\.?$", re.IGNORECASE
)


_ITEM_SPLIT = re.compile(r"[,;](?![^()]*\))")
_NOTE_OR_SIGNED = re.compile(r"\s*\([^)]*\)\s*|\s*[-–]?\s*(?:Đã ký|đã ký)\s*$")
_DASH = re.compile(r"^[-+•–]\s*")


@dataclass
class Closing:
    recipients: list[str] = field(default_factory=list)
    recipient_lines: list[str] = field(default_factory=list)  # as written, without "- "
    archive: list[str] = field(default_factory=list)
    signature: Signature | None = None
    start: int | None = None  # index in the line list where the closing begins


def find_closing_start(lines: list[Line], start: int) -> int | None:
    """The "Nơi nhận" line after `start`, or the first signature line if there is none.

    A web page may print the signature first and Nơi nhận under it: a signature block just above
    Nơi nhận starts the closing then.
    """
    for position in range(start, len(lines)):
        raw = lines[position].raw
        if ("nhận" in raw or "NHẬN" in raw) and RECIPIENTS.match(
            _GAP.split(raw.replace("*", "").strip())[0].strip()
        ):
            above = [
                p
                for p in range(max(start, position - 8), position)
                if is_signature_start(lines[p].text)
            ]
            return above[0] if above else position
    for position in range(start, len(lines)):
        if is_signature_start(lines[position].text):
            return position
    return None


def is_signature_start(text: str) -> bool:
    match = SIGN_ROLE.match(text)
    return bool(match and match.group("rest")[:1].isupper() and match.group("rest").isupper())


def is_appendix(text: str) -> bool:
    return is_appendix_start(text)


def _pieces(lines: list[Line]) -> list[str]:
    out: list[str] = []
    for line in lines:
        for piece in _GAP.split(line.raw.replace("*", "").strip()):
            cleaned = strip_markup(piece)
            if cleaned:
                out.append(cleaned)
    return out


def _recipient(text: str) -> str:
    return recipient_name(text)


def _archive_items(text: str) -> list[str]:
    text = text.strip()
    for ending in ("./.", "/.", "."):
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    return [item.strip() for item in _ITEM_SPLIT.split(text) if item.strip()]


def _name_part(text: str) -> str:
    """ "Nguyễn Văn A (Đã ký)" -> "Nguyễn Văn A"."""
    return _NOTE_OR_SIGNED.sub(" ", text).strip()


def _is_name(text: str) -> bool:
    text = _name_part(text)
    words = text.split()
    if not 2 <= len(words) <= 6 or text.isupper() or any(c.isdigit() for c in text):
        return False
    return all(word[:1].isupper() for word in words)


def read_closing(lines: list[Line], start: int) -> Closing:
    """Recipients, archive and signature from the lines beginning at `start`."""
    closing = Closing(start=start)
    recipients: list[str] = []
    signature: list[str] = []
    in_recipients = False
    done_recipients = False
    signed = False  # the signer's name is read: only a Nơi nhận printed below it is left to read
    for piece in _pieces(lines[start : start + 60]):
        if doc_type_of(piece) or is_appendix(piece) or (signed and done_recipients):
            break
        match = RECIPIENTS.match(piece)
        if match and not done_recipients:
            in_recipients = True
            if match.group("rest"):
                recipients.append(match.group("rest"))
            continue
        archive = ARCHIVE.match(piece)
        if archive and in_recipients:
            closing.archive = _archive_items(archive.group("items"))
            in_recipients, done_recipients = False, True
            continue
        if in_recipients and (piece[:1] in "-+•–" or not piece.isupper() and not _is_name(piece)):
            if piece[:1] in "-+•–" or not recipients or recipients[-1].endswith((";", ".")):
                recipients.append(piece)
            else:
                recipients[-1] = f"{recipients[-1]} {piece}"
            continue
        if signed:
            continue
        if len(piece) > 90 and not piece.isupper():
            if signature:
                break
            continue
        signature.append(piece)
        if _is_name(piece) and any(p.isupper() for p in signature[:-1]):
            signed = True
    named = [(name, item) for name, item in ((_recipient(i), i) for i in recipients) if name]
    closing.recipients = [name for name, _ in named]
    closing.recipient_lines = [_DASH.sub("", item) for _, item in named]
    closing.signature = parse_signature(signature)
    return closing


def parse_signature(pieces: list[str]) -> Signature | None:
    """TM./KT. lines, the signer's post and name, from the pieces of a signature block."""
    signature = Signature()
    found = False
    last = ""
    first_role = next((i for i, piece in enumerate(pieces) if SIGN_ROLE.match(piece)), 0)
    for piece in pieces[first_role:]:
        if piece.isupper() and any(c.isdigit() for c in piece):
            continue  # a stray reference line ("09 KH") is not a post
        if _SIGNED.match(piece):
            continue
        role = SIGN_ROLE.match(piece)
        if role and role.group("rest").isupper():
            found = True
            kind = (role.group("role") or role.group("bare")).replace("/", "")
            if kind == "TM":
                signature.authority, signature.body = "TM.", role.group("rest").strip()
                last = "body"
            else:
                signature.capacity, signature.head = (
                    kind + ".",
                    role.group("rest").strip(),
                )
                last = "head"
            continue
        if piece.isupper():
            if last == "body" and signature.body and not _is_post(piece):
                signature.body = f"{signature.body} {piece}"
                continue
            if (
                last == "head"
                and signature.head
                and not _is_post(piece)
                and signature.title is None
            ):
                signature.head = f"{signature.head} {piece}"
                continue
            if signature.title is None:
                signature.title = piece
                found = True
                last = "title"
            continue
        if _is_name(piece) and found and signature.name is None:
            signature.name = _name_part(piece)
    if not found:
        return None
    return signature


_POSTS = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG", "PHÓ TRƯỞNG", "BÍ THƯ",
          "PHÓ BÍ THƯ", "CHÁNH", "PHÓ CHÁNH", "THỦ TRƯỞNG", "TỔ TRƯỞNG", "CHI CỤC TRƯỞNG", "CỤC TRƯỞNG",
          "KT.", "Q.")  # fmt: skip


def _is_post(text: str) -> bool:
    return any(text.startswith(post) for post in _POSTS)
