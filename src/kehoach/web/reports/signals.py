"""Signals of the report workflow.

`report_moved` is sent inside the transaction of a report's step with `report`, `user` and `action`
("report.submit", "report.partial", "report.return", "report.accept"): the inbox turns it into
notifications, which roll back with the step.
"""

from django.dispatch import Signal

report_moved = Signal()
