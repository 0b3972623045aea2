"""A credential word attached to a skill or product ("a certified ISO 20022 specialist", "a law degree")
claims that very credential (cvextract.claims.credentials): holding some other certification or degree does
not support it; the CV's own credentials do."""

from __future__ import annotations

import pytest

from cvextract.claims.credentials import PENDING as PENDING_KIND, unsupported_credentials, unsupported_licences
from cvextract.claims.free_text import review
from cvextract.claims.words import Vocabulary

HELD = {"certification": Vocabulary(["AWS Certified Solutions Architect – Associate", "CKA", "certifications"]),
        "degree": Vocabulary(["MSc Computer Science, KTH", "academic background, degree"])}


@pytest.mark.parametrize("text, claim", [
    ("As a certified ISO 20022 specialist, mapped the flows.", "certified ISO 20022"),
    ("Holds the SAP S/4HANA Management Accounting certification.", "SAP S/4HANA Management Accounting certification"),
    ("Integration specialist, certified in Epic Bridges, with seven years.", "certified in Epic Bridges"),
    ("Epic Bridges certified, built the interfaces.", "Bridges certified"),
    ("Drawing on a law degree.", "law degree"),
    ("Holds a degree in economics.", "degree in economics"),
])
def test_a_credential_attached_to_what_the_cv_does_not_hold_is_a_claim(text, claim):
    assert claim in unsupported_credentials(text, HELD)


@pytest.mark.parametrize("text", [
    "An AWS-certified architect.", "Holds the CKA certification.", "Holds a degree in computer science.",
    "Certified architect with a degree from KTH.", "Holds two certifications.",
])
def test_the_cvs_own_credentials_are_no_claim(text):
    assert unsupported_credentials(text, HELD) == []


def test_a_certification_the_cv_does_not_hold_is_reverted_though_it_holds_another():
    source = {"identity": {"title": "Integration Specialist", "full_name": "Ada Berg"},
              "sidebar": {"certifications": ["HL7 FHIR Proficiency"]},
              "overview": "Integration specialist with seven years connecting hospital systems.",
              "experiences": [{"heading": "2020-2023 Northgate", "description": "HL7 interfaces.",
                               "bullets": ["Built ADT interfaces."], "environment": []}]}
    honest = {**source, "overview": "HL7 FHIR-certified integration specialist with seven years connecting hospital systems."}
    assert review(source, honest)[1] == []
    invented = {**source, "overview": "Integration specialist, certified in Epic Bridges, with seven years connecting "
                                      "hospital systems."}
    output, findings = review(source, invented)
    assert output["overview"] == source["overview"]
    assert "certified in Epic Bridges" in findings[0].claims


def test_a_credential_spelled_out_from_the_letters_the_cv_lists_is_held():
    held = {"certification": Vocabulary(["CKA", "PMP"])}
    assert unsupported_credentials("A Certified Kubernetes Administrator for platforms.", held) == []
    assert unsupported_credentials("A Certified Azure Administrator for platforms.", held) != []


HOLDS_OTHER = {"certification": Vocabulary(["ISTQB Certified Tester Foundation Level", "EASA Part-66 B1 licence",
                                            "Prosci Certified Change Practitioner"])}


@pytest.mark.parametrize("text, claim", [
    ("Jonas, a certified functional safety engineer, tests ECUs.", "certified functional safety"),
    ("A certified cloud security architect.", "certified cloud security"),
    ("Works as an accredited lead auditor.", "accredited lead"),
    ("Signed off checks as a licensed B2 engineer.", "licensed B2"),
    ("A certified data protection officer since 2019.", "certified data protection"),
])
def test_an_adjective_credential_beside_a_held_one_for_something_else_is_a_claim(text, claim):
    assert any(found.startswith(claim) for found in unsupported_credentials(text, HOLDS_OTHER))


@pytest.mark.parametrize("text", [
    "A certified tester with seven years.", "Signed off checks as a licensed B1 engineer.",
    "A certified change practitioner.", "Managed licensed software for 3,000 users.", "A certified consultant.",
])
def test_an_adjective_credential_the_cv_holds_or_no_credential_at_all_passes(text):
    assert unsupported_credentials(text, HOLDS_OTHER) == []


