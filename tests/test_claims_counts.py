"""What a number counts, versions beside names, figures in another form (cvextract.claims.counts,
.versions, .numbers, .magnitudes, .provenance): the checks a number's value alone does not make."""

from __future__ import annotations

import pytest

from cvextract.claims.counts import Counts
from cvextract.claims.free_text import _Scope
from cvextract.claims.magnitudes import supported_magnitudes, unsupported_magnitudes
from cvextract.claims.numbers import figures_in
from cvextract.claims.provenance import origin
from cvextract.claims.versions import unsupported_versions

SOURCE = ["Led 7 engineers in Oslo; cut the build from 3 hours to 40 minutes.", "Mentored a team of 5 and ran the audits.",
          "Ran the Oracle 19 upgrade with Python 3 tooling."]


@pytest.mark.parametrize("written, claim", [
    ("Led seven engineers and three analysts in Oslo.", "3 analysts"),      # 3 counts hours in the CV
    ("Three years of audits.", "3 years"),
    ("Nineteen years in databases.", "19 years"),                            # 19 is a version in the CV
])
def test_a_count_the_cv_states_only_for_something_else_is_a_claim(written, claim):
    assert claim in Counts(SOURCE).unsupported(written)


@pytest.mark.parametrize("written", ["Led seven engineers in Oslo.", "Mentored 5 engineers.",
                                     "Build cut to forty minutes from three hours."])
def test_a_count_the_cv_states_for_the_same_thing_or_unbound_passes(written):
    assert Counts(SOURCE).unsupported(written) == []


@pytest.mark.parametrize("written, claim", [
    ("Nine years of sampling campaigns.", "9 years"),
    ("Spent nine months on the survey boats.", "9 months"),
])
def test_a_team_of_n_ending_a_sentence_counts_people_not_years(written, claim):
    """A crew of nine states no nine years or months; it supports nine people of any kind."""
    counts = Counts(["Field survey programme on the North Sea; sampling crew of 9.", "Ran the sonar surveys."])
    assert claim in counts.unsupported(written)
    assert counts.unsupported("Worked with nine surveyors on the boats.") == []
    assert counts.unsupported("One of a nine-strong crew.") == []


def test_a_version_beside_a_name_must_be_one_a_source_sentence_gives_it():
    sentences = ["Upgraded Oracle from v12 to 19 in 2021.", "Moved to SAP EWM.", "Audited in March 2022."]
    assert unsupported_versions("Oracle 19 upgrade, then Oracle 12 retired.", sentences) == []
    assert unsupported_versions("Oracle 21 upgrade.", sentences) == ["Oracle 21"]
    assert unsupported_versions("Go-live on SAP EWM 2022.", sentences) == ["EWM 2022"]
    assert unsupported_versions("Live in March 2022 and Q1 2022.", sentences) == []


def test_years_and_months_restate_each_other_and_ordinal_quarters_are_dates():
    assert _Scope(["Delivered over 30 months."]).claims("Delivered over 2.5 years.") == []
    assert _Scope(["Ran it for 2 years."]).claims("Ran it for 24 months.") == []
    assert _Scope(["Ran it for 16 months."]).claims("Ran it for 1.5 years.") == ["1.5"]
    assert set(figures_in("over two and a half years")) == {"2.5"}
    assert set(figures_in("in the second quarter of 2023")) == {"2023"}
    assert set(figures_in("300+ sites")) == {"300"}


@pytest.mark.parametrize("written, source, caught", [
    ("Reports three times faster.", "Reports took 2 days, now 1.", True),
    ("Reports three times faster.", "Reports 3x faster than before.", False),
    ("Reviews three times a month.", "Monthly reviews.", False),   # a frequency
    ("Tickets down by roughly one half.", "Cut the close to half a day.", True),  # a quantity, no cut
    ("Tickets down by one half.", "Tickets halved.", False),
])
def test_ratios_and_fractions_in_words_are_magnitudes(written, source, caught):
    assert bool(unsupported_magnitudes(written, supported_magnitudes(source))) is caught


