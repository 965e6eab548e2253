"""No English and no field path reaches a page: every template's visible text, every message the
site's Python code shows a user (messages, refusals, form labels and errors), and pages rendered
for a cascaded draft with review notes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from django.urls import reverse

import kehoach.web

WEB = Path(kehoach.web.__file__).parent
TEMPLATES = sorted((WEB / "templates").rglob("*.html"))
SOURCES = sorted(p for p in WEB.rglob("*.py") if "migrations" not in p.parts)

# English words a page must never show (none of them is also a Vietnamese word).
ENGLISH = {
    "the",
    "and",
    "with",
    "without",
    "this",
    "that",
    "your",
    "please",
    "error",
    "errors",
    "file",
    "files",
    "save",
    "saved",
    "submit",
    "cancel",
    "delete",
    "edit",
    "view",
    "download",
    "upload",
    "login",
    "logout",
    "password",
    "username",
    "user",
    "field",
    "required",
    "invalid",
    "not",
    "found",
    "forbidden",
    "denied",
    "permission",
    "plan",
    "plans",
    "task",
    "tasks",
    "report",
    "reports",
    "none",
    "null",
    "true",
    "false",
    "yes",
    "enter",
    "valid",
    "value",
    "select",
    "choose",
    "back",
    "next",
    "previous",
    "page",
    "search",
    "filter",
    "status",
    "draft",
    "issued",
    "approved",
    "returned",
    "submitted",
    "unknown",
    "missing",
    "failed",
    "success",
    "warning",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "from",
    "which",
    "what",
    "when",
    "where",
    "zip",
    "traceback",
    "exception",
    "object",
}
# A path into the JSON ("sections[2]", "assignments[0].unit", "(lead_unit)", "(units[].duties)").
FIELD_PATH = re.compile(r"\b[a-z_]+\[\d*\](?:\.[a-z_]+)?|\([a-z]+_[a-z_]+\)")
TAG = re.compile(
    r"{%.*?%}|{{.*?}}|{#.*?#}|<!--.*?-->|<script.*?</script>|<style.*?</style>|<[^>]*>", re.S
)
WORD = re.compile(r"[A-Za-z]+")


def english_in(text: str) -> set[str]:
    return {w for w in WORD.findall(text) if w.lower() in ENGLISH}


def visible_text(template: str) -> str:
    return TAG.sub(" ", template)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(WEB / "templates")))
def test_a_template_shows_no_english_and_no_field_path(path):
    text = visible_text(path.read_text(encoding="utf-8"))
    assert english_in(text) == set()
    assert FIELD_PATH.findall(text) == []


def _shown_strings(tree: ast.AST) -> list[str]:
    """String literals a user sees: arguments of messages.*, refusals and validation errors,
    and label/verbose_name/help_text keyword arguments."""
    shown: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = ast.unparse(node.func)
        candidates: list[ast.AST] = []
        if name.startswith("messages.") or name.split(".")[-1] in {
            "PermissionDenied",
            "Http404",
            "ValidationError",
            "WrongStatus",
            "InputError",
            "GateRefused",
        }:
            candidates += node.args
        if name.endswith("add_error"):
            candidates += node.args[1:]  # the first is the field's name
        candidates += [
            k.value for k in node.keywords if k.arg in {"label", "verbose_name", "help_text"}
        ]
        for candidate in candidates:
            keys = {id(k) for d in ast.walk(candidate) if isinstance(d, ast.Dict) for k in d.keys}
            for part in ast.walk(candidate):
                # A dict's keys pick the message; they are not shown.
                if (
                    isinstance(part, ast.Constant)
                    and isinstance(part.value, str)
                    and id(part) not in keys
                ):
                    shown.append(part.value)
    return shown


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(WEB)))
def test_the_messages_of_a_module_are_vietnamese(path):
    for text in _shown_strings(ast.parse(path.read_text(encoding="utf-8"))):
        assert english_in(text) == set(), text
        assert FIELD_PATH.findall(text) == [], text


def test_the_catalogue_is_not_empty():
    found = [s for p in SOURCES for s in _shown_strings(ast.parse(p.read_text(encoding="utf-8")))]
    assert len(found) > 100 and english_in("Please save the file") == {
        "Please",
        "save",
        "the",
        "file",
    }


def test_a_cascaded_draft_shows_its_review_notes_in_plain_vietnamese(client, drafter, upper):
    client.force_login(drafter)
    response = client.post(reverse("plans:cascade", kwargs={"pk": upper.pk}))
    page = client.get(response["Location"]).text
    visible = visible_text(page)
    assert "Cần xem lại" in visible
    assert FIELD_PATH.findall(visible) == []
    assert "Phân công" in visible
