"""The compiled extractor (`CLAIMS_COMPILE=1 pip install .`, see hatch_build.py) is the same extractor: built into
a wheel with mypyc, it gives exactly the statements the pure-Python modules give, on every passage the project
keeps (the sample, the development set and the construction table), and on input made to hurt it. Neither build
leaves reference cycles behind, which is what lets `extract` pause the cycle collector without costing memory.

The wheel is built offline, without build isolation, with the hatchling, mypy and setuptools of the test extras."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_extract_constructions import CASES

from claims.extract import extract

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = [
    "„" * 3000 + " je dejal Novak. " + "»" * 500,
    "je dejal, da " * 2000,
    " ".join(["Janez Novak Kiril Dmitrijev"] * 1500),
    "— " + "Pogovori so bili dobri " * 800,
    "",
    "\x00\ufeff\u202e»«„“",
]

_DUMP = """
import dataclasses, json, sys
import claims.extract.attribution as attribution
from claims.extract import extract
assert attribution.__file__.endswith((".so", ".pyd")), attribution.__file__
for text in json.load(sys.stdin):
    print(json.dumps([dataclasses.asdict(s) for s in extract(text)], ensure_ascii=False, default=str))
"""

# (mypyc keeps a function's closures in one object that refers to them, and they to it: a cycle holding all they
# use, the document's tokens included; the extractor has no nested functions for that reason)
_CYCLES = """
import gc, json, sys
from claims.extract import extract
texts = json.load(sys.stdin)
extract(texts[0])  # (importing makes garbage of its own: classes that @dataclass(slots=True) replaced)
gc.disable()
gc.collect()
for text in texts:
    extract(text)
print(gc.collect())
"""


def passages() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "sources").glob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests/devset/texts").glob("*.txt"))]
    texts += [passage for _, passage, _ in CASES]
    return texts + HOSTILE


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT))
    from hatch_build import unpack_compiled

    return unpack_compiled(tmp_path_factory.mktemp("compiled") / "site")


@pytest.mark.slow
def test_the_compiled_wheel_holds_extension_modules_and_no_build_leftovers(compiled_site: Path) -> None:
    libraries = {p.relative_to(compiled_site).as_posix().split(".")[0] for p in compiled_site.rglob("*.so")}
    assert {"claims/extract/attribution", "claims/extract/text", "claims/extract/dates"} <= libraries
    assert not (compiled_site / "build").exists()


@pytest.mark.slow
def test_the_compiled_extractor_gives_the_same_statements(compiled_site: Path) -> None:
    texts = passages()
    run = subprocess.run(
        [sys.executable, "-c", _DUMP],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(compiled_site)},
        cwd=compiled_site,  # not the checkout, whose pure-Python package would come first
    )
    assert run.returncode == 0, run.stderr
    compiled = [json.loads(line) for line in run.stdout.splitlines()]
    pure = [json.loads(json.dumps([dataclasses.asdict(s) for s in extract(t)], default=str)) for t in texts]
    assert len(compiled) == len(texts)
    assert sum(map(len, pure)) > 500  # the comparison covers hundreds of statements, not empty output
    for text, got, expected in zip(texts, compiled, pure, strict=True):
        assert got == expected, text[:200]


def test_the_pure_python_extractor_leaves_no_reference_cycles() -> None:
    texts = passages()
    extract(texts[0])
    gc.disable()
    try:
        gc.collect()
        for text in texts:
            extract(text)
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.slow
def test_the_compiled_extractor_leaves_no_reference_cycles(compiled_site: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", _CYCLES],
        input=json.dumps(passages()),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(compiled_site)},
        cwd=compiled_site,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "0"


@pytest.mark.parametrize("enabled", [True, False])
def test_extracting_leaves_the_hosts_collector_setting_as_it_was(enabled: bool) -> None:
    gc.enable() if enabled else gc.disable()
    try:
        extract("Janez Novak je dejal, da bo jutri deževalo.")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
