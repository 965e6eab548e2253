"""load_demo: a city, two wards, users for each role, the five seeds; idempotent."""

from __future__ import annotations

import io

from django.contrib.auth import authenticate
from django.core.management import call_command

from kehoach.web.orgs.models import Organisation
from kehoach.web.plans.models import Plan


def _load() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_it_loads_a_city_with_two_wards(db):
    _load()
    city = Organisation.objects.get(slug="hai-phong")
    assert sorted(city.children.values_list("place", flat=True)) == ["Hải An", "Lê Chân"]


def test_it_prints_logins_that_work(db):
    out = _load()
    line = next(line for line in out.splitlines() if "lechan.soanthao" in line)
    username, password = line.split()[:2]
    assert authenticate(username=username, password=password) is not None


def test_it_loads_the_five_seeds_as_received_plans(db):
    _load()
    assert Plan.objects.filter(kind=Plan.Kind.UPPER).count() == 5


def test_it_changes_nothing_when_run_again(db):
    _load()
    counts = (Organisation.objects.count(), Plan.objects.count())
    _load()
    assert (Organisation.objects.count(), Plan.objects.count()) == counts
