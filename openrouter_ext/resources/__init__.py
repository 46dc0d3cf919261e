"""Resource namespaces (``client.chat``, ``client.models``, ...).

Thin methods that check their keywords, build a request body and hand it to the client.
"""
