"""URLs of unit reports: a task's report page, the drafter's review, evidence files."""

from django.urls import path

from kehoach.web.reports import views

app_name = "reports"
urlpatterns = [
    path("nhiem-vu/<int:task_pk>/", views.task_report, name="task"),
    path("<int:pk>/chap-nhan/", views.accept, name="accept"),
    path("<int:pk>/tra-lai/", views.return_for_changes, name="return"),
    path("minh-chung/<int:pk>/", views.evidence, name="evidence"),
    path("minh-chung/<int:pk>/go/", views.remove_evidence, name="remove_evidence"),
]
