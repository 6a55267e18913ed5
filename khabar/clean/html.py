"""HTML pages: main text and page metadata through trafilatura."""

from __future__ import annotations

from typing import Any


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """(main text with one paragraph per line, page metadata dict).

    Metadata keys: title, author, date (ISO string), sitename, url, description.
    Empty or unparseable pages give ("", {}).
    """
    if not html or not html.strip():
        return "", {}
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=False,
            deduplicate=False,
            # keep the clock time and zone, not only the day
            date_extraction_params={"original_date": True, "extensive_search": True,
                                    "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
        )
    except Exception:
        document = None
    if document is None:
        # trafilatura gives up on short fragments (feed summaries): keep their text
        return html_to_text(html), {}
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = data.get("text") or html_to_text(html)
    meta = {
        key: data.get(key)
        for key in ("title", "author", "date", "sitename", "url", "description")
        if data.get(key)
    }
    if meta.get("author"):
        # trafilatura joins several authors with "; "
        meta["author"] = meta["author"].strip()
    return text, meta


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "figure", "figcaption",
    "form", "dd", "dt", "dl", "main", "hr", "title",
}


def html_to_text(html: str) -> str:
    """All visible text of a page or fragment, one block per line (like
    html-text): what a naive scraper would save."""
    if not html or not html.strip():
        return ""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml refuses some inputs outright (e.g. only a comment)
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//svg|//head"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(tree)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
