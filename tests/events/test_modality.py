"""Asserted, negated and hypothetical events (our own sentences)."""

import pytest

from tests.conftest import triples


def _modalities(coded):
    return {(e.source.key if e.source else None, e.cameo[:2]): e.modality for e in coded.events}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("Mexico has not met with Cuban officials since 2015.", ("MEX", "04"), "negated"),
        ("Mexico never criticized Cuba.", ("MEX", "11"), "negated"),
        ("Mexico will visit Cuba next month.", ("MEX", "04"), "hypothetical"),
        ("Mexico and Peru are likely to veto Chile's proposal.", ("MEX", "12"), "hypothetical"),
        ("If Mexico attacks Guatemala, the region will suffer.", ("MEX", "19"), "hypothetical"),
        ("Mexico plans to sign an agreement with Cuba.", ("MEX", "05"), "hypothetical"),
        # modality.hypothetical.v4: a participle of planning on the event noun
        ("Officials in Havana fear unrest ahead of the joint exercises between Mexico and "
         "Cuba scheduled to begin in three weeks.", ("MEX", "06"), "hypothetical"),
        ("Joint naval exercises between Mexico and Cuba scheduled to begin next month were "
         "announced by the navy.", ("MEX", "06"), "hypothetical"),
        # "be going to": the form "going", lemma "go"
        ("Mexico is going to criticize Cuba at the summit.", ("MEX", "11"), "hypothetical"),
        # an event noun set "for" a date
        ("Mexican officials have announced talks with Cuba for Tuesday.", ("MEX", "04"),
         "hypothetical"),
        ("Mexico met with Cuban officials on Monday.", ("MEX", "04"), "asserted"),
    ],
)
def test_modality(code_text, text, key, expected):
    got = _modalities(code_text(text))
    assert key in got, got
    assert got[key] == expected


def test_purpose_of_an_unrealised_act_is_unrealised(code_text) -> None:
    coded = code_text("Peru accused Chile on Tuesday of threatening to raid its consulate to "
                      "detain the dissident.", published="2012-08-16")
    arrests = [e for e in coded.events if e.cameo.startswith("17")]
    assert arrests and all(e.modality == "hypothetical" for e in arrests)


def test_a_future_date_does_not_date_the_next_sentence(code_text) -> None:
    coded = code_text("Chile threatened to raid the consulate on Friday. Police fired tear "
                      "gas at protesters.", published="2012-08-16")
    fired = [e for e in coded.events if e.cameo == "175"]
    assert fired and fired[0].date == "2012-08-16"


def test_minded_to_act_is_not_acting(code_text) -> None:
    coded = code_text("Norway's trade minister said on Tuesday she was minded to call for an "
                      "inquiry into the Swedish bank.")
    calls = [e for e in coded.events if e.cameo.startswith("02")]
    assert calls and all(e.modality == "hypothetical" for e in calls)


def test_an_intent_is_not_dated_by_the_act_it_intends(code_text) -> None:
    coded = code_text("Chile threatened to raid the consulate on Friday.", published="2012-08-16")
    threat = [e for e in coded.events if e.cameo.startswith("13")]
    raid = [e for e in coded.events if e.modality == "hypothetical"]
    assert threat and threat[0].date == "2012-08-16" and threat[0].date_basis == "dateline"
    assert raid and raid[0].date == "2012-08-17"  # the raid itself: the coming Friday


def test_an_abandoned_or_foiled_act_did_not_happen(code_text):
    coded = code_text("Kenyan police foiled an attack on a Nairobi mall on Monday. Tanzanian "
                      "students abandoned their march on Dodoma.", published="2017-05-10")
    assert not any(e.modality == "asserted" and e.cameo[:2] in ("14", "18", "19")
                   for e in coded.events)


def test_a_denied_that_clause_did_not_happen(code_text) -> None:
    coded = code_text("Peru's defence ministry denied that its troops had attacked Ecuadorian "
                      "villages on Monday.")
    attacks = [e for e in coded.events if e.cameo.startswith("19")]
    assert attacks and all(e.modality == "negated" for e in attacks)


def test_the_act_of_a_denied_claim_did_not_happen(code_text) -> None:
    coded = code_text("Kenya denied reports that its troops had shelled Somali villages on "
                      "Monday.")
    shelling = [e for e in coded.events if e.cameo.startswith("19")]
    assert shelling and all(e.modality == "negated" for e in shelling)
    assert any(s.rule == "modality.denied_claim.v1" for s in shelling[0].why)
    coded = code_text("Kenya confirmed reports that its troops had shelled Somali villages on "
                      "Monday.")
    assert any(e.modality == "asserted" for e in coded.events if e.cameo.startswith("19"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers in Chile vowed to keep marching until the minister resigns.", "hypothetical"),
        ("The union in Peru staged strikes until the minister resigned in May.", "asserted"),
        # "when" is parsed as an adverb, not a marker; "for when" makes the clause an object
        ("Farmers in Chile say they will march when the minister resigns.", "hypothetical"),
        ("Chile wants a deal on water for when the minister resigns.", "hypothetical"),
        ("Farmers in Chile marched when the minister resigned in May.", "asserted"),
    ],
)
def test_present_tense_in_a_clause_of_time_is_not_yet(code_text, text, expected) -> None:
    resign = [e for e in code_text(text, published="2021-06-02").events if e.cameo == "0831"]
    assert resign, code_text(text).events
    assert resign[0].modality == expected


