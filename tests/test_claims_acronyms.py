"""Abbreviations of what the CV says are no claims (cvextract.claims.acronyms): an acronym of words in a
row of the source or of its own sentence, a plural of the CV's acronym, a numeronym, a clipped word."""

from __future__ import annotations

import pytest

from cvextract.claims.acronyms import acronym_letters, clipped_from, numeronym_of, spelled_out
from cvextract.claims.free_text import _Scope
from cvextract.claims.names import unsupported_names
from cvextract.claims.words import Vocabulary


@pytest.mark.parametrize("token, letters", [("TPPs", "tpp"), ("DCs", "dc"), ("OT", "ot"), ("UAT", "uat"),
                                            ("Kafka", None), ("A", None), ("S3", None)])
def test_acronym_letters(token, letters):
    assert acronym_letters(token) == letters


def test_letters_spelled_out_by_words_in_a_row():
    assert spelled_out("tpp", ["APIs for third-party providers"])
    assert spelled_out("dwp", ["Department for Work and Pensions"])  # small words skipped
    assert not spelled_out("pmp", ["budget and planning with MS Project"])  # "MS" spells nothing
    assert numeronym_of("K8s", {"kubernetes"}) and not numeronym_of("K8s", {"kafka"})


SOURCE = Vocabulary(["Security monitoring for operational technology networks at two DC sites.",
                     "Specified the account information API for third-party providers.",
                     "Ran penetration testing for banks.", "Azure Kubernetes Service",
                     "Reviewed the specifications of the permit applications."])


@pytest.mark.parametrize("text", [
    "OT security monitoring.", "Ran the API for TPPs.", "Monitored both DCs.", "Pen testing for banks.",
    "Deployed to managed K8s.", "Built it on Firebase Cloud Messaging (FCM).",
    "Reviewed the Specs of the permit Apps.",  # a clipped plural keeps its "s"
])
def test_abbreviations_of_what_the_source_says_are_supported(text):
    assert [n for n in unsupported_names(text, SOURCE) if n not in ("Firebase", "Cloud", "Messaging")] == []


@pytest.mark.parametrize("text, name", [("Ran the SIEM for banks.", "SIEM"), ("Holds a PMP.", "PMP"),
                                        ("Java testing for banks.", "Java")])
def test_an_abbreviation_of_nothing_the_source_says_is_a_claim(text, name):
    assert name in unsupported_names(text, SOURCE)


# Abbreviations with digits, abbreviations in place of a word, expansions, slash pairs, and initials
# that only a comma joins.
NAMES = Vocabulary(["Ported the game to Nintendo Switch 2 and built levels in Source Engine 2.",
                    "Ran the TMF for the sponsor and reported to the IRB and the DPO.",
                    "Firmware in C and C++, pipelines with CI and CD stages.",
                    "Deployed the 4G Evolved core and the Radio Access Network for a rural operator.",
                    "Ran sprint reviews, quality planning and release audits."])


@pytest.mark.parametrize("text", [
    "Ported the game to NS2.", "Built levels in SE2 for the studio.",
    "Managed the Trial Master File for the sponsor.", "Reported to the Institutional Review Board.",
    "Reported to the Data Protection Officer on privacy.",
    "Firmware in C/C++.", "CI/CD pipelines.",
    "Deployed the 4G EV core for a rural operator.", "Built the RAN for a rural operator.",
])
def test_abbreviations_and_expansions_of_what_the_source_says_are_supported(text):
    assert unsupported_names(text, NAMES) == []


@pytest.mark.parametrize("text, name", [
    ("Ported the game to XB2.", "XB2"),                      # letters of no name the source has
    ("Managed the Clinical Trial Registry.", "Registry"),    # expands nothing the source writes
    ("Firmware in C/C#.", "C/C#"),                           # half of the pair is new
    ("Deployed the 4G XC core for a rural operator.", "XC"),  # another word's letters in that place
    ("Ran the RQP for the sponsor.", "RQP"),                 # "reviews, quality planning": across a comma
    ("Ran RQP audits.", "RQP"),
])
def test_abbreviations_and_expansions_of_nothing_the_source_says_are_claims(text, name):
    assert name in unsupported_names(text, NAMES)


