"""What is installed works: the wheel carries the data files the code reads at run time (schemas, the default
vocabulary, the migrations), and the `claims` command starts."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from claims import db

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "claims"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from the checkout, as `pip install claims` would get it (needs PyPI for the build backend
    unless `build` and hatchling are installed), pure Python: the compiled one is test_compiled_extractor's."""
    out = tmp_path_factory.mktemp("wheel")
    if importlib.util.find_spec("build") is not None:
        command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)]
    else:
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(ROOT)]
    env = {**os.environ, "CLAIMS_COMPILE": "0"}
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    [built] = out.glob("claims-*.whl")
    return built


@pytest.mark.slow
def test_without_a_working_c_compiler_the_wheel_is_pure_python(tmp_path: Path) -> None:
    """`pip install .` compiles the extractor where it can; where it cannot, the install still works."""
    pytest.importorskip("mypy", reason="the compiling build needs mypy (the test extras)")
    env = {**os.environ, "CC": "false"}
    env.pop("CLAIMS_COMPILE", None)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-cache-dir", "-v"]
    command += ["-w", str(tmp_path)]

    result = subprocess.run([*command, str(ROOT)], capture_output=True, text=True, timeout=300, env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "claims: building pure Python, mypyc could not compile the extractor" in result.stdout + result.stderr
    [built] = tmp_path.glob("claims-*.whl")
    assert built.name.endswith("-py3-none-any.whl")
    assert not [name for name in zipfile.ZipFile(built).namelist() if name.endswith((".so", ".pyd"))]


def _relative(paths: list[Path]) -> set[str]:
    return {path.relative_to(ROOT).as_posix() for path in paths}


@pytest.mark.slow
def test_the_wheel_carries_the_schemas_the_vocabulary_and_the_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())

    schemas = _relative(sorted(PACKAGE.glob("schemas/*.schema.json")))
    migrations = _relative(sorted(PACKAGE.glob("migrations/versions/*.py")))
    assert {"claims/schemas/claim.schema.json", "claims/schemas/record.schema.json"} <= schemas
    assert {
        "claims/migrations/versions/0001_initial_tables.py",
        "claims/migrations/versions/0002_settings_and_append_only_history.py",
    } <= migrations
    assert schemas <= names
    assert migrations <= names
    assert {"claims/statuses.json", "claims/migrations/env.py", "claims/py.typed", "claims/__main__.py"} <= names


@pytest.mark.slow
def test_the_wheel_installs_the_claims_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        [entry_points] = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(entry_points).decode()

    assert "[console_scripts]\nclaims = claims.cli:cli" in text


@pytest.mark.slow
def test_the_wheel_alone_opens_a_store_and_validates(wheel: Path, tmp_path: Path) -> None:
    """Run from the unpacked wheel, not the checkout: the data files are found where the wheel put them."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import claims, claims.db as db, claims.store as store\n"
        f"assert claims.__file__.startswith({str(site)!r}), claims.__file__\n"
        f"engine = db.open_store({str(tmp_path / 'store.db')!r})\n"
        "with db.writing(engine) as session:\n"
        "    short_id, _ = store.add_claim(session=session, claim={'text': 'Pogovor je bil konstruktiven.',"
        " 'speaker': 'Steve Witkoff'})\n"
        "    store.record_status(session=session, ref=short_id, status='mostly-true', reviewer='Ana')\n"
        "with db.reading(engine) as session:\n"
        "    assert list(store.audit(session=session)) == []\n"
        "    print(db.current_revision(engine), store.get_claim(session=session, ref=short_id).verdict)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("CLAIMS_DATABASE_URL", None)

    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{db.HEAD_REVISION} mostly-true\n"


def _claims_command() -> list[str]:
    script = Path(sys.executable).parent / ("claims.exe" if os.name == "nt" else "claims")
    return [str(script)] if script.exists() else [sys.executable, "-m", "claims"]


@pytest.mark.parametrize(
    "command", [_claims_command(), [sys.executable, "-m", "claims"]], ids=["console-script", "python-m"]
)
def test_claims_help_runs_without_touching_a_store(command: list[str], tmp_path: Path) -> None:
    store = tmp_path / "never" / "claims.db"
    env = {**os.environ, "CLAIMS_DATABASE_URL": str(store)}

    result = subprocess.run([*command, "--help"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)

    assert result.returncode == 0, result.stderr
    usage = result.stdout.splitlines()[0]
    assert usage.startswith("Usage: ") and usage.endswith("claims [OPTIONS] COMMAND [ARGS]..."), usage
    for name in ("add", "audit", "export", "import", "list", "show", "status"):
        assert f"\n  {name} " in result.stdout
    assert not store.parent.exists()


def test_claims_version_runs(tmp_path: Path) -> None:
    result = subprocess.run([*_claims_command(), "--version"], capture_output=True, text=True, cwd=tmp_path, timeout=60)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("claims, version ")
