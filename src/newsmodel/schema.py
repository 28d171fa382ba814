"""The JSON Schema of the article model."""

from __future__ import annotations

from typing import Any

from newsmodel.models import Article

__all__ = ["json_schema"]

SCHEMA_ID = "https://newsmodel.dev/schema/article-1.0.json"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an Article in newsmodel JSON, every field described."""
    schema = Article.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }
