"""Every rule of rules.yaml, one by one: a nomination that keeps it passes, one that breaks it is
refused with the rule's article in its message (or, for a setting no current text was found for,
warned about until the office adopts it). A rule added to the table without a case here fails."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from kehoach.emulation.checks import check_nominations, refused
from kehoach.emulation.model import (
    COLLECTIVE,
    AwardHistory,
    AwardRecord,
    Nomination,
    Nominee,
)
from kehoach.emulation.rules import SETTING, RuleBook, load_rules
from kehoach.errors import InputError

YEAR = 2025
UNIT = "Trường Tiểu học Lê Lợi"


def person(name: str, **kw: object) -> Nominee:
    values: dict[str, object] = {
        "unit": UNIT,
        "rating": "hoan_thanh_xuat_sac",
        "initiative": "Sáng kiến số hóa sổ theo dõi học sinh",
        "achievements": ["Hoàn thành xuất sắc nhiệm vụ năm học"],
    }
    values.update(kw)
    return Nominee(name=name, **values)  # type: ignore[arg-type]


def group(name: str, **kw: object) -> Nominee:
    values: dict[str, object] = {
        "kind": COLLECTIVE,
        "unit": UNIT,
        "members": 20,
        "members_ldtt": 16,
        "members_cstd": 2,
        "achievements": ["Dẫn đầu phong trào thi đua"],
    }
    values.update(kw)
    return Nominee(name=name, **values)  # type: ignore[arg-type]


def staff_ldtt(count: int) -> list[Nomination]:
    return [
        Nomination(person(f"Trần Văn Người{i}"), "lao_dong_tien_tien", YEAR) for i in range(count)
    ]


def history_cstd(name: str, years: list[int]) -> AwardHistory:
    return AwardHistory([AwardRecord(name, "chien_si_thi_dua_co_so", y, unit=UNIT) for y in years])


Scenario = tuple[list[Nomination], AwardHistory, str]


def good_cstdcs() -> Scenario:
    lan = person("Nguyễn Thị Lan")
    return (
        [
            *staff_ldtt(6),
            Nomination(lan, "lao_dong_tien_tien", YEAR),
            Nomination(lan, "chien_si_thi_dua_co_so", YEAR),
        ],
        AwardHistory(),
        "xa",
    )


def with_target(scenario: Scenario, change: Callable[[Nomination], None]) -> Scenario:
    noms, history, level = copy.deepcopy(scenario)
    change(noms[-1])
    return noms, history, level


def no_initiative_rated_good(nomination: Nomination) -> None:
    nomination.nominee.initiative = ""
    nomination.nominee.rating = "hoan_thanh_tot"


# rule id -> (a scenario whose last nomination keeps the rule, one whose last nomination breaks it)
CASES: dict[str, tuple[Callable[[], Scenario], Callable[[], Scenario]]] = {
    "authority": (
        lambda: ([Nomination(person("Lê Văn Hùng"), "giay_khen", YEAR)], AwardHistory(), "xa"),
        lambda: ([Nomination(person("Lê Văn Hùng"), "bang_khen_tinh", YEAR)], AwardHistory(), "xa"),
    ),
    "subject": (
        lambda: (
            [Nomination(group("Tổ Văn phòng"), "tap_the_lao_dong_tien_tien", YEAR)],
            AwardHistory(),
            "xa",
        ),
        lambda: (
            [Nomination(person("Lê Văn Hùng"), "tap_the_lao_dong_tien_tien", YEAR)],
            AwardHistory(),
            "xa",
        ),
    ),
    "ldtt-rating": (
        lambda: (
            [
                Nomination(
                    person("Phạm Thu Hà", rating="hoan_thanh_tot"), "lao_dong_tien_tien", YEAR
                )
            ],
            AwardHistory(),
            "xa",
        ),
        lambda: (
            [Nomination(person("Phạm Thu Hà", rating="hoan_thanh"), "lao_dong_tien_tien", YEAR)],
            AwardHistory(),
            "xa",
        ),
    ),
    "cstdcs-ldtt": (
        good_cstdcs,
        lambda: (
            [*staff_ldtt(7), Nomination(person("Nguyễn Thị Lan"), "chien_si_thi_dua_co_so", YEAR)],
            AwardHistory(),
            "xa",
        ),
    ),
    "cstdcs-initiative": (
        good_cstdcs,
        lambda: with_target(good_cstdcs(), no_initiative_rated_good),
    ),
    "cstdcs-ratio": (
        good_cstdcs,  # 1 of 7 holders = 14 %
        lambda: (
            # 2 of 7 holders = 29 % > 15 %: the second is refused
            [
                *good_cstdcs()[0],
                Nomination(person("Trần Văn Người0"), "chien_si_thi_dua_co_so", YEAR),
            ],
            AwardHistory(),
            "xa",
        ),
    ),
    "cstd-tinh-consecutive": (
        lambda: (
            [Nomination(person("Đỗ Minh Tuấn"), "chien_si_thi_dua_tinh", YEAR)],
            history_cstd("Đỗ Minh Tuấn", [2023, 2024, 2025]),
            "tinh",
        ),
        lambda: (
            [Nomination(person("Đỗ Minh Tuấn"), "chien_si_thi_dua_tinh", YEAR)],
            history_cstd("Đỗ Minh Tuấn", [2022, 2024, 2025]),  # 2023 missing: the run is 2
            "tinh",
        ),
    ),
    "cstd-tinh-initiative": (
        lambda: (
            [Nomination(person("Đỗ Minh Tuấn"), "chien_si_thi_dua_tinh", YEAR)],
            history_cstd("Đỗ Minh Tuấn", [2023, 2024, 2025]),
            "tinh",
        ),
        lambda: (
            [Nomination(person("Đỗ Minh Tuấn", initiative=""), "chien_si_thi_dua_tinh", YEAR)],
            history_cstd("Đỗ Minh Tuấn", [2023, 2024, 2025]),
            "tinh",
        ),
    ),
    "ttldtt-members": (
        lambda: (
            [
                Nomination(
                    group("Tổ Văn phòng", members=10, members_ldtt=6),
                    "tap_the_lao_dong_tien_tien",
                    YEAR,
                )
            ],
            AwardHistory(),
            "xa",
        ),
        lambda: (
            [
                Nomination(
                    group("Tổ Văn phòng", members=10, members_ldtt=5),
                    "tap_the_lao_dong_tien_tien",
                    YEAR,
                )
            ],
            AwardHistory(),
            "xa",
        ),
    ),
    "ttldxs-members": (
        lambda: (
            [
                Nomination(
                    group("Trường Mầm non Hoa Sen", members=10, members_ldtt=7),
                    "tap_the_lao_dong_xuat_sac",
                    YEAR,
                )
            ],
            AwardHistory(),
            "tinh",
        ),
        lambda: (
            [
                Nomination(
                    group("Trường Mầm non Hoa Sen", members=10, members_ldtt=6),
                    "tap_the_lao_dong_xuat_sac",
                    YEAR,
                )
            ],
            AwardHistory(),
            "tinh",
        ),
    ),
    "ttldxs-cstd": (
        lambda: (
            [Nomination(group("Trường Mầm non Hoa Sen"), "tap_the_lao_dong_xuat_sac", YEAR)],
            AwardHistory(),
            "tinh",
        ),
        lambda: (
            [
                Nomination(
                    group("Trường Mầm non Hoa Sen", members_cstd=0),
                    "tap_the_lao_dong_xuat_sac",
                    YEAR,
                )
            ],
            AwardHistory(),
            "tinh",
        ),
    ),
    "collective-discipline": (
        lambda: (
            [Nomination(group("Tổ Văn phòng"), "tap_the_lao_dong_tien_tien", YEAR)],
            AwardHistory(),
            "xa",
        ),
        lambda: (
            [
                Nomination(
                    group("Tổ Văn phòng", members_disciplined=1), "tap_the_lao_dong_tien_tien", YEAR
                )
            ],
            AwardHistory(),
            "xa",
        ),
    ),
    "achievement": (
        lambda: ([Nomination(person("Vũ Thị Mai"), "giay_khen", YEAR)], AwardHistory(), "xa"),
        lambda: (
            [Nomination(person("Vũ Thị Mai", achievements=[]), "giay_khen", YEAR)],
            AwardHistory(),
            "xa",
        ),
    ),
    "one-achievement": (
        lambda: ([Nomination(person("Vũ Thị Mai"), "giay_khen", YEAR)], AwardHistory(), "xa"),
        lambda: (
            [
                Nomination(person("Vũ Thị Mai"), "giay_khen", YEAR),
                Nomination(person("Vũ Thị Mai"), "giay_khen", YEAR),
            ],
            AwardHistory(),
            "xa",
        ),
    ),
}

RULES = load_rules().rules


def test_every_rule_of_the_table_has_a_case() -> None:
    assert {rule.id for rule in RULES} == set(CASES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_kept_passes(rule) -> None:
    noms, history, level = CASES[rule.id][0]()
    findings = check_nominations(noms, history, level)
    assert [f for f in findings if f.rule == rule.id] == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_broken_refuses_the_nomination_with_its_article(rule) -> None:
    noms, history, level = CASES[rule.id][1]()
    findings = [f for f in check_nominations(noms, history, level) if f.rule == rule.id]
    assert findings, f"{rule.id} did not fire"
    assert findings[-1].index == len(noms) - 1
    assert findings[-1].article in findings[-1].message
    if rule.status == SETTING:  # no current text: a warning that says so, the nomination goes on
        assert findings[-1].warning and findings[-1].text().startswith("Cảnh báo: ")
        assert "chưa xác minh" in findings[-1].text()
        assert len(noms) - 1 not in refused(findings)
    else:
        assert "Điều" in findings[-1].article and not findings[-1].warning
        assert len(noms) - 1 in refused(findings)


def test_ratio_keeps_the_units_first_choices_and_refuses_the_rest() -> None:
    noms, history, level = CASES["cstdcs-ratio"][1]()
    findings = [f for f in check_nominations(noms, history, level) if f.rule == "cstdcs-ratio"]
    assert [f.name for f in findings] == ["Trần Văn Người0"]
    assert "vượt 15%" in findings[0].message and "tối đa 1" in findings[0].message


def test_ratio_is_counted_per_unit() -> None:
    other = [
        Nomination(person(f"Hoàng Văn {i}", unit="Trạm Y tế"), "lao_dong_tien_tien", YEAR)
        for i in range(7)
    ]
    noms = [
        *good_cstdcs()[0],
        *other,
        Nomination(person("Hoàng Văn 0", unit="Trạm Y tế"), "chien_si_thi_dua_co_so", YEAR),
    ]
    assert not [
        f for f in check_nominations(noms, AwardHistory(), "xa") if f.rule == "cstdcs-ratio"
    ]


def test_consecutive_years_read_the_history_and_this_years_batch() -> None:
    history = history_cstd("Đỗ Minh Tuấn", [2023, 2024])
    noms = [
        Nomination(person("Đỗ Minh Tuấn"), "chien_si_thi_dua_co_so", YEAR),
        Nomination(person("Đỗ Minh Tuấn"), "chien_si_thi_dua_tinh", YEAR),
    ]
    findings = check_nominations(noms, history, "tinh")
    assert not [f for f in findings if f.rule == "cstd-tinh-consecutive"]


def test_consecutive_message_lists_the_years_found() -> None:
    noms, history, level = CASES["cstd-tinh-consecutive"][1]()
    (finding,) = [
        f for f in check_nominations(noms, history, level) if f.rule == "cstd-tinh-consecutive"
    ]
    assert "2 lần liên tục" in finding.message and "2024, 2025" in finding.message


def test_messages_are_vietnamese_without_rule_ids() -> None:
    for rule in RULES:
        noms, history, level = CASES[rule.id][1]()
        for finding in check_nominations(noms, history, level):
            assert finding.rule not in finding.message
            assert "{" not in finding.message


def test_refused_lists_the_broken_nominations() -> None:
    noms, history, level = CASES["ldtt-rating"][1]()
    assert refused(check_nominations(noms, history, level)) == {0}


def test_cstdcs_accepts_excellent_rating_in_place_of_an_initiative() -> None:
    """Luật 2022, Điều 23: hoàn thành xuất sắc nhiệm vụ or a recognised initiative."""
    noms, history, level = with_target(
        good_cstdcs(), lambda n: setattr(n.nominee, "initiative", "")
    )
    assert noms[-1].nominee.rating == "hoan_thanh_xuat_sac"
    findings = check_nominations(noms, history, level)
    assert not [f for f in findings if f.rule == "cstdcs-initiative"]


def test_discipline_rule_does_not_apply_to_tap_the_lao_dong_xuat_sac() -> None:
    """Điều 27 (Tập thể lao động xuất sắc) has no discipline criterion; Điều 28 has."""
    nom = Nomination(
        group("Trường Mầm non Hoa Sen", members_disciplined=1), "tap_the_lao_dong_xuat_sac", YEAR
    )
    findings = check_nominations([nom], AwardHistory(), "tinh")
    assert not [f for f in findings if f.rule == "collective-discipline"]


def test_verified_articles_are_not_flagged_and_unverified_ones_are() -> None:
    ldtt = CASES["ldtt-rating"][1]()
    (finding,) = check_nominations(*ldtt)
    assert finding.verify is False and "chưa xác minh" not in finding.text()
    consecutive = CASES["cstd-tinh-consecutive"][1]()
    (run,) = [f for f in check_nominations(*consecutive) if f.rule == "cstd-tinh-consecutive"]
    assert run.text().endswith("[số điều chưa xác minh với văn bản gốc]") and not run.warning
    ratio = CASES["cstdcs-ratio"][1]()
    (ratio_finding,) = [f for f in check_nominations(*ratio) if f.rule == "cstdcs-ratio"]
    assert ratio_finding.warning and "Nghị định số 91/2017/NĐ-CP" in ratio_finding.message
    assert ratio_finding.text().endswith(
        "[mức do đơn vị thiết lập, chưa xác minh với văn bản pháp luật hiện hành]"
    )


def test_a_ward_nominating_a_city_award_is_refused_under_article_80() -> None:
    """Khoản 3 Điều 80 (read in the Công báo) lists what the Chủ tịch cấp xã gives; khoản 2 (the
    district's, done by the commune since 01/7/2025) does not list city awards either."""
    noms, history, level = CASES["authority"][1]()
    (finding,) = [f for f in check_nominations(noms, history, level) if f.rule == "authority"]
    assert "khoản 2, khoản 3 Điều 80" in finding.message and not finding.verify
    assert refused([finding]) == {0}


def test_cstd_tinh_needs_an_initiative_besides_the_three_years() -> None:
    noms, history, level = CASES["cstd-tinh-initiative"][1]()
    found = {f.rule for f in check_nominations(noms, history, level)}
    assert found == {"cstd-tinh-initiative"}


def adopted(**rules: dict[str, object]) -> RuleBook:
    return load_rules().with_settings({"rules": rules})


def test_an_adopted_ratio_refuses_and_cites_the_offices_regulation() -> None:
    book = adopted(
        **{"cstdcs-ratio": {"value": 15, "enforce": True, "basis": "Quy chế số 12/QĐ-UBND"}}
    )
    noms, history, level = CASES["cstdcs-ratio"][1]()
    (finding,) = [
        f for f in check_nominations(noms, history, level, book) if f.rule == "cstdcs-ratio"
    ]
    assert not finding.warning and finding.note == ""
    assert "(Quy chế số 12/QĐ-UBND)" in finding.message and finding.index == len(noms) - 1


def test_the_office_changes_the_ratio() -> None:
    book = adopted(**{"cstdcs-ratio": {"value": "30%"}})  # 2 of 7 = 28,6 % ≤ 30 %
    noms, history, level = CASES["cstdcs-ratio"][1]()
    assert not [
        f for f in check_nominations(noms, history, level, book) if f.rule == "cstdcs-ratio"
    ]
    rule = book.rule("cstdcs-ratio")
    assert rule.params["max_percent"] == 30.0 and rule.note()


def test_a_changed_share_reads_with_a_decimal_comma() -> None:
    book = adopted(**{"ttldtt-members": {"value": "62,5"}})
    noms, history, level = CASES["ttldtt-members"][0]()  # 6 of 10: enough for 50 %, not 62,5 %
    (finding,) = check_nominations(noms, history, level, book)
    assert "trên 62,5%" in finding.message


@pytest.mark.parametrize(
    "settings",
    [
        {"rules": {"cstdcs-ratio": {"enforce": True}}},  # adopted without its basis
        {"rules": {"ldtt-rating": {"value": 50}}},  # a rule read in the Law is not a setting
        {"rules": {"cstdcs-ratio": {"value": "mười lăm"}}},
        {"rules": {"cstdcs-ratio": {"value": 0}}},
        {"majorities": {"council_title": {"percent": 150}}},
        {"majorities": {"ban_giam_khao": {"percent": 60}}},
    ],
)
def test_settings_that_cannot_be_used_say_what_to_do(settings) -> None:
    with pytest.raises(InputError):
        load_rules().with_settings(settings)
