"""The package graph (tools/import_graph.py): the architecture's direction, checked in CI."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "tools" / "import_graph.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_graph"] = module
    spec.loader.exec_module(module)
    return module


import_graph = _tool()


def tree(root: Path, files: dict[str, str]) -> Path:
    """A miniature checkout: {"server/app.py": "source", ...}, every folder a package."""
    for rel, source in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
        for parent in path.relative_to(root).parents:
            if str(parent) != ".":
                (root / parent / "__init__.py").touch()
    return root


def violations(root: Path) -> list[str]:
    return import_graph.build(root).violations


def test_this_checkout_has_no_violations(capsys):
    assert import_graph.main(["--root", str(ROOT)]) == 0, capsys.readouterr().err


def test_the_serving_side_never_depends_on_the_exporter_or_training():
    edges = import_graph.build(ROOT).package_edges()
    for package in ("runtime", "server", "loadtests"):
        assert not {"exporter", "training", "research"} & edges[package], (package, edges[package])
    assert edges["server"] <= {"dynaprune", "runtime"}
    assert "runtime" in edges["exporter"]


def test_nothing_in_the_product_imports_research():
    edges = import_graph.build(ROOT).package_edges()
    assert [p for p, targets in edges.items() if "research" in targets] == []


def test_a_cycle_between_modules_is_a_violation(tmp_path):
    root = tree(tmp_path, {
        "server/a.py": "from dynaprune.server import b\n",
        "server/b.py": "def f():\n    from dynaprune.server.a import g  # lazy imports count\n",
    })
    assert any(v.startswith("import cycle: dynaprune.server.a -> dynaprune.server.b") for v in violations(root))


def test_an_import_against_the_data_flow_is_a_violation(tmp_path):
    root = tree(tmp_path, {"server/app.py": "from dynaprune.exporter.export import export_checkpoint\n",
                           "exporter/export.py": "export_checkpoint = None\n"})
    assert violations(root) == ["server/app.py:1: server may not import exporter (dynaprune.exporter.export)"]


def test_the_runtime_may_use_only_the_torch_free_part_of_models(tmp_path):
    root = tree(tmp_path, {"runtime/x.py": "from dynaprune.models.flops import CostModel\n"
                                           "from dynaprune.models.gating import GatedNet\n",
                           "models/flops.py": "CostModel = 1\n", "models/gating.py": "GatedNet = 1\n"})
    assert violations(root) == ["runtime/x.py:2: runtime may import only ['dynaprune.models.families', "
                                "'dynaprune.models.flops'] of models, not dynaprune.models.gating"]


def test_a_private_name_from_another_module_is_a_violation(tmp_path):
    root = tree(tmp_path, {"training/a.py": "from dynaprune.training.b import _helper\n",
                           "training/b.py": "def _helper(): ...\n"})
    assert violations(root) == ["training/a.py:1: imports private name '_helper' from dynaprune.training.b"]


def test_a_generic_top_level_name_is_a_violation(tmp_path):
    root = tree(tmp_path, {"server/app.py": "import models.flops\n"})
    assert violations(root) == ["server/app.py:1: imports top-level 'models.flops'; use dynaprune.models.flops"]


def test_imports_for_type_checking_only_are_not_dependencies(tmp_path):
    root = tree(tmp_path, {
        "runtime/a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from dynaprune.server.x import Y\n",
        "server/x.py": "from dynaprune.runtime.a import Z\n",
    })
    assert violations(root) == []


@pytest.mark.parametrize("flag", ["--mermaid", "--json"])
def test_the_graph_can_be_printed_for_the_docs(flag, capsys):
    assert import_graph.main(["--root", str(ROOT), flag]) == 0
    out = capsys.readouterr().out
    assert "server" in out and "runtime" in out
