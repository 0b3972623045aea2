"""Blind set X for the free-text claims guard (issue 20), written without reading the guard, its
rules, its benchmarks or any other set: twelve hand-written CVs in mining geology and resource
estimation, air traffic management systems, railway signalling, hospital pharmacy systems, legal
practice management, museum collections management, broadcast playout automation, clinical coding,
building management systems, satellite ground segment operations, seismic interpretation and
commercial insurance underwriting workbenches, each with a job posting or customer brief, one honest
tailoring (fluent rewrites of non-native originals, first, third and no person, one management
emphasis) and single claims injected into the tailoring's overview, descriptions and bullets."""

from claims_blind_set import build, cv, honest_texts, tailor

GUARD_FLOOR = {"caught": 123, "touched": 1}  # blind: 121 caught, 2 touched; tuned on since (session 12)

CVS = {}

# --- mining geology and resource estimation (Spanish-speaking author, tailored in the third person)
_mining = cv(
    "Senior Resource Geologist",
    "Lucía Fernández",
    "Resource geologist with experience since 2011 in copper and gold projects in Chile, Peru and Western "
    "Australia. Builds geological models in Leapfrog Geo and estimates resources in Datamine Studio RM following "
    "the JORC 2012 code. Competent Person for copper porphyry deposits.",
    [
        (
            "Principal Resource Geologist, Andes Copper Consulting (2020 – 2024)",
            "Resource estimation consultancy for mid-tier copper miners in Chile and Peru.",
            [
                "Built implicit geological models in Leapfrog Geo for 4 porphyry copper deposits, with 1,200 drill "
                "holes in the largest.",
                "Ran ordinary kriging and conditional simulation in Datamine Studio RM to estimate 850 Mt of "
                "indicated resources.",
                "Signed as Competent Person for two JORC 2012 resource statements.",
                "Cut model update time from three weeks to one week by scripting the drillhole validation in Python.",
                "Mentored 3 junior geologists in variography and estimation.",
            ],
            ["Leapfrog Geo", "Datamine Studio RM", "Python", "Snowden Supervisor", "acQuire"],
        ),
        (
            "Resource Geologist, Minera Pacífico (2016 – 2020)",
            "Open-pit gold mine in the Atacama region; grade control and reserve reconciliation.",
            [
                "Designed grade control models updated weekly from blast-hole data.",
                "Reduced dilution by 12% through revised ore/waste boundaries in the short-term model.",
                "Reconciled mine production with the resource model every quarter and reported variance to the "
                "mine planning team.",
                "Migrated the drillhole database from Excel spreadsheets to acQuire.",
            ],
            ["Datamine Studio RM", "acQuire", "Vulcan", "Excel"],
        ),
        (
            "Exploration Geologist, Kalgoorlie Gold Services (2011 – 2016)",
            "Field work and core logging for gold exploration in Western Australia.",
            [
                "Logged more than 40,000 m of diamond core.",
                "Supervised RC and diamond drilling programmes with up to 6 rigs.",
                "Built the first 3D Leapfrog model of the Mount Ida prospect.",
            ],
            ["Leapfrog Geo", "Micromine", "ioGAS"],
        ),
    ],
    skills=["Resource estimation", "Geostatistics", "Geological modelling", "Grade control", "Reconciliation"],
    tools=["Leapfrog Geo", "Datamine Studio RM", "Vulcan", "Micromine", "Snowden Supervisor", "acQuire", "ioGAS"],
    languages=["Python"],
    certifications=["MAusIMM (CP Geology)"],
    academic_background=["MSc Geology, Universidad de Chile", "BSc Geology, Universidad de Concepción"],
    spoken_languages=["Spanish (native)", "English (fluent)"],
    industries=["Mining"],
)
CVS["mining"] = {
    "source": _mining,
    "prompt": "Job posting: Senior Resource Geologist for a copper-gold developer in Peru. Must know Leapfrog Geo "
    "and Datamine, JORC reporting, Competent Person status, and grade control through to reconciliation. "
    "Spanish an advantage.",
    "honest": tailor(
        _mining,
        "Senior resource geologist with a background in copper and gold across Chile, Peru and Western Australia, "
        "working in the field since 2011. She models geology in Leapfrog Geo and estimates resources in Datamine "
        "Studio RM under the JORC Code (2012), and is a Competent Person for porphyry copper deposits. Native "
        "Spanish speaker, fluent in English.",
        [
            (
                "Resource estimation consulting for mid-tier copper producers in Chile and Peru.",
                [
                    "Modelled four porphyry copper deposits implicitly in Leapfrog Geo; the largest held 1,200 "
                    "drill holes.",
                    "Estimated 850 Mt of indicated resources in Datamine Studio RM using ordinary kriging and "
                    "conditional simulation.",
                    "Competent Person signing two JORC 2012 resource statements.",
                    "Scripted drillhole validation in Python, so a model update now takes one week instead of three.",
                    "Coached three junior geologists in variography and estimation.",
                ],
            ),
            (
                "Grade control and reserve reconciliation at an open-pit gold mine in the Atacama region.",
                [
                    "Cut dilution by 12% by redrawing ore/waste boundaries in the short-term model.",
                    "Designed weekly grade control models from blast-hole data.",
                    "Quarterly reconciliation of mine production against the resource model, with variances "
                    "reported to mine planning.",
                    "Moved the drillhole database out of Excel spreadsheets into acQuire.",
                ],
            ),
            (
                "Core logging and field work for gold exploration in Western Australia.",
                [
                    "Logged over 40,000 metres of diamond core.",
                    "Supervised RC and diamond drilling with as many as six rigs.",
                    "Built the Mount Ida prospect's first 3D model in Leapfrog.",
                ],
            ),
        ],
    ),
}

# --- air traffic management systems (no pronoun)
_atm = cv(
    "ATM Systems Engineer",
    "Hannah Whitlock",
    "Systems engineer for air traffic management since 2014, working on flight data processing, surveillance "
    "data distribution and controller working positions. Experienced in safety assessment to EUROCAE ED-153 and "
    "in factory and site acceptance testing for air navigation service providers.",
    [
        (
            "Lead ATM Systems Engineer, Skyward Systems Integration (2019 – 2024)",
            "Integration of a new flight data processing system for a European air navigation service provider.",
            [
                "Led factory acceptance testing of the flight data processing system across 14 test campaigns.",
                "Wrote the interface control documents for AMHS and OLDI links to 5 neighbouring centres.",
                "Reduced open defects at site acceptance from 310 to 45.",
                "Produced the software safety assessment to ED-153 at SWAL 3.",
            ],
            ["Thales TopSky", "AMHS", "OLDI", "ASTERIX", "Red Hat Enterprise Linux", "DOORS"],
        ),
        (
            "Surveillance Engineer, NorthSea ANS (2014 – 2019)",
            "Surveillance data processing for an en-route and approach centre.",
            [
                "Configured ARTAS trackers for 9 radar and 2 ADS-B sources.",
                "Analysed ASTERIX CAT 048 and CAT 021 recordings to diagnose track jumps.",
                "Ran the 24/7 second-line support rota for surveillance systems.",
                "Trained 20 engineers on the new multi-sensor tracker.",
            ],
            ["ARTAS", "ASTERIX", "Wireshark", "Python", "SASS-C"],
        ),
    ],
    skills=[
        "Flight data processing",
        "Surveillance data processing",
        "Safety assessment",
        "Acceptance testing",
        "Requirements management",
    ],
    tools=["IBM DOORS", "Wireshark", "SASS-C", "ARTAS"],
    languages=["Python", "Bash"],
    certifications=["ISTQB Certified Tester Foundation Level"],
    academic_background=["MEng Aerospace Engineering, University of Bristol"],
    spoken_languages=["English", "German"],
    industries=["Aviation", "Air navigation services"],
)
CVS["atm"] = {
    "source": _atm,
    "prompt": "Customer brief: an air navigation service provider is replacing its flight data processing system "
    "and needs an ATM systems engineer for acceptance testing, interface definition (AMHS, OLDI) and ED-153 "
    "safety assessment.",
    "honest": tailor(
        _atm,
        "Air traffic management systems engineer since 2014 across flight data processing, surveillance data "
        "distribution and controller working positions. Brings safety assessment under EUROCAE ED-153 and factory "
        "and site acceptance testing for air navigation service providers (ANSPs).",
        [
            (
                "New flight data processing (FDP) system integrated for a European air navigation service provider.",
                [
                    "Led 14 factory acceptance test campaigns for the flight data processing system.",
                    "Authored interface control documents for AMHS and OLDI connections to five neighbouring centres.",
                    "Brought open defects at site acceptance down from 310 to 45.",
                    "Software safety assessment to ED-153 at SWAL 3.",
                ],
            ),
            (
                "Surveillance data processing at an en-route and approach centre.",
                [
                    "Set up ARTAS trackers fed by nine radar and two ADS-B sources.",
                    "Diagnosed track jumps from ASTERIX CAT 048 and CAT 021 recordings.",
                    "Ran the round-the-clock second-line support rota for the surveillance systems.",
                    "Trained twenty engineers to use the new multi-sensor tracker.",
                ],
            ),
        ],
    ),
}

