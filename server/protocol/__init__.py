"""HTTP protocol layer: Open Inference Protocol v2 (REST) plus a v1 convenience API.

Routers here translate HTTP to calls on the runtime side (`server.registry`,
`server.inference`) and back; they hold no model state of their own.
"""
