"""Front-matter Markdown: YAML metadata between ``---`` lines, the body in Markdown.

The layout Hugo, Jekyll and Astro content folders use. The YAML is written with
PyYAML's ``safe_dump``, so it is valid whatever a value holds (colons, quotes, ``#``, a
leading ``*``, line breaks). Keys: ``title``, ``subtitle``, ``authors`` (a plain name or a
mapping with kind, role, url, affiliation, email), ``date`` / ``lastmod`` (a day or an
ISO 8601 moment with its offset), ``dateline``, ``language``, ``url``, ``publisher``,
``section``, ``tags`` (the keywords), ``images``, ``links``, ``quotes`` and ``extra``.
Reading also accepts the usual aliases (``published``, ``pubDate``, ``updated``,
``modified``, ``author``, ``keywords``, ``lang``, ``description``...).

The body is CommonMark read with markdown-it-py and written by a small renderer in this
module (paragraphs, headings, lists, block quotes, emphasis, strong, code, links,
strikethrough); image places, related links and raw blocks are written as
``<!-- newsmodel {...} -->`` comments so that they survive the round trip.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import warnings
from typing import Any

from newsmodel._api import LossWarning
from newsmodel._validate import validate_article
from newsmodel.errors import MissingDependencyError, ParseError
from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Heading,
    ImageBlock,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    RawBlock,
    RelatedLink,
)

__all__ = ["CARRIES", "dumps", "loads", "render_markdown"]

CARRIES: frozenset[str] = frozenset(Article.model_fields)
"""Every field: the metadata in YAML, the body in Markdown."""

_ALIASES: dict[str, str] = {
    "title": "title",
    "subtitle": "subtitle",
    "description": "subtitle",
    "authors": "bylines",
    "author": "bylines",
    "bylines": "bylines",
    "date": "published",
    "published": "published",
    "pubDate": "published",
    "publishDate": "published",
    "lastmod": "modified",
    "modified": "modified",
    "updated": "modified",
    "updatedDate": "modified",
    "dateline": "dateline",
    "language": "language",
    "lang": "language",
    "url": "url",
    "canonical": "url",
    "publisher": "publisher",
    "section": "section",
    "tags": "keywords",
    "keywords": "keywords",
    "images": "images",
    "links": "links",
    "quotes": "quotes",
    "extra": "extra",
    "schema_version": "schema_version",
}
_COMMENT = re.compile(r"^<!-- newsmodel (\{.*\}) -->\s*$", re.DOTALL)
_ASCII_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML is a dependency of this format
        raise MissingDependencyError("PyYAML", "yaml") from None
    return yaml


_BREAKS = re.compile("[\x85\u2028\u2029\r]")


def _dumper() -> Any:
    yaml = _yaml()

    class Dumper(yaml.SafeDumper):  # type: ignore[misc,name-defined]
        """SafeDumper that double-quotes strings holding YAML line breaks other than \\n.

        PyYAML writes NEL, LS, PS and CR raw in plain or single-quoted scalars, where the
        reader folds them into spaces; double quotes escape them.
        """

    def represent_str(dumper: Any, value: str) -> Any:
        style = '"' if _BREAKS.search(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


_MAX_DEPTH = 64
"""Nesting levels the YAML front matter may have (PyYAML's scanner is quadratic in it)."""
_MAX_VALUES = 100_000
"""Values the YAML may hold once its aliases are expanded (refuses "billion laughs")."""


@functools.cache
def _loader() -> Any:
    """A SafeLoader that refuses what would crash, stall or silently lose data.

    Duplicate mapping keys (PyYAML keeps the last), dates that match the YAML timestamp
    pattern but do not exist (PyYAML raises a bare ValueError), nesting deeper than
    ``_MAX_DEPTH`` and aliases that expand to more than ``_MAX_VALUES`` values all
    become YAML errors with the place they were found.
    """
    yaml = _yaml()
    from yaml.composer import ComposerError
    from yaml.constructor import ConstructorError
    from yaml.nodes import MappingNode, Node, SequenceNode
    from yaml.scanner import ScannerError

    class Loader(yaml.SafeLoader):  # type: ignore[misc,name-defined]
        depth = 0

        def fetch_flow_collection_start(self, token_class: Any) -> None:
            if self.flow_level >= _MAX_DEPTH:
                raise ScannerError(None, None, f"flow collections nested more than {_MAX_DEPTH} deep",
                                   self.get_mark())
            super().fetch_flow_collection_start(token_class)

        def compose_node(self, parent: Any, index: Any) -> Any:
            self.depth += 1
            try:
                if self.depth > _MAX_DEPTH:
                    raise ComposerError(None, None, f"values nested more than {_MAX_DEPTH} deep",
                                        self.peek_event().start_mark)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

        def compose_document(self) -> Any:
            node = super().compose_document()
            sizes: dict[int, int] = {}

            def size(n: Node) -> int:
                known = sizes.get(id(n))
                if known is not None:
                    return known
                total = 1
                if isinstance(n, SequenceNode):
                    total += sum(size(c) for c in n.value)
                elif isinstance(n, MappingNode):
                    total += sum(size(k) + size(v) for k, v in n.value)
                sizes[id(n)] = total
                if total > _MAX_VALUES:
                    raise ComposerError(None, None, f"aliases expand to more than {_MAX_VALUES:,} values",
                                        n.start_mark)
                return total

            if node is not None:
                size(node)
            return node

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            if isinstance(node, MappingNode):
                self.flatten_mapping(node)
                seen: dict[Any, Any] = {}
                for key_node, _ in node.value:
                    if key_node.tag == "tag:yaml.org,2002:merge":
                        continue
                    key = self.construct_object(key_node, deep=True)
                    try:
                        first = seen.get(key)
                    except TypeError:
                        continue  # an unhashable key: the base class reports it
                    if first is not None:
                        raise ConstructorError(
                            None, None,
                            f"duplicate key {key!r} (first at line {first.line + 2}, column "
                            f"{first.column + 1}); a key must appear once",
                            key_node.start_mark,
                        )
                    seen[key] = key_node.start_mark
            return super().construct_mapping(node, deep=deep)

        def construct_yaml_timestamp(self, node: Any) -> Any:
            try:
                return super().construct_yaml_timestamp(node)
            except (ValueError, OverflowError) as exc:
                raise ConstructorError(None, None, f"not a real date or time: {exc}", node.start_mark) from None

    Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader.construct_yaml_timestamp)
    return Loader


