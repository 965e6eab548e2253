"""The slips tesseract's Vietnamese model makes, put right from the shapes of the language.

Each rule mends a confusion a scan cannot avoid and that no Vietnamese writer makes: a numeral that
lost a stroke, a letter for a digit inside a document's symbol, the Icelandic "Ð" for "Đ", an
apostrophe read as a closing double quote after a time, a capital post or body ("CHỦ TỊCH",
"ỦY BAN NHÂN DÂN") or a signer's middle name "Thị" whose marks were lost, a speck read as a line. What a person may really have
written ("CỘNG HOÀ", "Uỷ ban", "quý 1" in a plan that writes its quarters so) is left as it is.
"""

from __future__ import annotations

import re

from kehoach.document.text import fold
from kehoach.read.ocr_tones import retone

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# A capital heading's numeral as tesseract misreads it: "H" for "II", "HI" for "III", "l" for "I".
_MISREAD_NUMERAL = re.compile(r"^(?P<numeral>[IVXHl|]{1,5})\.(?P<rest>\s+\S.*)$")
# "I.MỤC ĐÍCH": the space after a part's numeral lost.
_GLUED_NUMERAL = re.compile(r"^([IVX]{1,5})\.(?=[A-ZĐÀ-Ỹ]{2})")
_BARE_NUMERAL = re.compile(r"^(?P<numeral>[IVX]{1,5}) (?P<rest>[A-ZĐÀ-Ỹ]\S*(?: \S+)+)$")
_NUMERAL_SHAPES = str.maketrans({"H": "II", "l": "I", "|": "I"})


def mend_numeral(line: str) -> str:
    """A capital heading's numeral with its strokes read as other letters ("HI. TỔ CHỨC" is
    "III. TỔ CHỨC", "l." is "I.") or glued to its first word ("I.MỤC ĐÍCH"): only where the letters
    make a numeral and the heading's words are capitals, the shape of a plan's part."""
    line = _GLUED_NUMERAL.sub(r"\1. ", line)
    bare = _BARE_NUMERAL.match(line)
    if bare and bare["numeral"] in _ROMAN and bare["rest"].isupper():
        line = f"{bare['numeral']}. {bare['rest']}"  # "II NỘI DUNG": the dot too small to scan
    match = _MISREAD_NUMERAL.match(line.strip())
    if not match or match["numeral"] in _ROMAN or not match["rest"].isupper():
        return line
    numeral = match["numeral"].translate(_NUMERAL_SHAPES)
    if numeral not in _ROMAN:
        return line
    return f"{numeral}.{match['rest']}"


_STRAY_MARK = re.compile(r"^['`]\s*(?=\w)")


def drop_stray_mark(line: str) -> str:
    """A line without the speck OCR read as an apostrophe before its first word ("'VLNCN trên ..."):
    a straight apostrophe opens no Vietnamese line, and the speck would keep the line from joining
    its paragraph. A list dash read as a tilde ("~ Ủy ban bầu cử xã;") is a dash again, and a dash
    read twice ("- - Thời gian") once."""
    if line.startswith("~ "):
        line = "- " + line[2:]
    if line.startswith(("- - ", "- – ", "– - ")):
        line = "- " + line[4:]
    if line.count("'") + line.count("`") != 1:
        return line
    return _STRAY_MARK.sub("", line)


def is_speck(line: str) -> bool:
    """A line of one or two signs that are no word, number or list mark ("l", "^", "nà" beside a
    seal): dirt on the paper read as text."""
    text = line.strip()
    return 0 < len(text) <= 2 and not text.isdigit() and text not in ("-", "+", "*", "–")


# Inside a document's symbol ("101/2025/UBTVQH15", "KH/ĐU"): a digit has no letter twin.
_SYMBOL_TOKEN = re.compile(r"\S*\d\S*[/-]\S*|\S*[/-]\S*\d\S*")
_ONE_AFTER_CAPITAL = re.compile(r"(?<=[A-ZĐ])[Il|](?=\d)|(?<=\d)[Il|](?=\d)")
_ZERO_IN_DIGITS = re.compile(r"(?<=\d)[OoО](?=\d)")
_YEAR_THEN_CAPITALS = re.compile(r"(\d{1,5}/(?:19|20)\d\d)(?=[A-ZĐ]{2})")


