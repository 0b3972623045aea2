"""Blind set G for the free-text claims guard (issue 20), written blind: without opening the guard's
code, its tests, its documentation, its benchmarks or any other set. Fourteen hand-written CVs in
domains no earlier set covers (pharma MES, Azure landing zones, identity and access management, CRM
and marketing operations, mainframe modernisation, ISO 26262 functional safety, ISO 20022 payments,
smart-building IoT, retail pricing data science, developer documentation, SAP SuccessFactors
recruiting, network security, e-learning, Scrum delivery), each with a job posting and one honest
tailoring written the way GPT-4-class and Claude-class models tailor: close paraphrase, aggressive
restructuring, keyword-heavy, results-first, very short and verbose third person, with merged and
split bullets and figures in other forms. The weight is on honest text. Each fabrication is one edit
in one text of the honest tailoring; debatable edits are kept apart in ``_A`` with their reason."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}


def _case(key, source, prompt, overview, experiences):
    CVS[key] = {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


# --- 1. Pharma manufacturing: close paraphrase -------------------------------------------------------
_case(
    "pharma",
    cv(
        "Senior MES Consultant",
        "Ingrid Halvorsen",
        "MES consultant with 11 years in regulated pharmaceutical manufacturing. Specialist in Werum "
        "PAS-X master batch records, GMP-compliant electronic batch recording and computer system "
        "validation under GAMP 5. Has led rollouts at four sites in Norway, Ireland and Switzerland.",
        [
            (
                "2020 - 2025: MES Lead, Nordvik Pharma AS",
                "Site-wide rollout of Werum PAS-X 3.2 for a sterile injectables plant producing 40 million "
                "units a year.",
                [
                    "Designed 65 master batch records for formulation, filling and packaging.",
                    "Led validation of the MES according to GAMP 5, writing the URS, FRS and traceability matrix.",
                    "Cut batch record review time from 5 days to 1.5 days through review by exception.",
                    "Integrated PAS-X with SAP S/4HANA for process orders and goods movements.",
                ],
                ["Werum PAS-X", "SAP S/4HANA", "Oracle Database", "HP ALM"],
            ),
            (
                "2016 - 2020: CSV Engineer, Glencairn Biologics, Cork",
                "Computer system validation for a biologics site moving from paper to electronic batch records.",
                [
                    "Wrote and executed IQ/OQ/PQ protocols for 12 GMP systems.",
                    "Ran the data integrity assessment against ALCOA+ principles for 30 lab and shop-floor systems.",
                    "Trained 120 operators on electronic batch recording.",
                ],
                ["Werum PAS-X", "LIMS LabWare", "Kneat Gx", "TrackWise"],
            ),
            (
                "2014 - 2016: Automation Engineer, Alpentech Process, Basel",
                "Process automation support for a contract manufacturer of oral solid dosage forms.",
                [
                    "Maintained Siemens PCS 7 control recipes for granulation and tablet compression lines.",
                    "Handled 200 change controls and deviations in TrackWise.",
                ],
                ["Siemens PCS 7", "TrackWise", "OSIsoft PI"],
            ),
        ],
        skills=["MES", "GMP", "Computer System Validation", "GAMP 5", "Data Integrity", "Review by Exception"],
        tools=["Werum PAS-X", "SAP S/4HANA", "Kneat Gx", "TrackWise", "Siemens PCS 7", "OSIsoft PI"],
        certifications=["Certified Pharmaceutical GMP Professional (ASQ)"],
        industries=["Pharmaceuticals", "Biotechnology"],
        spoken_languages=["Norwegian", "English", "German"],
        academic_background=["MSc Chemical Engineering, NTNU Trondheim"],
    ),
    "We are hiring an MES Solution Architect for a new vaccine fill-finish facility. Required: Werum PAS-X "
    "(ideally 3.3), electronic batch records, GMP and CSV/CSA, integration with SAP and Syncade experience a "
    "plus. You will own master batch record design and validation strategy.",
    "MES consultant with eleven years in regulated pharma manufacturing, specialising in Werum PAS-X master "
    "batch records, GMP-compliant electronic batch records and computer system validation to GAMP 5. She has "
    "led rollouts at 4 sites across Norway, Ireland and Switzerland.",
    [
        (
            "Sitewide Werum PAS-X 3.2 rollout at Nordvik Pharma for a sterile injectables plant making 40M units "
            "per year.",
            [
                "Designed 65 master batch records covering formulation, filling and packaging.",
                "Led GAMP 5 validation of the MES.",
                "Authored the URS, FRS and traceability matrix.",
                "Reduced batch record review from five days to a day and a half by introducing review by exception.",
                "Connected PAS-X to SAP S/4HANA for process orders and goods movements.",
            ],
        ),
        (
            "Computer system validation at a Cork biologics site moving from paper to electronic batch records.",
            [
                "Authored and executed IQ, OQ and PQ protocols for twelve GMP systems.",
                "Ran an ALCOA+ data integrity assessment of 30 laboratory and shop-floor systems.",
                "Trained 120 operators in electronic batch recording.",
            ],
        ),
        (
            "Process automation support at a Basel contract manufacturer of oral solid doses.",
            [
                "Maintained Siemens PCS7 control recipes for the granulation and tablet compression lines.",
                "Processed 200 change controls and deviations in TrackWise.",
            ],
        ),
    ],
)

_F = [
    ("pharma", "overview", "years", "start", "eleven years", "fifteen years"),
    (
        "pharma",
        "overview",
        "customer",
        "end",
        "Norway, Ireland and Switzerland.",
        "Norway, Ireland and Switzerland, including for Novartis.",
    ),
    ("pharma", "experiences[0].description", "version", "middle", "PAS-X 3.2", "PAS-X 3.3"),
    ("pharma", "experiences[0].bullets[0]", "number", "middle", "65 master", "85 master"),
    (
        "pharma",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "by introducing review by exception.",
        "by introducing review by exception, cutting release lead time by 30%.",
    ),
    ("pharma", "experiences[0].bullets[4]", "tool", "end", "goods movements.", "goods movements and Emerson Syncade."),
    (
        "pharma",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Authored and executed",
        "As a certified CQV professional, authored and executed",
    ),
    (
        "pharma",
        "experiences[1].bullets[2]",
        "team size",
        "end",
        "electronic batch recording.",
        "electronic batch recording, leading a team of 6 trainers.",
    ),
    (
        "pharma",
        "experiences[1].description",
        "duration",
        "end",
        "electronic batch records.",
        "electronic batch records over an 18-month programme.",
    ),
    (
        "pharma",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Trained 120 operators in electronic batch recording.",
    ),
    (
        "pharma",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Authored the site's CSA-based validation strategy approved by the FDA pre-approval inspection.",
    ),
    ("pharma", "experiences[2].bullets[0]", "version", "middle", "Siemens PCS7", "Siemens PCS 7 v9.1"),
]

# --- 2. Public cloud migration: aggressive restructuring (nominalised, fragments) --------------------
_case(
    "azure",
    cv(
        "Cloud Migration Architect",
        "Tomasz Wierzbicki",
        "Cloud architect who has moved more than 900 workloads from on-premises data centres to Microsoft "
        "Azure. Designs landing zones with the Cloud Adoption Framework, hub-and-spoke networking and policy "
        "as code in Terraform. Works with insurers and public-sector bodies.",
        [
            (
                "2021 - 2025: Lead Cloud Architect, Vistula Insurance Group",
                "Migration of two data centres to Azure within a fixed exit deadline.",
                [
                    "Led the migration of 620 virtual machines and 48 SQL Server databases to Azure.",
                    "Designed the enterprise-scale landing zone with management groups, Azure Policy and a "
                    "hub-and-spoke network.",
                    "Wrote the Terraform modules used by 14 application teams to provision subscriptions.",
                    "Reduced hosting costs by 27% through rightsizing and reserved instances.",
                ],
                ["Microsoft Azure", "Terraform", "Azure DevOps", "Azure Migrate", "SQL Server"],
            ),
            (
                "2018 - 2021: Infrastructure Architect, Mazovia Regional Health Authority",
                "Hybrid cloud design for a regional health authority with strict data residency rules.",
                [
                    "Set up ExpressRoute connectivity between three hospitals and Azure West Europe.",
                    "Moved 280 workloads, mostly Windows Server file and application servers.",
                    "Introduced Azure Backup and Site Recovery with a four-hour recovery time objective.",
                ],
                ["Microsoft Azure", "VMware vSphere", "Windows Server", "ExpressRoute", "PowerShell"],
            ),
            (
                "2015 - 2018: Systems Engineer, Datacore Polska",
                "Operations of a VMware estate for managed-hosting customers.",
                [
                    "Administered 1,500 VMs on vSphere across two data centres.",
                    "Automated patching with PowerShell and System Center Configuration Manager.",
                    "Planned the capacity of storage arrays for customer growth.",
                ],
                ["VMware vSphere", "PowerShell", "SCCM", "NetApp"],
            ),
        ],
        skills=["Cloud Adoption Framework", "Landing Zones", "Hub-and-Spoke Networking", "Policy as Code", "FinOps"],
        tools=["Terraform", "Azure DevOps", "Azure Migrate", "VMware vSphere", "PowerShell"],
        certifications=[
            "Microsoft Certified: Azure Solutions Architect Expert",
            "HashiCorp Certified: Terraform Associate",
        ],
        industries=["Insurance", "Public Sector", "Healthcare"],
        spoken_languages=["Polish", "English"],
        academic_background=["MSc Computer Science, Warsaw University of Technology"],
    ),
    "Customer brief: a European retailer must leave its colocation contract in 12 months and wants an Azure "
    "landing zone architect. Needs: Cloud Adoption Framework, Terraform, Azure Policy, ExpressRoute, cost "
    "optimisation (FinOps), Bicep and AKS knowledge welcome.",
    "Azure landing zone architect: more than 900 workloads migrated from on-prem data centers to Microsoft "
    "Azure. Cloud Adoption Framework landing zones, hub and spoke networks, policy-as-code with Terraform. "
    "Insurance and public-sector clients.",
    [
        (
            "Two-data-centre exit to Azure for Vistula Insurance Group against a fixed deadline.",
            [
                "Migration lead: 620 VMs and 48 SQL Server databases moved to Azure.",
                "Enterprise-scale landing zone design: management groups, Azure Policy, hub-and-spoke network.",
                "Author of the Terraform modules through which 14 application teams provision subscriptions.",
                "Hosting costs down 27 percent via rightsizing and reserved instances (FinOps).",
            ],
        ),
        (
            "Hybrid cloud for a regional health authority under strict data-residency rules.",
            [
                "ExpressRoute links from 3 hospitals to Azure West Europe.",
                "Migration of 280 workloads, mainly Windows Server file and app servers.",
                "Azure Backup and Site Recovery introduced.",
                "Recovery time objective: four hours.",
            ],
        ),
        (
            "VMware operations for managed-hosting customers at Datacore Polska.",
            [
                "Administration of 1500 vSphere VMs in two data centers.",
                "Patching automated with PowerShell and SCCM.",
                "Storage array capacity planning for customer growth.",
            ],
        ),
    ],
)

_F += [
    ("azure", "overview", "number", "start", "more than 900 workloads", "more than 1,200 workloads"),
    ("azure", "overview", "tool", "middle", "policy-as-code with Terraform", "policy-as-code with Terraform and Bicep"),
    (
        "azure",
        "overview",
        "customer",
        "end",
        "Insurance and public-sector clients.",
        "Insurance and public-sector clients such as Allianz.",
    ),
    (
        "azure",
        "experiences[0].description",
        "duration",
        "end",
        "against a fixed deadline.",
        "against a fixed 12-month deadline.",
    ),
    (
        "azure",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "48 SQL Server databases moved to Azure.",
        "84 SQL Server databases moved to Azure.",
    ),
    (
        "azure",
        "experiences[0].bullets[3]",
        "metric",
        "start",
        "Hosting costs down 27 percent",
        "Hosting costs down 37 percent",
    ),
    (
        "azure",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "hub-and-spoke network.",
        "hub-and-spoke network and AKS baseline clusters.",
    ),
    ("azure", "experiences[1].bullets[3]", "metric", "end", "four hours.", "four hours, with an RPO of 15 minutes."),
    ("azure", "experiences[1].description", "date", "start", "Hybrid cloud", "Since 2016, hybrid cloud"),
    (
        "azure",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Author of the Terraform modules through which 14 application teams provision subscriptions.",
    ),
    ("azure", "experiences[2].bullets[0]", "number", "middle", "1500 vSphere VMs", "2500 vSphere VMs"),
    (
        "azure",
        "experiences[2].bullets[1]",
        "certification",
        "end",
        "PowerShell and SCCM.",
        "PowerShell and SCCM; VMware VCP-DCV certified.",
    ),
    (
        "azure",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Mentored a cloud centre of excellence of 9 engineers through the migration.",
    ),
]

# --- 3. Identity and access management: keyword-heavy ------------------------------------------------
_case(
    "iam",
    cv(
        "IAM Consultant",
        "Priya Raghunathan",
        "Identity and access management consultant with 9 years of experience. Implements Okta for workforce "
        "single sign-on and SailPoint IdentityIQ for access reviews and joiner/mover/leaver processes. Has "
        "worked for banks, a telecom operator and a university.",
        [
            (
                "2022 - 2025: IAM Architect, Harbourline Bank",
                "Replacement of a home-grown provisioning tool with SailPoint IdentityIQ for 18,000 employees.",
                [
                    "Automated joiner/mover/leaver processes for 140 connected applications.",
                    "Ran quarterly access reviews that removed 9,400 unused entitlements in the first year.",
                    "Designed role models with separation-of-duties rules for trading and payments.",
                    "Cut the average time to grant access from 6 days to 4 hours.",
                ],
                ["SailPoint IdentityIQ", "Active Directory", "Java", "BeanShell", "Oracle Database"],
            ),
            (
                "2019 - 2022: Identity Engineer, Telvara Communications",
                "Workforce single sign-on and MFA roll-out for a telecom operator.",
                [
                    "Migrated 260 applications from ADFS to Okta using SAML and OIDC.",
                    "Rolled out Okta Verify MFA to 11,000 staff in six months.",
                    "Built Okta Workflows that disable accounts within 15 minutes of HR termination.",
                ],
                ["Okta", "ADFS", "SAML", "OIDC", "Workday"],
            ),
            (
                "2016 - 2019: Systems Administrator, University of Leeds",
                "Directory and account administration for staff and students.",
                [
                    "Administered Active Directory for 40,000 student and staff accounts.",
                    "Scripted account lifecycle tasks in PowerShell.",
                ],
                ["Active Directory", "PowerShell", "Shibboleth"],
            ),
        ],
        skills=["Identity Governance", "Access Reviews", "Role Mining", "Single Sign-On", "MFA", "Zero Trust"],
        tools=["Okta", "SailPoint IdentityIQ", "Active Directory", "ADFS", "Workday"],
        certifications=["Okta Certified Professional", "SailPoint IdentityIQ Engineer"],
        industries=["Banking", "Telecommunications", "Higher Education"],
        spoken_languages=["English", "Tamil", "Hindi"],
        academic_background=["BEng Electronics and Communication, Anna University"],
    ),
    "Job posting: Senior Identity Governance Engineer (IGA). You will lead identity governance and "
    "administration on SailPoint IdentityNow, lifecycle management, access certification campaigns, SoD "
    "policies and Okta SSO/MFA. CISSP and experience with CyberArk privileged access are a plus.",
    "Identity governance and administration (IGA) consultant, 9 years in IAM. Okta workforce SSO plus "
    "SailPoint IdentityIQ identity governance: access certification and lifecycle management (joiner, mover, "
    "leaver). Banking, telecoms and higher-education clients.",
    [
        (
            "Identity governance at Harbourline Bank: SailPoint IdentityIQ replacing an in-house provisioning "
            "tool for 18k employees.",
            [
                "Lifecycle management (joiner/mover/leaver) automated for 140 connected applications.",
                "Quarterly access certification campaigns; 9,400 unused entitlements revoked in year one.",
                "Role models with SoD (separation of duties) policies for trading and payments.",
                "Access provisioning time cut from 6 days to 4 hours on average.",
            ],
        ),
        (
            "Workforce SSO and multi-factor authentication roll-out at Telvara Communications.",
            [
                "SSO migration of 260 apps from ADFS to Okta over SAML and OpenID Connect.",
                "Okta Verify MFA for 11,000 staff within half a year.",
                "Deprovisioning built in Okta Workflows.",
                "Accounts disabled within 15 minutes of HR termination.",
            ],
        ),
        (
            "Directory and account administration for University of Leeds staff and students.",
            [
                "Active Directory administration for 40k student and staff accounts.",
                "Account lifecycle tasks scripted in PowerShell.",
            ],
        ),
    ],
)

_F += [
    (
        "iam",
        "overview",
        "tool",
        "middle",
        "SailPoint IdentityIQ identity governance",
        "SailPoint IdentityNow identity governance",
    ),
    ("iam", "overview", "certification", "end", "higher-education clients.", "higher-education clients. CISSP."),
    ("iam", "overview", "years", "middle", "9 years in IAM", "12 years in IAM"),
    ("iam", "experiences[0].description", "number", "end", "for 18k employees.", "for 28k employees."),
    ("iam", "experiences[0].bullets[1]", "number", "middle", "9,400 unused entitlements", "14,000 unused entitlements"),
    (
        "iam",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "for trading and payments.",
        "for trading and payments, with CyberArk for privileged accounts.",
    ),
    (
        "iam",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "on average.",
        "on average, saving 2,000 helpdesk hours a year.",
    ),
    ("iam", "experiences[1].bullets[1]", "duration", "end", "within half a year.", "within three months."),
    (
        "iam",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "SSO migration of 260 apps",
        "As an Okta Certified Consultant, SSO migration of 260 apps",
    ),
    (
        "iam",
        "experiences[1].description",
        "customer",
        "middle",
        "roll-out at Telvara Communications.",
        "roll-out at Telvara Communications and Vodafone.",
    ),
    ("iam", "experiences[2].bullets[0]", "number", "middle", "40k student", "60k student"),
    (
        "iam",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Okta Verify MFA for 11,000 staff within half a year.",
    ),
    (
        "iam",
        "experiences[2].description",
        "recognition",
        "end",
        "staff and students.",
        "staff and students, earning the university's staff excellence award.",
    ),
]

# --- 4. CRM / marketing operations: results-first ----------------------------------------------------
_case(
    "crm",
    cv(
        "CRM and Marketing Operations Consultant",
        "Lucía Ferreira",
        "CRM consultant with 8 years in Microsoft Dynamics 365 Sales and HubSpot Marketing Hub. Sets up lead "
        "management, lead scoring and marketing automation for B2B companies, and connects marketing and "
        "sales data so revenue can be traced to campaigns.",
        [
            (
                "2021 - 2025: Marketing Operations Lead, Brightwell Industrial Supplies",
                "Marketing operations for a B2B distributor selling to 9,000 trade customers.",
                [
                    "Implemented HubSpot Marketing Hub Professional and migrated 120,000 contacts from Mailchimp.",
                    "Built a lead scoring model that raised the MQL-to-SQL conversion rate from 11% to 19%.",
                    "Set up the bidirectional HubSpot to Dynamics 365 integration for leads and opportunities.",
                    "Produced monthly campaign attribution reports in Power BI.",
                ],
                ["HubSpot Marketing Hub", "Dynamics 365 Sales", "Power BI", "Mailchimp"],
            ),
            (
                "2017 - 2021: Dynamics CRM Consultant, Orbis Business Solutions",
                "Dynamics CRM implementations for mid-sized manufacturers and professional services firms.",
                [
                    "Delivered 11 Dynamics 365 Sales implementations, each for 50 to 400 users.",
                    "Configured opportunity pipelines, quotes and product catalogues.",
                    "Migrated data from Salesforce and Excel with KingswaySoft and SSIS.",
                    "Wrote Power Automate flows for approval of discounts above 15%.",
                ],
                ["Dynamics 365 Sales", "Power Automate", "KingswaySoft", "SSIS", "Salesforce"],
            ),
        ],
        skills=["Lead Management", "Lead Scoring", "Marketing Automation", "Campaign Attribution", "Data Migration"],
        tools=["Dynamics 365 Sales", "HubSpot Marketing Hub", "Power Automate", "Power BI", "KingswaySoft"],
        certifications=[
            "Microsoft Certified: Dynamics 365 Sales Functional Consultant Associate",
            "HubSpot Marketing Software Certification",
        ],
        industries=["Manufacturing", "Distribution", "Professional Services"],
        spoken_languages=["Spanish", "Portuguese", "English"],
        academic_background=["BA Business Administration, Universidad de Salamanca"],
    ),
    "We need a Marketing Ops / RevOps manager to own our HubSpot Marketing Hub Enterprise and Dynamics 365 "
    "stack: lead lifecycle, scoring, attribution and ABM with 6sense. Experience with Salesforce Marketing "
    "Cloud or Marketo is a bonus.",
    "Revenue-focused CRM and marketing ops consultant: 8 years on Microsoft Dynamics 365 Sales and HubSpot "
    "Marketing Hub. Lead management, lead scoring and marketing automation for B2B firms, linking marketing "
    "and sales data so every campaign can be traced to revenue.",
    [
        (
            "Brightwell Industrial Supplies (2021-2025): marketing operations for a B2B distributor with 9k trade "
            "customers.",
            [
                "MQL-to-SQL conversion up from 11 to 19 per cent through a new lead scoring model.",
                "HubSpot Marketing Hub Professional implemented.",
                "120k contacts migrated onto it from Mailchimp.",
                "Leads and opportunities synchronised both ways between HubSpot and Dynamics 365.",
                "Monthly campaign attribution reporting in Power BI.",
            ],
        ),
        (
            "Dynamics 365 implementations for mid-sized manufacturers and professional-services firms at Orbis "
            "Business Solutions.",
            [
                "Eleven Dynamics 365 Sales go-lives, each sized between 50 and 400 users.",
                "Opportunity pipelines, quotes and product catalogues configured.",
                "Data migrated from Salesforce and Excel using KingswaySoft and SSIS.",
                "Discount approvals over 15% automated with Power Automate flows.",
            ],
        ),
    ],
)

_F += [
    ("crm", "overview", "tool", "middle", "HubSpot Marketing Hub. Lead", "HubSpot Marketing Hub and Marketo. Lead"),
    ("crm", "overview", "metric", "end", "traced to revenue.", "traced to revenue, adding $2M of pipeline a year."),
    (
        "crm",
        "experiences[0].description",
        "date",
        "start",
        "Brightwell Industrial Supplies (2021-2025)",
        "Brightwell Industrial Supplies (2019-2025)",
    ),
    ("crm", "experiences[0].bullets[0]", "number", "middle", "from 11 to 19 per cent", "from 11 to 24 per cent"),
    (
        "crm",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "Marketing Hub Professional implemented.",
        "Marketing Hub Enterprise implemented.",
    ),
    ("crm", "experiences[0].bullets[4]", "tool", "end", "reporting in Power BI.", "reporting in Power BI and 6sense."),
    (
        "crm",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "between HubSpot and Dynamics 365.",
        "between HubSpot and Dynamics 365 for Brightwell and Würth.",
    ),
    ("crm", "experiences[1].bullets[0]", "number", "start", "Eleven Dynamics 365", "Fifteen Dynamics 365"),
    ("crm", "experiences[1].bullets[3]", "number", "middle", "over 15%", "over 25%"),
    (
        "crm",
        "experiences[1].description",
        "team size",
        "end",
        "at Orbis Business Solutions.",
        "at Orbis Business Solutions, leading a team of five consultants.",
    ),
    (
        "crm",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Trained 300 sales users on Dynamics 365 mobile.",
    ),
    (
        "crm",
        "experiences[1].bullets[1]",
        "certified",
        "end",
        "product catalogues configured.",
        "product catalogues configured as a Microsoft-certified Solution Architect.",
    ),
]

# --- 5. Mainframe modernisation: verbose third person ------------------------------------------------
_case(
    "mainframe",
    cv(
        "Mainframe Modernisation Specialist",
        "Gerhard Lindqvist",
        "Mainframe specialist with 22 years on IBM z/OS. Writes and refactors COBOL and JCL, moves batch "
        "workloads off the mainframe and exposes CICS transactions as REST APIs. Has worked for a national "
        "pension fund and two insurers.",
        [
            (
                "2019 - 2025: Modernisation Lead, Svea Pension Authority",
                "Modernisation of a COBOL pension calculation system of 4.2 million lines.",
                [
                    "Exposed 75 CICS transactions as REST APIs with z/OS Connect.",
                    "Rewrote 310 batch jobs from JCL and COBOL into Java Spring Batch running on Linux.",
                    "Lowered MIPS consumption by 35%, saving SEK 14 million a year.",
                    "Set up a Git and Jenkins pipeline for COBOL with IBM Dependency Based Build.",
                ],
                ["z/OS", "COBOL", "CICS", "DB2", "z/OS Connect", "Java", "Jenkins"],
            ),
            (
                "2010 - 2019: Senior COBOL Developer, Nordhavn Insurance",
                "Maintenance and extension of the policy administration system for motor and home insurance.",
                [
                    "Developed COBOL and DB2 programs for premium calculation and renewals.",
                    "Tuned DB2 SQL so the nightly batch finished 2 hours earlier.",
                    "Coached 6 junior developers in COBOL and JCL.",
                ],
                ["COBOL", "DB2", "JCL", "IMS", "Endevor"],
            ),
            (
                "2003 - 2010: Mainframe Programmer, Kronan Försäkring",
                "Programming on the claims system of a property insurer.",
                [
                    "Wrote COBOL and IMS programs for claims handling.",
                    "Converted VSAM files to DB2 tables.",
                ],
                ["COBOL", "IMS", "VSAM", "DB2"],
            ),
        ],
        skills=[
            "Mainframe Modernisation",
            "Batch Migration",
            "API Enablement",
            "Performance Tuning",
            "DevOps for z/OS",
        ],
        languages=["COBOL", "JCL", "Java", "REXX"],
        tools=["z/OS Connect", "IBM Dependency Based Build", "Jenkins", "Endevor", "CICS", "DB2"],
        certifications=["IBM Certified Application Developer - CICS"],
        industries=["Pensions", "Insurance"],
        spoken_languages=["Swedish", "English", "German"],
        academic_background=["BSc Computer Science, Uppsala University"],
    ),
    "Brief: a Nordic bank wants a mainframe modernisation architect to decide which COBOL workloads to "
    "re-host on Micro Focus Enterprise Server, which to refactor to Java and which to expose as APIs. Must "
    "know z/OS, CICS, DB2 and mainframe DevOps; AWS Mainframe Modernization experience preferred.",
    "Gerhard is a mainframe specialist who has spent 22 years on IBM z/OS. He writes and refactors COBOL "
    "and JCL, migrates batch workloads off the mainframe and makes CICS transactions available as REST APIs. "
    "His clients have included a national pension fund and two insurance companies.",
    [
        (
            "At the Svea Pension Authority, Gerhard led the modernisation of a 4.2-million-line COBOL system that "
            "calculates pensions.",
            [
                "He exposed 75 CICS transactions as REST APIs using z/OS Connect.",
                "He rewrote 310 JCL and COBOL batch jobs as Java Spring Batch jobs on Linux.",
                "He lowered MIPS consumption by 35 per cent.",
                "That reduction saves the authority fourteen million Swedish kronor every year.",
                "He introduced a Git and Jenkins pipeline for COBOL built on IBM Dependency Based Build.",
            ],
        ),
        (
            "From 2010 to 2019 he maintained and extended Nordhavn Insurance's policy administration system for "
            "motor and home cover.",
            [
                "He developed COBOL/DB2 programs for premium calculation.",
                "He also wrote the COBOL/DB2 programs for policy renewals.",
                "By tuning DB2 SQL he brought the nightly batch to completion two hours earlier.",
                "He coached six junior developers in COBOL and JCL.",
            ],
        ),
        (
            "Earlier he programmed the claims system of the property insurer Kronan Försäkring.",
            [
                "He wrote COBOL and IMS programs that handle claims.",
                "He converted VSAM files into DB2 tables.",
            ],
        ),
    ],
)

_F += [
    ("mainframe", "overview", "years", "middle", "spent 22 years on IBM z/OS", "spent 25 years on IBM z/OS"),
    (
        "mainframe",
        "overview",
        "tool",
        "end",
        "as REST APIs.",
        "as REST APIs, and has re-hosted applications on Micro Focus Enterprise Server.",
    ),
    ("mainframe", "experiences[0].description", "number", "middle", "4.2-million-line", "6-million-line"),
    ("mainframe", "experiences[0].bullets[0]", "number", "middle", "75 CICS transactions", "125 CICS transactions"),
    (
        "mainframe",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "every year.",
        "every year, and cut batch run time by 40 per cent.",
    ),
    (
        "mainframe",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "Java Spring Batch jobs on Linux.",
        "Java Spring Batch jobs on Linux in AWS.",
    ),
    (
        "mainframe",
        "experiences[0].bullets[4]",
        "version",
        "end",
        "IBM Dependency Based Build.",
        "IBM Dependency Based Build 2.0.",
    ),
    ("mainframe", "experiences[1].description", "date", "start", "From 2010 to 2019", "From 2008 to 2019"),
    (
        "mainframe",
        "experiences[1].bullets[3]",
        "team size",
        "middle",
        "coached six junior developers",
        "coached twelve junior developers",
    ),
    (
        "mainframe",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "He converted VSAM files into DB2 tables.",
    ),
    (
        "mainframe",
        "experiences[2].bullets[0]",
        "certified",
        "end",
        "that handle claims.",
        "that handle claims, and became IBM-certified in IMS.",
    ),
    (
        "mainframe",
        "experiences[2].description",
        "degree",
        "end",
        "Kronan Försäkring.",
        "Kronan Försäkring after completing his MSc in Computer Science.",
    ),
]

# --- 6. Automotive functional safety: very short -----------------------------------------------------
_case(
    "fusa",
    cv(
        "Functional Safety Engineer",
        "Matthias Oberleitner",
        "Functional safety engineer with 10 years in automotive electronics. Performs hazard analysis and risk "
        "assessment, writes safety concepts and safety cases to ISO 26262, and runs FMEA and FTA for braking "
        "and steering ECUs up to ASIL D.",
        [
            (
                "2020 - 2025: Functional Safety Manager, Danubia Automotive Systems",
                "Safety management for an electric power steering ECU supplied to two European OEMs.",
                [
                    "Led the HARA and derived 14 safety goals, 5 of them rated ASIL D.",
                    "Wrote the functional and technical safety concepts with the system architects.",
                    "Prepared the safety case that passed the OEM's confirmation review without major findings.",
                    "Coordinated a safety team of 7 engineers across Graz and Brno.",
                ],
                ["ISO 26262", "medini analyze", "DOORS", "Enterprise Architect", "AUTOSAR"],
            ),
            (
                "2015 - 2020: Safety Engineer, Kessler Bremstechnik",
                "Safety analyses for an electronic brake system.",
                [
                    "Performed FMEA and FTA on the brake control unit hardware.",
                    "Calculated hardware metrics (SPFM, LFM, PMHF) for ASIL D targets.",
                    "Reviewed software safety requirements with the supplier in India.",
                ],
                ["ISO 26262", "FMEA", "FTA", "Isograph Reliability Workbench", "DOORS"],
            ),
        ],
        skills=["ISO 26262", "HARA", "FMEA", "FTA", "Safety Case", "ASIL Decomposition"],
        tools=["medini analyze", "DOORS", "Enterprise Architect", "Isograph Reliability Workbench"],
        certifications=["TÜV SÜD Functional Safety Engineer (Automotive)"],
        industries=["Automotive"],
        spoken_languages=["German", "English", "Czech"],
        academic_background=["Dipl.-Ing. Electrical Engineering, TU Graz"],
    ),
    "OEM posting: Functional Safety Lead for ADAS. ISO 26262 and ISO 21448 (SOTIF), ASIL D, safety case "
    "ownership, Polarion or codebeamer, cybersecurity ISO/SAE 21434 knowledge a plus.",
    "ISO 26262 safety engineer, ten years in automotive electronics: HARA, safety concepts, safety cases, "
    "FMEA/FTA for ASIL D braking and steering ECUs.",
    [
        (
            "Safety management, electric power steering ECU for 2 European OEMs.",
            [
                "HARA lead: 14 safety goals, five at ASIL D.",
                "Functional and technical safety concepts, with the system architects.",
                "Safety case through OEM confirmation review, no major findings.",
                "Safety team of seven, Graz and Brno.",
            ],
        ),
        (
            "Electronic brake system safety analyses.",
            [
                "Brake control unit hardware FMEA and FTA.",
                "SPFM, LFM and PMHF metrics against ASIL D.",
                "Software safety requirements reviewed with the Indian supplier.",
            ],
        ),
    ],
)

_F += [
    ("fusa", "overview", "tool", "start", "ISO 26262 safety engineer", "ISO 26262 and SOTIF safety engineer"),
    ("fusa", "overview", "years", "middle", "ten years in automotive", "fifteen years in automotive"),
    ("fusa", "overview", "certification", "end", "steering ECUs.", "steering ECUs. ISO/SAE 21434 certified."),
    (
        "fusa",
        "experiences[0].description",
        "customer",
        "end",
        "for 2 European OEMs.",
        "for 2 European OEMs, BMW among them.",
    ),
    ("fusa", "experiences[0].bullets[0]", "number", "end", "five at ASIL D.", "eight at ASIL D."),
    ("fusa", "experiences[0].bullets[3]", "team size", "start", "Safety team of seven", "Safety team of twelve"),
    (
        "fusa",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "no major findings.",
        "no major findings; praised by the OEM as best-in-class.",
    ),
    (
        "fusa",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "with the system architects.",
        "with the system architects, in Polarion.",
    ),
    (
        "fusa",
        "experiences[1].description",
        "duration",
        "start",
        "Electronic brake system",
        "Six years of electronic brake system",
    ),
    ("fusa", "experiences[1].bullets[0]", "tool", "middle", "FMEA and FTA.", "FMEA, FTA and FMEDA in APIS IQ-RM."),
    (
        "fusa",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Led the ASPICE level 2 assessment of the brake software.",
    ),
    (
        "fusa",
        "experiences[1].bullets[2]",
        "moved bullet",
        "start",
        "Software safety requirements reviewed with the Indian supplier.",
        "Safety team of seven, Graz and Brno.",
    ),
]

# --- 7. Fintech payments: figures in other forms, close paraphrase ----------------------------------
_case(
    "payments",
    cv(
        "Payments Solution Architect",
        "Adebayo Okonkwo",
        "Payments architect with 12 years in banking and fintech. Specialist in ISO 20022 migration, SWIFT "
        "messaging (MT and MX) and real-time payment schemes. Has designed payment hubs that process more than "
        "2 million transactions a day.",
        [
            (
                "2021 - 2025: Lead Payments Architect, Meridian Clearing Bank",
                "ISO 20022 migration of the bank's cross-border and high-value payments ahead of the SWIFT "
                "coexistence deadline.",
                [
                    "Mapped 38 MT message types to their pacs, pain and camt equivalents.",
                    "Designed the translation layer between the legacy payment engine and SWIFT MX.",
                    "Defined the test strategy with 2,400 test cases agreed with correspondent banks.",
                    "Cut the rate of payments rejected for data quality from 4.1% to 0.6%.",
                ],
                ["ISO 20022", "SWIFT Alliance Access", "Volante", "IBM MQ", "Java"],
            ),
            (
                "2017 - 2021: Solutions Architect, Paystream Technologies",
                "Architecture of a payment hub for a fintech offering instant payments to small businesses.",
                [
                    "Designed the connection to the UK Faster Payments scheme and to SEPA Instant.",
                    "Scaled the hub to 2.3 million transactions a day on Kafka and PostgreSQL.",
                    "Introduced real-time sanctions screening with a p99 latency under 200 ms.",
                    "Reduced payment failures by half by adding idempotent retries.",
                ],
                ["Kafka", "PostgreSQL", "Kubernetes", "Java", "Spring Boot"],
            ),
            (
                "2013 - 2017: Payments Analyst, Lagos Commerce Bank",
                "Business analysis for the bank's payment operations.",
                [
                    "Wrote requirements for the NIBSS Instant Payment integration.",
                    "Reconciled SWIFT MT103 and MT202 flows with the general ledger.",
                    "Documented 45 payment operations procedures.",
                ],
                ["SWIFT", "Finacle", "SQL"],
            ),
        ],
        skills=["ISO 20022", "SWIFT MT/MX", "Instant Payments", "Payment Hubs", "Sanctions Screening"],
        languages=["Java", "SQL"],
        tools=["SWIFT Alliance Access", "Volante", "Kafka", "PostgreSQL", "IBM MQ"],
        certifications=["SWIFT Certified Specialist - ISO 20022"],
        industries=["Banking", "Fintech"],
        spoken_languages=["English", "Yoruba"],
        academic_background=[
            "BSc Economics, University of Lagos",
            "MSc Information Systems, London School of Economics",
        ],
    ),
    "Role: Principal Payments Architect for a neobank launching FedNow and RTP in the US, with ISO 20022 "
    "native messaging, SWIFT gpi and a cloud-native payment hub on AWS. 10+ years in payments required.",
    "Payments architect, twelve years across banking and fintech. Deep ISO 20022 migration expertise, SWIFT "
    "MT and MX messaging and real-time payment schemes; designs payment hubs handling over two million "
    "transactions daily.",
    [
        (
            "Meridian Clearing Bank: cross-border and high-value payments moved to ISO 20022 before the SWIFT "
            "coexistence deadline.",
            [
                "38 MT message types mapped to pacs, pain and camt.",
                "Translation layer designed between the legacy payments engine and SWIFT MX.",
                "Test strategy of 2.4k cases, agreed with correspondent banks.",
                "Payments rejected for data quality down from 4.1 percent to 0.6 percent.",
            ],
        ),
        (
            "Payment hub architecture for a fintech offering small businesses instant payments.",
            [
                "Connections designed to UK Faster Payments and SEPA Instant.",
                "Hub scaled to 2.3M transactions per day on Kafka and PostgreSQL.",
                "Real-time sanctions screening at under 200 milliseconds p99.",
                "Payment failures halved thanks to idempotent retries.",
            ],
        ),
        (
            "Payment operations business analysis at Lagos Commerce Bank, 2013 to 2017.",
            [
                "Requirements for the NIBSS Instant Payment (NIP) integration.",
                "MT103 SWIFT flows reconciled with the GL.",
                "MT202 flows reconciled with the general ledger likewise.",
                "Forty-five payment operations procedures documented.",
            ],
        ),
    ],
)

_F += [
    ("payments", "overview", "years", "start", "Payments architect, twelve years", "Payments architect, fifteen years"),
    ("payments", "overview", "tool", "middle", "SWIFT MT and MX messaging", "SWIFT MT, MX and gpi messaging"),
    (
        "payments",
        "overview",
        "number",
        "end",
        "over two million transactions daily.",
        "over five million transactions daily.",
    ),
    ("payments", "experiences[0].bullets[0]", "number", "start", "38 MT message types", "48 MT message types"),
    (
        "payments",
        "experiences[0].bullets[2]",
        "customer",
        "end",
        "agreed with correspondent banks.",
        "agreed with correspondent banks including JPMorgan.",
    ),
    (
        "payments",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "to 0.6 percent.",
        "to 0.6 percent, saving $1.2M in repair costs.",
    ),
    (
        "payments",
        "experiences[0].description",
        "team size",
        "end",
        "coexistence deadline.",
        "coexistence deadline, with a team of 20.",
    ),
    ("payments", "experiences[1].bullets[0]", "tool", "end", "and SEPA Instant.", "and SEPA Instant, plus FedNow."),
    (
        "payments",
        "experiences[1].bullets[1]",
        "tool",
        "end",
        "on Kafka and PostgreSQL.",
        "on Kafka and PostgreSQL in AWS.",
    ),
    ("payments", "experiences[1].bullets[2]", "number", "middle", "under 200 milliseconds", "under 50 milliseconds"),
    (
        "payments",
        "experiences[1].bullets[3]",
        "metric",
        "start",
        "Payment failures halved",
        "Payment failures cut by 80%",
    ),
    ("payments", "experiences[2].description", "date", "end", "2013 to 2017.", "2011 to 2017."),
    ("payments", "experiences[2].bullets[3]", "number", "start", "Forty-five payment", "Sixty-five payment"),
    (
        "payments",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Real-time sanctions screening at under 200 milliseconds p99.",
    ),
]

# --- 8. Smart-building IoT: split and merged bullets --------------------------------------------------
_case(
    "iot",
    cv(
        "IoT Solution Engineer",
        "Chloé Marchetti",
        "IoT engineer with 7 years connecting building systems to the cloud. Integrates HVAC, lighting and "
        "occupancy sensors over BACnet, Modbus and LoRaWAN, and builds the data pipelines and dashboards "
        "facility managers use to cut energy use.",
        [
            (
                "2021 - 2025: IoT Lead, Lumen Property Services",
                "Smart-building programme across a portfolio of 42 office buildings in France and Belgium.",
                [
                    "Deployed 6,500 LoRaWAN occupancy and air-quality sensors.",
                    "Connected BACnet building management systems to Azure IoT Hub through edge gateways.",
                    "Built Power BI dashboards for energy, occupancy and CO2 per floor.",
                    "Reduced HVAC energy use by 18% with occupancy-based scheduling.",
                ],
                ["Azure IoT Hub", "Azure Digital Twins", "LoRaWAN", "BACnet", "Power BI", "Python"],
            ),
            (
                "2018 - 2021: Building Automation Engineer, Ventiq Controls",
                "Commissioning and integration of building automation systems for new office and hotel buildings.",
                [
                    "Commissioned Siemens Desigo and Schneider EcoStruxure systems in 15 buildings.",
                    "Wrote Modbus integrations for chillers, heat pumps and energy meters.",
                    "Created Node-RED flows to forward meter data to an MQTT broker.",
                ],
                ["Siemens Desigo", "Schneider EcoStruxure", "Modbus", "MQTT", "Node-RED"],
            ),
        ],
        skills=["Building Automation", "IoT Architecture", "Energy Management", "Edge Computing", "Digital Twins"],
        languages=["Python", "JavaScript"],
        tools=["Azure IoT Hub", "Azure Digital Twins", "Node-RED", "Power BI", "The Things Stack"],
        certifications=["LoRaWAN Fundamentals (LoRa Alliance)"],
        industries=["Real Estate", "Facility Management"],
        spoken_languages=["French", "Italian", "English"],
        academic_background=["Ingénieur diplômé, Génie Énergétique, INSA Lyon"],
    ),
    "Smart Buildings Architect wanted for a proptech scale-up: IoT sensor rollouts (LoRaWAN, BACnet, "
    "Modbus), Azure IoT or AWS IoT Core, digital twins, energy optimisation to meet the EU Energy Performance "
    "of Buildings Directive; experience with Willow or Brick Schema appreciated.",
    "Smart-building IoT engineer (7 yrs) bringing building systems into the cloud. Integration of HVAC, "
    "lighting and occupancy sensors via BACnet, Modbus and LoRaWAN; data pipelines and dashboards that let "
    "facility managers reduce energy consumption.",
    [
        (
            "Smart building program for Lumen Property Services covering 42 office buildings in France and Belgium.",
            [
                "6.5k LoRaWAN sensors deployed for occupancy and air quality.",
                "BACnet BMS connected to Azure IoT Hub via edge gateways.",
                "Power BI dashboards showing energy, occupancy and CO₂ per floor.",
                "HVAC energy use cut 18 % through occupancy-based scheduling.",
            ],
        ),
        (
            "Building automation commissioning and integration at Ventiq Controls for new offices and hotels.",
            [
                "Siemens Desigo and Schneider EcoStruxure commissioned in fifteen buildings.",
                "Modbus integrations for chillers and heat pumps.",
                "Energy meters integrated over Modbus as well.",
                "Node-RED flows forwarding meter data to an MQTT broker.",
            ],
        ),
    ],
)

_F += [
    ("iot", "overview", "years", "start", "Smart-building IoT engineer (7 yrs)", "Smart-building IoT engineer (9 yrs)"),
    ("iot", "overview", "tool", "middle", "BACnet, Modbus and LoRaWAN;", "BACnet, Modbus, KNX and LoRaWAN;"),
    ("iot", "overview", "metric", "end", "reduce energy consumption.", "reduce energy consumption by up to 25%."),
    (
        "iot",
        "experiences[0].description",
        "number",
        "middle",
        "covering 42 office buildings",
        "covering 62 office buildings",
    ),
    ("iot", "experiences[0].bullets[0]", "number", "start", "6.5k LoRaWAN sensors", "8.5k LoRaWAN sensors"),
    (
        "iot",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "via edge gateways.",
        "via Azure IoT Edge gateways and AWS IoT Core.",
    ),
    ("iot", "experiences[0].bullets[3]", "number", "middle", "cut 18 %", "cut 28 %"),
    ("iot", "experiences[0].bullets[2]", "tool", "end", "CO₂ per floor.", "CO₂ per floor, modelled in Brick Schema."),
    (
        "iot",
        "experiences[1].bullets[0]",
        "customer",
        "end",
        "in fifteen buildings.",
        "in fifteen buildings, including Accor hotels.",
    ),
    ("iot", "experiences[1].bullets[3]", "version", "end", "to an MQTT broker.", "to an MQTT 5.0 broker."),
    (
        "iot",
        "experiences[1].description",
        "certified",
        "start",
        "Building automation commissioning",
        "Siemens-certified building automation commissioning",
    ),
    (
        "iot",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Power BI dashboards showing energy, occupancy and CO₂ per floor.",
    ),
    (
        "iot",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Achieved BREEAM Excellent ratings for 10 buildings.",
    ),
]

# --- 9. Retail pricing data science: keyword-heavy and results-first ---------------------------------
_case(
    "pricing",
    cv(
        "Senior Data Scientist, Pricing",
        "Henrik Aaltonen",
        "Data scientist with 6 years in retail pricing and promotions. Builds price elasticity and demand "
        "forecasting models in Python with scikit-learn and LightGBM, and runs A/B tests that prove their "
        "value. Has worked for a grocery chain and a fashion e-commerce company.",
        [
            (
                "2022 - 2025: Lead Data Scientist, Pricing, Kesko-Nord Grocery",
                "Pricing analytics for a grocery chain of 310 stores and 28,000 SKUs.",
                [
                    "Built price elasticity models for 28,000 SKUs with scikit-learn and hierarchical Bayesian "
                    "pooling in PyMC.",
                    "Designed the markdown optimisation that reduced fresh-food waste by 12%.",
                    "Ran store-level A/B tests showing a 1.8 percentage point gross margin gain.",
                    "Put models into production as weekly Airflow pipelines on Databricks.",
                    "Mentored 3 junior data scientists.",
                ],
                ["Python", "scikit-learn", "PyMC", "LightGBM", "Databricks", "Airflow"],
            ),
            (
                "2019 - 2022: Data Scientist, Modaverse Online",
                "Demand forecasting and promotion analytics for a fashion e-commerce company.",
                [
                    "Forecast weekly demand for 60,000 articles with LightGBM, lowering forecast error (MAPE) "
                    "from 38% to 27%.",
                    "Measured promotion uplift with causal impact analysis.",
                    "Built a size-recommendation prototype that reduced returns in a pilot category by 6%.",
                    "Automated the weekly pricing report in SQL and Tableau.",
                ],
                ["Python", "LightGBM", "pandas", "SQL", "Tableau", "BigQuery"],
            ),
            (
                "2018 - 2019: Junior Analyst, Helsinki Retail Insights",
                "Analysis of loyalty card data for retail clients.",
                [
                    "Segmented 1.2 million loyalty customers with k-means clustering.",
                    "Built basket analysis reports in R.",
                    "Presented findings to category managers every month.",
                ],
                ["R", "SQL", "Excel"],
            ),
        ],
        skills=["Price Elasticity", "Demand Forecasting", "Markdown Optimisation", "A/B Testing", "Causal Inference"],
        languages=["Python", "SQL", "R"],
        tools=["scikit-learn", "LightGBM", "PyMC", "Databricks", "Airflow", "Tableau"],
        certifications=["Databricks Certified Machine Learning Associate"],
        industries=["Grocery Retail", "Fashion E-commerce"],
        spoken_languages=["Finnish", "Swedish", "English"],
        academic_background=["MSc Statistics, University of Helsinki"],
    ),
    "Pricing Data Scientist (retail): price elasticity, promotion effectiveness, markdown optimisation, "
    "demand forecasting in Python (scikit-learn, XGBoost, Prophet), experimentation/A-B testing, MLOps on "
    "AWS SageMaker. PhD in a quantitative field preferred.",
    "Retail pricing data scientist with 6 years' experience in pricing and promotion effectiveness: price "
    "elasticity and demand forecasting models in Python (scikit-learn, LightGBM), backed by A/B testing that "
    "proves their value. Grocery and fashion e-commerce background.",
    [
        (
            "Kesko-Nord Grocery, 310 stores and 28k SKUs: pricing analytics lead.",
            [
                "+1.8 pp gross margin proven in store-level A/B tests.",
                "Fresh-food waste down 12% through a markdown optimization model.",
                "Price elasticity for all 28,000 SKUs: scikit-learn plus hierarchical Bayesian pooling (PyMC).",
                "Weekly Airflow pipelines on Databricks taking the models to production.",
                "Mentor to three junior data scientists.",
            ],
        ),
        (
            "Demand forecasting and promotion effectiveness for fashion e-commerce at Modaverse Online.",
            [
                "Forecast error (MAPE) reduced from 38% to 27% for 60k articles' weekly demand, using LightGBM.",
                "Promotion uplift quantified with causal impact analysis.",
                "Returns down 6% in a pilot category via a size-recommendation prototype.",
                "Weekly pricing report automated with SQL and Tableau.",
            ],
        ),
        (
            "Loyalty card analytics for retail clients.",
            [
                "k-means segmentation of 1.2M loyalty customers.",
                "R-based basket analysis reporting.",
                "Monthly presentation of findings to category managers.",
            ],
        ),
    ],
)

_F += [
    (
        "pricing",
        "overview",
        "degree",
        "end",
        "Grocery and fashion e-commerce background.",
        "Grocery and fashion e-commerce background; PhD in Statistics.",
    ),
    ("pricing", "overview", "tool", "middle", "(scikit-learn, LightGBM)", "(scikit-learn, LightGBM, xgboost)"),
    (
        "pricing",
        "overview",
        "years",
        "start",
        "Retail pricing data scientist with 6 years'",
        "Retail pricing data scientist with 8 years'",
    ),
    (
        "pricing",
        "experiences[0].description",
        "number",
        "start",
        "Kesko-Nord Grocery, 310 stores",
        "Kesko-Nord Grocery, 410 stores",
    ),
    ("pricing", "experiences[0].bullets[0]", "metric", "start", "+1.8 pp gross margin", "+2.8 pp gross margin"),
    ("pricing", "experiences[0].bullets[1]", "number", "middle", "down 12%", "down 27%"),
    (
        "pricing",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "taking the models to production.",
        "taking the models to production, deployed on AWS SageMaker.",
    ),
    (
        "pricing",
        "experiences[0].bullets[4]",
        "team size",
        "end",
        "three junior data scientists.",
        "six junior data scientists.",
    ),
    ("pricing", "experiences[1].bullets[0]", "tool", "end", "using LightGBM.", "using LightGBM and prophet."),
    (
        "pricing",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "size-recommendation prototype.",
        "size-recommendation prototype, worth €400k a year.",
    ),
    (
        "pricing",
        "experiences[1].description",
        "customer",
        "end",
        "at Modaverse Online.",
        "at Modaverse Online and Zalando.",
    ),
    ("pricing", "experiences[2].bullets[0]", "number", "middle", "1.2M loyalty", "2.1M loyalty"),
    (
        "pricing",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Promotion uplift quantified with causal impact analysis.",
    ),
    (
        "pricing",
        "experiences[2].description",
        "duration",
        "end",
        "for retail clients.",
        "for retail clients over three years.",
    ),
]

# --- 10. Technical writing: close paraphrase, British -> American ------------------------------------
_case(
    "docs",
    cv(
        "Senior Technical Writer",
        "Eleanor Fitzgerald",
        "Technical writer with 9 years documenting developer products. Writes API references, tutorials and "
        "conceptual guides, and sets up docs-as-code pipelines with Markdown, Git and static site generators. "
        "Has organised the documentation of two API platforms and an open-source SDK.",
        [
            (
                "2021 - 2025: Lead Technical Writer, Cobalt Payments API",
                "Developer documentation for a payments API used by 3,000 merchants.",
                [
                    "Rewrote the REST API reference from OpenAPI specifications, covering 180 endpoints.",
                    "Moved the docs from Confluence to a docs-as-code site built with Docusaurus.",
                    "Wrote 25 tutorials and quick starts, which cut support tickets about onboarding by 30%.",
                    "Set up Vale style linting in the CI pipeline.",
                ],
                ["Docusaurus", "OpenAPI", "Vale", "GitHub Actions", "Markdown"],
            ),
            (
                "2018 - 2021: Technical Writer, Quillstack",
                "Documentation for an open-source SDK for mobile analytics.",
                [
                    "Documented the Android and iOS SDKs, including code samples in Kotlin and Swift.",
                    "Organised the content by the Diátaxis framework.",
                    "Reviewed community pull requests to the docs.",
                ],
                ["Sphinx", "reStructuredText", "Read the Docs", "Git"],
            ),
            (
                "2016 - 2018: Documentation Specialist, Ardent Software",
                "User manuals for a desktop accounting product.",
                [
                    "Maintained 1,100 pages of user help in MadCap Flare.",
                    "Localised the help into German and French with a translation agency.",
                ],
                ["MadCap Flare", "Snagit"],
            ),
        ],
        skills=["API Documentation", "Docs-as-Code", "Information Architecture", "Style Guides", "Tutorial Writing"],
        languages=["Python", "JavaScript"],
        tools=["Docusaurus", "Sphinx", "OpenAPI", "Vale", "MadCap Flare", "Git"],
        certifications=["Certified Professional Technical Communicator (CPTC) - Foundation"],
        industries=["Fintech", "Software"],
        spoken_languages=["English", "French"],
        academic_background=["BA English Literature, Trinity College Dublin"],
    ),
    "Developer Documentation Lead for an API-first company: own our developer portal, API reference "
    "(OpenAPI/Swagger), SDK docs, docs-as-code workflows (Markdown, Git, MkDocs or Docusaurus), style "
    "guide. Experience with GraphQL and Postman collections a plus.",
    "Technical writer with nine years documenting developer products. Writes API reference documentation, "
    "tutorials and conceptual guides, and builds docs-as-code pipelines using Markdown, Git and static-site "
    "generators. Has organized documentation for two API platforms and one open-source SDK.",
    [
        (
            "Cobalt Payments API developer documentation for an API used by three thousand merchants.",
            [
                "Rebuilt the REST API reference from the OpenAPI specs, covering all 180 endpoints.",
                "Migrated the documentation from Confluence to a docs-as-code Docusaurus site.",
                "Authored 25 tutorials and quickstarts.",
                "Onboarding support tickets down 30 percent as a result.",
                "Added Vale style linting to CI.",
            ],
        ),
        (
            "Open-source mobile analytics SDK documentation at Quillstack.",
            [
                "Documented the iOS and Android SDKs with Swift and Kotlin code samples.",
                "Organized the content using the Diataxis framework.",
                "Reviewed the community's documentation pull requests.",
            ],
        ),
        (
            "User manuals for Ardent Software's desktop accounting product.",
            [
                "Maintained 1100 pages of MadCap Flare user help.",
                "Localized the help into French and German through a translation agency.",
            ],
        ),
    ],
)

_F += [
    ("docs", "overview", "tool", "end", "one open-source SDK.", "one open-source SDK, including GraphQL APIs."),
    ("docs", "overview", "years", "start", "Technical writer with nine years", "Technical writer with twelve years"),
    ("docs", "overview", "tool", "middle", "static-site generators", "static-site generators such as MkDocs"),
    ("docs", "experiences[0].description", "number", "end", "three thousand merchants.", "thirty thousand merchants."),
    ("docs", "experiences[0].bullets[0]", "number", "end", "all 180 endpoints.", "all 280 endpoints."),
    ("docs", "experiences[0].bullets[2]", "number", "start", "Authored 25 tutorials", "Authored 45 tutorials"),
    ("docs", "experiences[0].bullets[4]", "tool", "end", "to CI.", "to CI, alongside Postman collection tests."),
    (
        "docs",
        "experiences[0].bullets[1]",
        "recognition",
        "end",
        "Docusaurus site.",
        "Docusaurus site, shortlisted for a Write the Docs award.",
    ),
    (
        "docs",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "Swift and Kotlin code samples.",
        "Swift, Kotlin and Flutter code samples.",
    ),
    (
        "docs",
        "experiences[1].description",
        "customer",
        "end",
        "at Quillstack.",
        "at Quillstack for clients such as Spotify.",
    ),
    ("docs", "experiences[2].bullets[0]", "version", "middle", "MadCap Flare user help", "MadCap Flare 2018 user help"),
    (
        "docs",
        "experiences[2].bullets[1]",
        "number",
        "middle",
        "Localized the help into French and German",
        "Localized the help into five languages including French and German",
    ),
    (
        "docs",
        "experiences[2].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced DITA topic-based authoring for the help.",
    ),
    ("docs", "experiences[1].bullets[+]", "moved bullet", "start", None, "Added Vale style linting to CI."),
]

# --- 11. SAP SuccessFactors Recruiting: keyword-heavy -----------------------------------------------
_case(
    "sf",
    cv(
        "SAP SuccessFactors Recruiting Consultant",
        "Katarzyna Nowicka",
        "SAP SuccessFactors consultant with 8 years in HR technology, focused on Recruiting Management, "
        "Recruiting Marketing and Onboarding. Has configured requisition-to-hire processes for retailers, a "
        "logistics group and a hospital network, and integrated them with SAP HCM and job boards.",
        [
            (
                "2021 - 2025: Lead Recruiting Consultant, Hanseatic Logistics Group",
                "Global SuccessFactors Recruiting rollout in 23 countries for 35,000 employees.",
                [
                    "Designed the requisition, application and offer templates with 9 approval workflows.",
                    "Set up Recruiting Marketing career sites in 14 languages.",
                    "Integrated job postings with LinkedIn, Indeed and StepStone.",
                    "Shortened average time-to-hire from 52 to 34 days.",
                    "Ran 6 train-the-trainer sessions for regional HR teams.",
                ],
                ["SAP SuccessFactors Recruiting", "SAP SuccessFactors Onboarding", "SAP HCM", "SAP Integration Suite"],
            ),
            (
                "2018 - 2021: SuccessFactors Consultant, Talentbridge Consulting",
                "Recruiting and Onboarding implementations for mid-sized clients.",
                [
                    "Delivered Recruiting Management for a retailer with 180 stores and a hospital network.",
                    "Configured Onboarding 2.0 for 4 clients, including new-hire tasks and document flows.",
                    "Built interview scheduling and candidate email templates.",
                    "Wrote the data migration of 60,000 candidate profiles from Taleo.",
                ],
                ["SAP SuccessFactors Recruiting", "SAP SuccessFactors Onboarding 2.0", "Oracle Taleo"],
            ),
            (
                "2016 - 2018: HR Systems Analyst, Baltica Retail",
                "Support of HR systems for a retail chain.",
                [
                    "Administered SAP HCM personnel administration and organisational management.",
                    "Supported 400 HR users and recruiters.",
                    "Produced monthly headcount reports in SAP BW.",
                ],
                ["SAP HCM", "SAP BW"],
            ),
        ],
        skills=[
            "Recruiting Management",
            "Recruiting Marketing",
            "Onboarding",
            "Requisition-to-Hire",
            "HR Process Design",
        ],
        tools=["SAP SuccessFactors", "SAP HCM", "SAP Integration Suite", "SAP BW", "Oracle Taleo"],
        certifications=["SAP Certified Application Associate - SAP SuccessFactors Recruiting: Candidate Experience"],
        industries=["Logistics", "Retail", "Healthcare"],
        spoken_languages=["Polish", "German", "English"],
        academic_background=["MA Human Resource Management, University of Gdańsk"],
    ),
    "Customer brief: a pharmaceutical group is replacing Workday Recruiting with SAP SuccessFactors "
    "Recruiting (RCM, RMK) and Onboarding in 30 countries. Looking for a lead consultant with talent "
    "acquisition process design, career site builder, job board integration, Employee Central knowledge.",
    "SAP SuccessFactors Recruiting consultant (RCM, RMK, Onboarding) with eight years in HR technology. "
    "Talent acquisition process design from requisition to hire for retail, logistics and hospital clients, "
    "with integrations to SAP HCM and job boards.",
    [
        (
            "Hanseatic Logistics Group: global rollout of SuccessFactors Recruiting in 23 countries covering 35k "
            "employees.",
            [
                "Time-to-hire down from 52 days to 34 on average.",
                "Requisition, application and offer templates with nine approval workflows.",
                "Recruiting Marketing (RMK) career sites in fourteen languages.",
                "Job board integration with LinkedIn, Indeed and StepStone.",
                "Six train-the-trainer sessions for regional HR.",
            ],
        ),
        (
            "SuccessFactors Recruiting and Onboarding projects for mid-size clients at Talentbridge Consulting.",
            [
                "RCM delivered for a 180-store retailer.",
                "Recruiting Management also delivered for a hospital network.",
                "Onboarding 2.0 configured for four clients: new-hire tasks and document flows.",
                "Interview scheduling and candidate e-mail templates.",
                "60k candidate profiles migrated from Taleo.",
            ],
        ),
        (
            "HR systems support for Baltica Retail (2016-2018).",
            [
                "SAP HCM personnel administration.",
                "SAP HCM organizational management.",
                "Support for 400 HR users and recruiters.",
                "Monthly SAP BW headcount reporting.",
            ],
        ),
    ],
)

_F += [
    ("sf", "overview", "tool", "middle", "(RCM, RMK, Onboarding)", "(RCM, RMK, Onboarding, Employee Central)"),
    ("sf", "overview", "years", "middle", "with eight years in HR", "with ten years in HR"),
    ("sf", "overview", "customer", "end", "and job boards.", "and job boards; clients include DHL."),
    ("sf", "experiences[0].description", "number", "middle", "in 23 countries", "in 30 countries"),
    ("sf", "experiences[0].bullets[0]", "number", "end", "to 34 on average.", "to 24 on average."),
    ("sf", "experiences[0].bullets[2]", "number", "end", "in fourteen languages.", "in forty languages."),
    (
        "sf",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "LinkedIn, Indeed and StepStone.",
        "LinkedIn, Indeed, StepStone and Workday.",
    ),
    (
        "sf",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Raised candidate satisfaction scores by 20 points after go-live.",
    ),
    ("sf", "experiences[1].bullets[2]", "version", "start", "Onboarding 2.0 configured", "Onboarding 3.0 configured"),
    ("sf", "experiences[1].bullets[4]", "tool", "end", "migrated from Taleo.", "migrated from Taleo and iCIMS."),
    (
        "sf",
        "experiences[1].description",
        "certified",
        "start",
        "SuccessFactors Recruiting and Onboarding projects",
        "SAP-certified Onboarding consultant on SuccessFactors Recruiting and Onboarding projects",
    ),
    ("sf", "experiences[2].bullets[2]", "number", "middle", "400 HR users", "700 HR users"),
    ("sf", "experiences[2].description", "date", "end", "(2016-2018).", "(2014-2018)."),
    (
        "sf",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Interview scheduling and candidate e-mail templates.",
    ),
]

# --- 12. Network security: very short, aggressive restructuring -------------------------------------
_case(
    "netsec",
    cv(
        "Network Security Engineer",
        "Rashid Al-Mansouri",
        "Network security engineer with 10 years designing and running firewalls, VPNs and segmentation for "
        "enterprises. Deep hands-on knowledge of Palo Alto Networks and Fortinet firewalls, Panorama and "
        "FortiManager. Has worked for an airline, a logistics company and a managed security provider.",
        [
            (
                "2020 - 2025: Senior Network Security Engineer, Gulfwing Airways",
                "Firewall estate and segmentation for an airline's data centres, airports and offices.",
                [
                    "Migrated 48 Cisco ASA firewalls to Palo Alto PA-5200 and PA-3200 series.",
                    "Designed micro-segmentation of the data centre with 320 security zones and App-ID policies.",
                    "Cleaned up the rule base from 14,000 to 5,200 rules using Expedition and Panorama.",
                    "Deployed GlobalProtect VPN for 9,000 remote users during 2020.",
                ],
                ["Palo Alto Networks", "Panorama", "GlobalProtect", "Cisco ASA", "Expedition"],
            ),
            (
                "2016 - 2020: Network Engineer, Caravan Logistics",
                "Network and security operations for 60 warehouses across the Middle East.",
                [
                    "Rolled out FortiGate SD-WAN to 60 sites, replacing MPLS at 40 of them.",
                    "Managed FortiGate policies centrally with FortiManager and FortiAnalyzer.",
                    "Handled firewall incidents as third-line support.",
                ],
                ["Fortinet FortiGate", "FortiManager", "FortiAnalyzer", "SD-WAN", "Cisco Catalyst"],
            ),
            (
                "2014 - 2016: SOC Analyst, Shieldline Managed Security",
                "Security monitoring for managed-service customers.",
                [
                    "Triaged IDS and firewall alerts in ArcSight.",
                    "Wrote runbooks for the 10 most frequent alert types.",
                ],
                ["ArcSight", "Snort", "Check Point"],
            ),
        ],
        skills=["Firewall Design", "Network Segmentation", "SD-WAN", "VPN", "Rule Base Optimisation"],
        tools=["Panorama", "GlobalProtect", "FortiManager", "FortiAnalyzer", "Expedition", "ArcSight"],
        certifications=["Palo Alto Networks PCNSE", "Fortinet NSE 7 Network Security Architect"],
        industries=["Aviation", "Logistics", "Managed Security Services"],
        spoken_languages=["Arabic", "English"],
        academic_background=["BSc Computer Engineering, American University of Sharjah"],
    ),
    "Job: Network Security Architect. Palo Alto NGFW and Prisma Access, Fortinet FortiGate, zero trust "
    "network access, segmentation, firewall rule review, Zscaler experience, CISSP or PCNSE.",
    "Network security engineer, 10 yrs: firewalls, VPN, segmentation. Palo Alto Networks and Fortinet, "
    "Panorama, FortiManager. Aviation, logistics, MSSP.",
    [
        (
            "Gulfwing Airways: firewalls and segmentation, data centers, airports, offices.",
            [
                "48 Cisco ASAs replaced by Palo Alto PA-5200/PA-3200.",
                "Data-centre micro-segmentation: 320 zones, App-ID policies.",
                "Rule base 14k → 5.2k rules (Expedition, Panorama).",
                "GlobalProtect VPN, 9k remote users, 2020.",
            ],
        ),
        (
            "Caravan Logistics: network and security ops, 60 Middle East warehouses.",
            [
                "FortiGate SD-WAN at 60 sites.",
                "MPLS replaced at 40 of them.",
                "Central FortiGate policy management (FortiManager, FortiAnalyzer).",
                "Third-line firewall incident support.",
            ],
        ),
        (
            "Shieldline: managed security monitoring.",
            [
                "IDS and firewall alert triage, ArcSight.",
                "Runbooks for the ten most frequent alerts.",
            ],
        ),
    ],
)

_F += [
    ("netsec", "overview", "years", "start", "Network security engineer, 10 yrs", "Network security engineer, 14 yrs"),
    (
        "netsec",
        "overview",
        "tool",
        "middle",
        "Palo Alto Networks and Fortinet,",
        "Palo Alto Networks, Prisma Access and Fortinet,",
    ),
    ("netsec", "overview", "certification", "end", "MSSP.", "MSSP. CISSP."),
    (
        "netsec",
        "experiences[0].description",
        "customer",
        "end",
        "airports, offices.",
        "airports, offices, Emirates codeshare links.",
    ),
    ("netsec", "experiences[0].bullets[0]", "number", "start", "48 Cisco ASAs", "84 Cisco ASAs"),
    ("netsec", "experiences[0].bullets[1]", "number", "middle", "320 zones", "520 zones"),
    (
        "netsec",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "(Expedition, Panorama).",
        "(Expedition, Panorama); audit findings down 70%.",
    ),
    ("netsec", "experiences[0].bullets[3]", "date", "end", "9k remote users, 2020.", "9k remote users, 2019."),
    (
        "netsec",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Zero trust network access with Zscaler Private Access.",
    ),
    ("netsec", "experiences[1].bullets[0]", "version", "start", "FortiGate SD-WAN", "FortiOS 7.2 SD-WAN"),
    (
        "netsec",
        "experiences[1].description",
        "team size",
        "end",
        "60 Middle East warehouses.",
        "60 Middle East warehouses, team of 8.",
    ),
    (
        "netsec",
        "experiences[1].bullets[3]",
        "moved bullet",
        "start",
        "Third-line firewall incident support.",
        "IDS and firewall alert triage, ArcSight.",
    ),
    ("netsec", "experiences[2].bullets[1]", "number", "middle", "the ten most", "the twenty most"),
    (
        "netsec",
        "experiences[2].description",
        "tool",
        "end",
        "managed security monitoring.",
        "managed security monitoring in Splunk.",
    ),
]

# --- 13. E-learning platforms: verbose third person, split bullets -----------------------------------
_case(
    "elearn",
    cv(
        "E-Learning Platform Specialist",
        "Sophie Brandt",
        "E-learning specialist with 8 years running learning platforms for universities and corporate "
        "academies. Administers and customises Moodle, packages courses in SCORM and xAPI, and builds course "
        "templates with instructional designers. Has supported more than 50,000 learners.",
        [
            (
                "2021 - 2025: Learning Platform Lead, Rhineland Open University",
                "Operation and development of the university's Moodle platform for distance learning.",
                [
                    "Upgraded Moodle from 3.9 to 4.1 for 32,000 students with no unplanned downtime.",
                    "Developed two Moodle plugins in PHP for assignment workflows and exam scheduling.",
                    "Integrated Moodle with the campus management system HISinOne over LTI and web services.",
                    "Introduced accessibility checks that brought 400 courses to WCAG 2.1 AA.",
                    "Ran monthly training for 150 teaching staff.",
                ],
                ["Moodle", "PHP", "MariaDB", "LTI", "H5P", "Docker"],
            ),
            (
                "2018 - 2021: E-Learning Developer, Veritas Corporate Academy",
                "Course production for the corporate academy of an industrial group.",
                [
                    "Packaged 120 compliance courses as SCORM 1.2 in Articulate Storyline.",
                    "Set up a Learning Record Store to collect xAPI statements from simulations.",
                    "Built course templates with 5 instructional designers.",
                    "Raised compliance training completion from 71% to 94%.",
                ],
                ["Articulate Storyline", "SCORM", "xAPI", "Learning Locker", "Cornerstone OnDemand"],
            ),
            (
                "2017 - 2018: Instructional Technology Assistant, University of Mainz",
                "Support for teaching staff using the university's learning platform.",
                [
                    "Answered 2,000 support requests from lecturers and students.",
                    "Created video tutorials on quizzes and gradebooks.",
                ],
                ["ILIAS", "Camtasia"],
            ),
        ],
        skills=["LMS Administration", "SCORM", "xAPI", "Instructional Design", "Accessibility", "Plugin Development"],
        languages=["PHP", "JavaScript"],
        tools=["Moodle", "Articulate Storyline", "H5P", "Learning Locker", "Cornerstone OnDemand"],
        certifications=["Moodle Educator Certificate (MEC)"],
        industries=["Higher Education", "Corporate Learning"],
        spoken_languages=["German", "English", "Dutch"],
        academic_background=["MA Educational Technology, University of Duisburg-Essen"],
    ),
    "EdTech role: LMS Product Owner for a Moodle Workplace and Totara estate serving corporate clients. "
    "SCORM/xAPI, LTI 1.3 integrations, accessibility (WCAG), learning analytics, plugin development in PHP. "
    "Moodle Partner experience appreciated.",
    "Sophie is an e-learning specialist who has spent eight years running learning platforms for "
    "universities and corporate academies. She administers and customizes Moodle, packages courses in SCORM "
    "and xAPI, and builds course templates together with instructional designers. Over 50,000 learners have "
    "used the platforms she supports.",
    [
        (
            "At Rhineland Open University she was responsible for running and developing the Moodle platform "
            "used for distance learning.",
            [
                "She upgraded Moodle 3.9 to Moodle 4.1 for thirty-two thousand students.",
                "The upgrade ran without any unplanned downtime.",
                "She developed two PHP plugins for Moodle, one for assignment workflows and one for exam scheduling.",
                "She connected Moodle to HISinOne, the campus management system, through LTI and web services.",
                "The accessibility checks she introduced brought 400 courses up to WCAG 2.1 AA.",
                "Each month she trained 150 teaching staff.",
            ],
        ),
        (
            "At Veritas Corporate Academy she produced courses for an industrial group's corporate academy "
            "between 2018 and 2021.",
            [
                "She packaged 120 compliance courses in Articulate Storyline as SCORM 1.2.",
                "She set up a learning record store (LRS) to collect the xAPI statements from simulations.",
                "Together with five instructional designers she built the course templates.",
                "Compliance training completion rose from 71 to 94 per cent.",
            ],
        ),
        (
            "At the University of Mainz she supported teaching staff in using the learning platform.",
            [
                "She answered two thousand support requests from lecturers and students.",
                "She created video tutorials on quizzes.",
                "Further video tutorials of hers covered gradebooks.",
            ],
        ),
    ],
)

_F += [
    ("elearn", "overview", "years", "middle", "spent eight years running", "spent ten years running"),
    ("elearn", "overview", "tool", "middle", "customizes Moodle, packages", "customizes Moodle and Totara, packages"),
    ("elearn", "overview", "number", "end", "Over 50,000 learners have", "Over 150,000 learners have"),
    (
        "elearn",
        "overview",
        "recognition",
        "start",
        "Sophie is an e-learning specialist",
        "Sophie is an award-winning e-learning specialist",
    ),
    (
        "elearn",
        "experiences[0].description",
        "customer",
        "end",
        "used for distance learning.",
        "used for distance learning, also hosting courses for the Goethe-Institut.",
    ),
    ("elearn", "experiences[0].bullets[0]", "version", "middle", "to Moodle 4.1", "to Moodle 4.3"),
    (
        "elearn",
        "experiences[0].bullets[2]",
        "number",
        "start",
        "She developed two PHP plugins",
        "She developed four PHP plugins",
    ),
    (
        "elearn",
        "experiences[0].bullets[3]",
        "version",
        "end",
        "through LTI and web services.",
        "through LTI 1.3 and web services.",
    ),
    (
        "elearn",
        "experiences[0].bullets[5]",
        "number",
        "middle",
        "trained 150 teaching staff",
        "trained 250 teaching staff",
    ),
    ("elearn", "experiences[1].bullets[0]", "version", "end", "as SCORM 1.2.", "as SCORM 2004."),
    (
        "elearn",
        "experiences[1].bullets[3]",
        "metric",
        "end",
        "from 71 to 94 per cent.",
        "from 71 to 94 per cent, saving €200,000 in audit costs.",
    ),
    (
        "elearn",
        "experiences[1].description",
        "duration",
        "end",
        "between 2018 and 2021.",
        "between 2018 and 2021, a five-year engagement.",
    ),
    (
        "elearn",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "learning record store (LRS)",
        "learning record store (Watershed LRS)",
    ),
    (
        "elearn",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Each month she trained 150 teaching staff.",
    ),
    (
        "elearn",
        "experiences[2].description",
        "degree",
        "end",
        "the learning platform.",
        "the learning platform while completing her PhD.",
    ),
]

# --- 14. Scrum master / delivery lead: mixed styles, merged and reordered bullets -------------------
_case(
    "scrum",
    cv(
        "Scrum Master and Delivery Lead",
        "Oluwaseun Adeyemi-Clarke",
        "Scrum master and delivery lead with 10 years in agile software delivery. Coaches teams in Scrum and "
        "Kanban, runs PI planning in SAFe, and makes delivery visible with flow metrics in Jira. Has led "
        "delivery for an insurer, a public broadcaster and a travel platform.",
        [
            (
                "2021 - 2025: Delivery Lead, Wayfarer Travel Platform",
                "Delivery of the booking and payments streams of an online travel platform.",
                [
                    "Led delivery for 5 Scrum teams of 40 people across London and Lisbon.",
                    "Cut average cycle time from 11 days to 6 by limiting work in progress.",
                    "Ran quarterly planning with product management and engineering.",
                    "Raised deployment frequency from fortnightly to daily with the platform team.",
                    "Introduced a dependency board for the booking and payments streams.",
                ],
                ["Jira", "Confluence", "Miro", "GitLab"],
            ),
            (
                "2017 - 2021: Scrum Master, Aldermoor Insurance",
                "Scrum mastering in the claims digitalisation programme, an agile release train run with SAFe.",
                [
                    "Served as Scrum master for 2 teams building the online claims portal.",
                    "Facilitated 12 PI planning events as part of the release train.",
                    "Coached product owners in backlog refinement and story splitting.",
                    "Improved sprint predictability from 60% to 85% of committed points delivered.",
                ],
                ["Jira Align", "Jira", "Confluence"],
            ),
            (
                "2015 - 2017: Project Coordinator, Northbank Public Broadcasting",
                "Coordination of a web platform project for a public broadcaster.",
                [
                    "Coordinated the relaunch of the news website with 3 agencies.",
                    "Maintained the project plan, budget and risk log for a £1.5m project.",
                    "Organised user testing with 60 audience members.",
                ],
                ["MS Project", "Excel", "Trello"],
            ),
        ],
        skills=["Scrum", "Kanban", "SAFe", "Flow Metrics", "Agile Coaching", "Release Planning"],
        tools=["Jira", "Jira Align", "Confluence", "Miro"],
        certifications=["Professional Scrum Master II (PSM II)", "SAFe 5 Scrum Master (SSM)"],
        industries=["Travel", "Insurance", "Media"],
        spoken_languages=["English", "Yoruba", "Portuguese"],
        academic_background=["BA Media Studies, University of Leeds"],
    ),
    "Contract role: Agile Delivery Manager for a government digital service. Scrum and Kanban, SAFe PI "
    "planning, flow metrics, GDS service standard, stakeholder management; Azure DevOps boards. SAFe SPC or "
    "ICAgile coaching certification desirable.",
    "Agile delivery manager with a decade of software delivery experience as Scrum master and delivery lead. "
    "Coaching in Scrum and Kanban, SAFe PI planning, and delivery transparency through Jira flow metrics. "
    "Sectors: insurance, public broadcasting, travel.",
    [
        (
            "Booking and payments delivery streams of the Wayfarer online travel platform.",
            [
                "Delivery lead for five Scrum teams (40 people) in London and Lisbon.",
                "Average cycle time cut from 11 days to 6, by limiting WIP.",
                "Deployments moved from every two weeks to daily, together with the platform team.",
                "Quarterly planning with product management and engineering, supported by a dependency board "
                "for the booking and payments streams.",
            ],
        ),
        (
            "Claims digitalisation programme at Aldermoor Insurance: Scrum master on a SAFe agile release train.",
            [
                "Scrum master to two teams building the online claims portal.",
                "Twelve PI planning events facilitated on the release train.",
                "Product owner coaching in backlog refinement and story splitting.",
                "Sprint predictability up from 60% to 85% of committed story points.",
            ],
        ),
        (
            "Web platform project coordination for Northbank Public Broadcasting, 2015-2017.",
            [
                "News website relaunch coordinated across three agencies.",
                "Plan, budget and risk log kept for a GBP 1.5 million project.",
                "User testing organized with 60 audience members.",
            ],
        ),
    ],
)

_F += [
    ("scrum", "overview", "years", "start", "with a decade of software", "with fifteen years of software"),
    ("scrum", "overview", "tool", "end", "through Jira flow metrics.", "through Jira and Azure DevOps flow metrics."),
    (
        "scrum",
        "overview",
        "certification",
        "end",
        "insurance, public broadcasting, travel.",
        "insurance, public broadcasting, travel. SAFe SPC.",
    ),
    (
        "scrum",
        "experiences[0].description",
        "customer",
        "end",
        "Wayfarer online travel platform.",
        "Wayfarer online travel platform, a Booking Holdings partner.",
    ),
    ("scrum", "experiences[0].bullets[0]", "team size", "middle", "(40 people)", "(60 people)"),
    (
        "scrum",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "11 days to 6, by limiting WIP.",
        "11 days to 4, by limiting WIP.",
    ),
    (
        "scrum",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "together with the platform team.",
        "together with the platform team, with change failure rate below 5%.",
    ),
    (
        "scrum",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced OKRs across the travel platform's product teams.",
    ),
    (
        "scrum",
        "experiences[1].bullets[1]",
        "number",
        "start",
        "Twelve PI planning events",
        "Sixteen PI planning events",
    ),
    (
        "scrum",
        "experiences[1].bullets[3]",
        "number",
        "end",
        "to 85% of committed story points.",
        "to 95% of committed story points.",
    ),
    (
        "scrum",
        "experiences[1].description",
        "version",
        "end",
        "on a SAFe agile release train.",
        "on a SAFe 6.0 agile release train.",
    ),
    (
        "scrum",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Scrum master to two teams",
        "ICAgile-certified Scrum master to two teams",
    ),
    ("scrum", "experiences[2].bullets[1]", "number", "end", "GBP 1.5 million project.", "GBP 2.5 million project."),
    ("scrum", "experiences[2].description", "date", "end", "2015-2017.", "2013-2017."),
    (
        "scrum",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Product owner coaching in backlog refinement and story splitting.",
    ),
    (
        "scrum",
        "experiences[2].bullets[2]",
        "recognition",
        "end",
        "with 60 audience members.",
        "with 60 audience members; the relaunch won a Webby Award.",
    ),
]

_A = [
    (
        "scrum",
        "experiences[0].bullets[1]",
        "cut from 11 days to 6",
        "nearly halved, from 11 days to 6",
        "11 to 6 days is a 45% cut; 'nearly halved' characterises a figure the CV states, but adds a claim of size",
    ),
    (
        "azure",
        "overview",
        "more than 900 workloads",
        "close to 1,000 workloads",
        "900 + 280 + the rest could be read as near 1,000, but the CV says 'more than 900'; rounding up is debatable",
    ),
    (
        "iam",
        "experiences[0].bullets[3]",
        "cut from 6 days to 4 hours on average",
        "cut by over 95% on average",
        "6 days to 4 hours is a 97% reduction, so the percentage is derivable, yet the CV never states it",
    ),
    (
        "pharma",
        "overview",
        "computer system validation to GAMP 5",
        "computer system validation (CSV/CSA) to GAMP 5",
        "CSA is the FDA's risk-based successor to CSV; the CV never names it, some read it as the same discipline",
    ),
    (
        "fusa",
        "experiences[0].bullets[3]",
        "Safety team of seven",
        "Led a safety team of seven",
        "the CV says the engineer coordinated the team; 'led' may overstate a coordinating role",
    ),
    (
        "payments",
        "experiences[1].bullets[1]",
        "Hub scaled to",
        "Cloud-native hub scaled to",
        "Kubernetes and Spring Boot in the environment make 'cloud-native' arguable; no cloud is named",
    ),
    (
        "netsec",
        "overview",
        "firewalls, VPN, segmentation.",
        "firewalls, VPN, segmentation, zero trust.",
        "micro-segmentation is a zero-trust practice, but zero trust is the posting's term and absent from the CV",
    ),
    (
        "iot",
        "experiences[0].bullets[1]",
        "via edge gateways",
        "via Azure IoT Edge gateways",
        "the CV says 'edge gateways' next to Azure IoT Hub; Azure IoT Edge is a distinct product it may or may not be",
    ),
    (
        "pricing",
        "experiences[0].bullets[3]",
        "Weekly Airflow pipelines",
        "MLOps: weekly Airflow pipelines",
        "MLOps is a label for what the bullet describes; the CV never uses the word",
    ),
    (
        "elearn",
        "overview",
        "customizes Moodle,",
        "customizes Moodle Workplace,",
        "Moodle Workplace is a separate product from Moodle; a model may use it as the posting's name for Moodle",
    ),
    (
        "crm",
        "experiences[0].bullets[4]",
        "Monthly campaign attribution",
        "Monthly multi-touch campaign attribution",
        "the CV does not say which attribution model; multi-touch is a common but unstated reading",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _F)
AMBIGUOUS = build(CVS, _A, with_reason=True)

# Measured blind (scripts/bench_claims_blind.py --set g): the guard of 0db9792 caught 178 and touched
# 18; the guard of 48aa96f (fixes from sets C and D) caught 179 and touched 16; with the fixes from
# sets D, E and F (never from G) 180 and 13.
GUARD_FLOOR = {"caught": 188, "touched": 6}
TOUCH_NOT_MET = "set G (blind at first: 180/188 caught, 13/201 touched; then tuned on): 6/201 touched; still named: a posting's term for the CV's own (access certification, lifecycle), abbreviations from inside words (RCM, and RMK where no parentheses define it; MSSP)"
