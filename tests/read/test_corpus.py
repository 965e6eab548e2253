"""The whole corpus in ../shared/corpus: every document parses, and the fields a user relies on are right.

Expected number/symbol, issuer and title line come from corpus/INDEX.tsv (written by whoever collected
the corpus, not by this parser); place, date, bases, units and signatures listed below were read off the
documents by hand. Generic checks make sure what we extract was really written in the document.
"""

from __future__ import annotations

import csv
import re

import pytest

from conftest import CORPUS, corpus_files, needs_shared
from kehoach.document.serialise import plan_to_dict
from kehoach.document.text import fold
from kehoach.read import load, parse, read_plan
from kehoach.read.sections import roman_value
from kehoach.read.units import is_assignment_heading

INDEX = CORPUS / "INDEX.tsv"
pytestmark = [pytest.mark.corpus, needs_shared(INDEX)]


def _rows() -> list[dict[str, str]]:
    if not INDEX.exists():
        return []
    with INDEX.open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


ROWS = _rows()
ALL_FILES = corpus_files("text") + corpus_files("docx")
_CACHE: dict[str, object] = {}


def _plan(name: str):
    if name not in _CACHE:
        _CACHE[name] = read_plan(CORPUS / "text" / name)
    return _CACHE[name]


def _norm(text: str) -> str:
    folded = fold(re.sub(r"\([^)]*\)", " ", text))
    folded = re.sub(r"\bubnd\b", "uy ban nhan dan", folded)
    return " ".join(re.sub(r"[^\w/ -]", " ", folded).split())


def _source_text(path) -> str:
    return _norm(" ".join(line.replace("*", "") for line in load(path).lines))


@pytest.mark.parametrize("path", ALL_FILES, ids=[p.name[:60] for p in ALL_FILES])
def test_every_corpus_document_parses_into_sections_and_a_signature(path):
    plan = read_plan(path)
    assert len(plan.sections) >= 3
    assert plan.signature is not None and plan.signature.name
    assert plan.year is not None


@pytest.mark.parametrize("row", ROWS, ids=[r["file"][:60] for r in ROWS])
def test_number_and_symbol_match_the_index(row):
    plan = _plan(row["file"])
    assert f"{plan.number or ''}/{plan.symbol}" == row["so_ky_hieu"]


@pytest.mark.parametrize("row", ROWS, ids=[r["file"][:60] for r in ROWS])
def test_title_matches_the_index(row):
    plan = _plan(row["file"])
    assert _norm(f"KẾ HOẠCH {plan.title}") == _norm(row["title_line"])


@pytest.mark.parametrize("row", ROWS, ids=[r["file"][:60] for r in ROWS])
def test_issuer_matches_the_index(row):
    plan = _plan(row["file"])
    ours = _norm(" ".join(part for part in (plan.parent_issuer, plan.issuer) if part))
    expected = _norm(row["issuer"].split("(")[0])
    assert expected in ours


# Documents whose own numbering does not start at "I." (checked by hand).
FIRST_SECTION = {
    "Trangsct_skill-sct__07__KH-1105-DKT-ke-hoach-kiem-tra.txt": "1",  # "1. Mục tiêu", no Roman parts
    "tnt305_tai_lieu_noi_bo__0130-KH-UBND__a49ef8a0da1f62dd.txt": "II",  # starts at "II. MỤC ĐÍCH, YÊU CẦU"
}


@pytest.mark.parametrize("row", ROWS, ids=[r["file"][:60] for r in ROWS])
def test_top_sections_are_roman_numerals_from_one(row):
    plan = _plan(row["file"])
    assert plan.sections[0].number == FIRST_SECTION.get(row["file"], "I")
    if row["file"] not in FIRST_SECTION:
        assert all(roman_value(section.number) for section in plan.sections)