def _mend_symbol(match: re.Match[str]) -> str:
    token = match[0]
    if not any(c.isupper() for c in token):
        return token
    token = _ONE_AFTER_CAPITAL.sub("1", token)
    token = _ZERO_IN_DIGITS.sub("0", token)
    return _YEAR_THEN_CAPITALS.sub(r"\1/", token)


def mend_symbols(line: str) -> str:
    """Symbols with their digits and slashes: "UBTVQHI5" is "UBTVQH15", "2O25" is "2025", and a
    year run into the letters after it ("102/2025NQLT") lost its slash ("102/2025/NQLT")."""
    if "/" not in line and "-" not in line:
        return line
    return _SYMBOL_TOKEN.sub(_mend_symbol, line)


# A closing double quote right after a figure, with no quote opened before it: an apostrophe, the
# minutes of "13h30’".
_MINUTE_MARK = re.compile(r"(?<=\d)”")
_SPACED_EM_DASH = re.compile(r"(?<=\w) (?:—|[—–-]{2,3}) (?=\w)")


def mend_marks(line: str) -> str:
    """The marks a scan blurs: "Ð" (Icelandic) for "Đ" (also read twice, "ĐÐ"); a closing double
    quote after a time ("13h30”") for its apostrophe; an em dash between words (" — ", also read as
    " —- ") for the en dash Vietnamese writes there ("kinh tế – xã hội", "2026 – 2031")."""
    if "Ð" in line or "ð" in line:
        line = line.replace("ĐÐ", "Đ").replace("đð", "đ").replace("Ð", "Đ").replace("ð", "đ")
    if "”" in line:
        pieces = _MINUTE_MARK.split(line)
        out = pieces[0]
        for piece in pieces[1:]:
            out += ("’" if out.count("“") <= out.count("”") else "”") + piece
        line = out
    if "—" in line or "--" in line:
        line = _SPACED_EM_DASH.sub(" – ", line)
    return line


