"""Who did what, when: one row per action on a plan or an organisation.

The log is append-only: an entry is written once and never changed or deleted, by the site, the admin
or a stray queryset (and, on the database, by triggers: see migration 0002). It keeps the person's name
as it was, so an entry still says who acted after the account is gone.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.web.orgs.models import Organisation


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete an audit entry."""


MESSAGE = "Nhật ký chỉ được ghi thêm; không ai được sửa hoặc xóa một dòng nhật ký."


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):  # type: ignore[no-untyped-def]
        raise AppendOnlyError(MESSAGE)

    def delete(self):  # type: ignore[no-untyped-def]
        raise AppendOnlyError(MESSAGE)


class AuditEntry(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="cơ quan",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_entries",
    )
    # No database constraint and nothing done on delete: removing an account must not touch the log.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="tài khoản",
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_name = models.CharField("người thực hiện", max_length=200, blank=True)
    action = models.CharField("hành động", max_length=40)
    object_type = models.CharField("đối tượng", max_length=40, blank=True)
    object_id = models.PositiveBigIntegerField("mã đối tượng", null=True, blank=True)
    summary = models.CharField("nội dung", max_length=500, blank=True)
    detail = models.JSONField("chi tiết", default=dict, blank=True)
    created_at = models.DateTimeField("lúc", auto_now_add=True, db_index=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        verbose_name = "nhật ký"
        verbose_name_plural = "nhật ký"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organisation", "-created_at"], name="audit_org_time")]

    def __str__(self) -> str:
        who = self.actor_name or "hệ thống"
        return f"{self.created_at:%d/%m/%Y %H:%M} {who} {self.action} {self.summary}"

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not self._state.adding:
            raise AppendOnlyError(MESSAGE)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AppendOnlyError(MESSAGE)
