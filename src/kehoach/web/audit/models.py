"""Who did what, when: one row per action on a plan or an organisation."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kehoach.web.orgs.models import Organisation


class AuditEntry(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="cơ quan",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="audit_entries",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField("hành động", max_length=40)
    object_type = models.CharField("đối tượng", max_length=40, blank=True)
    object_id = models.PositiveBigIntegerField("mã đối tượng", null=True, blank=True)
    summary = models.CharField("nội dung", max_length=500, blank=True)
    detail = models.JSONField("chi tiết", default=dict, blank=True)
    created_at = models.DateTimeField("lúc", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "nhật ký"
        verbose_name_plural = "nhật ký"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organisation", "-created_at"], name="audit_org_time")]

    def __str__(self) -> str:
        return f"{self.created_at:%d/%m/%Y %H:%M} {self.user} {self.action} {self.summary}"