# ---------------------------------------------------------------------------- reading


def loads(text: str, *, source: str = "<string>", **options: Any) -> Article:
    """Read an Article from front-matter Markdown.

    Raises:
        ParseError: no front matter, invalid YAML (with line and column), or a body that
            cannot be read.
        ValidationError: the metadata does not fit the model (with JSON paths).
    """
    yaml = _yaml()
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte order mark before the '---' (the writer never writes one)
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")  # old Mac line ends
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != "---":
        raise ParseError("front matter must start with a '---' line", line=1, column=1, source=source)
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r") in ("---", "...")), None)
    if end is None:
        raise ParseError("the front matter is not closed by a '---' line", line=1, column=1, source=source)
    head = "\n".join(lines[1:end])
    try:
        meta = yaml.load(head, Loader=_loader()) if head.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        position = getattr(exc, "position", None)  # a ReaderError (a character YAML refuses)
        if mark is None and isinstance(position, int):
            line = head.count("\n", 0, position) + 2
            column = position - (head.rfind("\n", 0, position) + 1) + 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise ParseError(f"invalid YAML: {problem}", line=line, column=column, source=source) from None
    if not isinstance(meta, dict):
        raise ParseError("the front matter must be a YAML mapping", line=2, column=1, source=source)
    body_text = "\n".join(lines[end + 1 :])
    data: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in meta.items():
        field = _ALIASES.get(str(key))
        if field is None or field in data:
            extra[str(key)] = _jsonable(value)
            continue
        data[field] = value
    if "bylines" in data:
        data["bylines"] = [{"name": b} if isinstance(b, str) else b for b in _listify(data["bylines"])]
    if "keywords" in data:
        data["keywords"] = [str(k) for k in _listify(data["keywords"])]
    for field in ("published", "modified"):
        if field in data:
            data[field] = _date(data[field], field)
    if "dateline" in data and isinstance(data["dateline"], str):
        data["dateline"] = {"text": data["dateline"]}
    if extra:
        base = data.get("extra")
        data["extra"] = {**(base if isinstance(base, dict) else {}), **extra}
    data["body"] = read_markdown(body_text)
    return validate_article(data, source=source)


def _listify(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str) and "," in value:
        return [v.strip() for v in value.split(",") if v.strip()]
    return value if isinstance(value, list) else [value]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _date(value: Any, field: str) -> Any:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value) if len(value.strip()) == 10 else dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return value  # validation reports it with its path
    if isinstance(value, dt.datetime) and (value.tzinfo is None or value.utcoffset() is None):
        warnings.warn(
            f"{field} {value.isoformat()} has a time but no zone; only the day is kept (NM203)",
            LossWarning,
            stacklevel=3,
        )
        return value.date()
    return value


