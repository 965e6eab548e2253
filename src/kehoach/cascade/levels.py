"""Level vocabulary: who an actor is (an upper body, our level, or neither) and where a text reaches down.

A ward's plan must not give work to a Sở or a province's committee, nor speak of the xã and đặc khu under it.
These patterns describe the *shapes* of such names — an organisation word ("Sở", "Ban", "Trung tâm", "Công
an"...) followed, before its verb, by an upper territory word ("tỉnh", "thành phố", "Trung ương") — so that
they apply to plans of any province and any sector. The mapping table (mapping.yaml) then says which of our
units mirrors an upper one.
"""

from __future__ import annotations

import re

# Words that open the name of a body that can be a duty's subject.
_ORG = (
    r"(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Sở|Bộ(?! phận)|Ban(?! hành)|Công an|Trung tâm|Văn phòng|"
    r"Thanh tra(?!,? kiểm tra)|Hội(?! nghị| thảo| thi| diễn| trại| chợ)|"
    r"Liên đoàn|Đài|Báo(?! cáo)|Kho bạc|Cục|Chi cục|Tổng cục|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Tỉnh đoàn|"
    r"Thành đoàn|Đoàn(?! kết)|Viện|Bệnh viện|Ngân hàng|Bảo hiểm|Chủ tịch|Mặt trận|MTTQ|Cơ quan|Đảng ủy|"
    r"Đảng uỷ|Phòng(?!,? chống| ngừa| tránh| cháy| thủ)|Trạm|Lực lượng|Tòa án|Toà án|Chi nhánh|Quỹ|"
    r"Bộ Chỉ huy|Bộ Tư lệnh|Ban Chỉ huy|Tiểu ban|Tổ công tác|Đội|Các|Những|Giám đốc|Thủ trưởng|"
    r"Người đứng đầu)"
)
LABEL = re.compile(
    r"^(?:Cơ quan|Đơn vị|Bộ phận)\s+(?:thực hiện|chủ trì|phối hợp|thường trực)"
    r"(?:\s+(?:tham mưu\s+)?(?:thực hiện|tham mưu))?\s*:\s*",
    re.I,
)
ORG_START = re.compile(rf"^(?:(?:Giao|Đề nghị|Yêu cầu|Giao cho)\s+)?{_ORG}(?!\w)", re.IGNORECASE)
# Verbs that end a subject: "Sở Y tế | chủ trì ...". Kept apart from ORG words such as "Ban Chỉ đạo".
_VERBS = (
    r"chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|tổ chức|triển khai|xây dựng|chỉ đạo|"
    r"hướng dẫn|theo dõi|đôn đốc|kiểm tra|giám sát|tham mưu|báo cáo|tổng hợp|bố trí|cân đối|bảo đảm|"
    r"đảm bảo|hỗ trợ|cung cấp|phân bổ|cấp phát|tăng cường|đẩy mạnh|tiếp tục|chủ động|rà soát|nghiên cứu|"
    r"vận động|tuyên truyền|phổ biến|quán triệt|ban hành|phát động|lãnh đạo|quản lý|căn cứ|trình|"
    r"thẩm định|đề xuất|huy động|tiếp nhận|mở|đăng tải|phát sóng|dành|sử dụng|lựa chọn|khen thưởng|"
    r"là|được|thường xuyên|kịp thời|khẩn trương|nghiêm túc|duy trì|thành lập|điều phối|tập huấn|"
    r"giao(?! thông)|yêu cầu|đề nghị|biên tập|xử lý|điều tra|thông tin|truyền thông|làm|lập|gửi|nắm|treo|"
    r"chuẩn bị|phát hiện|tiến hành|căn|hoàn thành|tập trung|bổ sung|điều chỉnh|ưu tiên|đưa|lồng ghép|"
    r"ứng dụng|phát triển|nâng cao|hoàn thiện|cập nhật|biên soạn|tuần tra|giải tỏa|ra quân|xét|"
    r"cấp(?! tỉnh| huyện| xã| Trung ương| cơ sở)|đăng|phát hành|thu thập|đánh giá|khảo sát|đầu tư|"
    r"vận hành|quảng bá|bảo vệ|tham gia|kiện toàn|phân công|giải quyết|định kỳ|hằng năm|hàng năm|"
    r"hằng quý|hằng tháng|phấn đấu|xúc tiến|hướng|kết nối|số hóa|tiếp"
)
_VERB = re.compile(rf"(?<!\w)(?:{_VERBS})(?!\w)", re.IGNORECASE)
# A verb right after these words is part of the name: "Ban Chỉ đạo", "Hội đồng Thi đua", "Ban Tổ chức".
_NAME_HEAD = re.compile(rf"(?:^|\s)(?:{_ORG}|Tổ|Bộ phận)\s*$", re.IGNORECASE)
_SUBJECT_MAX_WORDS = 16
_LIST_HEAD_MAX_WORDS = 24  # the first name of a list of subjects, up to its comma

