"""nm.json_schema(): draft 2020-12, described, and agreeing with the model."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

import newsmodel as nm
from newsmodel.testing import articles

SCHEMA = nm.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def _properties(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = [("Article." + k, v) for k, v in schema["properties"].items()]
    for name, sub in schema.get("$defs", {}).items():
        out += [(f"{name}.{k}", v) for k, v in sub.get("properties", {}).items()]
    return out


def test_every_field_is_described() -> None:
    missing = [name for name, prop in _properties(SCHEMA) if not prop.get("description")]
    assert missing == []


@settings(max_examples=200)
@given(articles())
def test_generated_articles_validate_against_schema(article: nm.Article) -> None:
    VALIDATOR.validate(json.loads(nm.dumps(article, format="json")))


BASE = {"title": "T"}

BROKEN = [
    pytest.param({**BASE, "title": 5}, id="title-not-string"),
    pytest.param({**BASE, "published": "2021-07-28T10:00:00"}, id="naive-datetime"),
    pytest.param({**BASE, "published": "28 July 2021"}, id="not-iso"),
    pytest.param({**BASE, "bylines": [{"name": "A", "kind": "robot"}]}, id="bad-kind"),
    pytest.param({**BASE, "bylines": "AFP"}, id="bylines-as-string"),
    pytest.param({**BASE, "images": [{"width": -1}]}, id="negative-width"),
    pytest.param({**BASE, "body": [{"type": "video"}]}, id="unknown-block"),
    pytest.param({**BASE, "extra_field": 1}, id="unknown-field"),
    pytest.param({"bylines": []}, id="no-title"),
]


@pytest.mark.parametrize("doc", BROKEN)
def test_broken_documents_rejected_by_model_and_schema(doc: dict[str, Any]) -> None:
    assert not VALIDATOR.is_valid(doc)
    with pytest.raises(nm.ValidationError):
        nm.loads(json.dumps(doc), format="json")


def test_modified_before_published_rejected_by_model() -> None:
    # A JSON Schema cannot compare two fields; the model does.
    doc = {**BASE, "published": "2021-07-28", "modified": "2021-07-01"}
    assert VALIDATOR.is_valid(doc)
    with pytest.raises(nm.ValidationError) as info:
        nm.loads(json.dumps(doc), format="json")
    assert info.value.errors[0].path == "$.modified"
