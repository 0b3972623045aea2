"""Blind set ZA for the free-text claims guard (issue 20), written without reading the guard's rules,
its tests, its benchmarks or any other set: twelve hand-written CVs in audit data analytics at a Big
Four firm, wind-farm SCADA and condition monitoring, medical imaging AI validation, retail loyalty
programmes, SAP HCM payroll in Germany, drinking-water treatment process engineering, e-commerce site
search on Algolia, supply-chain planning with Kinaxis RapidResponse, IT asset management with Flexera
and ServiceNow SAM, compliance at a crypto-asset exchange, dental practice management software and
agricultural commodity trading systems (ETRM), each with a job posting or customer brief, one honest
tailoring in a style of its own (one of them for a different industry by transferable skills), single
claims injected into that tailoring's overview, descriptions and bullets, and edits whose honesty is
arguable listed apart with the reason."""

from claims_blind_set import build, cv, honest_texts, tailor

# ---------------------------------------------------------------------------------------------------
# 1. Audit data analytics at a Big Four firm; tailored in the third person, British spelling.
AUDIT = cv(
    "Audit Data Analytics Manager",
    "Priya Raman",
    "Audit data analytics manager with a background in external audit at a Big Four firm. Builds "
    "journal-entry testing and full-population analytics for listed clients, and trains audit teams to "
    "read the results. ACA chartered accountant; Alteryx Designer Core certified.",
    [
        (
            "Deloitte LLP, London — Audit & Assurance Analytics Manager (Jan 2020 – Jun 2024)",
            "Analytics lead within the audit practice, supporting engagement teams on FTSE 250 audits with "
            "data extraction, journal-entry testing and revenue analytics.",
            [
                "Built a reusable journal-entry testing workflow in Alteryx used on 42 audit engagements.",
                "Cut data preparation time per engagement from 10 days to 4 by standardising SAP and Oracle "
                "ledger extracts.",
                "Trained 120 auditors on reading analytics dashboards in Tableau.",
                "Reviewed revenue-to-cash three-way matches covering 3.2 million invoices for a retail client.",
            ],
            ["Alteryx", "SQL Server", "Tableau", "SAP ECC", "Oracle EBS", "Python"],
        ),
        (
            "PwC UK — Senior Associate, External Audit (Sep 2016 – Dec 2019)",
            "Statutory audits of manufacturing and retail groups, with a growing share of data-driven testing.",
            [
                "Led fieldwork for audits of groups with revenue up to £900m.",
                "Introduced IDEA-based duplicate payment testing on 6 audits.",
                "Supervised teams of up to 5 associates.",
            ],
            ["CaseWare IDEA", "Excel", "Aura"],
        ),
    ],
    skills=["Journal-entry testing", "Full-population analytics", "Data extraction", "ISA 315 risk assessment"],
    tools=["Alteryx", "Tableau", "IDEA", "SQL Server"],
    languages=["SQL", "Python"],
    certifications=["ACA (ICAEW)", "Alteryx Designer Core"],
    academic_background=["BSc Economics, University of Warwick"],
    spoken_languages=["English", "Tamil"],
)
AUDIT_JOB = (
    "Job posting: Senior Manager, Audit Analytics, mid-tier UK audit firm. You will lead our audit data "
    "analytics function, design journal-entry and revenue analytics for listed-company audits, coach "
    "engagement teams and standardise data extraction from client ERPs. ACA or ACCA qualified; Alteryx "
    "and Tableau experience essential."
)
AUDIT_HONEST = tailor(
    AUDIT,
    "ICAEW chartered accountant (ACA) with nearly eight years in Big Four audit, the last four and a half "
    "leading data analytics within the audit practice: journal-entry testing, full-population and revenue "
    "analytics on FTSE 250 audits, data extraction from client ERPs such as SAP and Oracle, and coaching "
    "engagement teams to interpret the results. Alteryx Designer Core certified, and at home in Tableau, "
    "IDEA and SQL.",
    [
        (
            "Led analytics for the audit practice, giving FTSE 250 engagement teams data extraction, "
            "journal-entry testing and revenue analytics.",
            [
                "Designed a reusable Alteryx workflow for journal-entry testing, adopted on 42 engagements.",
                "Standardised SAP and Oracle ledger extracts, reducing data preparation from ten days to four "
                "per engagement.",
                "Coached 120 auditors in interpreting Tableau analytics dashboards.",
                "Reviewed three-way revenue-to-cash matches across 3.2m invoices for a retail client.",
            ],
        ),
        (
            "Statutory audits of retail and manufacturing groups, increasingly built on data-driven testing.",
            [
                "Ran fieldwork on group audits with revenues of up to £900 million.",
                "Brought in duplicate payment testing with IDEA on six audits while supervising up to five associates.",
            ],
        ),
    ],
)
AUDIT_CLAIMS = [
    ("audit", "overview", "years", "middle", "nearly eight years", "more than ten years"),
    (
        "audit",
        "overview",
        "degree",
        "start",
        "ICAEW chartered accountant (ACA)",
        "ICAEW chartered accountant (ACA) and MSc Business Analytics graduate",
    ),
    (
        "audit",
        "overview",
        "certification",
        "end",
        "IDEA and SQL.",
        "IDEA and SQL, and a Certified Information Systems Auditor (CISA).",
    ),
    (
        "audit",
        "experiences[0].description",
        "customer",
        "end",
        "and revenue analytics.",
        "and revenue analytics, including the Tesco and Burberry audits.",
    ),
    ("audit", "experiences[0].bullets[0]", "number", "end", "adopted on 42 engagements.", "adopted on 48 engagements."),
    (
        "audit",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "from ten days to four per engagement.",
        "from ten days to four per engagement and saving the practice £350k a year.",
    ),
    (
        "audit",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "Tableau analytics dashboards.",
        "Tableau and Power BI analytics dashboards.",
    ),
    (
        "audit",
        "experiences[0].bullets[2]",
        "team size",
        "start",
        "Coached 120 auditors",
        "Managed a team of six data analysts and coached 120 auditors",
    ),
    (
        "audit",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built a continuous controls monitoring tool in Python that flagged 1,800 exceptions in its first quarter.",
    ),
    (
        "audit",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Designed a reusable journal-entry testing workflow in Alteryx, later used on 42 engagements.",
    ),
    (
        "audit",
        "experiences[1].description",
        "recognition",
        "end",
        "built on data-driven testing.",
        "built on data-driven testing; received the firm's Assurance Excellence award in 2018.",
    ),
    ("audit", "experiences[1].bullets[0]", "number", "end", "of up to £900 million.", "of up to £1.9 billion."),
]

