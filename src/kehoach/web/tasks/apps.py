from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "kehoach.web.tasks"
    label = "tasks"
    verbose_name = "Nhiệm vụ"

    def ready(self) -> None:
        from kehoach.web.plans.signals import (
            plan_issued,  # Django: receivers connect once apps are loaded
        )
        from kehoach.web.tasks.creation import on_plan_issued

        plan_issued.connect(on_plan_issued, dispatch_uid="kehoach.tasks.on_plan_issued")
