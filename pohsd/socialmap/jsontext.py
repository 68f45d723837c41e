"""Compact JSON text for the map's hot paths: orjson, with the standard library as fallback."""

from __future__ import annotations

import json
from typing import Any

import orjson


def dumps(value: Any) -> str:
    """Compact JSON text, non-ASCII kept as is (as json.dumps(ensure_ascii=False) gives it).

    orjson refuses what the standard library still writes (integers beyond 64 bits, lone
    surrogates, non-string keys); those few values keep the standard library's text.
    """
    try:
        return orjson.dumps(value).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes) -> Any:
    """The value of JSON text; json.JSONDecodeError when it is not JSON.

    orjson reads integers beyond 64 bits as floats; validation keeps them out of the map
    (validate._limits), so every stored text reads back as it was written.
    """
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