def test_a_short_bullet_with_a_source_bullets_figures_comes_from_it_and_one_taken_over_is_moved():
    own = ["Kept the platform at 99.95% uptime over four years.", "Rolled out SSO for 40 apps."]
    known = frozenset({"kept", "platform", "uptim", "year", "roll", "sso", "app"})
    assert not origin("99.95 % uptime across four years.", own, known, {}).invented
    other = {1: ["Automated the month-end reconciliation, cutting it from 5 days to 1."]}
    assert origin("Automated the month-end reconciliation for the client.", own, known, other).moved_from == 1


BOUND = ["Migrated nine years of invoices to the new ledger.", "Set up consolidation for 4 legal entities.",
         "HR for a staff of 12,000 across six countries.", "Ran the programme with a 15-person core team.",
         "Supported a wholesaler with 8 warehouses over a 6-week hypercare."]


@pytest.mark.parametrize("written", [
    "Set up consolidation for nine legal entities.",        # nine counts years in the CV
    "Rolled out to 6 retail chains.",                       # six counts countries and weeks
    "Served 4 retail chains.",                              # four counts legal entities
])
def test_a_figure_the_cv_uses_for_another_thing_is_a_claim(written):
    assert Counts(BOUND).unsupported(written)


@pytest.mark.parametrize("written", [
    "Consolidation set up for four legal entities.",       # same noun, figure moved
    "HR for 12,000 employees in six countries.",            # a synonym in a sentence that rewords the source
    "Ran the programme with a core team of 15 people.",     # "15-person" restated
    "Supported an eight-warehouse wholesaler through six weeks of hypercare.",  # joined and split by hyphens
    "Nine years of invoices migrated.",
])
def test_a_figure_restated_for_the_same_thing_passes(written):
    assert Counts(BOUND).unsupported(written) == []


def test_a_synonym_for_what_is_counted_passes_in_a_merged_bullet_but_an_appended_count_does_not():
    counts = Counts(["Migrated 250 applications to Azure.", "Cut hosting costs by 30%.", "Tripled deployment frequency."])
    assert counts.unsupported("Migrated 250 apps to Azure, cutting hosting costs by 30%.") == []
    assert counts.unsupported("Tripled deployment frequency and led 3 squads of engineers.") == ["3 squads"]
    assert counts.unsupported("Moved 250 services to AWS with zero downtime and a new CI pipeline.") == ["250 services"]


@pytest.mark.parametrize("written", [
    "Wrote 40 automated browser regression tests in Cypress for checkout.",  # the head noun past the modifiers
    "Part of a six-person team that shipped the checkout.",                 # "a team of 6": people either way
])
def test_a_figure_counting_the_same_thing_in_other_words_passes(written):
    counts = Counts(["Wrote 40 Cypress tests for checkout.", "Engineer in a team of 6 shipping the checkout."])
    assert counts.unsupported(written) == []


def test_a_figure_counting_another_thing_stays_a_claim_with_a_long_phrase():
    counts = Counts(["Wrote 40 Cypress tests for checkout.", "Engineer in a team of 6 shipping the checkout."])
    assert counts.unsupported("Wrote 40 automated browser regression dashboards for 6 countries.") == [
        "40 automated", "6 countries"]  # the head noun is another thing
    assert counts.unsupported("Hired 40 engineers.") == ["40 engineers"]


# An elided count: "12 years in nursing, 4 in theatre" counts years twice; a range counts its last word.
ELIDED_SOURCE = ["Midwife for 11 years, 3 of them on the labour ward.", "Cut triage waits from 6 hours to 2 hours.",
                 "Supported 3 pharmacy upgrades from 6.0 to 6.2."]


@pytest.mark.parametrize("written, claim", [
    ("Eleven years of midwifery, 6 on the labour ward.", "6 years"),          # 6 counts hours in the CV
    ("11 yrs in maternity care; the last 2 in the birth centre.", "2 year"),   # 2 counts hours too
    ("Trained between 6 and 40 midwives.", "6 midwives"),                    # a range counts its last word
    ("Hired six midwives.", "6 midwives"),       # 6 counts hours; "6.0" is a release, no count
])
def test_a_number_counting_nothing_of_its_own_counts_what_the_count_before_it_counts(written, claim):
    assert claim in Counts(ELIDED_SOURCE).unsupported(written)


