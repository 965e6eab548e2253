"""Every subcommand on mutated real files and hostile shapes: exit status 0, 1 or 2, never a traceback.

The inputs are a seed (.txt), a .docx written from it by our own writer, a corpus .docx where ../shared
is present, a small PDF built here, and hostile files built here with zipfile (no binaries committed).
Hypothesis mutates bytes, truncates, splices and rewrites the numbers inside the .docx XML.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT, corpus_files
from kehoach.cli import build_parser, main
from kehoach.read import read_plan
from kehoach.write.docx import render_docx

SEED = next((FIXTURES / "seeds").glob("002_*.txt"))
PROFILE = ROOT / "examples" / "profiles" / "phuong-le-chan-hai-phong.yaml"
NOT_FUZZED = {
    "serve": "starts a web server; it reads no input file",
    "worker": "runs the queued jobs of the database; it reads no input file",
}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _unit_reports(path: Path | None, out: Path) -> Path:
    """A folder of unit reports for `report`: `path` linked in as one unit's file, or a valid one."""
    folder = out / ("bao-cao-" + (path.name if path else "hop-le"))
    folder.mkdir(exist_ok=True)
    target = folder / "don-vi.yaml"
    if path is not None and not target.is_symlink():
        target.symlink_to(path.absolute())
    elif path is None:
        target.write_text("unit: Công an phường\nfigures: {Buổi phát thanh: 3}\n", encoding="utf-8")
    return folder


def _arguments(command: str, path: Path, out: Path) -> list[str]:
    """The command line that makes `command` read `path` (calendar reads its dates as text)."""
    if command == "report plan":
        return [
            "report",
            str(path),
            "--reports",
            str(_unit_reports(None, out)),
            "-o",
            str(out / "bc.yaml"),
        ]
    if command == "report units":
        return [
            "report",
            str(SEED),
            "--reports",
            str(_unit_reports(path, out)),
            "-o",
            str(out / "bc.yaml"),
        ]
    if command == "calendar":
        try:
            text = path.read_bytes()[:40].decode("utf-8", "replace").replace("\x00", "")
        except OSError:  # a symlink loop, a folder: its name is the text
            text = path.name
        return ["calendar", "lunar", text or "-"] if len(text) % 2 else ["calendar", text or "0"]
    return {
        "parse": ["parse", "--json", str(path)],
        "lint": ["lint", "--json", str(path)],
        "render": ["render", str(path), "-o", str(out / "out.docx")],
        "cascade": ["cascade", str(path), "--profile", str(PROFILE), "-o", str(out / "out.yaml")],
        "channel": ["channel", str(path), "--to", "portal,social", "-o", str(out / "kenh")],
        "thi-dua movement": ["thi-dua", "movement", "--json", str(path)],
        "thi-dua check": ["thi-dua", "check", "--json", str(path)],
        "thi-dua decision": ["thi-dua", "decision", str(path), "-o", str(out / "qd.docx")],
        "thi-dua certificates": ["thi-dua", "certificates", str(path), "-o", str(out / "gk.pdf")],
        "verify": ["verify", "--json", str(path), "--trust", str(out)],
        # the file stands for the PDF, the key and the image at once; the passphrase is not set, so
        # signing stops at the first file it refuses (never a traceback) before asking for it
        "sign leader": ["sign", "leader", str(path), "--p12", str(path), "--image", str(path)]
        + ["-o", str(out / "s.pdf"), "--trust", str(out)],
        "sign issue": ["sign", "issue", str(path), "--p12", str(path), "--seal", str(path)]
        + ["--number", "5", "--date", "06/01/2025", "-o", str(out / "s.pdf"), "--trust", str(out)],
        "sign copy": ["sign", "copy", str(path), "--p12", str(path), "--body", "UBND"]
        + ["--register", str(out / "so.json"), "-o", str(out / "s.pdf"), "--trust", str(out)],
        "backup": ["backup", str(path)],
        "restore": ["restore", str(path)],
    }[command]


COMMANDS = (
    "parse",
    "lint",
    "render",
    "cascade",
    "report plan",
    "report units",
    "calendar",
    "channel",
    "thi-dua movement",
    "thi-dua check",
    "thi-dua decision",
    "thi-dua certificates",
    "verify",
    "sign leader",
    "sign issue",
    "sign copy",
)
# The site's data commands read a folder and start Django in a child process (seconds each): they
# get the hostile shapes that reach them (a symlink loop, a file for a folder, a forged manifest),
# against a database in a temporary folder.
SITE_COMMANDS = ("backup", "restore")


