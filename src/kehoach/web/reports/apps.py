from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "kehoach.web.reports"
    label = "reports"
    verbose_name = "Báo cáo của đơn vị"
