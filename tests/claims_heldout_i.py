"""Blind set I for the free-text claims guard (issue 20), written blind (without reading the guard, its
rules, its documentation or any other set): twelve CVs in court and case-management systems, pensions
administration, anti-money-laundering/KYC, treasury management (Kyriba/SAP TRM), public procurement,
actuarial modelling (Prophet), Murex capital markets, social-care case systems, contract lifecycle
management, hotel revenue management, library/archive digitisation and customs/trade compliance, each
with a job posting and one honest tailoring in its own style (close paraphrase, third person, telegraphic
fragments, posting keywords, aggressive rewording, figures in words, merged and split bullets), single
claims injected into those tailorings, and edits an honest reviewer could argue either way."""

from claims_blind_set import build, cv, honest_texts, tailor

# Blind: 138/144 caught, 5/154 touched. Then tuned on (by class): 144/144 caught, 1/154 touched.
GUARD_FLOOR = {"caught": 144, "touched": 1}


def _case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


# --- court and case-management systems: close paraphrase, posting vocabulary -------------------------
_COURT = cv(
    "Justice Systems Business Analyst",
    "Marguerite Okafor",
    "Business analyst with 11 years in justice-sector IT, specialising in court case-management systems for "
    "criminal and family courts. Has led requirements for two national e-filing rollouts and supports judges, "
    "clerks and listing officers through process change. Works in agile teams using Jira and Confluence and "
    "writes acceptance criteria in Gherkin.",
    [
        (
            "Lead Business Analyst, Ministry of Justice Digital (2020 – 2024)",
            "Requirements lead for the Common Platform programme, which replaces legacy case-management systems in "
            "magistrates' and Crown courts across England and Wales.",
            [
                "Wrote and prioritised over 400 user stories for case progression, listing and results recording.",
                "Ran 35 workshops with legal advisers, ushers and listing officers in 9 court centres.",
                "Mapped the hand-off of case files from the Crown Prosecution Service to the courts, removing 3 "
                "manual re-keying steps.",
                "Defined the data migration rules for 1.2 million open cases from the Libra system.",
                "Coached 4 junior analysts in story writing and backlog refinement.",
            ],
            ["Jira", "Confluence", "Azure DevOps", "Dynamics 365", "SQL Server", "Gherkin"],
        ),
        (
            "Business Analyst, Tyler Technologies – Scottish Courts and Tribunals Service (2016 – 2020)",
            "Configuration and requirements work for an Odyssey case-management deployment in the sheriff courts "
            "of Scotland, delivered for the Scottish Courts and Tribunals Service.",
            [
                "Configured case types, event codes and fee schedules for civil and summary criminal cases.",
                "Designed the e-filing intake for solicitors, now used for 60% of new civil actions.",
                "Led user acceptance testing with 120 court staff over 6 weeks.",
                "Wrote the interface specification to the Police Scotland case-reporting system.",
            ],
            ["Odyssey", "Oracle Database", "SoapUI", "Jira", "Visio"],
        ),
        (
            "Systems Analyst, Courts Service of Ireland (2013 – 2016)",
            "Analyst in the in-house IT team supporting the District Court's criminal case-tracking application.",
            [
                "Documented 70 business processes ahead of the move to a web front end.",
                "Produced monthly caseload reports in Crystal Reports for court managers.",
                "Handled second-line support for 25 court offices.",
            ],
            ["Oracle Forms", "Crystal Reports", "PL/SQL"],
        ),
    ],
    skills=[
        "Requirements elicitation",
        "Process mapping (BPMN)",
        "User acceptance testing",
        "Data migration",
        "Backlog management",
    ],
    tools=["Jira", "Confluence", "Visio", "Azure DevOps"],
    languages=["SQL", "Gherkin"],
    certifications=["BCS International Diploma in Business Analysis", "Certified ScrumMaster (CSM)"],
    industries=["Justice", "Public sector"],
    spoken_languages=["English", "Igbo"],
    academic_background=["LLB Law, University of Leeds (2012)"],
)

_COURT_JOB = (
    "Senior Business Analyst – Court Case Management Modernisation. A national tribunal service is replacing "
    "its case-management system. You will run stakeholder workshops with judiciary and administrative staff, "
    "own the product backlog, specify integrations with police and prosecution systems and plan the migration "
    "of legacy case data. Dynamics 365 experience and a BCS qualification are desirable."
)

# --- pensions administration: third person ('He ...') --------------------------------------------------
_PENSIONS = cv(
    "Pensions Systems Consultant",
    "Declan Moriarty",
    "Pensions administration consultant with 9 years on defined benefit and defined contribution schemes. "
    "Specialist in administration platform migrations, member data cleansing and GMP equalisation. Works with "
    "trustees, scheme actuaries and third-party administrators.",
    [
        (
            "Senior Consultant, Barnett Waddingham (2021 – 2024)",
            "Migration of a 48,000-member defined benefit scheme's administration from Compendia to Altair for the "
            "trustees of a UK engineering group.",
            [
                "Planned and ran 3 trial data loads, reconciling member records to within 0.5% before cutover.",
                "Cleansed data for GMP equalisation, correcting 6,200 member records.",
                "Rebuilt 140 benefit calculation routines in Altair, including early retirement and transfer values.",
                "Reported progress monthly to the trustee board and the scheme actuary.",
            ],
            ["Altair", "Compendia", "SQL Server", "Excel VBA", "Power BI"],
        ),
        (
            "Pensions Systems Analyst, Capita Pension Solutions (2017 – 2021)",
            "Analyst in the systems team serving Local Government Pension Scheme (LGPS) funds.",
            [
                "Implemented annual benefit statement runs for 210,000 members across 5 LGPS funds.",
                "Automated the monthly contribution reconciliation against employer payroll files, saving 3 days a "
                "month.",
                "Tested McCloud remedy changes in the calculation engine.",
                "Answered 2nd-line system queries from an administration team of 30.",
            ],
            ["Hartlink", "Oracle Database", "SQL", "Excel VBA"],
        ),
        (
            "Pensions Administrator, Scottish Widows (2015 – 2017)",
            "Administration of workplace defined contribution schemes for employer clients.",
            [
                "Processed joiners, leavers and retirements for 14 employer schemes.",
                "Ran the 2017 auto-enrolment re-enrolment exercise for employer clients.",
                "Passed the PMI Certificate in Pensions Administration while in post.",
            ],
            ["Compendia", "Excel"],
        ),
    ],
    skills=[
        "Defined benefit administration",
        "Defined contribution administration",
        "GMP equalisation",
        "Data cleansing",
        "Benefit calculations",
        "Platform migration",
    ],
    tools=["Altair", "Compendia", "Hartlink", "Power BI"],
    languages=["SQL", "VBA"],
    certifications=["PMI Certificate in Pensions Administration", "PMI Diploma in Regulated Retirement Provision"],
    industries=["Pensions", "Financial services"],
    spoken_languages=["English"],
    academic_background=["BSc Mathematics, University of Glasgow"],
)

_PENSIONS_JOB = (
    "Pensions Administration Systems Lead (LGPS). An administrator serving 40 LGPS funds seeks a systems lead to "
    "move funds onto a new administration platform, prepare member data for the Pensions Dashboards Programme "
    "and deliver the McCloud remedy. You will own data cleansing, reconciliation and benefit calculation testing, "
    "and report to fund officers and pension committees."
)

# --- anti-money-laundering / KYC: telegraphic fragments ------------------------------------------------
_AML = cv(
    "AML/KYC Transformation Consultant",
    "Priya Raghunathan",
    "Financial crime consultant with 8 years in anti-money laundering (AML) and know-your-customer (KYC) "
    "operations and technology at retail and private banks. Has designed customer due diligence processes, tuned "
    "transaction monitoring scenarios and delivered screening changes. Combines operational remediation with "
    "hands-on data analysis in SQL and Python.",
    [
        (
            "Manager, Financial Crime Technology, Deloitte (2021 – 2024)",
            "KYC remediation and transaction monitoring optimisation for a UK retail bank under a skilled-person "
            "review.",
            [
                "Led a remediation team of 22 analysts that refreshed due diligence on 85,000 high-risk customers.",
                "Tuned 40 Actimize transaction monitoring scenarios, cutting false-positive alerts by 35%.",
                "Wrote the periodic review policy for enhanced due diligence (EDD) cases.",
                "Built Python data-quality checks on customer reference data before migration to Fenergo.",
            ],
            ["NICE Actimize SAM", "Fenergo", "Python", "SQL", "Tableau"],
        ),
        (
            "Senior KYC Analyst, Julius Baer (2018 – 2021)",
            "Onboarding and periodic review of private banking clients in the Zurich and London booking centres.",
            [
                "Reviewed source-of-wealth evidence for more than 300 high-net-worth client onboardings.",
                "Adjusted name-screening thresholds in World-Check One together with compliance IT.",
                "Trained 15 relationship managers on new KYC documentation requirements.",
            ],
            ["World-Check One", "Avaloq", "Excel"],
        ),
        (
            "Compliance Analyst, Metro Bank (2016 – 2018)",
            "First-line investigation of AML alerts for a UK challenger bank.",
            [
                "Investigated around 60 transaction monitoring alerts a week.",
                "Drafted 45 suspicious activity reports (SARs) for the Nominated Officer.",
                "Helped design the alert triage checklist the team adopted.",
            ],
            ["NICE Actimize", "SQL"],
        ),
    ],
    skills=[
        "Customer due diligence",
        "Enhanced due diligence",
        "Transaction monitoring tuning",
        "Sanctions and name screening",
        "Remediation programmes",
    ],
    tools=["NICE Actimize", "Fenergo", "World-Check One", "Tableau"],
    languages=["Python", "SQL"],
    certifications=["ICA Diploma in Anti Money Laundering", "CAMS (Certified Anti-Money Laundering Specialist)"],
    industries=["Retail banking", "Private banking"],
    spoken_languages=["English", "Hindi", "German"],
    academic_background=["MSc Finance, University of Warwick", "BA Economics, University of Delhi"],
)

