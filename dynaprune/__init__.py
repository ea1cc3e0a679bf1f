"""dynaprune: deployment and inference for dynamically pruned networks.

This small package only holds what every other package shares and that has no
better home: the command-line dispatcher, the user-facing error type, argparse types and
the way PNG figures are drawn and saved (`figures`).
"""

__version__ = "0.1.0"
