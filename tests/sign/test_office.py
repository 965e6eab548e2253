"""The office's order on our example plan: the leader signs, the Văn thư numbers, dates and seals."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach.errors import InputError
from kehoach.sign import blanks
from kehoach.sign.office import IssueStamp, issue, leader_placement, sign_as_leader
from kehoach.sign.pades import open_writer
from kehoach.sign.placement import signature_gap
from kehoach.sign.verify import verify_pdf


def test_leader_image_sits_between_title_and_name(plan_pdf, leader_signed_pdf):
    gap = signature_gap(plan_pdf, "Trần Văn Minh")
    placed = leader_placement(leader_signed_pdf)
    x0, y0, x1, y1 = placed.box
    assert placed.page == gap.page == 2  # the plan's third page carries the signature block
    assert gap.bottom < y0 and y1 < gap.top
    assert abs((x0 + x1) / 2 - gap.centre) < 1
    assert abs((y0 + y1) / 2 - (gap.top + gap.bottom) / 2) < 1


def test_leader_signature_verifies_and_asks_for_the_organisation(leader_signed_pdf, trust):
    report = verify_pdf(leader_signed_pdf, "da-ky.pdf", trust)
    (signature,) = report.signatures
    assert (signature.signer, signature.kind) == ("Trần Văn Minh", "person")
    assert signature.intact and signature.covers_whole_file and signature.trusted
    assert "Văn bản chưa có chữ ký số của cơ quan, tổ chức ban hành." in signature.problems


def test_issue_fills_number_and_date_and_both_signatures_hold(issued_pdf, trust):
    fields = blanks.field_names(open_writer(issued_pdf))
    assert str(fields[blanks.NUMBER_FIELD]["/V"]) == "Số: 05/KH-UBND"
    assert str(fields[blanks.DATE_FIELD]["/V"]) == "An Biên, ngày 06 tháng 01 năm 2025"
    report = verify_pdf(issued_pdf, "ban-hanh.pdf", trust)
    assert [s.kind for s in report.signatures] == ["person", "organisation"]
    assert report.ok
    assert all(s.problems == [] for s in report.signatures)
    assert all(s.signed_at and s.signed_at.endswith("+07:00") for s in report.signatures)


def test_seal_covers_the_left_third_of_the_signature(issued_pdf, seal_image):
    writer = open_writer(issued_pdf)
    rects = {}
    for ref in writer.find_page_for_modification(2)[0].get_object()["/Annots"]:
        widget = ref.get_object()
        rects[str(widget.get("/T"))] = [float(v) for v in widget["/Rect"]]
    sx0, sy0, sx1, sy1 = rects["ChuKyNguoiKy"]
    dx0, dy0, dx1, dy1 = rects["ChuKyCoQuan"]
    assert dx1 == pytest.approx(sx0 + (sx1 - sx0) / 3, abs=0.5)
    assert dx1 - dx0 == pytest.approx(36 / 25.4 * 72, abs=0.5)  # 425 px at 300 dpi: real size
    assert dy0 < sy0 and dy1 > sy1  # centred on the signature, larger than it


def test_issue_refuses_a_document_the_leader_has_not_signed(
    plan_pdf, organisation, seal_image, trust
):
    with pytest.raises(InputError, match="chưa có chữ ký số của người có thẩm quyền"):
        issue(plan_pdf, IssueStamp("5", date(2025, 1, 6)), organisation, seal_image, trust)


def test_issue_refuses_to_number_twice(issued_pdf, organisation, seal_image, trust):
    with pytest.raises(InputError):
        issue(issued_pdf, IssueStamp("6", date(2025, 1, 7)), organisation, seal_image, trust)


def test_issue_in_the_next_year_writes_that_year(
    leader_signed_pdf, organisation, seal_image, trust
):
    """A plan drafted "năm 2025" and issued in January 2026 carries the year it was issued."""
    issued = issue(
        leader_signed_pdf, IssueStamp("1", date(2026, 1, 2)), organisation, seal_image, trust
    )
    fields = blanks.field_names(open_writer(issued))
    assert str(fields[blanks.DATE_FIELD]["/V"]) == "An Biên, ngày 02 tháng 01 năm 2026"


def test_issue_refuses_a_date_in_the_future(leader_signed_pdf, organisation, seal_image, trust):
    with pytest.raises(InputError, match="ở tương lai"):
        issue(leader_signed_pdf, IssueStamp("5", date(2099, 1, 6)), organisation, seal_image, trust)


def test_leader_refuses_an_already_signed_document(
    leader_signed_pdf, leader, signature_image, trust
):
    with pytest.raises(InputError, match="đã có chữ ký số"):
        sign_as_leader(leader_signed_pdf, leader, signature_image, trust)


def test_images_must_match_their_role(plan_pdf, leader, seal_image, trust):
    with pytest.raises(InputError, match="ảnh chữ ký"):
        sign_as_leader(plan_pdf, leader, seal_image, trust)


def test_filled_values_are_read_back_for_the_recipient(issued_pdf, plan_pdf):
    assert blanks.filled_values(issued_pdf) == [
        "Số: 05/KH-UBND",
        "An Biên, ngày 06 tháng 01 năm 2025",
    ]
    assert blanks.filled_values(plan_pdf) == []
