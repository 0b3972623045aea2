"""Blind set zc for the free-text claims guard (issue 20), written blind (without reading the guard, its
rules, its documentation or any other set): twelve CVs from ski resort access control and ticketing
(Skidata), zoo and aquarium animal records (Species360 ZIMS), patent docketing and IP management
(Anaqua), bank loan origination (nCino), radiotherapy treatment planning (RayStation, Eclipse),
broadcast newsroom systems (Avid iNEWS), particle accelerator control systems (EPICS), green hydrogen
electrolyser commissioning, music royalty distribution, cryo-electron microscopy data processing,
weather radar networks and rail freight wagon management, each with a job posting (one a customer
brief), one honest tailoring in its own style (results first, headline overviews, dashes, colons and
parentheses, merged bullets, terse German and Dutch note-form sources turned into sentences) and
single claims injected into that tailoring's texts."""

from claims_blind_set import build, cv, honest_texts, tailor

GUARD_FLOOR = {"caught": 150, "touched": 1}  # blind: 149 and 2 at 552c29d and at the session's end; tuned on since
# caught: 149/150 blind (session 12) at its start (552c29d) and end; 150/150 tuned on (session 13)
# touched: 2/142 (1.4%) blind (session 12) at the session start (552c29d) and end; 1/142 (0.7%) tuned on (session 13)


def _case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


CVS = {}

# --- Ski resort access control and ticketing: terse German-speaker notes, tailored into sentences.
_skidata = cv(
    "Access Control & Ticketing Engineer",
    "Lukas Brunner",
    "Access control and ticketing engineer, 13 yrs ski resorts Austria/Switzerland. Skidata sweb.Access, "
    "Freemotion gates, RFID keycards. Integration webshop, POS, dynamic pricing. Python, SQL Server, REST.",
    [
        (
            "Lead Integration Engineer, Alpenbahnen Zillertal Gruppe, 2019 – 2025",
            "Access control and ticketing for 4 ski areas, 62 lifts, 140 gates. Skidata sweb.Access, "
            "Skidata Handshake.Logic.",
            [
                "Migration 140 turnstiles to hands-free RFID (KeyCard), 2 seasons",
                "Webshop integration via Skidata dta API; online share day tickets 18% -> 41%",
                "Dynamic pricing rules day tickets, weekday/weekend, 3 price levels",
                "Gate throughput analysis Python/pandas; queue time at peak -35%",
                "Team 5 (2 devs, 3 field technicians)",
            ],
            ["Skidata sweb.Access", "Skidata Handshake.Logic", "Skidata dta", "Python", "pandas", "SQL Server"],
        ),
        (
            "Ticketing Systems Engineer, Skidata AG (Grödig), 2014 – 2019",
            "Commissioning access systems for customer resorts Austria, Switzerland, Italy. 23 installations.",
            [
                "Commissioning Freemotion gates, keycard readers, ticket printers",
                "Interface POS - resort hotel PMS (Protel)",
                "Training resort staff, 2-day courses, German/Italian/English",
                "Second-level support winter season, on-call 24/7",
            ],
            ["Skidata Freemotion", "Protel PMS", "Oracle Database", "Windows Server"],
        ),
        (
            "IT Technician, Schmittenhöhebahn AG (Zell am See), 2012 – 2014",
            "IT support lift company, 9 ticket offices and access gates.",
            [
                "Replacement ticket office PCs, 30 workstations",
                "First-level support Skidata gates, winter season",
            ],
            ["Windows 7", "Active Directory", "Skidata Freemotion"],
        ),
    ],
    skills=["Access control", "RFID ticketing", "Dynamic pricing", "System integration"],
    tools=["Skidata sweb.Access", "Skidata dta", "Python", "SQL Server"],
    certifications=["ITIL 4 Foundation"],
    academic_background=["Dipl.-Ing. (FH) Informationstechnik, FH Salzburg, 2012"],
    spoken_languages=["German (native)", "English (fluent)", "Italian (good)"],
    industries=["Tourism", "Leisure"],
)
CVS["skidata"] = _case(
    _skidata,
    "Senior Access Control Integration Engineer (m/f/d) for a mountain resort group. You lead the integration "
    "of our lift access gates, online ticket shop and point-of-sale systems. Experience with Skidata or Axess, "
    "RFID ticketing, dynamic pricing, Python and SQL; you lead small field teams; German and English.",
    "Access control and ticketing engineer with 13 years in Austrian and Swiss ski resorts, specialising in "
    "Skidata sweb.Access and Freemotion gates, RFID keycards and the integration of webshops, point-of-sale "
    "systems and dynamic pricing — using Python, SQL Server and REST APIs.",
    [
        (
            "Led access control and ticketing integration across 4 ski areas with 62 lifts and 140 gates, "
            "built on Skidata sweb.Access and Handshake.Logic.",
            [
                "Moved all 140 turnstiles to hands-free RFID (KeyCard) access over two seasons.",
                "Raised the online share of day tickets from 18% to 41% by integrating the webshop through the "
                "Skidata dta API.",
                "Designed dynamic pricing rules for day tickets with three price levels across weekdays and weekends.",
                "Cut peak queue times by 35% through gate throughput analysis in Python and pandas; led a team of "
                "five (two developers, three field technicians).",
            ],
        ),
        (
            "Commissioned 23 access system installations for customer resorts in Austria, Switzerland and Italy.",
            [
                "Commissioned Freemotion gates, keycard readers and ticket printers on site.",
                "Built the interface between point of sale and the resorts' hotel PMS (Protel).",
                "Trained resort staff in two-day courses held in German, Italian and English.",
                "Provided round-the-clock second-level support during the winter season.",
            ],
        ),
        (
            "Supported IT for the lift company's nine ticket offices and its access gates.",
            [
                "Replaced 30 ticket-office workstations.",
                "Gave first-level support on the Skidata gates through the winter season.",
            ],
        ),
    ],
)

# --- Zoo and aquarium animal records: recruiter style, results first.
_zoo = cv(
    "Zoological Registrar and Data Manager",
    "Hannah Okafor",
    "Zoological registrar and data manager with 9 years of experience in animal records at accredited zoos "
    "and aquariums. Maintains husbandry, medical and studbook records in Species360 ZIMS, supports EAZA "
    "breeding programmes and builds reporting in Power BI and SQL.",
    [
        (
            "Registrar and Data Manager, Chester Zoo, 2020 – 2025",
            "Responsible for the animal records of a collection of around 20,000 animals across 500 species, "
            "and for the zoo's move to ZIMS for Medical.",
            [
                "Migrated 14 years of paper and spreadsheet medical histories into ZIMS for Medical, about "
                "38,000 records, in 10 months.",
                "Set up a monthly data quality review that reduced record errors flagged by Species360 from "
                "1,200 to 150.",
                "Prepared studbook data exports for 6 EAZA Ex-situ Programmes (EEPs).",
                "Built Power BI dashboards on husbandry and enclosure data for curators and the vet team.",
                "Trained 45 keepers in daily ZIMS husbandry entries.",
            ],
            ["Species360 ZIMS", "ZIMS for Medical", "Power BI", "SQL Server", "Excel"],
        ),
        (
            "Assistant Registrar, Bristol Aquarium, 2016 – 2020",
            "Records keeping for an aquarium of about 4,000 animals, including life-support water quality logs.",
            [
                "Moved the aquarium from ARKS and MedARKS to ZIMS in 2017.",
                "Logged water quality for 32 life-support systems and built alerts in Excel VBA.",
                "Handled CITES permits and transfer paperwork for animal shipments.",
                "Prepared the annual stock count and collection plan data for the curator.",
            ],
            ["ZIMS", "ARKS", "MedARKS", "Excel VBA"],
        ),
    ],
    skills=["Animal records management", "Studbook management", "Data quality", "CITES permitting"],
    tools=["Species360 ZIMS", "Power BI", "SQL", "Excel VBA"],
    certifications=["Species360 ZIMS Husbandry Certified User"],
    academic_background=[
        "BSc Zoology, University of Leeds, 2015",
        "MSc Conservation Biology, University of Kent, 2016",
    ],
    spoken_languages=["English (native)", "French (intermediate)"],
)
CVS["zoo"] = _case(
    _zoo,
    "Head of Animal Records, large European zoo. Lead the collection's animal records in Species360 ZIMS "
    "(husbandry and medical), own data quality, support EAZA EEP studbook keepers and deliver reporting for "
    "curators. Experience of data migrations and staff training essential; Power BI a plus.",
    "Animal records specialist with nine years in accredited zoos and aquariums: husbandry, medical and "
    "studbook records in Species360 ZIMS, support for EAZA breeding programmes (EEPs), and Power BI and SQL "
    "reporting for curators.",
    [
        (
            "Led animal records for a collection of some 20,000 animals across 500 species and moved the zoo "
            "onto ZIMS for Medical.",
            [
                "Cut record errors flagged by Species360 from 1,200 to 150 by introducing a monthly data quality "
                "review.",
                "Migrated some 38,000 medical records — 14 years of paper and spreadsheet histories — into ZIMS "
                "for Medical within 10 months.",
                "Supported 6 EAZA Ex-situ Programmes (EEPs) with studbook data exports.",
                "Delivered Power BI reporting on husbandry and enclosure data for curators and veterinarians; "
                "trained 45 keepers to record daily husbandry in ZIMS.",
            ],
        ),
        (
            "Kept the records of an aquarium of roughly 4,000 animals, life-support water quality logs included.",
            [
                "Moved the aquarium's records from ARKS and MedARKS to ZIMS in 2017.",
                "Built Excel VBA alerts on the water quality logged for 32 life-support systems.",
                "Managed CITES permits and transfer documentation for animal shipments.",
                "Compiled the annual stock count and collection plan data for the curator.",
            ],
        ),
    ],
)

