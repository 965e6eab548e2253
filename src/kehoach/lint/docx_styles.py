"""The formatting a .docx really shows, read from its own XML with style resolution.

Word and LibreOffice put a run's font and size in different places: docDefaults, the paragraph style
and the styles it is based on, the run's character style, the run itself, or the theme. A checker that
reads only direct formatting judges LibreOffice files (styles) and Word files (direct runs) differently;
this module resolves docDefaults -> paragraph style chain -> character style chain -> direct formatting,
with theme fonts, so both are judged right. XML is parsed without entities, DTDs or network access.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree

from kehoach.errors import InputError
from kehoach.read.docx import Package
from kehoach.read.safety import open_zip, read_part

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
FONT_SLOTS = ("ascii", "hAnsi", "cs", "eastAsia")
MAX_TWIPS = 200_000  # 3.5 m: no real page or margin comes near; beyond is a forged value
MAX_HALF_POINTS = 3276  # Word's largest font size is 1638 points
MAX_PARTS_READ = 24  # distinct header and footer parts read for the page-number rule

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
)


def parse_xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, _PARSER)


@dataclass
class RunFormat:
    """Resolved font of each slot and size in points (None where nothing sets them)."""

    fonts: dict[str, str] = field(default_factory=dict)
    size: float | None = None


@dataclass(frozen=True)
class FormattedRun:
    """A run with text as the font and font-size rules see it (Docx.formatted_runs)."""

    paragraph: int  # index in Docx.paragraphs (the line of the text as read)
    text: str
    format: RunFormat  # shared between runs formatted alike: read, never change
    east_asia: bool  # the run's hint says its eastAsia font shows too
    in_table: bool


@dataclass
class Section:
    """Page setup of one section, in twips, and its header references."""

    index: int  # paragraph index where the section ends
    width: int | None
    height: int | None
    margins: dict[str, int]
    title_page: bool
    headers: dict[str, str]  # "default" | "first" | "even" -> part name
    footers: dict[str, str]


class Docx:
    """The parts of one .docx that formatting rules need."""

    def __init__(self, data: bytes, name: str, package: object = None) -> None:
        """The .docx in `data`; with the reader's `package` (kehoach.read.docx.Package) its archive,
        document and styles are taken as the reader opened them, not inflated and parsed again."""
        self.name = name
        if isinstance(package, Package):
            archive = package.archive
            self.document = package.document
            styles = package.styles
        else:
            archive = open_zip(data, name)
            self.document = parse_xml(_required(read_part(archive, "word/document.xml", name)))
            styles = read_part(archive, "word/styles.xml", name, required=False)
        self.styles = parse_xml(styles) if styles else None
        theme = read_part(archive, "word/theme/theme1.xml", name, required=False)
        self.theme_fonts = _theme_fonts(parse_xml(theme)) if theme else {}
        rels = read_part(archive, "word/_rels/document.xml.rels", name, required=False)
        self.targets = _relationships(parse_xml(rels)) if rels else {}
        self._archive = archive
        self._parts: dict[str, etree._Element | None] = {}
        self._style_cache: dict[tuple[str, str], RunFormat] = {}
        self._defaults: RunFormat | None = None
        self._styles_by_id: dict[tuple[str, str], etree._Element] = {}
        if self.styles is not None:
            for style in self.styles.iter(W + "style"):
                kind = style.get(W + "type") or ""
                self._styles_by_id.setdefault((kind, style.get(W + "styleId") or ""), style)
                if style.get(W + "default") in ("1", "true"):
                    self._styles_by_id.setdefault((kind, ""), style)
        self.paragraphs = list(body_paragraphs(self.document.find(W + "body")))

    def part(self, target: str) -> etree._Element | None:
        """A header or footer part named by a relationship target, parsed once and only when asked.

        Hundreds of relationships may point at the same big part: each distinct part is read once,
        and at most MAX_PARTS_READ of them are read at all.
        """
        if not target.endswith(".xml"):
            return None
        part = "word/" + target.lstrip("/").removeprefix("word/").removeprefix("./")
        if part not in self._parts:
            if len(self._parts) >= MAX_PARTS_READ:
                return None
            try:
                raw = read_part(self._archive, part, self.name, required=False)
                self._parts[part] = parse_xml(raw) if raw else None
            except (InputError, etree.LxmlError):
                self._parts[part] = None  # a broken header only costs its page-number check
        return self._parts[part]

    # --- styles ---

    def _style(self, style_id: str | None, kind: str) -> etree._Element | None:
        """The style with this id, or the default style of its kind when `style_id` is None."""
        return self._styles_by_id.get((kind, style_id if style_id is not None else ""))

    def _chain(self, style_id: str | None, kind: str) -> list[etree._Element]:
        """The style and the styles it is based on, base first."""
        chain: list[etree._Element] = []
        style = self._style(style_id, kind)
        while style is not None and len(chain) < 20:
            chain.insert(0, style)
            based = style.find(W + "basedOn")
            style = self._style(based.get(W + "val"), kind) if based is not None else None
        return chain

    def style_format(self, style_id: str | None, kind: str) -> RunFormat:
        key = (style_id or "", kind)
        if key not in self._style_cache:
            resolved = RunFormat()
            for style in self._chain(style_id, kind):
                self._apply(resolved, style.find(W + "rPr"))
            self._style_cache[key] = resolved
        return self._style_cache[key]

    def defaults(self) -> RunFormat:
        """A fresh copy of the document defaults (docDefaults), parsed once."""
        if self._defaults is None:
            self._defaults = RunFormat()
            if self.styles is not None:
                self._apply(
                    self._defaults, self.styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
                )
        return RunFormat(dict(self._defaults.fonts), self._defaults.size)

    def _apply(self, resolved: RunFormat, rpr: etree._Element | None) -> None:
        if rpr is None:
            return
        fonts = rpr.find(W + "rFonts")
        if fonts is not None:
            for slot in FONT_SLOTS:
                theme = fonts.get(W + slot + "Theme")
                name = fonts.get(W + slot)
                if theme and theme in self.theme_fonts:
                    resolved.fonts[slot] = self.theme_fonts[theme]
                elif name:
                    resolved.fonts[slot] = name
        size_el = rpr.find(W + "sz")
        size = (
            _int(size_el.get(W + "val"), MAX_HALF_POINTS, self.name)
            if size_el is not None
            else None
        )
        if size:
            resolved.size = size / 2

    def run_format(self, paragraph: etree._Element, run: etree._Element) -> RunFormat:
        """docDefaults -> paragraph style chain -> character style chain -> direct run formatting."""
        resolved = self.defaults()
        ppr = paragraph.find(W + "pPr")
        pstyle = ppr.find(W + "pStyle") if ppr is not None else None
        for layer in (
            self.style_format(pstyle.get(W + "val") if pstyle is not None else None, "paragraph"),
            self._character_style(run),
        ):
            resolved.fonts.update(layer.fonts)
            resolved.size = layer.size if layer.size is not None else resolved.size
        self._apply(resolved, run.find(W + "rPr"))
        return resolved

    def run_format_of_style(self, style_id: str | None) -> RunFormat:
        """What a run without direct formatting shows in a paragraph of this style (None: default)."""
        resolved = self.defaults()
        layer = self.style_format(style_id, "paragraph")
        resolved.fonts.update(layer.fonts)
        resolved.size = layer.size if layer.size is not None else resolved.size
        return resolved

    def _character_style(self, run: etree._Element) -> RunFormat:
        rpr = run.find(W + "rPr")
        rstyle = rpr.find(W + "rStyle") if rpr is not None else None
        if rstyle is None:
            return RunFormat()
        return self.style_format(rstyle.get(W + "val"), "character")

    @cached_property
    def formatted_runs(self) -> list[FormattedRun]:
        """Every run with text and its resolved formatting, computed once for all the rules that ask.

        Runs formatted alike (the same paragraph style, character style, direct fonts and size) are
        resolved once: a plan has thousands of runs and a handful of formats.
        """
        found: list[FormattedRun] = []
        resolved: dict[tuple[object, ...], tuple[RunFormat, bool]] = {}
        for index, paragraph in enumerate(self.paragraphs):
            pstyle = paragraph.find(f"{W}pPr/{W}pStyle")
            style_id = pstyle.get(W + "val") if pstyle is not None else None
            table = in_table(paragraph)
            for run, text in runs(paragraph):
                key = (style_id, *_direct_key(run.find(W + "rPr")))
                if key not in resolved:
                    fonts = run.find(f"{W}rPr/{W}rFonts")
                    hint = fonts.get(W + "hint") if fonts is not None else None
                    resolved[key] = (self.run_format(paragraph, run), hint == "eastAsia")
                format_, east_asia = resolved[key]
                found.append(FormattedRun(index, text, format_, east_asia, table))
        return found

    # --- sections ---

    @cached_property
    def section_list(self) -> list[Section]:
        """Every section's page setup, read once for the page-setup and page-number rules."""
        return self.sections()

    def sections(self) -> list[Section]:
        found: list[Section] = []
        for index, paragraph in enumerate(self.paragraphs):
            sect = paragraph.find(f"{W}pPr/{W}sectPr")
            if sect is not None:
                found.append(self._section(sect, index))
        body = self.document.find(W + "body")
        last = body.find(W + "sectPr") if body is not None else None
        if last is not None:
            found.append(self._section(last, max(0, len(self.paragraphs) - 1)))
        return found

    def _section(self, sect: etree._Element, index: int) -> Section:
        size = sect.find(W + "pgSz")
        margins_el = sect.find(W + "pgMar")
        margins = {}
        if margins_el is not None:
            for side in ("top", "bottom", "left", "right"):
                value = _int((margins_el.get(W + side) or "").lstrip("-"), MAX_TWIPS, self.name)
                if value is not None:
                    margins[side] = value
        references: dict[str, dict[str, str]] = {"header": {}, "footer": {}}
        for kind in references:
            for ref in sect.findall(W + kind + "Reference"):
                target = self.targets.get(ref.get(R + "id") or "")
                if target:
                    references[kind][ref.get(W + "type") or "default"] = target
        return Section(
            index,
            _int(size.get(W + "w"), MAX_TWIPS, self.name) if size is not None else None,
            _int(size.get(W + "h"), MAX_TWIPS, self.name) if size is not None else None,
            margins,
            sect.find(W + "titlePg") is not None
            and sect.find(W + "titlePg").get(W + "val") not in ("0", "false"),
            references["header"],
            references["footer"],
        )


