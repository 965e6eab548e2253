"""The award decision: drafted as a QĐ, rendered by the writer, the list appended as a table."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from kehoach.emulation.decision import (
    Awardee,
    DecisionDraft,
    appendix_tables,
    draft_decision,
    render_decision,
)
from kehoach.emulation.model import COLLECTIVE, Nominee
from kehoach.sign import blanks
from kehoach.sign.office import IssueStamp, issue, sign_as_leader
from kehoach.sign.pades import open_writer
from kehoach.sign.verify import verify_pdf
from kehoach.write.pdf import docx_to_pdf

MOVEMENT = "phong trào thi đua “Phường An Biên xanh - sạch - đẹp” năm 2026"


def make_draft(**kw) -> DecisionDraft:
    awardees = [
        Awardee(Nominee("Tổ dân phố số 4", kind=COLLECTIVE, unit="Phường An Biên"), "giay_khen"),
        Awardee(Nominee("Vũ Thị Mai", position="Tổ trưởng Tổ dân phố số 4"), "giay_khen"),
        Awardee(Nominee("hoàng văn bảo", position="Công chức Văn phòng"), "giay_khen"),
        Awardee(Nominee("Lê Thị Bình", position="Giáo viên"), "chien_si_thi_dua_co_so"),
    ]
    values = dict(
        issuer="Ủy ban nhân dân phường An Biên",
        place="An Biên",
        movement=MOVEMENT,
        awardees=awardees,
        year=2026,
        number="07",
        issued_on=date(2026, 12, 4),
        council_date=date(2026, 12, 1),
        signer="Đặng Quốc Huy",
    )
    values.update(kw)
    return DecisionDraft(**values)


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    document = docx.Document(io.BytesIO(render_decision(make_draft())))
    return [p.text for p in document.paragraphs]


def test_article_one_counts_each_form_and_title() -> None:
    plan = draft_decision(make_draft())
    first = plan.sections[0].title
    assert (
        "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường An Biên cho 01 tập thể và 02 cá nhân"
        in first
    )
    assert "Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026 cho 01 cá nhân" in first


def test_bases_cite_the_law_the_decree_and_the_council(paragraphs) -> None:
    assert "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;" in paragraphs
    assert any(p.startswith("Căn cứ Nghị định số 98/2023/NĐ-CP") for p in paragraphs)
    assert (
        "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng phường An Biên ngày 01 tháng 12 năm 2026;"
        in paragraphs
    )


def test_a_decision_from_july_2025_also_cites_decree_152_and_pays_by_it(paragraphs) -> None:
    assert any(
        p.startswith("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025")
        for p in paragraphs
    )
    assert any("tiền thưởng theo quy định của Nghị định số 152/2025/NĐ-CP" in p for p in paragraphs)


def test_a_decision_before_july_2025_cites_decree_98_only() -> None:
    plan = draft_decision(make_draft(issued_on=date(2025, 3, 15), year=2024))
    assert not any("152/2025" in line for line in plan.preamble)
    assert "theo quy định của Nghị định số 98/2023/NĐ-CP" in plan.sections[1].title


def test_authority_and_decides_lines_come_in_order(paragraphs) -> None:
    authority = paragraphs.index("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN")
    decides = paragraphs.index("QUYẾT ĐỊNH:")
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("Điều 1. "))
    assert authority < decides < first


def test_appendix_lists_names_family_first_sorted_by_given_name() -> None:
    groups = appendix_tables(make_draft())
    assert [heading for heading, _ in groups] == ["I. TẬP THỂ", "II. CÁ NHÂN"]
    people = groups[1][1].rows[1:]
    assert [row[1] for row in people] == ["Hoàng Văn Bảo", "Lê Thị Bình", "Vũ Thị Mai"]


def test_appendix_is_in_the_rendered_file_with_its_caption(paragraphs) -> None:
    assert "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG" in paragraphs
    assert (
        "(Kèm theo Quyết định số 07/QĐ-UBND ngày 04/12/2026 của Chủ tịch Ủy ban nhân dân phường An Biên)"
        in paragraphs
    )


def test_unnumbered_draft_leaves_the_number_blank() -> None:
    plan = draft_decision(make_draft(number=None, issued_on=None))
    assert plan.number is None and plan.date is None and plan.year == 2026


def test_a_deputy_signs_for_the_chair() -> None:
    plan = draft_decision(make_draft(signer_title="PHÓ CHỦ TỊCH"))
    assert (plan.signature.capacity, plan.signature.head) == ("KT.", "CHỦ TỊCH")


@pytest.mark.slow
def test_a_decision_left_unnumbered_signs_in_the_offices_order(
    leader, organisation, signature_image, seal_image, trust
) -> None:
    """Rendered without number and date, the decision has the blanks and the gap between the title
    and the signer's name that kehoach.sign.office needs: the leader signs, the Văn thư numbers and
    seals, and both signatures hold (tests' PKI)."""
    pdf = docx_to_pdf(render_decision(make_draft(number=None, issued_on=None)))
    signed = sign_as_leader(pdf, leader, signature_image, trust, signer_name="Đặng Quốc Huy")
    issued = issue(signed, IssueStamp("7", date(2025, 1, 6)), organisation, seal_image, trust)
    fields = blanks.field_names(open_writer(issued))
    assert str(fields[blanks.NUMBER_FIELD]["/V"]) == "Số: 07/QĐ-UBND"
    assert str(fields[blanks.DATE_FIELD]["/V"]) == "An Biên, ngày 06 tháng 01 năm 2025"
    report = verify_pdf(issued, "quyet-dinh.pdf", trust)
    assert report.ok and [s.kind for s in report.signatures] == ["person", "organisation"]
