"""The upper body a duty of our level reports to, and the body it goes through."""

from __future__ import annotations

from kehoach.cascade.upward import is_bare_report, report_up_target, sends_results, via_of


def test_a_report_to_an_upper_body_names_it_whole() -> None:
    duty = "Báo cáo kết quả về Sở Lao động, Thương binh và Xã hội trước ngày 20/11/2026."
    assert report_up_target(duty) == "Sở Lao động, Thương binh và Xã hội"


def test_a_report_to_our_own_committee_is_not_upward() -> None:
    assert (
        report_up_target("Báo cáo kết quả về Ủy ban nhân dân phường trước ngày 20/11/2026.") is None
    )


def test_the_body_a_report_goes_through() -> None:
    assert via_of("Báo cáo Ủy ban nhân dân tỉnh (qua Sở Y tế) trước ngày 10/12.") == "Sở Y tế"


def test_a_report_or_a_document_sent_up_is_a_report_round() -> None:
    assert sends_results("Báo cáo kết quả về Công an tỉnh trước ngày 05/12/2026.")
    assert sends_results("Xây dựng kế hoạch gửi về Ủy ban nhân dân quận trong tháng 7 năm 2024.")


def test_a_date_to_act_by_is_not_a_report_round() -> None:
    assert not sends_results("Xây dựng kế hoạch triển khai trên địa bàn trước ngày 30/5/2026.")


def test_a_report_of_results_without_addressee_goes_to_the_issuer() -> None:
    assert is_bare_report("Báo cáo kết quả thực hiện Kế hoạch, hoàn thành trước ngày 15/11/2026.")
    assert is_bare_report("Báo cáo sơ kết 6 tháng")


def test_a_report_to_someone_or_a_reporting_regime_is_not_bare() -> None:
    assert not is_bare_report("Báo cáo kết quả về Ủy ban nhân dân phường trước ngày 06/11/2026.")
    assert not is_bare_report("Xây dựng chế độ báo cáo kết quả")