@pytest.mark.parametrize("text, name", [("Loaded data with Informatica Tools.", "Informatica"),
                                        ("Built on Delta Lake tables.", "Delta"),
                                        ("Ran workloads on Google Cloud.", "Cloud")])
def test_a_two_word_name_is_no_expansion_of_a_two_letter_abbreviation(text, name):
    assert name in unsupported_names(text, Vocabulary(["Ran IT support, the DL models and GC tuning."]))


ABBREVIATED = Vocabulary(["Rolled out Dynamics 365 Finance for a retailer.", "Moved 900 mailboxes to M365.",
                          "Drafted NDAs and master service agreements.", "Ran ITOM and the CAB on ServiceNow."])


@pytest.mark.parametrize("text", [
    "D365 Finance rollout for a retailer.",                  # letters and a number for "Dynamics 365"
    "Moved 900 mailboxes to Microsoft 365.",                 # words and a number for "M365"
    "Drafted an NDA template.",                              # the singular of the CV's "NDAs"
    "Ran IT Operations Management on ServiceNow.",           # capitalised words spelling out "ITOM"
    "Chaired the weekly Change Advisory Board.",             # ... and "CAB"
])
def test_an_abbreviation_expanded_or_contracted_restates_the_cv(text):
    assert unsupported_names(text, ABBREVIATED) == []


@pytest.mark.parametrize("text, name", [("Rolled out D366 Finance.", "D366"), ("Ran IT Asset Management.", "Asset"),
                                        ("Moved mailboxes to O365.", "O365"), ("Drafted NDA and SOW templates.", "SOW")])
def test_an_abbreviation_of_what_the_cv_does_not_write_stays_a_claim(text, name):
    assert name in unsupported_names(text, ABBREVIATED)


# One alignment of an abbreviation with words in a row: initials, number words as digits, a few leading
# letters, an abbreviation the words hold, a small letter for a modifier.
@pytest.mark.parametrize("token, text", [
    ("2FA", "Rolled out two-factor authentication for the branch staff"),   # a number word as its digit
    ("4WD", "Serviced the four-wheel drive fleet"),
    ("CAPEX", "Cut capital expenditure on the plant"),                      # leading letters of each word
    ("eSIMs", "Provisioned embedded SIMs for the meters"),                   # a modifier's initial, small
    ("vCPUs", "Sized the virtual CPUs of each host"),
    ("PS5", "Ported the title to PlayStation 5"),                           # camel-case parts and a number
])
def test_an_abbreviation_aligns_with_the_words_it_stands_for(token, text):
    assert spelled_out(token, [text])


@pytest.mark.parametrize("token, text", [
    ("2FA", "Rolled out three-factor authentication"),                       # another number
    ("CAPEX", "Cut capital spending on the plant"),                          # another word
    ("eSIM", "Sold SIMs"),                                                   # the modifier is missing
    ("PGM", "Led programme management for the bank"),                        # letters from inside words spell nothing
    ("xVA", "Priced derivatives and xVA"),                                   # the abbreviation alone spells only itself
])
def test_an_abbreviation_the_words_do_not_give_is_not_spelled_out(token, text):
    assert not spelled_out(token, [text])


@pytest.mark.parametrize("text", ["Rolled out embedded SIMs to 4,000 meters.", "Ran the 2FA rollout for staff."])
def test_words_that_give_an_abbreviation_the_cv_writes_restate_it_and_back(text):
    cv = Vocabulary(["Rolled out eSIMs to 4,000 meters.", "Ran the two-factor authentication rollout for staff."])
    assert unsupported_names(text, cv) == []


def test_lower_case_words_before_capitals_spell_no_abbreviation_of_the_cv():
    assert "AWS" in unsupported_names("Rolled out AWS data flows.", Vocabulary(["Rolled out the ADF flows."]))


def test_words_after_the_cvs_name_spell_out_its_abbreviation_there_even_of_two_letters():
    cv = Vocabulary(["Built the finance reports in SAP BW for the plants."])
    assert unsupported_names("Built the finance reports in SAP Business Warehouse.", cv) == []
    assert "Objects" in unsupported_names("Built the finance reports in SAP Business Objects.", cv)


