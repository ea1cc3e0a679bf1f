"""Build of the optional native engine `dynaprune.runtime.ftwt._native` (everything else lives in pyproject.toml).

The extension is optional: if no C compiler is present or the build fails,
`pip install` still succeeds and `dynaprune.runtime.ftwt.native_runner.native_available()`
is False (the ONNX Runtime runner is the portable fallback).

Flags: -O3, never -ffast-math (kept channels must equal PyTorch's exactly);
-march=native unless DYNAPRUNE_PORTABLE_BUILD=1 (set it when the build machine
is not the machine that runs it, e.g. a Docker image built elsewhere): then the
hot loops are compiled for x86-64-v4 (AVX-512), x86-64-v3 (AVX2 + FMA) and the
baseline, and the loader picks the best one the CPU has (GCC target_clones;
compilers without it get the baseline only, ~10x slower). Threads
come from a small pthreads pool inside the engine, not OpenMP: libgomp's barriers
wait a scheduler time slice per parallel section on a shared CPU (see pool.h).
"""

from __future__ import annotations

import os
import sys
import tempfile

from setuptools import Extension, find_packages, setup
from setuptools.command.build_ext import build_ext


# GCC >= 12 on x86-64 with glibc (ifunc): function clones per instruction set, picked at load time.
_DISPATCH_PROBE = """
#if !defined(__x86_64__)
#error no dispatch
#endif
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
static int f(int x) { return x + 1; }
int main(void) { __builtin_cpu_init(); return f(__builtin_cpu_supports("x86-64-v3")) - 1; }
"""


def _accepts(compiler, flags: list[str], link: bool = False, source: str = "int main(void) { return 0; }\n") -> bool:
    text = source
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "probe.c")
        with open(source, "w") as handle:
            handle.write(text)
        try:
            objects = compiler.compile([source], output_dir=tmp, extra_postargs=flags)
            if link:
                compiler.link_executable(objects, os.path.join(tmp, "probe"), extra_postargs=flags)
        except Exception:  # CompileError, LinkError, missing compiler
            return False
    return True


class BuildNative(build_ext):
    def build_extensions(self) -> None:
        compiler = self.compiler
        if compiler.compiler_type == "msvc":  # GCC/Clang vector extensions and pthreads are required
            print("dynaprune: the native engine needs GCC or Clang; skipping it", file=sys.stderr)
            self.extensions = []
            return
        compile_flags, link_flags = ["-O3", "-std=gnu11", "-fno-math-errno", "-pthread", "-Wno-psabi"], ["-pthread"]
        portable = os.environ.get("DYNAPRUNE_PORTABLE_BUILD", "").lower() in ("1", "true", "yes")
        if not portable and _accepts(compiler, ["-march=native"]):
            compile_flags.append("-march=native")
        elif portable and _accepts(compiler, ["-DDP_DISPATCH"], link=True, source=_DISPATCH_PROBE):
            # baseline code plus AVX2+FMA and AVX-512 clones of the hot loops, chosen at load time
            compile_flags.append("-DDP_DISPATCH")
        for ext in self.extensions:
            ext.extra_compile_args = compile_flags + list(ext.extra_compile_args or [])
            ext.extra_link_args = link_flags + list(ext.extra_link_args or [])
        super().build_extensions()


# One import namespace: the design's top-level folders install as subpackages of `dynaprune`
# (models/ -> dynaprune.models, ...), so site-packages gains no generic names such as `models`
# or `server`. A package_dir mapping keeps the folders where they are and works for editable
# installs too (setuptools maps the names with an import hook).
SUBPACKAGES = ("models", "datasets", "training", "exporter", "runtime", "server", "loadtests", "research")
NATIVE_DIR = "runtime/ftwt/native"


def _packages() -> tuple[list[str], dict[str, str]]:
    packages, package_dir = ["dynaprune"], {"dynaprune": "dynaprune"}
    for folder in SUBPACKAGES:
        package_dir[f"dynaprune.{folder}"] = folder
        packages.append(f"dynaprune.{folder}")
        packages += [f"dynaprune.{folder}.{sub}" for sub in find_packages(folder)]
    return packages, package_dir


PACKAGES, PACKAGE_DIR = _packages()

# Files that are not Python modules but ship in the wheel: the page for people served at /ui
# (server/ui/: HTML, JS, CSS, no build step). Listed explicitly, so the wheel carries them
# whether or not include_package_data (on by default for pyproject projects) finds a MANIFEST.in.
PACKAGE_DATA = {"dynaprune.server": ["ui/*.html", "ui/*.js", "ui/*.css", "ui/*.svg"]}

setup(
    packages=PACKAGES,
    package_dir=PACKAGE_DIR,
    package_data=PACKAGE_DATA,
    ext_modules=[
        Extension(
            "dynaprune.runtime.ftwt._native",
            # separate compilation units by job (runtime/ftwt/native/internal.h says which holds what)
            sources=[f"{NATIVE_DIR}/{name}" for name in ("binding.c", "program.c", "conv.c", "ops.c", "pool.c")],
            depends=[f"{NATIVE_DIR}/{name}" for name in ("engine.h", "internal.h", "kernels.h", "pool.h")],
            include_dirs=[NATIVE_DIR],
            optional=True,  # a failed build must never fail the install
        )
    ],
    cmdclass={"build_ext": BuildNative},
)
