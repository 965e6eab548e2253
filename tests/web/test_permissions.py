"""The permissions module: one place that says who may do what."""

from __future__ import annotations

from kehoach.web import permissions
from kehoach.web.plans import services
from kehoach.web.tasks import access
from web.factories import make_org, sample_document


def test_it_lets_the_drafter_edit_a_draft(drafter, draft):
    assert permissions.can_edit_plan(drafter, draft)


def test_it_stops_editing_once_submitted(drafter, submitted):
    assert not permissions.can_edit_plan(drafter, submitted)


def test_it_checks_ownership_across_wards(stranger, draft):
    assert not permissions.can_view_plan(stranger, draft)
    assert draft not in permissions.visible_plans(stranger)


def test_it_agrees_with_the_visible_plans_query(
    drafter, reporter, city_viewer, stranger, ward, issued
):
    draft = services.create_plan(ward, sample_document("Dự thảo khác"), drafter)
    for user in (drafter, reporter, city_viewer, stranger):
        for plan in (draft, issued):
            assert (
                permissions.can_view_plan(user, plan)
                == permissions.visible_plans(user).filter(pk=plan.pk).exists()
            )


def test_it_lets_only_approvers_read_the_audit_log(drafter, approver, ward):
    assert (
        permissions.can_read_audit(drafter, ward),
        permissions.can_read_audit(approver, ward),
    ) == (False, True)


def test_it_finds_every_organisation_below_at_any_depth(city, ward, other_ward):
    village = make_org("to-dan-pho-1", "Tổ dân phố số 1", parent=ward)
    assert permissions.descendant_ids([city.pk]) == {ward.pk, other_ward.pk, village.pk}
    assert permissions.descendant_ids([ward.pk]) == {village.pk}
    assert permissions.descendant_ids([village.pk]) == set()


def test_the_tasks_access_module_uses_the_one_descendants_function():
    assert not hasattr(access, "descendant_ids") and not hasattr(permissions, "_descendants")
