"""HTML pages: main text and page metadata through trafilatura."""

from __future__ import annotations

from typing import Any

# libxml2 cuts a text node at 10 MB (XML_MAX_TEXT_LENGTH) unless the parser allows
# huge trees, and trafilatura's own parser does not: QA's big19.html, 18 MB of one
# article's paragraph, came out with an empty body and no message.  Pages whose text
# can reach that limit are parsed here with huge_tree and handed to trafilatura as a
# tree (which also skips its 20 MB MAX_FILE_SIZE check); smaller pages keep
# trafilatura's own loading (its encoding guess and markup repairs).
LXML_TEXT_LIMIT = 10_000_000


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
            _for_trafilatura(html),
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


def _for_trafilatura(html: str):
    """``html`` as trafilatura takes it: the string, or for a page whose text can pass
    LXML_TEXT_LIMIT, a tree parsed as trafilatura parses but with no limit on a text node."""
    # UTF-8 takes at most 4 bytes a character: only longer pages are encoded to measure
    if len(html) * 4 <= LXML_TEXT_LIMIT:
        return html
    data = html.encode("utf-8", "surrogatepass")
    if len(data) <= LXML_TEXT_LIMIT:
        return html
    import lxml.html

    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True,
                                  remove_pis=True, huge_tree=True, encoding="utf-8")
    return lxml.html.fromstring(data, parser=parser)


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
        # huge_tree: see LXML_TEXT_LIMIT
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
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