def test_licensed_of_a_person_is_a_claim_where_the_cv_holds_no_certification():
    assert unsupported_credentials("Worked as a licensed electrical engineer.", {}) == ["licensed electrical engineer"]
    assert unsupported_credentials("Rolled out licensed seats to 400 users.", {}) == []


@pytest.mark.parametrize("text, claim", [
    ("Ariba implementations for the public sector, as a Coupa-certified consultant.", "Coupa certified"),
    ("In-house, Endur-certified development for a trading house.", "Endur certified"),
    ("Nokia-certified 5G core specialist.", "Nokia certified 5G"),
    ("A Databricks-accredited engineer.", "Databricks accredited"),
])
def test_a_name_joined_to_a_credential_word_is_what_it_certifies(text, claim):
    assert claim in unsupported_credentials(text, HELD)


@pytest.mark.parametrize("text", [
    "An AWS-certified architect.", "CKA-certified platform engineer.", "OSCP- and AWS-certified security consultant.",
])
def test_a_held_credential_joined_to_its_word_is_supported(text):
    assert unsupported_credentials(text, HELD) == []


DEGREES = {"degree": Vocabulary(["MSc Bioinformatics, Uppsala University", "BSc Biology"])}


@pytest.mark.parametrize("text, claim", [
    ("Bioinformatics engineer (PhD), eight years of pipelines.", "PhD"),
    ("Holds a PhD in physics.", "PhD"),
    ("Data scientist with an MBA.", "MBA"),
    ("Holds a Ph.D. in genomics.", "Ph.D."),
])
def test_a_degree_by_its_letters_the_cv_does_not_hold_is_a_claim(text, claim):
    assert claim in unsupported_credentials(text, DEGREES)


@pytest.mark.parametrize("text", [
    "Taught R workshops for PhD students.", "Supervised MBA candidates' projects.",
    "Bioinformatics engineer (MSc), eight years.", "MSc in bioinformatics from Uppsala.",
])
def test_a_held_degree_or_one_that_qualifies_others_is_no_claim(text):
    assert unsupported_credentials(text, DEGREES) == []


def test_a_phd_the_cv_names_only_for_others_is_reverted():
    source = {"identity": {"title": "Engineer", "full_name": "Ada Berg"},
              "sidebar": {"academic_background": ["MSc Bioinformatics, Uppsala University"]},
              "overview": "Bioinformatics engineer, eight years of genomics pipelines.",
              "experiences": [{"heading": "2016-2024 Uppsala University", "description": "Research support.",
                               "bullets": ["Taught two R workshops for PhD students."], "environment": []}]}
    adjusted = {**source, "overview": "Bioinformatics engineer (PhD), eight years of genomics pipelines."}
    output, findings = review(source, adjusted)
    assert output["overview"] == source["overview"] and "PhD" in findings[0].claims


VENDOR_HELD = {"certification": Vocabulary(["Oracle Certified Professional – Java SE 11 Developer", "Tableau Desktop Specialist",
                                            "certifications"])}


@pytest.mark.parametrize("text, claim", [
    ("Backend lead; Oracle Certified Master – Java EE Architect.", "Master"),          # another level and track
    ("Network engineer, Cisco Certified Network Professional (CCNP).", "Cisco"),
    ("Holds the Microsoft Certified: Azure Security Engineer Associate title.", "Azure"),
    ("A Certified Information Systems Security Professional since 2018.", "Information"),
    ("Oracle Certified Professional – Java SE 17 Developer.", "17"),                   # another version
])
def test_a_credential_title_in_any_vendors_pattern_needs_every_word_held(text, claim):
    assert any(claim in found for found in unsupported_credentials(text, VENDOR_HELD))


@pytest.mark.parametrize("text", [
    "Java developer; Oracle Certified Professional – Java SE 11 Developer.",
    "Oracle Certified Professional (Java SE 11 Developer) with eight years of Spring.",
    "Holds an Oracle certification for Java SE 11.",
    "Tableau-certified analytics consultant.",                 # a joined name the CV holds, a lower-case role
])
def test_the_cvs_own_credential_title_reworded_passes(text):
    assert unsupported_credentials(text, VENDOR_HELD) == []


