"""Demo data for thi đua: a full cycle in phường Lê Chân from seed 002's emulation plan.

The movement is drafted from the plan and launched; three units register (one is returned with a
comment); the ward forwards its own registration; the Trung tâm Dịch vụ proposes seven Lao động tiên
tiến, two Chiến sĩ thi đua cơ sở (the second is refused by the 15 % ratio) and Giấy khen; the council
votes; the decision is issued with the register's number; the history has earlier years. Called by
orgs.demo.load_demo for each ward; running it again changes nothing.
"""

from __future__ import annotations

from django.contrib.auth.models import User

from kehoach.web.emulation import awards, services
from kehoach.web.emulation.models import (
    AwardRecord,
    CouncilMember,
    Movement,
    Nomination,
    RuleSettings,
)
from kehoach.web.orgs.models import Membership, Organisation
from kehoach.web.plans.models import Plan

PASSWORD = "kehoach-demo-2025"
STAFF = [
    ("Nguyễn Văn An", "hoan_thanh_tot"),
    ("Trần Thị Bình", "hoan_thanh_xuat_sac"),
    ("Lê Văn Cường", "hoan_thanh_tot"),
    ("Phạm Thị Dung", "hoan_thanh_tot"),
    ("Hoàng Văn Em", "hoan_thanh_tot"),
    ("Vũ Thị Giang", "hoan_thanh_xuat_sac"),
    ("Đỗ Văn Hải", "hoan_thanh_tot"),
]


def _user(username: str, full_name: str) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        family, _, given = full_name.rpartition(" ")
        user = User.objects.create_user(
            username=username, password=PASSWORD, first_name=given, last_name=family
        )
    return user


def demo_emulation(ward: Organisation) -> list[tuple[str, str]]:
    """The cycle for a ward that received seed 002; returns the (login, who) of the users it adds."""
    plan = Plan.objects.filter(organisation=ward, title__icontains="phong trào thi đua").first()
    if plan is None or Movement.objects.filter(organisation=ward).exists():
        return []
    short = ward.slug.replace("-", "")
    people = {
        m.role: m.user for m in Membership.objects.filter(organisation=ward).select_related("user")
    }
    drafter, approver = people.get(Membership.Role.DRAFTER), people.get(Membership.Role.APPROVER)
    if drafter is None or approver is None:
        return []
    units = list(ward.units.order_by("order", "name"))
    home = ward.units.filter(short_name="ttdv").first() or units[0]
    three = [home, *[u for u in units if u != home][:2]]
    secretary = _user(f"{short}.thuky", "Đinh Thị Thư")
    members = [
        approver,
        drafter,
        _user(f"{short}.hoidong1", "Bùi Văn Hòa"),
        _user(f"{short}.hoidong2", "Ngô Thị Hằng"),
    ]
    for user in members:
        CouncilMember.objects.get_or_create(
            organisation=ward, user=user, defaults={"role": CouncilMember.Role.MEMBER}
        )
    CouncilMember.objects.get_or_create(
        organisation=ward, user=secretary, defaults={"role": CouncilMember.Role.SECRETARY}
    )
    # The demo ward adopted the 15 % ratio in its own regulation: no current decree text was found
    # for it (docs/thi-dua-legal-basis.md), so without this it would only warn.
    RuleSettings.objects.get_or_create(
        organisation=ward,
        defaults={
            "values": {
                "rules": {
                    "cstdcs-ratio": {
                        "value": 15,
                        "enforce": True,
                        "basis": f"Quy chế thi đua, khen thưởng của phường {ward.place} (dữ liệu mẫu)",
                    }
                }
            }
        },
    )
    reporters = []
    for index, unit in enumerate(three[1:], start=1):
        user = _user(f"{short}.donvi{index}", "Cao Văn Đơn")
        Membership.objects.get_or_create(
            user=user, organisation=ward, role=Membership.Role.REPORTER, unit=unit
        )
        reporters.append((user.username, f"báo cáo thi đua của {unit.name}, phường {ward.place}"))

    movement = services.create_from_plan(plan)
    services.launch(movement)
    for index, unit in enumerate(three):
        registration = movement.registrations.get(unit=unit)
        targets = {c["key"]: "Hoàn thành 100% chỉ tiêu được giao" for c in movement.criteria[:3]}
        services.save_registration(registration, targets, {}, 1, 4 + index, submit=True)
        if index < 2:
            services.review_registration(registration, True, "")
        else:
            services.review_registration(
                registration, False, "Bổ sung chỉ tiêu cho nội dung d) và đ)."
            )
    services.forward(movement)

    for year in (2023, 2024):
        AwardRecord.objects.create(
            organisation=ward,
            name="Trần Thị Bình",
            unit_name=home.name,
            award="chien_si_thi_dua_co_so",
            year=year,
            decision=f"Quyết định khen thưởng năm {year}",
        )
    order = 0
    rows = []
    for name, rating in STAFF:
        rows.append(
            Nomination(
                movement=movement,
                unit=home,
                organisation=ward,
                name=name,
                rating=rating,
                award="lao_dong_tien_tien",
                order=order,
                position=f"Viên chức {home.name}",
            )
        )
        order += 1
    for name in ("Trần Thị Bình", "Vũ Thị Giang"):
        rows.append(
            Nomination(
                movement=movement,
                unit=home,
                organisation=ward,
                name=name,
                gender="nữ",
                rating="hoan_thanh_xuat_sac",
                initiative="Sáng kiến số hóa sổ theo dõi tuyên truyền",
                award="chien_si_thi_dua_co_so",
                order=order,
                position=f"Viên chức {home.name}",
            )
        )
        order += 1
    rows.append(
        Nomination(
            movement=movement,
            unit=home,
            organisation=ward,
            name=f"Tổ Tuyên truyền - {home.name}",
            kind="collective",
            award="giay_khen",
            order=order,
            achievements="Tổ chức 45 buổi phát thanh chào mừng 70 năm Ngày Giải phóng Hải Phòng",
        )
    )
    rows.append(
        Nomination(
            movement=movement,
            unit=three[1],
            organisation=ward,
            name="Phạm Thị Dung",
            gender="nữ",
            award="giay_khen",
            order=0,
            position=f"Công chức {three[1].name}",
            achievements="Hoàn thành xuất sắc việc trang trí, cổ động trực quan",
        )
    )
    rows.append(
        Nomination(
            movement=movement,
            unit=three[1],
            organisation=ward,
            name="Lương Văn Minh",
            gender="nam",
            award="giay_khen",
            order=1,
            position=f"Công chức {three[1].name}",
            achievements="Thành tích đột xuất trong bảo đảm an ninh dịp kỷ niệm",
        )
    )
    Nomination.objects.bulk_create(rows)
    awards.recheck(movement)
    for nomination in movement.nominations.exclude(state=Nomination.State.REFUSED):
        awards.record_vote(nomination, 5, 0, 0)
    awards.decision_step(movement, "draft", "Phạm Việt Anh")
    awards.decision_step(movement, "approve")
    awards.decision_step(movement, "issue")
    return [
        (secretary.username, f"thư ký Hội đồng Thi đua - Khen thưởng, phường {ward.place}"),
        *reporters,
    ]
