"""``dyadwatch doctor``: checks the install; each problem comes with its fix."""

from __future__ import annotations

import importlib.metadata
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .config import Options
from .errors import DyadwatchError


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def run_checks(options: Options) -> list[Check]:
    checks = [_python()]
    checks.append(_package("spacy", "3.8", "pip install 'spacy==3.8.18'"))
    checks.append(_package("duckdb", "", "pip install duckdb"))
    model = _model(options.model)
    checks.append(model)
    checks.extend(_data(options))
    checks.append(_store(options.db))
    return checks


def _python() -> Check:
    ok = sys.version_info >= (3, 11)
    return Check("python", ok, sys.version.split()[0], "" if ok else "install Python 3.11 or newer, then run `make demo`")


def _package(name: str, prefix: str, fix: str) -> Check:
    try:
        version = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return Check(name, False, "not installed", fix)
    ok = version.startswith(prefix)
    return Check(name, ok, version, "" if ok else fix)


def _model(name: str) -> Check:
    from .nlp import load_model

    try:
        nlp = load_model(name)
    except DyadwatchError as exc:
        return Check("model", False, str(exc).split(";")[0], str(exc).split("fix: ", 1)[-1])
    except Exception as exc:  # a broken model package: report, do not crash the doctor
        return Check("model", False, f"{name} failed to load: {exc}", f"pip install --force-reinstall the package providing {name}")
    meta = nlp.meta
    return Check("model", True, f"{name} ({meta.get('name')} {meta.get('version')}, pipes: {', '.join(nlp.pipe_names)})")


def _data(options: Options) -> list[Check]:
    from .actors.dictionary import load_dictionary
    from .events.codebook import load_codebook
    from .events.rules import load_rules

    out = []
    try:
        counts = load_dictionary(options.data_dirs).counts()
        out.append(Check("actors", True, ", ".join(f"{k} {v}" for k, v in counts.items())))
    except DyadwatchError as exc:
        out.append(Check("actors", False, str(exc), "fix the file and line named above"))
    try:
        rules = load_rules(options.data_dirs)
        out.append(Check("events", True, f"{len(rules)} rules, {len(load_codebook())} CAMEO codes"))
    except DyadwatchError as exc:
        out.append(Check("events", False, str(exc), "fix the file and line named above"))
    return out


def _store(db: str) -> Check:
    from .store import Store

    path = Path(db)
    try:
        if path.exists():
            with Store(path, read_only=True) as store:
                counts = store.counts()
            return Check("store", True, f"{db}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        folder = path.parent if str(path.parent) else Path(".")
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".dyadwatch-doctor-"):
            pass
        return Check("store", True, f"{db} does not exist yet; its folder is writable")
    except (DyadwatchError, OSError) as exc:
        return Check("store", False, f"{db}: {exc}", "choose a writable path with --db or DYADWATCH_DB")
