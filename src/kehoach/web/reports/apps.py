from django.apps import AppConfig

REPORT_ACTIONS = {
    "report.save": "Lưu nháp báo cáo",
    "report.submit": "Gửi báo cáo",
    "report.partial": "Gửi báo cáo một phần",
    "report.return": "Trả lại báo cáo",
    "report.accept": "Chấp nhận báo cáo",
    "report.evidence_removed": "Gỡ tệp minh chứng",
}


class ReportsConfig(AppConfig):
    name = "kehoach.web.reports"
    label = "reports"
    verbose_name = "Báo cáo của đơn vị"

    def ready(self) -> None:
        from kehoach.web.audit.log import ACTIONS  # Django: models load after the app configs

        ACTIONS.update(REPORT_ACTIONS)  # the audit page names report actions in Vietnamese
