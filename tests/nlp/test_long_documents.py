"""Long documents: parsed in parts, entity lookups without quadratic scans, a too-large
message that names a real option (issue 11, point 5). Timings live in bench/long_document.py."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.nlp.chunks import pipe_long, split_long
from eventwire.nlp.spans import ent_span, sent_ents

PARA = ("Officials from Chile and Peru met in Lima on Tuesday to discuss fishing rights. "
        "The Chilean foreign minister said on March 3 that the talks would go on.")


def test_issue11_p05_split_long_gives_the_text_back_in_bounded_parts():
    text = "\n\n".join(f"{PARA} Round {n}." for n in range(200))
    parts = split_long(text, 2_000)
    assert "".join(parts) == text
    assert len(parts) > 10 and all(len(p) <= 2_000 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])  # cut at paragraph breaks
    assert split_long("short", 2_000) == ["short"]


def test_issue11_p05_long_text_is_one_doc_with_its_exact_text(coder):
    text = "\n\n".join(f"{PARA} Round {n}." for n in range(30))
    (doc, idx), = pipe_long(coder.nlp, [(text, 7)], size=1_000)
    assert idx == 7 and doc.text == text
    whole = coder.nlp(text)
    assert [t.text for t in doc] == [t.text for t in whole]
    assert {e.text for e in doc.ents if e.label_ == "GPE"} == {"Chile", "Peru", "Lima"}
    # every paragraph starts a sentence, across the joins as inside the parts
    assert all(doc[t.i + 1].is_sent_start for t in doc[:-1] if "\n\n" in t.text)
    short, = pipe_long(coder.nlp, [(PARA, 0)], size=1_000)  # ordinary texts: parsed whole
    assert [t.dep_ for t in short[0]] == [t.dep_ for t in coder.nlp(PARA)]


def test_issue11_p05_entity_helpers_match_spacy(coder):
    doc = coder.nlp(PARA + "\n\n" + PARA)
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in sent_ents(sent)] == \
            [(e.start, e.end, e.label_) for e in sent.ents]
    for tok in doc:
        want = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        got = ent_span(tok)
        assert (got and (got.start, got.end, got.label_)) == \
            (want and (want.start, want.end, want.label_))


def test_issue11_p05_too_large_names_an_option_that_exists(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(PARA)
    runner = CliRunner()
    result = runner.invoke(app, ["code", str(story), "--max-chars", "50", "--format", "jsonl"])
    assert result.exit_code == 1
    assert "too large" in result.stderr and "--max-chars" in result.stderr
    ok = runner.invoke(app, ["code", str(story), "--max-chars", "5000", "--format", "jsonl"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["id"] == "story"
    for command in ("code", "ingest"):
        assert "--max-chars" in runner.invoke(app, [command, "--help"]).stdout
