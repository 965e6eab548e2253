"""Upper bodies named as objects of a duty, at our scale; the upper level's own statistics left out.

A subject is handled by scale.py; the names after "phối hợp với", "báo cáo về", "gửi", "thông tin cho",
"tại" are handled here, in the same terms:

- a report or a file sent up ("báo cáo ngay về Trung tâm Kiểm soát bệnh tật tỉnh", "gửi hồ sơ về Sở Nội
  vụ") goes to our committee through our lead unit: inside the ward, units report to the ward; the ward's
  own report to the upper body is written once, in CHẾ ĐỘ BÁO CÁO;
- a body with a counterpart in the mapping table becomes that unit ("phối hợp với Sở Y tế" -> "phối hợp
  với Trạm Y tế phường"), the upper committee becomes ours, and a body that is the line's own subject at
  our scale is not named twice;
- a body without counterpart is "cơ quan chuyên môn cấp trên", except where the work happens *at* it
  ("rà soát trang thiết bị tại Trung tâm Kiểm soát bệnh tật tỉnh"): that line is the upper level's only.

Statistics of the upper level's own situation (several measured figures of what was done: "ước cả năm
có 1.600 doanh nghiệp đăng ký mới, vốn 9.700 tỷ đồng") are not the ward's: `is_upper_statistics` finds them
so the caller leaves them out with a note asking for the ward's own figures.
"""

from __future__ import annotations

import re

from kehoach.cascade import levels
from kehoach.cascade.mapping import Mapping
from kehoach.cascade.profile import Profile
from kehoach.document.text import fold

UPPER_GENERIC = "cơ quan chuyên môn cấp trên"
AT_UPPER = "việc tại cơ quan cấp trên, {level} không thực hiện"
UPPER_STATISTICS = "số liệu, tình hình của cấp trên (cần thay bằng số liệu của {level})"
_PREPOSITION = re.compile(
    r"(?i)(?<!\w)(?P<word>phối hợp(?:\s+chặt chẽ)?(?:\s+với|\s+cùng)?|với|về|cho|tại|ở|lên|đến|tới|gửi|"
    r"trình|tham mưu|giao|chỉ đạo|báo cáo(?:\s+ngay)?(?:\s+về)?|thông tin(?:\s+kịp thời)?\s+cho)\s+"
    r"(?:các\s+)?"
)
_NAME_HEAD = re.compile(
    r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban MTTQ Việt Nam|"
    r"Ủy ban MTTQ|Sở|Bộ(?! phận)|Cục|Chi cục|Tổng cục|Trung tâm|Ban|Công an|Văn phòng|Đài|Báo(?! cáo)|"
    r"Bảo hiểm xã hội|Kho bạc|Bệnh viện|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Tỉnh đoàn|Thành đoàn|"
    r"Bộ Chỉ huy Quân sự|Liên đoàn Lao động|Hội Liên hiệp Phụ nữ|Hội Nông dân|Hội Cựu chiến binh)(?!\w)"
)
# A name runs to a territory word and the proper name after it ("Công an thành phố Hà Nội")...
_TO_TERRITORY = re.compile(
    r"[^,;.()]{0,60}?(?<!\w)(?:tỉnh|Thành phố|thành phố|TP\.?|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)(?!\w)"
    r"(?:\s+(?!và\b)[A-ZĐ][\w]*)*"
)
# ... or, for a head that exists only above us ("Sở Khoa học và Công nghệ"), to the first word that
# cannot be in a name.
_NAME_STOP = re.compile(
    r"(?i)\s+(?:trong|để|theo|tại|về|cùng|trước|khi|nhằm|và các|và cơ quan|và đơn vị|các|đã|sẽ|"
    r"thực hiện|triển khai|tổ chức|xây dựng|tham mưu|kiểm tra|hướng dẫn|chỉ đạo|tuyên truyền|"
    r"thường xuyên|cập nhật|phát động|thẩm định|rà soát|bố trí|cung cấp|giải quyết)(?!\w)|[,;.()]"
)
_REPORTING = re.compile(r"(?i)(?<!\w)(?:báo cáo|gửi|nộp|chuyển)(?!\w)")
_LIST_NEXT = re.compile(r"^(?:\s*,\s*|\s+và\s+)(?=\S)")
_FIGURE = re.compile(
    r"(?<![\w/])\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|người|lượt|doanh nghiệp|hộ|ca|vụ|km|ha|tấn|cơ sở|"
    r"đơn vị|sản phẩm|dự án|hợp tác xã|tập thể|cá nhân|trẻ em|học sinh|trường|lớp|cuộc|buổi|tin|bài|"
    r"xã|phường|đối tượng|trường hợp)(?!\w)"
)
_ACHIEVED = re.compile(r"(?i)(?<!\w)(?:ước|đã|đạt|tăng|giảm|so với cùng kỳ|lũy kế|có)(?!\w)")
_TARGET = re.compile(
    r"(?i)(?<!\w)(?:phấn đấu|tối thiểu|ít nhất|mục tiêu|chỉ tiêu|đến năm|bảo đảm|đảm bảo)(?!\w)"
)
_MIN_FIGURES = 2


