from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "kehoach.web.plans"
    label = "plans"
    verbose_name = "Kế hoạch"
