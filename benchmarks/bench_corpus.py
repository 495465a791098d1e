"""The benchmark corpus: the bundled sample corpus repeated, every copy a distinct document.

Each copy gets a trailing archive line, so its content hash (and so its ``doc_id``) differs
from every other copy while its body, and so its parse and its events, stay the same.
"""

from __future__ import annotations

import sys
from itertools import cycle, islice

import spacy
from spacy.language import Language

from eventwire.ingest import read_paths
from eventwire.nlp import MODEL
from eventwire.records import RawDocument
from eventwire.runners.local import sample_corpus


def bare_pipeline() -> Language:
    """The English model as spaCy ships it, for the bare ``nlp.pipe`` the coder is
    measured against (eventwire's own ``nlp.load`` swaps in faster attribute rules)."""
    return spacy.load(MODEL)


def _distinct(document: RawDocument, copy: int) -> RawDocument:
    content = document.content
    text = content if isinstance(content, str) else content.decode("utf-8", "replace")
    tail = f"Archive reference {copy:06d}."
    if document.content_type == "text/html" and "</body>" in text:
        text = text.replace("</body>", f"<p>{tail}</p></body>", 1)
    else:
        text = f"{text.rstrip()}\n\n{tail}\n"
    return RawDocument(
        uri=f"{document.uri}#copy{copy}",
        content=text,
        content_type=document.content_type,
        source=document.source,
        url=f"{document.url}?copy={copy}" if document.url else None,
        published=document.published,
        title=document.title,
    )


def sample_documents() -> list[RawDocument]:
    """The sample corpus's readable documents (its deliberately bad files left out)."""
    documents = [d for d in read_paths([str(sample_corpus())]) if isinstance(d, RawDocument)]
    if not documents:
        sys.exit("the sample corpus is empty")
    return documents


def repeated(n: int) -> list[RawDocument]:
    """``n`` documents: the sample corpus cycled, each copy distinct."""
    return [_distinct(doc, i) for i, doc in enumerate(islice(cycle(sample_documents()), n))]


def write_jsonl(documents: list[RawDocument], path: str) -> None:
    """Write documents as JSONL that ``eventwire run`` reads back (text or html field)."""
    import json

    with open(path, "w", encoding="utf-8") as handle:
        for doc in documents:
            content = doc.content
            body = content if isinstance(content, str) else content.decode("utf-8", "replace")
            field = "html" if doc.content_type == "text/html" else "text"
            record = {field: body, "url": doc.url, "published": doc.published}
            record |= {"source": doc.source, "title": doc.title}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