_AML_JOB = (
    "KYC Remediation Lead – Tier 1 bank. Lead a large remediation programme refreshing CDD/EDD for high-risk "
    "customers, tune transaction monitoring (Actimize) and oversee screening. Requirements: 7+ years in AML/KYC, "
    "team leadership, SQL/Python, ICA or CAMS certification."
)

# --- treasury management (Kyriba / SAP TRM): keyword-heavy matching of the posting ---------------------
_TREASURY = cv(
    "Treasury Systems Consultant",
    "Henrik Lindqvist",
    "Treasury technology consultant with 12 years implementing treasury management systems for corporate "
    "treasuries. Delivered Kyriba and SAP Treasury and Risk Management (SAP TRM) projects covering cash "
    "positioning, bank connectivity, in-house banking and hedge accounting. Works between treasury, accounting "
    "and IT teams in Swedish and English.",
    [
        (
            "Principal Consultant, Zanders (2020 – 2024)",
            "Kyriba implementation for the group treasury of a Nordic industrial company with 140 bank accounts in "
            "30 countries.",
            [
                "Set up cash positioning and 13-week liquidity forecasting across 45 entities.",
                "Connected 12 banks through SWIFT and host-to-host channels for statements and payments.",
                "Configured FX and interest rate deal capture with automated confirmation matching.",
                "Cut the daily cash-reporting cycle from 4 hours to 30 minutes.",
            ],
            ["Kyriba", "SWIFT", "SAP S/4HANA", "Bloomberg", "ISO 20022"],
        ),
        (
            "SAP TRM Consultant, Accenture (2015 – 2020)",
            "SAP Treasury and Risk Management roll-outs for two European consumer-goods groups on SAP ECC 6.0 and "
            "S/4HANA 1809.",
            [
                "Configured Transaction Manager for FX forwards, swaps and money-market deposits.",
                "Designed hedge accounting for cash-flow hedges under IFRS 9.",
                "Built an in-house bank with netting for 60 subsidiaries.",
                "Led a team of 5 consultants during the second roll-out.",
            ],
            ["SAP TRM", "SAP ECC 6.0", "SAP S/4HANA 1809", "SAP In-House Cash", "ABAP"],
        ),
        (
            "Treasury Analyst, Volvo Cars (2012 – 2015)",
            "Front-office treasury analyst responsible for cash management and bank relations.",
            [
                "Ran daily cash pooling across 18 currencies.",
                "Prepared the monthly FX exposure report for the treasury committee.",
                "Supported the bank tender that reduced the bank panel from 11 to 6.",
            ],
            ["SAP ECC", "Excel", "Refinitiv FX Trading"],
        ),
    ],
    skills=["Cash management", "Liquidity forecasting", "Bank connectivity", "Hedge accounting", "In-house banking"],
    tools=["Kyriba", "SAP TRM", "Bloomberg"],
    languages=["ABAP"],
    certifications=["ACT Certificate in Treasury", "SAP Certified Application Associate – Treasury with SAP S/4HANA"],
    industries=["Manufacturing", "Consumer goods"],
    spoken_languages=["Swedish", "English", "Norwegian"],
    academic_background=["MSc Finance, Stockholm School of Economics"],
)

_TREASURY_JOB = (
    "Treasury Management System (TMS) Consultant – Kyriba / SAP TRM. Our corporate treasury practice needs a "
    "consultant for TMS selection and implementation: cash visibility and liquidity forecasting, bank "
    "connectivity (SWIFT, host-to-host, ISO 20022), payments, FX deal capture, hedge accounting under IFRS 9 and "
    "in-house banking. Scandinavian languages an advantage."
)

# --- public procurement: aggressive rewording, British spelling -----------------------------------------
_PROCUREMENT = cv(
    "Public Procurement Systems Lead",
    "Aoife Brennan",
    "Procurement systems lead with 10 years in public sector eProcurement. Has run tender platforms, contract "
    "registers and supplier portals for central and local government under the Public Contracts Regulations "
    "2015. Combines category management experience with system configuration and training.",
    [
        (
            "eProcurement Product Lead, Crown Commercial Service (2019 – 2024)",
            "Product lead for the eSourcing suite that central government buyers use to run further competitions "
            "under framework agreements.",
            [
                "Owned the backlog for a platform handling about 9,000 tenders a year.",
                "Moved 38 framework agreements onto standard digital templates.",
                "Introduced supplier self-service registration, reducing helpdesk tickets by a quarter.",
                "Automated publication of contract award notices to Contracts Finder.",
            ],
            ["Jaggaer", "Contracts Finder API", "Salesforce", "Power BI"],
        ),
        (
            "Procurement Systems Officer, Bristol City Council (2014 – 2019)",
            "Ran the council's e-tendering and contract management system.",
            [
                "Configured ProContract for every council tender above £25,000.",
                "Maintained the register of 1,100 live contracts and published it under the Local Government "
                "Transparency Code.",
                "Trained 200 budget holders in compliant quotation processes.",
                "Produced the annual spend analysis for the procurement board.",
            ],
            ["ProContract", "Agresso", "Excel"],
        ),
    ],
    skills=["eProcurement", "Category management", "Contract management", "Supplier onboarding", "Spend analysis"],
    tools=["Jaggaer", "ProContract", "Power BI", "Salesforce"],
    certifications=["MCIPS (Chartered Institute of Procurement & Supply)", "APMG Agile Project Management Foundation"],
    industries=["Central government", "Local government"],
    spoken_languages=["English", "Irish"],
    academic_background=["BA (Hons) Business Management, University College Cork"],
)

_PROCUREMENT_JOB = (
    "Head of eProcurement Systems – combined authority. Lead our procurement platform through the Procurement Act "
    "2023 transition: e-tendering, contract register, supplier onboarding and transparency publishing. You will "
    "work with category managers and train buyers across the authority. MCIPS required."
)

# --- actuarial modelling (Prophet): figures rewritten in words and fractions ----------------------------
_ACTUARIAL = cv(
    "Actuarial Modelling Consultant",
    "Tomasz Wisniewski",
    "Qualified actuary (FIA) with 10 years building and validating life insurance projection models in FIS "
    "Prophet. Experienced in Solvency II, IFRS 17 and model conversion projects, and in automating model runs and "
    "reporting with Python.",
    [
        (
            "Senior Actuarial Consultant, Milliman (2020 – 2024)",
            "IFRS 17 model development for a UK life insurer's annuity and protection books.",
            [
                "Built Prophet libraries for CSM and risk adjustment calculations across 14 product groups.",
                "Reduced full model run time from 11 hours to 3 hours by restructuring the run setup and using "
                "Prophet's distributed processing.",
                "Reconciled IFRS 17 results to Solvency II best estimate liabilities within 0.2%.",
                "Reviewed the work of 3 actuarial students.",
            ],
            ["FIS Prophet", "Prophet Enterprise", "Python", "SQL Server", "Excel"],
        ),
        (
            "Actuarial Analyst, Aviva (2014 – 2020)",
            "Solvency II reporting and model conversion in the life actuarial function.",
            [
                "Converted 6 legacy spreadsheet models for with-profits business into Prophet.",
                "Ran the quarterly Solvency II best estimate and SCR calculations.",
                "Automated the production of Quantitative Reporting Templates (QRTs) with Python, saving 5 days each "
                "quarter.",
                "Documented model changes for the annual model validation.",
            ],
            ["FIS Prophet", "Python", "VBA", "Excel"],
        ),
    ],
    skills=["Projection modelling", "IFRS 17", "Solvency II", "Model conversion", "Model validation"],
    tools=["FIS Prophet", "Prophet Enterprise", "Excel"],
    languages=["Python", "SQL", "VBA"],
    certifications=["Fellow of the Institute and Faculty of Actuaries (FIA)", "IFoA Certificate in Data Science"],
    industries=["Life insurance"],
    spoken_languages=["Polish", "English"],
    academic_background=["MSc Actuarial Science, Heriot-Watt University", "BSc Mathematics, University of Warsaw"],
)

_ACTUARIAL_JOB = (
    "Prophet Modelling Lead – Life Insurance. Lead development of Prophet models for IFRS 17 and Solvency II, "
    "improve model run performance, reconcile results between reporting bases and mentor junior staff. Python "
    "automation a plus. Qualified actuary (FIA/FFA) essential."
)

