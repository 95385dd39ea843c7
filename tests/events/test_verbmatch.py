"""Matching a PETRARCH verb dictionary on the dependency tree: one test per matching rule.

The dictionary and sentences are ours; the built-in actor tables resolve the countries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Article, CodedArticle

VERBS = """
&GRAIN
+OATS
+BARLEY_

--- PRAISE  [051]  ---
PRAISE
- * (FOR {BORDER POLICY})  [052]
- * (FOR &GRAIN)  [053]
- * POLICY  [054]
- NEVER *  [---]

--- DENOUNCE  [---]  ---
DENOUNCE
- * (OVER TARIFFS)  [111]

--- SIDE  [---]  ---
SIDE
- * (WITH $) (AGAINST +)  [042]

--- CHAT  [---]  ---
CHAT
- % *  [040:040]

--- CONCUR  [---]  ---
CONCUR
- * WITH %  [031]

--- HOST  [---]  ---
HOST
- * +  [042:043]

--- SUMMON  [---]  ---
SUMMON
- * (BEFORE TRIBUNAL)  [:173]

--- HOLD  [---]  ---
+HOLD_BACK {+HELD_BACK +HOLDING_BACK}  [1246]
HOLD

--- THANK  [9X1]  ---
THANK

--- GREET  [040:042]  ---
GREET

--- SEEK  [012]  ---
SEEK

--- SOUGHT  [036]  ---
SOUGHT
"""


@pytest.fixture(scope="module")
def vcoder(coder: Coder, tmp_path_factory: pytest.TempPathFactory) -> Coder:
    path: Path = tmp_path_factory.mktemp("verbs") / "test.verbs"
    path.write_text(VERBS, encoding="utf-8")
    return Coder(nlp=coder.nlp, kb=coder.kb, lexicon=coder.lexicon, verbs=[path])


def codings(c: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    got = c.code_article(Article(id="t", text=text, published="2021-05-04"))
    assert isinstance(got, CodedArticle)
    return {(e.source.key, e.target.key if e.target else None, e.cameo) for e in got.events}


def rules(c: Coder, text: str) -> list[str]:
    got = c.code_article(Article(id="t", text=text, published="2021-05-04"))
    assert isinstance(got, CodedArticle)
    return [e.evidence.rule for e in got.events]


def test_bare_verb_takes_its_block_code_and_names_the_line(vcoder: Coder) -> None:
    assert codings(vcoder, "France praised Germany on Monday.") == {("FRA", "DEU", "051")}
    assert rules(vcoder, "France praised Germany on Monday.") == ["test.verbs:7 PRAISE [051]"]


def test_object_side_word(vcoder: Coder) -> None:
    assert codings(vcoder, "France praised the German policy on Monday.") == \
        {("FRA", "DEU", "054")}


def test_preposition_group_and_most_specific_pattern_wins(vcoder: Coder) -> None:
    text = "France praised Germany for its border policy on Monday."
    assert codings(vcoder, text) == {("FRA", "DEU", "052")}
    assert rules(vcoder, text) == ["test.verbs:8 - * (FOR {BORDER POLICY}) [052]"]


def test_synset_expands_to_its_words_and_plurals(vcoder: Coder) -> None:
    assert codings(vcoder, "France praised Germany for its oats.") == {("FRA", "DEU", "053")}
    assert codings(vcoder, "France praised Germany for its barley.") == {("FRA", "DEU", "053")}


def test_subject_side_word_and_null_code_suppresses(vcoder: Coder, coder: Coder) -> None:
    assert codings(vcoder, "France never praised Germany.") == set()


def test_no_event_block_hides_the_builtin_reading(vcoder: Coder, coder: Coder) -> None:
    text = "France denounced Germany on Monday."
    assert codings(coder, text), "the built-in lexicon codes this verb"
    assert codings(vcoder, text) == set()
    assert codings(vcoder, "France denounced Germany over tariffs.") == {("FRA", "DEU", "111")}


def test_source_and_target_markers(vcoder: Coder) -> None:
    assert codings(vcoder, "Italy sided with France against Germany.") == \
        {("FRA", "DEU", "042")}


def test_compound_marker_both_sides_act(vcoder: Coder) -> None:
    assert codings(vcoder, "France and Germany chatted on Monday.") == \
        {("FRA", "DEU", "040"), ("DEU", "FRA", "040")}


def test_compound_marker_after_the_verb_makes_every_member_a_target(vcoder: Coder) -> None:
    assert codings(vcoder, "Italy concurred with France and Germany on Monday.") == \
        {("ITA", "FRA", "031"), ("ITA", "DEU", "031")}


def test_code_pair_target_acts_back(vcoder: Coder) -> None:
    assert codings(vcoder, "France hosted Germany on Monday.") == \
        {("FRA", "DEU", "042"), ("DEU", "FRA", "043")}


def test_only_the_target_acts(vcoder: Coder) -> None:
    assert codings(vcoder, "Germany summoned France before the tribunal.") == \
        {("FRA", "DEU", "173")}


def test_multi_word_verb_and_irregular_form(vcoder: Coder) -> None:
    assert codings(vcoder, "France held back Germany on Monday.") == {("FRA", "DEU", "1246")}
    assert codings(vcoder, "France held Germany on Monday.") == set()


def test_code_outside_cameo_is_kept_as_written(vcoder: Coder) -> None:
    got = vcoder.code_article(Article(id="t", text="France thanked Germany.",
                                      published="2021-05-04"))
    assert isinstance(got, CodedArticle)
    (ev,) = got.events
    assert (ev.cameo, ev.goldstein, ev.quad_class) == ("9X1", None, None)


def test_a_pair_code_in_the_block_header_codes_both_ways(vcoder: Coder) -> None:
    assert codings(vcoder, "France greeted Germany on Monday.") == {
        ("FRA", "DEU", "040"), ("DEU", "FRA", "042")}


def test_a_form_that_is_a_verb_of_its_own_is_that_verb(vcoder: Coder) -> None:
    # "sought" has its own entry: SOUGHT, not SEEK (as PETRARCH looks verbs up by form)
    assert codings(vcoder, "France sought Germany on Monday.") == {("FRA", "DEU", "036")}
    assert codings(vcoder, "France seeks Germany on Monday.") == {("FRA", "DEU", "012")}


def test_verbs_the_dictionary_lacks_keep_the_builtin_lexicon(vcoder: Coder, coder: Coder) -> None:
    text = "France accused Germany of spying."
    assert codings(vcoder, text) == codings(coder, text) != set()


def test_cli_verbs_option_reports_bad_lines_and_codes(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventwire.cli.main import app

    verbs = tmp_path / "mine.verbs"
    verbs.write_text("--- PRAISE [051] ---\nPRAISE\n- * (FOR [052]\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("France praised Germany on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(story), "--verbs", str(verbs), "--format",
                                      "jsonl", "--published", "2021-05-04"])
    assert result.exit_code == 0, result.output
    assert "mine.verbs:3: unclosed '(' in '(FOR'" in result.output
    assert '"cameo": "051"' in result.output
