"""House rules that a test can check: every test asserts, no god modules, docstrings."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ASSERTING_CALLS = ("assert", "check", "wait")


def _python_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in (ROOT / folder).rglob("*.py")]


def _asserts(func: ast.FunctionDef) -> bool:
    for node in ast.walk(func):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if isinstance(call, ast.Call) and "raises" in ast.unparse(call.func):
                    return True
                if isinstance(call, ast.Call) and "wait" in ast.unparse(call.func):
                    return True
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func).split(".")[-1]
            if name.startswith(ASSERTING_CALLS) or name in ("raises", "fail"):
                return True
    return False


def test_every_test_function_asserts_something():
    silent = []
    for path in _python_files("tests"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            is_test = isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
            if is_test and not _asserts(node):
                silent.append(f"{path.relative_to(ROOT)}::{node.name}")
    assert silent == []


@pytest.mark.parametrize("folder", ["pohsd", "ui"])
def test_no_god_modules(folder):
    too_big = [
        f"{p.relative_to(ROOT)}: {n}"
        for p in _python_files(folder)
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 800
    ]
    assert too_big == []


@pytest.mark.parametrize("folder", ["pohsd", "ui"])
def test_every_module_has_a_docstring(folder):
    missing = []
    for path in _python_files(folder):
        if path.parent.name == "versions" and path.stat().st_size == 0:
            continue
        if ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None:
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def test_core_never_imports_qt():
    offenders = []
    for path in _python_files("pohsd"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "ui", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