@pytest.mark.parametrize("row", ROWS, ids=[r["file"][:60] for r in ROWS])
def test_implementation_section_and_recipients_flagged_in_the_index_are_found(row):
    # The index's MĐ/YC/NĐ flags say the words occur somewhere, not that a section is titled so.
    flags = row["sections_MD_YC_ND_TCTH_NN"]
    implementation, recipients = flags[3] == "Y", flags[4] == "Y"
    plan = _plan(row["file"])
    if implementation:
        assert any(is_assignment_heading(section.title) for section in plan.all_sections())
    if recipients:
        assert plan.recipients and plan.archive


@pytest.mark.parametrize("row", ROWS, ids=[r["file"][:60] for r in ROWS])
def test_bases_units_and_recipients_are_written_in_the_document(row):
    plan = _plan(row["file"])
    text = _source_text(CORPUS / "text" / row["file"])
    for base in plan.bases:
        assert _norm(base.text) in text
    for assignment in plan.assignments:
        assert _norm(assignment.unit) in text
    for recipient in plan.recipients:
        assert _norm(recipient) in text


# Read off the documents by hand.
PLACE_DATE = {
    "tnt305_tai_lieu_noi_bo__0124-KH-UBND__556b2fb4a0149576.txt": ("Đắk Lắk", "2025-11-18"),
    "tnt305_tai_lieu_noi_bo__2853-QD-UBND__437c3beb60ae2874.txt": (
        "Thành phố Hồ Chí Minh",
        "2025-11-21",
    ),
    "tnt305_tai_lieu_noi_bo__980-KH-UBND__c5d930a5fc8373cd.txt": ("Nghệ An", "2025-11-18"),
    "Trangsct_skill-sct__07__KH-1105-DKT-ke-hoach-kiem-tra.txt": ("Lào Cai", "2026-03-10"),
    "LaHieu11_baucu-luongminh__01__18-11-KH-thuc-hien-cong-tac-bau-cu-Luong-Minh.txt": (
        "Lương Minh",
        "2025-11-18",
    ),
    "LaHieu11_baucu-luongminh__07__Ke-hoach-to-chuc-HN-hiep-thuong-lan-thu-hai.txt": (
        "Lương Minh",
        None,
    ),
    "Trangsct_skill-sct__01__KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.txt": (
        "Lào Cai",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(PLACE_DATE))
def test_place_and_date_as_read_by_hand(name):
    plan = _plan(name)
    place, day = PLACE_DATE[name]
    assert plan.place == place
    assert (plan.date.isoformat() if plan.date else None) == day


def test_every_document_has_a_place():
    assert all(_plan(row["file"]).place for row in ROWS)


BASES = {
    "tnt305_tai_lieu_noi_bo__980-KH-UBND__c5d930a5fc8373cd.txt": [
        ("Quyết định", "1899", "QĐ-TTg", "2025-09-04", "Thủ tướng Chính phủ"),
        ("Nghị định", "200", "2025/NĐ-CP", "2025-07-09", "Chính phủ"),
    ],
    "tnt305_tai_lieu_noi_bo__0124-KH-UBND__556b2fb4a0149576.txt": [
        ("Quyết định", "2437", "QĐ-TTg", "2025-11-04", "Thủ tướng Chính phủ"),
    ],
    "Trangsct_skill-sct__07__KH-1105-DKT-ke-hoach-kiem-tra.txt": [
        ("Quyết định", "1050", "QĐ-SCT", "2026-03-06", "Giám đốc Sở Công Thương tỉnh Lào Cai"),
    ],
}


@pytest.mark.parametrize("name", sorted(BASES))
def test_bases_as_read_by_hand(name):
    bases = [
        (b.kind, b.number, b.symbol, b.date.isoformat() if b.date else None, b.issuer)
        for b in _plan(name).bases
    ]
    assert bases == BASES[name]


def test_plan_attached_to_a_decision_takes_the_decisions_bases_and_the_plans_sections():
    plan = _plan("tnt305_tai_lieu_noi_bo__2853-QD-UBND__437c3beb60ae2874.txt")
    assert plan.doc_type == "QĐ"
    assert plan.title.startswith("TRIỂN KHAI THỰC HIỆN ĐỀ ÁN")
    assert [s.number for s in plan.sections] == ["I", "II", "III", "IV", "V"]
    assert plan.sections[0].title == "MỤC TIÊU"
    assert ("42", "CT/TW") in [(b.number, b.symbol) for b in plan.bases]
    assert plan.signature.name == "Bùi Minh Thạnh"
    assert plan.recipients[0] == "Như Điều 3"


def test_website_boilerplate_before_the_header_is_skipped():
    plan = _plan("tnt305_tai_lieu_noi_bo__980-KH-UBND__c5d930a5fc8373cd.txt")
    assert plan.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert plan.parent_issuer is None


def test_header_columns_side_by_side_are_told_apart():
    plan = _plan("Trangsct_skill-sct__07__KH-1105-DKT-ke-hoach-kiem-tra.txt")
    assert plan.parent_issuer == "Sở Công Thương"
    assert plan.issuer.startswith("Đoàn Kiểm tra")
    assert (plan.signature.authority, plan.signature.body, plan.signature.name) == (
        "TM.",
        "ĐOÀN KIỂM TRA",
        "Hoàng Văn Thuân",
    )


UNITS = {
    "tnt305_tai_lieu_noi_bo__0130-KH-UBND__a49ef8a0da1f62dd.txt": [
        "Sở Y tế",
        "Sở Nông nghiệp và Môi trường",
        "Sở Tài chính",
    ],
    "tnt305_tai_lieu_noi_bo__980-KH-UBND__c5d930a5fc8373cd.txt": [
        "Các sở, ban, ngành",
        "Bộ CHQS tỉnh",
    ],
    "Trangsct_skill-sct__03__KH-3024-27-5-2026-Ky-rieng-Sin-Quyen.txt": [
        "Phòng Quản lý Công nghiệp"
    ],
    "LaHieu11_baucu-luongminh__07__Ke-hoach-to-chuc-HN-hiep-thuong-lan-thu-hai.txt": [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    ],
}


@pytest.mark.parametrize("name", sorted(UNITS))
def test_first_assignment_units_as_read_by_hand(name):
    units = [a.unit for a in _plan(name).assignments]
    assert units[: len(UNITS[name])] == UNITS[name]


def test_task_with_a_lead_unit_line_becomes_an_assignment_with_role_and_deadline():
    plan = _plan("LaHieu11_baucu-luongminh__01__18-11-KH-thuc-hien-cong-tac-bau-cu-Luong-Minh.txt")
    task = next(a for a in plan.assignments if a.text.startswith("1.1.") and a.role == "lead")
    assert task.unit.startswith("Đồng chí Phó chủ tịch Thường trực")
    assert task.deadline.isoformat() == "2025-11-30"


def test_docx_paragraph_numbers_from_word_numbering_are_read():
    source = load(CORPUS / "docx" / "KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx")
    assert (
        "1. Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:"
        in source.lines
    )


def _pairs():
    pairs = []
    texts = {p.stem: p for p in corpus_files("text")}
    for docx in corpus_files("docx"):
        short = docx.stem.replace("_", "-").replace(".", "-")
        match = texts.get(docx.stem) or next(
            (t for s, t in texts.items() if s.endswith("__" + short)), None
        )
        if match:
            pairs.append((docx, match))
    return pairs


PAIRS = _pairs()


def test_the_corpus_has_docx_and_text_pairs():
    assert len(PAIRS) == len(corpus_files("docx")) == 10


@pytest.mark.parametrize("pair", PAIRS, ids=[p[0].stem[:50] for p in PAIRS])
def test_docx_and_text_of_the_same_document_give_the_same_plan(pair):
    docx, text = pair
    from_docx, from_text = plan_to_dict(parse(load(docx))), plan_to_dict(parse(load(text)))
    # An appendix's tables are tables in the .docx and lines in its text export: the appendices
    # agree in their labels and titles; everything else is the same.
    appendices = [from_docx.pop("appendices", []), from_text.pop("appendices", [])]
    assert from_docx == from_text
    assert [[(a["number"], a["title"]) for a in side] for side in appendices] == [
        [(a["number"], a["title"]) for a in appendices[1]]
    ] * 2