# --- Patent docketing (Anaqua): terse Dutch-speaker notes; tailored for a customer brief, not a job.
_anaqua = cv(
    "IP Systems Consultant",
    "Pieter van Dijk",
    "IP management systems consultant. 10 yrs patent docketing, Anaqua AQX, PATTSY WAVE, annuities. Data "
    "migrations, docketing rules, USPTO/EPO interfaces. Law firms and corporate IP departments.",
    [
        (
            "Senior Consultant, Anaqua Services (Amsterdam), 2018 – 2025",
            "Implementations AQX for corporate IP departments, Benelux and Germany. 9 go-lives.",
            [
                "Migration docket data from PATTSY WAVE and Excel, largest 64,000 patent families",
                "Docketing rules EPO, USPTO, WIPO PCT deadlines; rule review with paralegals",
                "Interface AQX - EPO Online Filing, e-mail docketing office actions",
                "Annuity payment workflow, ca. 3,500 renewals per quarter",
            ],
            ["Anaqua AQX", "PATTSY WAVE", "SQL Server", "Excel", "EPO Online Filing"],
        ),
        (
            "Docketing Specialist, Van der Berg Octrooibureau (Den Haag), 2014 – 2018",
            "Docketing for patent law firm, 14 patent attorneys. PATTSY WAVE.",
            [
                "Deadline docketing EP and NL patents, approx. 2,000 open deadlines",
                "Zero missed deadlines in 4 years",
                "Monthly deadline reports for partners",
                "Training new docketing assistants (3)",
            ],
            ["PATTSY WAVE", "Outlook", "Excel"],
        ),
    ],
    skills=["Patent docketing", "IP data migration", "Annuity management", "Process design"],
    tools=["Anaqua AQX", "PATTSY WAVE", "SQL"],
    certifications=["Anaqua AQX Certified Administrator"],
    academic_background=["LLB Dutch Law, Leiden University, 2013"],
    spoken_languages=["Dutch (native)", "English (fluent)", "German (good)"],
    industries=["Legal", "Life sciences", "Manufacturing"],
)
CVS["anaqua"] = _case(
    _anaqua,
    "Customer brief: the corporate IP department of a Dutch-German chemicals manufacturer is replacing its "
    "legacy docketing system with Anaqua. They need a consultant to migrate their patent family data, configure "
    "EPO, USPTO and PCT docketing rules, and set up annuity payments. Present the consultant for this customer.",
    "IP management systems consultant with ten years in patent docketing on Anaqua AQX and PATTSY WAVE, "
    "covering annuities, data migrations, docketing rules and USPTO and EPO interfaces for law firms and "
    "corporate IP departments.",
    [
        (
            "Implemented Anaqua AQX for corporate IP departments in the Benelux and Germany, taking nine "
            "projects live.",
            [
                "Migrated docket data from PATTSY WAVE and Excel into AQX — the largest migration covered 64,000 "
                "patent families.",
                "Configured EPO, USPTO and WIPO PCT deadline rules and reviewed them with paralegals.",
                "Connected AQX to EPO Online Filing and set up e-mail docketing of office actions.",
                "Set up the annuity payment workflow for around 3,500 renewals a quarter.",
            ],
        ),
        (
            "Handled docketing on PATTSY WAVE for a patent law firm of 14 patent attorneys.",
            [
                "Docketed deadlines for European and Dutch patents, with about 2,000 deadlines open.",
                "Missed no deadline in four years.",
                "Reported open deadlines to the partners every month.",
                "Trained three new docketing assistants.",
            ],
        ),
    ],
)

# --- Bank loan origination (nCino): results first, recruiter style.
_ncino = cv(
    "Salesforce nCino Technical Lead",
    "Rachel Kim",
    "Salesforce developer and technical lead with 8 years of experience, the last 5 on the nCino Bank "
    "Operating System for commercial and retail lending. Builds loan origination flows, credit memo automation "
    "and core banking integrations in Apex, Lightning Web Components and MuleSoft.",
    [
        (
            "nCino Technical Lead, Meridian Regional Bank (via Cloudstream Consulting), 2021 – 2025",
            "Technical lead for the bank's nCino commercial loan origination rollout across 48 branches.",
            [
                "Led a team of 7 developers and 2 QA engineers through 3 releases.",
                "Automated credit memo generation, cutting underwriter preparation time from 6 hours to 90 minutes.",
                "Built MuleSoft integrations between nCino and the Fiserv DNA core banking system.",
                "Reduced average commercial loan time-to-close from 34 to 21 days.",
                "Set up CI/CD with Copado and Salesforce DX.",
            ],
            ["nCino", "Salesforce", "Apex", "Lightning Web Components", "MuleSoft", "Fiserv DNA", "Copado"],
        ),
        (
            "nCino Developer, Cloudstream Consulting, 2019 – 2021",
            "Developer on nCino implementations for two community banks.",
            [
                "Configured retail loan products and spreading templates.",
                "Wrote Apex triggers and batch jobs for covenant tracking.",
                "Migrated 12,000 loan records from a legacy LOS with Data Loader.",
            ],
            ["nCino", "Apex", "Data Loader", "SOQL"],
        ),
        (
            "Salesforce Developer, Pinecrest Insurance, 2017 – 2019",
            "Service Cloud development for claims handling.",
            [
                "Built Lightning components for claims intake.",
                "Integrated Service Cloud with the Guidewire claims system via REST.",
            ],
            ["Salesforce Service Cloud", "Apex", "Visualforce", "REST"],
        ),
    ],
    skills=["Loan origination", "Credit memo automation", "Core banking integration", "Technical leadership"],
    tools=["nCino", "Salesforce", "Apex", "LWC", "MuleSoft", "Copado"],
    certifications=["Salesforce Certified Platform Developer II", "MuleSoft Certified Developer – Level 1"],
    academic_background=["BSc Computer Science, Georgia Institute of Technology, 2017"],
    spoken_languages=["English", "Korean"],
    industries=["Banking", "Insurance"],
)
CVS["ncino"] = _case(
    _ncino,
    "Lead nCino Developer, regional bank. Lead a delivery team building commercial loan origination on nCino; "
    "automate credit memos; integrate with core banking through MuleSoft; CI/CD with Copado. Salesforce "
    "Platform Developer II required.",
    "nCino technical lead and Salesforce developer — eight years on the platform, five of them on the nCino "
    "Bank Operating System — who builds loan origination, credit memo automation and core banking integrations "
    "in Apex, LWC and MuleSoft for commercial and retail lending.",
    [
        (
            "Led the technical delivery of nCino commercial loan origination for the bank, rolled out to 48 branches.",
            [
                "Cut average commercial loan time-to-close from 34 to 21 days.",
                "Reduced underwriter preparation time from six hours to 90 minutes by automating credit memo "
                "generation.",
                "Integrated nCino with Fiserv DNA core banking through MuleSoft.",
                "Led seven developers and two QA engineers through three releases, with CI/CD on Copado and "
                "Salesforce DX.",
            ],
        ),
        (
            "Built nCino implementations for two community banks as a developer.",
            [
                "Configured retail loan products and spreading templates in nCino.",
                "Developed Apex triggers and batch jobs to track covenants.",
                "Moved 12,000 loan records from a legacy loan origination system using Data Loader.",
            ],
        ),
        (
            "Developed on Service Cloud for claims handling.",
            [
                "Created Lightning components for claims intake.",
                "Connected Service Cloud to the Guidewire claims system over REST.",
            ],
        ),
    ],
)

