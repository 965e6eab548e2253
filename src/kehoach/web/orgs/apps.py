from django.apps import AppConfig


class OrgsConfig(AppConfig):
    name = "kehoach.web.orgs"
    label = "orgs"
    verbose_name = "Tổ chức và người dùng"
