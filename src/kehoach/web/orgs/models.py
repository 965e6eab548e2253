"""Organisations (city, ward, commune), their units, and who belongs where with which role."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Organisation(models.Model):
    """A people's committee: the city, or one of its wards/communes."""

    class Kind(models.TextChoices):
        CITY = "city", "Thành phố"
        WARD = "ward", "Phường"
        COMMUNE = "commune", "Xã"

    slug = models.SlugField("mã", max_length=80, unique=True)
    kind = models.CharField("cấp", max_length=10, choices=Kind.choices, default=Kind.WARD)
    name = models.CharField("tên cơ quan", max_length=200)  # "Ủy ban nhân dân phường Hải An"
    place = models.CharField("địa danh", max_length=100, blank=True)  # "Hải An"
    parent = models.ForeignKey(
        "self",
        verbose_name="cấp trên",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    parent_issuer = models.CharField(
        "cơ quan chủ quản", max_length=200, blank=True
    )  # "UBND THÀNH PHỐ HẢI PHÒNG"
    symbol_suffix = models.CharField("viết tắt cơ quan", max_length=30, default="UBND")
    profile = models.JSONField("hồ sơ đơn vị (YAML đã đọc)", default=dict, blank=True)

    class Meta:
        verbose_name = "cơ quan"
        verbose_name_plural = "cơ quan"
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name

    def ancestor_ids(self) -> list[int]:
        """Ids of the upper levels, nearest first (the city for a ward)."""
        found: list[int] = []
        node = self.parent
        while node is not None and node.pk not in found:
            found.append(node.pk)
            node = node.parent
        return found


class Unit(models.Model):
    """A unit of an organisation that receives assignments: a department, a centre, a school..."""

    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="units"
    )
    name = models.CharField("tên đơn vị", max_length=200)
    short_name = models.CharField("tên viết tắt", max_length=60, blank=True)
    kind = models.CharField("loại", max_length=40, blank=True)
    order = models.PositiveIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        ordering = ["organisation", "order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="unit_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A user's role in an organisation (and, for reporters, in one of its units)."""

    class Role(models.TextChoices):
        DRAFTER = "drafter", "Chuyên viên (soạn thảo)"
        APPROVER = "approver", "Lãnh đạo (phê duyệt, ký)"
        CLERK = "clerk", "Văn thư (cấp số, ban hành)"
        REPORTER = "reporter", "Cán bộ báo cáo của đơn vị"
        UPPER_VIEWER = "upper_viewer", "Theo dõi của cấp trên"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người dùng",
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name="cơ quan", on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name="đơn vị",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField("vai trò", max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = "phân quyền"
        verbose_name_plural = "phân quyền"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "unit", "role"], name="membership_unique"
            )
        ]

    def __str__(self) -> str:
        where = f"{self.organisation} / {self.unit}" if self.unit else str(self.organisation)
        return f"{self.user} — {self.get_role_display()} — {where}"
