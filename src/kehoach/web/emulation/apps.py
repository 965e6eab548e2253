from django.apps import AppConfig


class EmulationConfig(AppConfig):
    name = "kehoach.web.emulation"
    label = "emulation"
    verbose_name = "Thi đua, khen thưởng"
    default_auto_field = "django.db.models.BigAutoField"