# --- railway signalling (Japanese-speaking author, tailored in the first person)
_rail = cv(
    "Signalling Design Engineer",
    "Kenji Takahashi",
    "Railway signalling engineer from 2012. I have designed interlocking for mainline and metro, and worked on "
    "ETCS Level 2 trackside engineering. I am good at control tables, signalling scheme plans and the "
    "verification of data for SSI and Westlock interlocking.",
    [
        (
            "Senior Signalling Design Engineer, Tokai Rail Engineering UK (2018 – 2023)",
            "ETCS Level 2 trackside design for mainline upgrade of 120 km double track.",
            [
                "Produced trackside engineering data for 2 radio block centres.",
                "Checked 260 control tables for the interlocking.",
                "Wrote the route setting logic for Westlock computer based interlocking at 4 stations.",
                "Reduced design checking time by 40% with Python tool that compares scheme plans and control tables.",
            ],
            ["ETCS Level 2", "Westlock", "RBC", "MicroStation", "Python"],
        ),
        (
            "Signalling Design Engineer, Osaka Metro Signal Works (2012 – 2018)",
            "Interlocking design for metro lines with CBTC.",
            [
                "Designed relay interlocking alterations for 7 stations.",
                "Prepared signalling scheme plans in MicroStation.",
                "Supported the commissioning of CBTC on line 3 in night shifts.",
                "Made the signalling design standard in English and Japanese for the design office.",
            ],
            ["CBTC", "Relay interlocking", "MicroStation", "AutoCAD"],
        ),
    ],
    skills=["Interlocking design", "Control tables", "Scheme plans", "ETCS trackside data", "Design verification"],
    tools=["MicroStation", "AutoCAD", "Westlock data tools"],
    languages=["Python"],
    certifications=["IRSE Licence: Signalling Design Engineer"],
    academic_background=["BEng Electrical Engineering, Osaka University"],
    spoken_languages=["Japanese (native)", "English (business)"],
    industries=["Rail"],
)
CVS["rail"] = {
    "source": _rail,
    "prompt": "Job posting: Signalling Design Engineer for a UK mainline ETCS programme. Needs interlocking design, "
    "control tables, ETCS Level 2 trackside data and an IRSE licence.",
    "honest": tailor(
        _rail,
        "I am a railway signalling engineer who has worked since 2012 on interlocking design for mainline and "
        "metro railways and on ETCS Level 2 trackside engineering. My strengths are control tables, signalling "
        "scheme plans and data verification for SSI and Westlock interlockings, and I hold an IRSE licence as a "
        "Signalling Design Engineer.",
        [
            (
                "I designed the ETCS Level 2 trackside for a mainline upgrade covering 120 km of double track.",
                [
                    "I produced the trackside engineering data for two radio block centres (RBCs).",
                    "I checked 260 interlocking control tables.",
                    "I wrote route-setting logic for the Westlock computer-based interlocking (CBI) at four stations.",
                    "I built a Python tool comparing scheme plans with control tables, which cut design checking "
                    "time by 40%.",
                ],
            ),
            (
                "Metro interlocking design on lines with communications-based train control (CBTC).",
                [
                    "I designed relay interlocking alterations at seven stations.",
                    "I drew signalling scheme plans in MicroStation.",
                    "On night shifts, I supported CBTC commissioning on line 3.",
                    "I wrote the design office's signalling design standard in both English and Japanese.",
                ],
            ),
        ],
    ),
}

# --- hospital pharmacy systems (third person)
_pharmacy = cv(
    "Pharmacy Informatics Lead",
    "Priya Raman",
    "Pharmacist turned informatics specialist with 9 years in hospital pharmacy systems. Implements electronic "
    "prescribing and medicines administration (EPMA), pharmacy stock control and automated dispensing cabinets in "
    "NHS trusts. Registered pharmacist with the GPhC.",
    [
        (
            "Pharmacy Informatics Lead, St Aldhelm's NHS Foundation Trust (2020 – 2024)",
            "EPMA rollout across a 900-bed acute trust.",
            [
                "Built the medicines formulary of 3,400 products in Cerner Millennium PharmNet.",
                "Configured 120 order sentences and dose-range checks for paediatrics.",
                "Rolled out EPMA to 42 wards in 18 months.",
                "Cut missed doses from 6.1% to 2.3%.",
                "Chaired the weekly medication safety configuration group.",
            ],
            ["Cerner Millennium", "PharmNet", "Omnicell", "SQL Server", "Power BI"],
        ),
        (
            "Senior Pharmacist, Dispensary Systems, Westmere Hospitals (2015 – 2020)",
            "Pharmacy stock control and dispensing robot operations for three hospital sites.",
            [
                "Migrated stock control from JAC to Ascribe with no loss of dispensing service.",
                "Managed two BD Rowa dispensing robots handling 2,500 packs a day.",
                "Halved stock write-offs over two years through expiry reports in SQL.",
            ],
            ["Ascribe", "JAC", "BD Rowa", "SQL Server"],
        ),
    ],
    skills=["EPMA", "Formulary build", "Clinical decision support", "Pharmacy stock control", "Medication safety"],
    tools=["Cerner Millennium", "PharmNet", "Ascribe", "JAC", "Omnicell", "BD Rowa", "Power BI"],
    languages=["SQL"],
    certifications=["GPhC registered pharmacist", "NHS Digital Clinical Safety Officer (DCB0129/0160) training"],
    academic_background=["MPharm, University of Nottingham", "PG Cert Health Informatics, University of Manchester"],
    spoken_languages=["English", "Tamil"],
    industries=["Healthcare", "NHS"],
)
CVS["pharmacy"] = {
    "source": _pharmacy,
    "prompt": "Job posting: EPMA Lead Pharmacist for a multi-site NHS trust moving to Cerner Millennium. Wants "
    "formulary build, decision support configuration, ward rollout experience and medication safety leadership.",
    "honest": tailor(
        _pharmacy,
        "Priya is a GPhC-registered pharmacist who moved into informatics and has spent nine years on hospital "
        "pharmacy systems. She implements electronic prescribing and medicines administration (EPMA), pharmacy "
        "stock control and automated dispensing cabinets in NHS trusts.",
        [
            (
                "Trust-wide EPMA rollout at a 900-bed acute hospital.",
                [
                    "Built a 3,400-product medicines formulary in Cerner Millennium PharmNet.",
                    "Set up 120 paediatric order sentences with dose-range checking.",
                    "Took EPMA live on 42 wards within a year and a half.",
                    "Reduced missed doses from 6.1% to 2.3%.",
                    "Chaired the medication safety configuration group each week.",
                ],
            ),
            (
                "Stock control and dispensing-robot operations across three hospital sites.",
                [
                    "Moved stock control from JAC to Ascribe without interrupting the dispensing service.",
                    "Ran two BD Rowa dispensing robots handling 2,500 packs daily.",
                    "Cut stock write-offs by half in two years using SQL expiry reports.",
                ],
            ),
        ],
    ),
}

