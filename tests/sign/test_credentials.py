"""Keys: PKCS#12 with a passphrase; expired, revoked and untrusted certificates are refused."""

from __future__ import annotations

import pytest

from kehoach.errors import InputError
from kehoach.sign.credentials import REVOCATION_GOOD, REVOCATION_OFF, check_credential, load_pkcs12
from kehoach.sign.trust import TrustSettings
from sign.sign_helpers import PASSPHRASE


def test_good_certificate_passes_with_revocation_checked(leader, trust):
    assert check_credential(leader, trust).revocation == REVOCATION_GOOD


def test_offline_check_says_revocation_was_not_checked(leader, pki):
    check = check_credential(leader, TrustSettings(roots_dir=pki.roots, online=False))
    assert check.revocation == REVOCATION_OFF


def test_expired_certificate_is_refused(pki, trust):
    expired = load_pkcs12(pki.p12("expired"), PASSPHRASE)
    with pytest.raises(InputError, match="đã hết hạn"):
        check_credential(expired, trust)


def test_revoked_certificate_is_refused(pki, trust):
    revoked = load_pkcs12(pki.p12("revoked"), PASSPHRASE)
    with pytest.raises(InputError, match="đã bị thu hồi"):
        check_credential(revoked, trust)


def test_certificate_from_an_unknown_root_is_refused(pki, trust):
    stranger = load_pkcs12(pki.p12("stranger"), PASSPHRASE)
    with pytest.raises(InputError, match="không thuộc tổ chức chứng thực được tin cậy"):
        check_credential(stranger, trust)


def test_wrong_passphrase_says_what_to_do(pki):
    with pytest.raises(InputError, match="sai mật khẩu") as caught:
        load_pkcs12(pki.p12("leader"), "sai")
    assert "sai" not in str(caught.value).replace(
        "sai mật khẩu", ""
    )  # the passphrase is not echoed


@pytest.mark.parametrize("data", [b"", b"not a p12", b"\x30\x82\x01\x00" + b"\x00" * 50])
def test_garbage_is_not_a_p12(data):
    with pytest.raises(InputError):
        load_pkcs12(data, PASSPHRASE)


def test_name_comes_from_the_certificate(leader, organisation):
    assert leader.name == "Trần Văn Minh"
    assert organisation.name == "Ủy ban nhân dân phường An Biên"