# --- Murex capital markets: bullets merged in pairs and long ones split --------------------------------
_MUREX = cv(
    "Murex Functional Consultant",
    "Julien Marchetti",
    "Murex consultant with 13 years across front office, risk and back office. Has delivered MX.3 upgrades, "
    "interest rate and FX derivatives configuration, and market data and end-of-day processing for investment "
    "banks in Paris, London and Singapore.",
    [
        (
            "Senior Murex Consultant, Société Générale CIB (2019 – 2024)",
            "Upgrade of the interest rate derivatives platform from Murex 3.1.35 to 3.1.58 for the Paris and London "
            "desks.",
            [
                "Led the functional workstream of 7 consultants covering front office, risk and settlement.",
                "Migrated 220,000 live trades with full P&L reconciliation.",
                "Redesigned the end-of-day batch, bringing completion forward by 90 minutes.",
                "Configured XVA and sensitivities reports for the market risk team.",
            ],
            ["Murex MX.3 3.1.58", "Oracle 19c", "Control-M", "Python", "MxML Exchange"],
        ),
        (
            "Murex Consultant, Capgemini – DBS Bank (2014 – 2019)",
            "Murex MX.3 implementation for FX and money markets at DBS Bank in Singapore.",
            [
                "Configured FX spot, forward and swap products and their pricing curves.",
                "Built MxML workflows sending confirmations to SWIFT.",
                "Wrote 500 regression test cases for go-live.",
            ],
            ["Murex MX.3", "MxML Exchange", "Sybase", "SWIFT"],
        ),
        (
            "Middle Office Analyst, Natixis (2011 – 2014)",
            "P&L and risk production for the rates desk.",
            [
                "Produced the daily P&L explain for 4 rates traders.",
                "Raised and tested Murex market data issues with IT.",
                "Built Excel VBA tools that flag late trades.",
            ],
            ["Murex 2.11", "Excel VBA"],
        ),
    ],
    skills=["Murex MX.3 upgrades", "Interest rate derivatives", "FX", "End-of-day processing", "Market data"],
    tools=["Murex MX.3", "MxML Exchange", "Control-M"],
    languages=["Python", "SQL", "VBA"],
    certifications=["AMF Certification (Autorité des marchés financiers)"],
    industries=["Investment banking"],
    spoken_languages=["French", "English", "Italian"],
    academic_background=["Master's in Financial Markets, Université Paris-Dauphine"],
)

_MUREX_JOB = (
    "Murex MX.3 Upgrade Lead – Investment Bank, London. Lead the functional stream of a Murex 3.1.x upgrade "
    "across rates, FX and XVA; own trade migration and reconciliation; optimise end-of-day and market data "
    "processing. Fluent French beneficial."
)

# --- social-care case systems: third person ('She ...'), British spelling ------------------------------
_SOCIALCARE = cv(
    "Social Care Systems Consultant",
    "Rebecca Thornton",
    "Consultant with 9 years implementing adults' and children's social care case-management systems for English "
    "local authorities. Former social worker who bridges practitioners and suppliers on Mosaic and Liquidlogic "
    "projects, with a focus on workflow design, data migration and statutory returns.",
    [
        (
            "Implementation Lead, Norfolk County Council (2020 – 2024)",
            "Replacement of the adult social care system with Liquidlogic LAS and ContrOCC finance.",
            [
                "Designed 60 workflows for assessments, reviews and safeguarding.",
                "Migrated case records for 31,000 service users.",
                "Produced the Short and Long Term (SALT) return from the new system in its first year.",
                "Led a change team of 6 practice champions.",
            ],
            ["Liquidlogic LAS", "ContrOCC", "SQL Server", "Power BI"],
        ),
        (
            "Mosaic Consultant, Servelec (2015 – 2020)",
            "Deployment of Mosaic children's social care for 3 London boroughs.",
            [
                "Configured child protection and looked-after children workflows.",
                "Built reports for the annual SSDA903 and Child in Need census returns.",
                "Trained 350 practitioners across the three boroughs.",
            ],
            ["Mosaic", "Business Objects", "SQL Server"],
        ),
        (
            "Social Worker, London Borough of Lewisham (2012 – 2015)",
            "Qualified social worker in a children's assessment team.",
            [
                "Held a caseload of around 18 families.",
                "Represented the team on the case-recording system user group.",
                "Completed child and family assessments within statutory timescales.",
            ],
            ["Framework-i"],
        ),
    ],
    skills=["Workflow design", "Data migration", "Statutory returns", "Practitioner training", "Change management"],
    tools=["Liquidlogic LAS", "Mosaic", "ContrOCC", "Business Objects", "Power BI"],
    certifications=["Social Work England registration", "PRINCE2 Practitioner"],
    industries=["Local government", "Social care"],
    spoken_languages=["English", "Welsh"],
    academic_background=["MA Social Work, Goldsmiths, University of London", "BA Sociology, University of Sheffield"],
)

_SOCIALCARE_JOB = (
    "Social Care Case Management Implementation Manager – a unitary council replacing its adults' and children's "
    "systems. Lead workflow design with practitioners, data migration and statutory returns (SALT, CLA/SSDA903, "
    "CIN census). A practice background is welcome."
)

# --- contract lifecycle management: aggressive rewording of every sentence -----------------------------
_CLM = cv(
    "Contract Lifecycle Management Consultant",
    "Samuel Adeyemi",
    "Legal technology consultant with 7 years implementing contract lifecycle management (CLM) platforms for "
    "in-house legal and procurement teams. Delivered Icertis and DocuSign CLM programmes covering clause "
    "libraries, approval workflows and obligation tracking, with integrations to Salesforce and SAP Ariba.",
    [
        (
            "CLM Lead, KPMG Law (2021 – 2024)",
            "Icertis Contract Intelligence rollout for a global pharmaceutical company's legal function.",
            [
                "Built a clause library of 450 approved clauses in 6 languages.",
                "Designed approval workflows for 12 contract types, from NDAs to clinical trial agreements.",
                "Migrated 95,000 legacy contracts with AI-assisted metadata extraction.",
                "Integrated Icertis with SAP Ariba for supplier contracts.",
            ],
            ["Icertis", "SAP Ariba", "Azure", "DocuSign eSignature"],
        ),
        (
            "Legal Technology Consultant, Axiom (2017 – 2021)",
            "DocuSign CLM implementations for sales contracting teams.",
            [
                "Implemented DocuSign CLM with Salesforce CPQ for 2 SaaS clients.",
                "Cut contract turnaround from 9 days to 4 days with self-service NDAs.",
                "Set up obligation tracking and renewal alerts.",
                "Wrote the user guides and ran 20 training sessions.",
            ],
            ["DocuSign CLM", "Salesforce", "Salesforce CPQ", "Conga"],
        ),
    ],
    skills=[
        "CLM implementation",
        "Clause libraries",
        "Approval workflows",
        "Contract migration",
        "Obligation tracking",
    ],
    tools=["Icertis", "DocuSign CLM", "Salesforce", "SAP Ariba"],
    certifications=["Icertis Certified Solution Architect", "DocuSign CLM Administrator"],
    industries=["Legal", "Pharmaceuticals", "Software"],
    spoken_languages=["English", "Yoruba", "French"],
    academic_background=["LLB, University of Lagos", "LLM Commercial Law, King's College London"],
)

_CLM_JOB = (
    "CLM Implementation Lead – Icertis. A global life-sciences company needs a lead for its Icertis CLM "
    "programme: clause library, approval workflows per contract type, legacy migration with AI extraction, and "
    "integrations with SAP Ariba and Salesforce. A legal background is preferred."
)

# --- hotel revenue management: telegraphic, posting keywords -------------------------------------------
_HOTEL = cv(
    "Hotel Revenue Management Analyst",
    "Chiara Benedetti",
    "Revenue manager with 8 years in hotel pricing and distribution for city and resort properties. Runs demand "
    "forecasting, rate strategy and channel-mix analysis with IDeaS G3 and Duetto, and builds reporting in Power "
    "BI.",
    [
        (
            "Cluster Revenue Manager, NH Hotel Group (2020 – 2024)",
            "Revenue strategy for a cluster of 5 hotels in Milan with 1,300 rooms in total.",
            [
                "Raised cluster RevPAR by 14% year on year in 2023.",
                "Implemented the IDeaS G3 RMS and trained front office and sales teams on it.",
                "Shifted channel mix toward direct bookings, lifting direct share from 22% to 31%.",
                "Set group pricing rules with the sales team for MICE business.",
            ],
            ["IDeaS G3", "Opera PMS", "SiteMinder", "Power BI"],
        ),
        (
            "Revenue Analyst, Meliá Hotels International (2016 – 2020)",
            "Pricing and forecasting for resort hotels in the Balearic Islands.",
            [
                "Forecast occupancy and ADR weekly for 9 resorts.",
                "Managed rate loading and restrictions in Duetto for tour-operator and OTA channels.",
                "Built a length-of-stay pricing model in Excel.",
            ],
            ["Duetto", "Opera PMS", "Excel"],
        ),
    ],
    skills=["Demand forecasting", "Pricing strategy", "Distribution", "Channel mix", "Group pricing"],
    tools=["IDeaS G3", "Duetto", "Opera PMS", "SiteMinder", "Power BI"],
    certifications=["HSMAI Certified Revenue Management Executive (CRME)"],
    industries=["Hospitality"],
    spoken_languages=["Italian", "English", "Spanish"],
    academic_background=["MSc Hospitality Management, EHL Hospitality Business School"],
)