# --- legal practice management (no pronoun, tailored for a management role by emphasis alone)
_legal = cv(
    "Legal Systems Manager",
    "Olivia Brennan",
    "Legal technology manager with 11 years in law firms. Runs document management and practice management "
    "platforms, leads upgrades and manages a team of 6 analysts. Specialist in iManage Work and Elite 3E.",
    [
        (
            "Legal Systems Manager, Harcourt Lyle LLP (2018 – 2024)",
            "Practice and document management systems for a 600-lawyer international firm with 9 offices.",
            [
                "Managed the migration of 14 million documents from iManage on-premises to iManage Cloud.",
                "Led the Elite 3E upgrade, including 40 custom billing templates.",
                "Managed a team of 6 application analysts and a yearly budget of £1.2m.",
                "Cut month-end billing close from 8 days to 5.",
            ],
            ["iManage Work", "iManage Cloud", "Elite 3E", "Intapp Open", "SQL Server", "Azure AD"],
        ),
        (
            "Application Analyst, Farrow & Quayle Solicitors (2013 – 2018)",
            "Support and configuration of the firm's case management and time recording.",
            [
                "Configured matter intake workflows in Intapp Open.",
                "Wrote SSRS reports for partners on unbilled time.",
                "Trained 250 fee earners on the new time recording system.",
            ],
            ["Intapp Open", "SSRS", "Aderant Expert", "SQL Server"],
        ),
    ],
    skills=["Document management", "Practice management", "Vendor management", "Budgeting", "Team leadership"],
    tools=["iManage Work", "Elite 3E", "Intapp Open", "Aderant Expert", "SSRS"],
    languages=["SQL"],
    certifications=["ITIL 4 Foundation", "iManage Certified Administrator"],
    academic_background=["BA History, University of Leeds"],
    spoken_languages=["English"],
    industries=["Legal"],
)
CVS["legal"] = {
    "source": _legal,
    "prompt": "Job posting: Head of Legal Technology at a UK law firm. Leads a team of analysts, owns the budget "
    "and vendor relationships, and runs the iManage and Elite 3E roadmap.",
    "honest": tailor(
        _legal,
        "Legal technology manager leading a team of six analysts, with eleven years in law firms. Runs document "
        "and practice management platforms, in particular iManage Work and Elite 3E, and leads their upgrades.",
        [
            (
                "Responsible for the practice and document management systems of an international firm with 600 "
                "lawyers in nine offices.",
                [
                    "Managed six application analysts and an annual budget of £1.2 million.",
                    "Led the Elite 3E upgrade, covering 40 bespoke billing templates.",
                    "Oversaw the move of 14m documents from on-premises iManage to iManage Cloud.",
                    "Shortened month-end billing close from eight days to five.",
                ],
            ),
            (
                "Supported and configured the firm's case management and time recording.",
                [
                    "Trained 250 fee earners to use the new time recording system.",
                    "Built matter intake workflows in Intapp Open.",
                    "Wrote SSRS reports giving partners their unbilled time.",
                ],
            ),
        ],
    ),
}

# --- museum collections management (first person)
_museum = cv(
    "Collections Information Manager",
    "Eleanor Grange",
    "Collections information manager with experience in national and regional museums since 2010. Specialist in "
    "Axiell Collections and in data standards such as SPECTRUM 5.0 and LIDO. Has led collections data migrations, "
    "digitisation programmes and online collection launches.",
    [
        (
            "Collections Information Manager, Northern Museums Trust (2017 – 2024)",
            "Collections data and systems for a group of 5 museums with 1.2 million objects.",
            [
                "Migrated 1.2 million object records from Adlib to Axiell Collections.",
                "Mapped the catalogue to SPECTRUM 5.0 procedures and LIDO export.",
                "Launched the online collection with 250,000 records and images via IIIF.",
                "Managed 3 documentation officers and 15 volunteers.",
            ],
            ["Axiell Collections", "Adlib", "LIDO", "IIIF", "OpenRefine"],
        ),
        (
            "Digitisation Officer, Royal Westshire Museum (2010 – 2017)",
            "Digitisation and cataloguing of the natural history and archaeology collections.",
            [
                "Photographed and catalogued 40,000 specimens.",
                "Cleaned legacy data with OpenRefine, removing 9,000 duplicate records.",
                "Wrote the museum's image rights and licensing guidance.",
            ],
            ["Adlib", "OpenRefine", "Adobe Lightroom"],
        ),
    ],
    skills=["Collections management", "Data migration", "Digitisation", "Metadata standards", "Rights management"],
    tools=["Axiell Collections", "Adlib", "OpenRefine", "Adobe Lightroom"],
    certifications=["AMA (Associateship of the Museums Association)"],
    academic_background=["MA Museum Studies, University of Leicester", "BA Archaeology, University of York"],
    spoken_languages=["English", "French"],
    industries=["Museums", "Cultural heritage"],
)
CVS["museum"] = {
    "source": _museum,
    "prompt": "Customer brief: a national museum is moving from Adlib to Axiell Collections and publishing its "
    "collection online; it needs a collections information specialist who knows SPECTRUM and IIIF.",
    "honest": tailor(
        _museum,
        "I have managed collections information in national and regional museums since 2010. I specialise in "
        "Axiell Collections and in data standards including SPECTRUM 5.0 and LIDO, and I have led collections data "
        "migrations, digitisation programmes and the launch of online collections.",
        [
            (
                "I ran collections data and systems for five museums holding 1.2m objects.",
                [
                    "I moved 1.2 million object records from Adlib into Axiell Collections.",
                    "I mapped our catalogue to the SPECTRUM 5.0 procedures and to LIDO for export.",
                    "I put the collection online: 250k records with images delivered through IIIF.",
                    "I managed three documentation officers and fifteen volunteers.",
                ],
            ),
            (
                "I digitised and catalogued the natural history and archaeology collections.",
                [
                    "I catalogued and photographed 40,000 specimens.",
                    "Using OpenRefine, I cleaned legacy data and removed 9,000 duplicate records.",
                    "I wrote the guidance on image rights and licensing.",
                ],
            ),
        ],
    ),
}

