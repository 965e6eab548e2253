"""The page where the Phòng Nội vụ reads and sets the thi đua rules it applies (quy định áp dụng)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from kehoach.emulation.rules import load_rules
from kehoach.errors import InputError
from kehoach.web.emulation import access, awards, rule_settings
from kehoach.web.orgs.models import Organisation


@login_required
def rules_page(request: HttpRequest, org_pk: int) -> HttpResponse:
    """Every rule with its article and how far it was checked; the settings, editable by the ward's
    drafter or approver. Another organisation's user gets 404, a unit's reporter 404 too."""
    organisation = Organisation.objects.filter(pk=org_pk).first()
    if organisation is None or not (
        request.user.is_superuser or access.is_staff_of(request.user, organisation.pk)
    ):
        raise Http404
    may_edit = access.can_draft(request.user, organisation.pk) or access.can_approve(
        request.user, organisation.pk
    )
    if request.method == "POST":
        if not may_edit:
            raise PermissionDenied
        try:
            movements = rule_settings.save(organisation, request.user, request.POST)
        except InputError as error:
            messages.error(request, str(error))
        else:
            for movement in movements:
                awards.recheck(movement)
            messages.success(
                request,
                "Đã lưu quy định áp dụng; các đề nghị chưa đưa ra Hội đồng đã được kiểm tra lại.",
            )
            return redirect("emulation:rules", org_pk=organisation.pk)
    book = rule_settings.book_for(organisation.pk)
    settings, majorities = rule_settings.rows(book)
    shipped = load_rules()
    table = [
        (rule, shipped.rule(rule.id).note(), ", ".join(book.award(a).name for a in rule.awards))
        for rule in book.rules
    ]
    return render(
        request,
        "emulation/rules.html",
        {
            "organisation": organisation,
            "settings": settings,
            "majorities": majorities,
            "table": table,
            "may_edit": may_edit,
            "nav": "emulation",
        },
    )
