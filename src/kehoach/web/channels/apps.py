from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "kehoach.web.channels"
    label = "channels"
    verbose_name = "Tin tuyên truyền trên các kênh"
