"""Fixtures of the web tests: organisations, users with roles, plans, and the PostgreSQL cluster.

Tests marked `@pytest.mark.django_db(databases=["default", "postgres"])` and using the `on_postgres`
fixture run every query on a real PostgreSQL server started for this test session.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from conftest import SEEDS
from kehoach.read import read_plan
from kehoach.web.orgs.models import Membership, Organisation
from kehoach.web.orgs.profiles import import_profile, read_profile_file
from kehoach.web.plans import services
from kehoach.web.plans.models import Plan
from kehoach.web.routing import pinned
from web.factories import make_org, make_user, sample_document
from web.postgres import Cluster, PostgresUnavailable

Role = Membership.Role
LE_CHAN = Path(settings.KEHOACH_PROFILES_DIR) / "phuong-le-chan-hai-phong.yaml"


def _wants_postgres(items: list[pytest.Item]) -> bool:
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and "postgres" in (marker.kwargs.get("databases") or ()):
            return True
    return False


@pytest.fixture(scope="session")
def _postgres_cluster(request: pytest.FixtureRequest) -> Iterator[Cluster | None]:
    if not _wants_postgres(request.session.items):
        yield None
        return
    config = settings.DATABASES["postgres"]
    cluster = Cluster(config["HOST"], int(config["PORT"]))
    try:
        # The connection settings are read when the first connection opens, after this.
        config["PORT"] = str(cluster.start())
    except PostgresUnavailable as error:
        cluster.stop()
        pytest.fail(f"the PostgreSQL test server could not start: {error}", pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def django_db_setup(_postgres_cluster, django_db_setup):  # noqa: F811 - extends pytest-django's
    """pytest-django's database setup, once the PostgreSQL cluster (if needed) is up."""
    yield


@pytest.fixture
def on_postgres() -> Iterator[None]:
    """Route every query of the test to the PostgreSQL database."""
    with pinned("postgres"):
        yield


@pytest.fixture
def city(db) -> Organisation:
    return Organisation.objects.create(
        slug="hai-phong", kind=Organisation.Kind.CITY, name="Ủy ban nhân dân thành phố Hải Phòng"
    )


@pytest.fixture
def ward(city) -> Organisation:
    """Phường Lê Chân, imported from the example unit profile (its units, signer, scope)."""
    return import_profile(read_profile_file(LE_CHAN), "le-chan", parent=city)


@pytest.fixture
def other_ward(city) -> Organisation:
    return make_org("duong-kinh", "Ủy ban nhân dân phường Dương Kinh", parent=city)


@pytest.fixture
def drafter(ward) -> User:
    return make_user("soanthao", ward, Role.DRAFTER)


@pytest.fixture
def approver(ward) -> User:
    return make_user("lanhdao", ward, Role.APPROVER)


@pytest.fixture
def reporter(ward) -> User:
    return make_user("baocao", ward, Role.REPORTER, unit=ward.units.first())


@pytest.fixture
def stranger(other_ward) -> User:
    """A drafter and approver of the other ward."""
    return make_user("phuongkhac", other_ward, Role.DRAFTER, Role.APPROVER)


@pytest.fixture
def city_viewer(city) -> User:
    return make_user("thanhpho", city, Role.UPPER_VIEWER)


@pytest.fixture
def draft(ward, drafter) -> Plan:
    return services.create_plan(ward, sample_document(), drafter)


@pytest.fixture
def submitted(draft, drafter) -> Plan:
    return services.submit_plan(draft, drafter)


@pytest.fixture
def approved(submitted, approver) -> Plan:
    return services.approve_plan(submitted, approver)


@pytest.fixture
def issued(approved, approver) -> Plan:
    return services.issue_plan(approved, approver, today=date(2025, 1, 6))


@pytest.fixture
def upper(ward, drafter) -> Plan:
    """Seed 002 (Dương Kinh's plan for the 70th anniversary of Hải Phòng's liberation), as received."""
    return services.create_plan(ward, read_plan(SEEDS[2]), drafter, kind=Plan.Kind.UPPER)


@pytest.fixture
def received(ward, drafter) -> Plan:
    """Seed 002 as received, with its uploaded file kept."""
    return services.create_plan(
        ward,
        read_plan(SEEDS[2]),
        drafter,
        kind=Plan.Kind.UPPER,
        original=(SEEDS[2].read_bytes(), SEEDS[2].name),
        source_name=SEEDS[2].name,
    )
