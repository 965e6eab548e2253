"""A throw-away PKI built at test time: root, intermediate, a leader, an organisation, an expired and a
revoked certificate, an OCSP responder, CRLs and an RFC 3161 timestamp authority.

Certomancer makes the certificates; its aiohttp "animator" serves OCSP, CRLs and the TSA on a loopback
port in a background thread, so the signing and validation code runs its real HTTP paths without the
network. Keys are EC P-256 (fast) generated into a temporary folder; nothing real is shipped.
"""

from __future__ import annotations

import asyncio
import io
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp import web
from certomancer.integrations.aiohttp_animator import build_animator_app
from certomancer.registry import ArchLabel, CertLabel, CertomancerConfig
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image, ImageDraw

PASSPHRASE = "mật khẩu thử 123"
KEYS = ("root", "interm", "leader", "org", "expired", "revoked", "stranger", "tsa", "ocsp", "other")
WARD = "Ủy ban nhân dân phường An Biên"


@dataclass
class TestPki:
    folder: Path
    url: str
    roots: Path  # folder with the trusted root only
    other_roots: Path  # folder with an unrelated root (for "unknown root")
    tsa_url: str

    def p12(self, name: str) -> bytes:
        return (self.folder / f"{name}.p12").read_bytes()


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _config(folder: Path, url: str) -> dict:
    now = datetime.now(UTC).replace(microsecond=0)
    long = {
        "valid-from": _iso(now - timedelta(days=400)),
        "valid-to": _iso(now + timedelta(days=3650)),
    }
    person_exts = [
        {
            "id": "key_usage",
            "critical": True,
            "smart-value": {
                "schema": "key-usage",
                "params": ["digital_signature", "non_repudiation"],
            },
        },
        {
            "id": "crl_distribution_points",
            "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["interm"]}},
        },
        {
            "id": "authority_information_access",
            "smart-value": {"schema": "aia-urls", "params": {"ocsp-responder-names": ["interm"]}},
        },
    ]
    ca_exts = [
        {"id": "basic_constraints", "critical": True, "value": {"ca": True}},
        {
            "id": "key_usage",
            "critical": True,
            "smart-value": {
                "schema": "key-usage",
                "params": ["digital_signature", "key_cert_sign", "crl_sign"],
            },
        },
    ]
    interm_exts = [
        *ca_exts,
        {
            "id": "crl_distribution_points",
            "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["root"]}},
        },
    ]
    person = {"issuer": "interm", "validity": long, "extensions": person_exts}
    return {
        "external-url-prefix": url,
        "keysets": {
            "test": {
                "path-prefix": str(folder),
                "keys": {name: {"path": f"{name}.key.pem"} for name in KEYS},
            }
        },
        "pki-architectures": {
            "test": {
                "keyset": "test",
                "entity-defaults": {"country-name": "VN"},
                "entities": {
                    "root": {"common-name": "Tổ chức chứng thực thử nghiệm gốc"},
                    "interm": {"common-name": "Tổ chức chứng thực thử nghiệm cấp hai"},
                    "leader": {
                        "common-name": "Trần Văn Minh",
                        "organization-name": WARD,
                        "title": "Phó Chủ tịch",
                    },
                    "org": {"common-name": WARD, "organization-name": WARD},
                    "expired": {"common-name": "Lê Thị Hết Hạn", "organization-name": WARD},
                    "revoked": {"common-name": "Đỗ Văn Thu Hồi", "organization-name": WARD},
                    "stranger": {"common-name": "Người Lạ", "organization-name": "Tổ chức lạ"},
                    "other": {"common-name": "Gốc không được tin cậy"},
                    "tsa": {"common-name": "Máy chủ dấu thời gian thử nghiệm"},
                    "ocsp": {"common-name": "Máy chủ OCSP thử nghiệm"},
                },
                "certs": {
                    "root": {
                        "subject": "root",
                        "issuer": "root",
                        "validity": long,
                        "extensions": ca_exts,
                    },
                    "interm": {"issuer": "root", "validity": long, "extensions": interm_exts},
                    "other": {
                        "subject": "other",
                        "issuer": "other",
                        "validity": long,
                        "extensions": ca_exts,
                    },
                    "leader": person,
                    "org": person,
                    "expired": {
                        **person,
                        "validity": {
                            "valid-from": _iso(now - timedelta(days=300)),
                            "valid-to": _iso(now - timedelta(days=10)),
                        },
                    },
                    "revoked": {
                        **person,
                        "revocation": {
                            "revoked-since": _iso(now - timedelta(days=5)),
                            "reason": "key_compromise",
                        },
                    },
                    "stranger": {**person, "issuer": "other", "extensions": person_exts[:1]},
                    "tsa": {
                        "issuer": "root",
                        "validity": long,
                        "extensions": [
                            {
                                "id": "key_usage",
                                "critical": True,
                                "smart-value": {
                                    "schema": "key-usage",
                                    "params": ["digital_signature"],
                                },
                            },
                            {
                                "id": "extended_key_usage",
                                "critical": True,
                                "value": ["time_stamping"],
                            },
                        ],
                    },
                    "ocsp": {
                        "issuer": "interm",
                        "validity": long,
                        "extensions": [
                            {
                                "id": "key_usage",
                                "critical": True,
                                "smart-value": {
                                    "schema": "key-usage",
                                    "params": ["digital_signature"],
                                },
                            },
                            {
                                "id": "extended_key_usage",
                                "critical": True,
                                "value": ["ocsp_signing"],
                            },
                            {"id": "ocsp_no_check"},
                        ],
                    },
                },
                "services": {
                    "ocsp": {
                        "interm": {
                            "for-issuer": "interm",
                            "responder-cert": "ocsp",
                            "signing-key": "ocsp",
                        }
                    },
                    "crl-repo": {
                        "root": {
                            "for-issuer": "root",
                            "signing-key": "root",
                            "simulated-update-schedule": "P30D",
                        },
                        "interm": {
                            "for-issuer": "interm",
                            "signing-key": "interm",
                            "simulated-update-schedule": "P30D",
                        },
                    },
                    "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
                },
            }
        },
    }