def is_upper_statistics(text: str) -> bool:
    """A paragraph reporting the upper level's own results: several measured figures, in the past."""
    figures = _FIGURE.findall(text)
    return (
        len(figures) >= _MIN_FIGURES and bool(_ACHIEVED.search(text)) and not _TARGET.search(text)
    )


def _name_end(body: str, start: int, mapping: Mapping) -> int | None:
    """Where the name of a body opening at `start` ends, or None when no body opens there."""
    folded = fold(body[start : start + 160])
    for _name, key in mapping.phrases():
        if folded.startswith(key) and not folded[len(key) : len(key) + 1].isalnum():
            end = start + len(key)
            territory = re.match(
                r"\s+(?:(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|tỉnh|thành phố|Thành phố|TP)(?:\s+[A-ZĐ]\w*)*"
                r"|[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*(?=\s*(?:[,;.)]|$)))",  # "... Truyền hình Lào Cai"
                body[end:],
            )
            return end + territory.end() if territory else end
    head = _NAME_HEAD.match(body, start)
    if head is None:
        return None
    territory = _TO_TERRITORY.match(body, head.end())
    # a capitalised word belongs to the name ("Trung tâm Cấp cứu 115 Thành phố"): only lower-case verbs end it
    lower = re.sub(r"(?<!\w)[A-ZĐ]\w*", "X", territory.group(0)) if territory else ""
    if territory and levels.before_verb(lower) == lower:
        return territory.end()
    if not levels.opens_with_upper_body(body[start:]):
        return None
    stop = _NAME_STOP.search(body, head.end())
    return stop.start() if stop else len(body)


class Objects:
    """Rewrites the upper bodies a line names as its objects; None when the line is theirs only."""

    def __init__(self, profile: Profile, mapping: Mapping) -> None:
        self.profile = profile
        self.mapping = mapping
        self.committee = f"Ủy ban nhân dân {profile.level}"

    def _ours(self, name: str, subject: str | None) -> str | None:
        """Our words for an upper body named as object: its counterpart, our committee, "" when it is
        the line's own subject, the generic upper body when it has no counterpart; None if not upper."""
        if not levels.is_upper_actor(name):
            return None
        committee = re.match(r"(?i)(?:ủy|uỷ) ban nhân dân|ubnd", name)
        if committee and not re.search(r"(?i)\b(?:các|sở|mặt trận|mttq)\b", name):
            return self.committee
        unit_id, _ = self.mapping.counterpart(name, self.profile)
        unit = self.profile.unit(unit_id) if unit_id else None
        if unit is None:
            return UPPER_GENERIC
        return "" if subject and fold(unit.name) in fold(subject) else unit.name

    def _names(self, body: str, start: int, subject: str | None) -> tuple[int, list[str]] | None:
        """The end of a list of upper bodies opening at `start` and our words for each (deduplicated)."""
        end = _name_end(body, start, self.mapping)
        first = self._ours(body[start:end], subject) if end else None
        upper = first is not None
        if (end is None or first is None) and body.startswith(self.committee, start):
            end, first = start + len(self.committee), self.committee  # ours, kept: the list goes on
        if end is None or first is None:
            return None
        names = [first]
        follow = _LIST_NEXT.match(body[end:])
        while follow:  # "Sở Công Thương, Ủy ban MTTQ Việt Nam tỉnh và ..."
            nxt = end + follow.end()
            nxt_end = _name_end(body, nxt, self.mapping)
            more = self._ours(body[nxt:nxt_end], subject) if nxt_end else None
            if nxt_end is None or more is None:
                break
            names.append(more)
            upper = True
            end = nxt_end
            follow = _LIST_NEXT.match(body[end:])
        if not upper:
            return None
        return end, [n for n in dict.fromkeys(names) if n]

    def rewrite(
        self, body: str, subject: str | None = None, keep: bool = False
    ) -> tuple[str | None, bool]:
        """(body with its upper objects at our scale or None if theirs only, whether anything changed);
        `keep` (a duty given to our level) is never theirs only: its advice goes to our committee."""
        out: list[str] = []
        cursor = 0
        for match in _PREPOSITION.finditer(body):
            if match.start() < cursor:
                continue
            found = self._names(body, match.end(), subject)
            if found is None:
                continue
            end, names = found
            word = match.group("word").lower()
            reported = word in ("về", "lên") and _REPORTING.search(body, max(0, match.start() - 40))
            if word in ("tại", "ở", "tham mưu") and UPPER_GENERIC in names:
                if not keep:
                    return None, True  # work done at, or advice given to, a body above us
                names = [self.committee] if word == "tham mưu" else names
            if reported or (word.startswith("báo cáo") and UPPER_GENERIC in names):
                names = [f"{self.committee} (qua {self.profile.lead.name})"]
            joiner = _LIST_NEXT.match(body[end:])
            if (
                not names and joiner
            ):  # only the line's own unit was named: the rest of the list stays
                out.append(body[cursor : match.end()])
                cursor = end + joiner.end()
                continue
            out.append(body[cursor : match.end()] + (", ".join(names) or "các đơn vị liên quan"))
            cursor = end
        if not out:
            return body, False
        text = "".join(out) + body[cursor:]
        return re.sub(r"\s+([,;.])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(), True
