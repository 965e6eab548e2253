from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kehoach.web.core"
    label = "core"
    verbose_name = "Chung"
