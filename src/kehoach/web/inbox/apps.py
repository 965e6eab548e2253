from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "kehoach.web.inbox"
    label = "inbox"
    verbose_name = "Việc cần làm"

    def ready(self) -> None:
        from kehoach.web.inbox.notify import on_plan_moved  # Django: connect once apps are loaded
        from kehoach.web.plans.signals import plan_moved

        plan_moved.connect(on_plan_moved, dispatch_uid="kehoach.inbox.on_plan_moved")
