"""Writing an Article as an article file.

An article read from a file keeps its source record: every part whose value is unchanged
is written with its original bytes, a changed part is rendered again in place, and parts
that are new get the canonical layout. An article built in code is written wholly in the
canonical layout of docs/format.md.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import warnings
from collections.abc import Callable
from typing import Any

from newsmodel.formats.markdown._helpers import is_role
from newsmodel.formats.markdown._inline import (
    escape_plain,
    render_inline,
    render_text,
    render_url,
)
from newsmodel.formats.markdown._source import Part, SourceRecord, snapshot
from newsmodel.models import (
    Article,
    BlockQuote,
    Caption,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    RawBlock,
    RelatedLink,
    SourceLink,
)
from newsmodel.text.dates import MONTH_NAMES

__all__ = ["derived_links", "dumps", "render_date"]

_FOOTER_LABEL = "Original url:"
_ISO_LINE_RE = re.compile(r"\s*[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_LIKE_RE = re.compile(r"[\w .,:/+\-]{4,64}")
_ORDINAL = re.compile(r"^([0-9]{1,9})([.)])")


class _Doc:
    """The parts an article renders to, each with the value it stands for."""

    def __init__(self, article: Article, nl: str) -> None:
        self.a = article
        self.nl = nl
        self.parts: list[tuple[str, Any, Callable[[Part | None], str]]] = []


def render_date(value: dt.date, iso: bool = False) -> str:
    """A date line: ``July 28, 2021`` for a day (ISO with ``iso=True``), ISO 8601 for a moment."""
    if isinstance(value, dt.datetime) or iso:
        return value.isoformat()
    return f"{MONTH_NAMES[value.month - 1]} {value.day}, {value.year:04d}"


def _placed(article: Article) -> set[int]:
    return {b.image for b in article.body if isinstance(b, ImageBlock)}


def derived_links(article: Article) -> list[SourceLink]:
    """The links the layout carries, as reading the written file gives them back."""
    out: list[SourceLink] = []
    for i, b in enumerate(article.body):
        if isinstance(b, RelatedLink):
            out.append(SourceLink(url=b.url, text=b.title, rel="related", position=i))
        for mk, text in _marks_of(b):
            if mk.kind == "link" and mk.url is not None:
                out.append(
                    SourceLink(url=mk.url, text=text[mk.start : mk.end] or None, rel="inline", position=i)
                )
    if article.url is not None:
        out.append(SourceLink(url=article.url, rel="original"))
    return out


def _marks_of(b: Any) -> list[tuple[Mark, str]]:
    out: list[tuple[Mark, str]] = []
    if isinstance(b, (Paragraph, Heading)):
        out += [(m, b.text) for m in b.marks]
    elif isinstance(b, BlockQuote):
        for p in b.paragraphs:
            out += [(m, p.text) for m in p.marks]
    elif isinstance(b, ListBlock):
        stack: list[ListItem] = list(b.items)
        while stack:
            it = stack.pop(0)
            out += [(m, it.text) for m in it.marks]
            stack = list(it.items) + stack
    return out


# ---------------------------------------------------------------------------------------
# Rendering single parts in the canonical layout
# ---------------------------------------------------------------------------------------


def _title(article: Article) -> str:
    return "# " + _heading_text(article.title, [])


def _heading_text(text: str, marks: list[Mark]) -> str:
    s = render_inline(text, marks)
    if s.startswith("\\#"):
        s = s[1:] if not re.match(r"\\#+(?:\s|$)", s) else s
    m = re.search(r"(^|[ \t])(#+)$", s)
    if m:
        s = s[: m.start(2)] + "\\" + s[m.start(2) :]
    return s


def _byline(article: Article) -> str:
    names = []
    for b in article.bylines:
        if b.url is not None:
            names.append(f"[{render_text(b.name, line_start=False)}]({render_url(b.url)})")
        else:
            # Escape what the reader splits at: "\," "\&" and "and" as "&#97;nd".
            name = render_text(b.name, line_start=False).replace(",", "\\,")
            name = re.sub(r"(?<!\\)&(?!#)", r"\\&", name)
            name = re.sub(r"(?<=\s)and(?=\s)", "&#97;nd", name)
            names.append(name)
        if b.role and is_role(b.role):
            # "By Jane Doe, Staff Writer": the reader gives a role piece to the name before it.
            names[-1] += ", " + render_text(b.role, line_start=False)
    if len(names) == 1:
        return "By " + names[0]
    return "By " + ", ".join(names[:-1]) + " and " + names[-1]


def _caption(c: Caption) -> str:
    text = render_text(c.text) if c.text else ""
    if c.credit:
        credit = "**" + render_text(c.credit, line_start=False) + "**"
        return f"{text} {credit}" if text else credit
    return text


def _image_line(img: Image) -> str:
    alt = escape_plain(img.alt or "")
    return f"![{alt}]({render_url(img.src or '')})"


def _risky_first(s: str, *, byline: bool, date: bool, updated: bool) -> bool:
    """Whether a first body paragraph would be read as a header line."""
    if byline and re.match(r"By(?:[ \t]|$)", s):
        return True
    if updated and re.match(r"Updated(?::|[ \t]|$)", s, re.IGNORECASE):
        return True
    # Any date-like line is read as a date line (or flagged as an unreadable one).
    return bool(date and _DATE_LIKE_RE.fullmatch(s) and any(c.isdigit() for c in s))


def _entity_first(s: str) -> str:
    return f"&#{ord(s[0])};{s[1:]}"


def _paragraph(p: Paragraph, *, first: bool = False, risks: tuple[bool, bool, bool, bool] = (False,) * 4) -> str:
    byline, date, updated, lead = risks
    strong = "**"
    if lead and any(m.kind == "strong" and m.end == len(p.text) for m in p.marks):
        strong = "__"
    s = render_inline(p.text, p.marks, strong=strong)
    if first and s and s[0] not in "\\&[*`_" and _risky_first(s, byline=byline, date=date, updated=updated):
        s = _entity_first(s)
    if s.strip() == _FOOTER_LABEL:
        s = s.replace(":", "\\:")
    return s


def _block(
    b: Any,
    images: list[Image],
    nl: str,
    risks: tuple[bool, bool, bool, bool] | None = None,
    alt_marker: bool = False,
) -> str:
    if isinstance(b, Paragraph):
        return _paragraph(b, first=risks is not None, risks=risks or (False,) * 4)
    if isinstance(b, Heading):
        return "#" * b.level + " " + _heading_text(b.text, b.marks)
    if isinstance(b, ImageBlock):
        img = images[b.image]
        out = _image_line(img)
        if img.caption is not None and (img.caption.text or img.caption.credit):
            out += nl + nl + _caption(img.caption)
        return out
    if isinstance(b, RelatedLink):
        return (
            f"**{b.label}: [{render_text(b.title, line_start=False)}]({render_url(b.url)})**"
        )
    if isinstance(b, BlockQuote):
        paras = [render_inline(p.text, p.marks) for p in b.paragraphs]
        return (nl + ">" + nl).join("> " + p for p in paras) if paras else ">"
    if isinstance(b, ListBlock):
        lines: list[str] = []
        # A list right after another list of its kind takes the other marker ("*", ")"),
        # or CommonMark would join the two.
        _list_lines(b.items, b.ordered, b.start or 1, "", lines, alt_marker)
        return nl.join(lines)
    if isinstance(b, RawBlock):
        return b.text
    raise TypeError(f"unknown block {type(b).__name__}")  # pragma: no cover


def _list_lines(
    items: list[ListItem], ordered: bool, start: int, indent: str, out: list[str], alt: bool = False
) -> None:
    for k, it in enumerate(items):
        bullet = "*" if alt else "-"
        marker = f"{start + k}{')' if alt else '.'}" if ordered else bullet
        text = render_inline(it.text, it.marks)
        out.append(f"{indent}{marker} {text}".rstrip())
        if it.items:
            _list_lines(it.items, False, 1, indent + " " * (len(marker) + 1), out)


# ---------------------------------------------------------------------------------------
# The article
# ---------------------------------------------------------------------------------------


def _check_loss(article: Article) -> None:
    lost: list[str] = []
    # Positions and texts follow the body; a link is lost only when its URL is not
    # carried as a link of the same kind.
    derived = {(ln.url, ln.rel) for ln in derived_links(article)}
    # The original link is Article.url itself.
    extra = [ln for ln in article.links if ln.rel != "original" and (ln.url, ln.rel) not in derived]
    if extra:
        lost.append(f"{len(extra)} link(s) that are neither inline, related nor the original URL")
    for i, img in enumerate(article.images):
        if img.width is not None or img.height is not None:
            lost.append(f"the size of image {i}")
    for i, by in enumerate(article.bylines):
        if (by.role and not is_role(by.role)) or by.affiliation or by.email:
            lost.append(f"the role, affiliation or e-mail of byline {i}")
    for i, b in enumerate(article.body[:-1]):
        if (
            isinstance(b, ImageBlock)
            and b.image < len(article.images)
            and _no_caption(article.images[b.image].caption)
            and isinstance(article.body[i + 1], Paragraph)
        ):
            lost.append(f"the place of paragraph {i + 1} (after image {b.image}, which has no caption, it is read as the caption)")
    if lost:
        from newsmodel._api import LossWarning

        warnings.warn(
            "the markdown format cannot carry " + "; ".join(lost) + "; they are left out",
            LossWarning,
            stacklevel=3,
        )


def _no_caption(c: Caption | None) -> bool:
    return c is None or not (c.text or c.credit)


def _key_parts(article: Article, rec: SourceRecord | None) -> list[tuple[str, Any, Any]]:
    """(key, value, payload) for each part the article renders to, in order."""
    parts: list[tuple[str, Any, Any]] = [("title", article.title, None)]
    old_by = _old(rec, "byline")
    if article.bylines or (old_by is not None and old_by.value == ()):
        parts.append(("byline", tuple((b.name, b.url, b.role) for b in article.bylines), None))
    old_date = _old(rec, "date")
    if article.published is not None or (old_date is not None and old_date.value is None):
        parts.append(("date", article.published, None))
    old_upd = _old(rec, "updated")
    if article.modified is not None or (old_upd is not None and old_upd.value is None):
        parts.append(("updated", article.modified, None))
    placed = _placed(article)
    unplaced = [i for i in range(len(article.images)) if i not in placed]
    for i in unplaced:
        parts.append(("lead", article.images[i], i))
    for i, b in enumerate(article.body):
        if isinstance(b, ImageBlock):
            img = article.images[b.image] if b.image < len(article.images) else None
            parts.append(("block", (b, img), i))
        else:
            parts.append(("block", b, i))
    if article.url is not None:
        parts.append(("footer", article.url, None))
    return parts


def _old(rec: SourceRecord | None, key: str) -> Part | None:
    if rec is None:
        return None
    for p in rec.parts:
        if p.key == key:
            return p
    return None


def dumps(article: Article) -> str:
    """The article file for an article (see the module docstring)."""
    _check_loss(article)
    rec = article._source if isinstance(article._source, SourceRecord) else None
    new = _key_parts(article, rec)
    if (
        rec is not None
        and len(new) == len(rec.parts)
        and all(k == p.key and _same(v, p.value) for (k, v, _), p in zip(new, rec.parts, strict=True))
    ):
        return rec.text
    nl = rec.newline if rec is not None else "\n"
    renderer = _Renderer(article, nl, new)
    if rec is None:
        return _canonical(renderer, new)
    return _with_source(renderer, new, rec)


def _same(new: Any, recorded: Any) -> bool:
    return bool(snapshot(new) == recorded)


class _Renderer:
    def __init__(self, article: Article, nl: str, parts: list[tuple[str, Any, Any]]) -> None:
        self.a = article
        self.nl = nl
        keys = [k for k, _, _ in parts]
        self.has_byline = "byline" in keys
        self.has_date = "date" in keys
        self.has_updated = "updated" in keys
        self.has_lead = "lead" in keys
        self.lead_done = False

    def render(self, key: str, value: Any, payload: Any, old: Part | None, rec: SourceRecord | None) -> str:
        a, nl = self.a, self.nl
        if key == "title":
            return _title(a)
        if key == "byline":
            if not a.bylines:
                return rec.slice(old.start, old.end) if old is not None and rec is not None else ""
            return _byline(a)
        if key == "date":
            if a.published is None:
                return rec.slice(old.start, old.end) if old is not None and rec is not None else ""
            iso = old is not None and rec is not None and bool(_ISO_LINE_RE.match(rec.slice(old.start, old.end)))
            return render_date(a.published, iso)
        if key == "updated":
            if a.modified is None:
                return rec.slice(old.start, old.end) if old is not None and rec is not None else ""
            return "Updated " + render_date(a.modified)
        if key == "lead":
            img: Image = value
            first_lead = not self.lead_done
            self.lead_done = True
            if (
                first_lead
                and img.src is None
                and img.alt is None
                and img.caption is not None
                and img.caption.text
                and img.caption.credit
            ):
                return _caption(img.caption)
            warnings.warn(
                f"image {payload} is not placed in the body; the markdown format writes it "
                "as an image line before the body, where reading places it",
                _loss(),
                stacklevel=4,
            )
            return _block(ImageBlock(image=payload), a.images, nl)
        if key == "block":
            idx = payload
            block = value[0] if isinstance(value, tuple) else value
            if isinstance(block, ImageBlock) and old is not None and rec is not None and old.subs:
                return self.image_in_place(value, old, rec)
            risks = None
            if idx == 0 and isinstance(block, Paragraph):
                risks = (
                    not self.has_byline and not self.has_date and not self.has_updated,
                    not self.has_date and not self.has_updated,
                    not self.has_updated,
                    not self.has_lead,
                )
            alt = False
            if isinstance(block, ListBlock):  # only a list has a marker to alternate
                prev = a.body[idx - 1] if idx > 0 else None
                first_alt = self.first_list_alt
                alt = (idx == 0 and first_alt) or (
                    isinstance(prev, ListBlock)
                    and prev.ordered == block.ordered
                    and not _alt_of(a.body, idx - 1, first_alt)
                )
            return _block(block, a.images, nl, risks, alt)
        if key == "footer":
            if old is not None and rec is not None and len(old.subs) == 2:
                label, url = old.subs
                return rec.slice(label.start, url.start) + f"<{_autolink(value)}>"
            return f"{_FOOTER_LABEL}{nl}{nl}<{_autolink(value)}>"
        raise ValueError(key)  # pragma: no cover

    @functools.cached_property
    def first_list_alt(self) -> bool:
        """Whether a numbered list opening the body takes the ")" marker.

        A one-item list "28. Juli 2021" right after the title or byline would be read as
        a date line (docs/format.md names "28. Juli 2021" as one); "28) Juli 2021" is not.
        """
        body = self.a.body
        if not body or self.has_date or self.has_updated:
            return False
        b = body[0]
        if not (isinstance(b, ListBlock) and b.ordered and len(b.items) == 1 and not b.items[0].items):
            return False
        line = _block(b, self.a.images, self.nl)
        return _risky_first(line, byline=False, date=True, updated=True)

    def image_in_place(self, value: tuple[ImageBlock, Image | None], old: Part, rec: SourceRecord) -> str:
        img = value[1]
        assert img is not None
        old_img = old.subs[0]
        out = rec.slice(old_img.start, old_img.end) if old_img.value == (img.src, img.alt) else _image_line(img)
        cap = img.caption if img.caption is not None and (img.caption.text or img.caption.credit) else None
        old_cap = old.subs[1] if len(old.subs) > 1 else None
        if cap is None:
            return out
        if old_cap is not None:
            gap = rec.slice(old_img.end, old_cap.start)
            text = rec.slice(old_cap.start, old_cap.end) if old_cap.value == snapshot(cap) else _caption(cap)
            return out + gap + text
        return out + self.nl + self.nl + _caption(cap)


def _alt_of(body: list[Any], idx: int, first_alt: bool = False) -> bool:
    """Whether the list at idx is written with the other marker (alternating runs).

    ``first_alt``: the list at index 0 takes the other marker (see
    ``_Renderer.first_list_alt``), and a run that starts there alternates from it.
    """
    run = 0
    while idx - 1 - run >= 0:
        prev, cur = body[idx - 1 - run], body[idx - run]
        if not (isinstance(prev, ListBlock) and isinstance(cur, ListBlock) and prev.ordered == cur.ordered):
            break
        run += 1
    if first_alt and idx - run == 0:
        return run % 2 == 0
    return run % 2 == 1


def _loss() -> type[Warning]:
    from newsmodel._api import LossWarning

    return LossWarning


def _autolink(url: str) -> str:
    return re.sub(r"[\s<>]", lambda m: f"%{ord(m.group(0)):02X}", url)


def _canonical(r: _Renderer, parts: list[tuple[str, Any, Any]]) -> str:
    nl = r.nl
    chunks = [r.render(k, v, p, None, None) for k, v, p in parts]
    return nl + nl + (nl + nl).join(c for c in chunks if c) + nl


def _with_source(r: _Renderer, new: list[tuple[str, Any, Any]], rec: SourceRecord) -> str:
    old = rec.parts
    # Align: header parts and the footer by key, body blocks by value (difflib).
    match: dict[int, int] = {}
    old_by_key: dict[str, int] = {}
    for n, part in enumerate(old):
        if part.key != "block":
            old_by_key.setdefault(part.key, n)
    for i, (k, _v, _p) in enumerate(new):
        if k != "block" and k in old_by_key:
            match[i] = old_by_key[k]
    ob = [j for j, p in enumerate(old) if p.key == "block"]
    nb = [i for i, (k, _, _) in enumerate(new) if k == "block"]
    sm = difflib.SequenceMatcher(
        None, [old[j].value for j in ob], [snapshot(new[i][1]) for i in nb], autojunk=False
    )
    for tag, o1, o2, n1, n2 in sm.get_opcodes():
        if tag in ("equal", "replace"):
            for d in range(min(o2 - o1, n2 - n1)):
                match[nb[n1 + d]] = ob[o1 + d]
    out: list[str] = []
    prev_old: int | None = None
    for i, (k, v, payload) in enumerate(new):
        j = match.get(i)
        if j is not None:
            p = old[j]
            text = rec.slice(p.start, p.end) if _same(v, p.value) else r.render(k, v, payload, p, rec)
            if not out:
                gap = rec.slice(0, old[0].start)
            elif prev_old is not None and j == prev_old + 1:
                gap = rec.slice(old[prev_old].end, p.start)
            else:
                gap = rec.slice(old[j - 1].end, p.start) if j > 0 else r.nl + r.nl
            prev_old = j
        else:
            text = r.render(k, v, payload, None, None)
            gap = rec.slice(0, old[0].start) if not out else r.nl + r.nl
            prev_old = None
        if not text:
            continue
        out.append(gap)
        out.append(text)
    tail = rec.slice(old[-1].end, len(rec.text)) if old else r.nl
    out.append(tail)
    return "".join(out)