IN_PLACE = ["Led the QMS audit team for the hospital group.", "Crew on a 2/2 DIDO roster; ran the WMS cutover."]


@pytest.mark.parametrize("text", [
    "Led the quality management system audit team for the hospital group.",  # the CV's abbreviation spelled out there
    "Crew on a 2/2 DIDO roster; ran the Warehouse Management System cutover.",
])
def test_words_standing_where_the_cv_writes_their_abbreviation_restate_it(text):
    assert _Scope(IN_PLACE).claims(text) == []


@pytest.mark.parametrize("text, name", [
    ("Led the Quintiq audit team for the hospital group.", "Quintiq"),  # another name in the same place
    ("Ran the Manhattan cutover.", "Manhattan"),                           # initials not among its letters
])
def test_a_name_standing_where_the_cv_writes_an_abbreviation_is_still_a_claim(text, name):
    assert name in _Scope(IN_PLACE).claims(text)


def test_a_figure_beside_an_abbreviation_the_cv_spells_out_is_its_figure():
    source = ["Flew a 14/7 fly-in fly-out roster for the gold mine."]
    assert _Scope(source).claims("Worked a FIFO 14/7 roster at the gold mine.") == []


@pytest.mark.parametrize("word, source", [
    ("InfoSec", "Ran information security for the port authority."),       # two words clipped and joined
    ("Protobuf", "Messages serialised with Protocol Buffers."),
    ("DevOps", "Set up development operations for the insurer."),          # a plural clipped keeps its "s"
    ("FinOps", "Introduced financial operations reviews for cloud spend."),
    ("SysAdmin", "Did system administration for 40 school servers."),
    ("specs", "Wrote the specifications for the tram signalling."),         # one everyday word clipped
    ("Admin", "Handled administration of the dental practices' booking tool."),
])
def test_a_word_made_of_the_cvs_words_clipped_names_what_they_name(word, source):
    assert clipped_from(word, [source])
    assert word not in _Scope([source]).claims(f"Known for {word} work at the client.")


@pytest.mark.parametrize("word, source", [
    ("Scala", "Built scalable ticketing for the ferry line."),   # a language, not "scalable" clipped
    ("Workday", "Cut lost work days at the bakery."),             # words joined whole, nothing clipped
    ("Health", "Kept the herd healthy."),                          # a word it derives, not a clipping
    ("ProdSec", "Ran information security for the port authority."),  # the words are not the CV's
    ("Infor", "Built the interface for the spare-parts desk."),    # "for" is no clipped word's part
])
def test_a_name_that_only_looks_clipped_is_still_a_claim(word, source):
    assert word in _Scope([source]).claims(f"Known for {word} work at the client.")


def test_a_count_of_a_clipped_word_counts_what_the_cv_counts():
    source = ["Graded 4,200 examinations a term for the exam board."]
    assert _Scope(source).claims("Graded 4,200 exams each term.") == []
    assert _Scope(["Graded 4,200 exams a term."]).claims("Graded 4,200 examinations each term.") == []
    assert _Scope(source).claims("Graded 4,200 essays and 3 theses in the nursing school's spring term.") != []


@pytest.mark.parametrize("token, source", [
    ("NGFW", "Replaced the school's next-generation firewalls."),      # "firewalls": fire + walls
    ("SFCC", "Ran the shop on Salesforce Commerce Cloud."),            # "Salesforce": sales + force
    ("ADBR", "Automated database restores for the clinic."),           # "database": data + base
])
def test_a_closed_compound_gives_the_initials_of_both_its_words(token, source):
    assert spelled_out(token, [source])


@pytest.mark.parametrize("token, source", [
    ("SFC", "Ran the shop on Salesforce Commerce Cloud."),   # a compound's letters need three words at least
    ("USG", "Understanding goals of the ward."),              # "understanding": no rarer than "standing"
    ("NGWF", "Replaced the school's next-generation firewalls."),  # the letters out of order
])
def test_a_closed_compound_spells_no_letters_it_does_not_give(token, source):
    assert not spelled_out(token, [source])