@pytest.mark.parametrize("text, claim", [
    ("Dashboards for retail, and Tableau-certified in Prep Builder.", "Tableau certified in Prep Builder"),
    ("A Tableau-certified Server administrator.", "Tableau certified Server"),
])
def test_a_name_joined_to_a_credential_word_brings_what_follows_it(text, claim):
    assert claim in unsupported_credentials(text, VENDOR_HELD)


# A veterinary nurse's credentials.
VET = {"certification": Vocabulary(["RCVS Certificate in Veterinary Nursing (Anaesthesia)"]),
       "degree": Vocabulary(["Bachelor's in Animal Science, University of Ghent"])}


@pytest.mark.parametrize("text, claim", [
    ("Certified in both anaesthesia and dentistry.", "Certified in both anaesthesia and dentistry"),
    ("Holds certificates in anaesthesia, dentistry and imaging.", "certificates in anaesthesia and dentistry and imaging"),
    ("Ran the night clinic after a bachelor's in equine surgery.", "bachelor's in equine surgery"),
    ("Runs the clinic's audits as an RCVS-approved assessor.", "RCVS approved assessor"),
])
def test_a_credential_in_other_words_the_cv_does_not_hold_is_a_claim(text, claim):
    assert claim in unsupported_credentials(text, VET if "approved" not in text else {"degree": VET["degree"]})


@pytest.mark.parametrize("text", ["Certified in veterinary nursing and anaesthesia.",
                                  "Ran the night clinic after a bachelor's in animal science.",
                                  "Owners approved the treatment plans.", "An RCVS-approved practice."])
def test_the_cvs_own_credentials_in_other_words_pass(text):
    assert unsupported_credentials(text, VET) == []


def test_a_course_listed_among_certifications_holds_no_certificate():
    source = {"experiences": [{"heading": "2018 – 2023 | Dive instructor | Reef Co", "description": "Ran dive trips.",
                               "bullets": ["Led 40 night dives."], "environment": []}],
              "sidebar": {"certifications": ["PADI Open Water Scuba Instructor", "Cave diving course (2019)"]},
              "overview": "Dive instructor.", "identity": {"title": "Instructor"}}
    adjusted = {**source, "experiences": [{**source["experiences"][0],
                                           "bullets": ["Led 40 night dives as a certified cave diving instructor."]}]}
    _, findings = review(source, adjusted)
    assert [claim for f in findings for claim in f.claims if "cave" in claim]


def test_a_reworded_certified_adjective_moved_to_another_role_is_a_claim():
    held = {"certification": Vocabulary(["Certified Wine Specialist (Society of Wine Educators)"])}
    assert unsupported_credentials("Certified sommelier trainer and wine specialist, nine years.", held) != []
    assert unsupported_credentials("Certified wine specialist, nine years.", held) == []


def test_a_vendor_certified_role_is_the_credential_the_role_names():
    from cvextract.claims.free_text import _Scope
    scope = _Scope(["Coached 40 planners on Kinaxis RapidResponse.", "Kinaxis Certified Author"], credentials={"certification": [
        "Kinaxis Certified Author"]})
    assert "certified Kinaxis trainer" in scope.claims("As a certified Kinaxis trainer, coached 40 planners.")
    assert scope.claims("As a certified Kinaxis author, coached 40 planners.") == []


@pytest.mark.parametrize("text, claim", [
    ("A forestry graduate, runs the nursery's seed bank.", "forestry graduate"),
    ("Runs the seed bank as a graduate of soil science.", "graduate of soil science"),
])
def test_a_degree_told_as_the_person_being_a_graduate_is_a_claim(text, claim):
    held = {"degree": Vocabulary(["BSc Horticulture, Writtle College"])}
    assert any(claim in found for found in unsupported_credentials(text, held))
    assert unsupported_credentials(text, {}) != []  # a CV holding no degree at all


@pytest.mark.parametrize("text", ["A horticulture graduate, runs the nursery's seed bank.",
                                  "Mentored three graduate gardeners through the season.",
                                  "Hired graduates from two colleges for the nursery."])
def test_a_graduate_the_cv_holds_or_other_graduates_are_no_claim(text):
    held = {"degree": Vocabulary(["BSc Horticulture, Writtle College"])}
    assert unsupported_credentials(text, held) == []


