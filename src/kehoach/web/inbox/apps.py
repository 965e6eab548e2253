from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "kehoach.web.inbox"
    label = "inbox"
    verbose_name = "Việc cần làm"

    def ready(self) -> None:
        # Django: connect once apps are loaded
        from kehoach.web.inbox.notify import on_plan_moved
        from kehoach.web.inbox.report_events import on_report_moved
        from kehoach.web.plans.signals import plan_moved
        from kehoach.web.reports.signals import report_moved

        plan_moved.connect(on_plan_moved, dispatch_uid="kehoach.inbox.on_plan_moved")
        report_moved.connect(on_report_moved, dispatch_uid="kehoach.inbox.on_report_moved")