def test_a_habit_or_standing_position_is_no_event(code_text) -> None:
    habit = code_text("Bolivia has long accused Chile of blocking its access to the sea.")
    assert not [e for e in habit.events if e.cameo[:2] == "11"], habit.events
    once = code_text("Bolivia accused Chile on Monday of blocking its access to the sea.",
                     published="2021-06-09")
    assert [e for e in once.events if e.cameo[:2] == "11" and e.source and e.source.key == "BOL"]


def test_a_standing_state_in_a_relative_clause_is_no_event(code_text) -> None:
    scene = code_text("The two rivals also differ over the war in Mali, where Algeria is "
                      "backing the government.")
    assert not [e for e in scene.events if e.cameo[:2] == "05"], scene.events
    act = code_text("Algeria backed the government of Mali on Monday.", published="2021-06-09")
    assert [e for e in act.events if e.cameo[:2] == "05" and e.source and e.source.key == "DZA"]


def test_an_act_called_for_through_a_preposition_is_unrealised(code_text) -> None:
    # modality.hypothetical.v4: "called for lifting" (cues.json unrealising_preps)
    coded = code_text("The Hungarian prime minister has called for lifting sanctions on "
                      "Belarus.")
    assert all(e.modality == "hypothetical" for e in coded.events if e.cameo.startswith("08"))
    assert any(e.cameo.startswith("08") for e in coded.events)


def test_an_act_by_means_of_which_one_tries_is_real(code_text) -> None:
    # "by deploying": a means, not an intended act
    coded = code_text("Ugandan officials were trying to calm the region by deploying troops "
                      "to the Kenyan border.")
    assert any(e.cameo.startswith("15") for e in coded.events)
    assert all(e.modality == "asserted" for e in coded.events if e.cameo.startswith("15"))


def test_a_refusal_is_no_intention(code_text) -> None:
    # modality.negated.v2 and events.refusal.v3: "would not negotiate" is a rejection (125),
    # never an offer of talks (036)
    coded = code_text("Chile said on Monday that it would not negotiate with Bolivia.")
    codes = {(e.source.key, e.cameo, e.target.key if e.target else None, e.modality)
             for e in coded.events}
    assert ("CHL", "125", "BOL", "asserted") in codes
    assert not any(c[1].startswith("03") for c in codes)


def test_refusing_to_step_down_rejects_the_demand(code_text) -> None:
    coded = code_text("The Malian president said he will not step down.")
    assert any(e.cameo == "1231" and e.modality == "asserted" for e in coded.events)
    assert not any(e.cameo.startswith("03") for e in coded.events)


def test_someone_elses_refusal_is_not_coded_from_hearsay(code_text) -> None:
    coded = code_text("Peru said Chile would not negotiate with Bolivia.")
    assert not any(e.cameo.startswith("12") for e in coded.events)


def test_promising_not_to_attack_is_no_threat(code_text) -> None:
    coded = code_text("Turkey will not attack Greek ships, the minister said.")
    assert not any(e.cameo.startswith("13") for e in coded.events)


def test_the_act_of_a_vetoed_text_did_not_happen(code_text):
    coded = code_text("Russia vetoed a Security Council resolution condemning Syria on Friday.")
    condemn = [e for e in coded.events if e.cameo.startswith("11")]
    assert condemn and all(e.modality == "negated" for e in condemn)
    assert ("RUS", "12", "UNSC") in {(e.source.key, e.cameo[:2], e.target.key)
                                     for e in coded.events if e.target}


def test_refusing_to_do_an_act_of_yielding_is_a_rejection_of_its_target(code_text):
    coded = code_text("Peru refused to hand over the two suspects to Chile on Monday.")
    assert ("PER", "12", "CHL") in {(e.source.key, e.cameo[:2], e.target.key if e.target else None)
                                    for e in coded.events if e.modality == "asserted"}
    coded = code_text("Peru has long refused to hand over suspects to Chile.")
    assert not [e for e in coded.events if e.modality == "asserted"]  # a standing position


def test_a_bare_infinitive_after_a_modals_clause_is_still_under_the_modal(code_text):
    coded = code_text("Peru's government must prove that it is fair and release the Chilean "
                      "fishermen.")
    assert [e.modality for e in coded.events if e.cameo.startswith("08")] == ["hypothetical"]
    coded = code_text("Chile said that Peru is unfair and freed the fishermen on Monday.")
    assert [e.modality for e in coded.events if e.cameo.startswith("08")] == ["asserted"]