# --- Radiotherapy treatment planning: headline overview.
_radio = cv(
    "Medical Physicist – Treatment Planning",
    "Sofia Lindqvist",
    "Medical physicist (MPE) with 12 years in radiotherapy treatment planning. Commissioned RayStation and "
    "Eclipse, leads VMAT and SBRT planning, automation with RayStation scripting (Python) and the Eclipse "
    "Scripting API (C#). Experience with proton planning.",
    [
        (
            "Lead Treatment Planning Physicist, Karolinska University Hospital, 2019 – 2025",
            "Responsible for treatment planning physics in a department with 9 linear accelerators and about "
            "3,600 patients a year.",
            [
                "Commissioned RayStation 11B for photon and electron planning, including beam model validation "
                "against 180 measured fields.",
                "Introduced scripted auto-planning for prostate VMAT; planning time from 3 hours to 40 minutes.",
                "Led the SBRT programme for lung and liver, 420 patients treated in the first two years.",
                "Supervised 4 dosimetrists and 2 physics residents.",
                "Member of the regional dose audit group; 2 external audits passed.",
            ],
            ["RayStation 11B", "IronPython", "Python", "Mosaiq", "Elekta Versa HD"],
        ),
        (
            "Medical Physicist, Skåne University Hospital, 2013 – 2019",
            "Clinical physicist for treatment planning and QA with Eclipse.",
            [
                "Wrote Eclipse Scripting API plug-ins in C# for plan quality checks, used on every plan from 2016.",
                "Commissioned Eclipse AAA and Acuros XB for 4 TrueBeam linacs.",
                "Planning for the proton therapy referral programme with the Skandion Clinic.",
            ],
            ["Eclipse 13.6", "Eclipse 15.6", "ESAPI", "C#", "ARIA", "Varian TrueBeam"],
        ),
    ],
    skills=["Treatment planning", "VMAT", "SBRT", "Beam commissioning", "Planning automation"],
    tools=["RayStation", "Eclipse", "ESAPI", "Python", "C#"],
    certifications=["Medical Physics Expert (MPE), Swedish Radiation Safety Authority"],
    academic_background=[
        "PhD Medical Radiation Physics, Lund University, 2013",
        "MSc Medical Physics, Lund University, 2009",
    ],
    spoken_languages=["Swedish (native)", "English (fluent)", "German (basic)"],
)
CVS["radio"] = _case(
    _radio,
    "Senior Treatment Planning Physicist for a new cancer centre opening with RayStation and Varian linacs: "
    "commissioning, VMAT and SBRT planning, planning automation (Python, ESAPI) and supervision of "
    "dosimetrists. Recognition as Medical Physics Expert required.",
    "Treatment planning physicist and Medical Physics Expert — 12 years in radiotherapy, commissioning of "
    "RayStation and Eclipse, VMAT and SBRT planning, and planning automation in Python (RayStation scripting) "
    "and C# (ESAPI), with proton planning experience.",
    [
        (
            "Led treatment planning physics for a department running nine linacs and treating some 3,600 "
            "patients each year.",
            [
                "Commissioned RayStation 11B for photons and electrons, validating the beam model against 180 "
                "measured fields.",
                "Cut prostate VMAT planning time from three hours to 40 minutes with scripted auto-planning.",
                "Led the lung and liver SBRT programme, treating 420 patients in its first two years.",
                "Supervised four dosimetrists and two physics residents.",
                "Passed two external dose audits as a member of the regional audit group.",
            ],
        ),
        (
            "Worked as clinical physicist for Eclipse treatment planning and quality assurance.",
            [
                "Developed C# plug-ins on the Eclipse Scripting API to check plan quality, applied to every plan "
                "from 2016 onward.",
                "Commissioned the AAA and Acuros XB algorithms in Eclipse for four TrueBeam linacs.",
                "Planned patients referred for proton therapy to the Skandion Clinic.",
            ],
        ),
    ],
)

# --- Broadcast newsroom systems (Avid iNEWS): dashes, arrows and parentheses.
_avid = cv(
    "Broadcast Newsroom Systems Engineer",
    "Tomás Herrera",
    "Broadcast systems engineer with 10 years in newsroom computer systems for TV and radio. Specialist in "
    "Avid iNEWS, MOS integration with playout and graphics (Vizrt, Ross), and migrations to browser-based "
    "newsroom tools. Works closely with editorial teams on live shows.",
    [
        (
            "Newsroom Systems Lead, Canal Sur Radio y Televisión, 2020 – 2025",
            "Owner of the newsroom computer system serving 6 regional newsrooms and 24 hours of live news output "
            "per day.",
            [
                "Upgraded Avid iNEWS from 4.7 to 5.3 with no unplanned downtime on air.",
                "Integrated iNEWS via MOS with Vizrt graphics and Ross OverDrive automation.",
                "Rolled out Avid MediaCentral | Cloud UX to 350 journalists for remote story editing.",
                "Cut rundown-to-air graphics errors by 60% with MOS object validation.",
                "Wrote runbooks and trained 12 support engineers for the on-air desk.",
            ],
            ["Avid iNEWS", "MOS protocol", "Vizrt", "Ross OverDrive", "Avid MediaCentral", "Windows Server"],
        ),
        (
            "Broadcast Systems Engineer, Radio Televisión Española (RTVE), 2015 – 2020",
            "Support and projects for news production systems at the Madrid news centre.",
            [
                "Second-line support for iNEWS and ENPS, 24/7 on-call rota.",
                "Set up the iNEWS failover server pair for the main news channel.",
                "Wrote Python scripts for wire feed ingest (EFE, Reuters).",
            ],
            ["Avid iNEWS", "AP ENPS", "Python", "Linux"],
        ),
    ],
    skills=["Newsroom computer systems", "MOS integration", "Live broadcast support"],
    tools=["Avid iNEWS", "AP ENPS", "Vizrt", "Ross OverDrive", "Python"],
    certifications=["Avid Certified Support Representative – MediaCentral"],
    academic_background=["Ingeniería de Telecomunicación, Universidad Politécnica de Madrid, 2014"],
    spoken_languages=["Spanish (native)", "English (C1)", "Catalan (B2)"],
)
CVS["avid"] = _case(
    _avid,
    "Senior Newsroom Systems Engineer at a national broadcaster. Own our Avid iNEWS environment and the MOS "
    "integrations with graphics and automation, lead the move to MediaCentral Cloud UX and support live output. "
    "Avid certification desirable.",
    "Newsroom systems engineer for TV and radio — a decade of Avid iNEWS, MOS integrations with playout and "
    "graphics (Vizrt, Ross) and moves to browser-based newsroom tools, working side by side with editorial "
    "teams on live shows.",
    [
        (
            "Owned the newsroom computer system behind six regional newsrooms and 24 hours of live news output daily.",
            [
                "Upgraded Avid iNEWS (4.7 → 5.3) without any unplanned downtime on air.",
                "Connected iNEWS over MOS to Vizrt graphics and Ross OverDrive automation; MOS object validation "
                "cut rundown-to-air graphics errors by 60%.",
                "Brought 350 journalists onto Avid MediaCentral | Cloud UX for remote story editing.",
                "Trained 12 support engineers for the on-air desk and wrote their runbooks.",
            ],
        ),
        (
            "Supported news production systems and ran projects at the Madrid news centre.",
            [
                "Provided second-line iNEWS and ENPS support on a round-the-clock on-call rota.",
                "Built the iNEWS failover server pair for the main news channel.",
                "Automated wire feed ingest from EFE and Reuters with Python scripts.",
            ],
        ),
    ],
)

# --- Particle accelerator controls (EPICS): terse Dutch-speaker notes, tailored into sentences.
_epics = cv(
    "Accelerator Controls Engineer",
    "Anneke Vermeulen",
    "Controls engineer, particle accelerators. 10 yrs EPICS: IOCs, device support, archiving, operator "
    "screens. Python, C, PLC integration (Siemens S7). Synchrotron light sources, neutron source.",
    [
        (
            "Controls Engineer, European Spallation Source (Lund), 2020 – 2025",
            "Control system linac RF and vacuum. EPICS 7, ~400 IOCs facility-wide.",
            [
                "IOCs for RF LLRF systems, MicroTCA, 28 cavities",
                "Vacuum interlock integration Siemens S7-1500 via s7plc",
                "Archiver Appliance rollout, 1.2 million PVs",
                "Operator screens Phoebus/CS-Studio, ~150 panels",
            ],
            ["EPICS 7", "MicroTCA", "Siemens S7-1500", "Archiver Appliance", "Phoebus", "Python", "Ansible"],
        ),
        (
            "Software Engineer Controls, Paul Scherrer Institut, 2016 – 2020",
            "Beamline controls at SLS synchrotron.",
            [
                "Motion control IOCs for 6 beamlines, Delta Tau PMAC",
                "Python/pyepics scripts for beamline scans",
                "Migration 40 operator panels MEDM to caQtDM",
            ],
            ["EPICS 3.14", "pyepics", "Delta Tau PMAC", "caQtDM", "C"],
        ),
        (
            "Research Assistant, DIFFER (Eindhoven), 2015 – 2016",
            "Data acquisition plasma experiments, migration study LabVIEW to EPICS.",
            [
                "Prototype EPICS IOCs for 3 diagnostics",
                "Report migration LabVIEW to EPICS, adopted 2016",
            ],
            ["EPICS 3.14", "LabVIEW", "Python"],
        ),
    ],
    skills=["Accelerator controls", "EPICS IOC development", "PLC integration", "Operator interfaces"],
    tools=["EPICS", "Phoebus", "Python", "C", "Ansible"],
    academic_background=["MSc Applied Physics, TU Delft, 2015"],
    spoken_languages=["Dutch (native)", "English (fluent)", "German (good)", "Swedish (basic)"],
    industries=["Research facilities"],
)
CVS["epics"] = _case(
    _epics,
    "Senior EPICS Controls Engineer for a synchrotron upgrade project: IOC development, PLC interlocks, "
    "archiving, Phoebus operator screens, Python. Experience with RF or motion control welcome.",
    "Controls engineer for particle accelerators with ten years of EPICS — IOCs, device support, archiving and "
    "operator screens — working in Python and C and integrating Siemens S7 PLCs at synchrotron light sources "
    "and a neutron source.",
    [
        (
            "Worked on the control system for the linac's RF and vacuum, part of an EPICS 7 installation of "
            "roughly 400 IOCs across the facility.",
            [
                "Developed IOCs for the low-level RF (LLRF) systems on MicroTCA, covering 28 cavities.",
                "Integrated vacuum interlocks on Siemens S7-1500 PLCs through s7plc.",
                "Rolled out the Archiver Appliance for 1.2m process variables.",
                "Built around 150 operator panels in Phoebus (CS-Studio).",
            ],
        ),
        (
            "Developed beamline controls at the SLS synchrotron.",
            [
                "Wrote motion control IOCs for six beamlines using Delta Tau PMAC controllers.",
                "Scripted beamline scans in Python with pyepics.",
                "Migrated 40 operator panels from MEDM to caQtDM.",
            ],
        ),
        (
            "Ran data acquisition for plasma experiments and studied a move from LabVIEW to EPICS.",
            [
                "Built prototype EPICS IOCs for three diagnostics.",
                "Wrote the LabVIEW-to-EPICS migration report, adopted in 2016.",
            ],
        ),
    ],
)

