"""The layers stay apart: domain needs neither peewee nor Qt; services need no Qt; and imports
only point down the layers, domain <- store <- services <- ui/cli."""

import ast
import subprocess
import sys
from pathlib import Path

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


# Who may import whom: each layer only from those below it (domain <- store <- services <-
# ui/cli). The package's own small helpers (paths, config, logs...) sit beside the layers.
LAYERS = ("domain", "store", "services", "ui", "cli")
MAY_IMPORT = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "services": {"domain", "store", "services"},
    "ui": {"domain", "store", "services", "ui"},
    "cli": {"domain", "store", "services", "cli"},
}
# The program's entry point parses the command line and, with no command, starts the desktop
# app: it hands over to ui, lazily; no CLI command uses the GUI.
ENTRY_POINT = ("cli/main.py", "ui")


def _imported_layers(path: Path) -> set[tuple[str, int]]:
    """(layer, line) of every reservations_app import in the file, lazy ones included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "reservations_app" and len(parts) > 1 and parts[1] in LAYERS:
                found.add((parts[1], node.lineno))
    return found


def test_imports_only_point_down_the_layers() -> None:
    root = Path(__file__).resolve().parents[1] / "reservations_app"
    wrong = []
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            for imported, line in _imported_layers(path):
                allowed = MAY_IMPORT[layer] | (
                    {ENTRY_POINT[1]} if str(path.relative_to(root)) == ENTRY_POINT[0] else set())
                if imported not in allowed:
                    wrong.append(f"{path.relative_to(root)}:{line} imports {imported}")
    assert wrong == []


# No module reaches into another's private helpers: a name that starts with one underscore is
# that module's own business; what others need has a public name in its proper home.
PACKAGE = Path(__file__).resolve().parents[1] / "reservations_app"


def _is_module(dotted: str) -> bool:
    path = PACKAGE.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _absolute(node: ast.ImportFrom, module: str) -> str:
    """The imported module's dotted name; `module` is the importing module's."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".")[:-node.level]
    return ".".join(base + ([node.module] if node.module else []))


def private_reaches(source: str, module: str) -> list[str]:
    """Each private name `module` imports from, or looks up on, another package module."""
    found = []
    modules_bound: set[str] = set()  # local names bound to reservations_app modules
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("reservations_app.") and alias.asname:
                    modules_bound.add(alias.asname)
        elif isinstance(node, ast.ImportFrom):
            origin = _absolute(node, module)
            if origin.split(".")[0] != "reservations_app":
                continue
            for alias in node.names:
                if _is_module(f"{origin}.{alias.name}"):
                    modules_bound.add(alias.asname or alias.name)
                elif _private(alias.name) and origin != module:
                    found.append(f"{module}:{node.lineno} imports {origin}.{alias.name}")
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Attribute) and _private(node.attr)
                and isinstance(node.value, ast.Name) and node.value.id in modules_bound):
            found.append(f"{module}:{node.lineno} uses {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_another_modules_private_names() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        dotted = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        wrong += private_reaches(path.read_text(encoding="utf-8"), dotted)
    assert wrong == []


def test_the_private_name_check_sees_each_way_in() -> None:
    source = ("from reservations_app.services.people import _client_row, get_client\n"
              "from reservations_app.services import schedule\n"
              "from . import booking\n"
              "schedule._day_blocks(1, 2)\nbooking._visit_type_for(1, 2)\n"
              "from reservations_app import _drivers\n")
    found = private_reaches(source, "reservations_app.services.series")
    assert found == [
        "reservations_app.services.series:1 imports reservations_app.services.people._client_row",
        "reservations_app.services.series:4 uses schedule._day_blocks",
        "reservations_app.services.series:5 uses booking._visit_type_for",
    ]


# The screens read the clinic's policy from their session, which caches it and forgets it on
# each settings change; only the session itself (and the smoke test, which has none) asks the
# service.
POLICY_READERS = {"ui/session.py", "ui/smoke.py",
                  "ui/data/reminder_sender.py"}  # reads it on its network worker, per send


def test_screens_read_the_policy_from_their_session() -> None:
    readers = set()
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = node.attr if isinstance(node, ast.Attribute) else \
                node.id if isinstance(node, ast.Name) else None
            if named == "get_policy":
                readers.add(path.relative_to(PACKAGE).as_posix())
    assert readers <= POLICY_READERS


QT_MODEL_BASES = {"QAbstractItemModel", "QAbstractTableModel", "QAbstractListModel",
                  "QStandardItemModel"}


def test_every_table_model_has_the_one_base() -> None:
    """Only ui/models/table.py subclasses Qt's model classes; every table model is built on it
    (proxies, which hold no rows, are free)."""
    direct = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    (base.id if isinstance(base, ast.Name) else getattr(base, "attr", None))
                    in QT_MODEL_BASES for base in node.bases):
                direct.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.name}")
    assert direct == ["ui/models/table.py:ObjectTableModel"]
