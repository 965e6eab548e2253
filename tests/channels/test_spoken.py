"""The spoken form: the issue's examples, the seeds' own sentences, and sentences of our own."""

from __future__ import annotations

import re

import pytest
from tests.conftest import SEEDS

from kehoach.channels.spoken import spoken
from kehoach.channels.vocabulary import is_syllable

LEFTOVER = re.compile(r"\d|[%&/()\[\]“”\"*;:+@~…]")
CAPS = re.compile(r"(?<!\w)[A-ZĐÀ-ỸÂĂÊÔƠƯ]{2,}(?!\w)")


def _sentences() -> list[str]:
    lines = []
    for path in SEEDS:
        lines += [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
    return lines


def test_the_issue_examples() -> None:
    assert spoken("13/5/1955") == "ngày mười ba tháng năm năm một nghìn chín trăm năm mươi lăm"
    assert spoken("UBND") == "Ủy ban nhân dân"
    assert spoken("70%") == "bảy mươi phần trăm"


def test_every_seed_line_reads_without_digits_symbols_or_raw_abbreviations() -> None:
    leftovers = []
    for line in _sentences():
        said = spoken(line)
        bad = LEFTOVER.findall(said) + [w for w in CAPS.findall(said) if not is_syllable(w)]
        if bad:
            leftovers.append((line, said, bad))
    assert leftovers == []


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Nhiệt liệt chào mừng 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/02/1930 - 3/02/2024)!",
            "Nhiệt liệt chào mừng chín mươi tư năm Ngày thành lập Đảng Cộng sản Việt Nam, từ ngày mùng "
            "ba tháng hai năm một nghìn chín trăm ba mươi đến ngày mùng ba tháng hai năm hai nghìn không "
            "trăm hai mươi tư!",
        ),
        (
            "Thực hiện Hướng dẫn số 27 -HD/QU ngày 03 tháng 01 năm 2024 của Quận ủy Lê Chân",
            "Thực hiện Hướng dẫn số hai mươi bảy ngày mùng ba tháng một năm hai nghìn không trăm hai "
            "mươi tư của Quận ủy Lê Chân",
        ),
        (
            "(Tức ngày 20 tháng 12 năm Quý Mão đến ngày 11/01 năm Giáp Thìn)",
            "Tức ngày hai mươi tháng chạp năm Quý Mão đến ngày mười một tháng giêng năm Giáp Thìn",
        ),
        (
            "Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ I (2025 - 2030)",
            "Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ nhất, hai nghìn không trăm hai mươi "
            "lăm đến hai nghìn không trăm ba mươi",
        ),
        (
            "Sở VH TT & DL thành phố; Ủy ban MTTQ Việt Nam và các tổ chức CT-XH quận",
            "Sở Văn hóa, Thể thao và Du lịch thành phố, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ "
            "chức chính trị, xã hội quận",
        ),
        ("trong quý I/2024", "trong quý một năm hai nghìn không trăm hai mươi tư"),
        ("trang mạng xã hội Zalo, facebook", "trang mạng xã hội da-lô, phây-búc"),
    ],
)
def test_seed_sentences(written: str, said: str) -> None:
    assert spoken(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Đúng 7h30 sáng 19/5, tại Nhà văn hóa TDP số 3 sẽ diễn ra lễ dâng hương.",
            "Đúng bảy giờ ba mươi phút sáng ngày mười chín tháng năm, tại Nhà văn hóa tổ dân phố số "
            "ba sẽ diễn ra lễ dâng hương.",
        ),
        (
            "Năm 2025, 98,5% hộ gia đình đạt danh hiệu Gia đình văn hóa; quỹ đạt 1.250.000 đồng.",
            "Năm hai nghìn không trăm hai mươi lăm, chín mươi tám phẩy năm phần trăm hộ gia đình đạt "
            "danh hiệu Gia đình văn hóa, quỹ đạt một triệu hai trăm năm mươi nghìn đồng.",
        ),
        (
            "Mọi ý kiến xin gọi 0225 3842 123 hoặc gửi qua Cổng thông tin điện tử phường.",
            "Mọi ý kiến xin gọi không hai hai năm ba tám bốn hai một hai ba hoặc gửi qua Cổng thông "
            "tin điện tử phường.",
        ),
        (
            "Giải bóng đá thiếu niên lần thứ 4 khai mạc ngày 1/6 tại sân THCS Lê Lợi.",
            "Giải bóng đá thiếu niên lần thứ tư khai mạc ngày mùng một tháng sáu tại sân trung học cơ "
            "sở Lê Lợi.",
        ),
        ("Khu tập thể rộng 2,5 ha, cách trung tâm 3 km.", None),
        ("Đội PCCC và HLV của CLB", "Đội phòng cháy chữa cháy và hát e-lờ vê của Câu lạc bộ"),
        ("Thế kỷ XXI; Chương II; theo Nghị định 49/2024/NĐ-CP", None),
    ],
)
def test_sentences_of_our_own(written: str, said: str | None) -> None:
    result = spoken(written)
    if said is not None:
        assert result == said
    assert not LEFTOVER.search(result), result


def test_line_breaks_are_kept_between_paragraphs() -> None:
    assert spoken("như sau:\n\nI. MỤC ĐÍCH") == "như sau\n\nmột. MỤC ĐÍCH"