# Territory words of levels above a ward or commune.
_UPPER_SCOPE = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|TP\.?|Trung ương|TW|quận|huyện|thị xã|cấp tỉnh|cấp huyện|Chính phủ|"
    r"Quốc hội|Thủ tướng|Nhà nước)(?!\w)",
    re.IGNORECASE,
)
# Bodies that exist only above a ward, whatever follows their name.
_UPPER_ALWAYS = re.compile(
    r"^(?:(?:Giao|Đề nghị|Yêu cầu|Giao cho)\s+)?(?:các\s+)?(?:Sở|Bộ(?! phận| Chỉ huy Quân sự (?:phường|xã))|"
    r"Tổng cục|Cục|Chi cục|Kho bạc|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Tỉnh đoàn|Thành đoàn|Đài Phát thanh|"
    r"Đài PT|Báo(?! cáo)|Bộ Chỉ huy|Bộ Tư lệnh|Cơ quan báo chí|các cơ quan báo chí|Đoàn đại biểu Quốc hội)(?!\w)",
    re.IGNORECASE,
)
_OUR_WORDS = re.compile(
    r"(?<!\w)(?:phường|xã|đặc khu|thị trấn|tổ dân phố|thôn)(?!\w)(?! hội)", re.I
)

# Places below a province that a ward does not have under it: "các xã, phường, đặc khu", "cấp huyện".
_SMALL = r"(?:xã(?! hội)|phường|đặc khu|thị trấn)"
LOWER_LIST = re.compile(
    rf"(?<!\w)(?:(?:các|tất cả các|\d+)\s+)?{_SMALL}(?:\s*(?:,|và|/|hoặc)\s*{_SMALL})+(?!\w)", re.I
)
LOWER_PLURAL = re.compile(rf"(?<!\w)(?:các|tất cả các|\d+)\s+{_SMALL}(?!\w)", re.IGNORECASE)
LOWER_TIER = re.compile(r"(?<!\w)tuyến\s+(?:xã|huyện|cơ sở)(?!\w)", re.IGNORECASE)
DISTRICTS = re.compile(
    r"(?<!\w)(?:(?:các|UBND|Ủy ban nhân dân)\s+)?(?:cấp huyện|các huyện|các quận|quận,\s*huyện"
    r"(?:,\s*(?:thị xã|thành phố))*|huyện,\s*(?:thị xã|thành phố)(?:,\s*thành phố)?)(?!\w)",
    re.IGNORECASE,
)
SPECIAL_ZONE = re.compile(r"(?<!\w)đặc khu(?!\w)", re.IGNORECASE)
REACH_DOWN = (LOWER_LIST, LOWER_PLURAL, LOWER_TIER, DISTRICTS, SPECIAL_ZONE)
# Verbs by which an upper level acts on the levels under it: such a duty has no counterpart in a ward.
GUIDE_DOWN = re.compile(
    r"(?<!\w)(?:hướng dẫn|chỉ đạo|đôn đốc|kiểm tra|giám sát|tập huấn|phân bổ|giao|hỗ trợ|điều chuyển|"
    r"tổng hợp|thẩm định|phê duyệt|cấp phát|phân cấp|bồi dưỡng|quy định|phân công|xét duyệt)(?!\w)",
    re.IGNORECASE,
)
# Organisations outside the administration (Đoàn, Hội, Công đoàn, Mặt trận and their lists): at a ward's
# level they are coordinated with, never directed, and "Hội Nông dân cấp xã" is the ward's own Hội.
MASS_ORGANISATION = re.compile(
    r"(?:Đoàn Thanh niên|Đoàn TNCS|Hội [A-ZĐ]|Công đoàn|Liên đoàn Lao động|Mặt trận|MTTQ|Ban Công tác Mặt trận"
    r"|đoàn thể|tổ chức chính trị - xã hội|tổ chức thành viên)"
)
FOOTNOTE = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]|^\[\d{1,3}\]\s*")
MARKER = re.compile(r"^\s*(?:[-–—+•*]|[a-zđ]\)|\d+(?:\.\d+)*[.)]?)\s+")


