"""Findings: what validation reports, each with a stable rule code, a severity and a place.

Rule codes are stable: tools filter on them (``--select``, ``--ignore``) and they are
documented in ``docs/rules.md``. Codes ``NM0xx`` come from reading a file, ``NM1xx`` are
errors in what was read, ``NM2xx`` are warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["RULES", "Finding", "Rule", "Severity"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A validation rule: its code, short name, severity and what it checks."""

    code: str
    name: str
    severity: Severity
    summary: str


RULES: dict[str, Rule] = {
    r.code: r
    for r in [
        Rule("NM001", "no-title", "error", "The file has no title: an article starts with a `# Title` line."),
        Rule("NM002", "unreadable-date", "error", "A date line or date value that cannot be read as a date."),
        Rule("NM003", "empty-byline", "error", "A byline line that names nobody (`By` and nothing after it)."),
        Rule("NM004", "orphan-credit", "error", "A caption credit (`**Credit**`) with no caption text before it."),
        Rule("NM005", "broken-structure", "error", "Structure that cannot be read: an unclosed fence, a malformed footer, text that cannot be decoded."),
        Rule("NM006", "syntax", "error", "The document is not well-formed in its format (invalid JSON, invalid YAML)."),
        Rule("NM007", "schema", "error", "A value does not fit the article model (wrong type, missing field, naive datetime)."),
        Rule("NM101", "modified-before-published", "error", "The modified date is before the published date."),
        Rule("NM102", "malformed-url", "error", "A URL that is neither a `#` placeholder nor an absolute http(s) URL or a relative reference."),
        Rule("NM201", "placeholder-link", "warning", "A link whose target is the `#` placeholder."),
        Rule("NM202", "caption-without-credit", "warning", "An image caption that names no credit."),
        Rule("NM203", "naive-time", "warning", "A time given without a zone: only the day is kept."),
        Rule("NM204", "role-only-byline", "warning", "A byline that gives only a role or title, no name."),
        Rule("NM205", "empty-paragraph", "warning", "A paragraph with no text."),
        Rule("NM206", "duplicate-paragraph", "warning", "The same paragraph text appears twice."),
        Rule("NM207", "kept-unread", "warning", "A value the reader could not map onto the model: it is kept in `extra`, unread."),
    ]
}
"""Every rule, by code."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in an article or an article file.

    Attributes:
        code: The rule code (``NM001``...), stable across releases.
        severity: ``error`` or ``warning``.
        message: What is wrong and what was expected.
        line: 1-based line in the file, where known.
        column: 1-based column in the file, where known.
        path: JSON path of the value concerned (``$.bylines[1].name``), where it has one.
        source: The file name, or ``<string>``.
    """

    code: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    path: str | None = None
    source: str = "<string>"

    @classmethod
    def of(
        cls,
        code: str,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
        source: str = "<string>",
    ) -> Finding:
        """A finding of a known rule, with the rule's severity."""
        return cls(code, RULES[code].severity, message, line, column, path, source)

    def __str__(self) -> str:
        return f"{self.source}:{self.line or 1}:{self.column or 1}: {self.code} {self.message}"
