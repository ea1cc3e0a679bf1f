"""Errors the server raises on purpose, each knowing its HTTP status and metric outcome.

Runtime code (registry, inference service, codecs) raises these; one exception
handler in `server.protocol.handlers` renders every one as `{"error": message}`.
Anything that is *not* a `ServingError` reaching the handlers is a bug and is
answered 500 - which is why every check on client input raises one of these.
"""

from __future__ import annotations


class ServingError(Exception):
    status: int = 500
    outcome: str | None = None  # None: derive from status (see server.metrics.outcome_for_status)

    def __init__(self, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}


class InvalidInput(ServingError):
    status = 400


class Unauthorized(ServingError):
    status = 401

    def __init__(self, message: str) -> None:
        super().__init__(message, headers={"WWW-Authenticate": "Bearer"})


class ModelNotFound(ServingError):
    status = 404


class ModelUnavailable(ServingError):
    """The model exists in the repository but this version is not serving (failed or unloaded)."""

    status = 404


class ModelLoading(ServingError):
    status = 503
    outcome = "rejected"

    def __init__(self, message: str) -> None:
        super().__init__(message, headers={"Retry-After": "1"})


class LoadFailed(ServingError):
    """A repository load request found entries it refused (corrupt, tampered, malformed)."""

    status = 400


class PayloadTooLarge(ServingError):
    status = 413


class UnsupportedMediaType(ServingError):
    status = 415


class ServerBusy(ServingError):
    """Backpressure: every compute slot and queue place is taken."""

    outcome = "rejected"

    def __init__(self, message: str, *, status: int, retry_after_s: int) -> None:
        super().__init__(message, headers={"Retry-After": str(retry_after_s)})
        self.status = status


class InferenceTimeout(ServingError):
    status = 504
    outcome = "timeout"