# --- broadcast playout automation (third person)
_playout = cv(
    "Broadcast Systems Engineer",
    "Marcus Delaney",
    "Broadcast engineer specialising in playout automation and channel-in-a-box systems since 2013. Has built and "
    "supported playout for 30 channels across linear TV and FAST, with SMPTE ST 2110 and SDI infrastructure.",
    [
        (
            "Senior Playout Engineer, Meridian Media Services (2019 – 2024)",
            "Playout centre serving entertainment and sports broadcasters.",
            [
                "Moved 18 channels from SDI to SMPTE ST 2110 with no on-air loss.",
                "Configured Imagine Versio channel-in-a-box for 12 FAST channels on AWS.",
                "Automated schedule import from BXF, cutting manual traffic edits by 70%.",
                "Led the 24/7 on-call rota of 8 engineers.",
            ],
            ["Imagine Versio", "Harmonic Spectrum", "SMPTE ST 2110", "BXF", "AWS MediaConnect", "Grass Valley iTX"],
        ),
        (
            "Transmission Engineer, Channelport (2013 – 2019)",
            "Master control and transmission for regional channels.",
            [
                "Maintained Grass Valley iTX playout for 10 channels.",
                "Built disaster recovery playout at a second site in 9 months.",
                "Wrote the runbooks for subtitle and audio description insertion.",
            ],
            ["Grass Valley iTX", "Harmonic Spectrum", "Evertz", "SDI"],
        ),
    ],
    skills=[
        "Playout automation",
        "Channel-in-a-box",
        "IP broadcast",
        "Disaster recovery",
        "Transmission operations",
    ],
    tools=["Imagine Versio", "Grass Valley iTX", "Harmonic Spectrum", "Evertz", "AWS MediaConnect"],
    certifications=["AWS Certified Cloud Practitioner"],
    academic_background=["BSc Broadcast Engineering, Ravensbourne University London"],
    spoken_languages=["English"],
    industries=["Broadcasting", "Media"],
)
CVS["playout"] = {
    "source": _playout,
    "prompt": "Job posting: Playout Engineer for a broadcaster launching FAST channels in the cloud and moving to "
    "SMPTE ST 2110. Wants channel-in-a-box, BXF automation and on-call leadership.",
    "honest": tailor(
        _playout,
        "Marcus has specialised in broadcast playout automation and channel-in-a-box since 2013. He has built and "
        "supported playout for thirty channels, both linear TV and FAST (free ad-supported streaming TV), on SMPTE "
        "ST 2110 as well as SDI infrastructure.",
        [
            (
                "A playout centre for entertainment and sports broadcasters.",
                [
                    "Migrated 18 channels from SDI to SMPTE ST 2110 without losing air time.",
                    "Set up Imagine Versio channel-in-a-box on AWS for a dozen FAST channels.",
                    "Automated BXF schedule import, reducing manual traffic edits by 70%.",
                    "Led the eight-engineer round-the-clock on-call rota.",
                ],
            ),
            (
                "Regional channels' master control and transmission.",
                [
                    "Maintained the Grass Valley iTX playout of ten channels.",
                    "Stood up disaster recovery playout at a second site within nine months.",
                    "Authored runbooks for inserting subtitles and audio description.",
                ],
            ),
        ],
    ),
}

# --- clinical coding (no pronoun)
_coding = cv(
    "Clinical Coding Auditor",
    "Deborah Okafor",
    "Approved clinical coding auditor with 14 years in NHS coding departments. Codes and audits inpatient episodes "
    "in ICD-10 and OPCS-4, teaches coding standards and supports Payment by Results income assurance.",
    [
        (
            "Clinical Coding Audit Manager, Riverside University Hospitals (2017 – 2024)",
            "Coding quality and audit for a trust coding 180,000 finished consultant episodes a year.",
            [
                "Ran the annual Data Security and Protection Toolkit coding audit of 200 episodes.",
                "Raised coding accuracy for primary diagnosis from 88% to 95%.",
                "Delivered refresher training for 25 coders.",
                "Found £2.4m of under-recorded comorbidities with the finance team.",
            ],
            ["Medicode", "3M Encoder", "ICD-10", "OPCS-4", "SUS"],
        ),
        (
            "Senior Clinical Coder, Ashbourne General Hospital (2010 – 2017)",
            "Inpatient and day case coding for surgery and oncology.",
            [
                "Coded 120 episodes a day at 96% accuracy.",
                "Cleared a backlog of 9,000 episodes in 4 months.",
                "Set up coding in the ward with clinicians for oncology.",
            ],
            ["Medicode", "ICD-10", "OPCS-4"],
        ),
    ],
    skills=["Clinical coding", "Coding audit", "Training", "Data quality", "Income assurance"],
    tools=["Medicode", "3M Encoder", "SUS"],
    certifications=["Accredited Clinical Coder (ACC)", "NHS England Approved Clinical Coding Auditor"],
    academic_background=["BSc Biomedical Science, University of Leeds"],
    spoken_languages=["English", "Yoruba"],
    industries=["Healthcare", "NHS"],
)
CVS["coding"] = {
    "source": _coding,
    "prompt": "Job posting: Clinical Coding Auditor for an NHS trust. Must be an approved auditor and Accredited "
    "Clinical Coder, confident in ICD-10 and OPCS-4, DSPT audits and training coders.",
    "honest": tailor(
        _coding,
        "NHS England-approved clinical coding auditor and Accredited Clinical Coder (ACC), fourteen years in NHS "
        "coding departments. Codes and audits inpatient episodes in ICD-10 and OPCS-4, trains coders in the coding "
        "standards and supports income assurance under Payment by Results (PbR).",
        [
            (
                "Coding quality and audit at a trust recording 180k finished consultant episodes (FCEs) per year.",
                [
                    "Annual Data Security and Protection Toolkit (DSPT) coding audit of 200 episodes.",
                    "Lifted primary diagnosis accuracy from 88% to 95%.",
                    "Refresher training for 25 clinical coders.",
                    "With finance, identified £2.4m of under-recorded comorbidities.",
                ],
            ),
            (
                "Coded inpatients and day cases in surgery and oncology.",
                [
                    "120 episodes coded per day at 96% accuracy.",
                    "Cleared a 9,000-episode backlog within four months.",
                    "Introduced ward-based coding with oncology clinicians.",
                ],
            ),
        ],
    ),
}

# --- building management systems (no pronoun)
_bms = cv(
    "BMS Controls Engineer",
    "Rajesh Menon",
    "Controls engineer for building management systems since 2015, designing and commissioning Tridium Niagara "
    "systems for offices, hospitals and data centres. Works with BACnet, Modbus and LonWorks integration and "
    "energy optimisation.",
    [
        (
            "Lead Controls Engineer, Halden Building Technologies (2019 – 2024)",
            "BMS design and commissioning for commercial and healthcare buildings.",
            [
                "Commissioned Niagara 4 supervisors for 22 buildings with 35,000 points.",
                "Integrated chillers and VAV boxes over BACnet/IP and Modbus RTU.",
                "Reduced a hospital's HVAC energy use by 18% with optimised start/stop and reset schedules.",
                "Wrote the company's Niagara graphics standard.",
                "Mentored 4 apprentices.",
            ],
            ["Tridium Niagara 4", "BACnet", "Modbus", "JACE 8000", "Distech Controls", "Python"],
        ),
        (
            "Controls Engineer, Coldharbour Controls (2015 – 2019)",
            "Upgrades from legacy BMS to Niagara AX for data centres.",
            [
                "Replaced LonWorks controllers on 3 data centre sites.",
                "Built alarm routing that halved critical alarm response time.",
                "Produced point schedules and as-built documentation.",
            ],
            ["Niagara AX", "LonWorks", "Trend IQ4", "AutoCAD"],
        ),
    ],
    skills=["BMS design", "Commissioning", "Systems integration", "Energy optimisation", "Fault diagnosis"],
    tools=["Tridium Niagara 4", "Niagara AX", "JACE 8000", "Distech Controls", "Trend IQ4", "AutoCAD"],
    languages=["Python"],
    certifications=["Niagara 4 Technical Certification Program (TCP)", "CSCS Card"],
    academic_background=["HNC Building Services Engineering, Leeds College of Building"],
    spoken_languages=["English", "Malayalam"],
    industries=["Construction", "Facilities management", "Data centres"],
)
CVS["bms"] = {
    "source": _bms,
    "prompt": "Customer brief: a hospital estate wants a BMS engineer to upgrade Niagara AX stations to Niagara 4, "
    "integrate BACnet and Modbus plant and cut energy use.",
    "honest": tailor(
        _bms,
        "Building management systems (BMS) controls engineer since 2015, designing and commissioning Tridium "
        "Niagara for offices, hospitals and data centres. Integrates BACnet, Modbus and LonWorks and optimises "
        "energy use.",
        [
            (
                "Designed and commissioned BMS for commercial and healthcare buildings.",
                [
                    "Cut a hospital's HVAC energy consumption by 18% through optimised start/stop and reset schedules.",
                    "Commissioned Niagara 4 supervisors across 22 buildings totalling 35,000 points.",
                    "Brought chillers and VAV boxes onto BACnet/IP and Modbus RTU.",
                    "Authored the company's Niagara graphics standard.",
                    "Mentored four apprentices.",
                ],
            ),
            (
                "Legacy BMS upgraded to Niagara AX in data centres.",
                [
                    "Replaced LonWorks controllers at three data centre sites.",
                    "Designed alarm routing that cut critical alarm response time in half.",
                    "Point schedules and as-built documentation.",
                ],
            ),
        ],
    ),
}

