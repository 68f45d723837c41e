"""The `pohsd-client/1` JSON Schema: loading, text checks and errors that name the JSON path."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.validation import MAX_TEXT
from pohsd.paths import resources_dir

FORMAT = "pohsd-client/1"
SCHEMA_FILE = "pohsd-client-1.schema.json"
MAX_DEPTH = 12  # the format nests 7 deep (intakes[0].signals[0].actions[0].text)
MAX_BYTES = 50 * 1024 * 1024
# Every C0/C1 control character except tab and newline, and lone surrogates (not UTF-8).
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SAFE_KEY = re.compile(r"^[A-Za-z0-9_.\-]{1,120}$")
# Which broken `pattern` is which rule: the $defs names of the schema → rule codes.
_PATTERN_RULES = {
    "uuid": "id_format",
    "date": "date_format",
    "month": "month_format",
    "datetime": "datetime_format",
    "questionId": "unknown_question",
    "questionSetVersion": "unknown_version",
    "signalId": "unknown_signal",
    "icpcCode": "unknown_code",
}
_RULES = {
    "additionalProperties": "unknown_key",
    "unevaluatedProperties": "unknown_key",
    "propertyNames": "unknown_key",
    "required": "required",
    "type": "wrong_type",
    "enum": "unknown_option",
    "const": "unknown_option",
    "minLength": "required",
    "maxLength": "too_long",
    "minimum": "out_of_range",
    "maximum": "out_of_range",
    "exclusiveMinimum": "out_of_range",
    "exclusiveMaximum": "out_of_range",
    "minItems": "required",
    "maxItems": "too_many",
    "minProperties": "required",
    "maxProperties": "too_many",
    "uniqueItems": "duplicate_option",
    "anyOf": "wrong_type",
    "oneOf": "wrong_type",
}


def schema_dir() -> Path:
    """resources/schema (see pohsd.paths.resources_dir)."""
    return resources_dir() / "schema"


@lru_cache(maxsize=1)
def client_schema() -> dict[str, Any]:
    """The bundled JSON Schema of `pohsd-client/1` (draft 2020-12)."""
    return json.loads((schema_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema  # deferred: startup budget

    schema = client_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=1)
def _pattern_rules() -> dict[str, str]:
    defs = client_schema()["$defs"]
    return {defs[name]["pattern"]: rule for name, rule in _PATTERN_RULES.items()}


def key_text(key: object) -> str:
    """A key as shown in a path: only plain identifiers, never arbitrary text from the file."""
    text = str(key)
    return text if _SAFE_KEY.match(text) else "?"


def json_path(parts: Iterable[str | int]) -> str:
    """`intakes[0].answers.geld.schulden.soort` from path parts; `$` for the whole document."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{key_text(part)}" if out else key_text(part)
    return out or "$"


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return key_text(key) if path in ("", "$") else f"{path}.{key_text(key)}"


def check_text(data: object) -> None:
    """Depth, and every key and string: ≤ 10 000 characters, no control characters but LF, TAB.

    Iterative, so a hostile file cannot exhaust the stack.
    """
    stack: list[tuple[object, str, int]] = [(data, "$", 0)]
    while stack:
        node, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ValidationError(path, "too_deep")
        if isinstance(node, str):
            _check_string(node, path)
        elif isinstance(node, Mapping):
            children = []
            for key, value in node.items():
                child = join(path, key)
                _check_string(str(key), child)
                children.append((value, child, depth + 1))
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed([(v, join(path, i), depth + 1) for i, v in enumerate(node)]))


def _check_string(text: str, path: str) -> None:
    if len(text) > MAX_TEXT:
        raise ValidationError(path, "too_long")
    if _BAD_CHARS.search(text):
        raise ValidationError(path, "control_characters")


def validate_schema(data: object) -> None:
    """Raise ValidationError(field=JSON path, rule) for the first schema violation, if any."""
    import jsonschema  # deferred: startup budget

    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        raise _to_validation_error(error)


def _to_validation_error(error: Any) -> ValidationError:
    parts: list[str | int] = list(error.absolute_path)
    validator = str(error.validator)
    rule = _RULES.get(validator, "invalid")
    instance = error.instance
    if "propertyNames" in list(error.absolute_schema_path):
        # a key that breaks the key pattern: the path ends at the object, the key is the instance
        in_answers = bool(parts) and parts[-1] in ("answers", "answer_states")
        parts.append(str(instance))
        rule = "unknown_question" if in_answers else "unknown_key"
    elif validator == "additionalProperties" and isinstance(instance, Mapping):
        known = set(error.schema.get("properties", {}))
        extra = [k for k in instance if k not in known]
        if extra:
            parts.append(extra[0])
    elif validator == "required" and isinstance(instance, Mapping):
        missing = [k for k in error.validator_value if k not in instance]
        if missing:
            parts.append(missing[0])
    elif validator == "pattern":
        rule = _pattern_rules().get(str(error.validator_value), "format")
    elif validator == "type" and error.validator_value == "integer":
        is_number = isinstance(instance, int | float) and not isinstance(instance, bool)
        rule = "not_an_integer" if is_number else rule
    if parts == ["format"]:
        rule = "unknown_format"
    return ValidationError(json_path(parts), rule)