# --- Green hydrogen electrolyser commissioning: terse German-speaker notes.
_hydrogen = cv(
    "Commissioning Engineer Electrolysis",
    "Maximilian Schäfer",
    "Commissioning engineer hydrogen. 7 yrs commissioning industrial plants, last 4 PEM and alkaline "
    "electrolysers. Cold/hot commissioning, SIL loops, SAT, handover. Siemens PCS 7, ABB 800xA.",
    [
        (
            "Lead Commissioning Engineer, H2 Nordwerk GmbH (via ProCom Engineering), 2022 – 2025",
            "20 MW PEM electrolyser, refinery site Lower Saxony. Siemens Energy Silyzer 300 stacks.",
            [
                "Cold and hot commissioning, 24 stacks, 8 months",
                "Loop checks ca. 2,600 I/O, PCS 7",
                "SIL 2 loops proof testing with TÜV",
                "First hydrogen March 2024, handover to operator 3 weeks early",
                "Coordination 14 site technicians, 2 shifts",
            ],
            ["Siemens PCS 7", "Silyzer 300", "SIMATIC S7-1500", "HAZOP", "SAP PM"],
        ),
        (
            "Commissioning Engineer, ProCom Engineering GmbH, 2018 – 2022",
            "Commissioning alkaline electrolysers and chemical plants, Germany and Netherlands.",
            [
                "2 MW alkaline electrolyser pilot, port of Rotterdam, 2021",
                "ABB 800xA function tests, water treatment and compression",
                "SAT protocols and punch lists, 3 chemical plants",
                "HAZOP participation, 2 projects",
                "Operator training, 5 courses",
            ],
            ["ABB 800xA", "Alkaline electrolysis", "P&ID", "Comos"],
        ),
    ],
    skills=["Cold and hot commissioning", "Functional safety (SIL)", "Loop checks", "Hydrogen safety"],
    tools=["Siemens PCS 7", "ABB 800xA", "SAP PM", "Comos"],
    certifications=[
        "TÜV Functional Safety Engineer (Process Hazard and Risk Analysis)",
        "IECEx CoPC Unit Ex 004",
    ],
    academic_background=["Dipl.-Ing. Verfahrenstechnik, RWTH Aachen, 2017"],
    spoken_languages=["German (native)", "English (fluent)", "Dutch (basic)"],
    industries=["Energy", "Chemicals"],
)
CVS["hydrogen"] = _case(
    _hydrogen,
    "Senior Commissioning Manager, large-scale PEM electrolysis (100 MW+). Lead commissioning from loop checks "
    "to first hydrogen and handover; SIL proof testing; coordinate site teams and vendors; PCS 7 or 800xA "
    "experience; TÜV functional safety certificate.",
    "Commissioning engineer in hydrogen with seven years of commissioning industrial plants, the last four on "
    "PEM and alkaline electrolysers — cold and hot commissioning, SIL loops, site acceptance tests and handover "
    "on Siemens PCS 7 and ABB 800xA.",
    [
        (
            "Led commissioning of a 20 MW PEM electrolyser with Siemens Energy Silyzer 300 stacks at a refinery "
            "site in Lower Saxony.",
            [
                "Took all 24 stacks through cold and hot commissioning in eight months.",
                "Ran loop checks on around 2,600 I/O in PCS 7.",
                "Proof-tested the SIL 2 loops together with TÜV.",
                "Reached first hydrogen in March 2024 and handed the plant to the operator three weeks early, "
                "coordinating 14 site technicians across two shifts.",
            ],
        ),
        (
            "Commissioned alkaline electrolysers and chemical plants in Germany and the Netherlands.",
            [
                "Commissioned a 2 MW alkaline electrolyser pilot in the port of Rotterdam in 2021.",
                "Carried out ABB 800xA function tests on water treatment and compression.",
                "Wrote the SAT protocols and punch lists for three chemical plants.",
                "Took part in HAZOP studies on two projects and ran five operator training courses.",
            ],
        ),
    ],
)

# --- Music royalty distribution: results first, posting keywords.
_music = cv(
    "Royalty Distribution Product Owner",
    "Chloe Mensah",
    "Music rights and royalty specialist with 9 years in collecting societies and music publishing. Builds and "
    "runs royalty distribution for performance and mechanical rights: usage data matching (DSP reports, CWR "
    "works registrations), distribution rules and statement generation. SQL, Python, Snowflake.",
    [
        (
            "Royalty Distribution Product Owner, PRS for Music (London), 2021 – 2025",
            "Product owner for the online distribution pipeline processing DSP usage reports.",
            [
                "Pipeline processes around 400 billion streaming lines per year from Spotify, Apple Music, "
                "YouTube and others.",
                "Raised automatic match rate of usage to works from 82% to 91%.",
                "Moved distribution of online income from quarterly to monthly.",
                "Worked with a team of 6 engineers and 2 data analysts on Snowflake and dbt.",
            ],
            ["Snowflake", "dbt", "Python", "SQL", "AWS", "Jira"],
        ),
        (
            "Royalty Analyst, Kobalt Music Group (London), 2017 – 2021",
            "Royalty processing for a publishing catalogue of 700,000 works.",
            [
                "Loaded CWR registrations for new signings and checked conflicts with societies.",
                "Reconciled incoming statements from 40 collecting societies.",
                "Built SQL reports on unmatched income, recovering £2.3m over 3 years.",
            ],
            ["SQL Server", "CWR", "Excel", "Python"],
        ),
        (
            "Royalty Assistant, PPL (London), 2016 – 2017",
            "Processing of broadcast usage logs for neighbouring rights.",
            [
                "Matched radio playlists to recordings, ~50,000 lines per month.",
                "Query handling for members.",
            ],
            ["Excel", "Microsoft Access"],
        ),
    ],
    skills=["Royalty distribution", "Usage matching", "CWR", "Product ownership"],
    tools=["Snowflake", "dbt", "SQL", "Python"],
    certifications=["Certified Scrum Product Owner (CSPO)"],
    academic_background=["BA Music Business, University of Westminster, 2016"],
    spoken_languages=["English (native)", "Twi (conversational)"],
    industries=["Music", "Media"],
)
CVS["music"] = _case(
    _music,
    "Head of Royalty Distribution Product at a digital music publisher. Own the distribution pipeline from DSP "
    "usage to statements; improve match rates; run monthly distributions; lead engineers and analysts; "
    "Snowflake and SQL; CSPO a plus.",
    "Royalty distribution specialist with nine years across collecting societies and music publishing — "
    "performance and mechanical rights, usage matching from DSP reports and CWR registrations, distribution "
    "rules and statements, built on SQL, Python and Snowflake.",
    [
        (
            "Owned the product for the online distribution pipeline that processes DSP usage reports.",
            [
                "Lifted the automatic match rate of usage to works from 82% to 91%.",
                "Moved online income from quarterly to monthly distribution.",
                "Processed some 400 billion streaming lines a year from Spotify, Apple Music, YouTube and other "
                "services.",
                "Worked with six engineers and two data analysts on Snowflake and dbt.",
            ],
        ),
        (
            "Processed royalties for a 700,000-work publishing catalogue.",
            [
                "Recovered £2.3m of unmatched income over three years through SQL reporting; reconciled statements "
                "from 40 collecting societies.",
                "Registered new signings' works through CWR and checked them for conflicts with societies.",
            ],
        ),
        (
            "Processed broadcast usage logs for neighbouring rights.",
            [
                "Matched around 50,000 radio playlist lines a month to recordings.",
                "Answered member queries.",
            ],
        ),
    ],
)

