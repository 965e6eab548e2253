"""The public pages of a ward's messages: the list, each article, and the Atom feed the ward's portal
pulls. Only published messages appear; nothing else of the ward is shown."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from kehoach.channels.portal import FeedEntry, article_fragment, atom_feed
from kehoach.web.channels.models import ChannelMessage
from kehoach.web.channels.services import library_message
from kehoach.web.orgs.models import Organisation

PUBLISHED = ChannelMessage.State.PUBLISHED


def _published(organisation: Organisation) -> list[ChannelMessage]:
    return list(
        ChannelMessage.objects.filter(organisation=organisation, state=PUBLISHED)
        .select_related("organisation", "unit")
        .order_by("-published_at", "-pk")[:50]
    )


def ward_page(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    context = {"organisation": organisation, "found": _published(organisation), "public": True}
    return render(request, "channels/public_list.html", context)


def article(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    message = ChannelMessage.objects.filter(pk=pk, organisation__slug=slug, state=PUBLISHED).first()
    if message is None:
        raise Http404("Không có tin này.")
    context = {
        "organisation": message.organisation,
        "message": message,
        "fragment": article_fragment(library_message(message), []),
        "public": True,
    }
    return render(request, "channels/public_article.html", context)


def feed(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    entries = []
    for message in _published(organisation):
        url = request.build_absolute_uri(reverse("tin:article", args=[slug, message.pk]))
        entries.append(
            FeedEntry(url, url, library_message(message), message.published_at, message.updated_at)
        )
    data = atom_feed(
        f"Tin tuyên truyền — {organisation.name}",
        request.build_absolute_uri(reverse("tin:feed", args=[slug])),
        request.build_absolute_uri(reverse("tin:ward", args=[slug])),
        entries,
    )
    return HttpResponse(data, content_type="application/atom+xml; charset=utf-8")