def _direct_key(rpr: etree._Element | None) -> tuple[object, ...]:
    """What of a run's direct formatting decides its font and size (run_format reads nothing else)."""
    if rpr is None:
        return ()
    fonts: tuple[tuple[str, str], ...] | None = None
    size = style = None
    for child in rpr:  # one pass over the few children: cheaper than three look-ups
        tag = child.tag
        if tag == _RFONTS:
            fonts = tuple(sorted(child.attrib.items()))
        elif tag == _SZ:
            size = child.get(_VAL)
        elif tag == _RSTYLE:
            style = child.get(_VAL)
    return fonts, size, style


_RFONTS, _SZ, _RSTYLE, _VAL = W + "rFonts", W + "sz", W + "rStyle", W + "val"


def _required(data: bytes | None) -> bytes:
    assert data is not None
    return data


def _int(value: str | None, limit: int, name: str) -> int | None:
    """A measure written in the XML, None when absent or not a number.

    A value beyond `limit` (a page width of a thousand digits, a 10**400-point superscript) is no
    mistake a person makes in Word: the file is refused as forged, like the readers refuse a zip bomb.
    """
    if not value or not value.isascii() or not value.isdigit():
        return None
    if len(value) > len(str(limit)) or int(value) > limit:
        raise InputError(
            f"{name}: tệp .docx có giá trị định dạng bất thường ({value[:12]}…), bị từ chối; "
            "hãy mở bằng Word hoặc LibreOffice, lưu lại rồi thử lại."
        )
    return int(value)


