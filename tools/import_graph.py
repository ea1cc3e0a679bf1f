#!/usr/bin/env python3
"""Check (and draw) the import graph of dynaprune's packages.

The architecture is a direction of data: training -> exporter -> runtime -> server. Code that
imports against that direction, a cycle between modules, a private name taken from another
module, or a generic top-level name (`import models` instead of `dynaprune.models`) is how a
codebase slowly stops showing its architecture, so CI runs this script and fails on any of them.

Every `import` and `from ... import` of every module counts, including those inside functions
(lazy imports are still dependencies); only imports under `if TYPE_CHECKING:` are ignored.

    python tools/import_graph.py            # check; prints the package graph; exit 1 on a violation
    python tools/import_graph.py --mermaid  # the package graph as a Mermaid diagram
    python tools/import_graph.py --json     # packages, edges and violations as JSON
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

NAMESPACE = "dynaprune"
# Package -> the folder that holds it (the design's top-level folders install under dynaprune.*).
FOLDERS = {
    "dynaprune": "dynaprune",
    "models": "models",
    "datasets": "datasets",
    "training": "training",
    "exporter": "exporter",
    "runtime": "runtime",
    "server": "server",
    "loadtests": "loadtests",
    "research": "research",
}
# Which packages each package may import. `dynaprune` is the core (errors, argument types, the
# console script, which reaches subcommands by name only).
ALLOWED = {
    "dynaprune": set(),
    "models": {"dynaprune"},
    "datasets": {"dynaprune"},
    "training": {"dynaprune", "models", "datasets"},
    "runtime": {"dynaprune", "models"},
    "exporter": {"dynaprune", "models", "datasets", "training", "runtime"},
    "server": {"dynaprune", "runtime"},
    "loadtests": {"dynaprune", "models", "datasets", "runtime", "server"},
    "research": {"dynaprune", "models", "datasets", "training"},
}
# The runtime serves without torch, and load generators must not pull it in: of `models` they may
# use only the torch-free FLOPs accounting and the family names.
TORCH_FREE_MODELS = {"dynaprune.models.flops", "dynaprune.models.families"}
RESTRICTED = {"runtime": {"models": TORCH_FREE_MODELS}, "loadtests": {"models": TORCH_FREE_MODELS}}
# Compiled extension modules (no .py file): submodules, not names of their package.
EXTENSIONS = {"dynaprune.runtime.ftwt._native"}


@dataclass
class Graph:
    modules: dict[str, Path] = field(default_factory=dict)  # module -> file
    edges: dict[str, set[str]] = field(default_factory=dict)  # module -> modules it imports
    violations: list[str] = field(default_factory=list)

    def package_edges(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {package_of(m): set() for m in self.modules}
        for src, targets in self.edges.items():
            for dst in targets:
                if package_of(dst) != package_of(src):
                    out[package_of(src)].add(package_of(dst))
        return out


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in FOLDERS and parts[1] != NAMESPACE else NAMESPACE


def discover(root: Path) -> dict[str, Path]:
    modules: dict[str, Path] = {}
    for package, folder in FOLDERS.items():
        base = root / folder
        if not base.is_dir():
            continue
        prefix = NAMESPACE if package == NAMESPACE else f"{NAMESPACE}.{package}"
        for path in sorted(base.rglob("*.py")):
            rel = path.relative_to(base).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            modules[".".join([prefix, *parts])] = path
    return modules


def _type_checking_block(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _imports(tree: ast.AST):
    """(node, imported module, imported names) for every import outside `if TYPE_CHECKING:`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if _type_checking_block(child):
                stack.extend(child.orelse)  # type: ignore[attr-defined]
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield child, alias.name, []
            elif isinstance(child, ast.ImportFrom):
                yield child, child.module or "", [a.name for a in child.names], child.level
                continue
            stack.append(child)