# --- Cryo-EM data processing: headline overview with colons.
_cryo = cv(
    "Cryo-EM Data Scientist",
    "Jun Watanabe",
    "Structural biologist and scientific software engineer with 12 years in cryo-electron microscopy, the last "
    "6 focused on data processing pipelines. Runs single-particle analysis with RELION and cryoSPARC on GPU "
    "clusters, automates pre-processing with Python and Nextflow, and manages petabyte-scale microscope data.",
    [
        (
            "Cryo-EM Computing Lead, EMBL Heidelberg, 2021 – 2025",
            "Lead for data processing at a facility with 3 Titan Krios microscopes.",
            [
                "Built a Nextflow pipeline for on-the-fly motion correction and CTF estimation, results within "
                "10 minutes of collection.",
                "Managed 2.4 PB of raw movie data on a Lustre file system with tape archive.",
                "Ran the GPU cluster of 64 NVIDIA A100 GPUs under Slurm.",
                "Supported 35 user groups per year with RELION and cryoSPARC processing.",
            ],
            ["RELION 4", "cryoSPARC", "Nextflow", "Slurm", "Lustre", "Python", "NVIDIA A100"],
        ),
        (
            "Postdoctoral Researcher, MRC Laboratory of Molecular Biology (Cambridge), 2017 – 2021",
            "Single-particle structures of membrane transporters.",
            [
                "Solved 5 structures to resolutions between 2.8 and 3.5 Å.",
                "Wrote Python tools for particle picking evaluation, used across the lab.",
                "First-author paper in Nature, 2020.",
            ],
            ["RELION 3", "CTFFIND4", "MotionCor2", "Python", "UCSF Chimera"],
        ),
        (
            "PhD Researcher, University of Tokyo, 2013 – 2017",
            "Negative stain and cryo-EM of bacterial secretion systems.",
            [
                "Built a 2-node GPU workstation setup for processing.",
                "3 co-authored papers.",
            ],
            ["RELION 1.4", "EMAN2", "Python"],
        ),
    ],
    skills=["Single-particle analysis", "Pipeline automation", "HPC", "Research data management"],
    tools=["RELION", "cryoSPARC", "Nextflow", "Python", "Slurm"],
    academic_background=["PhD Structural Biology, University of Tokyo, 2017", "MSc Biophysics, Osaka University, 2013"],
    spoken_languages=["Japanese (native)", "English (fluent)", "German (A2)"],
)
CVS["cryo"] = _case(
    _cryo,
    "Head of Cryo-EM Data Processing at a biotech drug discovery company. Build automated pre-processing "
    "pipelines, run RELION and cryoSPARC at scale, manage GPU compute and petabyte storage, and support our "
    "structural biology teams.",
    "Cryo-EM data scientist: 12 years in cryo-electron microscopy, six of them on data processing pipelines — "
    "single-particle analysis in RELION and cryoSPARC on GPU clusters, pre-processing automated in Python and "
    "Nextflow, and petabyte-scale microscope data under management.",
    [
        (
            "Led data processing for a facility running three Titan Krios microscopes.",
            [
                "Delivered motion correction and CTF estimation within 10 minutes of collection through an "
                "on-the-fly Nextflow pipeline.",
                "Managed 2.4 PB of raw movies on Lustre with a tape archive.",
                "Operated a 64-GPU NVIDIA A100 cluster under Slurm.",
                "Supported 35 user groups a year with RELION and cryoSPARC processing.",
            ],
        ),
        (
            "Determined single-particle structures of membrane transporters.",
            [
                "Solved five structures at 2.8–3.5 Å resolution.",
                "Developed Python tools to evaluate particle picking, adopted across the lab.",
                "Published a first-author paper in Nature (2020).",
            ],
        ),
        (
            "Studied bacterial secretion systems by negative stain and cryo-EM.",
            [
                "Set up a two-node GPU workstation for data processing.",
                "Co-authored three papers.",
            ],
        ),
    ],
)

# --- Weather radar networks: dashes, terse results, merged bullets.
_radar = cv(
    "Weather Radar Systems Engineer",
    "Oskar Nilsen",
    "Radar engineer with 13 years on operational weather radar networks. Experienced in dual-polarisation "
    "C-band and S-band radars (Vaisala, EEC, Gematronik), radar product generation, calibration and network "
    "availability. Python, Linux, ODIM HDF5.",
    [
        (
            "Weather Radar Network Manager, Norwegian Meteorological Institute (MET Norway), 2018 – 2025",
            "Responsible for the national network of 11 C-band dual-pol radars.",
            [
                "Raised network availability from 94.5% to 98.7%.",
                "Replaced 6 legacy radars with Vaisala WRM200 systems over 4 years.",
                "Introduced monthly solar and ZDR calibration monitoring.",
                "Exchanged composites in ODIM HDF5 with OPERA, the European radar network.",
            ],
            ["Vaisala WRM200", "IRIS", "Python", "wradlib", "ODIM HDF5", "Linux"],
        ),
        (
            "Radar Engineer, Swedish Meteorological and Hydrological Institute (SMHI), 2012 – 2018",
            "Maintenance and product generation for 12 radars.",
            [
                "Upgraded 4 radars to dual polarisation (Gematronik).",
                "Wrote quality control for clutter and RLAN interference in Python.",
                "Field service trips to remote sites, 2-person team, winter access by snowmobile.",
                "Commissioned the BALTRAD node for data exchange.",
            ],
            ["Gematronik Meteor", "Rainbow 5", "Python", "BALTRAD"],
        ),
    ],
    skills=["Dual-polarisation radar", "Calibration", "Radar quality control", "Network operations"],
    tools=["Vaisala IRIS", "Rainbow 5", "wradlib", "Python"],
    certifications=["General Operator's Certificate (GOC)"],
    academic_background=["MSc Electrical Engineering, Chalmers University of Technology, 2011"],
    spoken_languages=["Norwegian (native)", "Swedish (fluent)", "English (fluent)"],
)
CVS["radar"] = _case(
    _radar,
    "Lead Engineer, Weather Radar Network, national meteorological service. Manage a dual-pol C-band network "
    "to availability targets, run the radar replacement programme, calibration (ZDR, solar), OPERA and ODIM data "
    "exchange; Python.",
    "Weather radar engineer — 13 years running operational networks of dual-polarisation C- and S-band radars "
    "(Vaisala, EEC, Gematronik), with product generation, calibration and network availability as core work, "
    "on Python, Linux and ODIM HDF5.",
    [
        (
            "Managed Norway's national network of eleven dual-pol C-band radars.",
            [
                "Network availability up from 94.5% to 98.7%.",
                "Replaced six legacy radars with Vaisala WRM200 systems over four years.",
                "Set up monthly monitoring of solar and ZDR calibration.",
                "Shared ODIM HDF5 composites with OPERA, the European radar network.",
            ],
        ),
        (
            "Maintained 12 radars and generated their products.",
            [
                "Upgraded four radars to dual polarisation on Gematronik systems; wrote Python quality control for "
                "clutter and RLAN interference.",
                "Made field service trips to remote sites in a team of two, reaching them by snowmobile in winter.",
                "Commissioned the BALTRAD data exchange node.",
            ],
        ),
    ],
)

