"""The FTWT family's CUDA engine: Triton kernels that skip dropped filters (see `runner`).

Importing this package loads neither torch nor triton; opening a `CudaRunner` does.
"""

from dynaprune.runtime.ftwt.cuda.runner import CudaRunner, cuda_engine_available, cuda_engine_unavailable_reason

__all__ = ["CudaRunner", "cuda_engine_available", "cuda_engine_unavailable_reason"]
