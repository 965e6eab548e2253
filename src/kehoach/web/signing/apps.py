from django.apps import AppConfig


class SigningConfig(AppConfig):
    name = "kehoach.web.signing"
    label = "signing"
    verbose_name = "Chữ ký số"