def _resolve(importer: str, is_package: bool, module: str, level: int) -> str:
    if not level:
        return module
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def build(root: Path) -> Graph:
    graph = Graph(modules=discover(root))
    known = set(graph.modules) | EXTENSIONS
    generic = set(FOLDERS) - {NAMESPACE}
    for name, path in graph.modules.items():
        graph.edges[name] = set()
        where = path.relative_to(root)
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            graph.violations.append(f"{where}: cannot parse: {exc}")
            continue
        for item in _imports(tree):
            node, module, names = item[0], item[1], item[2]
            level = item[3] if len(item) > 3 else 0
            target = _resolve(name, path.name == "__init__.py", module, level)
            if target.split(".")[0] in generic:
                graph.violations.append(f"{where}:{node.lineno}: imports top-level {target!r}; "
                                        f"use {NAMESPACE}.{target}")
                continue
            if not target.startswith(NAMESPACE + ".") and target != NAMESPACE:
                continue  # third party or standard library
            candidates = [f"{target}.{n}" for n in names if f"{target}.{n}" in known]
            own_package = name if path.name == "__init__.py" else name.rpartition(".")[0]
            names_only = [n for n in names if f"{target}.{n}" not in known]
            for dst in ([target] if target in graph.modules and (names_only or not names) else []) + candidates:
                if dst != name and dst in graph.modules:
                    graph.edges[name].add(dst)
            for imported in names:
                if not imported.startswith("_") or (imported.startswith("__") and imported.endswith("__")):
                    continue
                if f"{target}.{imported}" in known:  # a private submodule: only its own package may use it
                    if target != own_package:
                        graph.violations.append(f"{where}:{node.lineno}: imports private module "
                                                f"{target}.{imported} from outside its package")
                elif target != name:
                    graph.violations.append(f"{where}:{node.lineno}: imports private name {imported!r} "
                                            f"from {target}")
            _check_layer(graph, name, where, node.lineno, [target] + candidates)
    graph.violations += [f"import cycle: {' -> '.join(cycle)}" for cycle in cycles(graph.edges)]
    return graph


def _check_layer(graph: Graph, importer: str, where: Path, line: int, targets: list[str]) -> None:
    src = package_of(importer)
    for target in targets:
        if target not in graph.modules and target != NAMESPACE:
            continue
        dst = package_of(target)
        if dst == src:
            continue
        if dst not in ALLOWED[src]:
            graph.violations.append(f"{where}:{line}: {src} may not import {dst} ({target})")
            return
        allowed_modules = RESTRICTED.get(src, {}).get(dst)
        if allowed_modules is not None and target not in allowed_modules and target != f"{NAMESPACE}.{dst}":
            graph.violations.append(f"{where}:{line}: {src} may import only {sorted(allowed_modules)} of {dst}, "
                                    f"not {target}")
            return


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in edges:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(_a_cycle(sorted(component), edges))

    sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def _a_cycle(component: list[str], edges: dict[str, set[str]]) -> list[str]:
    members = set(component)
    path, seen = [component[0]], {component[0]}
    while True:
        nxt = sorted(w for w in edges[path[-1]] if w in members)
        back = [w for w in nxt if w == component[0]]
        if back and len(path) > 1:
            return path + [component[0]]
        step = next((w for w in nxt if w not in seen), None)
        if step is None:
            return path + [component[0]]
        path.append(step)
        seen.add(step)


def mermaid(graph: Graph) -> str:
    lines = ["graph LR"]
    for src, targets in sorted(graph.package_edges().items()):
        for dst in sorted(targets - {NAMESPACE}):
            lines.append(f"    {src} --> {dst}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1],
                        help="repository root (default: this checkout)")
    parser.add_argument("--mermaid", action="store_true", help="print the package graph as Mermaid")
    parser.add_argument("--json", action="store_true", help="print packages, edges and violations as JSON")
    args = parser.parse_args(argv)
    graph = build(args.root)
    if args.json:
        print(json.dumps({"modules": len(graph.modules),
                          "packages": {k: sorted(v) for k, v in sorted(graph.package_edges().items())},
                          "violations": graph.violations}, indent=2))
    elif args.mermaid:
        print(mermaid(graph))
    else:
        print(f"{len(graph.modules)} modules in {len(graph.package_edges())} packages")
        for src, targets in sorted(graph.package_edges().items()):
            print(f"  {src:<10} -> {', '.join(sorted(targets)) or '(nothing)'}")
        for violation in graph.violations:
            print(f"violation: {violation}", file=sys.stderr)
        print(f"{len(graph.violations)} violations")
    return 1 if graph.violations else 0


if __name__ == "__main__":
    sys.exit(main())