# --- satellite ground segment operations (Polish-speaking author, tailored in the third person)
_ground = cv(
    "Ground Segment Operations Engineer",
    "Piotr Zieliński",
    "Engineer for satellite ground segment operations since 2016. Work on mission control systems, flight "
    "dynamics support and ground station network for Earth observation satellites. Experience with SCOS-2000, "
    "CCSDS protocols and automation of operations.",
    [
        (
            "Spacecraft Operations Engineer, Orbita Space Services (2020 – 2024)",
            "Operations of constellation of 6 Earth observation satellites in low Earth orbit.",
            [
                "Prepared and executed flight procedures for LEOP of 2 satellites.",
                "Automated 80% of routine passes with scheduling scripts in Python.",
                "Handled anomalies on the on-board computer and the power subsystem as on-call engineer.",
                "Integrated 3 new KSAT ground stations to the network.",
            ],
            ["SCOS-2000", "CCSDS", "MATLAB", "Python", "Orekit", "KSAT"],
        ),
        (
            "Ground Station Engineer, PolSat Ground Systems (2016 – 2020)",
            "Ground station maintenance and pass support in S-band and X-band.",
            [
                "Supported more than 15,000 satellite passes.",
                "Upgraded the X-band receiver chain, raising downlink rate from 150 to 520 Mbps.",
                "Wrote station monitoring with Nagios.",
            ],
            ["S-band", "X-band", "Nagios", "Linux", "Python"],
        ),
    ],
    skills=[
        "Spacecraft operations",
        "LEOP",
        "Ground station engineering",
        "Anomaly management",
        "Operations automation",
    ],
    tools=["SCOS-2000", "Orekit", "MATLAB", "Nagios"],
    languages=["Python", "Bash"],
    certifications=["ECSS Space Project Management training"],
    academic_background=["MSc Aerospace Engineering, Warsaw University of Technology"],
    spoken_languages=["Polish (native)", "English (C1)"],
    industries=["Space"],
)
CVS["ground"] = {
    "source": _ground,
    "prompt": "Job posting: Spacecraft Operations Engineer for an Earth observation constellation. Requires "
    "SCOS-2000, CCSDS, LEOP experience, anomaly handling and automation of passes.",
    "honest": tailor(
        _ground,
        "Piotr has worked in satellite ground segment operations since 2016, covering mission control systems, "
        "flight dynamics support and the ground station network for Earth observation missions. He brings "
        "SCOS-2000, the CCSDS protocols and operations automation.",
        [
            (
                "He operated a six-satellite Earth observation constellation in low Earth orbit (LEO).",
                [
                    "He wrote and ran the flight procedures for the launch and early orbit phase (LEOP) of two "
                    "satellites.",
                    "His Python scheduling scripts automated four in five routine passes.",
                    "As on-call engineer he handled anomalies on the on-board computer and power subsystem.",
                    "He brought three new KSAT ground stations into the network.",
                ],
            ),
            (
                "S-band and X-band ground station maintenance and pass support.",
                [
                    "Supported over 15,000 satellite passes.",
                    "Upgraded the X-band receiver chain, lifting the downlink rate from 150 to 520 Mbps.",
                    "Built station monitoring in Nagios.",
                ],
            ),
        ],
    ),
}

# --- seismic interpretation (first person)
_seismic = cv(
    "Senior Geophysicist",
    "Ingrid Solberg",
    "Geophysicist with 12 years in seismic interpretation for exploration and field development on the Norwegian "
    "Continental Shelf. Interprets 3D and 4D seismic in Petrel, runs quantitative interpretation and builds "
    "velocity models for depth conversion.",
    [
        (
            "Senior Geophysicist, Nordkapp Subsurface AS (2018 – 2024)",
            "Interpretation for field development and near-field exploration in the North Sea.",
            [
                "Interpreted 4D seismic over a producing field to map water flood fronts for 9 infill wells.",
                "Built the velocity model for depth conversion, reducing well-top depth error to ±8 m.",
                "Ran AVO and seismic inversion in Hampson-Russell.",
                "Matured 3 prospects with 45 million barrels of combined recoverable resources.",
            ],
            ["Petrel", "Hampson-Russell", "Techlog", "Python"],
        ),
        (
            "Geophysicist, Vestland Energy Consultants (2012 – 2018)",
            "Regional mapping and prospect evaluation for licence rounds.",
            [
                "Mapped 12 regional horizons across 20,000 km² of 3D seismic.",
                "Prepared the geophysical part of 5 APA licence applications.",
                "Wrote Petrel workflows that cut horizon mapping time by a third.",
            ],
            ["Petrel", "Kingdom", "ArcGIS"],
        ),
    ],
    skills=[
        "Seismic interpretation",
        "Quantitative interpretation",
        "Depth conversion",
        "Prospect evaluation",
        "4D seismic",
    ],
    tools=["Petrel", "Hampson-Russell", "Techlog", "Kingdom", "ArcGIS"],
    languages=["Python"],
    certifications=["EAGE member"],
    academic_background=["MSc Petroleum Geophysics, NTNU"],
    spoken_languages=["Norwegian (native)", "English"],
    industries=["Oil and gas", "Energy"],
)
CVS["seismic"] = {
    "source": _seismic,
    "prompt": "Job posting: Senior Geophysicist for a North Sea operator. Needs Petrel, 4D seismic, quantitative "
    "interpretation, depth conversion and prospect maturation.",
    "honest": tailor(
        _seismic,
        "I am a geophysicist who has spent twelve years interpreting seismic for exploration and field development "
        "on the Norwegian Continental Shelf (NCS). I interpret 3D and 4D seismic in Petrel, carry out quantitative "
        "interpretation and build velocity models for depth conversion.",
        [
            (
                "My work covered field development and near-field exploration interpretation in the North Sea.",
                [
                    "I matured three prospects holding 45 MMbbl of combined recoverable resources.",
                    "I mapped water flood fronts from 4D seismic over a producing field, supporting nine infill wells.",
                    "My velocity model for depth conversion brought well-top depth error down to ±8 m.",
                    "I ran AVO analysis and seismic inversion in Hampson-Russell.",
                ],
            ),
            (
                "I carried out regional mapping and prospect evaluation for licence rounds.",
                [
                    "I mapped twelve regional horizons over 20,000 square kilometres of 3D seismic.",
                    "I wrote the geophysics sections of five APA licence applications.",
                    "My Petrel workflows reduced horizon mapping time by a third.",
                ],
            ),
        ],
    ),
}