_HOTEL_JOB = (
    "Area Revenue Manager – upscale city hotels. Own pricing, forecasting and distribution for a multi-property "
    "cluster; drive RevPAR and direct channel share; champion the RMS (IDeaS or Duetto); partner with sales on "
    "group and MICE pricing; build Power BI dashboards."
)

# --- library and archive digitisation: close paraphrase, reordered ------------------------------------
_LIBRARY = cv(
    "Digitisation Project Manager",
    "Eleanor Whitcombe",
    "Archivist and project manager with 12 years leading digitisation programmes for libraries and archives. "
    "Runs imaging workflows, metadata standards and digital preservation, and has delivered collection portals on "
    "Preservica and IIIF.",
    [
        (
            "Digitisation Manager, The National Archives (2019 – 2024)",
            "Programme to digitise and publish First World War service records online.",
            [
                "Managed the imaging of 4.3 million pages with an external supplier.",
                "Defined the metadata profile in Dublin Core and METS.",
                "Set up ingest into Preservica with fixity checks.",
                "Led a team of 11 archivists and imaging technicians.",
            ],
            ["Preservica", "METS", "Dublin Core", "IIIF", "Python"],
        ),
        (
            "Digital Projects Archivist, University of Manchester Library (2015 – 2019)",
            "Digitisation of special collections for the library's online image collection.",
            [
                "Digitised 25,000 manuscript pages with Phase One camera systems.",
                "Published collections through an IIIF image server.",
                "Wrote the library's digitisation guidelines.",
            ],
            ["Phase One", "Capture One", "IIIF", "Islandora"],
        ),
        (
            "Assistant Archivist, Gloucestershire Archives (2012 – 2015)",
            "Cataloguing and public access for county record office collections.",
            [
                "Catalogued 180 metres of parish and estate records in CALM.",
                "Answered enquiries in the searchroom.",
                "Prepared items for conservation.",
            ],
            ["CALM", "Excel"],
        ),
    ],
    skills=["Digitisation programmes", "Imaging workflows", "Metadata standards", "Digital preservation"],
    tools=["Preservica", "CALM", "Capture One", "Islandora"],
    languages=["Python", "XSLT"],
    certifications=["Registered Member of the Archives and Records Association (RMARA)", "PRINCE2 Foundation"],
    industries=["Libraries", "Archives", "Heritage"],
    spoken_languages=["English", "French"],
    academic_background=["MA Archives and Records Management, UCL", "BA History, University of Bristol"],
)

_LIBRARY_JOB = (
    "Head of Digitisation – national library. Lead a multi-year programme to digitise printed and manuscript "
    "collections: supplier management, imaging standards, metadata (METS/MODS, Dublin Core), digital "
    "preservation and IIIF delivery. Team leadership and ARA registration desirable."
)

# --- customs and trade compliance: mixed, one bullet split and two merged ------------------------------
_CUSTOMS = cv(
    "Customs and Trade Compliance Consultant",
    "Lars Vermeulen",
    "Customs specialist with 11 years in trade compliance and customs systems for manufacturers and logistics "
    "providers. Has implemented SAP GTS, run customs declaration operations and managed AEO authorisations in the "
    "Netherlands and the UK.",
    [
        (
            "Trade Compliance Lead, PwC (2019 – 2024)",
            "SAP Global Trade Services (GTS) implementation for a European chemicals group.",
            [
                "Classified 18,000 products under the EU Combined Nomenclature.",
                "Configured sanctioned-party screening and export control checks in SAP GTS.",
                "Set up customs warehousing and inward processing reliefs.",
                "Prepared the group's UK AEO application after Brexit.",
            ],
            ["SAP GTS 11.0", "SAP S/4HANA", "Descartes", "Excel"],
        ),
        (
            "Customs Manager, DHL Global Forwarding (2013 – 2019)",
            "Customs brokerage operations at the Rotterdam and Amsterdam hubs.",
            [
                "Managed a team of 14 declarants submitting 120,000 declarations a year.",
                "Prepared the hubs for the move to the Dutch Customs DMS declaration system.",
                "Passed customs audits in 2016 and 2018 without findings.",
            ],
            ["AGS", "DMS", "CargoWise", "Excel"],
        ),
    ],
    skills=["Tariff classification", "Export controls", "Sanctions screening", "Customs procedures", "AEO"],
    tools=["SAP GTS", "CargoWise", "Descartes"],
    certifications=["Certified Customs Specialist (Erasmus University Rotterdam)"],
    industries=["Chemicals", "Logistics"],
    spoken_languages=["Dutch", "English", "German"],
    academic_background=[
        "MSc Customs and Supply Chain Compliance, Erasmus University Rotterdam",
        "BSc International Business, Fontys University of Applied Sciences",
    ],
)

_CUSTOMS_JOB = (
    "Global Trade Compliance Manager – chemicals manufacturer. Own SAP GTS (classification, sanctioned-party "
    "screening, export controls, special customs procedures), AEO status in the EU and UK, and oversight of "
    "customs brokers. Dutch and German a plus."
)