@pytest.mark.parametrize("written", [
    "Eleven years of midwifery, three of them on the labour ward.",
    "Triage waits cut from 6 to 2 hours.",
    "A team of 3 and eleven years on wards.",      # "of 3" counts the team, not the years after it
    "Midwife since 2014, 11 years in all.",        # a year counts nothing
    "Eleven years of midwifery, on the ward from day 6.",   # a number after a noun is a label
    "Eleven years of midwifery under ISO 6.",               # ... or a name's number
    "Eleven years of midwifery; 6+ wards covered.",         # "6+ wards" counts wards
])
def test_an_elided_count_the_cv_states_passes_and_the_source_keeps_its_loose_values(written):
    assert Counts(ELIDED_SOURCE).unsupported(written) == []


def test_a_ranges_first_number_in_the_cv_counts_what_the_range_counts():
    counts = Counts(["Cut the audit cycle from 9 to 4 weeks."])
    assert counts.unsupported("Ran nine clinics.") == ["9 clinics"]
    assert counts.unsupported("The audit cycle took 9 weeks before.") == []


# A harbour pilot's CV: its figures count things other than the durations written below.
HARBOUR = ["03/2016 – 09/2021 | Pilot, Port of Gdynia", "Brought 6 container ships a week through the outer channel.",
           "Supervised 12 deckhands loading 400 pallets a day.", "Cut berthing time from 5 hours to 3 hours."]


@pytest.mark.parametrize("written, claim", [
    ("Berthing time cut from five hours to six.", "6 hours"),           # the range's end counts hours too
    ("Cleared the new channel within 3 weeks.", "3 weeks"),             # 3 is a month in a date, and hours
    ("Twelve years on the outer channel.", "12 years"),                 # "a day" in that sentence counts pallets
])
def test_a_changed_duration_in_any_phrasing_is_a_claim(written, claim):
    assert claim in Counts(HARBOUR).unsupported(written)


@pytest.mark.parametrize("written", ["Berthing time cut from five hours to three.",
                                     "Twelve deckhands supervised on 400 pallets a day.",
                                     "Six container ships a week through the outer channel."])
def test_the_cvs_own_durations_and_counts_pass(written):
    assert Counts(HARBOUR).unsupported(written) == []


def test_a_count_after_a_duration_in_its_sentence_counts_it_too():
    source = ["Glassblower with 20 years at the furnace, the last 8 spent on lampwork."]
    assert Counts(source).unsupported("Twenty years at the furnace; the past eight on lampwork.") == []


def test_a_release_listed_after_a_versioned_name_is_that_names_release():
    sentences = ["Moved the museum's catalogue from Axiell 5.2.10 to 5.2.14 in one weekend."]
    assert unsupported_versions("Took Axiell from 5.2.10 to 5.2.14.", sentences) == []
    assert unsupported_versions("Took Axiell from 5.2.10 to 5.2.19.", sentences) == ["Axiell 5.2.19"]
    assert unsupported_versions("Upgraded Axiell 5.2.10 to 5.2.21 and 5.3.1.", sentences) == ["Axiell 5.2.21",
                                                                                            "Axiell 5.3.1"]


def test_a_figure_the_cv_has_in_another_clause_counts_nothing_of_that_clause():
    source = ["Restored the chapel organ, cutting the tuning visits from 9 to 4 visits a year.",
              "Restored six church organs across Flanders."]
    assert Counts(source).unsupported("Restored nine church organs across Flanders.") == ["9 church"]
    assert Counts(source).unsupported("Tuning visits down from nine to four a year.") == []


# A bakery's CV: one sentence counting people, ovens and recipes apart.
BAKERY = ["Ran the bakery with 4 bakers; 3 ovens replaced; 10 new recipes in 2021."]


@pytest.mark.parametrize("written, claim", [
    ("Ran the bakery with a 10-strong team.", "10 strong"),
    ("Ran the bakery with a team of three.", "3 team"),
    ("Leading three bakers, replaced the ovens.", "3 bakers"),   # "bakers" is what 4 counts, not 3
])
def test_a_team_size_in_any_shape_is_a_claim(written, claim):
    assert claim in Counts(BAKERY).unsupported(written)


@pytest.mark.parametrize("written", ["Ran the bakery with a team of four.", "Led a four-strong baking team.",
                                     "Replaced three ovens and wrote ten recipes."])
def test_the_cvs_own_team_size_in_any_shape_passes(written):
    assert Counts(BAKERY).unsupported(written) == []


