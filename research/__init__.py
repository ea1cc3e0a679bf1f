"""Paper reproduction, apart from the product: the dense Hebbian theory and its figures.

Nothing in the product packages imports this one (tools/import_graph.py checks it); it may use
any of them. `dynaprune hebbian-figures` runs `hebbian_figures.reproduce`.
"""
