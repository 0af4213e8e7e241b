"""The layers stay apart: domain needs neither peewee nor Qt; services need no Qt."""

import subprocess
import sys

BLOCKER = """
import sys
class Block:
    def __init__(self, names): self.names = names
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in self.names:
            raise ImportError('blocked for the layering test: ' + name)
sys.meta_path.insert(0, Block({blocked!r}))
import importlib, pkgutil
import {package} as root
for info in pkgutil.walk_packages(root.__path__, root.__name__ + '.'):
    importlib.import_module(info.name)
print('ok')
"""


def _imports_without(package: str, blocked: set[str]) -> subprocess.CompletedProcess[str]:
    code = BLOCKER.format(blocked=blocked, package=package)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)


def test_domain_imports_without_peewee_or_qt() -> None:
    result = _imports_without("reservations_app.domain", {"peewee", "playhouse", "PySide6",
                                                         "shiboken6", "platformdirs"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_services_import_without_qt() -> None:
    result = _imports_without("reservations_app.services", {"PySide6", "shiboken6"})
    assert result.returncode == 0, result.stderr


def test_store_imports_without_qt() -> None:
    result = _imports_without("reservations_app.store", {"PySide6", "shiboken6"})
    assert result.returncode == 0, result.stderr


def test_the_blocker_really_blocks() -> None:
    result = _imports_without("reservations_app.store", {"peewee"})
    assert result.returncode != 0