def test_a_source_text_counts_the_same_alone_or_among_others():
    """What each text counts is read once per text and merged: the merged counts are those of the texts read together."""
    texts = ["Ran 4 bakeries with 30 bakers.", "Cut waste from 8 tonnes to 5 tonnes.", "Tripled output; no outage."]
    together = Counts(texts)
    again = Counts(list(reversed(texts)))
    for attribute in ("bound", "counted", "clause_bound", "abbreviated"):
        assert getattr(together, attribute) == getattr(again, attribute)
    assert together.loose == again.loose and together.headcounts == again.headcounts
    assert together.nothing == again.nothing and together.known == again.known
    assert sorted(together.binding["30"]) == sorted(again.binding["30"]) == ["Ran 4 bakeries with 30 bakers."]
    assert "bakeri" in together.bound["4"] and "3" in together.bound and "outag" in together.nothing


@pytest.mark.parametrize("source, written, value", [
    # a release written with a point and a zero counts nothing: no six of anything
    (["Moved the ledgers from Navision 6.0 to Business Central."], "Ran six ledger moves.", "6"),
    # "24/7" is round-the-clock, no list of a 7
    (["Ran 24/7 dispatch for the ambulance service."], "Seven years of dispatch for the ambulance service.", "7"),
    # a duration counts time: the people its sentence mentions are not counted with it
    (["Kept the kiosks running for 4 years for the ticket inspectors."], "Led a four-person inspection crew.", "4"),
])
def test_a_value_the_cv_writes_as_a_release_an_idiom_or_a_duration_counts_nothing_else(source, written, value):
    assert any(claim.split()[0] == value for claim in _Scope(source).claims(written))


@pytest.mark.parametrize("source, written", [
    (["Checked 50126/50128/50129 compliance on 3 interlockings."], "Checked 50128 compliance on three interlockings."),
    (["Ran 24/7 dispatch for the ambulance service."], "Round-the-clock (24/7) ambulance dispatch."),
    (["Configured Onboarding 2.0 for 4 clients."], "Onboarding 2.0 configured for four clients."),
    (["Led 4 ticket inspectors for 2 years."], "Two years leading four ticket inspectors."),
])
def test_lists_idioms_and_releases_the_cv_writes_still_pass(source, written):
    assert _Scope(source).claims(written) == []


@pytest.mark.parametrize("source, written", [
    # an adverb or a summing word after a number names nothing it counts: the value stands alone
    (["Some 15 yrs in hospital IT, the last 6 mostly on Epic."], "Fifteen years in hospital IT, six of them on Epic."),
    (["Ran 3 yrs of audits, then 5 yrs of advisory: 8 total in assurance."], "Eight years in assurance."),
    # a level written as its word's initial and its value in the notes
    (["Ran T2 support for the payroll desk."], "Handled tier 2 support for the payroll desk."),
    # the month of a date written short in the notes
    (["Go-live for the depot in Sept 2021."], "Took the depot live in September 2021."),
    # a release with or without its "v"
    (["Kept the estate on Maximo v7.x."], "Maintained the Maximo estate on 7.x."),
])
def test_shorthand_in_the_cv_supports_the_words_a_tailoring_writes_out(source, written):
    assert _Scope(source).claims(written) == []


def test_a_count_qualified_by_an_adverb_still_counts_what_follows():
    assert any(claim.startswith("3") for claim in _Scope(["Led 3 highly skilled welders."]).claims(
        "Ran three audits."))


@pytest.mark.parametrize("source, written", [
    # an owner's name before a number is no release: the number counts what follows
    (["Rolled out the app across the Board's 12 depots in Kent and Sussex."], "Rolled out the app to twelve Kent and Sussex depots."),
    (["Rolled out the app across the Board's 12 depots in Kent and Sussex."], "A twelve-depot roll-out."),
    # what is counted is the head after modifiers joined by "and"
    (["Reviewed approx. 60 claims for the insurer."], "Reviewed roughly 60 motor and household claims for the insurer."),
    # a clipped word in the notes counts the same people
    (["Led 6 devs and 2 QAs."], "Led six developers."),
])
def test_a_count_reads_past_owners_modifiers_and_clippings(source, written):
    assert _Scope(source).claims(written) == []


