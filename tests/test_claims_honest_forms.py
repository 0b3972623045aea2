"""Honest forms of what a CV says that the claims check must leave alone, each beside an invented claim of
the same shape that it must still catch: a range's unit or percent sign written once or on both ends,
"twice" counting times, a fraction and its word in either order ("a 3.6 GPA"), a place's adjective before a
year, an abbreviation defined where the text writes it ("non-standalone (NSA)"), a possessive of an
expanded abbreviation, a regulation's abbreviation spelled out before its year. The sentences are from
other trades than the sets the rules were found on."""

from __future__ import annotations

import copy

import pytest

from cvextract.claims.free_text import review


def _cv(bullets: list[str], sidebar: dict | None = None) -> dict:
    return {"identity": {"title": "Specialist", "full_name": "Ines Duarte"},
            "sidebar": {"tools": [], **(sidebar or {})}, "overview": "Specialist with nine years in the field.",
            "experiences": [{"heading": "2016-2024 Harbour Works", "description": "Operations.",
                             "bullets": list(bullets), "environment": []}]}


def _claims(source_bullets: list[str], written: str, sidebar: dict | None = None) -> list[str]:
    source = _cv(source_bullets, sidebar)
    adjusted = copy.deepcopy(source)
    adjusted["experiences"][0]["bullets"] = [written]
    output, findings = review(source, adjusted)
    claims = [claim for finding in findings for claim in finding.claims]
    assert claims or output["experiences"][0]["bullets"] == [written]
    return claims


# (source bullet, honest rewording, invented claim of the same shape, what the guard names for it)
CASES = [
    # a range's percent sign or unit written once covers both ends, either way round
    ("Kept moisture within 12–14% across the silos.", "Kept moisture between 12% and 14% across the silos.",
     "Kept moisture between 11% and 14% across the silos.", "11%"),
    ("Dosed chlorine at 0.2–0.5 mg/L.", "Dosed chlorine between 0.2 and 0.5 milligrams per litre.",
     "Dosed chlorine between 0.3 and 0.5 milligrams per litre.", "0.3"),
    # "twice" that counts times is the 2 the CV states; a ratio "twice the ..." is still a magnitude
    ("Audited the warehouse with two unannounced inspections.", "Inspected the warehouse unannounced twice.",
     "Inspected the warehouse unannounced twice, doubling the pick rate.", "doubling"),
    ("Audited the warehouse with three unannounced inspections.", "Inspected the warehouse unannounced three times.",
     "Inspected the warehouse unannounced twice.", "twice"),
    # a fraction and the word the CV writes it after, in the other order
    ("Graduated with a final mark of GPA 3.8/4.0 in agronomy.", "Graduated in agronomy with a 3.8 GPA.",
     "Graduated in agronomy with a 3.9 GPA.", "3.9"),
    # a place's adjective for the CV's country before a year
    ("Prepared 40 growers for Portugal's 2027 water-use rules.", "Readied 40 growers for the Portuguese 2027 water-use rules.",
     "Readied 40 growers for the Portuguese 2028 water-use rules.", "2028"),
    # a country's possessive for its adjective, and its short form
    ("Ran 12 depots for a Brazilian grocer.", "Ran 12 depots for a grocer in Brazil's south.",
     "Ran 12 depots for a grocer in Chile's south.", "Chile"),
    ("Shipped spare parts to dealers in the USA.", "Shipped spare parts to US dealers.",
     "Shipped spare parts to Canadian dealers.", "Canadian"),
    # an abbreviation the text defines where it writes it names only what its words say
    ("Installed photovoltaic arrays on 30 barns.", "Installed photovoltaic (PV) arrays on 30 barns.",
     "Installed photovoltaic arrays (PVGIS) on 30 barns.", "PVGIS"),
    # an expansion's possessive, and a regulation spelled out before its year where the CV abbreviates both
    ("Aligned the checks with the FSA's guidance.", "Aligned the checks with the Food Standards Agency's guidance.",
     "Aligned the checks with the Health and Safety Executive's guidance.", "Executive"),
    ("Trained crews under LOLER 1998.", "Trained crews under the Lifting Operations and Lifting Equipment Regulations 1998 (LOLER).",
     "Trained crews under the Lifting Operations and Lifting Equipment Regulations 2005 (LOLER).", "2005"),
]