def test_every_subcommand_is_fuzzed():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    fuzzed = {c.split()[0] for c in COMMANDS} | set(SITE_COMMANDS) | set(NOT_FUZZED)
    assert set(subparsers.choices) == fuzzed
    for group in ("thi-dua", "sign"):
        verbs = next(a for a in subparsers.choices[group]._actions if a.dest and a.choices)
        assert {f"{group} {verb}" for verb in verbs.choices} <= set(COMMANDS)


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with these (ASCII) lines, written by hand: enough for the PDF reader to read."""
    stream = "BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def _rezip(data: bytes, change) -> bytes:
    """The .docx with its parts passed through `change(parts)`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {info.filename: source.read(info) for info in source.infolist()}
    change(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("fuzz")
    docx = folder / "seed.docx"
    docx.write_bytes(render_docx(read_plan(SEED)))
    found = {
        "seed.txt": SEED.read_bytes(),
        "seed.docx": docx.read_bytes(),
        "plan.pdf": _pdf(
            ["UY BAN NHAN DAN", "So: 12/KH-UBND", "KE HOACH", "I. MUC DICH", "1. Muc dich"]
        ),
    }
    for path in corpus_files("docx")[:1]:
        found["corpus.docx"] = path.read_bytes()
    return found


def _set_all(pattern: str, value: str):
    def change(parts: dict[str, bytes]) -> None:
        document = parts["word/document.xml"].decode("utf-8")
        parts["word/document.xml"] = re.sub(
            pattern, lambda m: m.group(1) + value, document
        ).encode()

    return change


def _numbering_1500(parts: dict[str, bytes]) -> None:
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{"%1.%2.%3.%4.%5.%6.%7.%8.%9" * 20}"/></w:lvl>'
        for i in range(9)
    )
    abstract = "".join(
        f'<w:abstractNum w:abstractNumId="{i}">{levels}</w:abstractNum>' for i in range(1500)
    )
    nums = "".join(
        f'<w:num w:numId="{i + 1}"><w:abstractNumId w:val="{i}"/></w:num>' for i in range(1500)
    )
    parts["word/numbering.xml"] = (
        f'<w:numbering xmlns:w="{W}">{abstract}{nums}</w:numbering>'.encode()
    )
    document = parts["word/document.xml"].decode("utf-8")
    parts["word/document.xml"] = re.sub(
        r"<w:p>|<w:p ([^>]*)>",
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="1500"/></w:numPr></w:pPr>',
        document,
    ).encode()


def _relationships_400(parts: dict[str, bytes]) -> None:
    parts["word/header1.xml"] = (
        f'<w:hdr xmlns:w="{W}">' + "<w:p><w:r><w:t>PAGE</w:t></w:r></w:p>" * 20000 + "</w:hdr>"
    ).encode()
    rels = "".join(
        f'<Relationship Id="rH{i}" Type="h" Target="{"./" * (i % 3)}header1.xml"/>'
        for i in range(400)
    )
    parts["word/_rels/document.xml.rels"] = (
        f'<Relationships xmlns="{PKG}">{rels}</Relationships>'.encode()
    )
    refs = "".join(f'<w:headerReference w:type="default" r:id="rH{i}"/>' for i in range(400))
    document = parts["word/document.xml"].decode("utf-8")
    document = document.replace(
        "<w:sectPr>",
        '<w:sectPr xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + refs,
    )
    parts["word/document.xml"] = document.encode()


HOSTILE_DOCX = {
    "page-width-absurd.docx": _set_all(r'(<w:pgSz[^>]*w:w=")\d+', "9" * 5000),
    "margin-absurd.docx": _set_all(r'(<w:pgMar[^>]*w:left=")\d+', "9" * 400),
    "superscript-size.docx": _set_all(
        r"(<w:rPr>)", '<w:vertAlign w:val="superscript"/><w:sz w:val="' + "9" * 400 + '"/>'
    ),
    "numbering-1500.docx": _numbering_1500,
    "relationships-400.docx": _relationships_400,
}


