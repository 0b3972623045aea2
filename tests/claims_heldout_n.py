"""Blind set N for the free-text claims guard (issue 20), written blind (without reading the guard's
rules, its docs, its benchmarks or any other set): twelve hand-written CVs in insurance claims platforms
(Duck Creek), card-payments fraud (FICO Falcon), e-commerce re-platforming (Shopify Plus, Adobe
Commerce), marketing automation (Marketo, HubSpot), mid-market ERP (Business Central, NetSuite),
source-to-pay (Coupa), data-centre operations, network security (Palo Alto, Fortinet), UX research,
technical writing and docs-as-code, SOX IT audit and quantitative market risk (VaR, FRTB), each with a
job posting or customer brief, one honest tailoring in its own style, single claims injected into that
tailoring, and edits whose honesty is arguable."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- insurance claims platforms (Duck Creek) ---------------------------------------------------------

_source = cv(
    "Senior Duck Creek Claims Consultant",
    "Marguerite Okonkwo-Hale",
    "Claims systems consultant with 11 years in property and casualty insurance, of which 7 on Duck Creek "
    "Claims. Has configured first notice of loss, reserving and payment workflows for carriers in the UK and "
    "North America, and led data conversion from legacy mainframe claims systems. Works between claims "
    "operations and IT, writing configuration specifications and running user acceptance testing.",
    [
        (
            "Lead Duck Creek Claims Consultant, Northbridge Mutual, 2021 – present",
            "Replacement of a 20-year-old mainframe claims system with Duck Creek Claims on Duck Creek OnDemand "
            "for a regional property and casualty carrier writing home and motor business.",
            [
                "Configured first notice of loss intake for home and motor lines, cutting average FNOL handling "
                "time from 14 to 9 minutes.",
                "Led the conversion of 310,000 open and closed claims from the mainframe, reconciled to the penny "
                "against the general ledger.",
                "Designed reserving and payment authority rules for 4 claims handling tiers.",
                "Ran user acceptance testing with 25 claims handlers over three test cycles.",
            ],
            [
                "Duck Creek Claims",
                "Duck Creek OnDemand",
                "Duck Creek Author",
                "Microsoft SQL Server",
                "Azure DevOps",
                "SSIS",
            ],
        ),
        (
            "Claims Systems Analyst, Harrowgate Insurance Services, 2017 – 2020",
            "Business analysis for a commercial lines claims transformation at a Lloyd's managing agent, moving "
            "property and marine claims onto Duck Creek Claims.",
            [
                "Wrote 140 configuration specifications covering claim setup, coverage verification and subrogation.",
                "Mapped 60 legacy claim status codes to the Duck Creek lifecycle with the claims operations team.",
                "Built the recovery and subrogation workflow, raising recoveries identified at first review by 18%.",
            ],
            ["Duck Creek Claims", "Duck Creek Author", "Oracle Database", "JIRA", "Confluence"],
        ),
        (
            "Claims Operations Analyst, Pembury & Vale Insurance, 2014 – 2017",
            "Claims operations support for a personal lines insurer's home claims department in Leeds.",
            [
                "Produced weekly leakage and cycle-time reports for the claims director in Excel and Power BI.",
                "Documented the manual claims process for the later system selection.",
            ],
            ["Excel", "Power BI", "Mainframe claims system"],
        ),
    ],
    skills=[
        "Duck Creek Claims configuration",
        "FNOL design",
        "Reserving and payments",
        "Data conversion",
        "User acceptance testing",
        "Business analysis",
    ],
    tools=["Duck Creek Author", "Azure DevOps", "JIRA", "Power BI", "SQL Server Management Studio"],
    languages=["SQL"],
    certifications=[
        "Duck Creek Claims Configuration Certification",
        "Chartered Insurance Institute Certificate in Insurance (Cert CII)",
    ],
    academic_background=["BA (Hons) Economics, University of Leeds, 2013"],
    spoken_languages=["English (native)", "Yoruba (fluent)"],
    industries=["Property and casualty insurance", "Lloyd's market"],
)
CVS["duckcreek"] = {
    "source": _source,
    "prompt": "Job posting — Duck Creek Claims Lead, Tier-1 P&C carrier (contract, 12 months). We need a lead to "
    "own claims configuration on Duck Creek Claims during a policy-and-claims replacement. Must have: FNOL and "
    "reserving configuration, legacy claims data migration, UAT leadership, stakeholder management with claims "
    "operations. Nice to have: Duck Creek OnDemand, Azure DevOps, subrogation workflows.",
    "honest": tailor(
        _source,
        "Duck Creek Claims lead with 11 years in P&C insurance, 7 of them on Duck Creek Claims, configuring FNOL, "
        "reserving and payment workflows for carriers in the UK and North America. Experienced in migrating claims "
        "data from legacy mainframe systems, writing configuration specifications and leading UAT, acting as the "
        "bridge between claims operations and IT.",
        [
            (
                "Mainframe-to-Duck Creek Claims replacement (on Duck Creek OnDemand) for a regional P&C carrier "
                "writing home and motor business; the legacy system was 20 years old.",
                [
                    "Cut average FNOL handling time from 14 to 9 minutes by configuring first notice of loss intake "
                    "for the home and motor lines.",
                    "Led migration of 310,000 open and closed claims off the mainframe, reconciled to the penny "
                    "against the general ledger.",
                    "Designed reserving and payment authority rules across four claims handling tiers.",
                    "Led UAT with 25 claims handlers over 3 test cycles.",
                ],
            ),
            (
                "Commercial lines claims transformation for a Lloyd's managing agent: business analysis for moving "
                "property and marine claims onto Duck Creek Claims.",
                [
                    "Authored 140 configuration specifications spanning claim setup, coverage verification and "
                    "subrogation.",
                    "Mapped sixty legacy claim status codes to the Duck Creek lifecycle, working with claims operations.",
                    "Built the recovery and subrogation workflow, lifting recoveries identified at first review by "
                    "18 percent.",
                ],
            ),
            (
                "Supported claims operations in a personal lines insurer's home claims department (Leeds).",
                [
                    "Reported weekly on leakage and cycle time to the claims director using Excel and Power BI.",
                    "Documented the manual claims process ahead of the later system selection.",
                ],
            ),
        ],
    ),
}

# --- card-payments fraud (FICO Falcon) -----------------------------------------------------------------

_source = cv(
    "Fraud Strategy Lead – Card Payments",
    "Tobias Lindqvist",
    "Card fraud strategist with nine years in issuing and acquiring fraud, specialising in FICO Falcon Fraud "
    "Manager rule and score tuning. Has reduced card-not-present fraud losses at two issuers while keeping "
    "false-positive rates under control, and set up 24/7 fraud operations queues. Works closely with data "
    "scientists on model monitoring and with operations on alert handling.",
    [
        (
            "Head of Card Fraud Strategy, Nordlys Bank, 2020 – present",
            "Fraud strategy for a retail bank's debit and credit card portfolio of 2.3 million cards, on FICO Falcon "
            "Fraud Manager with real-time authorisation scoring.",
            [
                "Rewrote the card-not-present rule set, cutting CNP fraud losses by 31% in the first year.",
                "Lowered the false-positive ratio from 22:1 to 14:1 by adding merchant category and device signals "
                "to Falcon rules.",
                "Set up a 24/7 alert queue with 3 shifts and a 15-minute service level for high-risk alerts.",
                "Presented monthly fraud loss figures to the bank's operational risk committee.",
            ],
            ["FICO Falcon Fraud Manager", "FICO Falcon Expert Rules", "SAS", "Python", "Tableau", "Visa Risk Manager"],
        ),
        (
            "Fraud Analytics Consultant, Kestrel Payments Advisory, 2017 – 2020",
            "Consulting on fraud detection for card issuers and a payment processor in the Nordics and Baltics.",
            [
                "Tuned Falcon score thresholds for an issuer with 800,000 cards, raising the fraud detection rate "
                "from 58% to 71% at the same alert volume.",
                "Built SAS reports comparing rule performance across 5 issuers.",
                "Designed the fraud data feed for a processor's migration to EMV 3-D Secure.",
            ],
            ["FICO Falcon Fraud Manager", "SAS", "SQL", "EMV 3-D Secure"],
        ),
        (
            "Fraud Analyst, Baltic Card Services, 2015 – 2017",
            "Alert handling and case investigation in a card processor's fraud operations team in Riga.",
            [
                "Reviewed around 120 fraud alerts a day and confirmed fraud cases with cardholders.",
                "Proposed 12 rules later added to the processor's production rule set.",
            ],
            ["FICO Falcon Fraud Manager", "Oracle Database", "Excel"],
        ),
    ],
    skills=[
        "Fraud strategy",
        "Rule tuning",
        "Score threshold optimisation",
        "Alert operations",
        "Card-not-present fraud",
        "Chargebacks",
    ],
    tools=["FICO Falcon Fraud Manager", "SAS", "Tableau", "Jupyter"],
    languages=["Python", "SQL", "SAS"],
    certifications=["Certified Fraud Examiner (CFE)", "ACAMS Certified Anti-Money Laundering Specialist"],
    academic_background=["MSc Statistics, Stockholm University, 2015", "BSc Mathematics, Uppsala University, 2013"],
    spoken_languages=["Swedish (native)", "English (fluent)", "Latvian (basic)"],
    industries=["Retail banking", "Card payments"],
)
CVS["falcon"] = {
    "source": _source,
    "prompt": "Customer brief — card issuer, fraud strategy lead. A mid-sized European issuer is replacing its "
    "rules-only setup and wants a consultant who has run FICO Falcon in production: CNP fraud reduction, "
    "false-positive management, alert operations with round-the-clock coverage, and reporting to risk "
    "committees. Keywords: FICO Falcon, CNP, false positives, 24/7 fraud operations, SAS, Python.",
    "honest": tailor(
        _source,
        "Fraud strategy lead with 9 years across issuing and acquiring card fraud and deep FICO Falcon Fraud "
        "Manager expertise in rule and score tuning. Reduced card-not-present (CNP) fraud losses at two issuers "
        "while keeping false positives in check, and stood up round-the-clock fraud operations queues; partners "
        "with data scientists on model monitoring and with operations on alert handling.",
        [
            (
                "Owned fraud strategy for 2.3m debit and credit cards at a retail bank, running FICO Falcon Fraud "
                "Manager with real-time authorisation scoring.",
                [
                    "Cut CNP fraud losses by 31% in year one by rewriting the card-not-present rule set.",
                    "Reduced the false-positive ratio from 22:1 to 14:1, adding merchant category and device "
                    "signals to the Falcon rules.",
                    "Stood up round-the-clock alert handling: three shifts, 15-minute service level on high-risk "
                    "alerts.",
                    "Reported fraud losses monthly to the operational risk committee.",
                ],
            ),
            (
                "Advised card issuers and a payment processor across the Nordics and Baltics on fraud detection.",
                [
                    "Raised the fraud detection rate from 58% to 71% at unchanged alert volume by tuning Falcon "
                    "score thresholds for an 800k-card issuer.",
                    "Built SAS reporting to compare rule performance across five issuers.",
                    "Designed the fraud data feed supporting a processor's move to EMV 3-D Secure.",
                ],
            ),
            (
                "Handled alerts and investigated cases in a card processor's fraud operations team, based in Riga.",
                [
                    "Worked roughly 120 fraud alerts daily, confirming fraud cases directly with cardholders.",
                    "Proposed a dozen rules that were later added to the production rule set.",
                ],
            ),
        ],
    ),
}

# --- e-commerce re-platforming (Shopify Plus, Adobe Commerce) ------------------------------------------

_source = cv(
    "E-commerce Solution Architect",
    "Priya Raghunathan",
    "E-commerce architect who has led eight re-platforming projects for direct-to-consumer and B2B brands, "
    "moving stores from Magento 1 and Salesforce Commerce Cloud to Shopify Plus or Adobe Commerce. Plans "
    "catalogue and customer data migration, URL redirects that protect search rankings, and integrations with "
    "ERP and order management systems. Hands-on in Liquid, PHP and Node.js.",
    [
        (
            "Lead Solution Architect, Lumen Digital Commerce, 2021 – present",
            "Re-platforming agency work for fashion and homeware brands moving to Shopify Plus.",
            [
                "Migrated a fashion retailer from Salesforce Commerce Cloud to Shopify Plus, with 42,000 SKUs and "
                "1.1 million customer records.",
                "Planned 65,000 URL redirects so organic search traffic recovered to pre-launch levels within 6 weeks.",
                "Built a Node.js middleware between Shopify Plus and Microsoft Dynamics 365 for orders and stock.",
                "Cut checkout page load time from 4.8 to 2.1 seconds with a Checkout Extensibility rebuild.",
            ],
            [
                "Shopify Plus",
                "Liquid",
                "Node.js",
                "Shopify Functions",
                "Checkout Extensibility",
                "Microsoft Dynamics 365",
                "Google Cloud Run",
            ],
        ),
        (
            "Magento Technical Lead, Bramble & Co Digital, 2017 – 2021",
            "Technical lead for Magento 1 to Adobe Commerce (Magento 2) migrations for B2B manufacturers and "
            "distributors.",
            [
                "Led four Magento 1 to Magento 2 migrations, each live before Magento 1 end of life in June 2020.",
                "Built B2B quote and company-account features on Adobe Commerce for an industrial distributor.",
                "Integrated Adobe Commerce with SAP Business One via a message queue.",
                "Mentored 5 PHP developers on Magento 2 module development.",
            ],
            [
                "Adobe Commerce",
                "Magento 2",
                "Magento 1",
                "PHP",
                "MySQL",
                "RabbitMQ",
                "Elasticsearch",
                "SAP Business One",
            ],
        ),
        (
            "PHP Developer, Kettlewell Web, 2014 – 2017",
            "Magento 1 store development for small retailers.",
            ["Built and maintained 20 Magento 1 stores.", "Wrote custom payment and shipping modules."],
            ["Magento 1", "PHP", "MySQL", "jQuery"],
        ),
    ],
    skills=[
        "E-commerce re-platforming",
        "Solution architecture",
        "Data migration",
        "SEO redirects",
        "ERP integration",
        "B2B commerce",
    ],
    languages=["PHP", "JavaScript", "Liquid", "GraphQL"],
    tools=["Shopify CLI", "Git", "Docker", "New Relic"],
    certifications=[
        "Adobe Certified Expert – Adobe Commerce Architect",
        "Shopify Plus Partner Academy: Solution Architect",
    ],
    academic_background=["BEng Computer Engineering, Anna University, 2013"],
    spoken_languages=["English", "Tamil", "Hindi"],
    industries=["Fashion retail", "Homeware", "Industrial distribution"],
)
CVS["replatform"] = {
    "source": _source,
    "prompt": "Job posting — Senior E-commerce Architect (Shopify Plus / Adobe Commerce). Lead our re-platforming "
    "practice: replatforms from legacy Magento and SFCC, SEO-safe migrations, headless and ERP integrations, "
    "Checkout Extensibility, B2B on Adobe Commerce. You will mentor developers and own technical design. Must "
    "have Shopify Plus and Adobe Commerce delivery experience.",
    "honest": tailor(
        _source,
        "Senior e-commerce architect with eight re-platforming projects led for DTC and B2B brands, moving stores "
        "off Magento 1 and Salesforce Commerce Cloud (SFCC) onto Shopify Plus or Adobe Commerce. Owns catalogue "
        "and customer data migration, SEO-safe URL redirect plans and ERP and order management integrations, and "
        "stays hands-on in Liquid, PHP and Node.js.",
        [
            (
                "Agency re-platforming of fashion and homeware brands onto Shopify Plus.",
                [
                    "Re-platformed a fashion retailer from SFCC to Shopify Plus, migrating 42k SKUs and 1.1M "
                    "customer records.",
                    "Planned 65,000 URL redirects; organic search traffic was back to pre-launch levels within six "
                    "weeks.",
                    "Built Node.js middleware syncing orders and stock between Shopify Plus and Microsoft Dynamics 365.",
                    "Rebuilt checkout with Checkout Extensibility, bringing page load time down from 4.8s to 2.1s.",
                ],
            ),
            (
                "Led the technical side of Magento 1 to Adobe Commerce (Magento 2) migrations for B2B manufacturers "
                "and distributors.",
                [
                    "Delivered 4 Magento 1 to Magento 2 migrations, all live ahead of Magento 1's June 2020 end of "
                    "life.",
                    "Built B2B quoting and company accounts on Adobe Commerce for an industrial distributor.",
                    "Integrated Adobe Commerce with SAP Business One through a message queue.",
                    "Mentored five PHP developers in Magento 2 module development.",
                ],
            ),
            (
                "Developed Magento 1 stores for small retailers.",
                [
                    "Built and maintained twenty Magento 1 storefronts.",
                    "Developed custom payment and shipping modules.",
                ],
            ),
        ],
    ),
}

# --- marketing automation (Marketo, HubSpot) -----------------------------------------------------------

_source = cv(
    "Marketing Automation Consultant",
    "Declan Fairweather",
    "Marketing operations consultant with a background in B2B SaaS demand generation. Builds lead scoring, "
    "nurture programmes and lifecycle stages in Marketo Engage and HubSpot, and keeps CRM data clean between "
    "Salesforce and the marketing platform. Has migrated three companies from HubSpot to Marketo and one the "
    "other way.",
    [
        (
            "Marketing Automation Lead, Fieldstone Growth Partners, 2022 – 2025",
            "Consultancy delivering marketing automation for B2B software companies with 50 to 400 employees.",
            [
                "Rebuilt lead scoring in Marketo Engage for a cybersecurity vendor, raising the MQL-to-SQL "
                "conversion rate from 9% to 17%.",
                "Migrated a logistics SaaS company from HubSpot Marketing Hub to Marketo Engage, moving 180,000 "
                "contacts and 240 emails.",
                "Set up Salesforce-to-Marketo lead sync with deduplication rules, reducing duplicate records by 60%.",
                "Trained marketing teams at 7 clients on program templates and tokens.",
            ],
            ["Marketo Engage", "HubSpot Marketing Hub", "Salesforce Sales Cloud", "Zapier", "Google Analytics 4"],
        ),
        (
            "Marketing Operations Manager, Quillstream Software, 2019 – 2022",
            "In-house marketing operations for a B2B document-management software vendor selling in Europe and "
            "North America.",
            [
                "Owned the HubSpot instance and the lifecycle stage model for 12 marketers.",
                "Launched a 6-email onboarding nurture that increased trial-to-paid conversion by 3 percentage points.",
                "Built a monthly pipeline attribution report in HubSpot and Looker Studio.",
            ],
            ["HubSpot Marketing Hub", "HubSpot Sales Hub", "Looker Studio"],
        ),
        (
            "Digital Marketing Executive, Corrib Travel, 2016 – 2019",
            "Email and paid search marketing for an Irish tour operator.",
            [
                "Sent weekly newsletters to 90,000 subscribers using Mailchimp.",
                "Managed a €15,000 monthly Google Ads budget.",
            ],
            ["Mailchimp", "Google Ads", "WordPress"],
        ),
    ],
    skills=[
        "Lead scoring",
        "Nurture programmes",
        "Lifecycle stages",
        "CRM data quality",
        "Platform migration",
        "Attribution reporting",
    ],
    tools=["Marketo Engage", "HubSpot", "Salesforce", "Looker Studio", "Zapier"],
    certifications=["Marketo Certified Expert", "HubSpot Marketing Hub Software Certification"],
    academic_background=["BA Marketing, University of Galway, 2016"],
    spoken_languages=["English (native)", "Irish (conversational)"],
    industries=["B2B SaaS", "Travel"],
)
CVS["martech"] = {
    "source": _source,
    "prompt": "Job posting — Senior Marketo Consultant (HubSpot a plus). Our B2B clients need lead scoring and "
    "nurture redesigns, MQL/SQL lifecycle modelling, Salesforce integration and data hygiene, and platform "
    "migrations between HubSpot and Marketo. Enablement of client marketing teams is part of the role. Marketo "
    "Certified Expert preferred.",
    "honest": tailor(
        _source,
        "Marketo Certified Expert and marketing operations consultant grounded in B2B SaaS demand generation. "
        "Designs lead scoring, nurture programs and lifecycle stages in Marketo Engage and HubSpot, keeps Salesforce "
        "and marketing platform data clean, and has run platform migrations both ways: three from HubSpot to Marketo "
        "and one in reverse.",
        [
            (
                "Marketing automation consulting for B2B software companies of 50–400 employees.",
                [
                    "Lifted MQL-to-SQL conversion from 9% to 17% by rebuilding Marketo Engage lead scoring for a "
                    "cybersecurity vendor.",
                    "Moved a logistics SaaS company off HubSpot Marketing Hub onto Marketo Engage: 180k contacts and "
                    "240 emails migrated.",
                    "Configured Salesforce-to-Marketo lead sync with deduplication rules, cutting duplicate records "
                    "by 60%.",
                    "Enabled marketing teams at seven clients on program templates and tokens.",
                ],
            ),
            (
                "Ran in-house marketing operations at a B2B document-management software vendor selling across "
                "Europe and North America.",
                [
                    "Owned the HubSpot instance and lifecycle stage model supporting a team of 12 marketers.",
                    "Launched a six-email onboarding nurture, increasing trial-to-paid conversion by 3 points.",
                    "Built monthly pipeline attribution reporting in HubSpot and Looker Studio.",
                ],
            ),
            (
                "Email and paid search marketing at an Irish tour operator.",
                [
                    "Sent weekly Mailchimp newsletters to a 90,000-subscriber list.",
                    "Managed Google Ads spend of €15k a month.",
                ],
            ),
        ],
    ),
}

# --- mid-market ERP (Dynamics 365 Business Central, NetSuite) -------------------------------------------

_source = cv(
    "ERP Functional Consultant – Finance & Distribution",
    "Ilse Vermeulen",
    "Functional ERP consultant for mid-market companies, with 14 Business Central and NetSuite go-lives in "
    "wholesale distribution, light manufacturing and professional services. Covers finance, inventory and "
    "purchasing, leads data migration and trains key users. Previously a management accountant, so comfortable "
    "with month-end close and consolidation.",
    [
        (
            "Senior Business Central Consultant, Polder ERP Partners, 2020 – present",
            "Microsoft Dynamics 365 Business Central implementations for wholesale and light manufacturing "
            "companies with 20 to 250 users in the Benelux.",
            [
                "Led 9 Business Central go-lives, 6 of them migrations from Dynamics NAV 2016.",
                "Configured multi-entity consolidation for a group of 5 companies, shortening month-end close from "
                "10 to 6 working days.",
                "Set up warehouse management with directed put-away and pick for a distributor shipping 1,500 order "
                "lines a day.",
                "Wrote migration packages for customers, vendors, items and open entries using configuration packages.",
            ],
            [
                "Dynamics 365 Business Central",
                "Dynamics NAV 2016",
                "Power BI",
                "Jet Reports",
                "Continia Document Capture",
            ],
        ),
        (
            "NetSuite Consultant, Tidewater Cloud Solutions, 2017 – 2020",
            "Oracle NetSuite implementations for professional services and e-commerce companies.",
            [
                "Delivered 5 NetSuite implementations, including OneWorld for a company trading in 4 countries.",
                "Built saved searches and dashboards for finance teams.",
                "Configured the project billing and time entry setup for a 120-person engineering consultancy.",
            ],
            ["Oracle NetSuite", "NetSuite OneWorld", "SuiteFlow", "SuiteAnalytics"],
        ),
        (
            "Management Accountant, Hoekstra Distribution, 2013 – 2017",
            "Management accounting for a food wholesaler.",
            [
                "Prepared monthly management accounts and the annual budget.",
                "Acted as finance key user during the company's Dynamics NAV rollout.",
            ],
            ["Dynamics NAV", "Excel"],
        ),
    ],
    skills=[
        "Finance configuration",
        "Inventory and purchasing",
        "Warehouse management",
        "Data migration",
        "Key-user training",
        "Consolidation",
    ],
    tools=["Business Central", "NetSuite", "Jet Reports", "Power BI", "Excel"],
    certifications=[
        "Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate",
        "Oracle NetSuite ERP Consultant",
    ],
    academic_background=["MSc Accounting and Control, Erasmus University Rotterdam, 2013"],
    spoken_languages=["Dutch (native)", "English (fluent)", "German (good)"],
    industries=["Wholesale distribution", "Light manufacturing", "Professional services"],
)
CVS["erp"] = {
    "source": _source,
    "prompt": "Customer brief — a 180-user distribution group in the Netherlands and Belgium is moving from "
    "Dynamics NAV to Business Central and needs a lead functional consultant: finance and consolidation across "
    "entities, warehouse management, data migration from NAV, key-user training. NetSuite knowledge helps since "
    "one subsidiary runs it.",
    "honest": tailor(
        _source,
        "Mid-market ERP functional consultant with 14 go-lives on Dynamics 365 Business Central and NetSuite across "
        "wholesale distribution, light manufacturing and professional services. Leads finance, inventory and "
        "purchasing design, data migration and key-user training; a former management accountant at ease with "
        "month-end close and consolidation.",
        [
            (
                "Implemented Microsoft Dynamics 365 Business Central for Benelux wholesale and light manufacturing "
                "firms of 20–250 users.",
                [
                    "Led nine Business Central go-lives, six of them migrations off Dynamics NAV 2016.",
                    "Cut month-end close from 10 to 6 working days by configuring multi-entity consolidation for a "
                    "five-company group.",
                    "Implemented warehouse management with directed put-away and pick for a distributor shipping "
                    "1.5k order lines daily.",
                    "Prepared data migration packages (customers, vendors, items, open entries) with configuration "
                    "packages.",
                ],
            ),
            (
                "Implemented Oracle NetSuite for professional services and e-commerce companies.",
                [
                    "Delivered five NetSuite implementations, among them a OneWorld rollout for a company trading in "
                    "four countries.",
                    "Created saved searches and dashboards for finance users.",
                    "Configured project billing and time entry for a 120-person engineering consultancy.",
                ],
            ),
            (
                "Management accountant at a food wholesaler.",
                [
                    "Produced the monthly management accounts and annual budget.",
                    "Served as finance key user in the company's Dynamics NAV rollout.",
                ],
            ),
        ],
    ),
}

# --- source-to-pay (Coupa) -----------------------------------------------------------------------------

_source = cv(
    "Procurement Technology Consultant (Coupa)",
    "Rafael Domínguez Ortega",
    "Source-to-pay consultant who has implemented Coupa for manufacturers and retailers since 2018. Designs "
    "requisition-to-pay processes, approval chains and supplier onboarding, and connects Coupa to SAP S/4HANA "
    "and Oracle E-Business Suite. Started in indirect procurement, buying IT and facilities services.",
    [
        (
            "Coupa Solution Lead, Meridian Procurement Advisory, 2021 – present",
            "Coupa implementations for European manufacturers and retailers, from design to hypercare.",
            [
                "Led a Coupa Procure-to-Pay rollout across 11 countries for a packaging manufacturer with 3,000 "
                "requesters.",
                "Raised catalogue and contract-backed spend from 38% to 64% of addressable spend in 18 months.",
                "Integrated Coupa with SAP S/4HANA for purchase orders, goods receipts and invoices through Coupa "
                "Integration Platform.",
                "Onboarded 2,400 suppliers to the Coupa Supplier Portal, half of them sending electronic invoices.",
            ],
            [
                "Coupa Procure-to-Pay",
                "Coupa Sourcing",
                "Coupa Supplier Portal",
                "Coupa Integration Platform",
                "SAP S/4HANA",
            ],
        ),
        (
            "Procurement Systems Consultant, Alder & Finch Consulting, 2018 – 2021",
            "Source-to-pay projects for retail and consumer goods clients.",
            [
                "Configured approval chains and commodity codes in Coupa for a fashion retailer.",
                "Built the Coupa to Oracle E-Business Suite invoice interface with the client's IT team.",
                "Ran sourcing events in Coupa Sourcing for logistics contracts worth €22 million.",
            ],
            ["Coupa Procure-to-Pay", "Coupa Sourcing", "Oracle E-Business Suite", "SFTP"],
        ),
        (
            "Indirect Procurement Buyer, Castellana Retail Group, 2014 – 2018",
            "Buying IT and facilities services for a Spanish retail group.",
            [
                "Negotiated the group's facilities management contract, saving 9% on annual cost.",
                "Managed around 60 IT and facilities suppliers.",
            ],
            ["SAP ECC", "Excel"],
        ),
    ],
    skills=[
        "Source-to-pay design",
        "Approval workflows",
        "Supplier enablement",
        "Catalogue management",
        "ERP integration",
        "Sourcing events",
    ],
    tools=["Coupa", "SAP S/4HANA", "Oracle E-Business Suite", "Excel", "Visio"],
    certifications=[
        "Coupa Certified Implementation Professional (P2P)",
        "CIPS Level 4 Diploma in Procurement and Supply",
    ],
    academic_background=[
        "Licenciatura en Administración y Dirección de Empresas, Universidad Complutense de Madrid, 2013"
    ],
    spoken_languages=["Spanish (native)", "English (fluent)", "Portuguese (intermediate)"],
    industries=["Manufacturing", "Retail", "Consumer goods"],
)
CVS["coupa"] = {
    "source": _source,
    "prompt": "Job posting — Coupa Functional Lead (S2P). Join our procurement transformation team to lead Coupa "
    "P2P and Sourcing deployments for multinational clients: requisition-to-pay design, approval workflows, "
    "supplier enablement and e-invoicing, catalogue adoption, SAP S/4HANA integration. Coupa certification "
    "required; CIPS a plus.",
    "honest": tailor(
        _source,
        "Coupa-certified source-to-pay (S2P) consultant implementing Coupa for manufacturers and retailers since "
        "2018, holding CIPS Level 4. Designs requisition-to-pay flows, approval workflows and supplier onboarding, "
        "and integrates Coupa with SAP S/4HANA and Oracle E-Business Suite; background in indirect procurement of "
        "IT and facilities services.",
        [
            (
                "End-to-end Coupa implementations, from design through hypercare, for manufacturers and retailers "
                "across Europe.",
                [
                    "Led an 11-country Coupa Procure-to-Pay rollout for a packaging manufacturer with 3k requesters.",
                    "Grew catalogue and contract-backed spend from 38% to 64% of addressable spend over 18 months.",
                    "Integrated Coupa and SAP S/4HANA (purchase orders, goods receipts, invoices) via the Coupa "
                    "Integration Platform.",
                    "Enabled 2,400 suppliers on the Coupa Supplier Portal.",
                    "Moved half of those suppliers to electronic invoicing.",
                ],
            ),
            (
                "S2P projects for retail and consumer goods clients.",
                [
                    "Set up Coupa approval chains and commodity codes for a fashion retailer.",
                    "Built, with the client's IT team, the invoice interface from Coupa to Oracle E-Business Suite.",
                    "Ran Coupa Sourcing events for €22M of logistics contracts.",
                ],
            ),
            (
                "Bought IT and facilities services for a retail group in Spain.",
                [
                    "Cut annual facilities management cost by 9% by negotiating the group contract.",
                    "Managed roughly 60 suppliers across IT and facilities.",
                ],
            ),
        ],
    ),
}

# --- data-centre operations ----------------------------------------------------------------------------

_source = cv(
    "Data Centre Operations Manager",
    "Kwame Asante-Boateng",
    "Data centre operations manager with 15 years in colocation and enterprise facilities, responsible for "
    "uptime, change control and the critical power and cooling estate. Has run 24/7 shift teams, commissioned "
    "new data halls and brought sites through Uptime Institute Tier III certification. Strong on incident "
    "management, maintenance planning and capacity reporting.",
    [
        (
            "Site Operations Manager, Thamesgate Colocation, 2019 – present",
            "Operations for a 12 MW colocation campus in west London serving financial services and cloud customers.",
            [
                "Managed a team of 28 engineers and technicians across four shifts, 24/7.",
                "Kept the site at 100% power availability for five consecutive years.",
                "Commissioned two new 2 MW data halls, including integrated systems testing with the contractors.",
                "Lowered annual average PUE from 1.52 to 1.38 through containment, higher supply-air temperatures "
                "and chiller sequencing.",
            ],
            ["Schneider EcoStruxure IT", "Nlyte DCIM", "ServiceNow", "BMS", "EPMS"],
        ),
        (
            "Critical Facilities Engineer, Corvid Bank (in-house data centres), 2013 – 2019",
            "Engineering for a bank's two enterprise data centres in the UK.",
            [
                "Planned and supervised maintenance on UPS, generators and CRAC units under a method-statement process.",
                "Led the Uptime Institute Tier III Certification of Constructed Facility for the primary site in 2016.",
                "Investigated 35 critical incidents and wrote root cause reports for the change advisory board.",
            ],
            ["Eaton UPS", "Caterpillar generators", "Stulz CRAC units", "Trend BMS", "BMC Remedy"],
        ),
        (
            "Electrical Technician, Harland Facilities Services, 2010 – 2013",
            "Electrical maintenance for commercial buildings and a small data centre.",
            [
                "Carried out planned maintenance on low-voltage switchgear and UPS systems.",
                "Responded to out-of-hours faults as part of an on-call rota.",
            ],
            ["Low-voltage switchgear", "UPS"],
        ),
    ],
    skills=[
        "Critical facilities operations",
        "Incident and change management",
        "Commissioning",
        "Maintenance planning",
        "Capacity management",
        "Energy efficiency (PUE)",
    ],
    tools=["ServiceNow", "Nlyte", "EcoStruxure IT", "BMC Remedy"],
    certifications=[
        "CDCP – Certified Data Centre Professional",
        "Uptime Institute Accredited Tier Specialist (ATS)",
        "ITIL 4 Foundation",
        "NEBOSH General Certificate",
    ],
    academic_background=["HNC Electrical Engineering, Kingston College, 2010"],
    spoken_languages=["English (native)", "Twi (fluent)"],
    industries=["Colocation", "Financial services"],
)
CVS["datacentre"] = {
    "source": _source,
    "prompt": "Job posting — Data Center Operations Lead, hyperscale-ready colocation campus (US-owned, London). "
    "Lead 24x7 critical operations: shift team leadership, incident and change management, maintenance of "
    "electrical and mechanical plant, commissioning of new halls, PUE improvement, Uptime Tier III knowledge. "
    "ITIL and CDCP valued.",
    "honest": tailor(
        _source,
        "Data center operations leader with 15 years across colocation and enterprise facilities, accountable for "
        "uptime, change control and critical power and cooling infrastructure. Has led 24x7 shift teams, "
        "commissioned new data halls and taken sites through Uptime Institute Tier III certification, with "
        "strengths in incident management, maintenance planning and capacity reporting.",
        [
            (
                "Ran operations at a 12-megawatt west London colocation campus serving financial services and cloud "
                "customers.",
                [
                    "Led 28 engineers and technicians across four round-the-clock shifts.",
                    "Maintained 100% power availability five years running.",
                    "Commissioned two new 2 MW data halls, running integrated systems testing (IST) alongside the "
                    "contractors.",
                    "Improved annual average PUE from 1.52 to 1.38 via containment, raised supply-air temperatures "
                    "and chiller sequencing.",
                ],
            ),
            (
                "Engineered and maintained a bank's two UK enterprise data centers.",
                [
                    "Planned and oversaw UPS, generator and CRAC maintenance under a method-statement process.",
                    "Led the primary site's Uptime Institute Tier III Certification of Constructed Facility in 2016.",
                    "Investigated 35 critical incidents, writing root cause analyses for the change advisory board "
                    "(CAB).",
                ],
            ),
            (
                "Maintained electrical systems in commercial buildings and a small data center.",
                [
                    "Performed planned maintenance on LV switchgear and UPS systems.",
                    "Covered out-of-hours faults on the on-call rota.",
                ],
            ),
        ],
    ),
}

# --- network security (Palo Alto, Fortinet) ------------------------------------------------------------

_source = cv(
    "Network Security Engineer",
    "Anneliese Brandt",
    "Network security engineer specialising in next-generation firewalls from Palo Alto Networks and Fortinet. "
    "Designs segmentation, migrates rule bases from legacy firewalls and runs SD-WAN and remote-access VPN for "
    "distributed organisations. Comfortable with automation in Python and Ansible and with audit evidence for "
    "ISO 27001.",
    [
        (
            "Senior Network Security Engineer, Rheinwall Managed Security, 2020 – present",
            "Managed firewall and SD-WAN services for mid-sized manufacturers and logistics companies in Germany "
            "and Austria.",
            [
                "Migrated 14 customers from Cisco ASA to Palo Alto Networks PA-Series firewalls, converting about "
                "9,000 rules with Expedition.",
                "Cut the average firewall rule base by 35% by removing unused and shadowed rules.",
                "Rolled out FortiGate SD-WAN to 63 branch sites for a logistics company.",
                "Wrote Ansible playbooks for PAN-OS configuration backups and standard changes.",
            ],
            [
                "Palo Alto Networks PA-Series",
                "PAN-OS",
                "Panorama",
                "Expedition",
                "FortiGate",
                "FortiManager",
                "Ansible",
                "Python",
            ],
        ),
        (
            "Network Engineer, Stadtwerke Lindenau, 2016 – 2020",
            "In-house network and security team of a municipal utility.",
            [
                "Designed the segmentation between the office network and the operational technology network with "
                "FortiGate firewalls.",
                "Ran the GlobalProtect remote-access VPN for 1,800 staff during the 2020 lockdown.",
                "Prepared firewall evidence for the utility's ISO 27001 audit.",
            ],
            ["FortiGate", "Palo Alto Networks", "GlobalProtect", "Cisco Catalyst", "ISO 27001"],
        ),
    ],
    skills=[
        "Firewall design",
        "Network segmentation",
        "Rule-base migration",
        "SD-WAN",
        "Remote-access VPN",
        "Network automation",
    ],
    tools=["Panorama", "FortiManager", "Expedition", "Wireshark", "NetBox"],
    languages=["Python"],
    certifications=[
        "Palo Alto Networks Certified Network Security Engineer (PCNSE)",
        "Fortinet NSE 7 Network Security Architect",
    ],
    academic_background=["B.Sc. Informatik, Hochschule Darmstadt, 2016"],
    spoken_languages=["German (native)", "English (fluent)"],
    industries=["Manufacturing", "Logistics", "Utilities"],
)
CVS["netsec"] = {
    "source": _source,
    "prompt": "Job posting — Firewall / NGFW Engineer (Palo Alto & Fortinet). Responsibilities: migrate legacy "
    "firewalls (Cisco ASA, Check Point) to Palo Alto; rule-base clean-up; FortiGate SD-WAN rollouts; remote "
    "access; automation with Ansible/Python; compliance evidence (ISO 27001, NIS2). PCNSE required, NSE 7 a plus.",
    "honest": tailor(
        _source,
        "PCNSE- and Fortinet NSE 7-certified network security engineer focused on Palo Alto Networks and Fortinet "
        "next-generation firewalls (NGFW). Designs network segmentation, migrates legacy firewall rule bases, and "
        "runs SD-WAN and remote-access VPN for distributed organisations; automates with Python and Ansible and "
        "prepares ISO 27001 audit evidence.",
        [
            (
                "Delivered managed firewall and SD-WAN services to mid-sized manufacturing and logistics firms "
                "across Germany and Austria.",
                [
                    "Migrated 14 customers off Cisco ASA onto Palo Alto Networks PA-Series firewalls.",
                    "Converted roughly 9,000 rules in the process using Expedition.",
                    "Reduced average firewall rule-base size by 35%, removing unused and shadowed rules.",
                    "Deployed FortiGate SD-WAN across 63 branch sites for a logistics customer.",
                    "Automated PAN-OS configuration backups and standard changes with Ansible playbooks.",
                ],
            ),
            (
                "Member of a municipal utility's in-house network and security team.",
                [
                    "Designed segmentation between the office (IT) and operational technology (OT) networks using "
                    "FortiGate firewalls.",
                    "Operated GlobalProtect remote-access VPN for 1.8k staff through the 2020 lockdown.",
                    "Compiled firewall evidence for the ISO 27001 audit.",
                ],
            ),
        ],
    ),
}

# --- UX research ---------------------------------------------------------------------------------------

_source = cv(
    "Senior UX Researcher",
    "Hana Kobayashi-Reyes",
    "UX researcher with eight years in product teams for banking apps, public-sector services and B2B software. "
    "Plans and runs usability testing, contextual interviews and diary studies, and turns findings into journey "
    "maps and prioritised recommendations. Has built research operations from scratch, including a participant "
    "panel and a research repository.",
    [
        (
            "Lead UX Researcher, Fernhill Bank (Digital), 2021 – present",
            "Research lead for the bank's mobile app and online onboarding, working with 6 product squads.",
            [
                "Ran 70 moderated usability sessions on the account-opening flow; the redesign raised completion "
                "from 54% to 72%.",
                "Set up a participant panel of 1,200 customers and a research repository in Dovetail.",
                "Ran a three-week diary study with 24 small-business owners on cash-flow management.",
                "Coached designers and product managers to run their own lightweight usability tests.",
            ],
            ["Dovetail", "Lookback", "Maze", "Figma", "Optimal Workshop"],
        ),
        (
            "User Researcher, Government Digital Services Agency, 2018 – 2021",
            "User research for citizen-facing services, following the government service standard.",
            [
                "Led research for a benefits application service through alpha, beta and live assessments.",
                "Ran usability testing with users with access needs, including screen-reader users.",
                "Produced journey maps that the service team used to remove two steps from the application.",
            ],
            ["Lookback", "Miro", "Optimal Workshop", "WCAG 2.1"],
        ),
        (
            "UX Designer, Pixelyard Studio, 2016 – 2018",
            "Interaction design and usability testing for B2B software clients.",
            [
                "Designed wireframes and prototypes for a logistics dashboard.",
                "Ran guerrilla usability tests with warehouse staff.",
            ],
            ["Sketch", "InVision", "Axure"],
        ),
    ],
    skills=[
        "Usability testing",
        "Contextual inquiry",
        "Diary studies",
        "Journey mapping",
        "Research operations",
        "Accessibility research",
    ],
    tools=["Dovetail", "Maze", "Lookback", "Miro", "Figma"],
    certifications=["NN/g UX Certification (Research specialty)"],
    academic_background=[
        "MSc Human-Computer Interaction, University College London, 2016",
        "BA Psychology, University of Sussex, 2015",
    ],
    spoken_languages=["English (native)", "Japanese (fluent)", "Spanish (intermediate)"],
    industries=["Banking", "Public sector", "B2B software"],
)
CVS["uxresearch"] = {
    "source": _source,
    "prompt": "Job posting — Senior UX Researcher, digital banking. You will lead mixed-method research for "
    "onboarding and everyday banking: usability testing, interviews, diary studies; build our ResearchOps "
    "(panel, repository); coach squads in democratised research; accessibility research a plus.",
    "honest": tailor(
        _source,
        "Senior UX researcher with 8 years embedded in product teams across banking apps, public-sector services "
        "and B2B software. Leads mixed-method research (usability testing, contextual interviews, diary studies) "
        "and translates findings into journey maps and prioritized recommendations; built ResearchOps from the "
        "ground up, including a participant panel and research repository.",
        [
            (
                "Leads research for the bank's mobile app and online onboarding across six product squads.",
                [
                    "Moderated 70 usability sessions on account opening.",
                    "Findings fed a redesign that raised account-opening completion from 54% to 72%.",
                    "Built a 1,200-customer participant panel and a Dovetail research repository.",
                    "Ran a 3-week diary study on cash-flow management with 24 small-business owners.",
                    "Coached designers and PMs to run lightweight usability tests themselves.",
                ],
            ),
            (
                "Researched citizen-facing services in line with the government service standard.",
                [
                    "Led research on a benefits application service across alpha, beta and live assessments.",
                    "Tested usability with users with access needs, screen-reader users among them.",
                    "Created journey maps the service team used to cut two steps from the application.",
                ],
            ),
            (
                "Did interaction design and usability testing for B2B software clients.",
                [
                    "Produced wireframes and prototypes for a logistics dashboard.",
                    "Ran guerrilla usability testing with warehouse staff.",
                ],
            ),
        ],
    ),
}

# --- technical writing and docs-as-code ----------------------------------------------------------------

_source = cv(
    "Senior Technical Writer (Docs-as-Code)",
    "Oskar Nyberg-Hart",
    "Technical writer who treats documentation as code: Markdown and AsciiDoc in Git, reviewed in pull requests "
    "and published by CI. Writes API references, tutorials and operator guides for developer platforms, and has "
    "set up docs sites with Docusaurus and MkDocs. Edits to a style guide and measures docs through search "
    "analytics and support-ticket deflection.",
    [
        (
            "Lead Technical Writer, Cobaltline (API platform), 2021 – present",
            "Documentation lead for a payments API platform used by around 4,000 developer accounts.",
            [
                "Moved the developer docs from a wiki to Docusaurus with docs in Git and publication through GitHub "
                "Actions.",
                "Generated the API reference from OpenAPI 3.0 specifications, replacing hand-written pages for 180 "
                "endpoints.",
                "Added Vale linting to pull requests with a 90-rule house style.",
                "Reduced docs-related support tickets by 27% over a year after rewriting the onboarding tutorials.",
            ],
            ["Docusaurus", "GitHub Actions", "OpenAPI 3.0", "Redocly", "Vale", "Markdown"],
        ),
        (
            "Technical Writer, Halvard Systems, 2017 – 2021",
            "Documentation for an on-premises storage appliance and its Kubernetes operator.",
            [
                "Wrote installation and operator guides in AsciiDoc, built with Antora.",
                "Published release notes for 16 releases in step with engineering.",
                "Set up an MkDocs site for the internal engineering handbook.",
            ],
            ["AsciiDoc", "Antora", "MkDocs", "GitLab CI", "Kubernetes"],
        ),
        (
            "Support Engineer, Halvard Systems, 2015 – 2017",
            "Second-line support for storage appliance customers.",
            [
                "Resolved escalated tickets from storage appliance customers.",
                "Wrote about 50 knowledge-base articles, later the basis of the troubleshooting guide.",
            ],
            ["Zendesk", "Linux", "Confluence"],
        ),
    ],
    skills=[
        "Docs-as-code",
        "API documentation",
        "Information architecture",
        "Style guides",
        "Editing",
        "Docs analytics",
    ],
    tools=["Docusaurus", "MkDocs", "Antora", "Vale", "Redocly", "Git"],
    languages=["Markdown", "AsciiDoc", "YAML", "Python"],
    certifications=["Certified Professional Technical Communicator (CPTC) – Foundation"],
    academic_background=["BA English Literature, Stockholm University, 2014"],
    spoken_languages=["Swedish (native)", "English (fluent)"],
)
CVS["docs"] = {
    "source": _source,
    "prompt": "Job posting — Senior Technical Writer, developer platform. Own our docs-as-code pipeline (Markdown, "
    "Git, CI), API reference from OpenAPI, tutorials and guides, style guide and linting (Vale), docs metrics. "
    "Experience with Docusaurus or MkDocs, Kubernetes docs a plus.",
    "honest": tailor(
        _source,
        "Senior technical writer practising docs-as-code: Markdown and AsciiDoc kept in Git, reviewed through pull "
        "requests and published via CI. Authors API references, tutorials and operator guides for developer "
        "platforms; has stood up Docusaurus and MkDocs docs sites, edits to a style guide, and measures "
        "documentation with search analytics and support-ticket deflection.",
        [
            (
                "Docs lead for a payments API platform serving roughly 4,000 developer accounts.",
                [
                    "Migrated developer docs from a wiki to Docusaurus, with docs in Git published via GitHub Actions.",
                    "API reference was generated from OpenAPI 3.0 specs, replacing hand-written pages for 180 "
                    "endpoints.",
                    "Introduced Vale linting on pull requests, enforcing a 90-rule house style.",
                    "Rewrote the onboarding tutorials; docs-related support tickets fell 27% over the following year.",
                ],
            ),
            (
                "Wrote documentation for an on-prem storage appliance and its Kubernetes operator.",
                [
                    "Authored AsciiDoc installation and operator guides, built with Antora.",
                    "Release notes for sixteen releases were published in step with engineering.",
                    "Stood up an MkDocs site hosting the internal engineering handbook.",
                ],
            ),
            (
                "Provided second-line support to storage appliance customers.",
                [
                    "Handled escalated customer tickets for the storage appliance.",
                    "Wrote roughly 50 knowledge-base articles, which later formed the basis of the troubleshooting "
                    "guide.",
                ],
            ),
        ],
    ),
}

# --- SOX IT audit --------------------------------------------------------------------------------------

_source = cv(
    "IT Audit Manager (SOX)",
    "Chidinma Eze-Lawson",
    "IT auditor with ten years of Sarbanes-Oxley work for US-listed companies, first in external audit and now in "
    "internal audit. Tests IT general controls over access, change management and operations for SAP, Oracle "
    "and cloud applications, and reviews SOC 1 reports for outsourced services. Leads walkthroughs with control "
    "owners and reports deficiencies to audit committees.",
    [
        (
            "IT Audit Manager, Lakeshore Industrial Holdings (internal audit), 2021 – present",
            "SOX 404 IT programme for a NYSE-listed industrial group with 40 in-scope applications.",
            [
                "Redesigned the ITGC framework, reducing key IT controls from 210 to 145 without losing coverage.",
                "Led ITGC testing over SAP S/4HANA, Oracle EBS and Workday with a team of 5 auditors.",
                "Reviewed 22 SOC 1 Type II reports a year and mapped complementary user entity controls.",
                "Closed a significant deficiency in privileged access within two quarters.",
            ],
            ["SAP S/4HANA", "Oracle EBS", "Workday", "AuditBoard", "ServiceNow", "Okta"],
        ),
        (
            "Senior Associate, IT Audit, Harrow Whitfield LLP, 2015 – 2021",
            "External audit IT work on SOX and financial statement audits for listed clients in manufacturing and "
            "retail.",
            [
                "Performed ITGC and IT application control testing for 12 audit clients.",
                "Used data analytics in ACL to test journal entries and segregation of duties conflicts.",
                "Supervised teams of up to 4 associates in busy season.",
            ],
            ["ACL Analytics", "SAP ECC", "Oracle EBS", "Microsoft Dynamics AX", "TeamMate"],
        ),
    ],
    skills=[
        "SOX 404",
        "IT general controls",
        "IT application controls",
        "SOC 1 review",
        "Segregation of duties",
        "Data analytics",
    ],
    tools=["AuditBoard", "ACL Analytics", "TeamMate", "Excel"],
    certifications=["CISA", "Certified Internal Auditor (CIA)"],
    academic_background=[
        "BSc Accounting and Information Systems, University of Illinois Urbana-Champaign, 2015",
    ],
    spoken_languages=["English (native)", "Igbo (conversational)"],
    industries=["Manufacturing", "Retail", "Industrial"],
)
CVS["soxaudit"] = {
    "source": _source,
    "prompt": "Job posting — SOX IT Audit Manager. Lead ITGC and ITAC testing for a SEC registrant; rationalise the "
    "controls framework; SOC 1 report reviews and CUEC mapping; remediation of deficiencies; audit committee "
    "reporting. CISA required; SAP and Workday exposure preferred.",
    "honest": tailor(
        _source,
        "CISA- and CIA-certified IT audit manager with a decade of SOX experience for US-listed companies, spanning "
        "external and internal audit. Tests ITGCs (access, change management, IT operations) across SAP, Oracle "
        "and cloud applications, reviews SOC 1 reports for outsourced services, leads control-owner walkthroughs "
        "and reports deficiencies to audit committees.",
        [
            (
                "Runs the SOX 404 IT program for a NYSE-listed industrial group: 40 applications in scope.",
                [
                    "Rationalized the ITGC framework from 210 to 145 key IT controls with no loss of coverage.",
                    "Led a five-auditor team testing ITGCs over SAP S/4HANA, Oracle EBS and Workday.",
                    "Reviewed 22 SOC 1 Type II reports annually, mapping complementary user entity controls (CUECs).",
                    "Remediated a significant deficiency in privileged access within two quarters.",
                ],
            ),
            (
                "IT audit support on SOX and financial statement audits of listed manufacturing and retail clients.",
                [
                    "Tested ITGCs and IT application controls (ITACs) across 12 audit clients.",
                    "Applied ACL data analytics to journal entry testing and segregation of duties (SoD) conflicts.",
                    "Supervised up to four associates during busy season.",
                ],
            ),
        ],
    ),
}

# --- quantitative market risk (VaR, FRTB) --------------------------------------------------------------

_source = cv(
    "Quantitative Market Risk Analyst",
    "Mateusz Kowalczyk",
    "Quantitative analyst in market risk with a focus on VaR, expected shortfall and the Fundamental Review of "
    "the Trading Book (FRTB). Has built historical-simulation VaR and stressed VaR models, run backtesting for "
    "regulatory approval, and implemented the FRTB standardised approach for a bank's trading book. Codes in "
    "Python and C++, and explains model results to traders, validators and supervisors.",
    [
        (
            "Senior Quant, Market Risk Methodology, Vistula Capital Bank, 2020 – present",
            "Market risk methodology for the rates, FX and credit trading desks of a bank supervised by the ECB.",
            [
                "Implemented the FRTB standardised approach (sensitivities-based method, default risk charge, "
                "residual risk add-on) for 9 trading desks.",
                "Built a 97.5% expected shortfall engine in Python with liquidity horizons per risk factor.",
                "Ran the profit-and-loss attribution test and backtesting for the internal models approach "
                "application.",
                "Cut the nightly VaR run from 5 hours to 70 minutes by moving revaluation to a vectorised Python "
                "library.",
            ],
            ["Python", "NumPy", "pandas", "C++", "Murex", "Oracle Database"],
        ),
        (
            "Market Risk Quant Analyst, Bursztyn Securities, 2016 – 2020",
            "Risk models for an investment firm's equity and fixed income trading.",
            [
                "Built a 1-day 99% historical-simulation VaR model over 500 days of history, plus stressed VaR.",
                "Ran daily backtesting; the model stayed in the Basel green zone for all 4 years.",
                "Wrote model documentation for independent validation and the regulator.",
            ],
            ["C++", "Python", "MATLAB", "SQL Server"],
        ),
    ],
    skills=[
        "Value at Risk",
        "Expected shortfall",
        "FRTB SA and IMA",
        "Backtesting",
        "P&L attribution",
        "Stress testing",
    ],
    languages=["Python", "C++", "SQL", "MATLAB"],
    tools=["Murex", "Git", "Jupyter"],
    certifications=["FRM (Global Association of Risk Professionals)"],
    academic_background=[
        "MSc Mathematical Finance, Warsaw School of Economics, 2016",
        "BSc Mathematics, University of Warsaw, 2014",
    ],
    spoken_languages=["Polish (native)", "English (fluent)", "German (basic)"],
    industries=["Banking", "Investment firms"],
)
CVS["marketrisk"] = {
    "source": _source,
    "prompt": "Job posting — Quantitative Analyst, Market Risk (FRTB). Develop and maintain VaR/ES and FRTB SA/IMA "
    "models, backtesting and PLAT, performance optimisation of risk engines, model documentation for validation "
    "and supervisors. Python and C++ required; FRM preferred.",
    "honest": tailor(
        _source,
        "FRM-holding market risk quant focused on VaR, expected shortfall (ES) and FRTB. Built historical-simulation "
        "VaR and stressed VaR models, ran backtesting for regulatory approval and implemented the FRTB standardised "
        "approach (SA) for a bank's trading book; codes in Python and C++ and explains model outcomes to traders, "
        "validators and supervisors.",
        [
            (
                "Owns market risk methodology for the rates, FX and credit desks of an ECB-supervised bank.",
                [
                    "Implemented FRTB SA (sensitivities-based method, default risk charge, residual risk add-on) "
                    "across nine trading desks.",
                    "Developed a Python expected shortfall engine at 97.5% with risk-factor-level liquidity horizons.",
                    "Ran the P&L attribution test (PLAT) and backtesting for the internal models approach (IMA) "
                    "application.",
                    "Reduced the nightly VaR run from 5 hours to 70 minutes by moving revaluation onto a vectorized "
                    "Python library.",
                ],
            ),
            (
                "Built risk models for equity and fixed income trading at an investment firm.",
                [
                    "Developed a one-day 99% historical-simulation VaR model on 500 days of history, alongside "
                    "stressed VaR.",
                    "Backtested daily, with the model remaining in the Basel green zone throughout all four years.",
                    "Documented models for independent validation and the regulator.",
                ],
            ),
        ],
    ),
}

del _source

# (cv, field, kind, position, old, new): one claim the CV does not make, written into one honest text.
_FABRICATED = [
    # duckcreek
    ("duckcreek", "overview", "years", "start", "lead with 11 years", "lead with 13 years"),
    (
        "duckcreek",
        "overview",
        "certified",
        "start",
        "Duck Creek Claims lead with",
        "CPCU-certified Duck Creek Claims lead with",
    ),
    (
        "duckcreek",
        "overview",
        "customer",
        "end",
        "between claims operations and IT.",
        "between claims operations and IT at carriers such as Aviva and Travelers.",
    ),
    (
        "duckcreek",
        "experiences[0].description",
        "version",
        "start",
        "Mainframe-to-Duck Creek Claims replacement",
        "Mainframe-to-Duck Creek Claims v7.1 replacement",
    ),
    ("duckcreek", "experiences[0].bullets[0]", "number", "middle", "from 14 to 9 minutes", "from 14 to 7 minutes"),
    (
        "duckcreek",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "against the general ledger.",
        "against the general ledger in SAP FI-CA.",
    ),
    (
        "duckcreek",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "Led UAT with",
        "Led a team of six testers running UAT with",
    ),
    (
        "duckcreek",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "by 18 percent.",
        "by 18 percent and cutting claims leakage by 4%.",
    ),
    (
        "duckcreek",
        "experiences[1].description",
        "duration",
        "end",
        "onto Duck Creek Claims.",
        "onto Duck Creek Claims over a 30-month programme.",
    ),
    (
        "duckcreek",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 120 claims handlers on the new Duck Creek screens before go-live.",
    ),
    (
        "duckcreek",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Mapped legacy claim status codes to the new claims lifecycle with the claims operations team.",
    ),
    (
        "duckcreek",
        "experiences[2].description",
        "degree",
        "end",
        "department (Leeds).",
        "department (Leeds) after an MSc in Actuarial Science.",
    ),
    # falcon
    ("falcon", "overview", "certified", "start", "Fraud strategy lead with", "FICO-certified fraud strategy lead with"),
    ("falcon", "overview", "number", "middle", "at two issuers", "at three issuers"),
    (
        "falcon",
        "overview",
        "recognition",
        "end",
        "with operations on alert handling.",
        "with operations on alert handling; named Fraud Leader of the Year at the 2022 Nordic Payments Awards.",
    ),
    (
        "falcon",
        "experiences[1].description",
        "customer",
        "end",
        "on fraud detection.",
        "on fraud detection, including Swedbank and SEB.",
    ),
    (
        "falcon",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "by rewriting the card-not-present rule set.",
        "by rewriting the card-not-present rule set, saving €4.2M annually.",
    ),
    ("falcon", "experiences[0].bullets[0]", "duration", "middle", "in year one", "within six months"),
    (
        "falcon",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "adding merchant category and device",
        "adding merchant category and ThreatMetrix device",
    ),
    ("falcon", "experiences[0].bullets[2]", "team size", "middle", "three shifts,", "three shifts of eight analysts,"),
    (
        "falcon",
        "experiences[1].bullets[0]",
        "version",
        "middle",
        "tuning Falcon score thresholds",
        "tuning Falcon 6.5 score thresholds",
    ),
    (
        "falcon",
        "experiences[2].bullets[1]",
        "date",
        "end",
        "the production rule set.",
        "the production rule set in March 2017.",
    ),
    (
        "falcon",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Led the bank's Falcon upgrade and cut authorisation latency by 40 ms.",
    ),
    (
        "falcon",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reported fraud losses every month to the bank's operational risk committee.",
    ),
    # replatform
    ("replatform", "overview", "number", "start", "with eight re-platforming", "with ten re-platforming"),
    ("replatform", "overview", "tool", "end", "in Liquid, PHP and Node.js.", "in Liquid, PHP, Node.js and React."),
    (
        "replatform",
        "overview",
        "certified",
        "middle",
        "Owns catalogue and customer",
        "A certified Salesforce B2C Commerce Developer, owns catalogue and customer",
    ),
    (
        "replatform",
        "experiences[0].description",
        "customer",
        "end",
        "brands onto Shopify Plus.",
        "brands onto Shopify Plus, including Boden and Cox & Cox.",
    ),
    (
        "replatform",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "within six weeks.",
        "within six weeks, with conversion up 12%.",
    ),
    (
        "replatform",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "between Shopify Plus and",
        "between Shopify Plus, Klaviyo and",
    ),
    (
        "replatform",
        "experiences[1].bullets[0]",
        "version",
        "middle",
        "Magento 1 to Magento 2 migrations",
        "Magento 1 to Magento 2.4 migrations",
    ),
    (
        "replatform",
        "experiences[1].bullets[3]",
        "team size",
        "start",
        "Mentored five PHP developers",
        "Mentored eight PHP developers",
    ),
    (
        "replatform",
        "experiences[1].description",
        "duration",
        "start",
        "Led the technical side",
        "Led, for six years, the technical side",
    ),
    (
        "replatform",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Ran a Hyvä theme rollout that lifted mobile Lighthouse scores above 90.",
    ),
    (
        "replatform",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Mentored PHP developers in Magento 2 module development.",
    ),
    (
        "replatform",
        "experiences[2].bullets[0]",
        "date",
        "end",
        "Magento 1 storefronts.",
        "Magento 1 storefronts between 2014 and 2016.",
    ),
    # martech
    (
        "martech",
        "overview",
        "certification",
        "start",
        "Marketo Certified Expert and",
        "Marketo Certified Expert, Salesforce Certified Administrator and",
    ),
    ("martech", "overview", "years", "middle", "grounded in B2B SaaS", "with 12 years in B2B SaaS"),
    ("martech", "overview", "duration", "end", "and one in reverse.", "and one in reverse, each within 90 days."),
    ("martech", "experiences[0].bullets[0]", "number", "middle", "from 9% to 17%", "from 9% to 19%"),
    (
        "martech",
        "experiences[0].bullets[1]",
        "customer",
        "start",
        "Moved a logistics SaaS company",
        "Moved Project44, a logistics SaaS company,",
    ),
    ("martech", "experiences[0].bullets[2]", "tool", "end", "by 60%.", "by 60% with RingLead."),
    ("martech", "experiences[1].bullets[1]", "metric", "end", "by 3 points.", "by 3 points and reducing churn by 8%."),
    (
        "martech",
        "experiences[1].description",
        "team size",
        "end",
        "Europe and North America.",
        "Europe and North America, managing a team of four.",
    ),
    (
        "martech",
        "experiences[1].bullets[2]",
        "recognition",
        "start",
        "Built monthly pipeline",
        "Built award-winning monthly pipeline",
    ),
    (
        "martech",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Implemented account-based marketing programs in Marketo for 3 enterprise clients, generating $2.4M in pipeline.",
    ),
    (
        "martech",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Owned the HubSpot instance and its lifecycle stage model.",
    ),
    (
        "martech",
        "experiences[2].description",
        "date",
        "start",
        "Email and paid search",
        "From 2014, email and paid search",
    ),
    # erp
    ("erp", "overview", "number", "start", "with 14 go-lives", "with 16 go-lives"),
    (
        "erp",
        "overview",
        "degree",
        "middle",
        "management accountant at ease",
        "management accountant holding an MBA, at ease",
    ),
    ("erp", "experiences[0].description", "number", "end", "of 20–250 users.", "of 20–400 users."),
    (
        "erp",
        "experiences[0].description",
        "certified",
        "start",
        "Implemented Microsoft",
        "As a Microsoft Certified Trainer, implemented Microsoft",
    ),
    (
        "erp",
        "experiences[0].bullets[0]",
        "version",
        "end",
        "off Dynamics NAV 2016.",
        "off Dynamics NAV 2016 and NAV 2018.",
    ),
    (
        "erp",
        "experiences[0].bullets[1]",
        "customer",
        "end",
        "for a five-company group.",
        "for the five-company Sligro group.",
    ),
    (
        "erp",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "1.5k order lines daily.",
        "1.5k order lines daily, cutting picking errors by 40%.",
    ),
    ("erp", "experiences[1].bullets[0]", "tool", "middle", "a OneWorld rollout", "a OneWorld and SuiteBilling rollout"),
    (
        "erp",
        "experiences[1].bullets[2]",
        "team size",
        "start",
        "Configured project billing",
        "With a team of three, configured project billing",
    ),
    (
        "erp",
        "experiences[2].description",
        "duration",
        "end",
        "at a food wholesaler.",
        "at a food wholesaler for six years.",
    ),
    ("erp", "experiences[2].bullets[1]", "date", "end", "Dynamics NAV rollout.", "Dynamics NAV rollout in 2015."),
    (
        "erp",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Prepared data migration packages for customers, vendors, items and open entries.",
    ),
    (
        "erp",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Automated the intercompany reconciliation, saving two days each month.",
    ),
    # coupa
    ("coupa", "overview", "date", "middle", "since 2018", "since 2016"),
    (
        "coupa",
        "overview",
        "recognition",
        "middle",
        "Designs requisition-to-pay flows",
        "A Coupa Inspire award winner, designs requisition-to-pay flows",
    ),
    (
        "coupa",
        "overview",
        "certification",
        "end",
        "IT and facilities services.",
        "IT and facilities services; also holds SAP Ariba certification.",
    ),
    (
        "coupa",
        "experiences[0].description",
        "customer",
        "end",
        "retailers across Europe.",
        "retailers across Europe, including Smurfit Kappa and Inditex.",
    ),
    ("coupa", "experiences[0].bullets[0]", "number", "start", "Led an 11-country", "Led a 14-country"),
    ("coupa", "experiences[0].bullets[1]", "duration", "end", "over 18 months.", "over 12 months."),
    (
        "coupa",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "Coupa Integration Platform.",
        "Coupa Integration Platform and Boomi.",
    ),
    (
        "coupa",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "Coupa Supplier Portal.",
        "Coupa Supplier Portal, reducing invoice processing cost by 35%.",
    ),
    ("coupa", "experiences[1].bullets[2]", "number", "middle", "€22M", "€28M"),
    (
        "coupa",
        "experiences[2].description",
        "team size",
        "end",
        "retail group in Spain.",
        "retail group in Spain as part of a five-person buying team.",
    ),
    (
        "coupa",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Onboarded 2,400 suppliers to the Coupa Supplier Portal.",
    ),
    (
        "coupa",
        "experiences[2].bullets[+]",
        "new bullet",
        "start",
        None,
        "Introduced a supplier risk scorecard adopted across the group's 5 business units.",
    ),
    # datacentre
    ("datacentre", "overview", "years", "start", "leader with 15 years", "leader with 18 years"),
    (
        "datacentre",
        "overview",
        "certification",
        "end",
        "maintenance planning and capacity reporting.",
        "maintenance planning and capacity reporting, backed by CDCE certification.",
    ),
    ("datacentre", "experiences[0].description", "number", "middle", "12-megawatt", "16-megawatt"),
    ("datacentre", "experiences[0].bullets[0]", "team size", "start", "Led 28 engineers", "Led 34 engineers"),
    ("datacentre", "experiences[0].bullets[1]", "duration", "end", "five years running.", "seven years running."),
    (
        "datacentre",
        "experiences[0].bullets[1]",
        "recognition",
        "middle",
        "availability five",
        "availability, earning a company Operational Excellence award, five",
    ),
    (
        "datacentre",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "and chiller sequencing.",
        "and chiller sequencing, saving £410k a year in energy.",
    ),
    ("datacentre", "experiences[1].bullets[1]", "date", "end", "in 2016.", "in 2015."),
    (
        "datacentre",
        "experiences[1].bullets[0]",
        "tool",
        "middle",
        "generator and CRAC maintenance",
        "generator, CRAC and Vertiv PDU maintenance",
    ),
    ("datacentre", "experiences[1].description", "customer", "end", "a bank's two UK", "Barclays' two UK"),
    (
        "datacentre",
        "experiences[2].description",
        "certified",
        "start",
        "Maintained electrical systems",
        "As an 18th Edition qualified electrician, maintained electrical systems",
    ),
    (
        "datacentre",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Renegotiated the chiller maintenance contract, cutting its cost by 15%.",
    ),
    (
        "datacentre",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Investigated critical incidents and wrote root cause reports for the change advisory board.",
    ),
    # netsec
    ("netsec", "overview", "certification", "start", "PCNSE- and Fortinet", "PCNSE-, CCNP Security- and Fortinet"),
    (
        "netsec",
        "overview",
        "degree",
        "middle",
        "engineer focused on",
        "engineer with an M.Sc. in IT security, focused on",
    ),
    (
        "netsec",
        "experiences[0].description",
        "customer",
        "end",
        "across Germany and Austria.",
        "across Germany and Austria, among them DB Schenker.",
    ),
    ("netsec", "experiences[0].bullets[0]", "number", "start", "Migrated 14 customers", "Migrated 17 customers"),
    (
        "netsec",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "off Cisco ASA onto",
        "off Cisco ASA and Check Point onto",
    ),
    (
        "netsec",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "removing unused and shadowed rules.",
        "removing unused and shadowed rules and halving policy-push times.",
    ),
    ("netsec", "experiences[0].bullets[4]", "version", "middle", "PAN-OS configuration", "PAN-OS 11.1 configuration"),
    (
        "netsec",
        "experiences[1].description",
        "team size",
        "middle",
        "utility's in-house",
        "utility's four-person in-house",
    ),
    (
        "netsec",
        "experiences[1].bullets[2]",
        "date",
        "end",
        "the ISO 27001 audit.",
        "the ISO 27001 audit in autumn 2019.",
    ),
    (
        "netsec",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote Ansible playbooks for configuration backups and standard changes.",
    ),
    (
        "netsec",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built a Zero Trust access architecture with Prisma Access for 2,000 remote users.",
    ),
    # uxresearch
    ("uxresearch", "overview", "years", "start", "researcher with 8 years", "researcher with 10 years"),
    (
        "uxresearch",
        "overview",
        "customer",
        "middle",
        "across banking apps,",
        "across banking apps for Monzo and Starling,",
    ),
    (
        "uxresearch",
        "overview",
        "certified",
        "start",
        "Senior UX researcher with",
        "Certified Usability Analyst (CUA) and senior UX researcher with",
    ),
    (
        "uxresearch",
        "experiences[0].description",
        "team size",
        "end",
        "six product squads.",
        "six product squads and a team of three researchers.",
    ),
    ("uxresearch", "experiences[0].bullets[0]", "number", "start", "Moderated 70 usability", "Moderated 90 usability"),
    (
        "uxresearch",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "from 54% to 72%.",
        "from 54% to 72% and cut support calls by 20%.",
    ),
    (
        "uxresearch",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "participant panel and",
        "participant panel in Rally and",
    ),
    (
        "uxresearch",
        "experiences[0].bullets[3]",
        "duration",
        "middle",
        "Ran a 3-week diary study",
        "Ran a 6-week diary study",
    ),
    (
        "uxresearch",
        "experiences[1].bullets[1]",
        "version",
        "middle",
        "Tested usability with users",
        "Tested usability against WCAG 2.2 with users",
    ),
    (
        "uxresearch",
        "experiences[1].description",
        "recognition",
        "end",
        "the government service standard.",
        "the government service standard, on a service shortlisted for a UK GovTech award.",
    ),
    (
        "uxresearch",
        "experiences[1].bullets[0]",
        "date",
        "end",
        "live assessments.",
        "live assessments, passing live in March 2020.",
    ),
    (
        "uxresearch",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Coached designers and product managers to run their own usability tests.",
    ),
    (
        "uxresearch",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Ran a card-sorting study with 150 participants to restructure the product navigation.",
    ),
    # docs
    ("docs", "overview", "tool", "middle", "stood up Docusaurus and MkDocs", "stood up Docusaurus, Hugo and MkDocs"),
    (
        "docs",
        "overview",
        "years",
        "start",
        "Senior technical writer practising",
        "Senior technical writer with 12 years practising",
    ),
    (
        "docs",
        "overview",
        "degree",
        "middle",
        "Authors API references",
        "A computer science graduate, authors API references",
    ),
    (
        "docs",
        "overview",
        "certification",
        "end",
        "support-ticket deflection.",
        "support-ticket deflection; holds the CPTC Practitioner certification.",
    ),
    (
        "docs",
        "experiences[0].description",
        "number",
        "end",
        "roughly 4,000 developer accounts.",
        "roughly 40,000 developer accounts.",
    ),
    (
        "docs",
        "experiences[0].description",
        "customer",
        "middle",
        "API platform serving",
        "API platform, whose users include Klarna, serving",
    ),
    ("docs", "experiences[0].bullets[1]", "version", "middle", "OpenAPI 3.0", "OpenAPI 3.1"),
    (
        "docs",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "over the following year.",
        "over the following year and page views doubled.",
    ),
    (
        "docs",
        "experiences[1].bullets[1]",
        "date",
        "middle",
        "for sixteen releases were",
        "for sixteen releases from 2018 to 2021 were",
    ),
    (
        "docs",
        "experiences[1].description",
        "team size",
        "start",
        "Wrote documentation",
        "Within a three-writer team, wrote documentation",
    ),
    (
        "docs",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Set up an MkDocs site for the engineering handbook.",
    ),
    (
        "docs",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Launched a docs feedback widget that collected 3,000 ratings in its first quarter.",
    ),
    # soxaudit
    ("soxaudit", "overview", "years", "middle", "with a decade of SOX", "with 14 years of SOX"),
    ("soxaudit", "overview", "certification", "start", "CISA- and CIA-certified", "CISA-, CISSP- and CIA-certified"),
    (
        "soxaudit",
        "overview",
        "customer",
        "end",
        "deficiencies to audit committees.",
        "deficiencies to audit committees at clients including Caterpillar.",
    ),
    (
        "soxaudit",
        "overview",
        "degree",
        "middle",
        "external and internal audit.",
        "external and internal audit, with a master's in accountancy.",
    ),
    (
        "soxaudit",
        "experiences[0].description",
        "number",
        "end",
        "40 applications in scope.",
        "48 applications in scope.",
    ),
    (
        "soxaudit",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "with no loss of coverage.",
        "with no loss of coverage, cutting annual testing hours by 30%.",
    ),
    (
        "soxaudit",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "Oracle EBS and Workday.",
        "Oracle EBS, Workday and Coupa.",
    ),
    ("soxaudit", "experiences[0].bullets[1]", "team size", "middle", "a five-auditor team", "a seven-auditor team"),
    ("soxaudit", "experiences[0].bullets[1]", "version", "middle", "over SAP S/4HANA,", "over SAP S/4HANA 2022,"),
    ("soxaudit", "experiences[0].bullets[3]", "duration", "end", "within two quarters.", "within one quarter."),
    (
        "soxaudit",
        "experiences[1].description",
        "date",
        "start",
        "IT audit support on SOX",
        "From 2013, IT audit support on SOX",
    ),
    (
        "soxaudit",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "during busy season.",
        "during busy season and received the firm's Rising Star award.",
    ),
    (
        "soxaudit",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Implemented continuous controls monitoring for SAP access with SAP GRC Access Control.",
    ),
    (
        "soxaudit",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reviewed SOC 1 Type II reports and mapped complementary user entity controls.",
    ),
    # marketrisk
    (
        "marketrisk",
        "overview",
        "degree",
        "end",
        "validators and supervisors.",
        "validators and supervisors, drawing on a PhD in stochastic calculus.",
    ),
    ("marketrisk", "overview", "certification", "start", "FRM-holding market", "FRM- and CQF-holding market"),
    (
        "marketrisk",
        "overview",
        "years",
        "middle",
        "market risk quant focused",
        "market risk quant with 12 years' experience, focused",
    ),
    (
        "marketrisk",
        "experiences[0].description",
        "customer",
        "end",
        "of an ECB-supervised bank.",
        "of an ECB-supervised bank, alongside advisory work for mBank.",
    ),
    (
        "marketrisk",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "across nine trading desks.",
        "across eleven trading desks.",
    ),
    (
        "marketrisk",
        "experiences[0].bullets[0]",
        "date",
        "middle",
        "Implemented FRTB SA (",
        "Implemented FRTB SA ahead of the January 2025 go-live (",
    ),
    (
        "marketrisk",
        "experiences[0].bullets[1]",
        "tool",
        "start",
        "Developed a Python expected",
        "Developed a Python and Spark expected",
    ),
    (
        "marketrisk",
        "experiences[0].bullets[2]",
        "recognition",
        "start",
        "Ran the P&L attribution",
        "Recognised internally for running the P&L attribution",
    ),
    (
        "marketrisk",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "Python library.",
        "Python library, saving 40% in compute cost.",
    ),
    ("marketrisk", "experiences[1].bullets[0]", "version", "middle", "VaR model on 500", "VaR model in C++17 on 500"),
    (
        "marketrisk",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "throughout all four years.",
        "throughout all five years.",
    ),
    (
        "marketrisk",
        "experiences[1].description",
        "team size",
        "start",
        "Built risk models",
        "Built risk models as one of three quants",
    ),
    (
        "marketrisk",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led the bank's Murex 3.1 upgrade for market risk data feeds.",
    ),
    (
        "marketrisk",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Implemented the FRTB standardised approach for the firm's trading desks.",
    ),
]

# (cv, field, old, new, reason): edits whose honesty is arguable either way.
_AMBIGUOUS = [
    (
        "duckcreek",
        "experiences[0].bullets[3]",
        "over 3 test cycles.",
        "over 3 test cycles through to go-live sign-off.",
        "the CV says UAT ran for three cycles but not that the consultant signed off go-live",
    ),
    (
        "duckcreek",
        "overview",
        "with 11 years in P&C",
        "with over a decade in P&C",
        "true for 11 years, but the figure is replaced by a vaguer one",
    ),
    (
        "falcon",
        "experiences[0].bullets[0]",
        "by 31%",
        "by nearly a third",
        "31% is close to a third but not exactly it",
    ),
    (
        "replatform",
        "experiences[0].bullets[0]",
        "to Shopify Plus,",
        "to a headless Shopify Plus build,",
        "'headless' is the posting's word; the CV's Node.js middleware hints at it but never says so",
    ),
    (
        "martech",
        "overview",
        "Marketo Certified Expert and",
        "Marketo- and HubSpot-certified",
        "the CV holds a HubSpot software certification, but 'HubSpot-certified' reads broader",
    ),
    (
        "erp",
        "experiences[0].bullets[1]",
        "from 10 to 6 working days",
        "by 40% (10 to 6 working days)",
        "40% is derived exactly from the CV's figures but is not written there",
    ),
    (
        "coupa",
        "experiences[0].bullets[1]",
        "from 38% to 64%",
        "by 26 points, from 38% to 64%,",
        "26 points is the exact difference of the CV's figures, not a figure the CV states",
    ),
    (
        "datacentre",
        "experiences[0].bullets[0]",
        "Led 28 engineers",
        "Led a team of nearly 30 engineers",
        "rounds 28 up to a vaguer 'nearly 30'",
    ),
    (
        "netsec",
        "overview",
        "prepares ISO 27001 audit evidence.",
        "prepares ISO 27001 and NIS2 audit evidence.",
        "NIS2 is the posting's regulation; the CV only names ISO 27001, yet the evidence may overlap",
    ),
    (
        "uxresearch",
        "experiences[0].bullets[1]",
        "Findings fed a redesign",
        "Drove a redesign",
        "the CV credits the redesign with the lift but does not say the researcher drove it",
    ),
    (
        "docs",
        "overview",
        "published via CI.",
        "published via CI/CD.",
        "CD adds continuous deployment, which the CV's 'published by CI' may or may not mean",
    ),
    (
        "soxaudit",
        "experiences[0].description",
        "for a NYSE-listed industrial group",
        "for an SEC-registered, NYSE-listed industrial group",
        "a NYSE listing implies SEC registration, but the CV does not say it",
    ),
    (
        "marketrisk",
        "experiences[1].bullets[0]",
        "on 500 days of history",
        "on two years of history",
        "500 trading days is roughly two calendar years, but not exactly",
    ),
    (
        "coupa",
        "experiences[0].bullets[4]",
        "Moved half of those suppliers",
        "Moved over 1,000 of those suppliers",
        "half of 2,400 is 1,200, so 'over 1,000' is true but is a figure the CV never writes",
    ),
]

# Measured blind: at 7f4db54 (the guard of the morning) 148/150 caught, 6/151 touched; at beceae2 (after the
# day's fixes, tuned on other sets) 148/150 and 6/151. Never tuned on.
# Then a tuning set: after session 9 every claim caught (150/150) by general rules (an abbreviation the CV gives
# a credential, a degree named as "a ... graduate", a release after "revision"/"v" or in words, recognition by someone).
GUARD_FLOOR = {"caught": 150, "touched": 1}

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _FABRICATED)
AMBIGUOUS = build(CVS, _AMBIGUOUS, with_reason=True)