@pytest.mark.parametrize("source, honest, invented, claim", CASES)
def test_an_honest_form_passes_and_an_invented_one_of_its_shape_is_caught(source, honest, invented, claim):
    assert _claims([source], honest) == []
    assert any(claim in named for named in _claims([source], invented))


def test_a_place_ending_a_longer_name_is_that_names_not_the_places():
    # the CV is Scottish; "Harbour Trust Scotland's" names an organisation it never mentions
    assert any("Scotland" in claim for claim in _claims(
        ["Ran 12 depots for a Scottish grocer."], "Ran 12 depots for grocers such as Harbour Trust Scotland's."))
    assert _claims(["Ran 12 depots for a Scottish grocer."], "Ran 12 depots for a grocer in Scotland's north.") == []


# Session 11, honest side: each form a model writes for what the CV says, beside an invented claim of its shape.
FORMS = [
    # a level named by the words its abbreviation spells ("safety integrity level 2" is "SIL 2"), and whose
    # level it is spelled out ("Capability Maturity Model Integration level 3" is "CMMI Level 3")
    ("Built the burner interlock to safety integrity level 2.", "Built the burner interlock to SIL 2.",
     "Built the burner interlock to SIL 3.", "SIL 3"),
    ("Led the Capability Maturity Model Integration level 3 appraisal.", "Led the CMMI Level 3 appraisal.",
     "Led the CMMI Level 4 appraisal.", "Level 4"),
    # an area in another unit's spelling
    ("Mapped soil moisture across 12,500 hectares of vineyards.", "Mapped soil moisture across 12,500 ha of vineyards.",
     "Mapped soil moisture across 12,500 acres of vineyards.", "12,500 acres"),
    ("Leased 4,000 square metres of cold storage.", "Leased 4,000 m² of cold storage.",
     "Leased 4,000 sq ft of cold storage.", "4,000 sq ft"),
    # a figure after a name in parentheses is the same release as without them
    ("Certified the ticket kiosks for accessibility (WCAG 2.2 AA) and security.",
     "Accessibility (WCAG 2.2 AA) and security certification for the ticket kiosks.",
     "Accessibility (WCAG 2.3 AA) and security certification for the ticket kiosks.", "2.3"),
    # a verb compound at a sentence's start is no product released as the number after it
    ("Operated the roasting drums on 40 batches a day.", "Drum-roasted 40 batches a day.",
     "Drum-roasted 45 batches a day.", "45"),
    # a rare verb in its British spelling is as English as in its American one (no name, no release)
    ("Archive service digitising 300 reel-to-reel tapes for a radio station.",
     "Digitized 300 reel-to-reel tapes for a radio station's archive.",
     "Digitized 340 reel-to-reel tapes for a radio station's archive.", "340"),
    # capitalised words whose initials are exactly an abbreviation the CV writes in that place, either way
    ("Loaded BP and Shell tanker schedules into the terminal system.",
     "Loaded British Petroleum and Shell tanker schedules into the terminal system.",
     "Loaded British Gas and Shell tanker schedules into the terminal system.", "Gas"),
    # a figure in another notation's grouping ("1.250 km") read both ways, a unit's symbol for its name
    ("Sampled 1.250 km of river banks for erosion.", "Sampled 1,250 kilometres of river banks for erosion.",
     "Sampled 1,350 kilometres of river banks for erosion.", "1,350"),
    # "per second" is a unit of time, no ordinal
    ("Upgraded the backbone to 100G and 400G links.", "Upgraded the backbone links to 100 and 400 gigabits per second.",
     "Upgraded the backbone links to 100 and 800 gigabits per second.", "800"),
    # a unit's short form with a possessive's apostrophe
    ("Demand planner with 7 years in frozen foods.", "Demand planner with 7 yrs' experience in frozen foods.",
     "Demand planner with 8 yrs' experience in frozen foods.", "8"),
    # a bullet in title case with an adverb or a small number word capitalised
    ("Audited the cold store together with the quality team twice a year.",
     "Audited the Cold Store Together with the Quality Team Twice a Year.",
     "Audited the Cold Store Together with the Danone Quality Team Twice a Year.", "Danone"),
    ("Trained a pool of nine forklift drivers, roughly one a month.",
     "Trained a Pool of Nine Forklift Drivers, Roughly One a Month.",
     "Trained a Pool of Nine Linde Forklift Drivers, Roughly One a Month.", "Linde"),
    # a possessive of a name the CV writes, whatever its spelling rules make of the name ("-our")
    ("Ran the Harbour Freight loyalty scheme for 300 stores.", "Ran Harbour Freight's loyalty scheme for 300 stores.",
     "Ran Harbour Freight's and Lidl's loyalty schemes for 300 stores.", "Lidl"),
    # a sentence's first word a verb in "-s" before its object ("Plans"), not a name
    ("Designs hydrant surveys for 12 fire districts.", "Plans hydrant surveys across 12 fire districts.",
     "Plans hydrant surveys across 12 Tyco fire districts.", "Tyco"),
    ("Moved the Enterprise Resource Planning ledgers of 6 subsidiaries to the cloud.",
     "Moved the ERP ledgers of 6 subsidiaries to the cloud.",
     "Moved the CRM ledgers of 6 subsidiaries to the cloud.", "CRM"),
]