# --- Rail freight wagon management: results first, semicolons.
_rail = cv(
    "Rail Freight Fleet Systems Consultant",
    "Jan Kowalczyk",
    "Rail freight IT consultant with 12 years in wagon fleet management and maintenance systems. Implements "
    "wagon tracking, ECM maintenance planning and TAF TSI messaging for freight operators and wagon keepers. "
    "SAP PM, Python, PostgreSQL, GPS telematics.",
    [
        (
            "Fleet Systems Lead, VTG Rail Europe (Hamburg), 2019 – 2025",
            "Lead for wagon telematics and maintenance planning for a fleet of 18,000 freight wagons.",
            [
                "Rolled out GPS telematics units to 9,500 wagons in 3 years.",
                "Built mileage-based maintenance planning for the ECM, replacing fixed intervals; workshop visits "
                "down 22%.",
                "Integrated wagon data with SAP PM and the workshop network.",
                "Implemented TAF TSI wagon and train composition messages with 4 railway undertakings.",
            ],
            ["SAP PM", "PostgreSQL", "Python", "Kafka", "GPS telematics", "TAF TSI"],
        ),
        (
            "IT Consultant Rail, Rail Logistics Consulting GmbH (Berlin), 2014 – 2019",
            "Projects for freight operators in Germany, Austria and Poland.",
            [
                "Wagon tracking database and customer portal for a private wagon keeper (3,200 wagons).",
                "Data migration of maintenance histories into SAP PM.",
                "Analysis of wagon utilisation; idle time reduced from 11 to 7 days.",
            ],
            ["SAP PM", "Oracle", "Java", "PostgreSQL"],
        ),
        (
            "Junior Planner, PKP Cargo (Katowice), 2013 – 2014",
            "Wagon dispatching and planning, Silesia region.",
            [
                "Daily wagon allocation for coal traffic, ~600 wagons.",
                "Excel tools for empty wagon planning.",
            ],
            ["Excel", "SAP R/3"],
        ),
    ],
    skills=["Wagon fleet management", "Maintenance planning (ECM)", "TAF TSI", "Telematics"],
    tools=["SAP PM", "PostgreSQL", "Python", "Kafka"],
    certifications=["SAP Certified Application Associate – Enterprise Asset Management"],
    academic_background=["MSc Transport Engineering, TU Dresden, 2013"],
    spoken_languages=["Polish (native)", "German (fluent)", "English (fluent)"],
    industries=["Rail freight", "Logistics"],
)
CVS["rail"] = _case(
    _rail,
    "Product Manager Wagon Management at a European wagon-hire company. Own telematics, maintenance planning "
    "under ECM rules, SAP PM integration and TAF TSI messaging, and improve wagon utilisation.",
    "Rail freight IT consultant with 12 years in wagon fleet management and maintenance systems: wagon "
    "tracking, ECM maintenance planning and TAF TSI messaging for freight operators and wagon keepers alike, on "
    "SAP PM, Python, PostgreSQL and GPS telematics.",
    [
        (
            "Led wagon telematics and maintenance planning for an 18,000-wagon freight fleet.",
            [
                "Cut workshop visits by 22% by replacing fixed intervals with mileage-based maintenance planning "
                "for the ECM.",
                "Fitted 9,500 wagons with GPS telematics units within three years.",
                "Linked wagon data to SAP PM and the workshop network.",
                "Introduced TAF TSI wagon and train composition messaging with four railway undertakings.",
            ],
        ),
        (
            "Delivered projects for freight operators across Germany, Austria and Poland.",
            [
                "Built a wagon tracking database and customer portal for a private wagon keeper with 3,200 wagons.",
                "Migrated maintenance histories into SAP PM.",
                "Reduced wagon idle time from 11 to 7 days through utilisation analysis.",
            ],
        ),
        (
            "Dispatched and planned wagons in the Silesia region.",
            [
                "Allocated some 600 wagons a day to coal traffic.",
                "Built Excel tools to plan empty wagon moves.",
            ],
        ),
    ],
)

HONEST = honest_texts(CVS)

