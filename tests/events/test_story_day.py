"""The story's day and the time frame of undated acts (dates.dateline.v2, dates.context.v3)."""

import eventwire


def _dates(text: str, published: str) -> dict[str, str | None]:
    coded = eventwire.code(text, published=published)
    return {f"{e.source.key}-{e.cameo[:2]}": e.date for e in coded.events}


FILLER = "The accord covers anchovy stocks. It runs for ten years. Fishermen welcomed it. "


def test_undated_act_takes_the_day_named_in_the_lead() -> None:
    text = ("Chile and Peru signed a fishing accord in Lima on Thursday. " + FILLER +
            "Bolivia criticised Peru over the accord.")
    dates = _dates(text, "2019-05-25")  # a Saturday story about Thursday's news
    assert dates["BOL-11"] == "2019-05-23"


def test_a_lead_day_older_than_a_week_is_not_the_story_day() -> None:
    text = ("Chile and Peru signed a fishing accord in Lima on May 2. " + FILLER +
            "Bolivia criticised Peru over the accord.")
    dates = _dates(text, "2019-05-25")
    assert dates["BOL-11"] == "2019-05-25"


def test_a_bare_year_is_not_carried_to_the_next_act() -> None:
    text = ("Chile broke off talks with Bolivia in 2013. "
            "Bolivia criticised Peru over the accord.")
    dates = _dates(text, "2019-05-25")
    assert dates["CHL-16"] == "2013"
    assert dates["BOL-11"] == "2019-05-25"


def test_an_act_described_by_a_letter_takes_the_letters_date() -> None:
    text = FILLER + ("Chile's president sent a letter to Peru's leader on Tuesday requesting "
                     "food aid.")
    dates = _dates(text, "2019-05-25")
    assert dates["CHL-02"] == "2019-05-21"


def test_a_named_month_is_not_carried_to_the_next_act() -> None:
    text = ("Chile broke off talks with Bolivia in February. "
            "Bolivia criticised Peru over the accord.")
    dates = _dates(text, "2019-05-25")
    assert dates["CHL-16"] == "2019-02"
    assert dates["BOL-11"] == "2019-05-25"  # the story's day, not February


def test_coordinated_acts_share_the_date_given_after_the_last() -> None:
    text = "Peru's police arrested and questioned two Chilean fishermen on Tuesday."
    coded = eventwire.code(text, published="2019-05-25")
    assert {e.cameo[:2]: e.date for e in coded.events}.get("17") == "2019-05-21"
