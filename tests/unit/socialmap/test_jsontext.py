"""jsontext: orjson's compact text, and the standard library for the values orjson refuses."""

from __future__ import annotations

import json
import uuid

import pytest

from pohsd.socialmap import jsontext


def test_compact_text_keeps_non_ascii_and_key_order() -> None:
    value = {"naam": "Taalcafé Zuid", "b": [1, 2.5, None, True], "a": {"x": '"\\\n'}}
    text = jsontext.dumps(value)
    assert text == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert jsontext.loads(text) == value


def test_integers_beyond_64_bits_are_written_by_the_fallback() -> None:
    value = {"minimum_age": 10**30, "maximum_age": -(10**25)}
    assert jsontext.dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_lone_surrogate_gives_the_standard_library_text() -> None:
    text = jsontext.dumps({"name": "a\ud800b"})
    assert text == json.dumps({"name": "a\ud800b"}, ensure_ascii=False, separators=(",", ":"))


def test_text_that_is_not_json_raises_the_standard_error() -> None:
    with pytest.raises(json.JSONDecodeError):
        jsontext.loads("{not json")
    assert jsontext.loads(b'["bytes", 1]') == ["bytes", 1]


def test_a_service_with_an_integer_beyond_64_bits_is_skipped_with_its_place() -> None:
    from pohsd.socialmap.validate import FeedCheck

    one, two = str(uuid.uuid4()), str(uuid.uuid4())
    good = {"id": one, "name": "Een", "status": "active", "description": "x", "minimum_age": 18}
    bad = {**good, "id": two, "minimum_age": 2**70}
    check = FeedCheck(require_taxonomies=False)
    ok = check.add([good, bad])
    assert [s["id"] for s in ok] == [one]
    assert check.skipped == [(two, "Een: number out of range at /minimum_age")]
