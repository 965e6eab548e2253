from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "kehoach.web.audit"
    label = "audit"
    verbose_name = "Nhật ký"