def _held_and_pending(section: list[str], texts: list[str] = ()) -> dict[str, Vocabulary]:
    """The credentials a scope keeps for a CV listing ``section`` as its certifications."""
    from cvextract.claims.credentials import PENDING, held_and_pending

    held, pending = [], []
    for item in section:
        kept, other = held_and_pending(item, item=True)
        (held if kept else pending).append(kept or other)
    for text in texts:
        kept, other = held_and_pending(text)
        held.append(kept)
        pending += [other] if other else []
    return {"certification": Vocabulary([*held, "certifications"]), PENDING: Vocabulary(pending)}


PENDING_CV = _held_and_pending(["NEBOSH General Certificate", "CIPS Level 4 (studying, exam in 2026)",
                                "RICS associate member"],
                               ["Site lead, working towards the CSCS Black Card."])


@pytest.mark.parametrize("text, claim", [
    ("Buyer holding CIPS Level 4, with NEBOSH.", "CIPS"),
    ("Supervised the pour as a CSCS-certified site lead.", "CSCS"),
    ("Signed off valuations as an RICS-registered surveyor.", "RICS"),
    ("Passed the CSCS Black Card assessment.", "CSCS"),
])
def test_a_credential_the_cv_has_under_way_or_as_a_membership_told_as_held_is_a_claim(text, claim):
    assert claim in unsupported_credentials(text, PENDING_CV)


@pytest.mark.parametrize("text", [
    "Studying for CIPS Level 4, exam in 2026.", "Holds the NEBOSH General Certificate.",
    "An associate member of RICS.", "Working towards the CSCS Black Card.",
])
def test_the_same_status_restated_passes(text):
    assert unsupported_credentials(text, PENDING_CV) == []


@pytest.mark.parametrize("text, claim", [
    ("Ran the induction as an accredited NEBOSH trainer.", "accredited NEBOSH trainer"),
    ("A certified ITIL4 assessor for the service desk.", "certified ITIL4 assessor"),
    ("Wrote the audit plan as an ISO-certified lead auditor.", "ISO certified lead auditor"),
])
def test_a_role_a_credential_grants_is_part_of_its_status(text, claim):
    held = {"certification": Vocabulary(["NEBOSH General Certificate", "ITIL4 Foundation", "certifications"])}
    assert any(found.startswith(claim.split()[0]) and claim.split()[-1] in found
               for found in unsupported_credentials(text, held)), unsupported_credentials(text, held)


@pytest.mark.parametrize("text, claim", [
    ("Mapped the reef transects while completing an MSc in marine biology.", "MSc"),
    ("Wrote the survey tool, part of a doctoral project on coral bleaching.", "doctoral"),
    ("Holds a BA and MA in Geography.", "MA"),
    ("Ran the field season during her PhD.", "PhD"),
])
def test_a_degree_level_the_cv_holds_none_of_is_a_claim_in_any_form(text, claim):
    held = {"degree": Vocabulary(["BA Geography, University of Plymouth (2015)", "academic background, degree"])}
    assert claim in unsupported_credentials(text, held)


@pytest.mark.parametrize("text", [
    "Holds a BA in Geography.", "Trained doctoral candidates in the lab's GIS tools.",
    "Planned the work in MS Project.", "Taught two workshops for PhD students.",
])
def test_a_held_level_and_degrees_of_others_pass(text):
    held = {"degree": Vocabulary(["BA Geography, University of Plymouth (2015)", "academic background, degree"])}
    assert unsupported_credentials(text, held) == []


def test_a_cv_whose_only_credentials_are_memberships_or_under_way_holds_no_certification():
    source = {"identity": {"title": "Structural Engineer", "full_name": "Ines Valle"},
              "sidebar": {"certifications": ["Associate member of the IStructE", "Chartership (candidate, review 2026)"]},
              "overview": "Structural engineer with six years on timber and steel frames.",
              "experiences": [{"heading": "2020-2026 Arup", "description": "Timber frames.",
                               "bullets": ["Designed CLT floors for 4 schools."], "environment": []}]}
    honest = {**source, "overview": "Structural engineer, an associate member of the IStructE, with six years on "
                                    "timber and steel frames."}
    assert review(source, honest)[1] == []
    for claimed in ("A certified structural engineer with six years on timber and steel frames.",
                    "An IStructE-accredited engineer with six years on timber and steel frames."):
        findings = review(source, {**source, "overview": claimed})[1]
        assert findings and findings[0].field == "overview", claimed