CVS = {
    "court": _case(
        _COURT,
        _COURT_JOB,
        "Justice-sector business analyst with 11 years of experience in court case-management systems for criminal "
        "and family courts. Led requirements for two national e-filing rollouts and guides judges, clerks and "
        "listing officers through process change; works in agile teams with Jira and Confluence, writing "
        "acceptance criteria in Gherkin.",
        [
            (
                "Led requirements for the Common Platform programme, replacing legacy case-management systems in the "
                "magistrates' and Crown courts of England and Wales.",
                [
                    "Wrote and prioritised more than 400 user stories covering case progression, listing and results "
                    "recording.",
                    "Facilitated 35 stakeholder workshops with legal advisers, ushers and listing officers across nine "
                    "court centres.",
                    "Mapped the case-file hand-off from the Crown Prosecution Service to the courts and removed three "
                    "manual re-keying steps.",
                    "Defined data migration rules for 1.2m open cases from the legacy Libra system.",
                    "Coached four junior analysts in story writing and backlog refinement.",
                ],
            ),
            (
                "Requirements and configuration for an Odyssey case-management deployment across Scotland's sheriff "
                "courts, for the Scottish Courts and Tribunals Service.",
                [
                    "Configured case types, event codes and fee schedules for civil and summary criminal business.",
                    "Designed solicitors' e-filing intake, which now handles 60 per cent of new civil actions.",
                    "Led UAT with 120 court staff over six weeks.",
                    "Specified the integration with Police Scotland's case-reporting system.",
                ],
            ),
            (
                "In-house analyst supporting the District Court's criminal case-tracking application.",
                [
                    "Documented 70 business processes before the move to a web front end.",
                    "Delivered monthly caseload reports to court managers using Crystal Reports.",
                    "Provided second-line support to 25 court offices.",
                ],
            ),
        ],
    ),
    "pensions": _case(
        _PENSIONS,
        _PENSIONS_JOB,
        "He is a pensions administration consultant with nine years' experience across defined benefit and defined "
        "contribution schemes. He specialises in moving administration between platforms, cleansing member data "
        "and GMP equalisation, working alongside trustees, scheme actuaries and third-party administrators.",
        [
            (
                "He worked on moving the administration of a 48,000-member defined benefit (DB) scheme from Compendia "
                "to Altair for the trustees of a UK engineering group.",
                [
                    "He planned and ran three trial data loads and reconciled member records to within half a per cent "
                    "before cutover.",
                    "He corrected 6,200 member records while cleansing data for GMP equalisation.",
                    "He rebuilt 140 benefit calculations in Altair, early retirement and transfer values among them.",
                    "He gave the trustee board and the scheme actuary a monthly progress report.",
                ],
            ),
            (
                "He was an analyst in the systems team looking after Local Government Pension Scheme funds.",
                [
                    "He delivered the annual benefit statement runs for 210,000 members in five LGPS funds.",
                    "He automated the monthly reconciliation of contributions to employer payroll files, which saved "
                    "three days every month.",
                    "He tested the calculation engine's changes for the McCloud remedy.",
                    "He handled second-line system queries from a 30-strong administration team.",
                ],
            ),
            (
                "He administered workplace DC schemes for employer clients.",
                [
                    "He processed joiners, leavers and retirements across 14 employer schemes.",
                    "He ran the auto-enrolment re-enrolment exercise in 2017 for employer clients.",
                    "He gained the PMI Certificate in Pensions Administration in this role.",
                ],
            ),
        ],
    ),
    "aml": _case(
        _AML,
        _AML_JOB,
        "Financial crime consultant; 8 years of AML/KYC operations and technology across retail and private "
        "banking. Customer due diligence process design, transaction monitoring scenario tuning, screening changes. "
        "Operational remediation plus hands-on SQL and Python analysis.",
        [
            (
                "UK retail bank under skilled-person review: KYC remediation, transaction monitoring optimisation.",
                [
                    "Led 22-analyst remediation team; due diligence refreshed on 85k high-risk customers.",
                    "40 Actimize monitoring scenarios tuned; false-positive alerts down 35%.",
                    "Authored periodic review policy for EDD cases.",
                    "Python data-quality checks on customer reference data ahead of Fenergo migration.",
                ],
            ),
            (
                "Private banking client onboarding and periodic reviews, Zurich and London booking centres.",
                [
                    "Source-of-wealth reviews for 300+ high-net-worth onboardings.",
                    "World-Check One name-screening thresholds adjusted with compliance IT.",
                    "15 relationship managers trained on new KYC documentation rules.",
                ],
            ),
            (
                "First-line AML alert investigation, UK challenger bank.",
                [
                    "c. 60 monitoring alerts investigated weekly.",
                    "45 SARs drafted for the Nominated Officer.",
                    "Co-designed the team's alert triage checklist.",
                ],
            ),
        ],
    ),
    "treasury": _case(
        _TREASURY,
        _TREASURY_JOB,
        "Treasury management system (TMS) consultant with 12 years delivering Kyriba and SAP Treasury and Risk "
        "Management (TRM) for corporate treasuries: cash positioning, bank connectivity, in-house banking and hedge "
        "accounting. Bridges treasury, accounting and IT, working in Swedish and English.",
        [
            (
                "Kyriba TMS implementation for a Nordic industrial group's treasury, covering 140 bank accounts in 30 "
                "countries.",
                [
                    "Cash visibility and liquidity forecasting: cash positioning plus a 13-week forecast across 45 "
                    "entities.",
                    "Bank connectivity for 12 banks via SWIFT and host-to-host, covering statements and payments.",
                    "FX and interest rate deal capture configured, with automated confirmation matching.",
                    "Daily cash reporting cut from four hours to half an hour.",
                ],
            ),
            (
                "SAP TRM roll-outs on SAP ECC 6.0 and S/4HANA 1809 for two consumer-goods groups in Europe.",
                [
                    "Transaction Manager set up for FX forwards, swaps and money-market deposits.",
                    "IFRS 9 hedge accounting designed for cash-flow hedges.",
                    "In-house banking with netting built for 60 subsidiaries.",
                    "Led five consultants on the second roll-out.",
                ],
            ),
            (
                "Treasury front-office analyst covering cash management and bank relationships.",
                [
                    "Daily cash pooling in 18 currencies.",
                    "Monthly FX exposure reporting to the treasury committee.",
                    "Supported the tender that shrank the bank panel from 11 banks to six.",
                ],
            ),
        ],
    ),
    "procurement": _case(
        _PROCUREMENT,
        _PROCUREMENT_JOB,
        "A decade of public-sector eProcurement, spanning central and local government: tender platforms, contract "
        "registers and supplier portals run in line with the Public Contracts Regulations 2015. Brings category "
        "management experience together with hands-on system configuration and user training.",
        [
            (
                "As product lead, owned the eSourcing suite through which central government buyers run further "
                "competitions under framework agreements.",
                [
                    "Prioritised the backlog of a platform that processes roughly 9,000 tenders annually.",
                    "Standardised 38 framework agreements on digital templates.",
                    "Launched self-service registration for suppliers, which cut helpdesk tickets by 25%.",
                    "Contract award notices now flow to Contracts Finder automatically.",
                ],
            ),
            (
                "Responsible for the council's e-tendering and contract management platform.",
                [
                    "Set up ProContract so that all council tenders over £25k ran through it.",
                    "Kept the 1,100-contract live register current and published it in line with the Local "
                    "Government Transparency Code.",
                    "Taught 200 budget holders how to run compliant quotations.",
                    "Prepared the procurement board's yearly spend analysis.",
                ],
            ),
        ],
    ),
    "actuarial": _case(
        _ACTUARIAL,
        _ACTUARIAL_JOB,
        "Fellow of the Institute and Faculty of Actuaries with a decade of Prophet work on life insurance projection "
        "models, both building and validating them. Has worked on IFRS 17, Solvency II and model conversions, and "
        "automates model runs and reporting in Python.",
        [
            (
                "Developed IFRS 17 models covering the annuity and protection books of a UK life insurer.",
                [
                    "Wrote Prophet libraries for contractual service margin (CSM) and risk adjustment across fourteen "
                    "product groups.",
                    "Cut a full model run from eleven hours to three by restructuring the run setup and using "
                    "Prophet's distributed processing.",
                    "Reconciled IFRS 17 output to Solvency II best estimate liabilities to within two tenths of a per "
                    "cent.",
                    "Checked the work of three actuarial students.",
                ],
            ),
            (
                "Worked in the life actuarial function on Solvency II reporting and model conversion.",
                [
                    "Moved half a dozen legacy with-profits spreadsheet models into Prophet.",
                    "Produced the Solvency II best estimate and SCR figures every quarter.",
                    "Automated QRT production in Python, saving five days per quarter.",
                    "Recorded model changes for the yearly model validation.",
                ],
            ),
        ],
    ),
    "murex": _case(
        _MUREX,
        _MUREX_JOB,
        "Thirteen years as a Murex consultant covering front office, risk and back office. Delivered MX.3 upgrades "
        "and configured interest rate and FX derivatives. Also set up market data and end-of-day processing for "
        "investment banks in Paris, London and Singapore.",
        [
            (
                "Upgraded the rates derivatives platform for the Paris and London desks, taking Murex from 3.1.35 to "
                "3.1.58.",
                [
                    "Led a seven-consultant functional workstream across front office, risk and settlement, and "
                    "migrated 220,000 live trades with P&L fully reconciled.",
                    "Redesigned the end-of-day batch so that it completes an hour and a half earlier.",
                    "Configured XVA reports for the market risk team.",
                    "Built sensitivities reports for the same team.",
                ],
            ),
            (
                "Implemented Murex MX.3 for DBS Bank's FX and money markets business in Singapore.",
                [
                    "Set up FX spot, forwards and swaps with their pricing curves.",
                    "Built MxML confirmation workflows to SWIFT and wrote 500 regression tests for go-live.",
                ],
            ),
            (
                "Ran P&L and risk production for the rates desk.",
                [
                    "Daily P&L explain for four rates traders.",
                    "Raised Murex market data issues with IT and tested the fixes.",
                    "Wrote Excel VBA tools to flag late trades.",
                ],
            ),
        ],
    ),
    "socialcare": _case(
        _SOCIALCARE,
        _SOCIALCARE_JOB,
        "Rebecca has spent nine years implementing adults' and children's social care case-management systems for "
        "local authorities in England. A former social worker, she bridges practitioners and suppliers on Mosaic "
        "and Liquidlogic projects, concentrating on workflow design, data migration and statutory returns.",
        [
            (
                "She led the council's replacement of its adult social care system with Liquidlogic LAS, with "
                "ContrOCC for finance.",
                [
                    "She designed 60 assessment, review and safeguarding workflows.",
                    "She migrated the case records of 31,000 people who use services.",
                    "She delivered the SALT return from the new system in its first year of use.",
                    "She led six practice champions in the change team.",
                ],
            ),
            (
                "She deployed Mosaic for children's social care in three London boroughs.",
                [
                    "She configured the workflows for child protection and for looked-after children.",
                    "She built the reporting behind the yearly SSDA903 return and the Child in Need census.",
                    "She trained 350 practitioners in the three boroughs.",
                ],
            ),
            (
                "She practised as a qualified social worker in a children's assessment team.",
                [
                    "She carried a caseload of roughly 18 families.",
                    "She represented her team at the case-recording system's user group.",
                    "She completed child and family assessments inside statutory timescales.",
                ],
            ),
        ],
    ),
    "clm": _case(
        _CLM,
        _CLM_JOB,
        "Seven years putting CLM platforms in the hands of in-house legal and procurement teams. Icertis and "
        "DocuSign CLM programmes – clause libraries, approval workflows, obligation tracking – integrated with "
        "Salesforce and SAP Ariba.",
        [
            (
                "Rolled out Icertis Contract Intelligence across the legal function of a global pharmaceutical "
                "company.",
                [
                    "Assembled 450 approved clauses, in six languages, into a single library.",
                    "Approval workflows designed for twelve contract types, ranging from NDAs to clinical trial "
                    "agreements.",
                    "Brought 95,000 legacy contracts across, using AI-assisted metadata extraction.",
                    "Connected Icertis to SAP Ariba so supplier contracts flow between them.",
                ],
            ),
            (
                "Implemented DocuSign CLM for sales teams' contracting.",
                [
                    "Paired DocuSign CLM with Salesforce CPQ at two SaaS clients.",
                    "Self-service NDAs brought contract turnaround down from nine days to four.",
                    "Configured renewal alerts alongside obligation tracking.",
                    "Authored user guides; delivered 20 training sessions.",
                ],
            ),
        ],
    ),
    "hotel": _case(
        _HOTEL,
        _HOTEL_JOB,
        "Hotel revenue manager, 8 years: pricing and distribution for city and resort hotels. Demand forecasting, "
        "rate strategy, channel mix – IDeaS G3, Duetto. Power BI reporting.",
        [
            (
                "Cluster revenue strategy: five Milan hotels, 1,300 rooms.",
                [
                    "RevPAR +14% YoY across the cluster (2023).",
                    "IDeaS G3 RMS rollout; front office and sales trained.",
                    "Direct share up from 22% to 31% through channel-mix shift.",
                    "MICE group pricing rules agreed with sales.",
                ],
            ),
            (
                "Balearic resort hotels: pricing, forecasting.",
                [
                    "Weekly occupancy and ADR forecasts, nine resorts.",
                    "Duetto rate loading and restrictions – tour operators, OTAs.",
                    "Excel length-of-stay pricing model.",
                ],
            ),
        ],
    ),
    "library": _case(
        _LIBRARY,
        _LIBRARY_JOB,
        "Archivist and project manager who has led digitisation programmes for libraries and archives for 12 years. "
        "Has delivered collection portals on Preservica and IIIF, and runs imaging workflows, metadata standards and "
        "digital preservation.",
        [
            (
                "Programme digitising First World War service records and publishing them online.",
                [
                    "Led an 11-strong team of archivists and imaging technicians.",
                    "Oversaw an external supplier's imaging of 4.3m pages.",
                    "Set the metadata profile using METS and Dublin Core.",
                    "Configured Preservica ingest, with fixity checking.",
                ],
            ),
            (
                "Special collections digitisation feeding the library's online image collection.",
                [
                    "Wrote digitisation guidelines for the library.",
                    "Captured 25,000 manuscript pages on Phase One camera systems.",
                    "Made collections available through an IIIF image server.",
                ],
            ),
            (
                "Catalogued county record office collections and supported public access.",
                [
                    "Catalogued parish and estate records, 180 metres in all, in CALM.",
                    "Handled searchroom enquiries.",
                    "Got items ready for conservation.",
                ],
            ),
        ],
    ),
    "customs": _case(
        _CUSTOMS,
        _CUSTOMS_JOB,
        "Customs and trade compliance specialist, 11 years with manufacturers and logistics providers. SAP GTS "
        "implementation; customs declaration operations; Authorised Economic Operator (AEO) authorisations in the "
        "Netherlands and the UK.",
        [
            (
                "Implemented SAP GTS for a chemicals group in Europe.",
                [
                    "Tariff classification of 18,000 products to the EU Combined Nomenclature.",
                    "Sanctioned-party screening configured in SAP GTS.",
                    "Export control checks configured in SAP GTS.",
                    "Customs warehousing and inward processing reliefs set up; UK AEO application prepared for the "
                    "group after Brexit.",
                ],
            ),
            (
                "Ran customs brokerage at the Rotterdam and Amsterdam hubs.",
                [
                    "Managed 14 declarants filing 120,000 customs declarations annually.",
                    "Readied both hubs for Dutch Customs' move to DMS.",
                    "Customs audits in 2016 and 2018 passed with no findings.",
                ],
            ),
        ],
    ),
}

