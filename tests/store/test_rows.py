"""Store rows built from a coded article: the mention contract, actor spans, article metadata."""

from __future__ import annotations

from eventwire.records import Article, CodedArticle
from eventwire.store.rows import MENTION_FIELDS, coded_rows, reason_kind, text_sha256, to_table

STORY = (
    "PYONGYANG, March 4 (Korea Wire) -- North Korea fired two ballistic missiles into the sea "
    "on Sunday. South Korea condemned North Korea for the launch."
)


def test_rows_of_a_coded_article(coder):
    article = Article(id="nk-1", text=STORY, published="2018-03-05", origin="x.jsonl:4")
    result = coder.code_article(article)
    assert isinstance(result, CodedArticle) and result.events
    art, mentions, actors = coded_rows(result, article, text_sha256(STORY))
    assert art["article_id"] == "nk-1" and art["origin_file"] == "x.jsonl"
    assert art["origin_line"] == 4 and art["num_events"] == len(mentions)
    assert art["outlet"] == "Korea Wire"  # no source field: the dateline's agency
    assert [m["mention_id"] for m in mentions] == [f"nk-1#{n}" for n in range(len(mentions))]
    for m, ev in zip(mentions, result.events, strict=True):
        assert set(MENTION_FIELDS) <= set(m)
        assert m["root"] == ev.cameo[:2] and m["outlet"] == "Korea Wire"
        assert m["evidence"] == ev.evidence.text and m["sentence"] == ev.evidence.sentence
    condemn = next(m for m in mentions if m["root"] == "11")
    assert (condemn["source_key"], condemn["target_key"]) == ("KOR", "PRK")
    roles = {(a["mention_id"], a["role"]) for a in actors}
    assert (condemn["mention_id"], "source") in roles and (condemn["mention_id"], "target") in roles
    src = next(a for a in actors if a["mention_id"] == condemn["mention_id"]
               and a["role"] == "source")
    assert STORY.find(src["text"]) >= 0 and src["resolved_by"]
    table = to_table("mentions", mentions)
    assert table.num_rows == len(mentions) and "date_basis" in table.schema.names


def test_outlet_prefers_the_source_field(coder):
    article = Article(id="nk-2", text=STORY, published="2018-03-05", source="Daily Courier")
    result = coder.code_article(article)
    _, mentions, _ = coded_rows(result, article, "h")
    assert {m["outlet"] for m in mentions} == {"Daily Courier"}


def test_reason_kind_drops_the_particulars():
    assert reason_kind("malformed JSON: Expecting value at column 1") == "malformed JSON"
    assert reason_kind("not UTF-8 (byte 0xff at offset 3); re-encode") == "not UTF-8"
    assert reason_kind("empty text") == "empty text"