def test_a_product_word_between_a_name_and_its_release_adds_nothing_the_cv_lacks():
    sentences = ["Upgraded the depots from Maximo 7.5 to Maximo 7.6.", "Maximo EAM"]
    assert unsupported_versions("Upgraded the depots from Maximo EAM 7.5 to 7.6.", sentences) == []
    assert unsupported_versions("Upgraded the depots from Maximo EAM 7.5 to 8.1.", sentences) != []
    assert unsupported_versions("Upgraded the depots from Maximo SaaS 7.5.", sentences) == ["SaaS 7.5"]


def test_a_bullet_restating_a_figure_a_name_holds_in_the_notes_comes_from_that_bullet():
    own = ["Kick-off workshops for the finance team", "Upgrade of approx. 40 reports from BO4 to Power BI",
           "Move of 300 GB from SQL2012 w/ SSMA"]
    found = origin("Moved about 300 GB off SQL Server 2012 with the migration assistant", own, frozenset(), {})
    assert found.index == 2


def test_a_version_counts_nothing_and_components_are_no_people():
    from cvextract.claims.free_text import _Scope
    scope = _Scope(["Built the booking widget v4 components for the ferry operator's site."])
    assert "4 engineers" in scope.claims("Built the booking widget with a squad of four engineers.")
    assert "12 developers" in _Scope(["Wrote 12 components for the site."]).claims("Led 12 developers on the site.")


def test_a_zero_counts_the_noun_it_comes_before():
    counts = Counts(["Kept the children's ward open all winter with no outage."])
    assert counts.states_none("Zero ward outages all winter.")  # "ward" qualifies the outages the CV had none of
    assert not counts.states_none("Zero patient falls all winter.")
    assert not counts.states_none("Zero outage-related complaints all winter.")  # complaints, not outages


@pytest.mark.parametrize("written, source", [
    ("Filed I-9 checks for 40 new starters.", "Ran I-9 checks for 40 new starters."),  # the form counts no checks
    ("Flew F-35 sorties for 3 squadrons.", "Flew F-35 sorties for 3 squadrons."),
])
def test_a_names_number_counts_nothing(written, source):
    assert Counts([source]).unsupported(written) == []


def test_a_release_after_a_name_and_from_counts_nothing():
    source = ["Upgraded Trax from version 20.12 to 23.04 with no loss of records."]
    assert Counts(source).unsupported("Took Trax from 20.12 to 23.04 without losing any records.") == []
    assert _Scope(source).claims("Took Trax from 20.12 to 24.04 without losing any records.") == ["24.04", "Trax 24.04"]


def test_a_release_named_by_the_word_after_it_counts_nothing():
    source = ["Moved the Trax fleet system from 20.12 to 23.04 for the whole hangar."]
    assert Counts(source).unsupported("Trained 40 mechanics on the 23.04 release.") == []
    assert Counts(source).unsupported("Planned the 20.12-to-23.04 upgrade over a weekend.") == []


@pytest.mark.parametrize("written, claim", [
    ("Dispatcher for a four-truck fleet across the county.", "4 truck"),   # 4 counts shifts in the CV
    ("Ran a 4-kiln pottery with the apprentices.", "4 kiln"),
])
def test_a_number_joined_to_its_word_counts_that_word_alone(written, claim):
    """A "four-truck fleet" counts trucks, not the people or the fleet its sentence names."""
    counts = Counts(["Dispatcher for a three-truck fleet; trained 2 apprentices over four shifts a week."])
    assert claim in counts.unsupported(written)


def test_a_number_joined_to_its_word_passes_where_the_cv_counts_that_word():
    counts = Counts(["Dispatcher for a fleet of 3 trucks; trained 2 apprentices over four shifts a week."])
    assert counts.unsupported("Dispatcher for a three-truck fleet.") == []
    assert counts.unsupported("Worked four-shift weeks.") == []


def test_what_a_joined_count_qualifies_still_ties_it_to_the_cvs_own_figure():
    """"a 6-metre embankment" rewords "a 6 m high embankment": the embankment it qualifies is the CV's."""
    counts = Counts(["Designed a 6 m high embankment on soft clay with drains at 1.5 m spacing."])
    assert counts.unsupported("Designed a 6-metre embankment on soft clay.") == []