@pytest.mark.parametrize("source, honest, invented, claim", FORMS)
def test_a_form_of_what_the_cv_says_passes_and_an_invented_one_is_caught(source, honest, invented, claim):
    assert _claims([source], honest) == []
    assert any(claim in named for named in _claims([source], invented))


# A credential told in other words beside its letters, or a part of one under way that the CV lists as passed.
CREDENTIALS = [
    ({"certifications": ["MRICS (RICS)"]}, "Chartered surveyor (MRICS) valuing 14 rural estates.",
     "Chartered surveyor (FRICS) valuing 14 rural estates.", "FRICS"),
    ({"certifications": ["Midwifery Practice Certification (RM-C)"]},
     "Valued 14 rural estates; board-certified in midwifery practice (RM-C).",
     "Valued 14 rural estates; board-certified in oncology practice (RM-C).", "oncology"),
    # a credential's words in the letters of its title ("in SAM" for "... Software Asset Management")
    ({"certifications": ["Flexera Certified Practitioner – Software Asset Management"]},
     "Valued 14 rural estates; Flexera Certified Practitioner in SAM.",
     "Valued 14 rural estates; Flexera Certified Practitioner in ITAM.", "ITAM"),
    # ... exactly: leading letters of its words spell no other credential ("CPCO" is no "Certified Pipeline
    # Corrosion Professional")
    ({"certifications": ["CPCP – Certified Pipeline Corrosion Professional"]},
     "Valued 14 rural estates, backed by the CPCP certification.",
     "Valued 14 rural estates, backed by the CPCO certification.", "CPCO"),
    # the long form a text gives beside a credential's letters; a word of it joined to "certified" elsewhere is a claim
    ({"certifications": ["NEBOSH General Certificate"]},
     "Valued 14 rural estates, holding the NEBOSH (National Examination Board in Occupational Safety and Health) "
     "General Certificate.",
     "Valued 14 rural estates, holding the NEBOSH (National Examination Board in Occupational Safety and Health) "
     "General Certificate, as a National-certified valuer.", "National"),
    ({"certifications": ["ACCA candidate: passed Applied Knowledge exams (2023)"]},
     "Valued 14 rural estates; working towards the ACCA, with the Applied Knowledge exams passed.",
     "Valued 14 rural estates; holding the ACCA, with the Applied Knowledge exams passed.", "ACCA"),
]


@pytest.mark.parametrize("sidebar, honest, invented, claim", CREDENTIALS)
def test_a_credential_told_another_way_passes_and_one_not_held_is_caught(sidebar, honest, invented, claim):
    source = ["Valued 14 rural estates."]
    assert _claims(source, honest, sidebar) == []
    assert any(claim in named for named in _claims(source, invented, sidebar))


def test_a_posting_term_glossing_the_cvs_words_passes_and_one_added_is_caught():
    source = _cv(["Raised the kiln's service factor from 81% to 95% over two years."])
    posting = "We want a reliability engineer who owns uptime, telemetry and observability."
    for written, claims in (("Raised the kiln's uptime (service factor) from 81% to 95% over two years.", []),
                            ("Raised the kiln's service factor (uptime) from 81% to 95% over two years.", []),
                            ("Raised the kiln's service factor from 81% to 95% over two years, with observability.",
                             ["observability"])):
        adjusted = copy.deepcopy(source)
        adjusted["experiences"][0]["bullets"] = [written]
        assert [c for f in review(source, adjusted, posting)[1] for c in f.claims] == claims


