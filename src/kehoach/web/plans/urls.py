"""URLs of plans: list, upload, one plan, its editor, workflow steps, versions and downloads."""

from django.urls import path

from kehoach.web.plans import amend, autofix, downloads, edit, intake, register, views, workflow

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("tai-len/", intake.upload, name="upload"),
    path("so-van-ban-di/", register.register, name="register"),
    path("<int:pk>/", views.plan_detail, name="detail"),
    path("<int:pk>/tao-ke-hoach/", intake.cascade_plan, name="cascade"),
    path("<int:pk>/sua/", edit.edit, name="edit"),
    path("<int:pk>/kiem-tra/", edit.lint_preview, name="lint"),
    path("<int:pk>/sua-tu-dong/", autofix.autofix, name="autofix"),
    path("<int:pk>/trinh/", workflow.submit, name="submit"),
    path("<int:pk>/rut-lai/", workflow.withdraw, name="withdraw"),
    path("<int:pk>/phe-duyet/", workflow.approve, name="approve"),
    path("<int:pk>/tra-lai/", workflow.return_for_changes, name="return"),
    path("<int:pk>/ban-hanh/", workflow.issue, name="issue"),
    path("<int:pk>/phien-ban/", views.version_list, name="versions"),
    path("<int:pk>/phien-ban/<int:number>/", views.version_detail, name="version"),
    path("<int:pk>/tai-ve.<str:fmt>", downloads.download, name="download"),
    path("<int:pk>/tep-goc/", downloads.original, name="original"),
    path("<int:pk>/thu-hoi-dinh-chinh/", amend.amend, name="amend"),
]
