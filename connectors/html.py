"""HTML pages: main text, title and publication date.

* Dropped: ``script style noscript iframe nav header footer aside form svg template button``
  and elements whose id/class says nav/menu/footer/sidebar/breadcrumb/comment/share/related.
* Main text: ``<article>`` or ``<main>`` when present, else ``<body>``. Block elements
  (p div li h1-h6 tr br section ...) end a line; inline elements (b span a) join their text without
  a break, so ``<b>15.98</b>亿美元`` stays one number.
* Publication date: meta ``article:published_time``, ``og:published_time``, ``pubdate``,
  ``publishdate``, ``PubDate``, ``date``, ``DC.date.issued``, ``dcterms.created``, ``itemprop=
  datePublished``, then ``<time datetime>``; the first that parses (ISO date or 2024年5月6日).
* Charset: ``<meta charset>`` / ``http-equiv`` content type, used by :mod:`connectors.decode`.
* Limits: at most :data:`MAX_TAGS` tags (a large news page has a few thousand; BeautifulSoup
  needs about 15 µs and 1 kB per tag, so megabytes of unclosed tags would take tens of seconds
  and gigabytes) else :class:`HtmlError`; the tree is walked with an explicit stack, so nesting
  depth costs nothing.
"""

from __future__ import annotations

import re
from datetime import date

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

#: Most tags a page may have (counted with one linear scan before parsing).
MAX_TAGS = 200_000
_TAG = re.compile(r"<[A-Za-z!/?]")


class HtmlError(ValueError):
    """The page is beyond what the reader takes (the message says which limit)."""


_DROP = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form", "svg",
         "template", "button", "select", "head")
_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "br", "section",
          "article", "main", "blockquote", "pre", "dd", "dt", "dl", "figcaption", "figure", "hr", "td", "th"}
_NOISE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|breadcrumbs?|comments?|share|related|recommend|advert|ads)(?:$|[\s_-])", re.I)
_META_DATE = ("article:published_time", "og:published_time", "pubdate", "publishdate", "publish_date", "PubDate",
              "date", "DC.date.issued", "dc.date", "dcterms.created", "datePublished", "publication_date")
_DATE = re.compile(r"((?:19|20)\d{2})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})")
_SPACE = re.compile(r"[ \t\r\n\f]+")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)


def sniff_charset(raw: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, if any."""
    m = _CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def parse_date(value: str) -> date | None:
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _published(soup: BeautifulSoup) -> date | None:
    metas = soup.find_all("meta")
    for key in _META_DATE:
        for meta in metas:
            attrs = meta.attrs
            names = {str(attrs.get(a, "")) for a in ("property", "name", "itemprop", "http-equiv")}
            if key in names or key.lower() in {n.lower() for n in names}:
                d = parse_date(str(attrs.get("content", "")))
                if d:
                    return d
    for t in soup.find_all("time"):
        d = parse_date(str(t.get("datetime", "")) or t.get_text())
        if d:
            return d
    return None


_END_BLOCK = object()  # marks where a block element closes on the walk's stack


def _walk(node: Tag, out: list[str]) -> None:
    """Append the text under ``node`` to ``out``: an explicit stack, not recursion, so a page nested
    thousands of levels deep (or megabytes of unclosed tags) costs time linear in its size."""
    stack: list[object] = list(reversed(node.contents))
    while stack:
        child = stack.pop()
        if child is _END_BLOCK:
            out.append("\n")
            continue
        if isinstance(child, (Comment, Doctype, Declaration, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            out.append(_SPACE.sub(" ", str(child)))
            continue
        if not isinstance(child, Tag) or child.name in _DROP:
            continue
        ident = " ".join([str(child.get("id") or "")] + [str(c) for c in (child.get("class") or [])])
        if ident.strip() and _NOISE.search(ident) and child.name not in ("article", "main", "body"):
            continue
        if child.name in _BLOCK:
            out.append("\n")
            stack.append(_END_BLOCK)
        stack.extend(reversed(child.contents))


def html_to_text(html: str) -> tuple[str, str | None, date | None]:
    """``(main text, title, publication date)`` of an HTML page (see the module docstring)."""
    n_tags = sum(1 for _ in _TAG.finditer(html))
    if n_tags > MAX_TAGS:
        raise HtmlError(f"too many HTML tags: {n_tags} (at most {MAX_TAGS}); not a page a person reads")
    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    og = soup.find("meta", attrs={"property": "og:title"})
    og_title = og.get("content") if isinstance(og, Tag) else None
    title: str | None = (str(og_title) if og_title else None) or (title_tag.get_text(strip=True) if title_tag else None)
    published = _published(soup)
    root = soup.find("article") or soup.find("main") or soup.find("body") or soup
    parts: list[str] = []
    if isinstance(root, Tag):
        _walk(root, parts)
    text = "".join(parts)
    lines = [ln.strip() for ln in text.split("\n")]
    body = "\n".join(ln for ln in lines if ln)
    if title and title not in body[:500]:
        body = f"{title}\n{body}"
    return body, title or None, published
