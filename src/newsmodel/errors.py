"""The exceptions newsmodel raises.

Every exception the library raises on bad input derives from one root::

    NewsModelError
    ├── ParseError            text that cannot be read (carries line and column)
    ├── ValidationError       data that does not fit the model (carries every failure)
    ├── FormatError           an unknown format name or a file name with no known format
    ├── ConversionError       a conversion that would drop fields, under ``strict=True``
    └── MissingDependencyError  an optional extra is not installed (says what to install)

Catch ``NewsModelError`` to handle all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ConversionError",
    "ErrorDetail",
    "FormatError",
    "MissingDependencyError",
    "NewsModelError",
    "ParseError",
    "ValidationError",
]


class NewsModelError(Exception):
    """The root of every error newsmodel raises on bad input."""


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One failure found while validating data.

    Attributes:
        path: JSON path of the failing value, such as ``$.bylines[1].name``.
        message: What is wrong and what was expected.
        code: A short machine-readable kind of failure (``missing``, ``naive_datetime``...).
        line: 1-based line in the source text, where known.
        column: 1-based column in the source text, where known.
    """

    path: str
    message: str
    code: str = "invalid"
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = f"{self.line}:{self.column}: " if self.line is not None else ""
        return f"{where}{self.message} @ {self.path}"


class ParseError(NewsModelError):
    """Text that cannot be read at all.

    Attributes:
        line: 1-based line of the problem (``None`` if the input has no lines).
        column: 1-based column of the problem.
        source: The file name or ``<string>``.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        source: str = "<string>",
    ) -> None:
        self.message = message
        self.line = line
        self.column = column
        self.source = source
        where = source
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(f"{where}: {message}")


class ValidationError(NewsModelError):
    """Data that does not fit the model; ``errors`` lists every failure, not just the first."""

    def __init__(self, errors: list[ErrorDetail], *, source: str = "<string>") -> None:
        self.errors = errors
        self.source = source
        lines = [f"{len(errors)} validation error{'s' if len(errors) != 1 else ''} in {source}"]
        lines += [f"  {e}" for e in errors]
        super().__init__("\n".join(lines))


class FormatError(NewsModelError, ValueError):
    """An unknown format name, or a file name whose format cannot be told."""


class ConversionError(NewsModelError):
    """A conversion that would lose fields the target format cannot carry (raised with ``strict=True``)."""

    def __init__(self, format: str, fields: list[str]) -> None:
        self.format = format
        self.fields = fields
        super().__init__(
            f"format {format!r} cannot carry {', '.join(fields)}; "
            "drop these fields first or pass strict=False to convert with a warning"
        )


class MissingDependencyError(NewsModelError, ImportError):
    """An optional dependency is not installed; the message says which extra to install."""

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"this feature needs {package!r}, which is not installed; "
            f"install it with: pip install 'newsmodel[{extra}]'"
        )