# A credential the CV holds only in the past (lapsed, expired, held over a closed span of years) supports
# its name, not its holding now: a text telling it as held today claims it.
PAST_CV = _held_and_pending(["Gas Safe registration (current)", "Commercial pilot licence CPL – expired 2019",
                             "Food hygiene Level 3"],
                            ["Held IPAF operator cards from 2012 to 2016; now a site supervisor."])


@pytest.mark.parametrize("text, claim", [
    ("A CPL-licensed pilot who moved into drone surveying.", "CPL"),
    ("Holds IPAF and Gas Safe registration.", "IPAF"),
    ("An IPAF-certified supervisor on the ring road site.", "IPAF"),
    ("Flew survey sorties, holding a current CPL.", "CPL"),
])
def test_a_credential_the_cv_holds_only_in_the_past_told_as_held_now_is_a_claim(text, claim):
    assert claim in unsupported_credentials(text, PAST_CV)


@pytest.mark.parametrize("text", [
    "Held IPAF operator cards between 2012 and 2016.", "Formerly a CPL holder, now surveys by drone.",
    "Gas Safe registered engineer (held a CPL until 2019).", "Holds Gas Safe registration.",
    "Flew survey sorties (held a Commercial Pilot Licence (CPL) until 2019).",  # its abbreviation splits no clause
])
def test_a_past_credential_told_in_the_past_passes(text):
    assert unsupported_credentials(text, PAST_CV) == []


def test_a_clearance_held_only_in_the_past_told_as_current_is_reverted():
    source = {"identity": {"title": "Systems engineer", "full_name": "Noor Aziz"},
              "sidebar": {"certifications": ["NPPV 3 vetting – current", "Security Check (SC) – lapsed 2021"]},
              "overview": "Systems engineer for police control rooms; NPPV 3 vetted, held SC clearance from 2016 to 2021.",
              "experiences": [{"heading": "2016-2024 Blue Lamp Systems", "description": "Control room systems.",
                               "bullets": ["Kept 14 control rooms running."], "environment": []}]}
    honest = {**source, "overview": "NPPV 3 vetted systems engineer for police control rooms (held SC clearance 2016–2021)."}
    assert review(source, honest)[1] == []
    told_now = {**source, "overview": "SC-cleared systems engineer for police control rooms, NPPV 3 vetted."}
    output, findings = review(source, told_now)
    assert "SC" in findings[0].claims and output["overview"] == source["overview"]


def test_a_degrees_subject_after_its_dotted_letters_is_part_of_it():
    held = {"degree": Vocabulary(["MSc Marine Chemistry, University of Bergen", "academic background, degree"])}
    assert any("Geology" in found for found in unsupported_credentials("Holds an M.Sc. Geology.", held))
    assert unsupported_credentials("Holds an M.Sc. Marine Chemistry.", held) == []


def test_a_role_a_credential_grants_is_a_claim_beside_a_membership_word_too():
    held = {"certification": Vocabulary(["Member, Institute of Horticulture", "certifications"]),
            PENDING_KIND: Vocabulary(["Member, Institute of Horticulture"])}
    assert unsupported_credentials("Ran the planting plans as an accredited Member trainer.", held)
    assert unsupported_credentials("A member of the Institute of Horticulture.", held) == []


# A credential is its whole name: a title after "chartered", a body before "charter", a subject before
# "graduate" opening a clause, each name of a list after "accredited", and one the CV is only working
# towards named plainly.
WHOLE = {"certification": Vocabulary(["Chartered Surveyor (MRICS)", "Member of the Institution of Structural Engineers",
                                      "PRINCE2 Practitioner", "NEC4 Accredited Project Manager"]),
         "degree": Vocabulary(["BSc Geography, University of Exeter"]),
         PENDING_KIND: Vocabulary(["Certified Associate in Project Management (in progress)"])}


