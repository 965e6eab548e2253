"""Our level's words for the upper committee and its territory."""

from __future__ import annotations

from cascade_helpers import city_plan, hai_phong

from kehoach.cascade.territory import relevel


def test_the_committee_a_duty_reports_to_is_ours_and_a_citation_stays() -> None:
    line = (
        "Thực hiện theo văn bản của Ủy ban nhân dân thành phố, báo cáo Ủy ban nhân dân thành phố."
    )
    assert relevel(line, city_plan(), hai_phong(), "Phòng Văn hóa - Xã hội") == (
        "Thực hiện theo văn bản của Ủy ban nhân dân thành phố, báo cáo Ủy ban nhân dân phường."
    )


def test_a_report_through_an_upper_department_goes_through_our_lead_unit() -> None:
    line = "Báo cáo kết quả về Ủy ban nhân dân thành phố (qua Sở Nội vụ) trên địa bàn thành phố."
    assert relevel(line, city_plan(), hai_phong(), "Phòng Văn hóa - Xã hội") == (
        "Báo cáo kết quả về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội) trên địa bàn phường."
    )
