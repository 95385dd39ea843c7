"""Wire-text cleaning: leftovers, metadata lines, datelines, hard wraps (our own sentences)."""

import pytest

from eventwire.ingest.text import (
    clean_article,
    is_byline,
    is_leftover,
    is_timestamp,
    match_dateline,
)

STORY = """Go to Contents Go to Navigation

Rivals agree to talks after border clash

All Headlines 09:15 March 4, 2016

By Ana Reyes

LIMA, March 4 (Wire) -- Peru and Ecuador agreed on Thursday to hold talks on their border.

The two ministers met in Quito.


Send Feedback
How can we improve?
Thanks for your feedback!"""


def test_clean_article_separates_metadata_from_body():
    clean = clean_article(STORY, "2016-03-04")
    assert clean.title == "Rivals agree to talks after border clash"
    assert clean.byline == "By Ana Reyes"
    assert clean.timestamp == "All Headlines 09:15 March 4, 2016"
    assert clean.dateline.place == "LIMA"
    assert clean.dateline.date == "2016-03-04"
    assert clean.dateline.agency == "Wire"
    assert clean.body.startswith("Peru and Ecuador agreed on Thursday")
    assert "Feedback" not in clean.body and "Navigation" not in clean.body
    assert "LIMA" not in clean.body


@pytest.mark.parametrize("line", ["Go to Contents Go to Navigation", "Send Feedback",
                                  "Read more", "Skip to main content", "Accessibility links",
                                  "We use cookies to improve your experience"])
def test_leftover_lines_are_recognised(line):
    assert is_leftover(line)


@pytest.mark.parametrize("line", ["Peru and Ecuador agreed to hold talks.", "Read the statement"])
def test_prose_is_not_a_leftover(line):
    assert not is_leftover(line)


@pytest.mark.parametrize("line", ["17:53 November 21, 2014", "24 Nov 2015",
                                  "PUBLISHED : Tuesday, 8 March, 2016, 9:41am",
                                  "March 2, 2011 / 3:05 PM / 2 years ago", "2012-08-16 07:48"])
def test_timestamps(line):
    assert is_timestamp(line)


def test_a_sentence_with_a_date_is_not_a_timestamp():
    assert not is_timestamp("Troops entered the town on March 2, 2011.")


@pytest.mark.parametrize("line", ["By Ana Reyes", "By Tom Hale and Mia Chen",
                                  "JOHN DOE and MARY ROE | The Daily Planet"])
def test_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize(
    ("para", "place", "agency", "rest"),
    [
        ("CAIRO, July 4 (Wire) -- Police arrested ten people.", "CAIRO", "Wire", "Police"),
        ("ADDIS ABABA/NAIROBI (Wire) - The union met today.", "ADDIS ABABA/NAIROBI", "Wire", "The"),
        ("JUBA, Dec 29 The army fought rebels on Sunday.", "JUBA", None, "The"),
        ("Quito — Ecuador accused its neighbour of spying.", "Quito", None, "Ecuador"),
    ],
)
def test_datelines(para, place, agency, rest):
    from datetime import date

    found = match_dateline(para, date(2013, 12, 30))
    assert found is not None
    dateline, cut = found
    assert dateline.place == place
    assert dateline.agency == agency
    assert para[cut:].startswith(rest)


def test_dateline_date_uses_published_year_across_new_year():
    from datetime import date

    dateline, _ = match_dateline("JUBA, Dec 29 (Wire) -- The army fought.", date(2014, 1, 2))
    assert dateline.date == "2013-12-29"


def test_hard_wrapped_lines_are_joined():
    text = ("PARIS, May 2 (Wire) - The French government said on Friday\n"
            "it would send more troops to the region after a week of\n"
            "clashes with armed groups.\n")
    clean = clean_article(text, "2014-05-02")
    assert clean.body == ("The French government said on Friday it would send more troops to "
                          "the region after a week of clashes with armed groups.")


def test_share_bar_inside_a_paragraph_is_removed() -> None:
    from eventwire.ingest.text import clean_article

    body = clean_article("The talks ended on Monday. Send Facebook Twitter Google+ Whatsapp "
                         "Tumblr Digg reddit Permalink http://example.org/p/1 Officials said "
                         "Twitter and Facebook users were upset.").body
    assert "Permalink" not in body and "Whatsapp" not in body
    assert "Twitter and Facebook users were upset" in body


def test_issue11_p12_nav_bar_end_mark_and_share_line_are_chrome():
    page = ("Home | World | Sport | Business\n\nPeru and Ecuador agree to border talks\n\n"
            "LIMA, March 4 (Wire) -- Peru and Ecuador agreed on Thursday to hold talks. (END)"
            "\n\nShare this article: Facebook Twitter Email")
    got = clean_article(page, "2016-03-04")
    assert got.title == "Peru and Ecuador agree to border talks"
    assert got.body == "Peru and Ecuador agreed on Thursday to hold talks."