# --- commercial insurance underwriting workbenches (no pronoun)
_insurance = cv(
    "Insurance Systems Business Analyst",
    "Callum Fraser",
    "Business analyst for commercial insurance since 2014, delivering underwriting workbenches, rating engines "
    "and broker integration for Lloyd's and London Market carriers.",
    [
        (
            "Lead Business Analyst, Thamesgate Underwriting (2019 – 2024)",
            "Underwriting workbench for a Lloyd's syndicate writing property and marine business.",
            [
                "Gathered requirements from 35 underwriters for the Sequel Impact workbench rollout.",
                "Specified rating models for 7 classes of business in hx Renew.",
                "Cut quote turnaround from 3 days to 4 hours.",
                "Designed the ACORD and PPL (Placing Platform Limited) integration.",
            ],
            ["Sequel Impact", "hx Renew", "ACORD", "PPL", "Power BI", "Azure DevOps"],
        ),
        (
            "Business Analyst, Castlebridge Insurance (2014 – 2019)",
            "Commercial lines policy administration and reporting.",
            [
                "Wrote 400 user stories for the commercial lines policy administration replacement.",
                "Mapped bordereaux from 60 coverholders into the data warehouse.",
                "Ran user acceptance testing with 12 underwriters.",
            ],
            ["Guidewire PolicyCenter", "SQL Server", "Jira"],
        ),
    ],
    skills=["Requirements analysis", "Process mapping", "User acceptance testing", "Rating", "Delegated authority"],
    tools=["Sequel Impact", "hx Renew", "Guidewire PolicyCenter", "Jira", "Azure DevOps", "Power BI"],
    languages=["SQL"],
    certifications=["BCS International Diploma in Business Analysis", "Cert CII"],
    academic_background=["MA Economics, University of St Andrews"],
    spoken_languages=["English"],
    industries=["Insurance", "London Market"],
)
CVS["insurance"] = {
    "source": _insurance,
    "prompt": "Customer brief: a Lloyd's managing agent is replacing its underwriting workbench and wants a "
    "business analyst who knows rating, PPL and ACORD messaging, delegated authority bordereaux and underwriter UAT.",
    "honest": tailor(
        _insurance,
        "Commercial insurance business analyst since 2014. Delivers underwriting workbenches, rating engines and "
        "broker integrations for Lloyd's and London Market carriers.",
        [
            (
                "An underwriting workbench for a Lloyd's syndicate that writes property and marine.",
                [
                    "Reduced quote turnaround from three days to four hours.",
                    "Captured the requirements of 35 underwriters for rolling out the Sequel Impact workbench.",
                    "Specified rating models in hx Renew for seven classes of business.",
                    "Designed the integration with ACORD and Placing Platform Limited (PPL).",
                ],
            ),
            (
                "Policy administration and reporting for commercial lines.",
                [
                    "400 user stories written for replacing commercial lines policy administration.",
                    "Mapped bordereaux from sixty coverholders into the data warehouse.",
                    "User acceptance testing run with a dozen underwriters.",
                ],
            ),
        ],
    ),
}