def subject_of(text: str) -> tuple[int, int] | None:
    """Span of the body a line opens with ("Sở Y tế" in "Sở Y tế chủ trì ..."), or None.

    The subject runs from an organisation word to the first verb, ":" or ";". A short line without a verb
    is all subject (a heading "1. Sở Y tế")."""
    if not ORG_START.match(text):
        return None
    stop = len(text)
    for mark in (":", ";", "(", "."):
        at = text.find(mark)
        if mark == "." and at >= 0 and at + 1 < len(text) and not text[at + 1].isspace():
            at = text.find(". ")  # "TP.Hồ Chí Minh"
        if 0 < at < stop:
            stop = at
    for verb in _VERB.finditer(text, 0, stop):
        if verb.start() == 0 or _NAME_HEAD.search(text[: verb.start()]):
            continue
        stop = verb.start()
        break
    else:
        if stop == len(text) and len(text.split()) > _SUBJECT_MAX_WORDS:
            stop = _first_comma(text)
    end = len(text[:stop].rstrip(" ,-–"))
    if len(text[:end].split()) > _SUBJECT_MAX_WORDS:
        end = len(text[: _first_comma(text)].rstrip(" ,-–"))
        if len(text[:end].split()) > _LIST_HEAD_MAX_WORDS:
            return None
    return (0, end) if end else None


def _first_comma(text: str) -> int:
    """Where a long list of subjects ends its first name ("Ủy ban MTTQ tỉnh, Thủ trưởng các sở ...")."""
    at = text.find(",")
    return at if at > 0 else len(text)


def before_verb(text: str) -> str:
    """The words of `text` before its first verb (all of it when it has none)."""
    for verb in _VERB.finditer(text):
        if verb.start() and not _NAME_HEAD.search(text[: verb.start()]):
            return text[: verb.start()]
    return text


def opens_with_upper_body(text: str) -> bool:
    """The line opens with a body that exists only above a ward (any Sở, Bộ, Cục...), whatever follows."""
    return bool(_UPPER_ALWAYS.match(text))


def is_upper_actor(name: str) -> bool:
    """A body above a ward: any Sở, Bộ, Báo; or an organisation named with an upper territory."""
    if _UPPER_ALWAYS.match(name):
        return True
    if not ORG_START.match(name):
        return False
    return bool(_UPPER_SCOPE.search(name)) and not _OUR_WORDS.search(name)


def reaches_down(text: str) -> bool:
    """The text names places under a ward's parent that a ward does not have under it."""
    return any(p.search(text) for p in REACH_DOWN)


def strip_marker(text: str) -> tuple[str, str]:
    """("- ", "Sở Y tế chủ trì ...") from "- Sở Y tế chủ trì ..."."""
    match = MARKER.match(text)
    return (text[: match.end()], text[match.end() :]) if match else ("", text)


# A list of residential units by their local names (Thông tư 04/2012/TT-BNV: thôn, tổ dân phố, also
# làng, ấp, bản, buôn, phum, sóc, khóm, khu phố …): a ward's are its tổ dân phố.
_RESIDENTIAL = r"(?:tổ dân phố|khu phố|thôn|ấp|khóm|bản|buôn|làng|xóm|phum|sóc)"
RESIDENTIAL_LIST = re.compile(
    rf"(?<!\w)(?<!văn )(?<!sao )(?<!phiên )(?<!phó )(?<!thủ )(?<!tiêu )(?<!cơ )(?<!bản )"
    rf"{_RESIDENTIAL}(?:\s*(?:,|và|/)\s*{_RESIDENTIAL})+(?!\w)"
)
