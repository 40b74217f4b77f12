"""Build hook: a wheel's extractor modules are compiled to C extensions with mypyc.

    pip install .                     # compiled where a C compiler and Python's headers are, else pure Python
    CLAIMS_COMPILE=1 pip install .    # compiled, or the install fails with the compiler's message
    CLAIMS_COMPILE=0 pip install .    # pure Python

The extractor is plain Python, and the compiled modules are the same source, type-checked and compiled (as black
and mypy ship themselves): about twice as fast, with the same output. Without a compiler the install still works,
pure Python, with a warning (as PyYAML and msgpack fall back from their C extensions). Editable installs stay pure
Python, so a checkout being edited never runs stale compiled code. The compiler works in a temporary copy of the
package: nothing is written into the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILED = (
    "claims/extract/attribution.py",
    "claims/extract/text.py",
    "claims/extract/dates.py",
    "claims/extract/language.py",
    "claims/names.py",
)

_SETUP = """
from setuptools import setup
from mypyc.build import mypycify

setup(name="claims-compiled", ext_modules=mypycify({args!r}, opt_level="3"))
"""


def unpack_compiled(site: Path) -> Path:
    """Build the compiled wheel of this checkout and unpack it into `site`, a folder to put on PYTHONPATH (the
    test of the compiled extractor and `bench_extract.py --compiled` use it). Offline: no build isolation, with
    the hatchling, mypy and setuptools of the test extras."""
    wheels = Path(tempfile.mkdtemp(prefix="claims-wheel-"))
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-cache-dir", "-q"]
    command += ["-w", str(wheels)]
    built = subprocess.run(
        [*command, str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        env={**os.environ, "CLAIMS_COMPILE": "1"},
    )
    if built.returncode:
        raise RuntimeError(f"building the compiled wheel failed:\n{built.stdout}{built.stderr}")
    [wheel] = wheels.glob("claims-*.whl")
    zipfile.ZipFile(wheel).extractall(site)
    shutil.rmtree(wheels, ignore_errors=True)
    return site


def compile_setting() -> str:
    """'1' compile or fail, '0' pure Python, '' (unset) compile where possible."""
    return os.environ.get("CLAIMS_COMPILE", "").strip()


class CompileHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        return [] if compile_setting() == "0" else ["mypy>=1.10", "setuptools>=61"]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" or compile_setting() == "0":
            return
        self._build_dir = Path(tempfile.mkdtemp(prefix="claims-mypyc-"))
        shutil.copytree(Path(self.root) / "claims", self._build_dir / "claims")
        # third-party packages need not be installed where the wheel is built: they are only imported
        (self._build_dir / "setup.py").write_text(_SETUP.format(args=["--ignore-missing-imports", *COMPILED]))
        run = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=self._build_dir,
            capture_output=True,
            text=True,
        )
        if run.returncode:
            if compile_setting() == "1":
                raise RuntimeError(
                    f"mypyc could not compile the extractor (CLAIMS_COMPILE=1):\n{run.stdout}{run.stderr}"
                )
            # (pip shows a build's output only when it fails or is verbose; `claims --version` tells the build)
            print(f"claims: building pure Python, mypyc could not compile the extractor:\n{run.stderr[-2000:]}")
            return
        for library in [*self._build_dir.rglob("*.so"), *self._build_dir.rglob("*.pyd")]:
            place = library.relative_to(self._build_dir)
            if place.parts[0] != "build":  # (setuptools' own copies of the same libraries)
                build_data["force_include"][str(library)] = str(place)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        build_dir = getattr(self, "_build_dir", None)
        if build_dir is not None:
            shutil.rmtree(build_dir, ignore_errors=True)