_FABRICATIONS = [
    # mining
    (
        "mining",
        "overview",
        "years",
        "start",
        "Senior resource geologist with a background",
        "Senior resource geologist with 16 years of background",
    ),
    (
        "mining",
        "overview",
        "certification",
        "end",
        "fluent in English.",
        "fluent in English; registered as a Professional Geoscientist (P.Geo.) in Ontario.",
    ),
    (
        "mining",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "implicitly in Leapfrog Geo;",
        "implicitly in Leapfrog Geo 2023.1;",
    ),
    ("mining", "experiences[0].bullets[1]", "number", "start", "Estimated 850 Mt", "Estimated 950 Mt"),
    (
        "mining",
        "experiences[0].bullets[4]",
        "team size",
        "start",
        "Coached three junior geologists",
        "Coached a team of seven junior geologists",
    ),
    (
        "mining",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "in the short-term model.",
        "in the short-term model, recovering about US$4m of ore a year.",
    ),
    (
        "mining",
        "experiences[1].description",
        "customer",
        "middle",
        "at an open-pit gold mine",
        "at Barrick's open-pit gold mine",
    ),
    (
        "mining",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "reported to mine planning.",
        "reported to mine planning through Deswik.",
    ),
    ("mining", "experiences[2].bullets[0]", "duration", "end", "of diamond core.", "of diamond core in eight months."),
    (
        "mining",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reconciled production against the resource model every quarter.",
    ),
    # atm
    (
        "atm",
        "overview",
        "date",
        "start",
        "Air traffic management systems engineer since 2014",
        "Air traffic management systems engineer since 2009",
    ),
    ("atm", "overview", "customer", "end", "providers (ANSPs).", "providers (ANSPs) including NATS and DFS."),
    (
        "atm",
        "experiences[0].description",
        "customer",
        "middle",
        "integrated for a European",
        "integrated for skyguide, a European",
    ),
    ("atm", "experiences[0].bullets[0]", "number", "start", "Led 14 factory", "Led 18 factory"),
    ("atm", "experiences[0].bullets[3]", "version", "end", "at SWAL 3.", "at SWAL 3, covering TopSky release 4.2."),
    ("atm", "experiences[1].bullets[1]", "tool", "end", "CAT 021 recordings.", "CAT 021 recordings indexed in Splunk."),
    (
        "atm",
        "experiences[1].bullets[3]",
        "certified",
        "start",
        "Trained twenty engineers",
        "As a certified ATSEP instructor, trained twenty engineers",
    ),
    (
        "atm",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Managed the £2m upgrade of the approach radar display system.",
    ),
    (
        "atm",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "for the surveillance systems.",
        "for the surveillance systems, which earned the centre's engineering excellence award.",
    ),
    # rail
    (
        "rail",
        "overview",
        "years",
        "start",
        "I am a railway signalling engineer who",
        "I am a railway signalling engineer with 15 years' experience who",
    ),
    (
        "rail",
        "overview",
        "certification",
        "end",
        "as a Signalling Design Engineer.",
        "as a Signalling Design Engineer and another as a Signalling Tester in Charge.",
    ),
    ("rail", "experiences[0].description", "number", "middle", "covering 120 km", "covering 150 km"),
    (
        "rail",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "interlocking control tables.",
        "interlocking control tables with RailSys.",
    ),
    ("rail", "experiences[0].bullets[2]", "customer", "end", "at four stations.", "at four Network Rail stations."),
    ("rail", "experiences[1].bullets[2]", "date", "end", "on line 3.", "on line 3 in 2016."),
    (
        "rail",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "I wrote a Python tool to compare scheme plans and control tables.",
    ),
    (
        "rail",
        "experiences[1].description",
        "recognition",
        "start",
        "Metro interlocking design",
        "Award-winning metro interlocking design",
    ),
    (
        "rail",
        "experiences[1].bullets[3]",
        "degree",
        "end",
        "in both English and Japanese.",
        "in both English and Japanese, drawing on my MEng in railway systems.",
    ),
    # pharmacy
    ("pharmacy", "overview", "years", "middle", "has spent nine years", "has spent twelve years"),
    (
        "pharmacy",
        "overview",
        "certified",
        "end",
        "in NHS trusts.",
        "in NHS trusts, and is a certified Clinical Safety Officer.",
    ),
    (
        "pharmacy",
        "overview",
        "degree",
        "middle",
        "moved into informatics and",
        "moved into informatics after an MSc in Health Informatics and",
    ),
    ("pharmacy", "experiences[0].description", "number", "middle", "at a 900-bed", "at a 1,100-bed"),
    ("pharmacy", "experiences[0].bullets[2]", "duration", "end", "within a year and a half.", "within a year."),
    (
        "pharmacy",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "from 6.1% to 2.3%.",
        "from 6.1% to 2.3%, saving £380k a year in wasted doses.",
    ),
    (
        "pharmacy",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "in Cerner Millennium PharmNet",
        "in Cerner Millennium 2018.08 PharmNet",
    ),
    (
        "pharmacy",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "dispensing robots handling",
        "dispensing robots alongside Pyxis cabinets, handling",
    ),
    (
        "pharmacy",
        "experiences[1].description",
        "customer",
        "start",
        "Stock control and",
        "Guy's and St Thomas' stock control and",
    ),
    (
        "pharmacy",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced barcode scanning at goods-in, cutting picking errors by 70%.",
    ),
    # legal
    ("legal", "overview", "team size", "start", "leading a team of six analysts", "leading a team of ten analysts"),
    ("legal", "overview", "years", "middle", "with eleven years", "with fifteen years"),
    (
        "legal",
        "overview",
        "tool",
        "end",
        "and leads their upgrades.",
        "and leads their upgrades alongside NetDocuments.",
    ),
    (
        "legal",
        "overview",
        "degree",
        "start",
        "Legal technology manager leading",
        "Law graduate and legal technology manager leading",
    ),
    ("legal", "experiences[0].bullets[0]", "number", "end", "£1.2 million.", "£1.5 million."),
    (
        "legal",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "to iManage Cloud.",
        "to iManage Cloud, trimming hosting costs by 30%.",
    ),
    (
        "legal",
        "experiences[0].description",
        "customer",
        "middle",
        "of an international firm",
        "of Clifford Chance, an international firm",
    ),
    (
        "legal",
        "experiences[0].bullets[1]",
        "recognition",
        "middle",
        "Led the Elite 3E upgrade",
        "Led the award-winning Elite 3E upgrade",
    ),
    (
        "legal",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Cut month-end billing close from eight days to five.",
    ),
    ("legal", "experiences[1].bullets[1]", "version", "end", "in Intapp Open.", "in Intapp Open 6."),
    (
        "legal",
        "experiences[1].description",
        "certified",
        "start",
        "Supported and configured",
        "Microsoft-certified, supported and configured",
    ),
    # museum
    ("museum", "overview", "date", "end", "museums since 2010.", "museums since 2006."),
    ("museum", "overview", "tool", "middle", "in Axiell Collections and", "in Axiell Collections, EMu and"),
    (
        "museum",
        "overview",
        "degree",
        "end",
        "the launch of online collections.",
        "the launch of online collections, backed by a PhD in museum studies.",
    ),
    ("museum", "experiences[0].description", "number", "middle", "for five museums", "for six museums"),
    (
        "museum",
        "experiences[0].bullets[2]",
        "customer",
        "end",
        "delivered through IIIF.",
        "delivered through IIIF and aggregated by Europeana.",
    ),
    (
        "museum",
        "experiences[0].bullets[2]",
        "recognition",
        "start",
        "I put the collection online:",
        "I put the collection online, later shortlisted for a Museums + Heritage Award:",
    ),
    (
        "museum",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "three documentation officers",
        "five documentation officers",
    ),
    (
        "museum",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "40,000 specimens.",
        "40,000 specimens, doubling the share of the collection online.",
    ),
    (
        "museum",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "I secured a £150,000 National Lottery Heritage Fund grant for the digitisation studio.",
    ),
    (
        "museum",
        "experiences[1].description",
        "duration",
        "end",
        "archaeology collections.",
        "archaeology collections over three years.",
    ),
    (
        "museum",
        "experiences[1].bullets[2]",
        "certification",
        "start",
        "I wrote the guidance",
        "As a Fellow of the Museums Association (FMA), I wrote the guidance",
    ),
    # playout
    ("playout", "overview", "number", "middle", "playout for thirty channels", "playout for forty channels"),
    (
        "playout",
        "overview",
        "years",
        "start",
        "Marcus has specialised",
        "With 15 years in the industry, Marcus has specialised",
    ),
    (
        "playout",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "Imagine Versio channel-in-a-box",
        "Imagine Versio 3.2 channel-in-a-box",
    ),
    (
        "playout",
        "experiences[0].description",
        "customer",
        "end",
        "sports broadcasters.",
        "sports broadcasters such as Sky Sports and Eurosport.",
    ),
    ("playout", "experiences[0].bullets[3]", "team size", "middle", "eight-engineer", "twelve-engineer"),
    (
        "playout",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "of ten channels.",
        "of ten channels, later replaced by Pebble Beach Marina.",
    ),
    ("playout", "experiences[1].bullets[1]", "duration", "end", "within nine months.", "within six months."),
    (
        "playout",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Automated BXF schedule imports for the traffic team.",
    ),
    (
        "playout",
        "experiences[0].bullets[1]",
        "certified",
        "start",
        "Set up Imagine Versio",
        "As an AWS Certified Solutions Architect, set up Imagine Versio",
    ),
    (
        "playout",
        "experiences[0].bullets[0]",
        "recognition",
        "end",
        "without losing air time.",
        "without losing air time, a project that won an IBC Innovation Award.",
    ),
    ("playout", "experiences[1].description", "date", "start", "Regional channels'", "From 2011, regional channels'"),
    # coding
    ("coding", "overview", "years", "middle", "fourteen years in NHS", "eighteen years in NHS"),
    (
        "coding",
        "overview",
        "certification",
        "end",
        "Payment by Results (PbR).",
        "Payment by Results (PbR); also a Certified Coding Specialist (CCS).",
    ),
    (
        "coding",
        "overview",
        "degree",
        "start",
        "NHS England-approved clinical coding auditor",
        "Health informatics graduate and NHS England-approved clinical coding auditor",
    ),
    ("coding", "overview", "version", "middle", "in ICD-10 and OPCS-4,", "in ICD-10 and OPCS-4.10,"),
    ("coding", "experiences[0].description", "number", "middle", "recording 180k", "recording 210k"),
    (
        "coding",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "from 88% to 95%.",
        "from 88% to 95%, adding £600k in tariff income.",
    ),
    (
        "coding",
        "experiences[0].bullets[2]",
        "team size",
        "end",
        "for 25 clinical coders.",
        "for 25 clinical coders, as manager of a team of 12.",
    ),
    ("coding", "experiences[1].description", "tool", "start", "Coded inpatients", "In Epic, coded inpatients"),
    (
        "coding",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Represented the trust on the national Clinical Classifications Service user group.",
    ),
    ("coding", "experiences[1].bullets[1]", "date", "end", "within four months.", "within four months in 2014."),
    # bms
    ("bms", "overview", "date", "middle", "controls engineer since 2015,", "controls engineer since 2011,"),
    (
        "bms",
        "overview",
        "certification",
        "end",
        "optimises energy use.",
        "optimises energy use, holding the BREEAM Assessor qualification.",
    ),
    (
        "bms",
        "overview",
        "degree",
        "start",
        "Building management systems (BMS) controls engineer",
        "BEng graduate and building management systems (BMS) controls engineer",
    ),
    ("bms", "experiences[0].bullets[0]", "number", "middle", "by 18%", "by 23%"),
    (
        "bms",
        "experiences[0].bullets[1]",
        "version",
        "start",
        "Commissioned Niagara 4 supervisors",
        "Commissioned Niagara 4.12 supervisors",
    ),
    (
        "bms",
        "experiences[0].bullets[1]",
        "customer",
        "end",
        "totalling 35,000 points.",
        "totalling 35,000 points for Canary Wharf Group.",
    ),
    ("bms", "experiences[0].bullets[2]", "tool", "end", "Modbus RTU.", "Modbus RTU and KNX."),
    (
        "bms",
        "experiences[0].bullets[4]",
        "team size",
        "end",
        "Mentored four apprentices.",
        "Mentored four apprentices within a team of six engineers I led.",
    ),
    (
        "bms",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote a Niagara graphics standard for the company.",
    ),
    (
        "bms",
        "experiences[1].description",
        "duration",
        "end",
        "in data centres.",
        "in data centres over a two-year programme.",
    ),
    (
        "bms",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "in half.",
        "in half, recognised with the firm's engineer of the year award.",
    ),
    # ground
    ("ground", "overview", "date", "middle", "operations since 2016,", "operations since 2013,"),
    (
        "ground",
        "overview",
        "years",
        "middle",
        "has worked in satellite ground segment operations since 2016",
        "has worked in satellite ground segment operations for over twelve years",
    ),
    ("ground", "overview", "tool", "end", "and operations automation.", "and operations automation with Ansible."),
    ("ground", "overview", "version", "middle", "He brings SCOS-2000,", "He brings SCOS-2000 release 5.3,"),
    (
        "ground",
        "experiences[0].description",
        "number",
        "start",
        "He operated a six-satellite",
        "He operated an eight-satellite",
    ),
    (
        "ground",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "routine passes.",
        "routine passes, saving some 1,200 operator hours a year.",
    ),
    (
        "ground",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "into the network.",
        "into the network for Planet Labs.",
    ),
    (
        "ground",
        "experiences[0].bullets[2]",
        "certified",
        "start",
        "As on-call engineer",
        "As an ECSS-certified on-call engineer",
    ),
    ("ground", "experiences[1].bullets[1]", "number", "end", "520 Mbps.", "620 Mbps."),
    (
        "ground",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led a team of five station technicians across two sites.",
    ),
    # seismic
    ("seismic", "overview", "years", "middle", "spent twelve years", "spent fifteen years"),
    ("seismic", "overview", "tool", "end", "for depth conversion.", "for depth conversion in Petrel and DUG Insight."),
    ("seismic", "overview", "customer", "start", "I am a geophysicist", "I am a former Equinor geophysicist"),
    ("seismic", "experiences[0].bullets[0]", "number", "middle", "three prospects", "four prospects"),
    ("seismic", "experiences[0].bullets[3]", "version", "end", "in Hampson-Russell.", "in Hampson-Russell 10.6."),
    (
        "seismic",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "down to ±8 m.",
        "down to ±8 m, saving NOK 40 million in drilling costs.",
    ),
    (
        "seismic",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "I ran AVO analysis and seismic inversion for the prospects.",
    ),
    (
        "seismic",
        "experiences[1].bullets[1]",
        "date",
        "end",
        "licence applications.",
        "licence applications between 2013 and 2017.",
    ),
    (
        "seismic",
        "experiences[1].description",
        "duration",
        "start",
        "I carried out regional mapping",
        "For eight years I carried out regional mapping",
    ),
    (
        "seismic",
        "experiences[0].description",
        "recognition",
        "end",
        "in the North Sea.",
        "in the North Sea, recognised with an EAGE best paper award.",
    ),
    # insurance
    ("insurance", "overview", "date", "end", "analyst since 2014.", "analyst since 2010."),
    (
        "insurance",
        "overview",
        "customer",
        "end",
        "London Market carriers.",
        "London Market carriers such as Beazley and Hiscox.",
    ),
    (
        "insurance",
        "overview",
        "years",
        "middle",
        "Commercial insurance business analyst since",
        "Commercial insurance business analyst with fifteen years' experience, since",
    ),
    ("insurance", "experiences[0].bullets[0]", "number", "end", "to four hours.", "to two hours."),
    ("insurance", "experiences[0].bullets[2]", "tool", "middle", "in hx Renew for", "in hx Renew and WTW Radar for"),
    (
        "insurance",
        "experiences[0].bullets[1]",
        "version",
        "end",
        "the Sequel Impact workbench.",
        "the Sequel Impact 5 workbench.",
    ),
    (
        "insurance",
        "experiences[1].bullets[2]",
        "team size",
        "end",
        "with a dozen underwriters.",
        "with a dozen underwriters, leading four testers.",
    ),
    (
        "insurance",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced a Power BI dashboard that saved underwriters 10 hours a week.",
    ),
    (
        "insurance",
        "experiences[1].description",
        "certified",
        "start",
        "Policy administration",
        "Guidewire-certified policy administration",
    ),
    (
        "insurance",
        "experiences[0].description",
        "certification",
        "end",
        "writes property and marine.",
        "writes property and marine, delivered as an ACII Chartered Insurer.",
    ),
    (
        "insurance",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "into the data warehouse.",
        "into the data warehouse, cutting reconciliation effort by 40%.",
    ),
]