# (cv, field, kind, position, old, new): one claim the CV does not make, injected into one honest text.
_FABRICATED = [
    # skidata
    ("skidata", "overview", "years", "middle", "with 13 years", "with 16 years"),
    (
        "skidata",
        "overview",
        "tool",
        "middle",
        "Skidata sweb.Access and Freemotion",
        "Skidata sweb.Access, Axess AX500 and Freemotion",
    ),
    ("skidata", "overview", "tool", "end", "SQL Server and REST APIs.", "SQL Server, REST APIs and PostgreSQL."),
    ("skidata", "experiences[0].description", "number", "middle", "62 lifts", "68 lifts"),
    (
        "skidata",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "Skidata dta API.",
        "Skidata dta API, lifting webshop revenue by 27%.",
    ),
    ("skidata", "experiences[0].bullets[0]", "duration", "end", "over two seasons.", "in under six months."),
    (
        "skidata",
        "experiences[1].description",
        "team size",
        "start",
        "Commissioned 23",
        "With a crew of six technicians, commissioned 23",
    ),
    (
        "skidata",
        "experiences[1].bullets[1]",
        "customer",
        "end",
        "hotel PMS (Protel).",
        "hotel PMS (Protel) for the Silvretta Arena Ischgl.",
    ),
    (
        "skidata",
        "experiences[1].description",
        "certification",
        "end",
        "Switzerland and Italy.",
        "Switzerland and Italy, holding the Skidata Certified Service Partner qualification.",
    ),
    (
        "skidata",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Rolled out mobile ticketing with Apple Wallet passes for season cards.",
    ),
    (
        "skidata",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Designed dynamic pricing rules for day tickets with three price levels across weekdays and weekends.",
    ),
    (
        "skidata",
        "experiences[2].description",
        "date",
        "end",
        "and its access gates.",
        "and its access gates from 2010.",
    ),
    # zoo
    ("zoo", "overview", "recognition", "start", "Animal records specialist", "Award-winning animal records specialist"),
    ("zoo", "overview", "years", "middle", "with nine years", "with twelve years"),
    (
        "zoo",
        "overview",
        "degree",
        "end",
        "reporting for curators.",
        "reporting for curators, backed by a PhD in conservation biology.",
    ),
    ("zoo", "experiences[0].description", "number", "middle", "500 species", "650 species"),
    ("zoo", "experiences[0].description", "version", "end", "onto ZIMS for Medical.", "onto ZIMS for Medical 2.4."),
    (
        "zoo",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "monthly data quality review.",
        "monthly data quality review, raising ZIMS data completeness to 98%.",
    ),
    ("zoo", "experiences[0].bullets[2]", "number", "start", "Supported 6 EAZA", "Supported 9 EAZA"),
    (
        "zoo",
        "experiences[0].bullets[3]",
        "tool",
        "middle",
        "Delivered Power BI reporting",
        "Delivered Power BI and Tableau reporting",
    ),
    ("zoo", "experiences[1].bullets[0]", "date", "end", "to ZIMS in 2017.", "to ZIMS in 2018."),
    (
        "zoo",
        "experiences[1].description",
        "customer",
        "end",
        "water quality logs included.",
        "water quality logs included, plus the partner site at SEA LIFE Weymouth.",
    ),
    (
        "zoo",
        "experiences[1].bullets[2]",
        "certified",
        "start",
        "Managed CITES permits",
        "As a certified CITES permit officer, managed CITES permits",
    ),
    (
        "zoo",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced barcode scanning for keeper entries, halving data-entry time.",
    ),
    (
        "zoo",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "for 32 life-support systems.",
        "for 32 life-support systems over six years.",
    ),
    # anaqua
    ("anaqua", "overview", "years", "middle", "with ten years", "with fifteen years"),
    (
        "anaqua",
        "overview",
        "customer",
        "end",
        "corporate IP departments.",
        "corporate IP departments, including Philips and DSM.",
    ),
    (
        "anaqua",
        "experiences[0].description",
        "number",
        "end",
        "taking nine projects live.",
        "taking eleven projects live.",
    ),
    (
        "anaqua",
        "experiences[0].description",
        "team size",
        "start",
        "Implemented Anaqua AQX",
        "With a team of four consultants, implemented Anaqua AQX",
    ),
    (
        "anaqua",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "Connected AQX to EPO Online Filing",
        "Connected AQX to EPO Online Filing and the USPTO Patent Center",
    ),
    (
        "anaqua",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "renewals a quarter.",
        "renewals a quarter, reducing late-payment fees by 60%.",
    ),
    ("anaqua", "experiences[1].bullets[1]", "duration", "end", "in four years.", "in six years."),
    (
        "anaqua",
        "experiences[1].description",
        "certified",
        "start",
        "Handled docketing",
        "As a certified patent paralegal, handled docketing",
    ),
    (
        "anaqua",
        "overview",
        "degree",
        "end",
        "corporate IP departments.",
        "corporate IP departments, with an LLM in intellectual property law from Leiden.",
    ),
    (
        "anaqua",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Configured EPO, USPTO and WIPO PCT deadline rules and reviewed them with paralegals.",
    ),
    (
        "anaqua",
        "experiences[1].bullets[3]",
        "team size",
        "middle",
        "three new docketing assistants",
        "seven new docketing assistants",
    ),
    (
        "anaqua",
        "experiences[0].bullets[1]",
        "version",
        "end",
        "reviewed them with paralegals.",
        "reviewed them with paralegals in AQX 11.",
    ),
    # ncino
    ("ncino", "overview", "years", "middle", "eight years on the platform", "ten years on the platform"),
    (
        "ncino",
        "overview",
        "certification",
        "end",
        "commercial and retail lending.",
        "commercial and retail lending, and holds the Salesforce Certified Application Architect credential.",
    ),
    ("ncino", "experiences[0].bullets[0]", "number", "end", "from 34 to 21 days.", "from 34 to 17 days."),
    (
        "ncino",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "credit memo generation.",
        "credit memo generation, saving $420,000 a year.",
    ),
    ("ncino", "experiences[0].bullets[3]", "team size", "start", "Led seven developers", "Led eleven developers"),
    (
        "ncino",
        "experiences[0].description",
        "customer",
        "end",
        "rolled out to 48 branches.",
        "rolled out to 48 branches on the blueprint first used at First Horizon.",
    ),
    (
        "ncino",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "Fiserv DNA core banking",
        "Fiserv DNA 4.5 core banking",
    ),
    (
        "ncino",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "using Data Loader.",
        "using Data Loader and Informatica Cloud.",
    ),
    (
        "ncino",
        "experiences[1].description",
        "date",
        "end",
        "for two community banks as a developer.",
        "for two community banks as a developer between 2018 and 2021.",
    ),
    (
        "ncino",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "to track covenants.",
        "to track covenants, work later showcased on the nCino Summit main stage.",
    ),
    (
        "ncino",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built a policyholder self-service portal on Experience Cloud.",
    ),
    (
        "ncino",
        "experiences[2].description",
        "duration",
        "end",
        "for claims handling.",
        "for claims handling over three years.",
    ),
    # radio
    ("radio", "overview", "years", "middle", "12 years in radiotherapy", "15 years in radiotherapy"),
    (
        "radio",
        "overview",
        "tool",
        "end",
        "with proton planning experience.",
        "with proton planning experience in RayStation and Pinnacle.",
    ),
    ("radio", "experiences[0].description", "number", "middle", "running nine linacs", "running eleven linacs"),
    ("radio", "experiences[0].bullets[0]", "version", "middle", "RayStation 11B", "RayStation 12A"),
    (
        "radio",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "with scripted auto-planning.",
        "with scripted auto-planning, while improving rectal sparing by 15%.",
    ),
    (
        "radio",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "Supervised four dosimetrists",
        "Supervised six dosimetrists",
    ),
    (
        "radio",
        "experiences[1].bullets[2]",
        "customer",
        "end",
        "to the Skandion Clinic.",
        "to the Skandion Clinic and The Christie in Manchester.",
    ),
    (
        "radio",
        "experiences[1].description",
        "certified",
        "start",
        "Worked as clinical physicist",
        "Board-certified by the ABR, worked as clinical physicist",
    ),
    ("radio", "experiences[1].bullets[0]", "date", "end", "from 2016 onward.", "from 2014 onward."),
    (
        "radio",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "in its first two years.",
        "in its first two years, earning the ESTRO clinical innovation award.",
    ),
    (
        "radio",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Implemented surface-guided radiotherapy with AlignRT for breast patients.",
    ),
    (
        "radio",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Commissioned the AAA and Acuros XB algorithms in Eclipse for four TrueBeam linacs.",
    ),
    (
        "radio",
        "experiences[0].description",
        "degree",
        "start",
        "Led treatment planning physics",
        "With a second PhD in oncology, led treatment planning physics",
    ),
    # avid
    (
        "avid",
        "overview",
        "recognition",
        "start",
        "Newsroom systems engineer",
        "Emmy-nominated newsroom systems engineer",
    ),
    ("avid", "overview", "years", "middle", "a decade of Avid iNEWS", "fifteen years of Avid iNEWS"),
    (
        "avid",
        "overview",
        "certification",
        "end",
        "teams on live shows.",
        "teams on live shows; Avid Certified Instructor.",
    ),
    ("avid", "experiences[0].description", "number", "middle", "six regional newsrooms", "eight regional newsrooms"),
    ("avid", "experiences[0].bullets[0]", "version", "middle", "(4.7 → 5.3)", "(4.7 → 5.4)"),
    ("avid", "experiences[0].bullets[1]", "tool", "middle", "Vizrt graphics", "Vizrt and Chyron graphics"),
    ("avid", "experiences[0].bullets[2]", "number", "start", "Brought 350 journalists", "Brought 500 journalists"),
    (
        "avid",
        "experiences[0].bullets[2]",
        "duration",
        "end",
        "for remote story editing.",
        "for remote story editing within eight weeks.",
    ),
    (
        "avid",
        "experiences[1].bullets[2]",
        "customer",
        "middle",
        "from EFE and Reuters",
        "from EFE, Reuters and Agence France-Presse",
    ),
    (
        "avid",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed the disaster-recovery newsroom at the Sant Cugat studios.",
    ),
    (
        "avid",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Upgraded Avid iNEWS (4.7 → 5.3) without any unplanned downtime on air.",
    ),
    (
        "avid",
        "experiences[1].description",
        "date",
        "end",
        "at the Madrid news centre.",
        "at the Madrid news centre from 2013.",
    ),
    (
        "avid",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "Trained 12 support engineers",
        "Trained 20 support engineers",
    ),
    # epics
    ("epics", "overview", "degree", "start", "Controls engineer for", "PhD physicist and controls engineer for"),
    ("epics", "overview", "years", "middle", "with ten years of EPICS", "with twelve years of EPICS"),
    ("epics", "overview", "tool", "middle", "working in Python and C and", "working in Python, C and C++ and"),
    ("epics", "overview", "customer", "end", "and a neutron source.", "and a neutron source, including DESY and ISIS."),
    (
        "epics",
        "experiences[0].description",
        "number",
        "end",
        "roughly 400 IOCs across the facility.",
        "roughly 600 IOCs across the facility.",
    ),
    (
        "epics",
        "experiences[0].description",
        "version",
        "middle",
        "an EPICS 7 installation",
        "an EPICS 7.0.8 installation",
    ),
    (
        "epics",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "in Phoebus (CS-Studio).",
        "in Phoebus (CS-Studio), halving operator alarm response times.",
    ),
    (
        "epics",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "Delta Tau PMAC controllers.",
        "Delta Tau PMAC and Galil controllers.",
    ),
    (
        "epics",
        "experiences[1].description",
        "team size",
        "start",
        "Developed beamline controls",
        "In a four-person team, developed beamline controls",
    ),
    (
        "epics",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Ran EPICS training for 20 new beamline scientists.",
    ),
    ("epics", "experiences[2].bullets[1]", "date", "end", "adopted in 2016.", "adopted in 2017."),
    (
        "epics",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Migrated 40 operator panels from MEDM to caQtDM.",
    ),
    # hydrogen
    ("hydrogen", "overview", "years", "middle", "with seven years", "with ten years"),
    (
        "hydrogen",
        "overview",
        "certified",
        "start",
        "Commissioning engineer in hydrogen",
        "Chartered commissioning engineer in hydrogen",
    ),
    ("hydrogen", "experiences[0].description", "number", "middle", "a 20 MW PEM", "a 25 MW PEM"),
    ("hydrogen", "experiences[0].bullets[0]", "duration", "end", "in eight months.", "in six months."),
    ("hydrogen", "experiences[0].bullets[1]", "tool", "end", "in PCS 7.", "in PCS 7 and WinCC OA."),
    ("hydrogen", "experiences[0].bullets[3]", "date", "middle", "in March 2024", "in January 2024"),
    (
        "hydrogen",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "coordinating 14 site technicians",
        "coordinating 22 site technicians",
    ),
    (
        "hydrogen",
        "experiences[1].bullets[0]",
        "customer",
        "middle",
        "pilot in the port of Rotterdam",
        "pilot for Shell in the port of Rotterdam",
    ),
    (
        "hydrogen",
        "experiences[1].bullets[1]",
        "version",
        "middle",
        "ABB 800xA function tests",
        "ABB 800xA 6.1 function tests",
    ),
    (
        "hydrogen",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "for three chemical plants.",
        "for three chemical plants, closing 95% of punch items before handover.",
    ),
    (
        "hydrogen",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Commissioned a hydrogen refuelling station for buses in Cologne.",
    ),
    (
        "hydrogen",
        "experiences[1].description",
        "degree",
        "end",
        "in Germany and the Netherlands.",
        "in Germany and the Netherlands after an MSc in hydrogen technology.",
    ),
    (
        "hydrogen",
        "overview",
        "recognition",
        "end",
        "on Siemens PCS 7 and ABB 800xA.",
        "on Siemens PCS 7 and ABB 800xA, recognised with the company's 2023 safety excellence award.",
    ),
    # music
    ("music", "overview", "years", "middle", "with nine years", "with eleven years"),
    (
        "music",
        "overview",
        "customer",
        "middle",
        "across collecting societies and music publishing",
        "across collecting societies, Warner Chappell and music publishing",
    ),
    (
        "music",
        "overview",
        "certification",
        "end",
        "SQL, Python and Snowflake.",
        "SQL, Python and Snowflake, with a SnowPro Core certification.",
    ),
    ("music", "experiences[0].bullets[0]", "number", "end", "to 91%.", "to 94%."),
    (
        "music",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "to monthly distribution.",
        "to monthly distribution, paying members 40% faster.",
    ),
    ("music", "experiences[0].bullets[1]", "date", "start", "Moved online income", "In 2020, moved online income"),
    ("music", "experiences[0].bullets[3]", "team size", "middle", "with six engineers", "with nine engineers"),
    ("music", "experiences[0].bullets[3]", "tool", "end", "on Snowflake and dbt.", "on Snowflake, dbt and Airflow."),
    ("music", "experiences[1].bullets[0]", "number", "start", "Recovered £2.3m", "Recovered £3.2m"),
    (
        "music",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Lifted the automatic match rate of usage to works from 82% to 91%.",
    ),
    (
        "music",
        "experiences[2].description",
        "duration",
        "end",
        "for neighbouring rights.",
        "for neighbouring rights for three years.",
    ),
    (
        "music",
        "experiences[0].description",
        "degree",
        "start",
        "Owned the product",
        "Drawing on an MBA in media management, owned the product",
    ),
    # cryo
    ("cryo", "overview", "years", "middle", "six of them on data processing", "eight of them on data processing"),
    ("cryo", "overview", "tool", "middle", "RELION and cryoSPARC on GPU", "RELION, cryoSPARC and Scipion on GPU"),
    (
        "cryo",
        "experiences[0].description",
        "number",
        "end",
        "running three Titan Krios microscopes.",
        "running four Titan Krios microscopes.",
    ),
    (
        "cryo",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "on-the-fly Nextflow pipeline.",
        "on-the-fly Nextflow pipeline, raising usable data per session by 30%.",
    ),
    ("cryo", "experiences[0].bullets[1]", "number", "middle", "Managed 2.4 PB of raw", "Managed 3.1 PB of raw"),
    (
        "cryo",
        "experiences[0].bullets[3]",
        "version",
        "middle",
        "with RELION and cryoSPARC",
        "with RELION 5 and cryoSPARC",
    ),
    (
        "cryo",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "RELION and cryoSPARC processing.",
        "RELION and cryoSPARC processing, including teams from Novartis and AstraZeneca.",
    ),
    ("cryo", "experiences[1].bullets[0]", "number", "end", "at 2.8–3.5 Å resolution.", "at 2.4–3.5 Å resolution."),
    (
        "cryo",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "in Nature (2020).",
        "in Nature (2020), recognised with an EMBO Young Investigator award.",
    ),
    ("cryo", "experiences[1].bullets[2]", "date", "end", "in Nature (2020).", "in Nature (2019)."),
    (
        "cryo",
        "experiences[1].description",
        "degree",
        "start",
        "Determined single-particle",
        "Fresh from a PhD at Kyoto University, determined single-particle",
    ),
    (
        "cryo",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Taught the lab's annual cryo-EM practical course for 25 students.",
    ),
    (
        "cryo",
        "experiences[0].description",
        "team size",
        "start",
        "Led data processing",
        "Led a data processing team of five",
    ),
    # radar
    ("radar", "overview", "years", "middle", "13 years running", "16 years running"),
    ("radar", "overview", "tool", "end", "Linux and ODIM HDF5.", "Linux, ODIM HDF5 and MATLAB."),
    ("radar", "experiences[0].description", "number", "middle", "of eleven dual-pol", "of fourteen dual-pol"),
    (
        "radar",
        "experiences[0].description",
        "certified",
        "start",
        "Managed Norway's",
        "As a WMO-certified radar specialist, managed Norway's",
    ),
    ("radar", "experiences[0].bullets[1]", "duration", "end", "over four years.", "over two years."),
    (
        "radar",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "the European radar network.",
        "the European radar network, and with DWD and KNMI.",
    ),
    ("radar", "experiences[1].bullets[1]", "team size", "middle", "in a team of two", "in a team of four"),
    (
        "radar",
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "clutter and RLAN interference.",
        "clutter and RLAN interference, honoured with SMHI's annual innovation prize.",
    ),
    ("radar", "experiences[1].description", "date", "start", "Maintained 12 radars", "From 2010, maintained 12 radars"),
    (
        "radar",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Set up monthly monitoring of solar and ZDR calibration.",
    ),
    (
        "radar",
        "experiences[0].bullets[2]",
        "version",
        "end",
        "solar and ZDR calibration.",
        "solar and ZDR calibration in IRIS 9.4.",
    ),
    (
        "radar",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "from 94.5% to 98.7%.",
        "from 94.5% to 98.7%, cutting data gaps by 75%.",
    ),
    # rail
    ("rail", "overview", "years", "middle", "with 12 years", "with 15 years"),
    (
        "rail",
        "overview",
        "tool",
        "end",
        "PostgreSQL and GPS telematics.",
        "PostgreSQL, GPS telematics and SAP S/4HANA.",
    ),
    (
        "rail",
        "experiences[0].description",
        "number",
        "end",
        "an 18,000-wagon freight fleet.",
        "a 21,000-wagon freight fleet.",
    ),
    (
        "rail",
        "experiences[0].description",
        "team size",
        "start",
        "Led wagon telematics",
        "Led a team of nine for wagon telematics",
    ),
    ("rail", "experiences[0].bullets[0]", "metric", "end", "for the ECM.", "for the ECM, saving €4m a year."),
    ("rail", "experiences[0].bullets[1]", "number", "start", "Fitted 9,500 wagons", "Fitted 12,500 wagons"),
    ("rail", "experiences[0].bullets[2]", "version", "middle", "to SAP PM and", "to SAP PM (ECC 6.0) and"),
    (
        "rail",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "with four railway undertakings.",
        "with four railway undertakings, among them Lotos Kolej and Rail Cargo Austria.",
    ),
    (
        "rail",
        "experiences[1].bullets[2]",
        "date",
        "start",
        "Reduced wagon idle time",
        "In 2012, reduced wagon idle time",
    ),
    (
        "rail",
        "experiences[1].description",
        "certified",
        "end",
        "Germany, Austria and Poland.",
        "Germany, Austria and Poland as a certified ECM auditor.",
    ),
    (
        "rail",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed a machine-learning model to predict brake block wear.",
    ),
    ("rail", "experiences[2].bullets[0]", "duration", "end", "to coal traffic.", "to coal traffic for two years."),
    (
        "rail",
        "overview",
        "certification",
        "start",
        "Rail freight IT consultant",
        "PMP-certified rail freight IT consultant",
    ),
]

