"""The desktop app. The only package that imports PySide6."""

import sys

import PySide6.QtCore  # noqa: F401  # loads PySide's import hook, answered below


def _answer_pyside_feature_scan() -> None:
    """PySide reads the whole source of every module imported after it (`inspect.getsource`,
    kept in `linecache`) to learn whether the module names "PySide6" and so might say `from
    __feature__ import snake_case`: for this app's ~400 modules, ~8 MB of source lines held for
    the life of the process, a tenth of its memory (issue 10). Every module is answered "uses
    PySide" without reading it: the default feature set (id 0), which is what the scan gives a
    module that names PySide6; one that does not would get -1, "ignore", which differs from 0
    only once some module selects a feature, and none here or in our dependencies does."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", _uses_default_features)  # noqa: B010


def _uses_default_features(module: object) -> bool:
    return True


_answer_pyside_feature_scan()