@pytest.fixture(scope="module")
def hostile(bases, tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = []
    for name, change in HOSTILE_DOCX.items():
        path = folder / name
        path.write_bytes(_rezip(bases["seed.docx"], change))
        paths.append(path)
    loop = folder / "loop.txt"
    loop.symlink_to(loop)
    pair = folder / "a.docx"
    pair.symlink_to(folder / "b.docx")
    (folder / "b.docx").symlink_to(pair)
    deep = folder / "deep.docx"
    deep.write_bytes(
        _rezip(
            bases["seed.docx"],
            lambda parts: parts.update(
                {
                    "word/document.xml": (
                        f'<w:document xmlns:w="{W}"><w:body>'
                        + "<w:sdt><w:sdtContent>" * 3000
                        + "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>"
                        + "</w:sdtContent></w:sdt>" * 3000
                        + "</w:body></w:document>"
                    ).encode()
                }
            ),
        )
    )
    long_line = folder / "long-line.txt"
    long_line.write_text("KẾ HOẠCH " + "tác " * 200000 + "\n", encoding="utf-8")
    return [*paths, loop, pair, deep, long_line, folder]


def _no_traceback(status, err: str) -> None:
    assert status in (0, 1, 2), (status, err)
    assert "Traceback" not in err, err


def _run(capsys, argv: list[str]) -> tuple[int, str]:
    try:
        status = main(argv)
    except SystemExit as stop:  # argparse refusing a fuzzed argument: its own one-line usage error
        status = stop.code
    captured = capsys.readouterr()
    return status, captured.err


@pytest.mark.parametrize("command", COMMANDS)
def test_hostile_files_never_end_in_a_traceback(command, hostile, tmp_path, capsys):
    for path in hostile:
        status, err = _run(capsys, _arguments(command, path, tmp_path))
        _no_traceback(status, err)
        if status == 2 and command != "calendar":
            assert len(err.strip().splitlines()) == 1, (path.name, err)


@pytest.mark.parametrize("command", SITE_COMMANDS)
def test_site_data_commands_on_hostile_folders(command, hostile, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KEHOACH_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    forged = tmp_path / "forged"
    forged.mkdir()
    (forged / "manifest.json").write_bytes(b'{"schema": "' + b"9" * 5000 + b'", "rows": [[[')
    loop = next(p for p in hostile if p.name == "loop.txt")
    for path in (loop, forged):
        status, err = _run(capsys, [command, str(path)])
        _no_traceback(status, err)
        assert status == 2 and len(err.strip().splitlines()) == 1, (path.name, err)


def test_lint_refuses_the_forged_docx_values_in_one_line(hostile, capsys):
    for path in hostile:
        if path.name in ("page-width-absurd.docx", "margin-absurd.docx", "superscript-size.docx"):
            status, err = _run(capsys, ["lint", str(path)])
            assert status == 2, path.name
            assert err.startswith(f"kehoach: {path}: ") and len(err.strip().splitlines()) == 1


def test_lint_of_a_symlink_loop_is_one_line(hostile, capsys):
    loop = next(p for p in hostile if p.name == "loop.txt")
    status, err = _run(capsys, ["lint", str(loop)])
    assert status == 2
    assert err.count("\n") == 1 and "không mở được tệp" in err


_MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(0, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("splice"), st.integers(0, 10**6), st.integers(1, 4096)),
)
_XML_MUTATION = st.tuples(
    st.sampled_from(
        [r'(w:val=")\d+', r'(w:w=")\d+', r'(w:h=")\d+', r'(w:left=")\d+', r"(<w:t>)[^<]{0,5}"]
    ),
    st.sampled_from(["", "-1", "0", "9" * 30, "1e9", "\u0000", "&#x0;", "<w:p>", "%1%2"]),
)


def _mutate(data: bytes, mutations) -> bytes:
    out = bytearray(data)
    for kind, where, what in mutations:
        if not out:
            break
        at = where % len(out)
        if kind == "flip":
            out[at] = what
        elif kind == "cut":
            del out[at:]
        elif kind == "insert":
            out[at:at] = what
        else:
            out[at:at] = out[at : at + what]
    return bytes(out)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    command=st.sampled_from(COMMANDS),
    base=st.sampled_from(["seed.txt", "seed.docx", "plan.pdf", "corpus.docx"]),
    mutations=st.lists(_MUTATION, max_size=4),
    xml=st.lists(_XML_MUTATION, max_size=2),
)
def test_mutated_files_never_end_in_a_traceback(
    bases, tmp_path, capsys, command, base, mutations, xml
):
    data = bases.get(base, bases["seed.docx"])
    name = base
    if name.endswith(".docx") and xml:

        def change(parts: dict[str, bytes]) -> None:
            document = parts["word/document.xml"].decode("utf-8")
            for pattern, value in xml:
                document = re.sub(pattern, lambda m, v=value: m.group(1) + v, document, count=50)
            parts["word/document.xml"] = document.encode("utf-8")

        data = _rezip(data, change)
    path = tmp_path / f"m-{len(mutations)}-{name}"
    path.write_bytes(_mutate(data, mutations))
    status, err = _run(capsys, _arguments(command, path, tmp_path))
    _no_traceback(status, err)
    if status == 2 and command != "calendar":
        assert len(err.strip().splitlines()) == 1, err
