"""Acts not (yet) done: possible, planned, purposes of acts not done (our own sentences)."""


def test_a_possible_or_planned_act_is_not_yet_done(code_text) -> None:
    coded = code_text("Officials discussed the planned talks between Chad and Niger on Monday.",
                      published="2021-06-09")
    talks = [e for e in coded.events if e.cameo[:2] == "04" and e.source and
             e.source.key == "TCD"]
    assert talks and all(e.modality == "hypothetical" for e in talks), coded.events
    coded = code_text("Chad's president did not rule out the possibility that he had "
                      "talked about the border with Niger's president.")
    assert not [e for e in coded.events if e.cameo[:2] == "04" and e.modality == "asserted"]


def test_the_purpose_of_an_act_not_done_is_not_done(code_text) -> None:
    coded = code_text("Chile did not send troops to the border to attack Bolivia.")
    attack = [e for e in coded.events if e.cameo[:2] in ("18", "19")]
    assert attack and all(e.modality != "asserted" for e in attack), coded.events