def test_training_to_fight_and_the_aim_of_a_stay_are_unrealised(code_text) -> None:
    # "were trained to fight": a skill taught, no fight reported
    trained = code_text("Bolivian militias were trained to fight Chilean troops "
                        "by Peruvian instructors.", published="2021-06-09")
    assert not [e for e in trained.events if e.cameo[:2] == "19" and e.modality == "asserted"]
    # "was in Lima to urge": the aim of a stay, not an appeal made
    stay = code_text("The Chilean president was in Lima to urge Peru to release the fishermen.",
                     published="2021-06-09")
    urge = [e for e in stay.events if e.cameo[:2] == "02"]
    assert urge and all(e.modality == "hypothetical" for e in urge)
    went = code_text("The Chilean president urged Peru to release the fishermen on Monday.",
                     published="2021-06-09")
    assert [e for e in went.events if e.cameo[:2] == "02" and e.modality == "asserted"]


def test_an_undated_present_perfect_in_a_relative_clause_is_no_event(code_text) -> None:
    # "the minister, whom Bolivia has criticised": who the minister is, not a reported act
    told = code_text("Peru hosted the Chilean foreign minister, whom Bolivia has criticised.",
                     published="2021-06-09")
    assert ("BOL", "11", "CHL") not in triples(told)
    named = code_text("Chile launched air strikes on Bolivian border posts, which Peru has "
                      "called illegal.", published="2021-06-09")
    assert ("PER", "11", "BOL") not in triples(named)
    named = code_text("Chile launched air strikes on Bolivian border posts, which Peru called "
                      "illegal on Monday.", published="2021-06-09")
    assert ("PER", "11", "BOL") in triples(named)
    for dated in ("Peru hosted the Chilean foreign minister, whom Bolivia criticised on Monday.",
                  "Peru hosted the Chilean foreign minister, whom Bolivia has criticised on "
                  "Monday."):
        assert ("BOL", "11", "CHL") in triples(code_text(dated, published="2021-06-09"))



@pytest.mark.parametrize(("text", "root"), [
    # cues.json anchor_preps / anchor_nouns (frames.find_frames)
    ("The two ministers held their first meeting since Peru's seizure of the Bolivian port.",
     "17"),
    ("Monday's offensive came four years since the outbreak of Chile's student revolt.",
     "14"),
])
def test_an_act_named_as_the_start_of_a_span_of_time_is_no_event(code_text, text, root):
    coded = code_text(text)
    assert not [e for e in coded.events if e.cameo[:2] == root], coded.events


def test_a_dated_act_after_since_is_kept(code_text) -> None:
    coded = code_text("Relations have been frozen since Peru's seizure of the Bolivian port "
                      "in March 2019.")
    assert [e for e in coded.events if e.cameo[:2] == "17"], coded.events


@pytest.mark.parametrize("text", [
    # cues.json habit_adverbs (repeatedly, frequently ...) and habit_times ("in the past")
    "Bolivia has frequently accused Chile of blocking its access to the sea.",
    "The armed group has attacked Peruvian police posts in the past.",
])
def test_a_habit_or_an_undated_past_is_no_event(code_text, text) -> None:
    coded = code_text(text)
    assert not [e for e in coded.events if e.cameo[:2] in ("11", "19", "18")], coded.events


def test_an_act_dated_in_the_past_is_kept(code_text) -> None:
    coded = code_text("In the past, the African Union suspended Mali in 2012.")
    assert [e for e in coded.events if e.cameo[:2] == "16"], coded.events


def test_a_decision_to_act_is_the_act_of_the_one_who_decided(code_text):
    got = triples(code_text("Chile's decision to expel two Peruvian diplomats angered Lima."))
    assert ("CHL", "16", "PER") in got


def test_a_reversed_decision_did_not_happen(code_text):
    coded = code_text("Chile reversed its decision to expel two Peruvian diplomats.")
    assert ("CHL", "16", "PER") in triples(coded, "negated")
    assert ("CHL", "16", "PER") not in triples(coded)


def test_a_negated_stance_is_a_rejection(code_text) -> None:
    # events.refusal.v3: "does not recognise X" is a present stance, a rejection (12)
    got = triples(code_text("Bolivia does not recognise Chile's sovereignty over the island."))
    assert ("BOL", "12", "CHL") in got
    got = triples(code_text("Peru does not accept Ecuador's sovereignty over the river."))
    assert ("PER", "12", "ECU") in got


def test_a_present_simple_relative_clause_describes_its_noun(code_text) -> None:
    # frames.find_frames: "people who oppose X" is who they are, not a reported act
    coded = code_text("The government moved thousands of people who oppose the Bolivian "
                      "president to camps near the border.")
    assert not [e for e in coded.events if e.cameo[:2] == "11"], coded.events


def test_a_ban_that_is_lifted_is_no_ban_of_its_own(code_text) -> None:
    # cues.json cancelling_verbs: "lifted its ban" eases (08), the ban is no new event
    coded = code_text("Peru lifted its ban on Chilean fruit imports on Monday.")
    assert [(e.cameo[:2], e.modality) for e in coded.events
            if e.modality == "asserted"] == [("08", "asserted")]
