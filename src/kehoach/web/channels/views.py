"""The channels pages of the ward: messages, drafting, approval, publishing, channel texts, files, logs.

The files to broadcast, print and post are a worker's job (`outbox`), queued at approval: the pages
list and serve them from the storage once made, and otherwise send the person to the page that
waits for them; no request makes them."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from kehoach.calendar.commemorations import by_id, load_commemorations, occasion_in
from kehoach.calendar.slogans import slogans_for
from kehoach.channels.loudspeaker import reading_seconds
from kehoach.channels.schedule import schedules_from_text, sessions
from kehoach.web.channels import access, files, outbox, services
from kehoach.web.channels.forms import LogForm, MessageForm, OutputForm, ReturnForm
from kehoach.web.channels.models import ChannelMessage, ChannelOutput
from kehoach.web.core.db import atomic
from kehoach.web.jobs import renders
from kehoach.web.jobs.models import Rendering
from kehoach.web.orgs.models import Unit
from kehoach.web.plans.models import Plan
from kehoach.web.tasks.models import Task


@login_required
def message_list(request: HttpRequest) -> HttpResponse:
    found = access.visible_messages(request.user).select_related("organisation", "unit")[:200]
    return render(
        request,
        "channels/list.html",
        {
            "nav": "channels",
            "found": found,
            "can_write": bool(access.writable_organisations(request.user)),
        },
    )


def _choices(user: Any) -> dict[str, list[tuple[Any, str]]]:
    organisations = access.writable_organisations(user)
    org_ids = [o.pk for o in organisations]
    units = Unit.objects.filter(organisation_id__in=org_ids).order_by(
        "organisation", "order", "name"
    )
    tasks = (
        Task.objects.filter(plan__organisation_id__in=org_ids, plan__status=Plan.Status.ISSUED)
        .select_related("plan", "unit")
        .order_by("-plan__issued_at", "position")[:300]
    )
    return {
        "organisation": [(o.pk, o.name) for o in organisations],
        "unit": [("", "—")] + [(u.pk, u.name) for u in units],
        "task": [("", "—")] + [(t.pk, f"{t.unit.name}: {t.text[:90]}") for t in tasks],
        "commemoration": [("", "—")] + [(c.id, c.name) for c in load_commemorations()],
    }


def _suggestions(task: Task | None, commemoration: str, year: int) -> list[str]:
    """Slogans of the task's plan, then the calendar library's for the commemoration (counts filled)."""
    found: list[str] = []
    if task is not None:
        found += [s for s in task.plan.data.get("slogans", []) if isinstance(s, str)]
    if commemoration:
        try:
            occasion = occasion_in(by_id(commemoration), year)
        except KeyError:
            occasion = None
        if occasion is not None:
            found += slogans_for([occasion], year=year)
    return list(dict.fromkeys(found))


def _task_for(user: Any, task_id: Any) -> Task | None:
    if not task_id:
        return None
    try:
        task = Task.objects.select_related("plan", "unit").get(pk=int(task_id))
    except (Task.DoesNotExist, ValueError, TypeError):
        return None
    return task if access.can_write_for(user, task.plan.organisation_id, task.unit_id) else None


def _save(
    request: HttpRequest, message: ChannelMessage, form: MessageForm
) -> ChannelMessage | None:
    data = form.cleaned_data
    unit_id, task_id = data.get("unit"), data.get("task")
    if not access.can_write_for(request.user, data["organisation"], unit_id):
        raise PermissionDenied("Bạn không soạn tin cho đơn vị này được.")
    task = _task_for(request.user, task_id)
    if task_id and (task is None or task.plan.organisation_id != data["organisation"]):
        form.add_error("task", "Nhiệm vụ này không thuộc cơ quan đã chọn.")
        return None
    if (
        unit_id
        and not Unit.objects.filter(pk=unit_id, organisation_id=data["organisation"]).exists()
    ):
        form.add_error("unit", "Đơn vị này không thuộc cơ quan đã chọn.")
        return None
    message.organisation_id = data["organisation"]
    message.unit_id = unit_id or (task.unit_id if task else None)
    message.task = task
    message.commemoration = data.get("commemoration") or ""
    fields = {**data, "slogans": form.slogan_list()}
    try:
        return services.save_message(message, request.user, fields, data.get("version"))
    except services.MessageRefused as refused:
        form.add_error(None, str(refused))
        return None


@login_required
def new_message(request: HttpRequest) -> HttpResponse:
    choices = _choices(request.user)
    if not choices["organisation"]:
        raise PermissionDenied(
            "Chỉ chuyên viên của phường hoặc cán bộ đơn vị phụ trách kênh mới soạn tin được."
        )
    task = _task_for(request.user, request.GET.get("nhiem-vu"))
    commemoration = request.GET.get("ky-niem", "")
    if request.method == "POST":
        form = MessageForm(request.POST, choices=choices)
        if form.is_valid():
            saved = _save(request, ChannelMessage(), form)
            if saved is not None:
                flash.success(
                    request, "Đã lưu tin. Kiểm tra kịch bản các kênh rồi gửi lãnh đạo duyệt."
                )
                return redirect("channels:detail", pk=saved.pk)
        return render(request, "channels/edit.html", {"nav": "channels", "form": form}, status=400)
    year = date.today().year
    suggestions = _suggestions(task, commemoration, year)
    initial: dict[str, Any] = {
        "version": None,
        "commemoration": commemoration,
        "slogans": "\n".join(suggestions[:5]),
    }
    if task is not None:
        initial.update(organisation=task.plan.organisation_id, unit=task.unit_id, task=task.pk)
    form = MessageForm(initial=initial, choices=choices)
    return render(
        request, "channels/edit.html", {"nav": "channels", "form": form, "suggestions": suggestions}
    )


@login_required
def edit_message(request: HttpRequest, pk: int) -> HttpResponse:
    message = access.message_for(request.user, pk)
    if not access.can_edit(request.user, message):
        raise PermissionDenied("Tin này không sửa được (đã gửi duyệt, hoặc bạn không phụ trách).")
    choices = _choices(request.user)
    if request.method == "POST":
        form = MessageForm(request.POST, choices=choices)
        if form.is_valid() and _save(request, message, form) is not None:
            flash.success(
                request, "Đã lưu tin; kịch bản các kênh đã được làm lại theo nội dung mới."
            )
            return redirect("channels:detail", pk=message.pk)
        return render(
            request,
            "channels/edit.html",
            {"nav": "channels", "form": form, "message": message},
            status=400,
        )
    initial = {
        "organisation": message.organisation_id,
        "unit": message.unit_id,
        "task": message.task_id,
        "commemoration": message.commemoration,
        "title": message.title,
        "lead": message.lead,
        "body": message.body,
        "slogans": "\n".join(message.slogans),
        "schedule": message.schedule,
        "version": message.version,
    }
    form = MessageForm(initial=initial, choices=choices)
    return render(
        request, "channels/edit.html", {"nav": "channels", "form": form, "message": message}
    )


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    message = access.message_for(request.user, pk)
    outputs = list(message.outputs.all())
    script = next((o.text for o in outputs if o.channel == ChannelOutput.Channel.LOUDSPEAKER), "")
    seconds = reading_seconds(script, services.channel_settings().station.syllables_per_minute)
    can_send = access.can_send_out(request.user, message)
    making, names = outbox.ask(message, request.user) if can_send else (None, [])
    broadcasts = len(sessions(schedules_from_text(message.schedule)))
    context = {
        "nav": "channels",
        "message": message,
        "outputs": [(o, OutputForm(initial={"text": o.text}, prefix=o.channel)) for o in outputs],
        "minutes": f"{int(seconds // 60)} phút {int(seconds % 60):02d} giây",
        "broadcasts": broadcasts,
        "versions": list(message.versions.select_related("user").order_by("-number")),
        "logs": list(message.logs.select_related("user")),
        "can_edit": access.can_edit(request.user, message),
        "can_approve": access.can_approve(request.user, message),
        "can_send": can_send,
        "making": making,
        "making_failed": making is not None and making.status == Rendering.Status.FAILED,
        "files": names,
        "log_form": LogForm(initial={"day": date.today()}),
        "return_form": ReturnForm(),
    }
    return render(request, "channels/detail.html", context)


def _step(request: HttpRequest, pk: int, allowed: Any, run: Any, done: str) -> HttpResponse:
    message = access.message_for(request.user, pk)
    if not allowed(request.user, message):
        raise PermissionDenied("Bạn không thực hiện được thao tác này với tin này.")
    try:
        run(message)
    except services.MessageRefused as refused:
        flash.error(request, str(refused))
    else:
        flash.success(request, done)
    return redirect("channels:detail", pk=message.pk)


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        access.can_edit,
        lambda m: services.submit(m, request.user),
        "Đã gửi lãnh đạo duyệt.",
    )


def _approve(message: ChannelMessage, user: Any) -> None:
    """Approve, and queue the files in the same transaction, so that they are usually ready when the
    unit looks."""
    with atomic():
        services.approve(message, user)
        outbox.ask(message, user)


@login_required
@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        access.can_approve,
        lambda m: _approve(m, request.user),
        "Đã duyệt: tin được phát, đăng, in. Máy chủ đang làm các tệp để phát, in, đăng.",
    )


@login_required
@require_POST
def return_message(request: HttpRequest, pk: int) -> HttpResponse:
    form = ReturnForm(request.POST)
    if not form.is_valid():
        message = access.message_for(request.user, pk)
        if not access.can_approve(request.user, message):
            raise PermissionDenied("Bạn không trả lại tin này được.")
        flash.error(request, "Hãy ghi rõ cần sửa gì trước khi trả lại.")
        return redirect("channels:detail", pk=pk)
    comment = form.cleaned_data["comment"]
    return _step(
        request,
        pk,
        access.can_approve,
        lambda m: services.return_for_changes(m, request.user, comment),
        "Đã trả lại tin.",
    )


@login_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    def allowed(user: Any, message: ChannelMessage) -> bool:
        return access.can_send_out(user, message) and message.state == ChannelMessage.State.APPROVED

    return _step(
        request,
        pk,
        allowed,
        lambda m: services.publish(m, request.user),
        "Đã đăng lên trang tin của phường.",
    )


@login_required
@require_POST
def edit_output(request: HttpRequest, pk: int, channel: str) -> HttpResponse:
    message = access.message_for(request.user, pk)
    if not access.can_edit(request.user, message):
        raise PermissionDenied("Kịch bản chỉ sửa được khi tin đang soạn hoặc bị trả lại.")
    if channel not in ChannelOutput.Channel.values:
        raise Http404("Không có kênh này.")
    form = OutputForm(request.POST, prefix=channel)
    if not form.is_valid():
        flash.error(request, "Nội dung trống hoặc quá dài; chưa lưu.")
    else:
        try:
            services.edit_output(message, channel, form.cleaned_data["text"], request.user)
        except services.MessageRefused as refused:
            flash.error(request, str(refused))
        else:
            flash.success(request, "Đã lưu nội dung sửa tay của kênh.")
    return redirect("channels:detail", pk=message.pk)


@login_required
@require_POST
def add_log(request: HttpRequest, pk: int) -> HttpResponse:
    message = access.message_for(request.user, pk)
    if not access.can_send_out(request.user, message):
        raise PermissionDenied("Chỉ đơn vị phụ trách ghi nhật ký cho tin đã duyệt.")
    form = LogForm(request.POST)
    if not form.is_valid():
        errors = "; ".join(str(e) for errs in form.errors.values() for e in errs)
        flash.error(request, f"Chưa ghi nhật ký: {errors}")
    else:
        data = form.cleaned_data
        services.add_log(
            message,
            request.user,
            data["kind"],
            data["day"],
            data["place"],
            data["count"],
            data["note"],
        )
        flash.success(request, "Đã ghi nhật ký; số liệu được đưa vào báo cáo của đơn vị.")
    return redirect("channels:detail", pk=message.pk)


@login_required
def download(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    message = access.message_for(request.user, pk)
    if not access.can_send_out(request.user, message):
        raise PermissionDenied("Tệp để phát, in chỉ tải được khi tin đã được duyệt.")
    making, names = outbox.ask(message, request.user)
    if not names:
        return renders.deliver(making)  # the page that waits for the worker
    if name not in names:
        raise Http404("Không có tệp này.")
    suffix = name[name.rindex(".") :]
    response = FileResponse(
        files.open_stored(message, name),
        content_type=files.CONTENT_TYPES[suffix],
        as_attachment=True,
        filename=name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
