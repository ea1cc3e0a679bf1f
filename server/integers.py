"""Strict parsing of the integers that arrive as text: path parameters, headers, query strings, names on disk.

Why not `int(text)` after `text.isdigit()`: `isdigit` is true for superscripts ("²") that `int`
refuses (a 500 instead of a 4xx), `int` itself accepts other scripts' digits ("١"), signs,
spaces and underscores ("+1", " 1", "1_0"), and raises past 4300 digits. pydantic's lax integers
(what FastAPI uses for query parameters) also take "1.0" and "1_0". A JSON body's integers are
JSON numbers; these get the same strictness: ASCII digits only, and few enough of them to fit an
int64, or the value is refused.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BeforeValidator

MAX_DIGITS = 18  # every value fits an int64; longer text is refused before any conversion
# One spelling per number: no sign, no space, no leading zero ("01" would be a second name for version 1).
_DECIMAL = re.compile(rf"0|[1-9][0-9]{{0,{MAX_DIGITS - 1}}}")


def parse_decimal(text: str) -> int | None:
    """The value of `text` if it is a plain decimal (ASCII digits, no leading zero, at most MAX_DIGITS), else None."""
    if not _DECIMAL.fullmatch(text):
        return None
    return int(text)


def _strict_query_int(value: Any) -> Any:
    """Query strings arrive as text: only plain ASCII decimals pass on to pydantic's int (and its bounds)."""
    if isinstance(value, str):
        parsed = parse_decimal(value)
        if parsed is None:
            raise ValueError(f"must be a plain decimal integer (digits 0-9, no sign or leading zero, at most {MAX_DIGITS} digits)")
        return parsed
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be an integer")
    return value


# For a query parameter that is an integer: `Annotated[int, Query(ge=1), STRICT_QUERY_INT]`. It goes after
# Query(...) so that pydantic still applies (and OpenAPI still shows) the bounds as minimum/maximum.
STRICT_QUERY_INT = BeforeValidator(_strict_query_int)
