"""dynaprune: deployment and inference for dynamically pruned networks.

This small package only holds what every other package shares and that has no
better home: the command-line dispatcher and the user-facing error type.
"""

__version__ = "0.1.0"
