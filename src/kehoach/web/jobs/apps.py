from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "kehoach.web.jobs"
    label = "jobs"
    verbose_name = "Công việc chạy nền"
