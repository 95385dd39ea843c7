"""The PETRARCH verb dictionary reader: one test per format rule, on dictionaries we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events.verbdict import Marker, Prep, Word, load_all, load_verbs, parse_verbs


def parse(text: str):
    return parse_verbs(text.strip("\n").splitlines(), "test.verbs")


def test_block_header_gives_default_code_and_no_event_block() -> None:
    d = parse("--- GLORBIFY [042] ---\nGLORBIFY\n--- MUSE [---] ---\nMUSE\n")
    assert [(b.name, b.code) for b in d.blocks] == [("GLORBIFY", "042"), ("MUSE", None)]
    assert d.by_lemma["glorbify"][0][1].code == "042"
    assert not d.problems


def test_verb_irregular_forms_and_own_code() -> None:
    d = parse("--- SWIM [---] ---\nSWIM {SWAM SWUM SWIMS} [0231]\n")
    verb = d.blocks[0].verbs[0]
    assert (verb.lemma, verb.forms, verb.code) == ("swim", ("swam", "swum", "swims"), "0231")
    assert d.by_form["swam"] == "swim"


def test_multi_word_verbs_plus_marks_the_verb() -> None:
    d = parse("--- X [010] ---\n+ZORP_OFF {+ZORPED_OFF}\nSNAIL_+MAIL\nLASH OUT\n")
    got = [(v.lemma, v.pre, v.post) for v in d.blocks[0].verbs]
    assert got == [("zorp", (), ("off",)), ("mail", ("snail",), ()), ("lash", (), ("out",))]
    assert d.blocks[0].verbs[0].forms == ("zorped",)


def test_synsets_with_plurals_phrases_and_nested_sets() -> None:
    d = parse("""
&BEAST
+GRIFFIN
+WINGED_PONY
+SHEEP_
&TAME_
+DOCILE
&ALL
+&BEAST
+OGRE
""")
    assert d.synsets["BEAST"] == {("griffin",), ("griffins",), ("winged", "pony"),
                                  ("winged", "ponies"), ("sheep",)}
    assert d.synsets["TAME"] == {("docile",)}  # a label ending in _: no plurals
    assert ("griffin",) in d.synsets["ALL"] and ("ogres",) in d.synsets["ALL"]


def test_undefined_synset_pattern_is_reported_and_ignored() -> None:
    d = parse("--- FEED [073] ---\nFEED\n- * &NOSUCH [074]\n- * OATS [075]\n")
    assert d.problems == ["test.verbs:3: synset &NOSUCH is used before it is defined"]
    assert [p.code for p in d.blocks[0].patterns] == ["075"]


def test_pattern_sides_words_and_phrases() -> None:
    d = parse("--- FEED [073] ---\nFEED\n- HUNGRY * {GOLDEN OATS} TO_THE_HORSES [074]\n")
    p = d.blocks[0].patterns[0]
    assert p.before == (Word(("hungry",)),)
    assert p.after == (Word(("golden", "oats"), joined=False), Word(("to", "the", "horses")))
    assert p.code == "074" and p.reverse is None
    assert p.rule == "test.verbs:3 - HUNGRY * {GOLDEN OATS} TO_THE_HORSES [074]"


def test_pattern_prepositional_groups() -> None:
    d = parse("--- FEED [073] ---\nFEED\n- * (WITH {GOLDEN OATS}) (IN +) (AT) [074]\n")
    p = d.blocks[0].patterns[0]
    assert p.after == (Prep("with", (Word(("golden", "oats"), joined=False),)),
                       Prep("in", (Marker("+"),)), Prep("at"))


def test_pattern_markers_source_target_compound_skip() -> None:
    d = parse("--- FEED [073] ---\nFEED\n- $ * + [074]\n- % * ^ OATS [075:075]\n")
    a, b = d.blocks[0].patterns
    assert a.before == (Marker("$"),) and a.after == (Marker("+"),)
    assert b.before == (Marker("%"),) and b.after == (Marker("^"), Word(("oats",)))


def test_pattern_null_code_and_code_pairs() -> None:
    d = parse("--- FEED [073] ---\nFEED\n- NOT * [---]\n- * BACK [042:043]\n- * ON [:173]\n")
    codes = [(p.code, p.reverse) for p in d.blocks[0].patterns]
    assert codes == [(None, None), ("042", "043"), (None, "173")]


def test_pattern_next_to_the_verb_and_synset_in_a_phrase() -> None:
    d = parse("&HAY\n+HAY\n--- FEED [073] ---\nFEED\n- NEVER_* [---]\n- * FRESH_&HAY [074]\n")
    never, hay = d.blocks[1].patterns if len(d.blocks) > 1 else d.blocks[0].patterns
    assert never.adjacent == (True, False)
    assert hay.after == (Word(("fresh", "HAY")),)


def test_comments_blank_lines_html_comments_and_tabari_semicolons() -> None:
    d = parse("""