def _theme_fonts(theme: etree._Element) -> dict[str, str]:
    fonts: dict[str, str] = {}
    for which, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        latin = theme.find(f".//{A}{which}/{A}latin")
        if latin is not None and latin.get("typeface"):
            for suffix in ("HAnsi", "Ascii", "Bidi", "EastAsia"):
                fonts[prefix + suffix] = latin.get("typeface") or ""
    return fonts


def _relationships(rels: etree._Element) -> dict[str, str]:
    return {r.get("Id") or "": r.get("Target") or "" for r in rels.iter(REL + "Relationship")}


def body_paragraphs(parent: etree._Element | None) -> Iterator[etree._Element]:
    """Paragraphs in the order kehoach.read gives lines: body order, table cells included."""
    if parent is None:
        return
    for child in parent:
        tag = child.tag
        if tag == W + "p":
            yield child
        elif tag == W + "tbl":
            for row in child.iter(W + "tr"):
                if row.getparent() is not child:
                    continue
                for cell in row:
                    if cell.tag == W + "tc":
                        yield from body_paragraphs(cell)
                    elif cell.tag == W + "sdt":
                        for content in cell.iter(W + "tc"):
                            yield from body_paragraphs(content)
        elif tag in (W + "sdt", W + "customXml", W + "smartTag"):
            content = child.find(W + "sdtContent")
            yield from body_paragraphs(content if content is not None else child)
        elif tag == MC + "AlternateContent":
            choice = child.find(MC + "Choice")
            if choice is not None:
                yield from body_paragraphs(choice)


def runs(paragraph: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Runs of a paragraph with their text (hyperlinks and smart tags included)."""
    for run in paragraph.iter(W + "r"):
        text = "".join(t.text or "" for t in run.iter(W + "t"))
        if text:
            yield run, text


def in_table(paragraph: etree._Element) -> bool:
    parent = paragraph.getparent()
    while parent is not None:
        if parent.tag == W + "tc":
            return True
        parent = parent.getparent()
    return False


def has_page_field(part: etree._Element) -> bool:
    """A PAGE field, simple (w:fldSimple) or complex (w:instrText)."""
    for simple in part.iter(W + "fldSimple"):
        if "PAGE" in (simple.get(W + "instr") or "").upper().split():
            return True
    return any("PAGE" in (instr.text or "").upper().split() for instr in part.iter(W + "instrText"))