HONEST = honest_texts(CVS)

_INJECTED = [
    # court
    ("court", "overview", "years", "start", "analyst with 11 years", "analyst with 15 years"),
    (
        "court",
        "overview",
        "customer",
        "end",
        "acceptance criteria in Gherkin.",
        "acceptance criteria in Gherkin for the Home Office.",
    ),
    (
        "court",
        "experiences[0].description",
        "tool",
        "end",
        "courts of England and Wales.",
        "courts of England and Wales on Dynamics 365 and Power Apps.",
    ),
    (
        "court",
        "experiences[0].bullets[0]",
        "number",
        "middle",
        "more than 400 user stories",
        "more than 600 user stories",
    ),
    (
        "court",
        "experiences[0].bullets[1]",
        "recognition",
        "end",
        "across nine court centres.",
        "across nine court centres, work recognised with a departmental innovation award.",
    ),
    (
        "court",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "from the legacy Libra system.",
        "from the legacy Libra system, reconciled at 99.7% on the first pass.",
    ),
    (
        "court",
        "experiences[0].bullets[4]",
        "team size",
        "end",
        "story writing and backlog refinement.",
        "story writing and backlog refinement within a 15-strong analysis practice.",
    ),
    (
        "court",
        "experiences[1].description",
        "date",
        "start",
        "Requirements and configuration",
        "From 2014, requirements and configuration",
    ),
    ("court", "experiences[1].bullets[2]", "duration", "end", "over six weeks.", "over ten weeks."),
    (
        "court",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 40 sheriff clerks on the new Odyssey workflows ahead of go-live.",
    ),
    ("court", "experiences[2].bullets[1]", "version", "end", "using Crystal Reports.", "using Crystal Reports 2016."),
    (
        "court",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Coached junior analysts in story writing and backlog refinement.",
    ),
    # pensions
    (
        "pensions",
        "overview",
        "degree",
        "start",
        "He is a pensions",
        "Holding an MSc in Actuarial Science, he is a pensions",
    ),
    ("pensions", "overview", "years", "middle", "with nine years' experience", "with twelve years' experience"),
    (
        "pensions",
        "overview",
        "customer",
        "end",
        "and third-party administrators.",
        "and third-party administrators such as Mercer and Equiniti.",
    ),
    ("pensions", "experiences[0].description", "number", "middle", "48,000-member", "58,000-member"),
    (
        "pensions",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "to within half a per cent before cutover.",
        "to within half a per cent before cutover, and cut cutover downtime by 40%.",
    ),
    (
        "pensions",
        "experiences[0].bullets[3]",
        "recognition",
        "start",
        "He gave the trustee board",
        "Commended by the trustee chair, he gave the trustee board",
    ),
    (
        "pensions",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "He connected the scheme to the Pensions Dashboards Programme ahead of its staging date.",
    ),
    (
        "pensions",
        "experiences[1].description",
        "date",
        "end",
        "Local Government Pension Scheme funds.",
        "Local Government Pension Scheme funds from 2016.",
    ),
    (
        "pensions",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "saved three days every month.",
        "saved five days every month.",
    ),
    (
        "pensions",
        "experiences[1].bullets[3]",
        "team size",
        "middle",
        "from a 30-strong administration team",
        "from a 45-strong administration team",
    ),
    (
        "pensions",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "He cleansed data for GMP equalisation, correcting 6,200 member records.",
    ),
    (
        "pensions",
        "experiences[2].bullets[2]",
        "certification",
        "middle",
        "PMI Certificate in Pensions Administration in this role.",
        "PMI Certificate in Pensions Administration and the PMI Advanced Diploma in Retirement Provision in this role.",
    ),
    # aml
    (
        "aml",
        "overview",
        "years",
        "start",
        "Financial crime consultant; 8 years",
        "Financial crime consultant; 10 years",
    ),
    (
        "aml",
        "overview",
        "certified",
        "middle",
        "Customer due diligence process design,",
        "Customer due diligence process design as a Certified Fraud Examiner,",
    ),
    ("aml", "overview", "tool", "end", "hands-on SQL and Python analysis.", "hands-on SQL, Python and SAS analysis."),
    ("aml", "experiences[0].description", "customer", "start", "UK retail bank under", "Lloyds Banking Group, under"),
    (
        "aml",
        "experiences[0].bullets[0]",
        "team size",
        "start",
        "Led 22-analyst remediation team",
        "Led 30-analyst remediation team",
    ),
    ("aml", "experiences[0].bullets[1]", "number", "start", "40 Actimize", "55 Actimize"),
    (
        "aml",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "false-positive alerts down 35%.",
        "false-positive alerts down 35%, true-positive rate up 12%.",
    ),
    (
        "aml",
        "experiences[0].bullets[3]",
        "version",
        "end",
        "ahead of Fenergo migration.",
        "ahead of Fenergo 8 migration.",
    ),
    (
        "aml",
        "experiences[1].description",
        "date",
        "end",
        "Zurich and London booking centres.",
        "Zurich and London booking centres, 2017–2021.",
    ),
    (
        "aml",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "adjusted with compliance IT.",
        "adjusted with compliance IT; shortlisted in the bank's annual compliance awards.",
    ),
    (
        "aml",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote the periodic review policy for EDD cases.",
    ),
    (
        "aml",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Escalated 12 cases to the National Crime Agency through the Nominated Officer.",
    ),
    # treasury
    ("treasury", "overview", "years", "middle", "with 12 years delivering", "with 15 years delivering"),
    ("treasury", "overview", "tool", "middle", "delivering Kyriba and SAP", "delivering Kyriba, FIS Quantum and SAP"),
    (
        "treasury",
        "overview",
        "certification",
        "end",
        "working in Swedish and English.",
        "working in Swedish and English, and holds the AMCT diploma.",
    ),
    (
        "treasury",
        "experiences[0].description",
        "customer",
        "middle",
        "for a Nordic industrial group's treasury",
        "for Sandvik's group treasury",
    ),
    ("treasury", "experiences[0].bullets[0]", "duration", "middle", "a 13-week forecast", "a 26-week forecast"),
    (
        "treasury",
        "experiences[0].bullets[1]",
        "number",
        "start",
        "Bank connectivity for 12 banks",
        "Bank connectivity for 16 banks",
    ),
    (
        "treasury",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "from four hours to half an hour.",
        "from four hours to half an hour, with forecast accuracy at 95%.",
    ),
    ("treasury", "experiences[1].description", "version", "middle", "S/4HANA 1809", "S/4HANA 2020"),
    ("treasury", "experiences[1].bullets[3]", "team size", "middle", "Led five consultants", "Led eight consultants"),
    (
        "treasury",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Automated bank statement reconciliation in SAP, lifting auto-match rates to 92%.",
    ),
    (
        "treasury",
        "experiences[2].description",
        "date",
        "start",
        "Treasury front-office analyst covering",
        "Treasury front-office analyst from 2010, covering",
    ),
    (
        "treasury",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "IFRS 9 hedge accounting designed for cash-flow hedges.",
    ),
    # procurement
    ("procurement", "overview", "years", "start", "A decade of public-sector", "Fifteen years of public-sector"),
    (
        "procurement",
        "overview",
        "tool",
        "middle",
        "tender platforms, contract",
        "tender platforms including Delta eSourcing, contract",
    ),
    (
        "procurement",
        "overview",
        "degree",
        "end",
        "hands-on system configuration and user training.",
        "hands-on system configuration and user training, backed by an MSc in Procurement Management.",
    ),
    ("procurement", "experiences[0].description", "date", "start", "As product lead,", "As product lead since 2017,"),
    (
        "procurement",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "roughly 9,000 tenders annually.",
        "roughly 12,000 tenders annually.",
    ),
    (
        "procurement",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "cut helpdesk tickets by 25%.",
        "cut helpdesk tickets by 25% and lifted supplier satisfaction to 4.6 out of 5.",
    ),
    (
        "procurement",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "to Contracts Finder automatically.",
        "to Contracts Finder and Find a Tender automatically.",
    ),
    (
        "procurement",
        "experiences[1].description",
        "customer",
        "end",
        "contract management platform.",
        "contract management platform, shared with South Gloucestershire Council.",
    ),
    (
        "procurement",
        "experiences[1].bullets[1]",
        "number",
        "start",
        "Kept the 1,100-contract",
        "Kept the 1,400-contract",
    ),
    (
        "procurement",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "run compliant quotations.",
        "run compliant quotations, a programme that won a GO Award.",
    ),
    (
        "procurement",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated savings of £1.8m on the council's facilities management re-tender.",
    ),
    (
        "procurement",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Standardised framework agreements on digital templates.",
    ),
    # actuarial
    (
        "actuarial",
        "overview",
        "certified",
        "start",
        "Fellow of the Institute",
        "Chartered Enterprise Risk Actuary and Fellow of the Institute",
    ),
    ("actuarial", "overview", "years", "middle", "with a decade of Prophet work", "with fifteen years of Prophet work"),
    (
        "actuarial",
        "overview",
        "tool",
        "end",
        "model runs and reporting in Python.",
        "model runs and reporting in Python and MoSes.",
    ),
    ("actuarial", "experiences[0].description", "customer", "end", "of a UK life insurer.", "of Legal & General."),
    ("actuarial", "experiences[0].bullets[0]", "number", "end", "fourteen product groups.", "sixteen product groups."),
    (
        "actuarial",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "using Prophet's distributed",
        "using Prophet 9.0's distributed",
    ),
    (
        "actuarial",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "two tenths of a per cent.",
        "two tenths of a per cent, and shortened the quarterly close by a third.",
    ),
    (
        "actuarial",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "three actuarial students.",
        "three actuarial students in a team of nine.",
    ),
    (
        "actuarial",
        "experiences[1].description",
        "date",
        "start",
        "Worked in the life actuarial function",
        "Worked from 2012 in the life actuarial function",
    ),
    (
        "actuarial",
        "experiences[1].bullets[2]",
        "duration",
        "middle",
        "saving five days per quarter",
        "saving eight days per quarter",
    ),
    (
        "actuarial",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built the stochastic economic scenario generator used for with-profits guarantee costs.",
    ),
    (
        "actuarial",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reconciled IFRS 17 output to Solvency II best estimate liabilities.",
    ),
    # murex
    ("murex", "overview", "years", "start", "Thirteen years as a Murex", "Sixteen years as a Murex"),
    (
        "murex",
        "overview",
        "certified",
        "middle",
        "Delivered MX.3 upgrades and",
        "Delivered MX.3 upgrades as a Murex Certified Consultant and",
    ),
    (
        "murex",
        "overview",
        "customer",
        "end",
        "in Paris, London and Singapore.",
        "in Paris, London and Singapore, BNP Paribas among them.",
    ),
    ("murex", "experiences[0].description", "version", "end", "from 3.1.35 to 3.1.58.", "from 3.1.35 to 3.1.62."),
    ("murex", "experiences[0].bullets[0]", "team size", "start", "Led a seven-consultant", "Led a ten-consultant"),
    (
        "murex",
        "experiences[0].bullets[1]",
        "duration",
        "end",
        "completes an hour and a half earlier.",
        "completes two and a half hours earlier.",
    ),
    (
        "murex",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "for the market risk team.",
        "for the market risk team in Tableau.",
    ),
    (
        "murex",
        "experiences[1].description",
        "date",
        "end",
        "money markets business in Singapore.",
        "money markets business in Singapore, live in 2016.",
    ),
    (
        "murex",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "500 regression tests for go-live.",
        "500 regression tests for go-live, 98% of them automated.",
    ),
    (
        "murex",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Redesigned the end-of-day batch so that it finishes earlier.",
    ),
    (
        "murex",
        "experiences[2].description",
        "degree",
        "end",
        "production for the rates desk.",
        "production for the rates desk after a master's in quantitative finance.",
    ),
    (
        "murex",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Cut P&L breaks by 40% with a daily trade-capture control.",
    ),
    # socialcare
    ("socialcare", "overview", "years", "start", "Rebecca has spent nine years", "Rebecca has spent eleven years"),
    (
        "socialcare",
        "overview",
        "recognition",
        "middle",
        "A former social worker, she",
        "A former social worker and Social Worker of the Year finalist, she",
    ),
    (
        "socialcare",
        "overview",
        "tool",
        "middle",
        "on Mosaic and Liquidlogic projects",
        "on Mosaic, Liquidlogic and Eclipse projects",
    ),
    (
        "socialcare",
        "experiences[0].description",
        "customer",
        "middle",
        "She led the council's replacement",
        "She led Suffolk County Council's replacement",
    ),
    (
        "socialcare",
        "experiences[0].bullets[0]",
        "certified",
        "start",
        "She designed 60",
        "As a certified Liquidlogic configurer, she designed 60",
    ),
    (
        "socialcare",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "31,000 people who use services.",
        "36,000 people who use services.",
    ),
    (
        "socialcare",
        "experiences[0].bullets[3]",
        "team size",
        "middle",
        "She led six practice champions",
        "She led twelve practice champions",
    ),
    (
        "socialcare",
        "experiences[1].description",
        "date",
        "end",
        "in three London boroughs.",
        "in three London boroughs between 2014 and 2020.",
    ),
    (
        "socialcare",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "She halved the backlog of unauthorised case notes before go-live.",
    ),
    (
        "socialcare",
        "experiences[2].description",
        "degree",
        "end",
        "in a children's assessment team.",
        "in a children's assessment team, after a postgraduate diploma in child protection.",
    ),
    (
        "socialcare",
        "experiences[2].bullets[0]",
        "duration",
        "end",
        "roughly 18 families.",
        "roughly 18 families for four years.",
    ),
    (
        "socialcare",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "She trained practitioners in the three boroughs.",
    ),
    # clm
    ("clm", "overview", "years", "start", "Seven years putting", "Ten years putting"),
    (
        "clm",
        "overview",
        "certification",
        "middle",
        "DocuSign CLM programmes –",
        "DocuSign CLM programmes, backed by Ironclad certification –",
    ),
    ("clm", "overview", "tool", "end", "Salesforce and SAP Ariba.", "Salesforce, SAP Ariba and Coupa."),
    ("clm", "experiences[0].description", "customer", "end", "of a global pharmaceutical company.", "of AstraZeneca."),
    ("clm", "experiences[0].bullets[0]", "number", "start", "Assembled 450 approved", "Assembled 650 approved"),
    (
        "clm",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "AI-assisted metadata extraction.",
        "AI-assisted metadata extraction at 94% accuracy.",
    ),
    ("clm", "experiences[0].bullets[3]", "version", "start", "Connected Icertis to", "Connected Icertis 8.5 to"),
    (
        "clm",
        "experiences[1].description",
        "date",
        "end",
        "for sales teams' contracting.",
        "for sales teams' contracting from 2016.",
    ),
    ("clm", "experiences[1].bullets[1]", "duration", "end", "from nine days to four.", "from nine days to two."),
    (
        "clm",
        "experiences[1].bullets[3]",
        "recognition",
        "end",
        "delivered 20 training sessions.",
        "delivered 20 training sessions, winning a Legal Geek award.",
    ),
    (
        "clm",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led a pod of four administrators supporting 1,200 CLM users.",
    ),
    (
        "clm",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Connected Icertis to SAP Ariba for supplier contracts.",
    ),
    # hotel
    ("hotel", "overview", "years", "middle", "Hotel revenue manager, 8 years", "Hotel revenue manager, 10 years"),
    ("hotel", "overview", "certified", "end", "Power BI reporting.", "Power BI reporting; CHIA-certified."),
    ("hotel", "experiences[0].description", "number", "end", "1,300 rooms.", "1,600 rooms."),
    ("hotel", "experiences[0].bullets[0]", "metric", "start", "RevPAR +14% YoY", "RevPAR +19% YoY"),
    ("hotel", "experiences[0].bullets[0]", "date", "end", "(2023).", "(2022)."),
    ("hotel", "experiences[0].bullets[1]", "version", "start", "IDeaS G3 RMS rollout", "IDeaS G3 RMS v5 rollout"),
    (
        "hotel",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "agreed with sales.",
        "agreed with sales for the Pirelli and Prada accounts.",
    ),
    (
        "hotel",
        "experiences[1].description",
        "duration",
        "end",
        "pricing, forecasting.",
        "pricing, forecasting over seven seasons.",
    ),
    ("hotel", "experiences[1].bullets[0]", "number", "end", "nine resorts.", "eleven resorts."),
    (
        "hotel",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "Excel length-of-stay pricing model.",
        "Excel length-of-stay pricing model – Revenue Excellence Award 2019.",
    ),
    (
        "hotel",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Check-in upsell programme: +€1.2m ancillary revenue.",
    ),
    (
        "hotel",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Direct share up from 22% to 31% via channel mix.",
    ),
    # library
    (
        "library",
        "overview",
        "recognition",
        "start",
        "Archivist and project manager who",
        "Archivist and project manager, winner of a Digital Preservation Award, who",
    ),
    ("library", "overview", "tool", "middle", "on Preservica and IIIF", "on Preservica, Archivematica and IIIF"),
    ("library", "overview", "years", "end", "archives for 12 years.", "archives for 17 years."),
    (
        "library",
        "experiences[0].description",
        "date",
        "end",
        "publishing them online.",
        "publishing them online for the 2014 centenary.",
    ),
    ("library", "experiences[0].bullets[0]", "team size", "middle", "Led an 11-strong team", "Led a 15-strong team"),
    ("library", "experiences[0].bullets[1]", "number", "end", "imaging of 4.3m pages.", "imaging of 5.3m pages."),
    (
        "library",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "using METS and Dublin Core.",
        "using METS, MODS and Dublin Core.",
    ),
    (
        "library",
        "experiences[1].description",
        "customer",
        "start",
        "Special collections digitisation",
        "Wellcome Trust-funded special collections digitisation",
    ),
    (
        "library",
        "experiences[1].bullets[0]",
        "certification",
        "end",
        "guidelines for the library.",
        "guidelines for the library, drawing on her DPC Digital Preservation Practitioner certificate.",
    ),
    (
        "library",
        "experiences[1].bullets[1]",
        "version",
        "end",
        "on Phase One camera systems.",
        "on Phase One IQ4 camera systems.",
    ),
    (
        "library",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Secured £250,000 of external funding for the manuscript programme.",
    ),
    (
        "library",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Made collections available through an IIIF image server.",
    ),
    # customs
    (
        "customs",
        "overview",
        "certified",
        "start",
        "Customs and trade compliance specialist",
        "Certified export control officer and customs specialist",
    ),
    ("customs", "overview", "years", "middle", "specialist, 11 years", "specialist, 14 years"),
    (
        "customs",
        "experiences[0].description",
        "degree",
        "start",
        "Implemented SAP GTS",
        "Drawing on an MBA in supply chain management, implemented SAP GTS",
    ),
    (
        "customs",
        "experiences[0].description",
        "customer",
        "end",
        "for a chemicals group in Europe.",
        "for BASF's chemicals business in Europe.",
    ),
    ("customs", "experiences[0].bullets[0]", "number", "middle", "of 18,000 products", "of 21,000 products"),
    ("customs", "experiences[0].bullets[1]", "version", "end", "configured in SAP GTS.", "configured in SAP GTS 12.0."),
    (
        "customs",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "configured in SAP GTS.",
        "configured in SAP GTS and Amber Road.",
    ),
    (
        "customs",
        "experiences[0].bullets[3]",
        "date",
        "end",
        "for the group after Brexit.",
        "for the group in early 2021, after Brexit.",
    ),
    ("customs", "experiences[1].description", "duration", "end", "Amsterdam hubs.", "Amsterdam hubs for eight years."),
    ("customs", "experiences[1].bullets[0]", "team size", "start", "Managed 14 declarants", "Managed 18 declarants"),
    (
        "customs",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Cut average clearance time at Rotterdam from 6 hours to 2.",
    ),
    (
        "customs",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Tariff classification of products to the EU Combined Nomenclature.",
    ),
]

