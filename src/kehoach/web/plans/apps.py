from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "kehoach.web.plans"
    label = "plans"
    verbose_name = "Kế hoạch"

    def ready(self) -> None:
        from kehoach.web.plans.amend import on_amendment_issued  # Django: once apps are loaded
        from kehoach.web.plans.signals import amendment_issued

        amendment_issued.connect(
            lambda sender, plan, user, **kwargs: on_amendment_issued(plan, user),
            dispatch_uid="kehoach.plans.on_amendment_issued",
            weak=False,
        )
