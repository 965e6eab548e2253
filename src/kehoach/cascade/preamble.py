"""The opening of our plan: the citation of the upper plan, its own "Thực hiện" bases, our title.

"Thực hiện Kế hoạch số 157/KH-UBND ngày 10/7/2024 của Ủy ban nhân dân thành phố Hải Phòng về ...;" then
"Ủy ban nhân dân phường ... ban hành Kế hoạch ... như sau:" (seed 002 is this shape one level up).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kehoach.cascade.profile import LEVELS, Profile
from kehoach.document.dates import format_short
from kehoach.document.model import Plan, Reference
from kehoach.document.text import clean, fold

DOC_KINDS = {
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "NQ": "Nghị quyết",
    "TB": "Thông báo",
    "CV": "Công văn",
    "KL": "Kết luận",
}
_BODIES = ("Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND")
# Words that keep their capital when an upper-case title is put in sentence case.
_PROPER = (
    "Đảng",
    "Đảng Cộng sản Việt Nam",
    "Nhân dân",
    "Nhà nước",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Quốc hội",
    "Bộ Chính trị",
    "Ban Chấp hành Trung ương",
    "Trung ương",
    "Chủ tịch Hồ Chí Minh",
    "Hồ Chí Minh",
    "Việt Nam",
    "Đại hội",
    "Thủ đô",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Chỉ thị",
    "Kết luận",
    "Chương trình mục tiêu quốc gia",
    "Đề án",
    "Hội đồng nhân dân",
    "Ủy ban nhân dân",
    "Ngày Giải phóng",
    "IoT",
)
# Symbols whose mixed case an upper-case title loses: "QĐ-TTG" -> "QĐ-TTg".
_SYMBOL_CASE = (("-TTG", "-TTg"), ("/TTG", "/TTg"), ("-CTR", "-CTr"))
_LAW = re.compile(r"(?<!pháp )(?<!\w)luật(?= [a-zđà-ỹ])")
# "trên địa bàn tỉnh Lào Cai": the level, then the capitalised words of the name
_TERRITORY = re.compile(
    r"(?i:trên địa bàn (?:tỉnh|thành phố|quận|huyện|thị xã))((?: [^\W\d_][^\s,.;:()]*)*)"
)
_QUOTED = re.compile(r"([“\"])([a-zđà-ỹ])")
_ROMAN_CONTEXT = re.compile(r"(?i)\b(thứ|khóa|khoá|hội|quý|phần|chương|giai đoạn)\s+([ivxlc]+)\b")
_CODE = re.compile(r"\b[\w.]*\d[\w.]*(?:[/-][\w.]+)+\b|\b\d+[a-z]+\b|\([a-z]{2,6}\)", re.IGNORECASE)


def tidy_issuer(issuer: str | None, parent: str | None = None) -> str | None:
    """The issuer's name without the national motto a two-column header may glue on ("... Cộng Hòa Xã
    Hội"); the parent body's name where the issuer is only a piece of the motto."""
    if issuer:
        folded = fold(issuer)
        cut = folded.find(" cong hoa xa hoi")
        issuer = clean(issuer[:cut]) if cut > 0 else clean(issuer)
        if "chu nghia viet nam" not in folded and "doc lap" not in folded:
            return issuer
    return clean(parent) if parent and split_issuer(parent)[0] else None


@lru_cache(maxsize=256)
def split_issuer(issuer: str | None) -> tuple[str | None, str | None]:
    """ "Ủy ban nhân dân tỉnh Đắk Lắk" -> ("tỉnh", "Đắk Lắk"); (None, None) if not a committee's name."""
    if not issuer:
        return None, None
    text = clean(issuer)
    folded = fold(text)
    for body in _BODIES:
        if folded.startswith(fold(body) + " "):
            rest = text[len(body) + 1 :]
            for level in sorted(LEVELS, key=len, reverse=True):
                if fold(rest).startswith(fold(level) + " ") or fold(rest) == fold(level):
                    return level, clean(rest[len(level) :]) or None
    return None, None


