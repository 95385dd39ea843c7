"""Places of events from the gazetteer; the gazetteer seam."""

from eventwire.timeplace.places import City, Gazetteer


def test_gazetteer_finds_capitals_with_coordinates():
    g = Gazetteer()
    place = g.place("Moscow")
    assert place.country == "RUS" and 55 < place.lat < 56 and 37 < place.lon < 38


def test_fake_gazetteer_seam():
    g = Gazetteer({"atlantis": City("Atlantis", "GRC", 1.0, 2.0, 10)})
    assert g.place("Atlantis").country == "GRC"
    assert g.place("Moscow") is None


def test_event_place_is_stated_location(code_text):
    coded = code_text("Vietnamese officials met Laotian leaders in Vientiane on Monday.",
                      published="2018-03-07")
    ev = next(e for e in coded.events if e.cameo.startswith("04"))
    assert ev.location.place == "Vientiane" and ev.location.country == "LAO"
    assert ev.location.lat is not None
    assert ev.date == "2018-03-05"


def test_a_town_the_tagger_took_for_an_organisation_is_still_the_place(code_text):
    # en_core_web_sm tags "Marseille" here as ORG; after "in" a proper noun that the
    # gazetteer knows is the place, and its state is the agentless arrester
    coded = code_text("Two activists were arrested in Marseille on Friday.")
    ev = next(e for e in coded.events if e.cameo.startswith("17"))
    assert ev.location.country == "FRA" and ev.source.country == "FRA"


def test_no_place_when_none_is_stated(code_text):
    coded = code_text("Vietnam criticized Laos on Monday.", published="2018-03-07")
    assert coded.events[0].location is None


def test_a_name_written_without_its_accents_finds_the_larger_city():
    g = Gazetteer()
    assert g.city("Valparaiso").country == "CHL"  # not the small US town of that spelling
    assert g.city("Valparaíso").country == "CHL"
    assert g.city("Bogota").country == "COL"


def test_a_name_with_umlauts_written_out_finds_the_city():
    g = Gazetteer()
    assert g.city("Duesseldorf").country == "DEU" and g.city("Zuerich").country == "CHE"


def test_regions_beat_small_towns_of_another_country():
    g = Gazetteer()
    assert g.place("Florida").country == "USA"  # not the Cuban town
    assert g.place("Virginia").country == "USA"
    assert g.place("Ontario").country == "CAN"
    assert g.city("Bavaria").country == "DEU"
    assert g.city("Helmand province").country == "AFG"
    assert g.city("the Tigray region").country == "ETH"
    assert g.city("Crimea").country == "UKR"
    assert g.place("Darfur").lat is None  # a region has no coordinates
    assert g.city("Islamic State") is None  # no "X state" of a town
    assert g.place("Aleppo").lat is not None  # the town of the region's own country stays


def test_region_gives_the_scene_and_the_place(code_text):
    coded = code_text("Police in Bavaria detained two Syrian men on Monday.",
                      published="2024-03-06")
    assert coded.events[0].source.country == "DEU"
    coded = code_text("Sudanese troops attacked rebels in Darfur on Tuesday.",
                      published="2024-03-06")
    ev = coded.events[0]
    assert ev.location.country == "SDN"


def test_region_as_scene_of_protest_and_as_people(code_text):
    coded = code_text("Protesters in Texas rallied against the mayor on Sunday.",
                      published="2024-03-06")
    assert coded.events and all(e.source.country == "USA" for e in coded.events)
    coded = code_text("Pakistan sent food aid to Balochistan on Monday.", published="2024-03-06")
    assert coded.events[0].target.country == "PAK"  # the region's people, as for a town
