"""The v2 inference call, once: body in, response out, for every way a request arrives.

Both the FastAPI routes (`server.protocol.models`) and the lean ASGI dispatcher
(`server.protocol.lean`) end here, so decoding, admission and encoding are written
once and a request gets the same answer whichever path carried it.
"""

from __future__ import annotations

from typing import Awaitable, Callable

import anyio.to_thread

from dynaprune.server.inference import InferenceService
from dynaprune.server.protocol import codec
from dynaprune.server.registry import ModelRegistry
from dynaprune.server.runtime import ModelSpec
from dynaprune.server.settings import ServerSettings

INLINE_DECODE_BYTES = 64 * 1024
BodyReader = Callable[[], Awaitable[bytes]]


def decode(body: bytes, encoding: str | None, header_length: str | None, spec: ModelSpec,
           settings: ServerSettings) -> codec.DecodedRequest:
    body = codec.decompress_body(body, encoding, settings.max_body_bytes)
    header, binary = codec.split_body(body, header_length)
    return codec.decode_request(header, binary, spec, settings.max_request_batch)


async def infer(
    registry: ModelRegistry,
    inference: InferenceService,
    settings: ServerSettings,
    name: str,
    version: int | None,
    read_body: BodyReader,
    content_encoding: str | None,
    header_length: str | None,
) -> tuple[bytes, dict[str, str], str]:
    """(content, headers, media type) of the answer; raises `ServingError`s for the 4xx/5xx ones.

    The body is read only after the model is found and a compute place is free, so a request that
    would be refused anyway costs no body read."""
    model = registry.get(name, version)
    inference.check_capacity()
    body = await read_body()
    arguments = (body, content_encoding, header_length, model.spec, settings)
    if len(body) <= INLINE_DECODE_BYTES and content_encoding is None:
        # A small uncompressed body parses in microseconds: a thread hop would cost more.
        decoded = decode(*arguments)
    else:
        # Decompressing and parsing a large JSON tensor takes milliseconds: keep it off the event loop.
        decoded = await anyio.to_thread.run_sync(decode, *arguments)
    done = await inference.run(model, decoded.images, decoded.flops_budget)
    return codec.encode_response(model.spec, decoded, done)
