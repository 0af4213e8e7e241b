"""A throw-away PostgreSQL server for the tests, started and removed by the tests themselves.

It lives in a fresh temporary folder, listens on 127.0.0.1 and on a Unix socket inside that
folder only, on a free port, with a random password for its superuser. It never looks at, or
connects to, any other server: every libpq `PG*` variable is removed from its environment.

initdb refuses to run as root, so as root the server runs as the `postgres` account when the
machine has one and as `nobody` otherwise (Python's subprocess switches the user; no sudo).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

SUPERUSER = "postgres"
START_TIMEOUT_S = 60
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "max_connections": "200",
    "shared_buffers": "'64MB'",
    # A test server holds nothing worth keeping: trade durability for speed.
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "log_min_messages": "warning",
    "log_connections": "off",
}


class ServerUnavailable(RuntimeError):
    """The server would not start."""


class ServerMissing(ServerUnavailable):
    """PostgreSQL's programs are not installed."""


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: from PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RunAs:
    """Who runs the server: ourselves, or an unprivileged account when we are root."""

    uid: int | None = None
    gid: int | None = None
    name: str = field(default_factory=lambda: pwd.getpwuid(os.geteuid()).pw_name)

    @classmethod
    def choose(cls) -> RunAs:
        if os.geteuid() != 0:
            return cls()
        for name in ("postgres", "nobody"):
            with contextlib.suppress(KeyError):
                entry = pwd.getpwnam(name)
                return cls(entry.pw_uid, entry.pw_gid, name)
        raise ServerUnavailable("running as root with neither a 'postgres' nor a 'nobody' "
                                "account to run initdb as")

    def own(self, path: Path) -> None:
        if self.uid is not None and self.gid is not None:
            os.chown(path, self.uid, self.gid)

    def run(self, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        extra = {} if self.uid is None else {"user": self.uid, "group": self.gid,
                                             "extra_groups": []}
        return subprocess.run(args, env=env, capture_output=True, text=True, check=False,
                              stdin=subprocess.DEVNULL, timeout=START_TIMEOUT_S * 2, **extra)


@dataclass
class PostgresServer:
    bindir: Path
    root: Path
    run_as: RunAs
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    port: int = 0

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def url(self, dbname: str, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{SUPERUSER}:{secret}@127.0.0.1:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                               password=self.password, dbname=dbname, autocommit=True,
                               connect_timeout=10)

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(HOME=str(self.root), LC_ALL="C.UTF-8", LANG="C.UTF-8")
        return env

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run_as.run([str(self.bindir / args[0]), *args[1:]], self._env())

    def init(self) -> None:
        self.run_as.own(self.root)
        password_file = self.root / "superuser-password"
        password_file.write_text(self.password + "\n")
        password_file.chmod(0o600)
        self.run_as.own(password_file)
        done = self._run("initdb", "-D", str(self.data_dir), "-U", SUPERUSER,
                         f"--pwfile={password_file}", "--auth-local=trust",
                         "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C",
                         "--no-sync")
        password_file.unlink()
        if done.returncode != 0:
            raise ServerUnavailable(f"initdb failed as {self.run_as.name}: "
                                    f"{done.stderr.strip() or done.stdout.strip()}")
        settings = dict(SERVER_SETTINGS, unix_socket_directories=f"'{self.root}'")
        with (self.data_dir / "postgresql.conf").open("a") as conf:
            conf.write("\n# reservations test server\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def start(self, tries: int = 3) -> None:
        """Start on a free port; another program may grab the port first, so try again."""
        failure = ""
        for _ in range(tries):
            self.port = free_port()
            done = self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_file),
                             "-o", f"-p {self.port}", "-w", "-t", str(START_TIMEOUT_S), "start")
            if done.returncode == 0:
                return
            failure = self._log_tail() or done.stderr.strip()
        raise ServerUnavailable(f"the PostgreSQL test server did not start: {failure}")

    def enable_tls(self, cert_pem: bytes, key_pem: bytes) -> None:
        """Serve TLS with this certificate and key (the caller made them), then restart."""
        for name, data in (("server.crt", cert_pem), ("server.key", key_pem)):
            path = self.data_dir / name
            path.write_bytes(data)
            path.chmod(0o600)  # the server refuses a key others can read
            self.run_as.own(path)
        with (self.data_dir / "postgresql.conf").open("a") as conf:
            conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
        done = self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_file),
                         "-o", f"-p {self.port}", "-w", "-t", str(START_TIMEOUT_S), "restart")
        if done.returncode != 0:
            raise ServerUnavailable(f"restart with TLS failed: {self._log_tail()}")

    def _log_tail(self) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-8:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.data_dir.exists():
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _processes(self) -> list[int]:
        """The postmaster and every process it started (backends, writer, checkpointer...)."""
        postmaster = int((self.data_dir / "postmaster.pid").read_text().split()[0])
        found = [postmaster]
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    stat = (entry / "stat").read_text()
                    if int(stat.rsplit(")", 1)[1].split()[1]) == postmaster:
                        found.append(int(entry.name))
        return found

    @contextlib.contextmanager
    def frozen(self) -> Iterator[None]:
        """The whole server stopped (SIGSTOP) inside the block, as a hung host would look:
        connections stay open and nothing answers. Always resumed (SIGCONT) on the way out."""
        stopped = self._processes()
        try:
            for pid in stopped:
                with contextlib.suppress(ProcessLookupError):  # a child that just ended
                    os.kill(pid, signal.SIGSTOP)
            yield
        finally:
            for pid in stopped:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGCONT)

    def create_database(self, name: str, template: str | None = None) -> None:
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {} STRATEGY file_copy").format(
                sql.Identifier(template))
        with self.connect() as admin:
            admin.execute(statement)

    def drop_database(self, name: str) -> None:
        with self.connect() as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))


def start_server() -> PostgresServer:
    """A running server in a new temporary folder. The caller must call `stop()`."""
    bindir = find_bindir()
    if bindir is None:
        raise ServerMissing("initdb and pg_ctl were not found on PATH or in "
                                "/usr/lib/postgresql/*/bin (install PostgreSQL 15)")
    run_as = RunAs.choose()
    # Not under pytest's tmp folder: that is private to root, and the server runs as another user.
    root = Path(tempfile.mkdtemp(prefix="reservations-pg-"))
    server = PostgresServer(bindir, root, run_as)
    try:
        server.init()
        server.start()
    except BaseException:
        server.stop()
        raise
    # The fixture stops it; this is for a run that ends without running fixture teardown.
    atexit.register(server.stop)
    return server
