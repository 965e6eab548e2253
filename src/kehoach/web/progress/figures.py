"""Which figures a plan asks its units to report: the drafter edits them as one line per figure,
"Buổi phát thanh (buổi)". Keys stay stable for labels already in use, so reported numbers keep
their meaning when the list is reordered or extended."""

from __future__ import annotations

import re

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify

from kehoach.document.text import clean, fold
from kehoach.report import FigureSpec, periods
from kehoach.web import permissions
from kehoach.web.progress.views import plan_for_progress
from kehoach.web.tasks.models import PlanFigures, figure_specs, period_kind

MAX_FIGURES = 12
_LINE = re.compile(
    r"^(?P<label>.+?)\s*(?:\((?P<measure>[^()]*)\))?\s*(?::\s*(?:chỉ tiêu\s*)?(?P<target>[\d.]+))?$",
    re.IGNORECASE,
)


def _line(spec: FigureSpec) -> str:
    text = f"{spec.label} ({spec.measure})" if spec.measure else spec.label
    text = f"{text}: {spec.target}" if spec.target is not None else text
    return f"{text} | {'; '.join(spec.units)}" if spec.units else text


def as_lines(specs: list[FigureSpec]) -> str:
    return "\n".join(_line(s) for s in specs)


def parse_lines(text: str, current: list[FigureSpec]) -> list[FigureSpec]:
    """The figures written one per line; a label already in use keeps its key."""
    known = {fold(spec.label): spec.key for spec in current}
    specs: list[FigureSpec] = []
    used: set[str] = set()
    for raw in text.splitlines():
        line = clean(raw).lstrip("-•* ").strip()
        line, _, assignees = line.partition("|")
        line = line.strip()
        units = tuple(clean(u) for u in assignees.split(";") if clean(u))
        if not line:
            continue
        match = _LINE.match(line)
        label = clean(match.group("label")) if match else line
        measure = clean(match.group("measure") or "") if match else ""
        raw_target = (match.group("target") or "").replace(".", "") if match else ""
        target = int(raw_target) if raw_target.isdigit() else None
        key = known.get(fold(label)) or (slugify(fold(label)).replace("-", "_")[:36] or "so_lieu")
        base, n = key, 2
        while key in used:
            key, n = f"{base}_{n}", n + 1
        used.add(key)
        specs.append(FigureSpec(key, label[:80], measure[:30], target, units))
    return specs


class FiguresForm(forms.Form):
    lines = forms.CharField(
        label=(
            "Số liệu các đơn vị phải báo cáo (mỗi dòng một loại, đơn vị tính trong ngoặc, "
            "chỉ tiêu sau dấu hai chấm, các đơn vị phải báo cáo sau dấu |: "
            "“Buổi phát thanh (buổi): 20 | Trung tâm Dịch vụ sự nghiệp công; Tổ dân phố số 1”; "
            "không ghi đơn vị thì mọi đơn vị báo cáo)"
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=3000,
    )

    period_kind = forms.ChoiceField(
        label="Báo cáo định kỳ",
        required=False,
        choices=[
            ("", "Không (mỗi nhiệm vụ báo cáo một lần)"),
            (periods.MONTH, "Hằng tháng"),
            (periods.QUARTER, "Hằng quý"),
            (periods.HALF, "6 tháng"),
            (periods.YEAR, "Hằng năm"),
        ],
    )

    def __init__(self, *args, current: list[FigureSpec], **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.current = current

    def clean_lines(self) -> list[FigureSpec]:
        specs = parse_lines(self.cleaned_data["lines"], self.current)
        if not specs:
            raise forms.ValidationError("Cần ít nhất một loại số liệu.")
        if len(specs) > MAX_FIGURES:
            raise forms.ValidationError(f"Tối đa {MAX_FIGURES} loại số liệu cho một kế hoạch.")
        return specs


@login_required
def edit_figures(request: HttpRequest, pk: int) -> HttpResponse:
    plan = plan_for_progress(request, pk)
    if not permissions.can_draft(request.user, plan.organisation):
        raise PermissionDenied("Chỉ chuyên viên của cơ quan mới sửa được danh mục số liệu.")
    current = figure_specs(plan.pk)
    if request.method == "POST":
        form = FiguresForm(request.POST, current=current)
        if form.is_valid():
            PlanFigures.objects.update_or_create(
                plan=plan,
                defaults={
                    "figures": [
                        {
                            "key": s.key,
                            "label": s.label,
                            "measure": s.measure,
                            "target": s.target,
                            "units": list(s.units),
                        }
                        for s in form.cleaned_data["lines"]
                    ],
                    "period_kind": form.cleaned_data["period_kind"],
                },
            )
            messages.success(request, "Đã lưu danh mục số liệu cần báo cáo.")
            return redirect("progress:dashboard", pk=plan.pk)
    else:
        form = FiguresForm(
            initial={"lines": as_lines(current), "period_kind": period_kind(plan.pk)},
            current=current,
        )
    return render(request, "progress/figures.html", {"nav": "tasks", "plan": plan, "form": form})
