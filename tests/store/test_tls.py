"""TLS to the server: sslmode and sslrootcert, from the URL or a config file, are honoured.

The test makes its own certificate authority and server certificate, starts a throw-away
PostgreSQL server with them on loopback, and connects with verify-full: accepted with the right
authority, refused with a clear message with another one.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from reservations_app import config
from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.paths import AppPaths
from reservations_app.store import db as store_db
from reservations_app.store.models import database
from tests import pg_server

pytestmark = pytest.mark.backends("postgresql")


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _authority(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(_name(common))
                   .issuer_name(_name(common)).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(hours=1))
                   .not_valid_after(now + dt.timedelta(days=2))
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .add_extension(x509.KeyUsage(False, False, False, False, False, True, True,
                                                False, False), critical=True)
                   .sign(key, hashes.SHA256()))
    return key, certificate


def _server_certificate(ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
                        ) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    certificate = (x509.CertificateBuilder().subject_name(_name("localhost"))
                   .issuer_name(ca.subject).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(hours=1))
                   .not_valid_after(now + dt.timedelta(days=2))
                   .add_extension(x509.SubjectAlternativeName(names), critical=False)
                   .sign(ca_key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


def _pem(certificate: x509.Certificate, path: Path) -> Path:
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[pg_server.PostgresServer, x509.Certificate]]:
    try:
        server = pg_server.start_server()
    except pg_server.ServerMissing as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        ca_key, ca = _authority("Clinic test CA")
        server.enable_tls(*_server_certificate(ca_key, ca))
        yield server, ca
    finally:
        server.stop()


def test_verify_full_with_the_clinics_authority_connects_encrypted(
        tls_server: tuple[pg_server.PostgresServer, x509.Certificate], tmp_path: Path) -> None:
    server, ca = tls_server
    root = _pem(ca, tmp_path / "clinic-ca.crt")
    url = f"{server.url('postgres')}?sslmode=verify-full&sslrootcert={root}"
    try:
        assert store_db.probe(url).startswith("PostgreSQL")
        db = store_db.postgres.open_postgres(url)
        encrypted = db.execute_sql(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0]
        db.close()
    finally:
        store_db.close_database()
    assert encrypted is True


def test_tls_settings_from_the_config_file_are_used(
        tls_server: tuple[pg_server.PostgresServer, x509.Certificate], tmp_path: Path) -> None:
    server, ca = tls_server
    root = _pem(ca, tmp_path / "clinic-ca.crt")
    paths = AppPaths(tmp_path / "data", tmp_path / "log", tmp_path / "config",
                     tmp_path / "etc" / "config.toml")
    paths.system_config.parent.mkdir()
    bare = f"postgresql://postgres@127.0.0.1:{server.port}/postgres"
    paths.system_config.write_text(
        f'[database]\nurl = "{bare}"\nsslmode = "verify-full"\nsslrootcert = "{root}"\n')
    url = config.choose_database(None, paths, {}).url
    assert "sslmode=verify-full" in url
    message = store_db.probe(url.replace("postgres@", f"postgres:{server.password}@"))
    assert message.startswith("PostgreSQL")


def test_another_authority_is_refused_with_a_clear_error(
        tls_server: tuple[pg_server.PostgresServer, x509.Certificate], tmp_path: Path) -> None:
    server, _ = tls_server
    _, stranger = _authority("Some other CA")
    root = _pem(stranger, tmp_path / "other-ca.crt")
    url = f"{server.url('postgres')}?sslmode=verify-full&sslrootcert={root}"
    with pytest.raises(DatabaseUnusable) as refused:
        store_db.open_database(url)
    message = refused.value.message
    assert "certificate verify failed" in message
    assert "not signed by the authority in sslrootcert" in message
    assert server.password not in message
    assert database.obj is None or database.obj.is_closed()


def test_a_missing_root_certificate_file_is_named(
        tls_server: tuple[pg_server.PostgresServer, x509.Certificate], tmp_path: Path) -> None:
    server, _ = tls_server
    url = f"{server.url('postgres')}?sslmode=verify-full&sslrootcert={tmp_path / 'none.crt'}"
    with pytest.raises(DatabaseUnusable, match="sslrootcert names a file that cannot be read"):
        store_db.probe(url)
