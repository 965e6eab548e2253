""" "Sửa tự động": the editor applies the safe fixes lint is certain of to the stored plan.

One finding (its place in the panel, checked against its rule) or all of them. The fixes come from
the library (`Finding.edits`, carried back to the plan's fields by `kehoach.lint.fix_fields`); the
result is saved as a new version through `services.save_plan`, refused if someone saved meanwhile.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from kehoach.document.serialise import plan_from_dict
from kehoach.lint.fix import Applied, safe_edits
from kehoach.lint.fix_fields import fix_fields
from kehoach.web import permissions
from kehoach.web.plans import services
from kehoach.web.plans.access import plan_for
from kehoach.web.plans.checks import lint_rendered


def _summary(applied: list[Applied]) -> str:
    changes = list(dict.fromkeys(f"“{a.old}” → “{a.new}”" for a in applied))
    shown = ", ".join(changes[:5])
    return shown + (f" và {len(changes) - 5} thay đổi khác" if len(changes) > 5 else "")


@login_required
@require_POST
def autofix(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for(request, pk, permissions.can_edit_plan)
    back = redirect("plans:edit", pk=plan.pk)
    try:
        base = int(request.POST.get("version", ""))
    except ValueError:
        messages.error(request, "Chưa sửa: thiếu số phiên bản, hãy tải lại trang sửa rồi bấm lại.")
        return back
    if base != plan.version:
        messages.error(
            request,
            f"Chưa sửa: kế hoạch đã được lưu thành phiên bản {plan.version} sau khi bạn mở trang. "
            "Hãy xem lại danh sách lỗi rồi bấm lại.",
        )
        return back
    lines, findings = lint_rendered(plan.document())
    chosen = findings
    if request.POST.get("finding"):
        try:
            index = int(request.POST["finding"]) - 1
        except ValueError:
            index = -1
        if not 0 <= index < len(findings) or findings[index].rule != request.POST.get("rule"):
            messages.error(request, "Chưa sửa: danh sách lỗi đã thay đổi, hãy xem lại rồi bấm lại.")
            return back
        chosen = [findings[index]]
    fixed, applied = fix_fields(plan.data, lines, safe_edits(chosen))
    if not applied:
        messages.info(
            request, "Không có lỗi nào sửa tự động được; hãy sửa trực tiếp trong biểu mẫu."
        )
        return back
    note = f"Sửa tự động {len(applied)} lỗi: {_summary(applied)}"
    try:
        services.save_plan(plan, plan_from_dict(fixed), base, request.user, note[:200])
    except services.StaleVersion as refused:
        messages.error(request, str(refused))
        return back
    except services.WrongStatus as wrong:
        messages.error(request, str(wrong))
        return redirect("plans:detail", pk=plan.pk)
    messages.success(
        request, f"Đã sửa {len(applied)} lỗi: {_summary(applied)} (phiên bản {plan.version})."
    )
    return back