# Capital posts and bodies of a signature or a header, whose marks a scan drops ("CHỦ TICH",
# "PHO CHU TỊCH", "TM. UY BAN NHÂN DÂN"). Longest first, so "PHÓ CHỦ TỊCH" wins over "CHỦ TỊCH".
_CAPITAL_PHRASES = sorted(
    (
        "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG TRỰC", "BAN CHỈ ĐẠO", "BAN TỔ CHỨC",
        "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN",
        "PHÓ BÍ THƯ", "BÍ THƯ", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "ỦY BAN BẦU CỬ",
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "ĐẢNG ỦY",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
_FOLDED_PHRASES = [(fold(p).upper(), p) for p in _CAPITAL_PHRASES]
# Spellings a writer may choose (older tone placement): kept where OCR read them.
_OWN_SPELLINGS = {"ỦY": ("UỶ",), "HÒA": ("HOÀ",)}


_COLUMNS = re.compile(r"(\s{3,})")


def mend_capitals(line: str) -> str:
    """A capital post or body read without some of its marks, put back: only inside capital text
    (each column of a row on its own) and only where the letters match word for word; a writer's
    "UỶ" stays."""
    if "   " in line:
        return "".join(_mend_capital_piece(piece) for piece in _COLUMNS.split(line))
    return _mend_capital_piece(line)


def _mend_capital_piece(line: str) -> str:
    if not any(c.isupper() for c in line) or any(c.islower() for c in line):
        return line
    folded = fold(line).upper()
    if len(folded) != len(line):
        return line
    for folded_phrase, phrase in _FOLDED_PHRASES:
        start = 0
        while (found := folded.find(folded_phrase, start)) >= 0:
            end = found + len(phrase)
            start = end
            if (found and folded[found - 1].isalpha()) or (end < len(line) and line[end].isalpha()):
                continue
            words = line[found:end].split(" ")
            fixed = [
                own if own in _OWN_SPELLINGS.get(right, ()) else right
                for own, right in zip(words, phrase.split(" "), strict=True)
            ]
            line = line[:found] + " ".join(fixed) + line[end:]
    return line


# "Hội Thi", "Cuộc Thi", "Kỳ Thi", "Vòng Thi": the contest, capitalised in a title.
_CONTEST_WORDS = frozenset(("Hội", "Cuộc", "Kỳ", "Vòng", "Bài", "Đề"))


def mend_name(piece: str) -> str:
    """A person's name whose middle "Thị" lost its dot ("Lan Thi Vân"): a name of three to five
    capitalised syllables with "Thi" second is "Thị", the middle name of most Vietnamese women (a
    scan loses the dot below far more often than anyone is named "Thi" in the middle)."""
    words = piece.split(" ")
    if (
        3 <= len(words) <= 5
        and words[1] == "Thi"
        and words[0] not in _CONTEST_WORDS
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
    ):
        words[1] = "Thị"
        return " ".join(words)
    return piece


_UY_BAN = re.compile(r"\b([Uu])y(?= ban\b)")


def mend_line(line: str) -> str:
    """One OCR line with the slips above put right (a speck beside a column dropped)."""
    if "   " in line:
        pieces = _COLUMNS.split(line)
        kept = ["" if is_speck(pieces[0]) else mend_name(pieces[0])]
        for gap, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            if not is_speck(piece):
                kept += [gap, mend_name(piece)]
        line = "".join(kept)
    else:
        line = mend_name(line)
    line = mend_numeral(drop_stray_mark(line))
    line = mend_capitals(mend_symbols(mend_marks(line)))
    if "y ban" in line:
        line = _UY_BAN.sub(lambda m: "Ủy" if m[1] == "U" else "ủy", line)
    return line


_QUARTER_ROMAN = re.compile(r"\b[Qq]uý (?:II|III|IV)\b")
_QUARTER_ONE = re.compile(r"\b([Qq]uý) 1(?=\W|$)(?!\d)")


def mend_quarters(lines: list[str]) -> list[str]:
    """ "Quý 1" for "Quý I" where the plan writes its other quarters in Roman numerals ("Quý IV/2025
    và Quý 1/2026"): a scan cannot tell a serif "I" from "1"; the plan's own use decides."""
    if not any(_QUARTER_ROMAN.search(line) for line in lines):
        return lines
    return [_QUARTER_ONE.sub(r"\1 I", line) if "uý 1" in line else line for line in lines]


def mend_lines(lines: list[str]) -> list[str]:
    """The document's OCR lines, each mended and its hooks told from acutes (ocr_tones), specks
    dropped, a table that runs on over a page break one table again. A part's numeral that lost a stroke
    is read from its box's width (ocr_layout), not from the order of the parts: a writer's own
    repeat ("V. ...", "V. ...") stays as written."""
    mended = [mend_line(line) for line in lines if not is_speck(line)]
    mended = [
        retone(line, mended[i - 1] if i else "", mended[i + 1] if i + 1 < len(mended) else "")
        for i, line in enumerate(mended)
    ]
    return join_tables(mend_quarters(mended))


def _columns_of(line: str) -> int:
    return line.count("|") - 1 if line.startswith("|") and line.endswith("|") else -1


PAGE_BREAK = "\f"  # put between two pages' lines by ocr_pdf, taken out by mend_lines


def join_tables(lines: list[str]) -> list[str]:
    """A ruled table that runs on to the next page (ocr_tables writes one a page) as one table:
    where only blank lines, a page number and the page break part two pipe tables of the same
    columns, the second's rows go on the first's (its first row too, unless it repeats the header).
    The page breaks are dropped."""
    out: list[str] = []
    header = ""
    for line in lines:
        if line.startswith("|---") and out:
            first = out[-1]
            index = len(out) - 2
            while index >= 0 and (out[index].strip() == "" or out[index].strip().isdigit()):
                index -= 1  # blank lines, the page break ("\f" strips to ""), a page number
            broken = PAGE_BREAK in out[index + 1 : -1]
            if broken and index >= 0 and _columns_of(out[index]) == _columns_of(first) > 0:
                del out[index + 1 :]
                if first != header:
                    out.append(first)
                continue
            header = first
        out.append(line)
    return [line for line in out if line != PAGE_BREAK]