# ---------------------------------------------------------------------------------------------------
# 2. Wind-farm SCADA and condition monitoring; tailored for a data-centre operator by transferable
#    skills only (monitoring, historians, alarms, availability), first person, British spelling.
SCADA = cv(
    "SCADA & Condition Monitoring Engineer",
    "Lars Mikkelsen",
    "Control and monitoring engineer for onshore and offshore wind farms. Eleven years with turbine SCADA, "
    "vibration-based condition monitoring and the data pipelines behind availability reporting. Chartered "
    "Engineer (IET), GWO Basic Safety Training.",
    [
        (
            "Ørsted — Senior SCADA Engineer, Offshore Wind (Mar 2019 – Oct 2024)",
            "Owner of the SCADA and condition monitoring systems for four offshore wind farms in the UK "
            "North Sea, 1.3 GW in total.",
            [
                "Migrated 350 turbines from a legacy SCADA to the Siemens Gamesa WebWPS platform with no loss of data.",
                "Set up drivetrain vibration monitoring with Brüel & Kjær Vibro, catching 14 main-bearing "
                "faults before failure.",
                "Raised reported turbine availability from 95.1% to 97.4% by fixing alarm-to-downtime mapping "
                "in the availability reports.",
                "Wrote the OPC UA interface between the SCADA and the OSIsoft PI historian.",
            ],
            ["Siemens Gamesa WebWPS", "OSIsoft PI", "OPC UA", "Brüel & Kjær Vibro", "Python", "SQL Server"],
        ),
        (
            "Vestas Wind Systems — SCADA Commissioning Engineer (Aug 2013 – Feb 2019)",
            "Commissioning of VestasOnline SCADA on onshore projects across Scandinavia and Germany.",
            [
                "Commissioned SCADA on 27 onshore wind farms.",
                "Configured IEC 61400-25 data exports for grid operators.",
                "Trained site technicians in alarm handling and remote resets.",
            ],
            ["VestasOnline Business", "IEC 61400-25", "Modbus TCP", "Windows Server"],
        ),
    ],
    skills=[
        "Wind turbine SCADA",
        "Condition monitoring",
        "Vibration analysis",
        "Availability reporting",
        "OT networking",
    ],
    tools=["OSIsoft PI", "Grafana", "Brüel & Kjær Vibro"],
    languages=["Python", "SQL"],
    certifications=[
        "Chartered Engineer (CEng, IET)",
        "GWO Basic Safety Training",
        "ISO 18436-2 Vibration Analyst Category II",
    ],
    academic_background=["MSc Wind Energy, Technical University of Denmark (DTU)"],
    spoken_languages=["Danish", "English", "German"],
)
SCADA_JOB = (
    "Job posting: Monitoring Systems Engineer, hyperscale data-centre operator (Copenhagen). Own the "
    "building management and electrical power monitoring systems, the historian and the availability "
    "reporting for our campus; integrate equipment over Modbus and OPC UA; tune alarms; work with "
    "operations technicians. Background in critical infrastructure or industrial control welcome. "
    "Chartered status an advantage."
)
SCADA_HONEST = tailor(
    SCADA,
    "I am a Chartered Engineer (CEng, IET) with eleven years of industrial monitoring and control on "
    "critical energy assets: SCADA systems, condition monitoring, historian data pipelines and the "
    "availability reporting built on them. I have integrated equipment over OPC UA and Modbus TCP, "
    "written interfaces into OSIsoft PI, corrected how alarms map to downtime and trained the technicians who act on "
    "alarms. My experience comes from wind power rather than data centres, and it transfers directly to "
    "running monitoring for an always-on site.",
    [
        (
            "I owned SCADA and condition monitoring for four offshore wind farms in the UK North Sea, "
            "totalling 1.3 GW.",
            [
                "I wrote the OPC UA interface linking the SCADA to the OSIsoft PI historian.",
                "I migrated 350 turbines off a legacy SCADA onto Siemens Gamesa WebWPS without losing data.",
                "By correcting how alarms mapped to downtime in the availability reports, I raised reported "
                "availability from 95.1% to 97.4%.",
                "I set up vibration-based condition monitoring with Brüel & Kjær Vibro, which caught 14 "
                "main-bearing faults before they failed.",
            ],
        ),
        (
            "I commissioned VestasOnline SCADA on onshore projects in Scandinavia and Germany.",
            [
                "I brought SCADA into service on 27 wind farms.",
                "I configured IEC 61400-25 data exports to grid operators.",
                "I trained site technicians in handling alarms and resetting turbines remotely.",
            ],
        ),
    ],
)
SCADA_CLAIMS = [
    ("scada", "overview", "years", "middle", "with eleven years of", "with fifteen years of"),
    (
        "scada",
        "overview",
        "customer",
        "end",
        "running monitoring for an always-on site.",
        "running monitoring for an always-on site, as I did for Equinix's Copenhagen campus.",
    ),
    ("scada", "overview", "tool", "middle", "over OPC UA and Modbus TCP,", "over OPC UA, BACnet and Modbus TCP,"),
    ("scada", "experiences[0].description", "number", "end", "totalling 1.3 GW.", "totalling 1.8 GW."),
    ("scada", "experiences[0].bullets[1]", "number", "middle", "I migrated 350 turbines", "I migrated 530 turbines"),
    (
        "scada",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from 95.1% to 97.4%.",
        "from 95.1% to 97.4%, worth about €6m a year in recovered revenue.",
    ),
    (
        "scada",
        "experiences[0].bullets[3]",
        "certified",
        "end",
        "before they failed.",
        "before they failed, as a certified Category III vibration analyst.",
    ),
    (
        "scada",
        "experiences[0].bullets[0]",
        "version",
        "end",
        "the OSIsoft PI historian.",
        "the OSIsoft PI Server 2018 SP3 historian.",
    ),
    (
        "scada",
        "experiences[1].description",
        "duration",
        "end",
        "in Scandinavia and Germany.",
        "in Scandinavia and Germany over seven years.",
    ),
    (
        "scada",
        "experiences[1].bullets[1]",
        "customer",
        "end",
        "to grid operators.",
        "to grid operators such as Energinet and TenneT.",
    ),
    (
        "scada",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "I led a commissioning crew of eight technicians on the Kriegers Flak project.",
    ),
    (
        "scada",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "I raised reported availability from 95.1% to 97.4% by correcting the alarm-to-downtime mapping.",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 3. Medical imaging AI validation; tailored with no pronouns, American spelling, acronyms expanded.
IMAGING = cv(
    "Clinical Validation Lead, Medical Imaging AI",
    "Amara Okafor",
    "Clinical scientist who validates AI software for radiology. Designs retrospective and prospective "
    "studies for CE-marked and FDA-cleared products, writes the clinical evaluation reports, and works "
    "with radiologists on reader studies. PhD in medical physics.",
    [
        (
            "Kheiron Medical Technologies — Clinical Validation Lead (Apr 2021 – Sep 2024)",
            "Led clinical validation of a breast screening AI product across NHS screening sites for its "
            "UKCA and CE marking.",
            [
                "Designed a retrospective study on 275,000 screening mammograms from 4 NHS trusts.",
                "Ran a reader study with 18 radiologists comparing double reading with and without AI.",
                "Wrote the clinical evaluation report under EU MDR for the Class IIa device.",
                "Set up post-market performance monitoring with monthly drift reports.",
            ],
            ["Python", "pydicom", "PostgreSQL", "R", "Orthanc PACS"],
        ),
        (
            "Guy's and St Thomas' NHS Foundation Trust — Clinical Scientist, Imaging Physics (Oct 2016 – Mar 2021)",
            "Quality assurance of CT and MRI scanners and evaluation of new imaging software for the trust.",
            [
                "Evaluated 3 AI triage tools for chest X-ray before procurement.",
                "Carried out annual CT dose audits across 9 scanners.",
                "Co-authored 5 peer-reviewed papers on AI evaluation methods.",
            ],
            ["MATLAB", "ImageJ", "Python", "DICOM"],
        ),
    ],
    skills=[
        "Clinical study design",
        "Reader studies",
        "EU MDR clinical evaluation",
        "Statistics (ROC, non-inferiority)",
        "Post-market surveillance",
    ],
    tools=["pydicom", "R", "Orthanc"],
    languages=["Python", "R", "MATLAB"],
    certifications=["HCPC registered Clinical Scientist", "ISO 13485 internal auditor training"],
    academic_background=["PhD Medical Physics, King's College London", "MSc Medical Physics, University of Surrey"],
    spoken_languages=["English", "Yoruba"],
)
IMAGING_JOB = (
    "Job posting: Head of Clinical Evidence, AI radiology start-up (Boston / remote). Plan and run "
    "retrospective and prospective validation studies and multi-reader multi-case (MRMC) studies, own "
    "clinical evaluation documentation for regulatory submissions, and build post-market performance "
    "monitoring. PhD in a relevant field; experience with DICOM data pipelines."
)
IMAGING_HONEST = tailor(
    IMAGING,
    "Medical physicist (PhD) and HCPC-registered clinical scientist specializing in the clinical "
    "validation of radiology AI. Plans retrospective and prospective studies and multi-reader studies "
    "with radiologists, authors clinical evaluation reports for CE-marked and FDA-cleared products, and "
    "has built post-market performance monitoring. Nearly eight years across an NHS imaging physics "
    "department and an AI vendor, with hands-on DICOM work in Python, pydicom and Orthanc.",
    [
        (
            "Clinical validation lead for a breast screening AI product, validated across National Health "
            "Service screening sites, supporting its UKCA and CE marking.",
            [
                "Retrospective study design covering 275k screening mammograms drawn from four NHS trusts.",
                "Multi-reader study with 18 radiologists, comparing double reading with and without AI support.",
                "Authored the EU Medical Device Regulation clinical evaluation report for the Class IIa device.",
                "Post-market performance monitoring established, with drift reported monthly.",
            ],
        ),
        (
            "Quality assurance for CT and MRI scanners, plus evaluation of new imaging software for the trust.",
            [
                "Pre-procurement evaluation of three chest X-ray AI triage tools.",
                "Annual computed tomography dose audits across nine scanners.",
                "Co-author of five peer-reviewed papers on methods for evaluating AI.",
            ],
        ),
    ],
)
IMAGING_CLAIMS = [
    (
        "imaging",
        "overview",
        "certified",
        "end",
        "in Python, pydicom and Orthanc.",
        "in Python, pydicom and Orthanc, and a certified ISO 13485 lead auditor.",
    ),
    ("imaging", "overview", "years", "middle", "Nearly eight years across", "Over a decade across"),
    ("imaging", "overview", "degree", "start", "Medical physicist (PhD)", "Medical physicist (PhD, MBA)"),
    (
        "imaging",
        "experiences[0].description",
        "customer",
        "middle",
        "across National Health Service screening sites",
        "across National Health Service screening sites and Kaiser Permanente clinics",
    ),
    (
        "imaging",
        "experiences[0].bullets[0]",
        "number",
        "middle",
        "covering 275k screening mammograms",
        "covering 375k screening mammograms",
    ),
    (
        "imaging",
        "experiences[0].bullets[1]",
        "team size",
        "start",
        "Multi-reader study with 18 radiologists",
        "Multi-reader study with 24 radiologists",
    ),
    (
        "imaging",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "with and without AI support.",
        "with and without AI support, showing an 11% gain in cancer detection.",
    ),
    (
        "imaging",
        "experiences[0].bullets[2]",
        "certification",
        "start",
        "Authored the EU Medical Device Regulation",
        "As a RAPS-certified regulatory professional (RAC), authored the EU Medical Device Regulation",
    ),
    (
        "imaging",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "with drift reported monthly.",
        "with drift reported monthly through Evidently AI and Grafana.",
    ),
    (
        "imaging",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Prepared the FDA 510(k) submission, cleared in 2023.",
    ),
    (
        "imaging",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Authored the clinical evaluation report under EU MDR for a Class IIa device.",
    ),
    (
        "imaging",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "on methods for evaluating AI.",
        "on methods for evaluating AI, one of which won the IPEM Founders' Prize.",
    ),
    (
        "imaging",
        "experiences[1].description",
        "date",
        "start",
        "Quality assurance for CT and MRI scanners",
        "From 2014, quality assurance for CT and MRI scanners",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 4. Retail loyalty programmes; tailored for a UK grocer, third person, short punchy bullets, figures
#    in other forms.
LOYALTY = cv(
    "Loyalty Programme Manager",
    "Sophie Durand",
    "Loyalty and CRM manager in grocery and fashion retail. Has run points-based and paid membership "
    "programmes, personalised offers and the member analytics behind them. Comfortable with both the "
    "commercial side and the data.",
    [
        (
            "Carrefour France — Loyalty Programme Manager (Jan 2020 – Dec 2024)",
            "Ran the Carrefour loyalty programme for hypermarkets and convenience stores, covering offers, "
            "partner earn and member communications.",
            [
                "Grew active members from 9.5 million to 12 million.",
                "Launched a paid membership tier priced at €5 a month, reaching 400,000 subscribers in its first year.",
                "Moved personalised offers to Salesforce Marketing Cloud, lifting offer redemption by 30%.",
                "Managed a budget of €18m for member rewards.",
            ],
            ["Salesforce Marketing Cloud", "Google BigQuery", "Looker", "SAP CAR"],
        ),
        (
            "Galeries Lafayette — CRM Analyst (Sep 2016 – Dec 2019)",
            "Customer analytics for the department store's loyalty card and e-mail programme.",
            [
                "Built RFM segmentation for 2 million cardholders.",
                "Ran A/B tests on birthday and win-back campaigns.",
                "Reported monthly programme KPIs to the CRM director.",
            ],
            ["SAS", "SQL", "Adobe Campaign", "Excel"],
        ),
        (
            "Monoprix — Trade Marketing Assistant (Sep 2014 – Aug 2016)",
            "Supported in-store promotions for the Paris city-centre stores.",
            [
                "Planned the monthly promotional calendar for 80 stores.",
                "Tracked promotion uplift in weekly Excel reports.",
                "Coordinated point-of-sale material with suppliers.",
            ],
            ["Excel", "SAP BW"],
        ),
    ],
    skills=["Loyalty programme design", "Paid membership", "Personalisation", "CRM analytics", "A/B testing"],
    tools=["Salesforce Marketing Cloud", "Adobe Campaign", "Looker", "BigQuery"],
    languages=["SQL", "SAS"],
    certifications=["Salesforce Certified Marketing Cloud Email Specialist"],
    academic_background=["Master in Marketing, ESSEC Business School"],
    spoken_languages=["French", "English", "Spanish"],
)
LOYALTY_JOB = (
    "Job posting: Head of Loyalty, UK grocery retailer. Lead our loyalty scheme and subscription "
    "proposition, own personalised offers and member communications, manage the rewards budget and the "
    "relationship with partners, and use member data to steer the programme. Salesforce Marketing Cloud "
    "a plus."
)
LOYALTY_HONEST = tailor(
    LOYALTY,
    "Grocery and fashion retail loyalty manager with more than eight years in CRM and loyalty. Sophie has "
    "run a points scheme and launched a paid subscription tier, owned personalised offers, partner earn "
    "and member communications, and managed an €18m rewards budget, backed by hands-on member analytics "
    "(RFM segmentation, A/B testing, SQL). Salesforce Certified Marketing Cloud Email Specialist.",
    [
        (
            "Led Carrefour's loyalty scheme across hypermarkets and convenience stores: offers, partner "
            "earn and member communications.",
            [
                "Active membership up by 2.5 million, to 12m.",
                "Paid membership tier launched at €5 per month; 400k subscribers within twelve months.",
                "Personalised offers migrated to Salesforce Marketing Cloud, with redemption up 30 per cent.",
                "Rewards budget of €18 million under management.",
            ],
        ),
        (
            "Analysed customers of the department store's loyalty card and e-mail programme.",
            [
                "Segmented 2m cardholders by recency, frequency and monetary value (RFM).",
                "A/B tested birthday and win-back campaigns.",
                "Monthly KPI reporting on the programme to the CRM director.",
            ],
        ),
        (
            "Supported in-store promotions across Monoprix's central Paris stores.",
            [
                "Monthly promotional calendar planned for 80 stores.",
                "Weekly Excel reporting on promotional uplift.",
                "Point-of-sale material coordinated with suppliers.",
            ],
        ),
    ],
)
LOYALTY_CLAIMS = [
    (
        "loyalty",
        "overview",
        "customer",
        "start",
        "Grocery and fashion retail loyalty manager",
        "Grocery and fashion retail loyalty manager, formerly at Tesco Clubcard,",
    ),
    ("loyalty", "overview", "years", "middle", "more than eight years", "over twelve years"),
    (
        "loyalty",
        "overview",
        "certification",
        "end",
        "Marketing Cloud Email Specialist.",
        "Marketing Cloud Email Specialist and Marketing Cloud Consultant.",
    ),
    (
        "loyalty",
        "experiences[0].description",
        "date",
        "start",
        "Led Carrefour's loyalty scheme",
        "Since 2018, led Carrefour's loyalty scheme",
    ),
    (
        "loyalty",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Active membership up by 2.5 million",
        "Active membership up by 3.5 million",
    ),
    (
        "loyalty",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "400k subscribers within twelve months.",
        "400k subscribers within twelve months and a 9% rise in their basket size.",
    ),
    (
        "loyalty",
        "experiences[0].bullets[2]",
        "number",
        "end",
        "with redemption up 30 per cent.",
        "with redemption up 38 per cent.",
    ),
    (
        "loyalty",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "under management.",
        "under management, with a team of nine.",
    ),
    (
        "loyalty",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Negotiated a partner earn deal with TotalEnergies that brought in 1.1 million new members.",
    ),
    (
        "loyalty",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "monetary value (RFM).",
        "monetary value (RFM) in Python and Tableau.",
    ),
    (
        "loyalty",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Moved personalised offers onto Salesforce Marketing Cloud, with redemption up 30%.",
    ),
    (
        "loyalty",
        "experiences[1].description",
        "recognition",
        "end",
        "and e-mail programme.",
        "and e-mail programme, shortlisted at the 2019 Loyalty Awards.",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 5. SAP HCM payroll in Germany; tailored for a public-sector S/4HANA move, terse, no pronouns,
#    German terms expanded.
PAYROLL = cv(
    "SAP HCM Payroll Consultant (Germany)",
    "Thomas Becker",
    "SAP HCM consultant specialising in German payroll (PY-DE) for over 12 years. Implements and supports "
    "payroll for employers with collective agreements, company pensions and public-sector rules, and "
    "handles the yearly legal changes. SAP certified in HCM.",
    [
        (
            "Deutsche Bahn AG (via Allgeier Experts) — Senior SAP PY-DE Consultant (Jan 2019 – Nov 2024)",
            "Payroll support and change projects for around 190,000 employees under several collective agreements.",
            [
                "Implemented the yearly legal changes (DEÜV, ELStAM, eAU) in each January release.",
                "Automated retroactive payroll checks with custom ABAP reports, halving the monthly "
                "reconciliation effort.",
                "Configured the company pension (bAV) deferred compensation schemes.",
                "Prepared payroll for the migration to SAP S/4HANA 2022.",
            ],
            ["SAP HCM PY-DE", "SAP ECC 6.0 EhP8", "ABAP", "SAP S/4HANA 2022", "SAP Solution Manager"],
        ),
        (
            "Allianz Deutschland AG — SAP HCM Payroll Analyst (Apr 2012 – Dec 2018)",
            "In-house payroll team for insurance staff and field sales agents.",
            [
                "Maintained payroll schemas and rules for 28,000 employees.",
                "Introduced the electronic payslip, replacing paper for 85% of staff.",
                "Led the year-end closing in 2016, 2017 and 2018.",
            ],
            ["SAP HCM PY-DE", "SAP ECC 6.0", "ABAP", "Excel"],
        ),
    ],
    skills=[
        "German payroll (PY-DE)",
        "Time management (PT)",
        "Collective agreements (TVöD, ETV)",
        "Company pensions (bAV)",
        "Legal changes",
    ],
    tools=["SAP HCM", "SAP Solution Manager"],
    languages=["ABAP"],
    certifications=["SAP Certified Application Associate – SAP HCM with ERP 6.0 EHP4"],
    academic_background=["Diplom-Betriebswirt (FH), Hochschule Mannheim"],
    spoken_languages=["German", "English"],
)
PAYROLL_JOB = (
    "Job posting (translated from German): SAP Payroll Lead for a federal-state employer. Own German "
    "payroll on SAP HCM for 60,000 civil servants and employees under TVöD/TV-L, deliver the annual legal "
    "changes, and prepare payroll for the move to SAP S/4HANA. ABAP knowledge and SAP certification "
    "expected."
)
PAYROLL_HONEST = tailor(
    PAYROLL,
    "SAP-certified HCM payroll consultant (SAP HCM with ERP 6.0 EHP4) with over twelve years in German "
    "payroll (PY-DE), at an insurer and at Deutsche Bahn. Collective agreements including TVöD, company "
    "pensions (bAV), public-sector rules and the yearly legal changes; ABAP for custom checks; payroll "
    "readiness for SAP S/4HANA 2022.",
    [
        (
            "Payroll support and change projects for roughly 190k employees covered by several collective agreements.",
            [
                "Each January release: statutory changes for DEÜV, ELStAM and the electronic certificate of "
                "incapacity for work (eAU).",
                "Custom ABAP reports automating retroactive payroll checks; monthly reconciliation effort cut by half.",
                "Company pension (betriebliche Altersversorgung) deferred compensation schemes configured.",
                "Payroll made ready for the move to S/4HANA 2022.",
            ],
        ),
        (
            "Member of the in-house payroll team paying insurance staff and field sales agents.",
            [
                "Payroll schemas and rules maintained for 28k employees.",
                "Electronic payslip introduced; paper dropped for 85% of staff.",
                "Lead for three consecutive year-end closings, 2016 to 2018.",
            ],
        ),
    ],
)
PAYROLL_CLAIMS = [
    (
        "payroll",
        "overview",
        "certification",
        "start",
        "SAP-certified HCM payroll consultant (SAP HCM with ERP 6.0 EHP4)",
        "SAP-certified HCM payroll consultant (SAP HCM with ERP 6.0 EHP4 and SuccessFactors Employee Central Payroll)",
    ),
    ("payroll", "overview", "version", "end", "readiness for SAP S/4HANA 2022.", "readiness for SAP S/4HANA 2023."),
    (
        "payroll",
        "overview",
        "customer",
        "middle",
        "at an insurer and at Deutsche Bahn.",
        "at an insurer, at Deutsche Bahn and at Siemens.",
    ),
    (
        "payroll",
        "experiences[0].description",
        "number",
        "middle",
        "for roughly 190k employees",
        "for roughly 210k employees",
    ),
    (
        "payroll",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "cut by half.",
        "cut by half, and payroll errors down by 40%.",
    ),
    (
        "payroll",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "deferred compensation schemes configured.",
        "deferred compensation schemes configured, with interfaces to SAP SuccessFactors.",
    ),
    (
        "payroll",
        "experiences[0].bullets[3]",
        "duration",
        "end",
        "the move to S/4HANA 2022.",
        "the move to S/4HANA 2022 in an 18-month project.",
    ),
    (
        "payroll",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced TV-L payroll for 12,000 newly transferred employees.",
    ),
    (
        "payroll",
        "experiences[1].bullets[0]",
        "team size",
        "end",
        "for 28k employees.",
        "for 28k employees, leading a payroll team of five.",
    ),
    ("payroll", "experiences[1].bullets[2]", "date", "end", "2016 to 2018.", "2014 to 2018."),
    (
        "payroll",
        "experiences[1].description",
        "degree",
        "end",
        "insurance staff and field sales agents.",
        "insurance staff and field sales agents, alongside a part-time Master's in HR management.",
    ),
    (
        "payroll",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Configured the deferred compensation schemes of the company pension (bAV).",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 6. Drinking-water treatment process engineering; tailored for an Irish consultancy, first person,
#    British spelling, bullets merged and split.
WATER = cv(
    "Process Engineer, Drinking Water Treatment",
    "Fiona McLeod",
    "Chartered chemical engineer in drinking-water treatment. Designs and optimises coagulation, "
    "filtration and disinfection processes, runs pilot trials and supports works through audits by the "
    "Drinking Water Quality Regulator.",
    [
        (
            "Scottish Water — Senior Process Engineer (Jun 2018 – Aug 2024)",
            "Process support for 30 treatment works in the north of Scotland, ranging from 0.1 to 80 Ml/d.",
            [
                "Ran a 9-month pilot of ceramic membranes at a peaty upland source, which went on to full-scale "
                "design.",
                "Cut coagulant use by 18% across 6 works by moving to streaming current control.",
                "Led investigations into 12 trihalomethane exceedances and the resulting process changes.",
                "Wrote the process sections of the works' Drinking Water Safety Plans.",
            ],
            ["WaterGEMS", "OSIsoft PI", "Excel", "Jar testing"],
        ),
        (
            "Jacobs — Process Engineer (Sep 2013 – May 2018)",
            "Design of treatment upgrades for UK water utilities under AMP5 and AMP6.",
            [
                "Sized GAC filters and UV disinfection for a 40 Ml/d works upgrade for Yorkshire Water.",
                "Produced process flow diagrams and hydraulic profiles for 7 schemes.",
                "Took part in HAZOP studies as the process representative.",
            ],
            ["AutoCAD", "Aspen Plus", "Excel"],
        ),
    ],
    skills=[
        "Coagulation and clarification",
        "Membrane filtration",
        "Disinfection (chlorine, UV)",
        "Pilot trials",
        "Drinking Water Safety Plans",
        "HAZOP",
    ],
    tools=["Aspen Plus", "OSIsoft PI", "WaterGEMS"],
    certifications=["Chartered Engineer (CEng, IChemE)", "NEBOSH General Certificate"],
    academic_background=["MEng Chemical Engineering, University of Strathclyde"],
    industries=["Water utilities"],
    spoken_languages=["English"],
)
WATER_JOB = (
    "Job posting: Principal Process Engineer, water infrastructure consultancy, Dublin. Lead process "
    "design for drinking-water treatment upgrades (coagulation, membranes, GAC, UV), run pilot trials, "
    "address disinfection by-product compliance, and write Drinking Water Safety Plans. Chartered status "
    "(IChemE or Engineers Ireland) required."
)
WATER_HONEST = tailor(
    WATER,
    "I am a chartered chemical engineer (CEng, IChemE) with almost eleven years in drinking-water treatment, "
    "split between design consultancy at Jacobs and operational process support at Scottish Water. I "
    "design and optimise coagulation, membrane filtration, GAC and UV/chlorine disinfection, run pilot "
    "trials, tackle disinfection by-products such as trihalomethanes, write Drinking Water Safety Plans "
    "and support works through regulatory audits.",
    [
        (
            "I provided process support to 30 treatment works across the north of Scotland, from 0.1 Ml/d "
            "up to 80 Ml/d.",
            [
                "I piloted ceramic membranes for nine months on a peaty upland source; the trial fed "
                "straight into full-scale design.",
                "Switching six works to streaming current control reduced coagulant use by 18 percent.",
                "I led the investigation of a dozen trihalomethane (THM) exceedances and the process changes "
                "that followed.",
                "I wrote the process sections of each works' Drinking Water Safety Plan.",
            ],
        ),
        (
            "I designed treatment upgrades for UK water utilities during AMP5 and AMP6.",
            [
                "For Yorkshire Water I sized the granular activated carbon filters and UV disinfection of a "
                "40 Ml/d works upgrade.",
                "I produced process flow diagrams and hydraulic profiles for seven schemes.",
                "I represented process on HAZOP studies.",
            ],
        ),
    ],
)
WATER_CLAIMS = [
    (
        "water",
        "overview",
        "certification",
        "start",
        "I am a chartered chemical engineer (CEng, IChemE)",
        "I am a chartered chemical engineer (CEng, IChemE) and a Chartered Engineer of Engineers Ireland",
    ),
    ("water", "overview", "years", "middle", "with almost eleven years in", "with fourteen years in"),
    (
        "water",
        "overview",
        "tool",
        "end",
        "support works through regulatory audits.",
        "support works through regulatory audits, modelling processes in GPS-X and Stoat.",
    ),
    (
        "water",
        "experiences[0].description",
        "number",
        "start",
        "I provided process support to 30 treatment works",
        "I provided process support to 36 treatment works",
    ),
    ("water", "experiences[0].bullets[0]", "duration", "middle", "for nine months", "for fourteen months"),
    (
        "water",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "by 18 percent.",
        "by 18 percent, saving £220,000 a year in chemicals.",
    ),
    (
        "water",
        "experiences[0].bullets[2]",
        "team size",
        "start",
        "I led the investigation",
        "With a team of four scientists, I led the investigation",
    ),
    (
        "water",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "I commissioned a 25 Ml/d dissolved air flotation plant at Turriff on time and within budget.",
    ),
    (
        "water",
        "experiences[1].bullets[0]",
        "customer",
        "start",
        "For Yorkshire Water",
        "For Yorkshire Water and Severn Trent",
    ),
    ("water", "experiences[1].description", "date", "end", "during AMP5 and AMP6.", "during AMP5, AMP6 and AMP7."),
    (
        "water",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "on HAZOP studies.",
        "on HAZOP studies and was named Jacobs' Graduate Engineer of the Year in 2015.",
    ),
    (
        "water",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "I moved six works to streaming current control, cutting coagulant use by 18%.",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 7. E-commerce site search on Algolia; tailored for a US retailer, American spelling, no pronouns,
#    posting vocabulary.
SEARCH = cv(
    "Search Engineer, E-commerce",
    "Kenji Watanabe",
    "Engineer who builds product search for online shops on Algolia. Tunes relevance, merchandising rules "
    "and query analytics, and integrates search into React storefronts.",
    [
        (
            "Decathlon Digital — Lead Search Engineer (Feb 2021 – Oct 2024)",
            "Owned the site search and category listing pages for Decathlon's European web shops, 9 countries "
            "and about 120,000 products.",
            [
                "Moved site search from Elasticsearch to Algolia in 5 months without downtime.",
                "Raised search conversion rate by 14% through synonym, typo-tolerance and ranking work.",
                "Built InstantSearch v4 components for the React storefront.",
                "Set up query analytics dashboards so merchandisers could spot zero-result searches.",
            ],
            ["Algolia", "React InstantSearch v4", "Node.js", "TypeScript", "Google Cloud Functions"],
        ),
        (
            "Rakuten France — Software Engineer, Search (Jul 2017 – Jan 2021)",
            "Search backend for the marketplace's product catalogue.",
            [
                "Maintained Elasticsearch 6 clusters indexing 30 million offers.",
                "Wrote a nightly indexing pipeline in Python.",
                "Added search-as-you-type autocomplete to the marketplace.",
            ],
            ["Elasticsearch 6", "Python", "Kafka", "PostgreSQL"],
        ),
        (
            "Sopra Steria — Junior Java Developer (Sep 2015 – Jun 2017)",
            "Developer on a ticketing web application for a French rail operator.",
            [
                "Wrote REST endpoints in Java 8 with Spring Boot.",
                "Added full-text search to the booking back office with Apache Solr.",
                "Raised unit test coverage from 40% to 75%.",
            ],
            ["Java 8", "Spring Boot", "Apache Solr", "Oracle Database"],
        ),
    ],
    skills=["Search relevance", "Merchandising rules", "Query analytics", "Frontend integration"],
    tools=["Algolia", "Elasticsearch", "Kafka"],
    languages=["TypeScript", "JavaScript", "Python"],
    certifications=["Algolia Certified Developer"],
    academic_background=["MSc Computer Science, Université Paris-Saclay"],
    spoken_languages=["Japanese", "French", "English"],
)
SEARCH_JOB = (
    "Job posting: Senior Search Engineer, home-furnishings e-commerce (Austin, TX). Own site search and "
    "browse on Algolia; improve relevance and search conversion; build React InstantSearch experiences; "
    "give merchandisers the analytics and rules they need. Elasticsearch migration experience a plus."
)
SEARCH_HONEST = tailor(
    SEARCH,
    "Algolia Certified Developer with over seven years in e-commerce search, from an Elasticsearch "
    "marketplace backend to leading Algolia site search for a multi-country retailer. Strong in relevance "
    "tuning (synonyms, typo tolerance, ranking), merchandising rules and query analytics, and in shipping "
    "React InstantSearch experiences in TypeScript.",
    [
        (
            "Owner of site search and category browse for Decathlon's European web shops: nine countries, "
            "roughly 120k products.",
            [
                "Migrated site search off Elasticsearch onto Algolia in five months, with zero downtime.",
                "Synonym, typo-tolerance and ranking optimization lifted search conversion by 14%.",
                "React storefront components built on InstantSearch v4.",
                "Query analytics dashboards that let merchandisers catch zero-result searches.",
            ],
        ),
        (
            "Backend search engineering for the marketplace product catalog.",
            [
                "Elasticsearch 6 clusters maintained, indexing 30M offers, fed by a nightly Python indexing pipeline.",
                "Search-as-you-type autocomplete added to the marketplace.",
            ],
        ),
        (
            "Java developer on a rail operator's ticketing web application.",
            [
                "Spring Boot REST endpoints in Java 8.",
                "Full-text search for the booking back office, built on Apache Solr.",
                "Unit test coverage taken from 40 to 75 percent.",
            ],
        ),
    ],
)
SEARCH_CLAIMS = [
    (
        "search",
        "overview",
        "years",
        "start",
        "Algolia Certified Developer with over seven years",
        "Algolia Certified Developer with over nine years",
    ),
    (
        "search",
        "overview",
        "tool",
        "middle",
        "merchandising rules and query analytics,",
        "merchandising rules, Algolia Recommend and query analytics,",
    ),
    (
        "search",
        "overview",
        "recognition",
        "end",
        "React InstantSearch experiences in TypeScript.",
        "React InstantSearch experiences in TypeScript; Algolia Partner Developer of the Year 2023.",
    ),
    ("search", "experiences[0].description", "number", "middle", "nine countries,", "eleven countries,"),
    ("search", "experiences[0].bullets[0]", "duration", "middle", "in five months,", "in three months,"),
    (
        "search",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "lifted search conversion by 14%.",
        "lifted search conversion by 14% and average order value by 6%.",
    ),
    (
        "search",
        "experiences[0].bullets[2]",
        "version",
        "end",
        "built on InstantSearch v4.",
        "built on InstantSearch v5.",
    ),
    (
        "search",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "Query analytics dashboards",
        "With a squad of four engineers, query analytics dashboards",
    ),
    (
        "search",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced Algolia NeuralSearch, cutting zero-result searches by a third.",
    ),
    (
        "search",
        "experiences[1].description",
        "customer",
        "end",
        "for the marketplace product catalog.",
        "for the marketplace product catalog, also serving Fnac Darty's partner feed.",
    ),
    ("search", "experiences[1].bullets[0]", "version", "start", "Elasticsearch 6 clusters", "Elasticsearch 7 clusters"),
    (
        "search",
        "experiences[1].bullets[1]",
        "tool",
        "end",
        "autocomplete added to the marketplace.",
        "autocomplete added to the marketplace using Redis.",
    ),
    (
        "search",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built query analytics dashboards so merchandisers could spot zero-result searches.",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 8. Supply-chain planning with Kinaxis RapidResponse; tailored for a pharmaceutical customer, mixed
#    first person and no pronoun, British spelling, figures doubled and as fractions.
KINAXIS = cv(
    "Supply Chain Planning Consultant (Kinaxis RapidResponse)",
    "Marta Kowalska",
    "Supply-chain planning consultant who implements Kinaxis RapidResponse for manufacturers. Covers S&OP, "
    "supply planning and capacity planning, from design workshops to hypercare.",
    [
        (
            "Philips (via Accenture) — RapidResponse Solution Architect (Mar 2021 – Jun 2024)",
            "Global rollout of RapidResponse for supply and capacity planning across Philips' personal health "
            "factories.",
            [
                "Designed the supply planning model for 6 factories and 3 distribution centres.",
                "Built the SAP ECC data integration with Kinaxis Data Integration, covering 14 source tables.",
                "Cut the monthly S&OP cycle from 3 weeks to 10 days.",
                "Ran hypercare for 2 months after each of the 3 go-lives.",
            ],
            ["Kinaxis RapidResponse 2021", "SAP ECC", "Kinaxis Data Integration", "Excel"],
        ),
        (
            "Accenture — Supply Chain Analyst (Sep 2018 – Feb 2021)",
            "Planning improvement projects for consumer goods clients.",
            [
                "Built a demand forecast accuracy dashboard in Power BI.",
                "Supported an SAP APO to RapidResponse migration for a food manufacturer.",
                "Documented S&OP processes for 2 clients.",
            ],
            ["SAP APO", "Power BI", "Kinaxis RapidResponse", "SQL"],
        ),
    ],
    skills=["S&OP", "Supply planning", "Capacity planning", "Data integration", "Hypercare"],
    tools=["Kinaxis RapidResponse", "SAP APO", "Power BI"],
    certifications=["Kinaxis Certified RapidResponse Author Level 2", "APICS CPIM (in progress)"],
    academic_background=["MSc Supply Chain Management, Poznań University of Economics"],
    spoken_languages=["Polish", "English", "Dutch"],
)
KINAXIS_JOB = (
    "Customer brief: a pharmaceutical manufacturer needs a Kinaxis Solution Architect for a RapidResponse "
    "supply and capacity planning rollout across its European plants: model design, SAP integration, "
    "S&OP redesign and hypercare. APICS certification welcome."
)
KINAXIS_HONEST = tailor(
    KINAXIS,
    "RapidResponse solution architect with nearly six years in supply-chain planning, most recently on "
    "a global Kinaxis rollout for Philips. I cover sales and operations planning (S&OP), "
    "supply and capacity planning and SAP integration, from design workshops through to hypercare. Kinaxis "
    "Certified RapidResponse Author (Level 2); currently working towards APICS CPIM.",
    [
        (
            "Global RapidResponse rollout for supply and capacity planning in Philips' personal health factories.",
            [
                "I designed the supply planning model covering six factories and three distribution centres.",
                "SAP ECC integration through Kinaxis Data Integration, spanning fourteen source tables.",
                "Monthly sales and operations planning cycle shortened from three weeks to ten days.",
                "I ran two months of hypercare after each of the three go-lives.",
            ],
        ),
        (
            "I worked on planning improvement projects for consumer goods clients.",
            [
                "Power BI dashboard tracking demand forecast accuracy.",
                "Support for a food manufacturer's migration from SAP APO to RapidResponse.",
                "S&OP processes documented for two clients.",
            ],
        ),
    ],
)
KINAXIS_CLAIMS = [
    ("kinaxis", "overview", "certified", "end", "currently working towards APICS CPIM.", "APICS CPIM certified."),
    (
        "kinaxis",
        "overview",
        "customer",
        "middle",
        "Kinaxis rollout for Philips.",
        "Kinaxis rollout for Philips and Novartis.",
    ),
    (
        "kinaxis",
        "overview",
        "years",
        "start",
        "RapidResponse solution architect with nearly six years",
        "RapidResponse solution architect with nine years",
    ),
    (
        "kinaxis",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "and three distribution centres.",
        "and five distribution centres.",
    ),
    (
        "kinaxis",
        "experiences[0].bullets[1]",
        "tool",
        "start",
        "SAP ECC integration through Kinaxis Data Integration",
        "SAP ECC and SAP IBP integration through Kinaxis Data Integration",
    ),
    (
        "kinaxis",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from three weeks to ten days.",
        "from three weeks to ten days, with inventory down 12%.",
    ),
    (
        "kinaxis",
        "experiences[0].bullets[3]",
        "duration",
        "middle",
        "two months of hypercare",
        "four months of hypercare",
    ),
    (
        "kinaxis",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "I coached a team of seven Philips planners through user acceptance testing.",
    ),
    (
        "kinaxis",
        "experiences[1].description",
        "date",
        "end",
        "for consumer goods clients.",
        "for consumer goods clients from 2016 onwards.",
    ),
    (
        "kinaxis",
        "experiences[1].bullets[1]",
        "version",
        "middle",
        "from SAP APO to RapidResponse",
        "from SAP APO 7.0 to RapidResponse",
    ),
    (
        "kinaxis",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Designed a supply planning model for six factories and three distribution centres.",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 9. IT asset management (Flexera, ServiceNow SAM); tailored for an insurer, third person, long
#    sentences, abbreviations both ways.
ITAM = cv(
    "IT Asset Management Lead",
    "Rebecca Hartley",
    "IT asset manager focused on software licence compliance. Runs Flexera One and ServiceNow SAM Pro "
    "estates, prepares for vendor audits from Microsoft, Oracle and IBM, and turns licence data into "
    "savings.",
    [
        (
            "Barclays — Software Asset Management Lead (May 2020 – Nov 2024)",
            "Led the SAM team for the bank's end-user and data-centre estate.",
            [
                "Ran the move from Flexera FlexNet Manager Suite on-premises to Flexera One.",
                "Handled an Oracle licence audit, settling with no back-licensing fees.",
                "Reclaimed 6,500 unused Microsoft 365 E5 licences, saving £2.1m a year.",
                "Led a team of 7 SAM analysts.",
            ],
            ["Flexera One", "FlexNet Manager Suite", "ServiceNow SAM Pro", "Power BI"],
        ),
        (
            "Capgemini UK — ITAM Consultant (Jan 2016 – Apr 2020)",
            "ServiceNow SAM Pro implementations for public-sector and utility clients.",
            [
                "Implemented ServiceNow SAM Pro on the Madrid release for a water utility.",
                "Normalised software discovery data from SCCM for 40,000 devices.",
                "Built IBM sub-capacity reporting with ILMT.",
            ],
            ["ServiceNow SAM Pro", "Microsoft SCCM", "IBM ILMT", "Excel"],
        ),
        (
            "Leeds City Council — Service Desk Analyst (Jul 2013 – Dec 2015)",
            "First- and second-line support for council staff.",
            [
                "Resolved around 35 tickets a day in ServiceNow.",
                "Kept the hardware asset register up to date for 3 council buildings.",
                "Imaged and deployed laptops during the Windows 7 rollout.",
            ],
            ["ServiceNow", "Microsoft SCCM", "Active Directory"],
        ),
    ],
    skills=["Software licence compliance", "Vendor audit defence", "Licence optimisation", "Hardware asset lifecycle"],
    tools=["Flexera One", "ServiceNow SAM Pro", "ILMT", "SCCM"],
    certifications=["ServiceNow Certified Implementation Specialist – Software Asset Management", "IAITAM CSAM"],
    academic_background=["BSc Business Information Systems, University of Leeds"],
    spoken_languages=["English"],
)
ITAM_JOB = (
    "Job posting: IT Asset Manager, UK insurer. Lead software asset management on Flexera and ServiceNow "
    "SAM Pro, defend Microsoft, Oracle and IBM audits, drive licence savings and manage a small team. "
    "CSAM or ServiceNow SAM certification desirable."
)
ITAM_HONEST = tailor(
    ITAM,
    "Rebecca is a software asset management (SAM) lead with almost nine years in IT asset management, "
    "in financial services and in consulting to public-sector and utility clients. She runs Flexera One "
    "and ServiceNow SAM Pro estates, defends Microsoft, Oracle and IBM licence audits and turns licence "
    "data into savings, most visibly £2.1m a year at Barclays. She holds the IAITAM Certified Software "
    "Asset Manager (CSAM) credential and is a ServiceNow Certified Implementation Specialist in SAM.",
    [
        (
            "Rebecca headed the software asset management team covering the bank's end-user and data-centre "
            "estate, leading seven SAM analysts.",
            [
                "She led the migration from on-premises FlexNet Manager Suite to Flexera One.",
                "She managed an Oracle licence audit through to a settlement with zero back-licensing fees.",
                "By reclaiming 6.5k unused Microsoft 365 E5 licences she saved £2.1 million annually.",
            ],
        ),
        (
            "She implemented ServiceNow Software Asset Management Professional for public-sector and utility clients.",
            [
                "For a water utility, she delivered SAM Pro on ServiceNow's Madrid release.",
                "She normalised Microsoft SCCM software discovery data across 40k devices.",
                "She built IBM sub-capacity reporting using the IBM License Metric Tool (ILMT).",
            ],
        ),
        (
            "She gave first- and second-line support to council staff.",
            [
                "She resolved roughly 35 ServiceNow tickets per day.",
                "She maintained the hardware asset register across three council buildings.",
                "During the Windows 7 rollout she imaged and deployed laptops.",
            ],
        ),
    ],
)
ITAM_CLAIMS = [
    ("itam", "overview", "years", "middle", "with almost nine years in", "with over twelve years in"),
    ("itam", "overview", "number", "end", "£2.1m a year at Barclays.", "£3.1m a year at Barclays."),
    (
        "itam",
        "overview",
        "certification",
        "end",
        "Implementation Specialist in SAM.",
        "Implementation Specialist in SAM and in Hardware Asset Management.",
    ),
    (
        "itam",
        "overview",
        "customer",
        "start",
        "in financial services and in consulting",
        "in financial services at Barclays and Lloyds and in consulting",
    ),
    (
        "itam",
        "experiences[0].description",
        "team size",
        "end",
        "leading seven SAM analysts.",
        "leading eleven SAM analysts.",
    ),
    ("itam", "experiences[0].bullets[0]", "duration", "end", "to Flexera One.", "to Flexera One within six weeks."),
    (
        "itam",
        "experiences[0].bullets[1]",
        "customer",
        "end",
        "zero back-licensing fees.",
        "zero back-licensing fees, a result she later repeated for Aviva.",
    ),
    (
        "itam",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "she saved £2.1 million annually.",
        "she saved £2.1 million annually and cut shelfware by 35%.",
    ),
    (
        "itam",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "She negotiated a Microsoft Enterprise Agreement renewal worth £14m over three years.",
    ),
    (
        "itam",
        "experiences[1].bullets[0]",
        "version",
        "end",
        "on ServiceNow's Madrid release.",
        "on ServiceNow's Orlando release.",
    ),
    (
        "itam",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "Microsoft SCCM software discovery data",
        "Microsoft SCCM and Lansweeper software discovery data",
    ),
    (
        "itam",
        "experiences[1].description",
        "recognition",
        "end",
        "utility clients.",
        "utility clients, winning ServiceNow's UK Partner Delivery Award in 2019.",
    ),
    (
        "itam",
        "experiences[2].bullets[0]",
        "number",
        "middle",
        "roughly 35 ServiceNow tickets",
        "roughly 55 ServiceNow tickets",
    ),
    (
        "itam",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "She led the move from FlexNet Manager Suite on-premises to Flexera One.",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 10. Compliance at a crypto-asset exchange; tailored for an Irish MLRO role, mixed first person and
#     no pronoun, British spelling, regulations spelt out.
CRYPTO = cv(
    "Head of AML Compliance, Crypto-Asset Exchange",
    "Elena Petrova",
    "Compliance officer at a crypto-asset exchange. Built its AML and sanctions framework, prepared the AML "
    "side of its MiCA authorisation, and runs on-chain transaction monitoring with blockchain analytics. "
    "CAMS certified.",
    [
        (
            "Bitpanda GmbH, Vienna — Head of AML Compliance (Jul 2021 – Dec 2024)",
            "Responsible for anti-money laundering, sanctions and the Travel Rule for a retail crypto exchange "
            "with over 4 million users.",
            [
                "Rolled out Chainalysis KYT for on-chain transaction monitoring.",
                "Implemented the Travel Rule with Notabene ahead of the EU Transfer of Funds Regulation.",
                "Grew the compliance team from 4 to 15 people.",
                "Prepared the AML sections of the MiCA authorisation file for the Austrian FMA.",
            ],
            ["Chainalysis KYT", "Notabene", "ComplyAdvantage", "Salesforce"],
        ),
        (
            "Erste Group Bank — AML Analyst (Feb 2017 – Jun 2021)",
            "Transaction monitoring and investigations in the bank's financial intelligence unit.",
            [
                "Investigated alerts and filed suspicious activity reports with the Austrian FIU.",
                "Tuned monitoring scenarios, reducing false positives by 22%.",
                "Trained 300 branch staff on AML red flags.",
            ],
            ["SAS AML", "NICE Actimize", "SQL"],
        ),
        (
            "Schönherr Rechtsanwälte — Legal Trainee, Banking & Finance (Sep 2015 – Jan 2017)",
            "Trainee in the banking and finance practice of a Vienna law firm.",
            [
                "Drafted KYC and AML memos for bank clients.",
                "Researched the Fourth EU Anti-Money Laundering Directive for a client briefing.",
                "Prepared due diligence reports on payment institutions.",
            ],
            ["Microsoft Word", "RDB Rechtsdatenbank"],
        ),
    ],
    skills=[
        "AML/CFT",
        "Sanctions screening",
        "Travel Rule",
        "MiCA",
        "Transaction monitoring",
        "Suspicious activity reporting",
    ],
    tools=["Chainalysis", "Notabene", "ComplyAdvantage", "NICE Actimize"],
    certifications=["CAMS (ACAMS)", "Chainalysis Reactor Certification"],
    academic_background=["Mag. iur. (Law), University of Vienna"],
    spoken_languages=["Russian", "German", "English"],
)
CRYPTO_JOB = (
    "Job posting: Money Laundering Reporting Officer (MLRO), crypto-asset service provider, Dublin. Own "
    "the AML/CFT and sanctions framework, Travel Rule compliance and on-chain monitoring, prepare the "
    "firm's MiCA authorisation with the Central Bank of Ireland, and lead a growing compliance team. "
    "CAMS or equivalent required."
)
CRYPTO_HONEST = tailor(
    CRYPTO,
    "CAMS-certified AML compliance lead with close to eight years in anti-money laundering, first in a "
    "bank's financial intelligence unit and then heading AML at a crypto-asset exchange with more than "
    "four million users. I built the exchange's AML/CFT and sanctions framework, implemented the Travel "
    "Rule, run on-chain monitoring with Chainalysis, prepared the AML part of its Markets in Crypto-Assets "
    "(MiCA) authorisation and grew the compliance team nearly fourfold.",
    [
        (
            "I was accountable for AML, sanctions and Travel Rule compliance at a retail crypto exchange "
            "serving 4m+ users.",
            [
                "Wrote the AML sections of the MiCA authorisation file submitted to Austria's Financial "
                "Market Authority (FMA).",
                "Introduced Chainalysis KYT to monitor transactions on-chain.",
                "Put the Travel Rule in place with Notabene before the EU Transfer of Funds Regulation applied.",
                "Expanded the compliance team from four people to fifteen.",
            ],
        ),
        (
            "I monitored transactions and ran investigations in the bank's financial intelligence unit (FIU).",
            [
                "Alert investigations, with suspicious activity reports (SARs) filed to the Austrian FIU.",
                "Scenario tuning that cut false positives by 22 per cent.",
                "AML red-flag training delivered to 300 branch staff.",
            ],
        ),
        (
            "I trained in the banking and finance practice of a Viennese law firm.",
            [
                "Know-your-customer and anti-money-laundering memos drafted for bank clients.",
                "Research on the Fourth EU AML Directive (4AMLD) for a client briefing.",
                "Due diligence reporting on payment institutions.",
            ],
        ),
    ],
)
CRYPTO_CLAIMS = [
    (
        "crypto",
        "overview",
        "certification",
        "start",
        "CAMS-certified AML compliance lead",
        "CAMS- and CFE-certified AML compliance lead",
    ),
    ("crypto", "overview", "years", "middle", "close to eight years", "more than ten years"),
    (
        "crypto",
        "overview",
        "number",
        "end",
        "grew the compliance team nearly fourfold.",
        "grew the compliance team nearly sixfold.",
    ),
    ("crypto", "experiences[0].description", "number", "end", "serving 4m+ users.", "serving 6m+ users."),
    (
        "crypto",
        "experiences[0].bullets[0]",
        "date",
        "end",
        "Financial Market Authority (FMA).",
        "Financial Market Authority (FMA) in March 2023.",
    ),
    (
        "crypto",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "Introduced Chainalysis KYT",
        "Introduced Chainalysis KYT and Elliptic Lens",
    ),
    (
        "crypto",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "Regulation applied.",
        "Regulation applied, which the FMA cited as good practice.",
    ),
    (
        "crypto",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Cut onboarding time for verified customers by 40% by redesigning the KYC flow with Onfido.",
    ),
    (
        "crypto",
        "experiences[1].description",
        "team size",
        "start",
        "I monitored transactions",
        "As one of a 25-strong team, I monitored transactions",
    ),
    (
        "crypto",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "cut false positives by 22 per cent.",
        "cut false positives by 22 per cent and analyst workload by a third.",
    ),
    (
        "crypto",
        "experiences[1].bullets[2]",
        "duration",
        "end",
        "delivered to 300 branch staff.",
        "delivered to 300 branch staff over a two-year programme.",
    ),
    (
        "crypto",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Rolled out Chainalysis KYT to monitor on-chain transactions.",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 11. Dental practice management software; tailored for a US dental SaaS, American spelling, third
#     person in the overview and bare phrases below, bullets reordered and split.
DENTAL = cv(
    "Product Manager, Dental Practice Software",
    "Hannah Lindqvist",
    "Product manager for dental practice management software. Has shipped appointment booking, patient "
    "recall, charting and NHS claims features, working closely with dentists and practice managers.",
    [
        (
            "Dentally (Henry Schein One) — Senior Product Manager (Jan 2020 – Oct 2024)",
            "Product owner for the scheduling and patient engagement modules of Dentally, a cloud practice "
            "management system used by UK dental practices.",
            [
                "Launched online booking, now used by 1,400 practices.",
                "Shipped automated SMS recall reminders that cut missed appointments by 21%.",
                "Ran discovery interviews with 60 dentists and practice managers.",
                "Prioritised the backlog for 2 scrum teams.",
            ],
            ["Jira", "Productboard", "Mixpanel", "Ruby on Rails", "AWS"],
        ),
        (
            "Software of Excellence — Business Analyst, EXACT (Jun 2016 – Dec 2019)",
            "Requirements for the desktop practice management system's NHS claims and charting features.",
            [
                "Wrote requirements for FP17 claims submission to the NHS Business Services Authority.",
                "Mapped charting workflows for the periodontal chart redesign.",
                "Supported user acceptance testing with 12 pilot practices.",
            ],
            ["Jira", "Confluence", "SQL Server"],
        ),
        (
            "Smile Lab Cardiff — Dental Technician (Jul 2013 – May 2016)",
            "Crown and bridge work for NHS and private practices across South Wales.",
            [
                "Made crowns and bridges from digital impressions using CAD/CAM milling.",
                "Handled remakes and queries from around 40 referring practices.",
                "Introduced a job-tracking spreadsheet that cut late cases.",
            ],
            ["3Shape Dental System", "CAD/CAM milling", "Excel"],
        ),
    ],
    skills=[
        "Product discovery",
        "Roadmapping",
        "Healthcare workflows",
        "Requirements analysis",
        "User acceptance testing",
    ],
    tools=["Jira", "Productboard", "Mixpanel", "Confluence"],
    certifications=["Certified Scrum Product Owner (CSPO)", "Pragmatic Institute Foundations (in progress)"],
    academic_background=["BSc Dental Technology, Cardiff Metropolitan University"],
    spoken_languages=["Swedish", "English"],
)
DENTAL_JOB = (
    "Job posting: Senior Product Manager, Patient Engagement, dental practice management SaaS (remote, "
    "US). Own online scheduling, recall and reminders; run customer discovery with dentists and office "
    "managers; prioritize for multiple agile teams; use product analytics. CSPO or Pragmatic "
    "certification preferred."
)
DENTAL_HONEST = tailor(
    DENTAL,
    "Hannah is a Certified Scrum Product Owner (CSPO) with more than eight years in dental practice "
    "management software, nearly five of them as senior product manager for scheduling and patient "
    "engagement. She has shipped online booking, automated recall reminders, charting and claims "
    "features, runs discovery directly with dentists and practice managers, and prioritizes work for "
    "agile teams using Productboard and Mixpanel. She is currently working toward Pragmatic Institute "
    "Foundations, and her background is in dental technology (BSc).",
    [
        (
            "Product owner, scheduling and patient engagement modules of Dentally, a cloud practice "
            "management platform for UK dental offices.",
            [
                "Online booking launched; adopted by 1.4k practices to date.",
                "Automated SMS recall reminders, reducing missed appointments by 21 percent.",
                "Discovery interviews with 60 dentists and practice managers.",
                "Backlog prioritization across two scrum teams.",
            ],
        ),
        (
            "Business analysis for NHS claims and charting in the EXACT desktop practice management system.",
            [
                "UAT support alongside a dozen pilot practices.",
                "Requirements for FP17 claim submission to the NHS Business Services Authority (NHSBSA).",
                "Charting workflows mapped for the perio chart redesign.",
            ],
        ),
        (
            "Crown and bridge technician serving NHS and private dental practices in South Wales.",
            [
                "Crowns and bridges produced from digital impressions with CAD/CAM milling.",
                "Point of contact for remakes and questions from about 40 referring practices.",
                "Job-tracking spreadsheet introduced to reduce late cases.",
            ],
        ),
    ],
)
DENTAL_CLAIMS = [
    (
        "dental",
        "overview",
        "certified",
        "end",
        "She is currently working toward Pragmatic Institute Foundations,",
        "She is Pragmatic Institute certified (Foundations),",
    ),
    ("dental", "overview", "years", "middle", "nearly five of them", "seven of them"),
    (
        "dental",
        "overview",
        "tool",
        "end",
        "using Productboard and Mixpanel.",
        "using Productboard, Mixpanel and Amplitude.",
    ),
    ("dental", "overview", "degree", "end", "dental technology (BSc).", "dental technology (BSc) and an MBA."),
    (
        "dental",
        "experiences[0].description",
        "customer",
        "end",
        "for UK dental offices.",
        "for UK dental offices, including Bupa Dental Care and mydentist.",
    ),
    (
        "dental",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "adopted by 1.4k practices to date.",
        "adopted by 1.9k practices to date.",
    ),
    (
        "dental",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "reducing missed appointments by 21 percent.",
        "reducing missed appointments by 21 percent and lifting recall revenue by 15 percent.",
    ),
    (
        "dental",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "across two scrum teams",
        "across two scrum teams of 14 engineers",
    ),
    (
        "dental",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Integrated Stripe payments so patients could pay deposits when booking online.",
    ),
    (
        "dental",
        "experiences[1].description",
        "version",
        "start",
        "Business analysis for NHS claims",
        "Business analysis, on release 12, for NHS claims",
    ),
    (
        "dental",
        "experiences[1].bullets[0]",
        "duration",
        "end",
        "a dozen pilot practices.",
        "a dozen pilot practices during a six-month pilot.",
    ),
    (
        "dental",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Discovery interviews held with 60 dentists and practice managers.",
    ),
    (
        "dental",
        "experiences[2].bullets[0]",
        "tool",
        "end",
        "with CAD/CAM milling.",
        "with CAD/CAM milling and exocad design software.",
    ),
    (
        "dental",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "for the perio chart redesign.",
        "for the perio chart redesign, which won a Dental Industry Award in 2019.",
    ),
]

# ---------------------------------------------------------------------------------------------------
# 12. Agricultural commodity trading systems (ETRM); tailored for a product-owner role, first person,
#     British spelling, figures as halves and words, bullets split.
ETRM = cv(
    "ETRM Consultant, Agricultural Commodities",
    "Jean-Luc Moreau",
    "ETRM consultant for agricultural commodity traders. Implements and supports trading and risk systems "
    "for grains, oilseeds and softs, from physical contracts and logistics to futures hedging and P&L.",
    [
        (
            "Louis Dreyfus Company, Geneva — Lead ETRM Analyst (Mar 2020 – Jul 2024)",
            "Business lead for the physical grains and oilseeds trading system on Allegro, serving traders in "
            "Geneva, Rotterdam and Singapore.",
            [
                "Led the upgrade from Allegro 8.3 to 9.2 for 220 users.",
                "Designed the mark-to-market process for physical positions, with daily P&L explained.",
                "Integrated CME and Euronext futures positions through FIX for hedge accounting.",
                "Cut month-end close for the trading book from 6 days to 3.",
            ],
            ["Allegro 9.2", "SQL Server", "FIX", "Power BI", "SAP S/4HANA"],
        ),
        (
            "Cargill — Trade Support Analyst (Oct 2015 – Feb 2020)",
            "Trade capture and confirmation support for the cocoa and coffee desks.",
            [
                "Captured and confirmed around 900 physical contracts a month.",
                "Reconciled broker statements against futures positions daily.",
                "Wrote SQL reports for shipment and vessel nomination tracking.",
            ],
            ["SQL", "Excel VBA", "in-house CTRM"],
        ),
    ],
    skills=[
        "Physical commodity trading",
        "Hedging",
        "Mark-to-market",
        "P&L explain",
        "Logistics and vessel nominations",
    ],
    tools=["Allegro", "Power BI", "SQL Server"],
    languages=["SQL", "VBA"],
    certifications=["GAFTA Trade Certificate"],
    academic_background=["MSc Commodity Trading, University of Geneva"],
    spoken_languages=["French", "English", "Dutch"],
)
ETRM_JOB = (
    "Job posting: CTRM Product Owner, agricultural trading house (Geneva). Own the commodity trading and "
    "risk management platform for grains and softs: trade capture, logistics, mark-to-market, P&L "
    "explain and futures hedging; lead upgrades and exchange integrations; work daily with traders and "
    "middle office."
)
ETRM_HONEST = tailor(
    ETRM,
    "I have spent nearly nine years on trading and risk systems for agricultural commodities (grains, "
    "oilseeds, cocoa and coffee), first in trade support at Cargill and then as lead ETRM analyst at Louis "
    "Dreyfus Company. I own the commodity trading and risk management (CTRM) side end to end: physical "
    "contracts and vessel nominations, mark-to-market and P&L explain, futures hedging and exchange "
    "integration. MSc in Commodity Trading (Geneva); GAFTA Trade Certificate.",
    [
        (
            "I was business lead for the Allegro physical grains and oilseeds platform used by traders in "
            "Geneva, Rotterdam and Singapore.",
            [
                "I led the Allegro upgrade from version 8.3 to 9.2 for 220 users.",
                "I designed mark-to-market for physical positions, including a daily P&L explain.",
                "CME and Euronext futures positions integrated over FIX to support hedge accounting.",
                "Month-end close on the trading book halved, from six days to three.",
            ],
        ),
        (
            "I supported trade capture and confirmations for the cocoa and coffee desks.",
            [
                "Roughly 900 physical contracts captured and confirmed every month.",
                "Daily reconciliation of broker statements with futures positions.",
                "SQL reporting to track shipments and vessel nominations.",
            ],
        ),
    ],
)
ETRM_CLAIMS = [
    ("etrm", "overview", "years", "start", "I have spent nearly nine years", "I have spent over eleven years"),
    (
        "etrm",
        "overview",
        "tool",
        "middle",
        "(grains, oilseeds, cocoa and coffee)",
        "(grains, oilseeds, cocoa and coffee, on Allegro and Eka)",
    ),
    ("etrm", "overview", "degree", "end", "GAFTA Trade Certificate.", "GAFTA Trade Certificate; CFA charterholder."),
    ("etrm", "overview", "customer", "middle", "at Louis Dreyfus Company.", "at Louis Dreyfus Company and Bunge."),
    (
        "etrm",
        "experiences[0].description",
        "tool",
        "end",
        "Geneva, Rotterdam and Singapore.",
        "Geneva, Rotterdam and Singapore, with credit risk in Triple Point.",
    ),
    ("etrm", "experiences[0].bullets[0]", "version", "middle", "from version 8.3 to 9.2", "from version 8.3 to 10.1"),
    (
        "etrm",
        "experiences[0].bullets[0]",
        "team size",
        "end",
        "for 220 users.",
        "for 220 users, heading a project team of nine.",
    ),
    (
        "etrm",
        "experiences[0].bullets[2]",
        "tool",
        "start",
        "CME and Euronext futures positions",
        "CME, ICE and Euronext futures positions",
    ),
    (
        "etrm",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "from six days to three.",
        "from six days to three, releasing about CHF 400k in annual overtime.",
    ),
    (
        "etrm",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "I rolled out a freight and demurrage module that recovered $3m of claims in its first year.",
    ),
    (
        "etrm",
        "experiences[1].description",
        "date",
        "end",
        "for the cocoa and coffee desks.",
        "for the cocoa and coffee desks between 2013 and 2020.",
    ),
    (
        "etrm",
        "experiences[1].bullets[0]",
        "number",
        "start",
        "Roughly 900 physical contracts",
        "Roughly 1,300 physical contracts",
    ),
    (
        "etrm",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Designed the mark-to-market process for physical positions with a daily P&L explain.",
    ),
]

# ---------------------------------------------------------------------------------------------------
CVS = {
    key: {"source": source, "prompt": prompt, "honest": honest}
    for key, source, prompt, honest in (
        ("audit", AUDIT, AUDIT_JOB, AUDIT_HONEST),
        ("scada", SCADA, SCADA_JOB, SCADA_HONEST),
        ("imaging", IMAGING, IMAGING_JOB, IMAGING_HONEST),
        ("loyalty", LOYALTY, LOYALTY_JOB, LOYALTY_HONEST),
        ("payroll", PAYROLL, PAYROLL_JOB, PAYROLL_HONEST),
        ("water", WATER, WATER_JOB, WATER_HONEST),
        ("search", SEARCH, SEARCH_JOB, SEARCH_HONEST),
        ("kinaxis", KINAXIS, KINAXIS_JOB, KINAXIS_HONEST),
        ("itam", ITAM, ITAM_JOB, ITAM_HONEST),
        ("crypto", CRYPTO, CRYPTO_JOB, CRYPTO_HONEST),
        ("dental", DENTAL, DENTAL_JOB, DENTAL_HONEST),
        ("etrm", ETRM, ETRM_JOB, ETRM_HONEST),
    )
}

CLAIMS = (
    AUDIT_CLAIMS
    + SCADA_CLAIMS
    + IMAGING_CLAIMS
    + LOYALTY_CLAIMS
    + PAYROLL_CLAIMS
    + WATER_CLAIMS
    + SEARCH_CLAIMS
    + KINAXIS_CLAIMS
    + ITAM_CLAIMS
    + CRYPTO_CLAIMS
    + DENTAL_CLAIMS
    + ETRM_CLAIMS
)

# Edits whose honesty is arguable: each is kept out of both counts and listed with why.
AMBIGUOUS_EDITS = [
    (
        "audit",
        "overview",
        "nearly eight years in Big Four audit",
        "eight years in Big Four audit",
        "Sep 2016 to Jun 2024 is seven years and nine months; rounding up to eight is common but not exact.",
    ),
    (
        "scada",
        "overview",
        "critical energy assets",
        "critical infrastructure",
        "offshore wind farms are arguably critical infrastructure; the CV never uses the phrase.",
    ),
    (
        "imaging",
        "experiences[0].bullets[1]",
        "Multi-reader study",
        "Multi-reader multi-case (MRMC) study",
        "an 18-radiologist reader study on mammograms is likely MRMC in design, but the CV does not say so.",
    ),
    (
        "loyalty",
        "experiences[0].bullets[0]",
        "Active membership up by 2.5 million, to 12m.",
        "Active membership up by more than a quarter, to 12m.",
        "9.5m to 12m is a 26% rise; a derived percentage the CV does not state.",
    ),
    (
        "payroll",
        "overview",
        "Collective agreements including TVöD",
        "Collective agreements including TVöD and TV-L",
        "TV-L is the sister agreement of TVöD for federal states; the CV's public-sector rules may cover it, "
        "but it names only TVöD.",
    ),
    (
        "water",
        "experiences[0].bullets[1]",
        "reduced coagulant use by 18 percent",
        "reduced coagulant dosing by nearly a fifth",
        "18% as 'nearly a fifth' is a loose rounding of a stated figure.",
    ),
    (
        "search",
        "experiences[0].bullets[0]",
        "with zero downtime",
        "with zero downtime and no loss of rankings",
        "'no loss of rankings' is an inference from 'without downtime' the CV does not make.",
    ),
    (
        "kinaxis",
        "experiences[0].bullets[2]",
        "shortened from three weeks to ten days",
        "shortened by a week and a half",
        "three weeks to ten days is 11 days shorter, which a reader may or may not accept as a week and a half.",
    ),
    (
        "itam",
        "experiences[0].bullets[1]",
        "with zero back-licensing fees",
        "with zero back-licensing fees, avoiding a seven-figure exposure",
        "an Oracle audit exposure is often seven figures, but the CV gives no amount.",
    ),
    (
        "crypto",
        "experiences[0].bullets[3]",
        "from four people to fifteen",
        "nearly fourfold, to fifteen",
        "4 to 15 is 3.75 times; 'nearly fourfold' is a derived ratio already used in the overview.",
    ),
    (
        "dental",
        "experiences[0].description",
        "for UK dental offices",
        "for dental offices",
        "dropping 'UK' for a US posting hides where the product was used without adding a claim.",
    ),
    (
        "etrm",
        "overview",
        "I own the commodity trading and risk management (CTRM) side end to end",
        "I own the CTRM platform end to end",
        "the CV says business lead for the platform; 'own the platform' may overstate the role.",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, CLAIMS)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)
GUARD_FLOOR = {"caught": 150, "touched": 5}  # 146 caught and 18 touched at d7bdba1
TOUCH_NOT_MET = "set ZA, a tuning set (session 11): 5/137 honest texts touched (3.6%)"