_UNSURE = [
    (
        "court",
        "experiences[0].bullets[2]",
        "from the Crown Prosecution Service to",
        "from the Crown Prosecution Service (CPS) to",
        "Adds CPS, the standard abbreviation, which the CV never writes.",
    ),
    (
        "court",
        "overview",
        "with 11 years of experience",
        "with over a decade of experience",
        "True of 11 years but vaguer.",
    ),
    (
        "court",
        "experiences[1].bullets[3]",
        "Specified the integration with",
        "Specified and tested the integration with",
        "Plausible for a BA who led UAT, but the CV says only that the interface specification was written.",
    ),
    (
        "pensions",
        "experiences[1].bullets[1]",
        "which saved three days every month",
        "which saved around 36 days a year",
        "Arithmetic on the CV's figure (3 x 12): true, but a number the CV does not state.",
    ),
    (
        "pensions",
        "overview",
        "moving administration between platforms",
        "moving administration between platforms such as Compendia and Altair",
        "Both platforms are in the CV, but in one experience, not stated as a general specialism.",
    ),
    (
        "aml",
        "experiences[0].bullets[0]",
        "85k high-risk customers",
        "85k high-risk retail customers",
        "'retail' follows from the retail bank but the CV does not say it of these customers.",
    ),
    (
        "aml",
        "overview",
        "screening changes",
        "sanctions screening changes",
        "The sidebar lists sanctions screening; the experiences only show name screening.",
    ),
    (
        "treasury",
        "experiences[0].bullets[1]",
        "via SWIFT and host-to-host",
        "via SWIFT and host-to-host (ISO 20022)",
        "ISO 20022 is in the environment, but the CV does not tie it to the bank connections.",
    ),
    (
        "treasury",
        "overview",
        "Bridges treasury, accounting and IT",
        "A trusted adviser bridging treasury, accounting and IT",
        "Puffery with no checkable claim.",
    ),
    (
        "procurement",
        "experiences[0].bullets[0]",
        "roughly 9,000 tenders annually",
        "roughly 750 tenders a month",
        "Derived figure (9,000 / 12) the CV does not state.",
    ),
    (
        "actuarial",
        "experiences[0].bullets[1]",
        "from eleven hours to three",
        "by almost three quarters",
        "Derived percentage (11 to 3 hours is a 73% cut).",
    ),
    (
        "murex",
        "experiences[0].bullets[1]",
        "so that it completes an hour and a half earlier.",
        "so that it completes an hour and a half earlier, easing the overnight risk runs.",
        "Adds a consequence the CV does not state.",
    ),
    (
        "socialcare",
        "experiences[1].bullets[0]",
        "for looked-after children",
        "for children looked after (CLA)",
        "CLA comes from the posting; a standard abbreviation the CV never writes.",
    ),
    (
        "clm",
        "overview",
        "in-house legal and procurement teams",
        "in-house legal and procurement teams, including in life sciences",
        "Only one customer was pharmaceutical; 'life sciences' is the posting's word.",
    ),
    (
        "hotel",
        "experiences[0].description",
        "five Milan hotels",
        "five upscale Milan hotels",
        "'upscale' is the posting's; the CV does not grade the hotels.",
    ),
    (
        "library",
        "experiences[0].bullets[1]",
        "imaging of 4.3m pages",
        "imaging of more than four million pages",
        "Rounded down from 4.3m: true, but not the CV's figure.",
    ),
    (
        "customs",
        "experiences[0].bullets[0]",
        "to the EU Combined Nomenclature",
        "to the EU Combined Nomenclature (CN8)",
        "CN8 is the standard code level but the CV does not state it.",
    ),
    (
        "customs",
        "experiences[1].bullets[1]",
        "move to DMS.",
        "move to DMS under the Union Customs Code.",
        "True background, not stated in the CV.",
    ),
]

FABRICATED = build(CVS, _INJECTED)
AMBIGUOUS = build(CVS, _UNSURE, with_reason=True)
