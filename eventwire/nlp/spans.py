"""Entity lookups that stay cheap on long documents.

``Doc.ents`` builds every entity span on each access and ``Span.ents`` scans the document's
entities from the start, so calling either once per token or per sentence is quadratic in the
document's length. These helpers read the token-level IOB tags instead and give the same spans.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def ent_span(tok: Token) -> Span | None:
    """The entity span ``tok`` is in (as ``doc.ents`` has it), or None."""
    if not tok.ent_type_ or tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def sent_ents(sent: Span) -> list[Span]:
    """The entities inside a sentence, in order (what ``sent.ents`` gives)."""
    doc: Doc = sent.doc
    out: list[Span] = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if tok.ent_iob_ == "B" and tok.ent_type_:
            ent = ent_span(tok)
            assert ent is not None
            if ent.end <= sent.end:
                out.append(ent)
            i = ent.end
        else:
            i += 1
    return out


def one_line(text: str) -> str:
    """A sentence as one line: no trailing blank lines, no line breaks inside (evidence that
    stays one CSV cell and one table row)."""
    return " ".join(text.split())
