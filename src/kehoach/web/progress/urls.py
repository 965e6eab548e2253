"""URLs of progress: a plan's dashboard and timeline, the overview across wards, the result report."""

from django.urls import path

from kehoach.web.progress import excel_views, figures, rollup_views, unit_views, views

app_name = "progress"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("ke-hoach/<int:pk>/", views.dashboard, name="dashboard"),
    path("ke-hoach/<int:pk>/tien-do.svg", views.timeline, name="timeline"),
    path("ke-hoach/<int:pk>/bao-cao-ket-qua/", rollup_views.make_result_report, name="rollup"),
    path("ke-hoach/<int:pk>/so-lieu/", figures.edit_figures, name="figures"),
    path("ke-hoach/<int:pk>/so-lieu.xlsx", excel_views.figures_xlsx, name="excel"),
    path("ke-hoach/<int:pk>/don-vi/<int:unit_pk>/", unit_views.unit_detail, name="unit"),
    path("ke-hoach/<int:pk>/don-vi/<int:unit_pk>/don-doc/", unit_views.remind, name="remind"),
]