# (cv, field, old, new, reason): edits an honest reviewer could rule either way.
_AMBIGUOUS = [
    (
        "avid",
        "experiences[0].description",
        "the newsroom computer system",
        "the newsroom computer system (NRCS)",
        "NRCS is the trade's standard abbreviation, but the CV never writes it",
    ),
    (
        "epics",
        "experiences[1].description",
        "at the SLS synchrotron",
        "at the Swiss Light Source (SLS)",
        "the standard expansion of SLS at PSI, not stated in the CV",
    ),
    (
        "rail",
        "overview",
        "ECM maintenance planning",
        "maintenance planning as Entity in Charge of Maintenance (ECM)",
        "standard expansion of ECM; it also reads as if the consultant were the ECM",
    ),
    (
        "anaqua",
        "overview",
        "IP management systems consultant",
        "Anaqua-certified IP management systems consultant",
        "the sidebar holds Anaqua AQX Certified Administrator; whether 'Anaqua-certified' is a fair summary",
    ),
    (
        "skidata",
        "experiences[0].bullets[0]",
        "hands-free RFID (KeyCard) access",
        "contactless RFID (KeyCard) access",
        "'contactless' for 'hands-free': close, but not quite the same claim",
    ),
    (
        "skidata",
        "experiences[0].bullets[1]",
        "Raised the online share of day tickets from 18% to 41%",
        "More than doubled the online share of day tickets (18% to 41%)",
        "a derived comparison the CV does not state in words",
    ),
    (
        "ncino",
        "experiences[0].description",
        "Led the technical delivery",
        "Led the end-to-end technical delivery",
        "'end-to-end' widens the scope beyond 'technical lead for the rollout'",
    ),
    (
        "ncino",
        "experiences[0].bullets[0]",
        "from 34 to 21 days",
        "by 13 days, from 34 to 21",
        "the 13-day difference is computed, not written in the CV",
    ),
    (
        "hydrogen",
        "overview",
        "Commissioning engineer in hydrogen",
        "Commissioning manager in hydrogen",
        "the posting's title; the CV says Lead Commissioning Engineer",
    ),
    (
        "hydrogen",
        "experiences[0].bullets[3]",
        "three weeks early",
        "ahead of schedule",
        "vaguer than the CV's 'three weeks early' but implies a schedule the CV does not name",
    ),
    (
        "zoo",
        "experiences[0].description",
        "Led animal records",
        "Headed animal records",
        "the CV says 'responsible for'; 'headed' echoes the posting's title",
    ),
    (
        "radio",
        "overview",
        "Medical Physics Expert",
        "Medical Physics Expert recognised by the Swedish Radiation Safety Authority",
        "the sidebar names the authority; 'recognised' is the posting's word",
    ),
    (
        "cryo",
        "experiences[1].bullets[2]",
        "Published a first-author paper",
        "Published a high-impact first-author paper",
        "an evaluative adjective the CV does not use",
    ),
    (
        "music",
        "experiences[0].description",
        "Owned the product",
        "Owned the product roadmap",
        "a product owner usually owns the backlog; the roadmap is not stated",
    ),
    (
        "radar",
        "experiences[0].bullets[0]",
        "Network availability up from 94.5% to 98.7%.",
        "Network availability up by over four points, from 94.5% to 98.7%.",
        "the 4.2-point rise is computed, not written",
    ),
    (
        "rail",
        "experiences[0].bullets[0]",
        "Cut workshop visits by 22%",
        "Cut workshop visits by more than a fifth (22%)",
        "a fraction in words derived from the CV's figure",
    ),
    (
        "epics",
        "experiences[0].description",
        "roughly 400 IOCs",
        "hundreds of IOCs",
        "vaguer than the CV's figure; may read as more than 400",
    ),
]

FABRICATED = build(CVS, _FABRICATED)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