# Session 13, honest side: the same thing written otherwise (a long form beside the CV's abbreviation, a
# contraction, a fraction of one in words or as a percentage), beside an invented claim of its shape.
OTHERWISE = [
    # the long form a model gives beside an abbreviation the CV writes: a pair with a slash, an edition
    # glued to the letters, a generic word closing the name
    ("Set up PLC/HMI changeovers on the bottling line.",
     "Set up programmable logic controller and human-machine interface (PLC/HMI) changeovers on the bottling line.",
     "Set up Siemens programmable logic controller and human-machine interface (PLC/HMI) changeovers on the bottling line.",
     "Siemens"),
    ("Coded discharge summaries in ICD10 for the trust.",
     "Coded discharge summaries in ICD10 (International Classification of Diseases) for the trust.",
     "Coded discharge summaries in ICD10 (International Classification of Diseases) and SNOMED for the trust.",
     "SNOMED"),
    ("Kept the farm's GAP audits clean for six seasons.",
     "Kept the farm's Good Agricultural Practice Standard (GAP) audits clean for six seasons.",
     "Kept the farm's Rainforest Alliance Good Agricultural Practice Standard (GAP) audits clean for six seasons.",
     "Rainforest"),
    # a contraction's clitic is glued to a word, not a name of its own
    ("Compared pacing plans with five runners over three seasons.",
     "Over three seasons I've compared pacing plans with five runners.",
     "Over three seasons I've compared pacing plans with five Nike runners.", "Nike"),
    ("Proof-read (PR) the catalogue's 400 entries.", "The catalogue's 400 entries were PR'd before print.",
     "The catalogue's 400 entries were PR'd and ISBN'd before print.", "ISBN"),
    # a fraction of one in words and its percentage, either way round; another fraction is a claim
    ("Cut the kiln's gas use by a fifth with a heat exchanger.", "Cut the kiln's gas use by 20% with a heat exchanger.",
     "Cut the kiln's gas use by 25% with a heat exchanger.", "25%"),
    ("Cut the kiln's gas use by 20% with a heat exchanger.", "Cut the kiln's gas use by a fifth with a heat exchanger.",
     "Cut the kiln's gas use by a quarter with a heat exchanger.", "a quarter"),
    ("Trimmed the fleet's idle time by 12.5%.", "Trimmed the fleet's idle time by an eighth.",
     "Trimmed the fleet's idle time by a tenth.", "a tenth"),
    # a unit's symbol for its name with a prefix English rarely writes (hecto), a one-letter symbol before a
    # rate's slash
    ("Ran a 40,000 hl cider cellar.", "Ran a cider cellar of 40,000 hectolitres.",
     "Ran a cider cellar of 40,000 kilolitres.", "40,000 kilolitres"),
    ("Sized conveyors from 15 to 60 t/h for the quarry.", "Sized the quarry's conveyors for 15 to 60 tonnes per hour.",
     "Sized the quarry's conveyors for 15 to 80 tonnes per hour.", "80"),
    # a release written with its word where the CV gives a range of releases
    ("Took Moodle upgrades from 3.9 to 4.1 across the faculties.",
     "Upgraded Moodle from version 3.9 to 4.1 across the faculties.",
     "Upgraded Moodle from version 3.8 to 4.1 across the faculties.", "3.8"),
    # a period's figure for its Latin adjective ("quinquennial": every five years)
    ("Ran quinquennial condition surveys of 40 chapels.", "Ran five-yearly condition surveys of 40 chapels.",
     "Ran four-yearly condition surveys of 40 chapels.", "4"),
    # a percentage worked out from a change, written "per cent" (no rate's "per")
    ("Brought the ferry's turnaround down from 50 to 20 minutes.",
     "Brought the ferry's turnaround down by 60 per cent, from 50 to 20 minutes.",
     "Brought the ferry's turnaround down by 70 per cent, from 50 to 20 minutes.", "70 per cent"),
    # a credential's grade joined to it by a hyphen, its pieces the CV's in another order
    ("Kept the mill's FSC certificate at grade AA through three audits.",
     "Held AA-grade FSC certification through three audits.",
     "Held AA-grade FSC and PEFC certification through three audits.", "PEFC"),
    # a release after a name told with the word "release" as with "version"
    ("Moved the faculty from Moodle 3.9 to 4.1 over the summer.",
     "Moved the faculty from Moodle release 3.9 to 4.1 over the summer.",
     "Moved the faculty from Moodle release 3.9 to 4.2 over the summer.", "4.2"),
    # a title the CV's degree grants, before the person's name
    ("Ines Duarte holds a PhD in hydrogeology and models aquifers.",
     "The consultant, Dr Duarte, models aquifers with a PhD in hydrogeology.",
     "The consultant, Prof. Duarte, models aquifers with a PhD in hydrogeology.", "Prof"),
]