def test_issue11_p12_headline_is_not_coded_and_evidence_is_one_line(code_text):
    coded = code_text("Home | World | Sport | Business\n\nPeru and Ecuador agree to border "
                      "talks\n\nLIMA, March 4 (Wire) -- Peru and Ecuador agreed on Thursday to "
                      "hold talks.\n\nThe two ministers met in Quito.\n\n\n",
                      published="2016-03-04")
    assert coded.title == "Peru and Ecuador agree to border talks"
    assert coded.events and all("\n" not in e.evidence.text and e.evidence.text ==
                                e.evidence.text.strip() for e in coded.events)
    assert all(e.evidence.sentence >= 0 and "agree to border" not in e.evidence.text
               for e in coded.events)


def test_a_dash_glued_after_punctuation_is_a_lost_space() -> None:
    from eventwire.ingest.text import clean_article

    body = clean_article('The talks ended on Friday,-the minister said. "We agree,"-he added.'
                         " A well-known re-run.").body
    assert "Friday, the minister" in body and '"We agree," he added' in body
    assert "well-known re-run" in body


def test_a_dash_glued_before_punctuation_or_to_a_speech_word_is_a_lost_space() -> None:
    from eventwire.ingest.text import clean_article

    body = clean_article('Talks would widen his powers-. Peru said-the deal was void, calling '
                         'it-"a fraud". At home-he said little. A state-of-the-art, '
                         'house-to-house search.').body
    assert "his powers ." in body and "said the deal" in body
    assert 'it "a fraud"' in body and "home he said" in body
    assert "state-of-the-art" in body and "house-to-house" in body


def test_a_dash_glued_to_a_function_word_or_a_name_is_a_lost_space() -> None:
    from eventwire.ingest.text import unglue

    assert unglue("Crowds demanded-the release of Ana Ruiz") == \
        "Crowds demanded the release of Ana Ruiz"
    assert unglue("The minister visited-Tacna and met-Mr Soto") == \
        "The minister visited Tacna and met Mr Soto"
    assert unglue("a mosque-in Lima, troops-on the border") == \
        "a mosque in Lima, troops on the border"
    kept = ("a face-to-face meeting, a sit-in at the square, pro-Russian groups, "
            "then-President Humala, mid-March, al-Masri, up-to-date, a run-in with police")
    assert unglue(kept) == kept


def test_glued_related_headline_gets_its_own_paragraph() -> None:
    from eventwire.ingest.text import clean_article, split_related

    assert split_related("The talks ended. READ MORE: Chile sends troops to the north The "
                         "minister said it was needed.") == [
        "The talks ended.", "Chile sends troops to the north", "The minister said it was needed."]
    # an opening quote starts the next sentence; "US" is no stop word "us"
    assert split_related('READ MORE: Can the US end its habit "We will see," he said.') == [
        "Can the US end its habit", '"We will see," he said.']
    # no stop word: the headline ends before the subject of the first speech verb
    assert split_related("READ MORE: Rebels vow to hold the port of Arica Ana Ruiz said Chile "
                         "would not negotiate.") == [
        "Rebels vow to hold the port of", "Arica Ana Ruiz said Chile would not negotiate."]
    # no visible end of the headline: the line is left alone
    glued = "READ MORE: Peru and Chile sign deal Lima, Santiago agree on fish quotas"
    assert split_related(glued) == [glued]
    body = clean_article("Police fired tear gas. WATCH: Protest in Quito turns violent "
                         "According to witnesses, dozens were hurt.").body
    assert body.split("\n\n") == ["Police fired tear gas.", "Protest in Quito turns violent",
                                  "According to witnesses, dozens were hurt."]


def test_a_quoted_subheading_glued_to_the_next_sentence_is_split_off():
    from eventwire.ingest.text import clean_article, split_subheads
    assert split_subheads("Talks ended, the envoy said. 'Cold welcome' Ana Ruiz told "
                          "reporters.") == ["Talks ended, the envoy said.", "'Cold welcome'",
                                            "Ana Ruiz told reporters."]
    assert split_subheads("Rebels 'ready to talk' The minister said so.") == [
        "Rebels 'ready to talk'", "The minister said so."]
    kept = "Chile crossed the 'red line' Peru drew on Monday."
    assert split_subheads(kept) == [kept]
    body = clean_article("Peru protested. Suspects 'held for days' Chilean Ana Ruiz was "
                         "released.").body
    assert "\n\nChilean Ana Ruiz was released." in body


def test_a_related_headline_that_asks_a_question_ends_at_its_question_mark() -> None:
    from eventwire.ingest.text import split_related
    assert split_related("Aid fell. READ MORE: Dying of thirst: Why do wells fail? In "
                         "response, the envoy spoke.") == [
        "Aid fell.", "Dying of thirst: Why do wells fail?", "In response, the envoy spoke."]
    assert split_related("WATCH: Can the harvest be saved? Ruiz blamed the drought.") == [
        "Can the harvest be saved?", "Ruiz blamed the drought."]