_AMBIGUOUS = [
    (
        "mining",
        "overview",
        "working in the field since 2011",
        "with well over a decade in the field",
        "the CV dates start in 2011 and the last role ends in 2024: thirteen years, but 'well over a decade' is a derived, rounded claim",
    ),
    (
        "mining",
        "experiences[0].bullets[3]",
        "so a model update now takes one week instead of three",
        "making model updates three times faster",
        "one week instead of three is a third of the time; 'three times faster' is the same ratio told another way",
    ),
    (
        "atm",
        "experiences[1].bullets[1]",
        "Diagnosed track jumps",
        "Diagnosed and fixed track jumps",
        "the CV says the recordings were analysed to diagnose track jumps, not that they were fixed",
    ),
    (
        "rail",
        "experiences[1].bullets[1]",
        "I drew signalling scheme plans",
        "I drew and checked signalling scheme plans",
        "checking is stated for the mainline control tables, not for the metro scheme plans",
    ),
    (
        "pharmacy",
        "experiences[0].bullets[4]",
        "Chaired the medication safety configuration group each week.",
        "Led medication safety governance for EPMA, chairing the weekly configuration group.",
        "chairing a configuration group may or may not amount to leading medication safety governance",
    ),
    (
        "legal",
        "experiences[0].bullets[0]",
        "Managed six application analysts",
        "Hired and managed six application analysts",
        "the CV says the team was managed, not that she hired it",
    ),
    (
        "legal",
        "experiences[0].description",
        "Responsible for",
        "Owned",
        "a manager 'for' the systems plausibly owns them, but ownership and vendor relationships are not stated",
    ),
    (
        "museum",
        "experiences[0].description",
        "I ran collections",
        "I run collections",
        "present tense for a role whose dates end in 2024",
    ),
    (
        "playout",
        "experiences[0].bullets[3]",
        "Led the eight-engineer round-the-clock on-call rota.",
        "Managed a team of eight on-call engineers around the clock.",
        "leading a rota is not necessarily line-managing the engineers on it",
    ),
    (
        "coding",
        "experiences[0].bullets[1]",
        "from 88% to 95%.",
        "from 88% to 95%, above the DSPT standard.",
        "whether 95% meets the DSPT threshold is outside knowledge, not something the CV states",
    ),
    (
        "bms",
        "experiences[0].bullets[0]",
        "a hospital's",
        "an NHS hospital's",
        "the CV names a hospital, not whether it is in the NHS, though the setting is British",
    ),
    (
        "ground",
        "experiences[1].bullets[1]",
        "lifting the downlink rate from 150 to 520 Mbps",
        "more than tripling the downlink rate to 520 Mbps",
        "520/150 is about 3.5, so 'more than tripling' is true but a derived figure",
    ),
    (
        "seismic",
        "experiences[0].bullets[1]",
        "supporting nine infill wells",
        "placing nine infill wells",
        "the CV says the mapping was 'for' nine infill wells, not that it chose their locations",
    ),
    (
        "insurance",
        "experiences[0].bullets[3]",
        "with ACORD and",
        "with ACORD messaging and",
        "the CV says ACORD integration; ACORD is a messaging standard, so 'messaging' is likely but not stated",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _FABRICATIONS)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