@pytest.mark.parametrize("text, name", [
    ("Holds the CPMA and CPMAR credentials.", "CPMAR"),  # a longer abbreviation from the words the CV abbreviates
    ("A certified ACPF, in time for the audit.", "ACPF"),
])
def test_words_the_cv_abbreviates_itself_spell_no_longer_or_shorter_abbreviation(text, name):
    source = ["Certified Professional Medical Auditor (CPMA), 2019.", "Advanced Certified Payroll Facilitator Trainer (ACPFT)."]
    assert name in _Scope(source).claims(text)


def test_the_cvs_own_abbreviation_of_its_words_still_passes():
    source = ["Certified Professional Medical Auditor (CPMA), 2019."]
    assert _Scope(source).claims("Holds the CPMA credential.") == []
    assert spelled_out("CPMA", source)


@pytest.mark.parametrize("text, name", [
    ("Ran the lab's AWS estate.", "AWS"),        # "authority with strict": "with" gives no letter
    ("Catalogued seeds and Infor stock.", "Infor"),  # "and IT" anchors nothing: any two words give IT
    ("Ran the Hyper-V hosts of the lab.", "Hyper-V"),  # a letter alone is part of the name
])
def test_everyday_words_spell_no_abbreviation_by_chance(text, name):
    source = ["Seed bank for a regional authority with strict import rules.", "Catalogued seeds and IT stock.",
              "Ran the VMware hosts of the lab."]
    assert name in _Scope(source).claims(text)


@pytest.mark.parametrize("text", ["Wrote 300 Q&A pairs for the seed bank.", "Ran the lab's E-Business Suite.",
                                  "Ran X-ray checks on seed lots."])
def test_a_letter_joined_to_an_everyday_word_is_read_as_before(text):
    source = ["Wrote 300 question-answer pairs for the seed bank.", "Ran the lab's EBS suite.", "Ran X-ray checks on seed lots."]
    assert _Scope(source).claims(text) == []


def test_a_small_letter_between_capitals_is_a_small_words_not_one_from_inside_a_word():
    assert spelled_out("MoU", ["Signed a memorandum of understanding with the port."])
    assert not spelled_out("MoU", ["Cut monthly uptime reports to one page."])  # "Mo" from inside "monthly"


@pytest.mark.parametrize("text, claim", [
    ("Wrote the carrier feeds on Oracle, Tango and MuleSoft.", "Tango"),  # "Tango and MuleSoft" spells no TMS
    ("Scheduled loads in Excel, Quill, and SAP.", "Quill"),
])
def test_a_name_alone_in_a_list_spells_out_nothing(text, claim):
    source = Vocabulary(["Integrated the TMS with 40 carriers on Oracle and MuleSoft; loads planned in Excel and SAP.",
                         "Quality inspections of inbound loads."])
    assert claim in unsupported_names(text, source)


def test_a_capitalised_word_after_a_dash_is_a_name_unless_english_knows_it():
    source = Vocabulary(["Audited the quarterly returns of a regional brewer."])
    assert "Tidewell" in unsupported_names("Audited the quarterly returns – Tidewell.", source)
    assert unsupported_names("Quarterly returns – Audited for a regional brewer.", source) == []


def test_a_run_of_words_starting_with_a_conjunction_spells_no_abbreviation():
    """"and Pinewood" gives no "API": a name an abbreviation stands for starts with no "and", "of" or "for"."""
    assert _Scope(["Built the stock API for the Harrow depot."]).claims(
        "Built the stock API for the Harrow depot and Pinewood.") == ["Pinewood"]


@pytest.mark.parametrize("written, claim", [("Ran the stock system for B&Q Stores.", "B&Q"),
                                            ("Ran the stock system for AT&T.", "AT&T")])
def test_capitals_joined_by_an_ampersand_name_a_company(written, claim):
    assert claim in _Scope(["Ran the stock system for a DIY retailer."]).claims(written)


def test_capitals_joined_by_an_ampersand_in_a_title_are_read_as_before():
    """In a title every word is capitalised: "C&E Matrices" names no company."""
    assert "C&E" not in _Scope(["Wrote cause and effect matrices for 14 process units."]).claims(
        "Control Narratives and C&E Matrices Written for Fourteen Process Units.")