def _write_keys(folder: Path) -> None:
    for name in KEYS:
        key = ec.generate_private_key(ec.SECP256R1())
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        (folder / f"{name}.key.pem").write_bytes(pem)


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    return sock


class _Server(threading.Thread):
    """The animator on a loopback socket, in its own event loop, until stop()."""

    def __init__(self, app: web.Application, sock: socket.socket) -> None:
        super().__init__(daemon=True)
        self.app, self.sock = app, sock
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()

    def run(self) -> None:
        asyncio.set_event_loop(self.loop)
        runner = web.AppRunner(self.app, access_log=None)
        self.loop.run_until_complete(runner.setup())
        self.loop.run_until_complete(web.SockSite(runner, self.sock).start())
        self.ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(runner.cleanup())

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.join(timeout=10)


def build_pki(folder: Path) -> tuple[TestPki, _Server]:
    """Make the PKI in `folder`, export PKCS#12 files and root folders, start the services."""
    _write_keys(folder)
    sock = _free_socket()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    config = CertomancerConfig(_config(folder, url), key_search_dir=str(folder))
    arch = config.get_pki_arch(ArchLabel("test"))
    for name in ("leader", "org", "expired", "revoked", "stranger"):
        data = arch.package_pkcs12(CertLabel(name), password=PASSPHRASE.encode())
        (folder / f"{name}.p12").write_bytes(data)
    roots = folder / "roots"
    roots.mkdir()
    (roots / "root.crt").write_bytes(arch.get_cert(CertLabel("root")).dump())
    other_roots = folder / "other-roots"
    other_roots.mkdir()
    (other_roots / "other.pem").write_bytes(arch.get_cert(CertLabel("other")).dump())
    server = _Server(build_animator_app({ArchLabel("test"): arch}), sock)
    server.start()
    server.ready.wait(10)
    pki = TestPki(folder, url, roots, other_roots, f"{url}/test/tsa/tsa")
    return pki, server


def ink_png(
    colour: tuple[int, int, int], size: tuple[int, int], dpi: int = 300, ring: bool = False
) -> bytes:
    """A transparent PNG with strokes of one colour: a signature scrawl, or a seal's rings."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w, h = size
    if ring:
        draw.ellipse((4, 4, w - 4, h - 4), outline=(*colour, 255), width=max(4, w // 40))
        draw.ellipse(
            (w // 5, h // 5, w - w // 5, h - h // 5), outline=(*colour, 255), width=max(3, w // 60)
        )
        draw.polygon(
            [(w // 2, h // 3), (w * 0.56, h // 2), (w // 2, h * 0.64), (w * 0.44, h // 2)],
            fill=(*colour, 255),
        )
    else:
        points = [
            (int(w * x / 10), int(h * (0.5 + 0.35 * ((-1) ** x) * (x % 3) / 2)))
            for x in range(1, 10)
        ]
        draw.line(points, fill=(*colour, 255), width=max(3, h // 25), joint="curve")
        draw.arc(
            (w // 10, h // 8, w // 2, h - h // 8),
            200,
            340,
            fill=(*colour, 255),
            width=max(3, h // 25),
        )
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()