@pytest.mark.parametrize("source, honest, invented, claim", OTHERWISE)
def test_the_same_thing_written_otherwise_passes_and_an_invented_one_is_caught(source, honest, invented, claim):
    assert _claims([source], honest) == []
    assert any(claim in named for named in _claims([source], invented))


def _career(overview_source: str, experiences: list[tuple[str, str]], written_overview: str, prompt: str = "") -> list[str]:
    source = {"identity": {"title": "Specialist", "full_name": "Ines Duarte"}, "sidebar": {},
              "overview": overview_source,
              "experiences": [{"heading": h, "description": d, "bullets": [], "environment": []} for h, d in experiences]}
    adjusted = copy.deepcopy(source)
    adjusted["overview"] = written_overview
    return [claim for finding in review(source, adjusted, prompt)[1] for claim in finding.claims]


def test_a_length_worked_out_from_an_experiences_years_passes_and_a_wrong_one_is_caught():
    jobs = [("Harbour pilot, Port Authority of Setubal, 2016–2024", "Piloted bulk carriers into the inner harbour."),
            ("Deck officer, Tagus Ferries, 2012–2016", "Watchkeeping on river ferries.")]
    # the years after "then": those of the experience whose words follow (2016–2024: eight)
    written = "Four years as a deck officer on ferries, then eight piloting bulk carriers into the harbour."
    assert _career("Harbour pilot.", jobs, written) == []
    assert _career("Harbour pilot.", jobs, written.replace("eight", "nine")) == ["9"]
    # a compound length of what the experience's heading names: a break's years from its dates
    gap = [("Sabbatical, 2020–2023", "Sabbatical to sail around the Atlantic.")]
    source = {"identity": {"title": "Pilot", "full_name": "Ines Duarte"}, "sidebar": {}, "overview": "Pilot.",
              "experiences": [{"heading": h, "description": d, "bullets": [], "environment": []} for h, d in gap]}
    for written, claims in (("A three-year sabbatical to sail around the Atlantic.", []),
                            ("A four-year sabbatical to sail around the Atlantic.", ["4"]),
                            ("A three-year voyage around the Atlantic.", ["3"])):  # no word of its heading: a task's
        adjusted = copy.deepcopy(source)
        adjusted["experiences"][0]["description"] = written
        assert [c for f in review(source, adjusted)[1] for c in f.claims] == claims


def test_a_postings_verb_after_its_subject_passes_as_at_a_sentences_start_and_a_term_added_is_caught():
    jobs = [("Lock keeper, Canal Trust, 2015–2024", "Redesigned the lock's maintenance schedule for 14 gates.")]
    posting = "Lock manager: rationalise maintenance schedules; telemetry and hydrographs."
    for written in ("Rationalised the lock's maintenance schedule for 14 gates.",
                    "I've rationalised the lock's maintenance schedule for 14 gates.",
                    "The lock's maintenance schedule for 14 gates was rationalised."):
        assert _career("Lock keeper.", jobs, written, posting) == []
    assert _career("Lock keeper.", jobs, "I've rationalised the lock's maintenance schedule and hydrographs for 14 gates.",
                   posting) == ["hydrographs"]


def test_a_posting_term_clipping_the_cvs_words_passes_and_one_the_cv_lacks_is_caught():
    jobs = [("Duty officer, Northern Flood Service, 2018–2024", "Wrote situation reports for 40 river wardens.")]
    posting = "Duty officer wanted: sitreps, telemetry and hydrographs for our wardens."
    assert _career("Duty officer.", jobs, "Duty officer who wrote sitreps for 40 river wardens.", posting) == []
    assert _career("Duty officer.", jobs, "Duty officer who wrote situation reports and hydrographs for 40 river wardens.",
                   posting) == ["hydrographs"]
