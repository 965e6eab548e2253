"""The menu every page shows costs two queries, whoever the user and however much waits for them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import RequestFactory

from kehoach.web.core.context import navigation
from kehoach.web.plans import services
from web.tasks.fixtures import *  # noqa: F403 - an issued plan with tasks, a unit's reporter

pytestmark = pytest.mark.django_db


def _menu(user):
    request = RequestFactory().get("/")
    request.user = User.objects.get(pk=user.pk)  # a fresh object: nothing cached from before
    return request


@pytest.mark.parametrize("who", ["drafter", "approver", "vhxh_reporter", "city_viewer"])
def test_the_menu_is_two_queries_for_every_role(
    request, who, django_assert_num_queries, issued_plan, draft, drafter
):
    services.submit_plan(draft, drafter)  # something waits for the leader, a notification too
    menu = _menu(request.getfixturevalue(who))
    with django_assert_num_queries(2):  # the memberships, and one aggregated count
        navigation(menu)


def test_the_menu_counts_what_the_inbox_lists(approver, drafter, draft):
    services.submit_plan(draft, drafter)
    assert navigation(_menu(approver))["nav_inbox"] == 2  # the draft, and the unread notification