def read_markdown(text: str) -> list[dict[str, Any]]:
    """Body blocks (as model data) from CommonMark text."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("strikethrough")
    tokens = md.parse(text)
    blocks, _ = _blocks(tokens, 0, len(tokens), text.split("\n"))
    return blocks


def _inline(token: Any) -> dict[str, Any]:
    text = ""
    marks: list[dict[str, Any]] = []
    open_marks: list[dict[str, Any]] = []
    kinds = {"em": "emphasis", "strong": "strong", "s": "strikethrough", "link": "link"}
    for child in token.children or []:
        t = child.type
        if t == "text" or t == "html_inline":
            text += child.content
        elif t == "code_inline":
            marks.append({"kind": "code", "start": len(text), "end": len(text) + len(child.content)})
            text += child.content
        elif t == "softbreak":
            text += " "
        elif t == "hardbreak":
            text += "\n"
        elif t == "image":
            text += child.content
        elif t.endswith("_open") and t[:-5] in kinds:
            mark: dict[str, Any] = {"kind": kinds[t[:-5]], "start": len(text)}
            if t == "link_open":
                mark["url"] = child.attrGet("href")
                if child.attrGet("title") is not None:
                    mark["title"] = child.attrGet("title")
            marks.append(mark)
            open_marks.append(mark)
        elif t.endswith("_close") and t[:-6] in kinds:
            for m in reversed(open_marks):
                if m["kind"] == kinds[t[:-6]]:
                    m["end"] = len(text)
                    open_marks.remove(m)
                    break
    for m in open_marks:
        m["end"] = len(text)
    return {"text": text, "marks": marks}


def _blocks(tokens: list[Any], i: int, stop: int, src: list[str]) -> tuple[list[dict[str, Any]], int]:
    out: list[dict[str, Any]] = []
    while i < stop:
        tok = tokens[i]
        t = tok.type
        if t == "paragraph_open":
            out.append({"type": "paragraph", **_inline(tokens[i + 1])})
            i += 3
        elif t == "heading_open":
            out.append({"type": "heading", "level": int(tok.tag[1]), **_inline(tokens[i + 1])})
            i += 3
        elif t == "blockquote_open":
            close = _close(tokens, i)
            inner, _ = _blocks(tokens, i + 1, close, src)
            paras = [b for b in inner if b["type"] == "paragraph"]
            if len(paras) == len(inner):
                out.append({"type": "blockquote", "paragraphs": paras})
            else:
                out.append(_raw(tok, src))
            i = close + 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            close = _close(tokens, i)
            block: dict[str, Any] = {"type": "list", "ordered": t == "ordered_list_open",
                                     "items": _items(tokens, i + 1, close, src)}
            start = tok.attrGet("start")
            if start is not None and int(start) != 1:
                block["start"] = int(start)
            out.append(block)
            i = close + 1
        elif t == "html_block" and tok.content.strip() == "<!-- -->":
            i += 1
        elif t == "html_block":
            m = _COMMENT.match(tok.content.strip())
            if m:
                try:
                    out.append(json.loads(m.group(1)))
                except json.JSONDecodeError:
                    out.append({"type": "raw", "format": "markdown", "text": tok.content.rstrip("\n")})
            else:
                out.append({"type": "raw", "format": "html", "text": tok.content.rstrip("\n")})
            i += 1
        else:
            if tok.nesting == 1:
                close = _close(tokens, i)
                out.append(_raw(tok, src))
                i = close + 1
            else:
                if tok.map is not None:
                    out.append(_raw(tok, src))
                i += 1
    return out, i


def _close(tokens: list[Any], i: int) -> int:
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _raw(tok: Any, src: list[str]) -> dict[str, Any]:
    start, end = tok.map if tok.map else (0, 0)
    return {"type": "raw", "format": "markdown", "text": "\n".join(src[start:end]).rstrip("\n")}


def _items(tokens: list[Any], i: int, stop: int, src: list[str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while i < stop:
        if tokens[i].type != "list_item_open":
            i += 1
            continue
        close = _close(tokens, i)
        item: dict[str, Any] = {"text": "", "marks": [], "items": []}
        j = i + 1
        while j < close:
            t = tokens[j].type
            if t == "paragraph_open":
                inline = _inline(tokens[j + 1])
                if item["text"]:
                    shift = len(item["text"]) + 1
                    item["text"] += " " + inline["text"]
                    item["marks"] += [{**m, "start": m["start"] + shift, "end": m["end"] + shift} for m in inline["marks"]]
                else:
                    item.update(text=inline["text"], marks=inline["marks"])
                j += 3
            elif t in ("bullet_list_open", "ordered_list_open"):
                sub_close = _close(tokens, j)
                item["items"] += _items(tokens, j + 1, sub_close, src)
                j = sub_close + 1
            else:
                j = _close(tokens, j) + 1 if tokens[j].nesting == 1 else j + 1
        items.append(item)
        i = close + 1
    return items


# ---------------------------------------------------------------------------- writing


def dumps(article: Article, **options: Any) -> str:
    """Write an Article as front-matter Markdown (YAML, then the body in Markdown)."""
    yaml = _yaml()
    meta: dict[str, Any] = {"title": article.title}
    if article.subtitle is not None:
        meta["subtitle"] = article.subtitle
    if article.bylines:
        meta["authors"] = [
            b.name if set(b.model_dump(exclude_defaults=True)) == {"name"}
            else b.model_dump(exclude_defaults=True)
            for b in article.bylines
        ]
    if article.published is not None:
        meta["date"] = article.published.isoformat()
    if article.modified is not None:
        meta["lastmod"] = article.modified.isoformat()
    for field in ("dateline", "language", "url", "publisher", "section"):
        value = getattr(article, field)
        if value is not None:
            meta[field] = value.model_dump(exclude_defaults=True) if hasattr(value, "model_dump") else value
    if article.keywords:
        meta["tags"] = list(article.keywords)
    for field in ("images", "links", "quotes"):
        items = getattr(article, field)
        if items:
            meta[field] = [x.model_dump(mode="json", exclude_defaults=True) for x in items]
    if article.extra:
        meta["extra"] = article.extra
    head = yaml.dump(
        meta,
        Dumper=_dumper(),
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
    body = render_markdown(article.body)
    return f"---\n{head}---\n" + (f"\n{body}\n" if body else "")


def _escape(text: str) -> str:
    out = _ASCII_PUNCT.sub(r"\\\1", text)
    return out.replace("\n", "\\\n")


def _code(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ") and text.strip()) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _inline_md(text: str, marks: list[Mark]) -> str:
    # Marks are written in order; nested marks are written inside their parent,
    # overlapping ones are clipped to the parent (a documented limitation).
    def render(start: int, end: int, inner: list[Mark]) -> str:
        out: list[str] = []
        pos = start
        i = 0
        ordered = sorted(inner, key=lambda m: (m.start, -m.end))
        while i < len(ordered):
            m = ordered[i]
            s, e = max(m.start, pos), min(m.end, end)
            if s < pos:
                i += 1
                continue
            out.append(_escape(text[pos:s]))
            children = [c for c in ordered[i + 1 :] if c.start >= s and c.end <= e and c is not m]
            if m.kind == "code":
                out.append(_code(text[s:e]))
            else:
                content = render(s, e, children)
                if m.kind == "emphasis":
                    out.append(f"*{content}*")
                elif m.kind == "strong":
                    out.append(f"**{content}**")
                elif m.kind == "strikethrough":
                    out.append(f"~~{content}~~")
                else:
                    title = ""
                    if m.title is not None:
                        title = ' "' + m.title.replace("\\", "\\\\").replace('"', '\\"') + '"'
                    out.append(f"[{content}](<{(m.url or '').replace('>', '%3E').replace('<', '%3C')}>{title})")
            pos = e
            i += 1 + len(children)
        out.append(_escape(text[pos:end]))
        return "".join(out)

    return render(0, len(text), marks)


def _comment(block: Block) -> str:
    payload = json.dumps(block.model_dump(mode="json"), ensure_ascii=False)
    return f"<!-- newsmodel {payload.replace('>', chr(92) + 'u003e')} -->"


def _list_md(items: list[ListItem], ordered: bool, start: int, indent: str) -> list[str]:
    lines: list[str] = []
    for n, item in enumerate(items):
        marker = f"{start + n}. " if ordered else "- "
        lines.append(indent + marker + _inline_md(item.text, item.marks))
        if item.items:
            lines.extend(_list_md(item.items, ordered, 1, indent + " " * len(marker)))
    return lines


def render_markdown(body: list[Block]) -> str:
    """The body blocks as CommonMark that ``read_markdown`` reads back to the same blocks."""
    parts: list[str] = []
    for b in body:
        if isinstance(b, Paragraph):
            parts.append(_inline_md(b.text, b.marks))
        elif isinstance(b, Heading):
            parts.append("#" * b.level + " " + _inline_md(b.text, b.marks))
        elif isinstance(b, BlockQuote):
            quoted = "\n>\n".join(
                "\n".join("> " + line for line in _inline_md(p.text, p.marks).split("\n"))
                for p in b.paragraphs
            )
            parts.append(quoted)
        elif isinstance(b, ListBlock):
            parts.append("\n".join(_list_md(b.items, b.ordered, b.start if b.start is not None else 1, "")))
        elif isinstance(b, ImageBlock | RelatedLink | RawBlock):
            parts.append(_comment(b))
    # Two consecutive lists of the same kind would merge: separate them with a comment.
    out: list[str] = []
    for i, part in enumerate(parts):
        if i and isinstance(body[i], ListBlock) and isinstance(body[i - 1], ListBlock):
            out.append("<!-- -->")
        out.append(part)
    return "\n\n".join(out)
