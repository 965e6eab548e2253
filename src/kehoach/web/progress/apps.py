from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "kehoach.web.progress"
    label = "progress"
    verbose_name = "Tiến độ và báo cáo kết quả"
