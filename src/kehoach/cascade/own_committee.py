"""A unit of ours does not work "phối hợp với Ủy ban nhân dân phường": the committee gives it the work.

Upper plans write "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường";
at our scale that list names our own committee, which the line's subject (one of our units) answers to.
"""

from __future__ import annotations

import re

from kehoach.cascade import levels
from kehoach.document.text import fold

_ABBREVIATED = re.compile(r"(?<!\w)UBND\s+(?=(?:phường|xã|đặc khu)(?!\w))")


def _unguided(text: str, committee: str) -> str:
    """A unit of ours is not told to guide or direct our committee: "Hướng dẫn Ủy ban nhân dân phường
    mở lớp dạy bơi" (the province guiding the communes, at our scale) is the work itself, "Mở lớp dạy
    bơi"."""
    match = re.match(
        r"(?P<mark>[\s\-+•*]*)(?:Hướng dẫn|Chỉ đạo|Đôn đốc)(?:,?\s+(?:hướng dẫn|chỉ đạo|đôn đốc))?\s+"
        + re.escape(committee)
        + r"(?:\s+[A-ZĐ][\w]*)*\s+(?!(?:về|trong|theo|cho|tại|đối với|việc|các|những)\s)"
        r"(?P<rest>[^\W\d_A-ZĐ].*)$",
        text,
        re.DOTALL,
    )
    if match is None or len(re.findall(r"\w+", match["rest"])) < 2:
        return text
    rest = match["rest"]
    return match["mark"] + rest[:1].upper() + rest[1:]


def without_own_committee(text: str, committee: str) -> str:
    """A unit of ours does not work "phối hợp với ... Ủy ban nhân dân phường": the committee is the one
    that gives it the work ("các phòng, ban, Ủy ban nhân dân phường, xã" rewritten); a list's "Các"
    after a comma is lower-cased."""
    text = re.sub(r"(với |, )Các(?= )", r"\g<1>các", text)
    if committee.startswith("Ủy ban nhân dân "):  # "UBND phường" in a table's cell is the same body
        text = _ABBREVIATED.sub("Ủy ban nhân dân ", text)
    text = _unguided(text, committee)
    opener = re.search(r"(?i)[,;]?\s*phối hợp với ", text)
    if opener is None or fold(committee) not in fold(text[opener.end() :]):
        return text
    stop = min([i for i in (text.find(c, opener.end()) for c in ";.") if i != -1] or [len(text)])
    pieces = re.split(r"(,\s*|\s+và\s+)", text[opener.end() : stop])
    items, separators = pieces[0::2], pieces[1::2]
    ours = [i for i, item in enumerate(items) if fold(item).startswith(fold(committee))]
    if not ours:
        return text
    count = ours[-1] + 1  # the list runs to the committee's name at least, and on over names
    while count < len(items) and (items[count][:1].isupper() or items[count].startswith("các ")):
        count += 1
    names: list[str] = []
    rest = ""
    for item in items[:count]:
        if fold(item) == fold(committee):
            continue
        if fold(item).startswith(
            fold(committee) + " "
        ):  # "... Ủy ban nhân dân phường thẩm định hồ sơ"
            words = item[len(committee) :].split()
            while (
                words and words[0][:1].isupper()
            ):  # its locality: "Ủy ban nhân dân phường Lê Chân"
                words.pop(0)
            rest = " " + " ".join(words) if words else ""
            continue
        names.append(item)
    tail = "".join(
        sep + item for sep, item in zip(separators[count - 1 :], items[count:], strict=False)
    )
    if names:
        head = text[: opener.end()] + ", ".join(names)
    else:
        head = text[: opener.start()] + (" " if rest or not tail else "")
        tail = tail.lstrip(", ") if rest else tail
    result = re.sub(r"\s{2,}", " ", head + rest + tail + text[stop:])
    result = re.sub(r"\s+(?=[,.;])", "", result)
    marker, body = levels.strip_marker(result.strip())
    if len(re.findall(r"\w+", body)) < 2:
        return text  # "Phối hợp với Ủy ban nhân dân phường." is all there is: left to the drafter
    opens = re.fullmatch(r"[\s\-+•*]*", head) is not None  # the line opened with "Phối hợp với"
    return marker + body[:1].upper() + body[1:] if opens else result
