"""Build hook only (the project is described in pyproject.toml): copy the repository's
`resources/` folder into the wheel as `reservations_app/_resources`, where
`reservations_app.assets` looks for it in an installed copy. An editable install and a source
checkout read `resources/` in place, so they need no copy."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "reservations_app" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(RESOURCES, target)


setup(cmdclass={"build_py": BuildPyWithResources})