def is_upper_case(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


# Abbreviations of Phụ lục III (Nghị định 30/2020) and common ones, always written in capitals.
ABBREVIATIONS = re.compile(
    r"(?<!\w)(?:hđnd|ubnd|mttq|đbqh|tw|bchqs|hđtđkt|lđlđ|hlhpn|ccb|tncs|xhcn|bch)(?!\w)",
    re.IGNORECASE,
)


def sentence_case(title: str, names: list[str], symbols: list[str]) -> str:
    """An upper-case title ("PHÁT ĐỘNG ĐỢT THI ĐUA ... CỦA ĐẢNG") in sentence case, proper names kept."""
    text = title.lower()
    for name in sorted([*_PROPER, *names], key=len, reverse=True):
        if name:
            pattern = re.compile(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)")
            text = pattern.sub(name.replace("\\", "\\\\"), text)
    text = _ROMAN_CONTEXT.sub(lambda m: f"{m.group(1)} {m.group(2).upper()}", text)
    by_fold = {fold(s): s for s in symbols}
    text = _CODE.sub(lambda m: by_fold.get(fold(m.group(0)), _symbol_case(m.group(0))), text)
    text = _LAW.sub("Luật", text)
    text = _QUOTED.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    text = ABBREVIATIONS.sub(lambda m: m.group(0).upper(), text)
    return text[:1].upper() + text[1:]


def _symbol_case(code: str) -> str:
    code = code.upper()
    for wrong, right in _SYMBOL_CASE:
        code = code.replace(wrong, right)
    return code


def lower_first(text: str) -> str:
    """The title as it reads after "ban hành Kế hoạch": first letter small unless a proper name starts it."""
    if any(text.startswith(name + " ") or text == name for name in _PROPER):
        return text
    return text[:1].lower() + text[1:]


def plan_title(upper: Plan) -> str:
    """The upper plan's subject in sentence case (upper-case titles are common in provincial plans)."""
    title = re.sub(r"(?i)^(?:v/v|về việc)\s+", "", clean(upper.title or ""))
    if not is_upper_case(title):
        return title[:1].upper() + title[1:]
    _, locality = split_issuer(upper.issuer)
    symbols = [f"{r.number}/{r.symbol}" for r in upper.references if r.number and r.symbol]
    return sentence_case(title, [locality] if locality else [], symbols)


def rewrite_title(title: str, upper: Plan, profile: Profile) -> str:
    """Our title: the upper subject with its territory replaced by ours ("... trên địa bàn phường X")."""
    level, locality = split_issuer(upper.issuer)
    area = profile.area
    if level and locality:
        for phrase in (f"trên địa bàn {level} {locality}", f"trên địa bàn {level}"):
            pattern = re.compile(r"(?i)" + re.escape(phrase) + r"(?!\w)")
            if pattern.search(title):
                return pattern.sub(f"trên địa bàn {area}", title, count=1)
        pattern = re.compile(r"(?i)(?<!\w)" + re.escape(f"{level} {locality}") + r"(?!\w)")
        if pattern.search(title):
            return pattern.sub(area, title, count=1)
    if fold(f"trên địa bàn {area}") in fold(title):
        return title
    named = _TERRITORY.search(title)  # an issuer that is not a committee: "Sở Công Thương"
    if named:
        end = named.start(1)
        for word in named.group(1).split(" ")[1:]:
            if not word[:1].isupper():
                break
            end += 1 + len(word)
        return title[: named.start()] + f"trên địa bàn {area}" + title[end:]
    return f"{title.rstrip(' .;')} trên địa bàn {area}"


def upper_reference(upper: Plan, about: str) -> Reference:
    """The upper plan as a Reference, with the citation text our preamble uses."""
    kind = DOC_KINDS.get(upper.doc_type, "Kế hoạch")
    parts = [kind]
    if upper.number and upper.symbol:
        parts.append(f"số {upper.number}/{upper.symbol}")
    elif upper.symbol:
        parts.append(f"số     /{upper.symbol}")
    if upper.date:
        parts.append(f"ngày {format_short(upper.date)}")
    if upper.issuer:
        parts.append(f"của {upper.issuer}")
    if about:
        parts.append(f"về {lower_first(about)}")
    return Reference(
        kind=kind,
        number=upper.number,
        symbol=upper.symbol,
        date=upper.date,
        issuer=upper.issuer,
        text=" ".join(parts),
    )


def implemented_bases(upper: Plan) -> list[Reference]:
    """The upper plan's bases it cites with "Thực hiện" (not the laws it cites with "Căn cứ")."""
    found = []
    for base in upper.bases:
        needle = fold(f"{base.number}/{base.symbol}" if base.number and base.symbol else base.text)
        for paragraph in upper.preamble:
            folded = fold(paragraph)
            at = folded.find(needle) if needle else -1
            if at < 0:
                continue
            opening = folded[:at]
            last_basis = max(opening.rfind("thuc hien"), opening.rfind("can cu"))
            if last_basis >= 0 and opening.startswith("thuc hien", last_basis):
                found.append(base)
            break
    return found


def citation(reference: Reference, locality: str | None = None) -> str:
    """How a base is cited again: its text as written, else rebuilt from its parts.

    "của UBND tỉnh" is ambiguous once cited by a ward: the upper plan's province is named (`locality`).
    """
    if reference.text:
        text = clean(reference.text)
        text = re.sub(r"(?i)^(thực hiện|căn cứ)\s+", "", text).rstrip(" ;,.")
        # a citation cut after "và" by the reader: "... của Chính phủ và Chương"
        text = re.sub(r"\s+và\s+\w+$", "", text)
        if locality:
            text = re.sub(
                r"(?i)(của (?:UBND|(?:Ủy|Uỷ) ban nhân dân) (?:tỉnh|thành phố))$",
                rf"\1 {locality}",
                text,
            )
        return text
    parts = [reference.kind or "Văn bản"]
    if reference.number:
        parts.append(f"số {reference.number}/{reference.symbol or ''}".rstrip("/"))
    if reference.date:
        parts.append(f"ngày {format_short(reference.date)}")
    if reference.issuer:
        parts.append(f"của {reference.issuer}")
    return " ".join(parts)


def opening(
    upper_ref: Reference,
    bases: list[Reference],
    title: str,
    profile: Profile,
    locality: str | None = None,
) -> list[str]:
    """The preamble paragraphs of our plan; `locality` names the upper plan's province or city."""
    cited = [citation(b, locality) for b in bases] + [upper_ref.text]
    first = "Thực hiện " + "; ".join(cited) + "."
    second = f"{profile.name} ban hành Kế hoạch {lower_first(title)}, cụ thể như sau:"
    return [first, second]
