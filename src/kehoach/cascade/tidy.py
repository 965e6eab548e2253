"""Defects the draft would inherit from the upper plan, fixed as the linter suggests, each fix noted.

Upper plans are real documents with real slips ("để để", "Công thông tin điện tử", "Ủy ban Nhân dân",
points lettered "f)", "3.3." after "3.1."). A draft must lint clean of errors, so the cascade runs the
linter's own text rules on every inherited paragraph, applies their suggestions, and renumbers points and
sub-sections that skip. The linter stays the single judge of what is wrong.
"""

from __future__ import annotations

import re

from kehoach.document.model import Section
from kehoach.document.text import POINT_LETTERS
from kehoach.lint import lint_source
from kehoach.lint.language_rules import load_typos, match_case
from kehoach.read import Source

FIXABLE = ("repeated-word", "known-typo", "capitalisation")
_PAIR = re.compile(r"(\w+)(\s+)(\w+)")
_POINT = re.compile(r"^([a-zđ])\)\s")
_NUMBER = re.compile(r"^(?:\d+\.)*\d+\.?$")


def _span(rule: str, text: str, at: int, suggestion: str) -> int | None:
    """How many characters from `at` the finding covers, or None if the text there is not what it names."""
    if rule == "capitalisation":
        written = text[at : at + len(suggestion)]
        return len(suggestion) if written.lower() == suggestion.lower() else None
    if rule == "repeated-word":
        pair = _PAIR.match(text, at)
        return pair.end() - at if pair and suggestion in (pair.group(1), pair.group(3)) else None
    for typo in load_typos():
        match = typo.pattern.match(text, at)
        if match and match_case(match.group(0), typo.right) == suggestion:
            return match.end() - at
    return None


def fix_texts(texts: list[str]) -> tuple[list[str], list[list[str]]]:
    """Each text with the linter's fixable errors corrected, and per text a Vietnamese line per fix.

    One lint pass over all the texts (one per line) rather than one per text: the cascade of a long plan
    has hundreds of paragraphs.
    """
    fixes: list[list[str]] = [[] for _ in texts]
    lines = [t.replace("\n", " ") for t in texts]
    if not any(line.strip() for line in lines):
        return list(texts), fixes
    raw = "\n".join(lines).encode("utf-8")
    findings = lint_source(
        Source(name="<cascade>", kind="text", lines=lines, raw=raw), select=FIXABLE
    )
    out = list(lines)
    for finding in sorted(findings, key=lambda f: (f.line, f.column), reverse=True):
        index, at = finding.line - 1, finding.column - 1
        if not finding.suggestion or not 0 <= index < len(out):
            continue
        text = out[index]
        length = _span(finding.rule, text, at, finding.suggestion)
        if length is None:
            continue
        wrong = text[at : at + length]
        out[index] = text[:at] + finding.suggestion + text[at + length :]
        fixes[index].append(f'"{wrong}" -> "{finding.suggestion}" ({finding.rule})')
    return out, fixes


def fix_text(text: str) -> tuple[str, list[str]]:
    """One text with the linter's fixable errors corrected, and a Vietnamese line per fix."""
    fixed, fixes = fix_texts([text])
    return fixed[0], fixes[0]


def _reletter(paragraphs: list[str]) -> tuple[list[str], int]:
    """Points "a) b) đ) f)" lettered in the decree's order (a b c d đ e g ...), restarting per section."""
    out, index, changed = [], 0, 0
    for paragraph in paragraphs:
        point = _POINT.match(paragraph)
        if point and index < len(POINT_LETTERS):
            letter = POINT_LETTERS[index]
            index += 1
            if point.group(1) != letter:
                paragraph, changed = f"{letter}){paragraph[2:]}", changed + 1
        out.append(paragraph)
    return out, changed


def _renumber_children(section: Section) -> int:
    """Numbered sub-sections counted 1, 2, 3 ... under the prefix they were written with."""
    changed = 0
    numbered = [c for c in section.children if _NUMBER.match(c.number)]
    for index, child in enumerate(numbered, start=1):
        dotted = child.number.endswith(".")
        parts = child.number.rstrip(".").split(".")
        number = ".".join([*parts[:-1], str(index)]) + ("." if dotted else "")
        if number != child.number:
            child.number, changed = number, changed + 1
    return changed


def tidy_section(section: Section) -> list[str]:
    """Fix `section` and its descendants in place; the notes say what changed."""
    parts = section.walk()
    texts = [t for part in parts for t in [part.title, *part.paragraphs]]
    fixed, fixes = fix_texts(texts)
    notes = [line for lines in fixes for line in lines]
    cursor = 0
    for part in parts:
        part.title = fixed[cursor]
        count = len(part.paragraphs)
        paragraphs = fixed[cursor + 1 : cursor + 1 + count]
        cursor += 1 + count
        part.paragraphs, relettered = _reletter(paragraphs)
        if relettered:
            notes.append(f"đánh lại {relettered} chữ cái điểm trong mục {part.number}")
        renumbered = _renumber_children(part)
        if renumbered:
            notes.append(f"đánh lại {renumbered} số mục con trong mục {part.number}")
    return notes