@pytest.mark.parametrize("text, claim", [
    ("Chartered Engineer and estate surveyor with nine years.", "Chartered Engineer"),
    ("A chartered accountant who reviews service charges.", "chartered accountant"),
    ("Estate surveyor holding a CAIA charter and nine years in valuation.", "CAIA charter"),
    ("Planning graduate and estate surveyor with nine years.", "Planning graduate"),
    ("Accredited PRINCE2 Practitioner, MSP and NEC4 Project Manager.", "MSP"),
    ("Runs the service-charge audits and the Certified Associate in Project Management.",
     "Certified Associate in Project Management"),
])
def test_a_credential_is_claimed_by_its_whole_name(text, claim):
    assert claim in unsupported_credentials(text, WHOLE)


@pytest.mark.parametrize("text", [
    "Chartered Surveyor with nine years in estate management.",
    "A chartered surveyor who reviews service charges.",
    "Geography graduate and estate surveyor with nine years.",
    "Accredited PRINCE2 Practitioner and NEC4 Project Manager.",
    "Working towards the Certified Associate in Project Management.",
    "Drafted the project charter for the estate's refurbishment.",
])
def test_the_cvs_own_credentials_told_whole_pass(text):
    assert unsupported_credentials(text, WHOLE) == []


def test_a_credential_word_spells_out_no_abbreviation_of_the_cv():
    from cvextract.claims.names import unsupported_names

    allowed = Vocabulary(["Tuned the rigs for qualification to CS-FSTD Level D."])
    assert "certified" in unsupported_names("A certified systems engineer for the rigs.", allowed)
    assert "certified" not in unsupported_names("A certified engineer for the rigs.", Vocabulary(["Certified engineer."]))


def test_a_degrees_subject_is_its_capitalised_words_however_common():
    held = {"degree": Vocabulary(["MSc Marine Biology, University of Plymouth", "academic background, degree"])}
    assert "MSc in Media Studies" in unsupported_credentials("Surveyed the reefs, holding an MSc in Media Studies.", held)
    assert unsupported_credentials("Surveyed the reefs, holding an MSc in Marine Biology.", held) == []


AUDITOR = {"overview": "Food safety auditor.", "experiences": [],
           "sidebar": {"certifications": ["BRCGS Lead Auditor", "FSSC 22000 Lead Auditor, in progress",
                                          "SQF Practitioner, in progress"]}}


@pytest.mark.parametrize("overview, claims", [
    # a status told before a list holds for each of its items
    ("Holds the BRCGS Lead Auditor and is working towards the FSSC 22000 Lead Auditor and SQF Practitioner "
     "certifications.", []),
    ("Studying for the FSSC 22000 Lead Auditor, SQF Practitioner and IFS Auditor certifications.", ["IFS"]),
    # an item telling a status of its own is read as it says
    ("Is working towards the FSSC 22000 Lead Auditor, and holds the SQF Practitioner certification.",
     ["SQF", "Practitioner", "SQF Practitioner certification"]),
])
def test_a_status_before_a_list_holds_for_every_item(overview, claims):
    found = review(AUDITOR, {**AUDITOR, "overview": overview})[1]
    assert [c for f in found for c in f.claims] == claims


@pytest.mark.parametrize("text", ["Harvested 2,000 tonnes of timber a year and hold a chainsaw operator licence.",
                                  "Harvested 2,000 tonnes of timber a year as a forestry licence holder.",
                                  "Ran the sawmill yard, holding a valid crane permit."])
def test_a_licence_or_permit_told_as_held_is_a_claim_the_cv_must_make(text):
    sources = ["Harvested 2,000 tonnes of timber a year.", "Ran the sawmill yard with 6 fellers."]
    assert unsupported_licences(text, sources) != []


@pytest.mark.parametrize("text", ["Ran the sawmill yard, holding a crane licence.",
                                  "Cut sawmill software licence costs by 30%.",   # no one's licence
                                  "Renegotiated the planning licences with the county."])
def test_a_licence_the_cv_names_or_one_held_by_no_one_passes(text):
    sources = ["Ran the sawmill yard.", "Holds a crane operator licence (CPCS A40).",
               "Cut licence costs of the sawmill software by 30%."]
    assert unsupported_licences(text, sources) == []

