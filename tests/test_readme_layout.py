"""The README's "How the code is laid out" names every package and every module in it, so the
map a newcomer reads is the code as it is."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "reservations_app"
HEADING = re.compile(r"^### `(reservations_app/[\w/]*)`\s*$")
NAMED = re.compile(r"`([\w.]+\.py)`")


def listed_by_package(readme: str) -> dict[str, set[str]]:
    """Package folder (e.g. "reservations_app/ui/models/") -> the file names under its heading."""
    section = readme.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
    listed: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in section.splitlines():
        heading = HEADING.match(line)
        if heading:
            current = listed.setdefault(heading.group(1), set())
        elif line.startswith("### "):
            current = None
        elif current is not None:
            current.update(NAMED.findall(line))
    return listed


def missing_from(readme: str) -> list[str]:
    listed = listed_by_package(readme)
    missing = []
    for module in sorted(PACKAGE.rglob("*.py")):
        folder = module.parent.relative_to(ROOT).as_posix() + "/"
        if folder not in listed:
            missing.append(f"no heading for {folder}")
        elif module.name != "__init__.py" and module.name not in listed[folder] \
                and not folder.endswith("/migrations/"):
            missing.append(f"{folder}{module.name}")
    return sorted(set(missing))


def gone_from(readme: str) -> list[str]:
    """Modules the README lists that are not (any more) in their package."""
    return sorted(f"{folder}{name}" for folder, names in listed_by_package(readme).items()
                  for name in names if not (ROOT / folder / name).is_file())


def test_the_readme_lists_every_package_and_module() -> None:
    assert missing_from((ROOT / "README.md").read_text(encoding="utf-8")) == []


def test_the_check_sees_a_module_left_out() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "reservations_app/services/lookups.py" in missing_from(
        readme.replace("`lookups.py`", "lookups"))
    assert "no heading for reservations_app/ui/printing/" in missing_from(
        readme.replace("### `reservations_app/ui/printing/`", "### printing"))


def test_every_module_the_readme_lists_is_there() -> None:
    assert gone_from((ROOT / "README.md").read_text(encoding="utf-8")) == []


def test_the_check_sees_a_listed_module_that_is_gone() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert gone_from(readme.replace("`lookups.py`", "`lookups.py`, `gone.py`")) == [
        "reservations_app/services/gone.py"]