<!-- a header comment -->
# a comment line

--- FEED [073] ---   # trailing comment
FEED {FED FEEDS} ;tabari comment
- * OATS [074] # who wrote it
""")
    assert not d.problems
    assert d.blocks[0].verbs[0].forms == ("fed", "feeds")
    assert d.blocks[0].patterns[0].code == "074"


def test_transformations() -> None:
    d = parse("--- SAY [010] ---\nSAY\n######## TRANSFORMATIONS ####\n"
              "~ a (a b ATTACK) SAY = a b 015\n~ a (_ b Q) WANT = a b Q\n~ a broken\n")
    first, second = d.transformations
    assert (first.outer_source, first.inner_source, first.inner_target, first.inner_verb,
            first.outer_verb, first.source, first.target, first.code) == \
        ("a", "a", "b", "attack", "say", "a", "b", "015")
    assert second.inner_source == "_" and second.code == "Q"
    assert d.problems == ["test.verbs:6: cannot read transformation '~ a broken'"]


@pytest.mark.parametrize(("line", "cause"), [
    ("- * OATS [07!]", "cannot read code [07!]"),
    ("- * OATS", "pattern without a [code]"),
    ("- OATS [074]", "pattern needs exactly one '*' for the verb, found 0"),
    ("- * (WITH OATS [074]", "unclosed '(' in '(WITH OATS'"),
    ("- * {GOLDEN OATS [074]", "unclosed '{' in '{GOLDEN OATS'"),
])
def test_bad_pattern_lines_are_reported_and_the_load_goes_on(line: str, cause: str) -> None:
    d = parse(f"--- FEED [073] ---\nFEED\n{line}\n- * HAY [075]\n")
    assert d.problems == [f"test.verbs:3: {cause}"]
    assert [p.code for p in d.blocks[0].patterns] == ["075"]


def test_every_bad_line_is_reported() -> None:
    d = parse("- * OATS [074]\nSTRAY\n--- FEED [073]\nFEED\n--- EMPTY [010] ---\n")
    assert d.problems == [
        "test.verbs:1: pattern before any verb block",
        "test.verbs:2: verb 'STRAY' before any '--- NAME [code] ---' block",
        "test.verbs:3: block header without its closing '---' (read as one)",
        "test.verbs:5: block 'EMPTY' has no verbs",
    ]
    assert d.by_lemma["feed"][0][1].code == "073"


def test_load_files_and_merge(tmp_path: Path) -> None:
    a = tmp_path / "a.verbs"
    b = tmp_path / "b.verbs"
    a.write_text("--- FEED [073] ---\nFEED\n", encoding="utf-8")
    b.write_bytes(b"--- GLORBIFY [042] ---\nGLORBIFY\n- * \xff [043]\n")
    assert load_verbs(a).blocks[0].origin == "a.verbs:1"
    d = load_all([a, b])
    assert d is not None and set(d.by_lemma) == {"feed", "glorbify"}
