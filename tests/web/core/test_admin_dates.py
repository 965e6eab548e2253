"""The operators' admin shows and reads dates day first too (it follows the site's vi formats)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client):
    client.force_login(User.objects.create_superuser("vanhanh", "", "mat-khau-thu"))
    return client


def test_the_admin_shows_a_plan_date_as_dd_mm_yyyy(operator, draft):
    draft.doc_date = date(2025, 3, 5)
    draft.save(update_fields=["doc_date"])
    response = operator.get(reverse("admin:plans_plan_change", args=[draft.pk]))
    field = re.search(r'<input[^>]*name="doc_date"[^>]*>', response.text).group(0)
    assert 'value="05/03/2025"' in field
