"""Blind set S for the free-text claims guard (issue 20): twelve hand-written CVs, six senior (an interim
CIO for a retailer, a PMO director in government, a digital transformation lead in insurance, a TOGAF
enterprise architect in banking, a CTO-for-hire at start-ups, a programme director for an ERP roll-out)
and six junior (a graduate data analyst, a bootcamp-trained front-end developer, an apprentice network
technician working towards the CCNA, an ISTQB Foundation test analyst, a graduate mechanical engineer
with an EIT, a cloud support engineer with the AWS Cloud Practitioner), each with a job posting or
customer brief, one honest tailoring and single claims injected into it. Written blind: without reading
the guard, its documentation, its benchmarks or any other set."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}


def _case(key, source, prompt, overview, experiences):
    CVS[key] = {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


# --- Senior 1: interim CIO, retail -------------------------------------------------------------------

_case(
    "interim_cio_retail",
    cv(
        "Interim CIO",
        "Harriet Okonkwo-Lind",
        "Interim CIO with 22 years in IT leadership, 9 of them in retail. Has led technology functions of up "
        "to 310 staff and IT budgets of £48m, reporting to boards and audit committees. Specialises in "
        "stabilising IT after leadership departures, carve-outs and post-merger integration.",
        [
            (
                "Interim CIO, Brackenfield Retail Group (Mar 2022 – Jun 2024)",
                "Interim mandate at a UK grocery and homeware retailer with £3.2bn turnover and 410 stores, "
                "following the departure of the previous CIO.",
                [
                    "Led an IT function of 310 staff across three sites, reporting monthly to the board and the "
                    "audit committee.",
                    "Rebuilt a 14-strong IT leadership team, hiring a new CISO and a head of architecture.",
                    "Renegotiated the data-centre and network contracts, saving £6.4m over three years "
                    "(FY2022/23 to FY2024/25).",
                    "Moved the store point-of-sale estate to Oracle Retail Xstore across 410 stores in 11 months.",
                    "Ran the IT due diligence and integration of the acquired Hollin & Rowe convenience chain "
                    "(62 stores).",
                ],
                ["Oracle Retail Xstore", "SAP S/4HANA", "ServiceNow", "Microsoft Azure", "Palo Alto Networks"],
            ),
            (
                "Interim Head of IT, Marlow Fashion (Jan 2020 – Dec 2021)",
                "Interim leadership of IT for a fashion retailer with £640m turnover moving from stores-first "
                "to online.",
                [
                    "Managed an IT budget of £48m and a team of 120.",
                    "Replatformed the e-commerce site onto Salesforce Commerce Cloud, live before the November "
                    "2020 peak.",
                    "Introduced a product-based operating model with 7 product teams.",
                    "Cut the number of priority-one incidents by 40% over 12 months.",
                ],
                ["Salesforce Commerce Cloud", "Manhattan Active WM", "Jira", "AWS"],
            ),
            (
                "IT Director, Pennant Home Stores (Apr 2015 – Dec 2019)",
                "Permanent IT director for a 150-store home furnishing retailer.",
                [
                    "Delivered a £22m ERP replacement on SAP S/4HANA over 30 months.",
                    "Outsourced the service desk to a managed service provider, reducing cost per ticket by a third.",
                    "Set up the IT risk register and reported quarterly to the audit committee.",
                ],
                ["SAP S/4HANA", "ServiceNow", "VMware"],
            ),
        ],
        skills=["IT strategy", "Post-merger integration", "Supplier management", "Board reporting", "IT turnaround"],
        tools=["ServiceNow", "Jira", "Power BI"],
        certifications=["ITIL 4 Managing Professional", "Chartered IT Professional (CITP)"],
        academic_background=["MBA, Warwick Business School (2012)", "BSc Computer Science, University of Leeds (1999)"],
        spoken_languages=["English (native)", "Swedish (fluent)"],
        industries=["Retail", "Consumer goods"],
    ),
    "Customer brief: a UK department store group (£1.1bn turnover) needs an interim CIO for 12 months to "
    "stabilise IT after a failed ERP programme, lead a 200-person IT function, report to the board and prepare "
    "IT for a possible acquisition. Experience with store systems, e-commerce and M&A integration is essential.",
    "Interim CIO with 22 years of IT leadership, nine of them in retail, brought in to stabilise technology "
    "after leadership changes, carve-outs and mergers. Has run IT functions of up to 310 people and budgets of "
    "£48m, and reports to boards and audit committees as a matter of course.",
    [
        (
            "Interim CIO for a UK grocery and homeware retailer (£3.2bn turnover, 410 stores), appointed after "
            "the previous CIO's departure.",
            [
                "Reported monthly to the board and audit committee while leading a 310-strong IT organisation "
                "over three sites.",
                "Rebuilt the 14-person IT leadership team, including the hire of a new CISO and head of architecture.",
                "Saved £6.4m over three years (FY2022/23–FY2024/25) by renegotiating data-centre and network "
                "contracts.",
                "Rolled out Oracle Retail Xstore point of sale to all 410 stores within 11 months.",
                "Led IT due diligence and integration for the acquisition of the Hollin & Rowe convenience chain "
                "and its 62 stores.",
            ],
        ),
        (
            "Interim IT leadership at a £640m fashion retailer shifting from a stores-first model to online.",
            [
                "Held a £48m IT budget and led a team of 120.",
                "Moved e-commerce onto Salesforce Commerce Cloud ahead of the November 2020 peak.",
                "Cut priority-one incidents by 40% in 12 months and introduced a product operating model of "
                "seven product teams.",
            ],
        ),
        (
            "IT director (permanent role) at a home furnishing retailer with 150 stores.",
            [
                "Replaced the ERP with SAP S/4HANA: a £22m programme delivered over 30 months.",
                "Cut cost per ticket by a third by moving the service desk to a managed service provider.",
                "Established the IT risk register, with quarterly reporting to the audit committee.",
            ],
        ),
    ],
)

# --- Senior 2: PMO director, government ---------------------------------------------------------------

_case(
    "pmo_director_gov",
    cv(
        "PMO Director",
        "Declan Ashworth-Mensah",
        "PMO director with 17 years in public-sector portfolio management. Has run portfolio offices "
        "overseeing up to 46 projects and £120m a year, reporting to permanent secretaries and ministers' "
        "offices. Practitioner in P3O, MSP and PRINCE2; cleared to SC level.",
        [
            (
                "Director of Portfolio Office, Department for Regional Infrastructure (Sep 2021 – present)",
                "Leads the departmental portfolio office for a £120m annual portfolio of 46 projects covering "
                "roads, flood defence and digital services.",
                [
                    "Manages a PMO of 28 staff across London and Leeds.",
                    "Introduced monthly portfolio boards chaired by the Permanent Secretary.",
                    "Brought 9 projects back from a red rating to amber or green within 18 months.",
                    "Rolled out Microsoft Project Online and Power BI dashboards to all 46 projects.",
                    "Prepared the portfolio for two Infrastructure and Projects Authority (IPA) gateway reviews.",
                ],
                ["Microsoft Project Online", "Power BI", "SharePoint", "Excel"],
            ),
            (
                "Head of Programme Assurance, Northern Borough Councils Partnership (Feb 2016 – Aug 2021)",
                "Assurance of capital and transformation programmes for a partnership of five councils.",
                [
                    "Ran 60 assurance reviews over five years, using a RAG framework aligned with the IPA's.",
                    "Built a benefits-realisation register tracking £34m of cashable savings.",
                    "Trained 140 project managers in PRINCE2 ways of working.",
                    "Reported quarterly to the partnership's joint audit committee.",
                ],
                ["Excel", "SharePoint", "Clarity PPM"],
            ),
            (
                "Senior Project Manager, HM Land Records Agency (Jan 2009 – Jan 2016)",
                "Delivered digital and estate projects for an executive agency.",
                [
                    "Delivered the move of 600 staff into a new Plymouth office on time and £1.1m under budget.",
                    "Managed the 3-year digitisation of 2.4 million paper titles.",
                    "Led a project team of 12.",
                ],
                ["Microsoft Project", "Excel"],
            ),
        ],
        skills=["Portfolio management", "Programme assurance", "Benefits realisation", "Stakeholder management"],
        certifications=[
            "P3O Practitioner",
            "MSP Practitioner",
            "PRINCE2 Practitioner",
            "APM Project Management Qualification",
        ],
        tools=["Microsoft Project Online", "Power BI", "Clarity PPM"],
        academic_background=["BA (Hons) Politics, University of York (2008)"],
        industries=["Central government", "Local government"],
        spoken_languages=["English", "French (intermediate)"],
    ),
    "Job posting: Director of Portfolio Delivery, a central government department. Lead a PMO overseeing a "
    "£200m capital portfolio; establish portfolio governance and IPA-aligned assurance; report to the Permanent "
    "Secretary and Executive Committee; SC clearance required; P3O or MSP desirable.",
    "Seventeen years in public-sector portfolio management, currently directing a portfolio office that "
    "oversees 46 projects and £120m a year. Reports to permanent secretaries and ministers' offices, holds "
    "P3O, MSP and PRINCE2 Practitioner certifications, and has SC clearance.",
    [
        (
            "Runs the department's portfolio office: 46 projects across roads, flood defence and digital "
            "services, worth £120m annually.",
            [
                "Leads a 28-strong PMO split between London and Leeds.",
                "Set up monthly portfolio boards with the Permanent Secretary in the chair.",
                "Returned nine red-rated projects to amber or green in 18 months.",
                "Gave every one of the 46 projects Microsoft Project Online and Power BI dashboards.",
                "Readied the portfolio for two IPA gateway reviews.",
            ],
        ),
        (
            "Programme assurance across capital and transformation programmes for five partner councils.",
            [
                "Carried out 60 assurance reviews in five years against a RAG framework aligned with the "
                "Infrastructure and Projects Authority's.",
                "Set up a benefits-realisation register covering £34m of cashable savings, reported each quarter "
                "to the joint audit committee.",
                "Coached 140 project managers in PRINCE2 ways of working.",
            ],
        ),
        (
            "Digital and estate project delivery for an executive agency.",
            [
                "Moved 600 staff into a new office in Plymouth on schedule and £1.1m below budget.",
                "Managed the three-year digitisation of 2.4m paper titles.",
                "Led a twelve-person project team.",
            ],
        ),
    ],
)

# --- Senior 3: digital transformation lead, insurance -------------------------------------------------

_case(
    "digital_lead_insurance",
    cv(
        "Digital Transformation Lead",
        "Priyanka Venkataraman",
        "Digital transformation lead with 14 years in general insurance, from claims operations to "
        "customer-facing digital products. Has led transformation portfolios of up to €85m and teams of 60, "
        "and took a motor insurer's online quote-and-buy share from 31% to 58%.",
        [
            (
                "Head of Digital Transformation, Aldergate Insurance (Jun 2020 – May 2024)",
                "Led the three-year transformation of a mid-sized motor and home insurer with 1.8 million policies.",
                [
                    "Owned a €85m transformation portfolio and a team of 60 across product, design and engineering.",
                    "Raised the online quote-and-buy share from 31% to 58%.",
                    "Launched first-notice-of-loss self-service on Guidewire ClaimCenter 10, cutting claim "
                    "registration time from 25 minutes to 6.",
                    "Introduced OKRs and quarterly business reviews with the executive committee.",
                ],
                [
                    "Guidewire ClaimCenter 10",
                    "Guidewire PolicyCenter",
                    "Salesforce Service Cloud",
                    "Azure",
                    "Adobe Analytics",
                ],
            ),
            (
                "Digital Programme Manager, Halberd Life & Pensions (Mar 2016 – May 2020)",
                "Digital programmes for a life and pensions provider serving 900,000 customers.",
                [
                    "Delivered the customer portal that moved 420,000 customers to paperless statements.",
                    "Ran the robotic process automation programme on UiPath, automating 38 back-office processes.",
                    "Managed a budget of €14m a year.",
                ],
                ["UiPath", "Sitecore", "Azure DevOps"],
            ),
            (
                "Claims Operations Analyst to Claims Improvement Manager, Corrib Mutual (Sep 2010 – Feb 2016)",
                "Moved from claims analysis into running process improvement for the claims department.",
                [
                    "Redesigned the household claims process with Lean Six Sigma, reducing average cycle time by 22%.",
                    "Led a team of 8 analysts.",
                    "Built the claims MI suite in SQL Server Reporting Services (SSRS).",
                ],
                ["SQL Server", "SSRS", "Excel"],
            ),
        ],
        skills=["Digital strategy", "Customer journey design", "Agile at scale", "OKRs", "Lean Six Sigma"],
        certifications=[
            "Lean Six Sigma Green Belt",
            "SAFe 5 Agilist",
            "Chartered Insurance Institute Diploma (Dip CII)",
        ],
        academic_background=[
            "MSc Digital Innovation, Trinity College Dublin (2015)",
            "BComm, University College Cork (2010)",
        ],
        spoken_languages=["English", "Tamil", "German (basic)"],
        industries=["General insurance", "Life and pensions"],
    ),
    "Job posting: Head of Digital Transformation at a European property and casualty insurer. Lead a "
    "multi-year transformation of claims and distribution, own a €100m+ portfolio, drive digital sales and "
    "self-service, work with the executive committee; experience with Guidewire and automation welcome.",
    "Fourteen years in general insurance, moving from claims operations to leading customer-facing digital "
    "products and transformation. Has owned portfolios of up to €85m, led teams of 60 and lifted a motor "
    "insurer's online quote-and-buy share from 31% to 58%.",
    [
        (
            "Three-year transformation of a motor and home insurer with 1.8m policies, as head of digital "
            "transformation.",
            [
                "Accountable for an €85m portfolio and 60 people spanning product, design and engineering.",
                "Grew the online quote-and-buy share from 31 per cent to 58 per cent.",
                "Cut claim registration from 25 to 6 minutes by launching first-notice-of-loss self-service on "
                "Guidewire ClaimCenter 10.",
                "Brought in OKRs and quarterly business reviews with the executive committee.",
            ],
        ),
        (
            "Led digital programmes at a life and pensions provider with 900k customers.",
            [
                "Moved 420k customers onto paperless statements through a new customer portal.",
                "Automated 38 back-office processes through a UiPath robotic process automation (RPA) programme.",
                "Ran an annual budget of €14m.",
            ],
        ),
        (
            "Progressed from claims analyst to claims improvement manager, running process improvement for claims.",
            [
                "Cut average cycle time in household claims by 22% through a Lean Six Sigma redesign.",
                "Managed eight analysts and built the claims MI suite in SSRS.",
            ],
        ),
    ],
)

# --- Senior 4: enterprise architect (TOGAF), banking --------------------------------------------------

_case(
    "enterprise_architect_bank",
    cv(
        "Enterprise Architect",
        "Tomasz Wierzbicki",
        "Enterprise architect with 16 years in banking, TOGAF 9 certified, specialising in core-banking "
        "modernisation, payments and regulatory architecture. Has chaired architecture review boards and set "
        "target architectures for banks with up to 4 million retail customers.",
        [
            (
                "Lead Enterprise Architect, Vistula Cooperative Bank (Jan 2020 – Mar 2025)",
                "Enterprise architecture for a retail and SME bank with 4 million customers and 2,300 staff.",
                [
                    "Defined the target architecture for replacing the core-banking system with Temenos Transact.",
                    "Chaired the architecture review board, reviewing some 120 solution designs a year.",
                    "Designed the ISO 20022 migration for domestic and SEPA payments.",
                    "Reduced the application estate from 410 to 265 applications.",
                ],
                ["Temenos Transact", "IBM MQ", "Kafka", "Sparx Enterprise Architect", "ArchiMate 3.1"],
            ),
            (
                "Solution Architect, Baltica Bank (Aug 2014 – Dec 2019)",
                "Solution architecture for payments and regulatory reporting programmes.",
                [
                    "Architected the instant payments platform handling 1.5 million transactions a day.",
                    "Designed the regulatory reporting data hub for FINREP and COREP.",
                    "Led a team of 5 solution architects.",
                    "Wrote the bank's API standards for PSD2 open banking.",
                ],
                ["Java", "Oracle Database 12c", "Informatica", "Kong"],
            ),
            (
                "Integration Developer, Pomorze Savings Bank (Sep 2009 – Jul 2014)",
                "Integration development in the bank's middleware team.",
                [
                    "Built integrations on IBM Integration Bus between the core system and card processing.",
                    "Cut nightly batch time from 7 hours to 3.",
                ],
                ["IBM Integration Bus", "IBM MQ", "DB2"],
            ),
        ],
        skills=[
            "Enterprise architecture",
            "Core-banking modernisation",
            "Payments",
            "Regulatory reporting",
            "Application portfolio rationalisation",
        ],
        certifications=["TOGAF 9 Certified", "ArchiMate 3 Practitioner"],
        tools=["Sparx Enterprise Architect", "LeanIX", "Confluence"],
        academic_background=["MSc Computer Science, Gdańsk University of Technology (2009)"],
        spoken_languages=["Polish (native)", "English (fluent)"],
        industries=["Retail banking", "SME banking"],
    ),
    "Customer brief: a Nordic bank seeks an enterprise architect (TOGAF) to own the target architecture for "
    "a core-banking replacement, run the architecture review board and steer the ISO 20022 payments "
    "migration. Banking domain and regulatory reporting experience required.",
    "TOGAF 9 certified enterprise architect with sixteen years in banking. Focuses on core-banking "
    "modernisation, payments and regulatory architecture; has set target architectures for banks of up to 4m "
    "retail customers and chaired their architecture review boards.",
    [
        (
            "Led enterprise architecture at a retail and SME bank (4m customers, 2,300 employees).",
            [
                "Set the target architecture for the core-banking replacement on Temenos Transact.",
                "As chair of the architecture review board, reviewed around 120 solution designs each year.",
                "Designed ISO 20022 migration for SEPA and domestic payments.",
                "Rationalised the application estate from 410 applications down to 265.",
            ],
        ),
        (
            "Solution architect on payments and regulatory reporting programmes.",
            [
                "Designed the instant payments platform, which handles 1.5m transactions daily.",
                "Architected a FINREP and COREP regulatory reporting data hub.",
                "Authored PSD2 open-banking API standards and led five solution architects.",
            ],
        ),
        (
            "Middleware integration developer.",
            [
                "Integrated the core system with card processing on IBM Integration Bus.",
                "Reduced the nightly batch from seven hours to three.",
            ],
        ),
    ],
)

# --- Senior 5: CTO-for-hire at start-ups --------------------------------------------------------------

_case(
    "fractional_cto",
    cv(
        "Fractional CTO",
        "Marisol Etxeberria",
        "Fractional CTO for seed to Series B start-ups, with 19 years in software engineering and 7 as a "
        "technology executive. Has taken four start-ups through technical due diligence for funding rounds "
        "totalling $46m and built engineering teams from 2 to 35.",
        [
            (
                "Fractional CTO, independent (Jan 2021 – present)",
                "Part-time CTO engagements with early-stage start-ups in fintech, health and logistics: Lumo "
                "Health (Series A), Tallyhawk (seed) and Cargoline (Series B).",
                [
                    "Lumo Health: rebuilt the platform on AWS with HIPAA-aligned controls ahead of an $18m Series A.",
                    "Tallyhawk: hired the first 6 engineers and set up the delivery process in Linear and GitHub "
                    "Actions.",
                    "Cargoline: led technical due diligence for a $22m Series B and cut AWS spend by 35%.",
                    "Coached three first-time CTOs through weekly sessions.",
                ],
                ["AWS", "TypeScript", "Node.js", "PostgreSQL", "Terraform", "GitHub Actions", "Linear"],
            ),
            (
                "CTO and co-founder, Parcelbright (Mar 2017 – Dec 2020)",
                "Co-founded a last-mile delivery software start-up, acquired by a logistics group in 2020.",
                [
                    "Grew engineering from 2 to 35 people across Bilbao and London.",
                    "Built the route-optimisation platform in Python and Go, serving 140 courier companies.",
                    "Raised a $6m seed round alongside the CEO.",
                    "Led the technical integration after the acquisition.",
                ],
                ["Python", "Go", "Kubernetes", "Google Cloud", "PostgreSQL"],
            ),
            (
                "Engineering Manager, Wexbridge Payments (Jun 2012 – Feb 2017)",
                "Engineering management in a card payments scale-up.",
                [
                    "Managed two teams of 8 engineers building the merchant onboarding platform.",
                    "Moved deployments from monthly to daily.",
                    "Achieved PCI DSS Level 1 compliance for the card vault.",
                ],
                ["Java", "Spring Boot", "MySQL", "Jenkins"],
            ),
        ],
        skills=["Technical due diligence", "Engineering leadership", "Cloud architecture", "Hiring"],
        languages=["TypeScript", "Python", "Go", "Java"],
        tools=["AWS", "Google Cloud", "Terraform", "Kubernetes"],
        certifications=["AWS Certified Solutions Architect – Associate"],
        academic_background=["BEng Software Engineering, University of Deusto (2006)"],
        spoken_languages=["Spanish", "Basque", "English"],
        industries=["Fintech", "Health tech", "Logistics"],
    ),
    "Customer brief: a seed-stage climate-tech start-up (12 people) is looking for a part-time CTO to set the "
    "technical strategy, hire its first engineering team, prepare for Series A technical due diligence and keep "
    "cloud costs in check.",
    "Part-time CTO for start-ups from seed to Series B: 19 years in software engineering, seven of them as a "
    "technology executive. Has guided four start-ups through technical due diligence for rounds worth $46m in "
    "total and grown engineering teams from two people to 35.",
    [
        (
            "Fractional CTO for early-stage fintech, health and logistics start-ups: Lumo Health (Series A), "
            "Tallyhawk (seed) and Cargoline (Series B).",
            [
                "Rebuilt Lumo Health's platform on AWS with HIPAA-aligned controls before its $18m Series A.",
                "Hired Tallyhawk's first six engineers and set up delivery in Linear and GitHub Actions.",
                "Ran Cargoline's technical due diligence for a $22m Series B and reduced its AWS spend by 35 per cent.",
                "Mentored three first-time CTOs in weekly coaching sessions.",
            ],
        ),
        (
            "Co-founder and CTO of a last-mile delivery software start-up that a logistics group acquired in 2020.",
            [
                "Scaled engineering from two to 35 people in Bilbao and London.",
                "Built a Python and Go route-optimisation platform used by 140 courier companies.",
                "Raised a $6m seed round with the CEO and led technical integration after the acquisition.",
            ],
        ),
        (
            "Managed engineering at a card-payments scale-up.",
            [
                "Led two eight-person teams building merchant onboarding.",
                "Took deployments from monthly to daily and achieved PCI DSS Level 1 compliance for the card vault.",
            ],
        ),
    ],
)

# --- Senior 6: programme director, ERP roll-out -------------------------------------------------------

_case(
    "erp_programme_director",
    cv(
        "Programme Director – ERP",
        "Gunnhild Aasen-Moore",
        "Programme director with 20 years in ERP delivery, including three global SAP roll-outs. Has led "
        "programmes of up to £140m and 260 people across 31 countries, reporting to steering committees "
        "chaired by CFOs.",
        [
            (
                "Programme Director, Global ERP Roll-out, Norvane Industrial (Feb 2021 – Oct 2024)",
                "Led the SAP S/4HANA roll-out for an industrial equipment maker with €2.6bn revenue and 31 "
                "country operations.",
                [
                    "Directed a £140m programme with 260 internal and partner staff.",
                    "Went live in 24 countries in five waves, with the remaining 7 in 2024.",
                    "Reported monthly to a steering committee chaired by the CFO.",
                    "Managed the systems integrator contract with Accenture, including two change-request "
                    "renegotiations.",
                    "Kept business disruption at go-live under the target of 48 hours of order-entry downtime "
                    "per wave.",
                ],
                ["SAP S/4HANA 2021", "SAP Ariba", "SAP Solution Manager", "Jira", "Tricentis Tosca"],
            ),
            (
                "Programme Manager, Finance Transformation, Castlemere Foods (May 2016 – Jan 2021)",
                "Finance systems transformation for a food manufacturer after two acquisitions.",
                [
                    "Consolidated three ledgers onto Oracle E-Business Suite 12.2.",
                    "Integrated the finance processes of the two acquired businesses within 14 months.",
                    "Reduced month-end close from 12 working days to 6.",
                ],
                ["Oracle E-Business Suite 12.2", "Oracle Hyperion", "Kofax"],
            ),
            (
                "SAP Project Manager, Rudstone Consulting (Sep 2004 – Apr 2016)",
                "Delivered SAP ECC projects for manufacturing and utilities clients.",
                [
                    "Managed 11 SAP ECC implementations and upgrades.",
                    "Led two global template roll-outs covering 18 countries.",
                    "Grew from SAP FI/CO consultant to project manager.",
                ],
                ["SAP ECC 6.0", "SAP FI/CO", "SAP SD"],
            ),
        ],
        skills=[
            "Programme management",
            "ERP delivery",
            "Systems integrator management",
            "Data migration",
            "Organisational change",
        ],
        certifications=["MSP Practitioner", "PMP", "SAP Certified Application Associate – Financial Accounting"],
        tools=["Jira", "SAP Solution Manager", "MS Project"],
        academic_background=["MSc Industrial Economics, NTNU (2004)"],
        spoken_languages=["Norwegian", "English", "German"],
        industries=["Manufacturing", "Food", "Utilities"],
    ),
    "Job posting: Programme Director, ERP Transformation (SAP S/4HANA), FTSE 250 manufacturer. Lead a "
    "multi-country roll-out with a systems integrator, manage a £100m+ budget, report to a CFO-chaired "
    "steering committee and keep business disruption to a minimum.",
    "Twenty years of ERP delivery, including three global SAP roll-outs, as consultant, project manager and "
    "programme director. Has led programmes of up to £140m and 260 staff spanning 31 countries, reporting to "
    "CFO-chaired steering committees.",
    [
        (
            "SAP S/4HANA roll-out across the 31 country operations of an industrial equipment maker (€2.6bn revenue).",
            [
                "Led the £140m programme and its 260 internal and partner staff, reporting each month to the "
                "CFO-chaired steering committee.",
                "Took 24 countries live in five waves, with the remaining seven following in 2024.",
                "Oversaw the Accenture systems integration contract, renegotiating change requests twice.",
                "Held order-entry downtime at go-live within the 48-hour-per-wave target.",
            ],
        ),
        (
            "Finance systems transformation at a food manufacturer following two acquisitions.",
            [
                "Moved three ledgers onto Oracle E-Business Suite 12.2.",
                "Brought the two acquired businesses onto common finance processes in 14 months.",
                "Halved the month-end close, from 12 working days to six.",
            ],
        ),
        (
            "SAP ECC delivery for clients in manufacturing and utilities.",
            [
                "Progressed from SAP FI/CO consultant to project manager, running 11 SAP ECC implementations "
                "and upgrades.",
                "Led two global template roll-outs across 18 countries.",
            ],
        ),
    ],
)

# --- Junior 1: graduate data analyst ------------------------------------------------------------------

_case(
    "grad_data_analyst",
    cv(
        "Graduate Data Analyst",
        "Aisling Brennan-Cho",
        "Recent statistics graduate (BSc Statistics with Data Science, First-Class Honours, University of "
        "Glasgow, 2024; dissertation mark 78%). Uses Python, R and SQL for analysis and Tableau for dashboards. "
        "Completed a 10-week summer internship in a building society's customer analytics team.",
        [
            (
                "Customer Analytics Intern, Clydeside Building Society (Jun 2023 – Aug 2023)",
                "Ten-week summer internship in the customer analytics team.",
                [
                    "Cleaned and joined three years of mortgage application data in SQL.",
                    "Built a Tableau dashboard of application drop-off by channel used by the mortgage product team.",
                    "Presented findings on broker versus direct applications to the head of analytics.",
                    "Wrote Python scripts to automate a weekly Excel report, saving about 2 hours a week.",
                ],
                ["SQL Server", "Tableau", "Python", "pandas", "Excel"],
            ),
            (
                "Dissertation: Predicting bus passenger demand in Glasgow (Sep 2023 – Apr 2024)",
                "Final-year dissertation using two years of open ticketing data from Glasgow's bus operators.",
                [
                    "Compared ARIMA, Prophet and gradient-boosted models in R and Python.",
                    "Best model (gradient boosting with XGBoost) cut forecast error (MAPE) from 18% to 11% "
                    "against a seasonal baseline.",
                    "Awarded 78%, the second-highest dissertation mark in the cohort.",
                ],
                ["R", "Python", "XGBoost", "Prophet", "ggplot2"],
            ),
            (
                "Student Ambassador (part-time), University of Glasgow (Oct 2021 – May 2024)",
                "Part-time role alongside studies.",
                [
                    "Ran campus tours for groups of up to 25 prospective students.",
                    "Collected and summarised feedback surveys from open days in Excel.",
                ],
                ["Excel", "Microsoft Forms"],
            ),
        ],
        skills=["Data cleaning", "Statistical modelling", "Data visualisation", "Time-series forecasting"],
        languages=["Python", "R", "SQL"],
        tools=["Tableau", "Excel", "Git", "Jupyter"],
        certifications=["Tableau Desktop Specialist"],
        academic_background=[
            "BSc (Hons) Statistics with Data Science, First-Class, University of Glasgow (2024)",
            "Scottish Highers: 5 As (2020)",
        ],
        spoken_languages=["English", "Cantonese (conversational)"],
    ),
    "Job posting: Graduate Data Analyst, a UK insurer. 2:1 or above in a numerate subject; SQL and Python or R; "
    "dashboarding (Tableau or Power BI); able to explain findings to non-technical stakeholders; internship "
    "experience welcome.",
    "Statistics graduate with First-Class Honours (University of Glasgow, 2024) and a dissertation marked at "
    "78%, looking to start as a data analyst. Works in SQL, Python and R, builds dashboards in Tableau, and "
    "gained commercial experience in a ten-week internship with a building society's customer analytics team.",
    [
        (
            "10-week summer internship with the customer analytics team.",
            [
                "Used SQL to clean and join three years of mortgage application data.",
                "Created a Tableau dashboard showing application drop-off by channel, adopted by the mortgage "
                "product team.",
                "Explained findings on broker versus direct applications to the head of analytics.",
                "Automated a weekly Excel report with Python scripts, saving roughly two hours each week.",
            ],
        ),
        (
            "Final-year dissertation forecasting Glasgow bus passenger demand from two years of open ticketing data.",
            [
                "Benchmarked ARIMA, Prophet and gradient-boosted models using R and Python.",
                "Reduced forecast error (MAPE) from 18% to 11% versus a seasonal baseline with an XGBoost "
                "gradient-boosting model.",
                "Received a mark of 78%, second-highest in the cohort.",
            ],
        ),
        (
            "Part-time student ambassador role held alongside studies.",
            [
                "Led campus tours for prospective students in groups of up to 25.",
                "Summarised open-day feedback surveys in Excel.",
            ],
        ),
    ],
)

# --- Junior 2: junior front-end developer -------------------------------------------------------------

_case(
    "junior_frontend",
    cv(
        "Junior Front-End Developer",
        "Kwabena Osei-Tutu",
        "Junior front-end developer who moved into tech through a 16-week full-time coding bootcamp "
        "(Northcoders, 2024) after four years in hospitality. Builds with React, TypeScript and CSS; his team "
        "won 'Best Accessibility' at the Manchester Civic Hack 2024.",
        [
            (
                "Bootcamp Student, Northcoders (Jan 2024 – Apr 2024)",
                "Full-time 16-week software development bootcamp, front-end track.",
                [
                    "Built a news-aggregator app in React with a Node.js and PostgreSQL back end in a team of 4.",
                    "Practised pair programming and test-driven development with Jest daily.",
                    "Final project: a recipe-sharing progressive web app in React and TypeScript, demoed to 60 "
                    "employers.",
                ],
                ["React", "TypeScript", "JavaScript", "Node.js", "PostgreSQL", "Jest", "CSS"],
            ),
            (
                "Hackathon: Manchester Civic Hack (May 2024)",
                "Weekend hackathon on digital services for the city council.",
                [
                    "Built the front end of a bin-collection reminder app in React in 36 hours.",
                    "Audited it with axe and fixed all critical accessibility issues.",
                    "Team of 3 won the 'Best Accessibility' award.",
                ],
                ["React", "axe DevTools", "Figma"],
            ),
            (
                "Front-of-House Supervisor, The Copper Kettle (Mar 2020 – Dec 2023)",
                "Supervisor in a busy city-centre café.",
                [
                    "Supervised shifts of up to 6 staff.",
                    "Set up the café's online ordering on Square.",
                    "Trained new starters on the till and food hygiene.",
                ],
                ["Square POS"],
            ),
        ],
        skills=["Responsive design", "Accessibility (WCAG 2.1)", "Test-driven development", "Pair programming"],
        languages=["JavaScript", "TypeScript", "HTML", "CSS"],
        tools=["React", "Git", "Jest", "Figma", "VS Code"],
        certifications=["Level 2 Food Hygiene"],
        academic_background=["Northcoders Software Development Bootcamp (2024)", "BTEC Level 3 Business (2019)"],
        spoken_languages=["English", "Twi"],
    ),
    "Job posting: Junior Front-End Developer at a public-sector digital agency in Manchester. React and "
    "TypeScript; care for accessibility (WCAG); testing; teamwork; bootcamp graduates welcome.",
    "Bootcamp-trained junior front-end developer (Northcoders, 16 weeks full-time, 2024) with four years in "
    "hospitality behind him. Works in React, TypeScript and CSS, cares about accessibility, and was part of the "
    "team that took 'Best Accessibility' at Manchester Civic Hack 2024.",
    [
        (
            "16-week full-time bootcamp in software development, on the front-end track.",
            [
                "Worked in a four-person team on a React news-aggregator app backed by Node.js and PostgreSQL.",
                "Paired daily and wrote tests first with Jest.",
                "Built a recipe-sharing progressive web app (PWA) in React and TypeScript as the final project "
                "and demoed it to 60 employers.",
            ],
        ),
        (
            "Weekend hackathon building digital services for the city council.",
            [
                "Developed the React front end of a bin-collection reminder app within 36 hours.",
                "Fixed every critical accessibility issue found in an axe audit.",
                "Won the 'Best Accessibility' award as one of a three-person team.",
            ],
        ),
        (
            "Supervised front of house at a busy café in the city centre.",
            [
                "Ran shifts with up to six staff and trained new starters on the till and food hygiene.",
                "Set up online ordering for the café on Square.",
            ],
        ),
    ],
)

# --- Junior 3: apprentice network technician ----------------------------------------------------------

_case(
    "apprentice_network_tech",
    cv(
        "Apprentice Network Technician",
        "Callum Fairweather",
        "Second-year network engineering apprentice (Level 3 Infrastructure Technician, due to finish in July "
        "2025), working towards Cisco CCNA (exam booked, not yet passed). Hands-on with switch and wireless "
        "installations, cabling and first-line network support for a multi-academy trust of 9 schools.",
        [
            (
                "Apprentice Network Technician, Riverside Learning Trust (Sep 2023 – present)",
                "Level 3 apprenticeship in the trust's central IT team supporting 9 schools and about 4,500 users.",
                [
                    "Helped replace 140 access points with Aruba Instant On across 4 schools over the summer holidays.",
                    "Patched and labelled cabinets and tested cabling with a Fluke tester.",
                    "Handled first-line network tickets in Freshservice, about 15 a week.",
                    "Configured VLANs on HP Aruba 2930F switches under supervision.",
                ],
                ["Aruba Instant On", "HP Aruba 2930F", "Freshservice", "Fluke LinkIQ", "Windows Server 2019"],
            ),
            (
                "Weekend Sales Assistant, Techworld Computers (Jun 2021 – Aug 2023)",
                "Part-time retail job while at college.",
                [
                    "Advised customers on laptops, routers and mesh Wi-Fi.",
                    "Set up and tested devices at the tech counter.",
                    "Explained basic home-network troubleshooting to customers.",
                ],
                ["Windows 11", "Netgear Orbi"],
            ),
        ],
        skills=["Structured cabling", "VLANs", "Wireless installation", "First-line support"],
        tools=["Freshservice", "Packet Tracer", "Fluke LinkIQ"],
        certifications=["Cisco CCNA (in progress, exam booked)", "CompTIA IT Fundamentals (ITF+)"],
        academic_background=[
            "Level 3 Infrastructure Technician apprenticeship (expected July 2025)",
            "BTEC Level 3 IT, Kendal College (2023)",
        ],
        spoken_languages=["English"],
    ),
    "Job posting: Network Support Technician (junior), a regional NHS trust. Support LAN and Wi-Fi across "
    "sites, handle network tickets, cabling and patching; CCNA or working towards it; apprentices and recent "
    "apprentices encouraged.",
    "Network engineering apprentice in his second year, on a Level 3 Infrastructure Technician programme "
    "expected to finish in July 2025, and working towards the Cisco CCNA with the exam booked. Does hands-on "
    "switch and Wi-Fi installation work, cabling and first-line network support across a multi-academy "
    "trust's nine schools.",
    [
        (
            "Central IT apprenticeship (Level 3) supporting roughly 4,500 users in nine schools.",
            [
                "Was part of the summer-holiday swap of 140 access points to Aruba Instant On in four schools.",
                "Tested cabling with a Fluke tester and patched and labelled cabinets.",
                "Picks up around 15 first-line network tickets a week in Freshservice.",
                "Sets up VLANs on HP Aruba 2930F switches, supervised.",
            ],
        ),
        (
            "Part-time weekend retail job held during college.",
            [
                "Gave customers advice on laptops, routers and mesh Wi-Fi systems.",
                "Set up and tested devices on the tech counter.",
                "Talked customers through basic home-network troubleshooting.",
            ],
        ),
    ],
)

# --- Junior 4: junior test analyst --------------------------------------------------------------------

_case(
    "junior_test_analyst",
    cv(
        "Junior Test Analyst",
        "Oluwaseun Adebayo-Hart",
        "Junior test analyst with 14 months of experience testing web and mobile applications, ISTQB Foundation "
        "Level certified (CTFL 4.0, 2023). Writes test cases from user stories, runs manual regression and is "
        "learning test automation with Playwright.",
        [
            (
                "Junior Test Analyst, Beacon Digital Testing (Oct 2023 – present)",
                "Manual testing for client projects at a software testing consultancy, mainly a housing "
                "association's tenant portal.",
                [
                    "Wrote over 300 test cases from user stories in Jira and Zephyr Scale.",
                    "Ran regression cycles each sprint for the tenant portal release (two-week sprints).",
                    "Raised and retested about 180 defects.",
                    "Started automating smoke tests in Playwright with TypeScript, 12 tests so far.",
                ],
                ["Jira", "Zephyr Scale", "Playwright", "TypeScript", "BrowserStack", "Postman"],
            ),
            (
                "Customer Service Adviser, Northgate Energy (Jan 2021 – Sep 2023)",
                "Contact-centre adviser for an energy supplier.",
                [
                    "Reported billing-system faults to the IT team with steps to reproduce.",
                    "Took part in user acceptance testing of a new CRM screen for 3 weeks.",
                    "Handled around 60 calls a day.",
                ],
                ["Salesforce", "Genesys"],
            ),
        ],
        skills=["Manual testing", "Regression testing", "Test case design", "Defect management", "UAT"],
        tools=["Jira", "Zephyr Scale", "Postman", "BrowserStack", "Playwright (learning)"],
        certifications=["ISTQB Certified Tester Foundation Level (CTFL 4.0), 2023"],
        academic_background=["BA (Hons) English Language, Sheffield Hallam University (2020)"],
        spoken_languages=["English", "Yoruba"],
    ),
    "Job posting: Test Analyst (junior) at a fintech. ISTQB Foundation essential; manual and exploratory "
    "testing of web and mobile apps; Jira; interest in automation (Playwright or Cypress); API testing a plus.",
    "ISTQB Foundation Level (CTFL 4.0, 2023) test analyst with fourteen months spent testing web and mobile "
    "applications. Turns user stories into test cases, runs manual regression, and is currently learning "
    "Playwright for test automation.",
    [
        (
            "Manual tester on client projects for a software testing consultancy, chiefly a tenant portal for a "
            "housing association.",
            [
                "Created 300+ test cases from Jira user stories, managed in Zephyr Scale.",
                "Executed regression every two-week sprint for tenant portal releases.",
                "Logged and retested roughly 180 defects.",
                "Has automated 12 smoke tests so far in Playwright and TypeScript.",
            ],
        ),
        (
            "Energy supplier contact-centre adviser.",
            [
                "Handled about 60 calls daily.",
                "Sent the IT team reproducible reports of billing-system faults.",
                "Spent three weeks on user acceptance testing (UAT) of a new CRM screen.",
            ],
        ),
    ],
)

# --- Junior 5: graduate mechanical engineer -----------------------------------------------------------

_case(
    "grad_mech_engineer",
    cv(
        "Graduate Mechanical Engineer",
        "Daniel Okafor-Lindqvist",
        "Mechanical engineering graduate (BS, Purdue University, May 2024, GPA 3.6/4.0) and Engineer in "
        "Training (EIT), having passed the NCEES FE Mechanical exam in June 2024. Final-year project on a heat "
        "exchanger test rig; co-op experience in HVAC design.",
        [
            (
                "Mechanical Engineering Co-op, Hartwell HVAC Engineers (Jan 2023 – Aug 2023)",
                "Eight-month co-op placement with an HVAC design consultancy in Indianapolis.",
                [
                    "Ran heating and cooling load calculations for 5 commercial buildings in Trane TRACE 3D Plus.",
                    "Drafted ductwork layouts in AutoCAD MEP and Revit under a licensed PE's review.",
                    "Surveyed existing plant rooms and recorded equipment data for 2 school retrofits.",
                    "Sized pumps and pipework for a 300-ton chilled-water system.",
                ],
                ["Trane TRACE 3D Plus", "AutoCAD MEP", "Revit", "Excel"],
            ),
            (
                "Senior Design Project: Compact Heat Exchanger Test Rig (Aug 2023 – May 2024)",
                "Capstone project in a team of 5, sponsored by a local manufacturer.",
                [
                    "Designed the rig's frame and flow loop in SolidWorks.",
                    "Modelled heat transfer in ANSYS Fluent and validated it against rig measurements within 8%.",
                    "Wrote the test procedure and LabVIEW data logging.",
                    "Project came in at $4,800, under the $5,000 budget.",
                ],
                ["SolidWorks", "ANSYS Fluent", "LabVIEW", "MATLAB"],
            ),
        ],
        skills=["HVAC load calculations", "CAD", "CFD", "Test rig design", "GD&T"],
        tools=["SolidWorks", "AutoCAD", "Revit", "ANSYS Fluent", "MATLAB", "LabVIEW"],
        certifications=["Engineer in Training (EIT), Indiana, 2024", "SolidWorks CSWA"],
        academic_background=[
            "BS Mechanical Engineering, Purdue University (May 2024), GPA 3.6/4.0, Dean's List 4 semesters"
        ],
        spoken_languages=["English", "Swedish (conversational)"],
    ),
    "Job posting: Graduate Mechanical Engineer (MEP), a building services consultancy. BS in mechanical "
    "engineering; EIT preferred, on track to PE; HVAC load calculations and Revit; good written communication.",
    "Engineer in Training (EIT) since passing the NCEES FE Mechanical exam in June 2024, with a BS in "
    "Mechanical Engineering from Purdue (May 2024, 3.6 GPA). Brings eight months of HVAC design co-op "
    "experience and a senior design project building a heat exchanger test rig.",
    [
        (
            "8-month HVAC design co-op at an Indianapolis consultancy.",
            [
                "Calculated heating and cooling loads for five commercial buildings using Trane TRACE 3D Plus.",
                "Produced ductwork layouts in Revit and AutoCAD MEP, reviewed by a licensed PE.",
                "Recorded equipment data from plant-room surveys for two school retrofits.",
                "Sized pipework and pumps for a chilled-water system of 300 tons.",
            ],
        ),
        (
            "Senior design (capstone) project with a five-person team, sponsored by a local manufacturer.",
            [
                "Designed the frame and flow loop in SolidWorks and wrote the test procedure with LabVIEW data "
                "logging.",
                "Validated an ANSYS Fluent heat-transfer model against rig measurements to within 8 per cent.",
                "Delivered the rig for $4,800, inside its $5,000 budget.",
            ],
        ),
    ],
)

# --- Junior 6: junior cloud support engineer ----------------------------------------------------------

_case(
    "junior_cloud_support",
    cv(
        "Junior Cloud Support Engineer",
        "Meera Raghunathan-Price",
        "Junior cloud support engineer holding the AWS Certified Cloud Practitioner (CLF-C02, 2024) and studying "
        "for AWS Solutions Architect – Associate (planned for 2025). One year on a managed service provider's "
        "support desk, handling EC2, S3 and IAM tickets, after an IT helpdesk role.",
        [
            (
                "Cloud Support Associate, Stratus Managed Services (Nov 2023 – present)",
                "First-line cloud support for about 40 small and mid-sized AWS customers.",
                [
                    "Resolved around 25 tickets a week on EC2, S3 and IAM, escalating the rest to second line.",
                    "Wrote 15 runbooks in Confluence for common requests.",
                    "Set up CloudWatch alarms and dashboards for new customers.",
                    "Took part in the out-of-hours rota one week in six.",
                ],
                ["AWS EC2", "AWS S3", "AWS IAM", "CloudWatch", "Zendesk", "Confluence", "Bash"],
            ),
            (
                "IT Helpdesk Analyst, Penrose College (Jul 2022 – Oct 2023)",
                "Helpdesk for a further-education college with 2,000 students and 300 staff.",
                [
                    "Handled password resets, device issues and Microsoft 365 support.",
                    "Scripted new-starter account creation in PowerShell, cutting setup from 30 minutes to 5.",
                    "Imaged and deployed 250 laptops for the new academic year.",
                ],
                ["Microsoft 365", "Intune", "PowerShell", "Active Directory"],
            ),
        ],
        skills=["AWS support", "Linux basics", "Scripting", "Ticket triage", "Documentation"],
        languages=["Bash", "PowerShell", "Python (basic)"],
        tools=["Zendesk", "Confluence", "CloudWatch", "Intune"],
        certifications=[
            "AWS Certified Cloud Practitioner (CLF-C02), 2024",
            "AWS Certified Solutions Architect – Associate (studying, planned 2025)",
        ],
        academic_background=["HND Computing, Coventry College (2022)"],
        spoken_languages=["English", "Tamil"],
    ),
    "Job posting: Junior Cloud Support Engineer, an AWS partner. Handle customer tickets on core AWS services "
    "(EC2, S3, IAM); monitoring; on-call rota; AWS Cloud Practitioner required, Associate a plus; scripting in "
    "Bash or Python.",
    "AWS Certified Cloud Practitioner (CLF-C02, 2024) working towards the Solutions Architect – Associate, "
    "planned for 2025. Has spent a year supporting customers on EC2, S3 and IAM at a managed service provider, "
    "following an IT helpdesk role at a college.",
    [
        (
            "First-line AWS support for roughly 40 small and mid-sized customers of a managed service provider.",
            [
                "Resolves about 25 EC2, S3 and IAM tickets a week and escalates the rest to second line.",
                "Authored 15 Confluence runbooks for common requests.",
                "Configures CloudWatch alarms and dashboards when customers onboard.",
                "Covers the out-of-hours on-call rota one week in every six.",
            ],
        ),
        (
            "Further-education college helpdesk serving 2,000 students and 300 staff.",
            [
                "Supported users with Microsoft 365, devices and password resets.",
                "Cut new-starter setup from 30 minutes to five with a PowerShell script for account creation.",
                "Imaged and rolled out 250 laptops ahead of the academic year.",
            ],
        ),
    ],
)

# --- Injected claims: (cv, field, kind, position, old, new) -------------------------------------------

_CIO, _PMO, _INS, _EA = "interim_cio_retail", "pmo_director_gov", "digital_lead_insurance", "enterprise_architect_bank"
_CTO, _ERP, _DA, _FE = "fractional_cto", "erp_programme_director", "grad_data_analyst", "junior_frontend"
_NET, _QA, _ME, _CS = "apprentice_network_tech", "junior_test_analyst", "grad_mech_engineer", "junior_cloud_support"

FABRICATIONS = [
    # interim CIO, retail
    (_CIO, "overview", "years", "start", "with 22 years of IT leadership", "with 25 years of IT leadership"),
    (_CIO, "overview", "customer", "end", "as a matter of course.", "as a matter of course, most recently for Tesco."),
    (_CIO, "experiences[0].bullets[1]", "team size", "start", "the 14-person IT", "the 18-person IT"),
    (
        _CIO,
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "network contracts.",
        "network contracts, a 19% cut in run costs.",
    ),
    (
        _CIO,
        "experiences[0].bullets[3]",
        "version",
        "middle",
        "Oracle Retail Xstore point",
        "Oracle Retail Xstore 19.0 point",
    ),
    (_CIO, "experiences[1].bullets[1]", "date", "end", "November 2020 peak", "November 2019 peak"),
    (
        _CIO,
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "onto Salesforce Commerce Cloud ahead",
        "onto Salesforce Commerce Cloud and Adobe Experience Manager ahead",
    ),
    (
        _CIO,
        "experiences[1].description",
        "recognition",
        "end",
        "model to online.",
        "model to online, winning a Drapers Digital Award for the relaunch.",
    ),
    (
        _CIO,
        "experiences[2].description",
        "certification",
        "middle",
        "(permanent role)",
        "(permanent role, ITIL 4 Strategic Leader)",
    ),
    (_CIO, "experiences[2].bullets[0]", "duration", "end", "over 30 months.", "over 24 months."),
    (
        _CIO,
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated a three-year logistics outsourcing contract worth £9m.",
    ),
    (
        _CIO,
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Led IT due diligence for the acquisition of the Hollin & Rowe convenience chain.",
    ),
    # PMO director, government
    (_PMO, "overview", "years", "start", "Seventeen years", "Twenty years"),
    (
        _PMO,
        "overview",
        "degree",
        "middle",
        "portfolio management, currently",
        "portfolio management and an MSc in Major Programme Management, currently",
    ),
    (_PMO, "overview", "certification", "end", "MSP and PRINCE2 Practitioner", "MSP, MoP and PRINCE2 Practitioner"),
    (_PMO, "experiences[0].bullets[0]", "team size", "start", "Leads a 28-strong", "Leads a 35-strong"),
    (_PMO, "experiences[0].bullets[2]", "duration", "end", "in 18 months.", "in 12 months."),
    (
        _PMO,
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "Power BI dashboards.",
        "Power BI dashboards, with Tableau for ministerial packs.",
    ),
    (
        _PMO,
        "experiences[1].description",
        "customer",
        "end",
        "five partner councils.",
        "five partner councils, including Bradford and Wakefield.",
    ),
    (
        _PMO,
        "experiences[1].bullets[1]",
        "metric",
        "middle",
        "£34m of cashable savings,",
        "£34m of cashable savings, 92% of them realised,",
    ),
    (
        _PMO,
        "experiences[1].bullets[2]",
        "certified",
        "start",
        "Coached 140",
        "As an accredited PRINCE2 trainer, coached 140",
    ),
    (
        _PMO,
        "experiences[2].description",
        "recognition",
        "start",
        "Digital and estate project delivery",
        "Award-winning digital and estate project delivery",
    ),
    (
        _PMO,
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Chaired the agency's cross-government working group on data standards.",
    ),
    (
        _PMO,
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Brought nine projects back from red to amber or green.",
    ),
    # digital transformation lead, insurance
    (
        _INS,
        "overview",
        "degree",
        "start",
        "Fourteen years in general insurance,",
        "Fourteen years in general insurance and an INSEAD MBA,",
    ),
    (_INS, "overview", "customer", "middle", "lifted a motor insurer's", "lifted Allianz's"),
    (
        _INS,
        "overview",
        "metric",
        "end",
        "from 31% to 58%.",
        "from 31% to 58%, adding €40m in gross written premium.",
    ),
    (_INS, "experiences[0].description", "duration", "start", "Three-year transformation", "Four-year transformation"),
    (_INS, "experiences[0].description", "number", "middle", "with 1.8m policies", "with 2.1m policies"),
    (_INS, "experiences[0].bullets[0]", "team size", "middle", "and 60 people", "and 75 people"),
    (
        _INS,
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "on Guidewire ClaimCenter 10.",
        "on Guidewire ClaimCenter 10 and Duck Creek Claims.",
    ),
    (
        _INS,
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "with the executive committee.",
        "with the executive committee, earning the CEO's Award for Transformation in 2023.",
    ),
    (
        _INS,
        "experiences[1].bullets[2]",
        "certified",
        "end",
        "budget of €14m.",
        "budget of €14m as a certified Managing Successful Programmes practitioner.",
    ),
    (
        _INS,
        "experiences[2].description",
        "certification",
        "end",
        "process improvement for claims.",
        "process improvement for claims as a Lean Six Sigma Black Belt.",
    ),
    (
        _INS,
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Introduced OKRs and quarterly business reviews with the executive committee.",
    ),
    (
        _INS,
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Renegotiated the claims supplier panel, saving €1.2m a year.",
    ),
    # enterprise architect, banking
    (_EA, "overview", "version", "start", "TOGAF 9 certified", "TOGAF 10 certified"),
    (_EA, "overview", "number", "middle", "up to 4m retail", "up to 6m retail"),
    (
        _EA,
        "experiences[0].description",
        "customer",
        "end",
        "2,300 employees).",
        "2,300 employees) and its parent group, Rabobank.",
    ),
    (
        _EA,
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "on Temenos Transact.",
        "on Temenos Transact and Infosys Finacle.",
    ),
    (
        _EA,
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "down to 265.",
        "down to 265, saving €3m a year in licences.",
    ),
    (
        _EA,
        "experiences[1].description",
        "certification",
        "start",
        "Solution architect on",
        "Solution architect (AWS Certified Solutions Architect – Professional) on",
    ),
    (
        _EA,
        "experiences[1].bullets[0]",
        "date",
        "middle",
        "payments platform, which",
        "payments platform, live since March 2016, which",
    ),
    (
        _EA,
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "regulatory reporting data hub.",
        "regulatory reporting data hub, shortlisted for a Banking Technology Award.",
    ),
    (
        _EA,
        "experiences[1].bullets[2]",
        "team size",
        "end",
        "led five solution architects.",
        "led eight solution architects.",
    ),
    (
        _EA,
        "experiences[2].description",
        "years",
        "end",
        "integration developer.",
        "integration developer for seven years.",
    ),
    (
        _EA,
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led the bank's migration of 40 workloads to Microsoft Azure.",
    ),
    (
        _EA,
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Rationalised the application estate from 410 applications down to 265.",
    ),
    # fractional CTO
    (_CTO, "overview", "years", "middle", "19 years in software", "23 years in software"),
    (
        _CTO,
        "overview",
        "recognition",
        "end",
        "from two people to 35.",
        "from two people to 35, and was named a Tech Nation Rising Star.",
    ),
    (
        _CTO,
        "experiences[0].description",
        "customer",
        "end",
        " and Cargoline (Series B).",
        ", Cargoline (Series B) and Monzo.",
    ),
    (
        _CTO,
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "in Linear and GitHub Actions.",
        "in Linear, GitHub Actions and CircleCI.",
    ),
    (
        _CTO,
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "by 35 per cent.",
        "by 35 per cent, saving $400k a year.",
    ),
    (_CTO, "experiences[1].description", "date", "end", "acquired in 2020.", "acquired in 2019."),
    (
        _CTO,
        "experiences[1].description",
        "degree",
        "start",
        "Co-founder and CTO of",
        "Co-founder and CTO, with a PhD in operations research, of",
    ),
    (_CTO, "experiences[1].bullets[1]", "version", "start", "Built a Python and Go", "Built a Python 3.8 and Go"),
    (
        _CTO,
        "experiences[2].description",
        "duration",
        "end",
        "card-payments scale-up.",
        "card-payments scale-up for six years.",
    ),
    (
        _CTO,
        "experiences[2].bullets[1]",
        "certified",
        "middle",
        "daily and achieved",
        "daily and, as a certified PCI QSA, achieved",
    ),
    (
        _CTO,
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced a fraud-scoring service that cut chargebacks by 18%.",
    ),
    (
        _CTO,
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Grew engineering from two to 35 people across Bilbao and London.",
    ),
    # programme director, ERP
    (
        _ERP,
        "overview",
        "certification",
        "start",
        "Twenty years of ERP delivery,",
        "PRINCE2 Practitioner with twenty years of ERP delivery,",
    ),
    (_ERP, "overview", "number", "middle", "three global SAP roll-outs", "four global SAP roll-outs"),
    (
        _ERP,
        "overview",
        "customer",
        "end",
        "CFO-chaired steering committees.",
        "CFO-chaired steering committees at Siemens and ABB.",
    ),
    (_ERP, "experiences[0].description", "version", "start", "SAP S/4HANA roll-out", "SAP S/4HANA 2023 roll-out"),
    (_ERP, "experiences[0].bullets[1]", "date", "end", "following in 2024.", "following in early 2025."),
    (
        _ERP,
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "change requests twice.",
        "change requests twice; the programme won an SAP Quality Award.",
    ),
    (
        _ERP,
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "to six.",
        "to six, freeing three FTEs in group finance.",
    ),
    (
        _ERP,
        "experiences[1].description",
        "degree",
        "end",
        "following two acquisitions.",
        "following two acquisitions, backed by an MBA in finance.",
    ),
    (
        _ERP,
        "experiences[2].description",
        "certified",
        "end",
        "manufacturing and utilities.",
        "manufacturing and utilities, as a Certified Scrum Master.",
    ),
    (
        _ERP,
        "experiences[2].bullets[0]",
        "years",
        "start",
        "Progressed from SAP FI/CO",
        "Over 15 years, progressed from SAP FI/CO",
    ),
    (
        _ERP,
        "experiences[2].bullets[1]",
        "team size",
        "end",
        "across 18 countries.",
        "across 18 countries with teams of up to 40 consultants.",
    ),
    (
        _ERP,
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Introduced robotic process automation for accounts payable, automating 60% of invoices.",
    ),
    (
        _ERP,
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reported monthly to a steering committee chaired by the CFO.",
    ),
    # graduate data analyst
    (
        _DA,
        "overview",
        "years",
        "start",
        "Statistics graduate with",
        "Statistics graduate with two years of analytics experience and",
    ),
    (
        _DA,
        "overview",
        "degree",
        "start",
        "First-Class Honours (University",
        "First-Class Honours and an MSc in Data Analytics (University",
    ),
    (_DA, "overview", "tool", "middle", "dashboards in Tableau,", "dashboards in Tableau and Power BI,"),
    (
        _DA,
        "overview",
        "certified",
        "end",
        "customer analytics team.",
        "customer analytics team, and is a Microsoft Certified Power BI Data Analyst.",
    ),
    (_DA, "experiences[0].description", "duration", "start", "10-week", "12-week"),
    (_DA, "experiences[0].bullets[0]", "number", "middle", "three years of mortgage", "five years of mortgage"),
    (
        _DA,
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "mortgage product team.",
        "mortgage product team and credited with a 9% drop in abandoned applications.",
    ),
    (
        _DA,
        "experiences[1].description",
        "date",
        "start",
        "Final-year dissertation",
        "Final-year dissertation (submitted March 2024)",
    ),
    (
        _DA,
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "second-highest in the cohort.",
        "second-highest in the cohort, and the department's prize for best dissertation.",
    ),
    (
        _DA,
        "experiences[2].description",
        "team size",
        "end",
        "alongside studies.",
        "alongside studies, leading a team of six ambassadors.",
    ),
    (
        _DA,
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built a churn-prediction model in Python for the savings product team.",
    ),
    (
        _DA,
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built a Tableau dashboard showing application drop-off by channel.",
    ),
    # junior front-end developer
    (
        _FE,
        "overview",
        "degree",
        "start",
        "Bootcamp-trained junior front-end developer",
        "Bootcamp-trained junior front-end developer with a BSc in Computer Science",
    ),
    (
        _FE,
        "overview",
        "years",
        "middle",
        "with four years in hospitality",
        "with two years of professional React work and four years in hospitality",
    ),
    (_FE, "experiences[0].description", "duration", "start", "16-week", "24-week"),
    (
        _FE,
        "experiences[0].bullets[0]",
        "team size",
        "start",
        "Worked in a four-person team",
        "Worked in a six-person team",
    ),
    (_FE, "experiences[0].bullets[1]", "tool", "end", "with Jest.", "with Jest and Cypress."),
    (_FE, "experiences[1].description", "date", "start", "Weekend hackathon", "Weekend hackathon in June 2024"),
    (_FE, "experiences[1].bullets[1]", "version", "end", "in an axe audit.", "in an axe audit against WCAG 2.2."),
    (
        _FE,
        "experiences[1].bullets[2]",
        "recognition",
        "middle",
        "'Best Accessibility' award as",
        "'Best Accessibility' and 'People's Choice' awards as",
    ),
    (_FE, "experiences[2].description", "customer", "middle", "at a busy café", "at a busy Pret A Manger"),
    (
        _FE,
        "experiences[2].bullets[0]",
        "certified",
        "end",
        "till and food hygiene.",
        "till and food hygiene as a certified Level 3 food safety trainer.",
    ),
    (
        _FE,
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Deployed the app to Netlify with a GitHub Actions pipeline.",
    ),
    (
        _FE,
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Paired daily and wrote tests first with Jest.",
    ),
    # apprentice network technician
    (_NET, "overview", "number", "start", "in his second year", "in his third year"),
    (
        _NET,
        "overview",
        "certification",
        "middle",
        "working towards the Cisco CCNA with the exam booked",
        "holding the Cisco CCNA",
    ),
    (_NET, "overview", "date", "middle", "finish in July 2025", "finish in March 2025"),
    (_NET, "experiences[0].description", "number", "middle", "roughly 4,500 users", "roughly 6,000 users"),
    (
        _NET,
        "experiences[0].description",
        "team size",
        "middle",
        "(Level 3) supporting",
        "(Level 3) in a 12-person team supporting",
    ),
    (
        _NET,
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "to Aruba Instant On in four schools.",
        "to Aruba Instant On and Ubiquiti UniFi in four schools.",
    ),
    (
        _NET,
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "in Freshservice.",
        "in Freshservice, with a 98% first-time fix rate.",
    ),
    (
        _NET,
        "experiences[0].bullets[3]",
        "certified",
        "start",
        "Sets up VLANs",
        "As a CCNA-certified technician, sets up VLANs",
    ),
    (
        _NET,
        "experiences[1].description",
        "duration",
        "middle",
        "retail job held during college.",
        "retail job held for three years during college.",
    ),
    (
        _NET,
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "on the tech counter.",
        "on the tech counter and was twice named Employee of the Month.",
    ),
    (
        _NET,
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Managed the store's stock of networking products.",
    ),
    (
        _NET,
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Patched and labelled network cabinets.",
    ),
    # junior test analyst
    (_QA, "overview", "version", "start", "(CTFL 4.0, 2023)", "(CTFL 3.1, 2023)"),
    (_QA, "overview", "years", "middle", "with fourteen months spent", "with three years spent"),
    (
        _QA,
        "overview",
        "certification",
        "end",
        "Playwright for test automation.",
        "Playwright for test automation, building on an ISTQB Test Automation Engineer certificate.",
    ),
    (
        _QA,
        "experiences[0].description",
        "degree",
        "start",
        "Manual tester on client projects",
        "Manual tester, with a BSc in Computer Science, on client projects",
    ),
    (
        _QA,
        "experiences[0].description",
        "customer",
        "end",
        "for a housing association.",
        "for Clarion Housing.",
    ),
    (_QA, "experiences[0].bullets[0]", "number", "start", "Created 300+", "Created 500+"),
    (
        _QA,
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "Executed regression every",
        "Executed regression in Selenium every",
    ),
    (
        _QA,
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "180 defects.",
        "180 defects, cutting escaped defects by 30%.",
    ),
    (_QA, "experiences[1].bullets[2]", "duration", "start", "Spent three weeks", "Spent three months"),
    (
        _QA,
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "60 calls daily.",
        "60 calls daily and won the quarterly customer-service award.",
    ),
    (
        _QA,
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Performance-tested the portal's login journey with JMeter.",
    ),
    (
        _QA,
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reported billing-system faults to the IT team with steps to reproduce.",
    ),
    # graduate mechanical engineer
    (
        _ME,
        "overview",
        "degree",
        "middle",
        "with a BS in Mechanical Engineering",
        "with a BS and MS in Mechanical Engineering",
    ),
    (
        _ME,
        "overview",
        "years",
        "end",
        "Brings eight months of HVAC design co-op experience",
        "Brings two years of HVAC design experience",
    ),
    (
        _ME,
        "overview",
        "certified",
        "end",
        "heat exchanger test rig.",
        "heat exchanger test rig, and is a Certified SolidWorks Professional (CSWP).",
    ),
    (_ME, "experiences[0].description", "duration", "start", "8-month", "12-month"),
    (_ME, "experiences[0].bullets[0]", "number", "middle", "five commercial buildings", "seven commercial buildings"),
    (_ME, "experiences[0].bullets[1]", "version", "middle", "layouts in Revit and", "layouts in Revit 2024 and"),
    (
        _ME,
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "system of 300 tons.",
        "system of 300 tons, cutting pump energy by 15%.",
    ),
    (
        _ME,
        "experiences[1].description",
        "customer",
        "end",
        "by a local manufacturer.",
        "by Cummins, a local manufacturer.",
    ),
    (
        _ME,
        "experiences[1].bullets[1]",
        "tool",
        "start",
        "Validated an ANSYS Fluent heat-transfer",
        "Validated an ANSYS Fluent and COMSOL heat-transfer",
    ),
    (
        _ME,
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "$5,000 budget.",
        "$5,000 budget, and won the department's Best Senior Design award.",
    ),
    (
        _ME,
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Presented the rig to the sponsor's engineering director, who adopted it for production testing.",
    ),
    (
        _ME,
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Calculated heating and cooling loads for five commercial buildings.",
    ),
    # junior cloud support engineer
    (_CS, "overview", "version", "start", "(CLF-C02, 2024)", "(CLF-C01, 2024)"),
    (
        _CS,
        "overview",
        "certification",
        "middle",
        "working towards the Solutions Architect – Associate, planned for 2025",
        "and AWS Certified Solutions Architect – Associate",
    ),
    (_CS, "overview", "years", "middle", "Has spent a year", "Has spent three years"),
    (
        _CS,
        "overview",
        "customer",
        "end",
        "role at a college.",
        "role at a college, with customers including Deliveroo.",
    ),
    (
        _CS,
        "experiences[0].description",
        "team size",
        "start",
        "First-line AWS support for",
        "First-line AWS support, in a team of nine, for",
    ),
    (_CS, "experiences[0].bullets[0]", "tool", "middle", "EC2, S3 and IAM tickets", "EC2, S3, IAM and EKS tickets"),
    (
        _CS,
        "experiences[0].bullets[2]",
        "certified",
        "end",
        "when customers onboard.",
        "when customers onboard, as a certified AWS SysOps Administrator.",
    ),
    (
        _CS,
        "experiences[1].description",
        "date",
        "start",
        "Further-education college helpdesk",
        "Further-education college helpdesk from 2021",
    ),
    (
        _CS,
        "experiences[1].description",
        "degree",
        "end",
        "300 staff.",
        "300 staff, alongside a BSc in Computing.",
    ),
    (
        _CS,
        "experiences[1].bullets[0]",
        "recognition",
        "end",
        "and password resets.",
        "and password resets, winning the college's staff recognition award.",
    ),
    (
        _CS,
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "for account creation.",
        "for account creation, saving the college £12k a year.",
    ),
    (
        _CS,
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Migrated a customer's on-premises file server to Amazon FSx.",
    ),
    (
        _CS,
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Imaged and deployed 250 laptops for a new academic year.",
    ),
]

# --- Edits an honest reviewer could argue either way: (cv, field, old, new, reason) --------------------

AMBIGUOUS_EDITS = [
    (
        _CIO,
        "experiences[1].bullets[2]",
        "priority-one incidents",
        "P1 incidents",
        "P1 is the usual shorthand for priority-one, but the CV never writes it",
    ),
    (
        _CIO,
        "experiences[0].bullets[0]",
        "over three sites",
        "over three UK sites",
        "the retailer is a UK one, but the CV does not say where the three sites are",
    ),
    (
        _PMO,
        "overview",
        "has SC clearance",
        "holds active SC clearance",
        "the CV says cleared to SC level, not whether the clearance is still active",
    ),
    (
        _INS,
        "experiences[0].bullets[1]",
        "quote-and-buy share from",
        "quote-and-buy share of new business from",
        "the CV does not say what the share is a share of",
    ),
    (
        _EA,
        "experiences[0].bullets[2]",
        "Designed ISO 20022 migration",
        "Designed the ISO 20022 (MX) migration",
        "MX is the common name of ISO 20022 payment messages, but the CV never uses it",
    ),
    (
        _EA,
        "overview",
        "for banks of up to",
        "for tier-2 banks of up to",
        "a bank of 4m customers is arguably tier 2, but the CV gives no tier",
    ),
    (
        _CTO,
        "experiences[0].bullets[0]",
        "HIPAA-aligned controls",
        "HIPAA-compliant controls",
        "compliant is a stronger claim than aligned",
    ),
    (
        _ERP,
        "experiences[1].bullets[2]",
        "to six.",
        "to six (a 50% reduction).",
        "the percentage is arithmetic on the CV's own figures, but the CV never states it",
    ),
    (
        _DA,
        "overview",
        "Statistics graduate",
        "Data science graduate",
        "the degree is Statistics with Data Science; calling it data science leans on the second half",
    ),
    (
        _FE,
        "experiences[1].bullets[0]",
        "the React front end",
        "the accessible React front end",
        "the audit and award suggest it, but the CV never calls the front end accessible",
    ),
    (
        _NET,
        "overview",
        "with the exam booked",
        "with the exam booked for 2025",
        "the CV says the exam is booked but gives no date",
    ),
    (
        _QA,
        "experiences[0].bullets[1]",
        "Executed regression every",
        "Executed regression and exploratory testing every",
        "exploratory testing is the posting's word; the CV only says manual testing",
    ),
    (
        _ME,
        "experiences[1].bullets[1]",
        "to within 8 per cent.",
        "to within 8 per cent, confirming the design.",
        "an interpretation of the validation result the CV does not draw",
    ),
    (
        _CS,
        "experiences[0].bullets[3]",
        "one week in every six.",
        "one week in every six, giving customers 24/7 cover.",
        "an out-of-hours rota may or may not mean round-the-clock cover",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, FABRICATIONS)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)

# Written blind: measured with the guard of c2b09e7 (session 9's start) 136/146 caught and
# 3/147 touched, and with the session's final guard (never shown this set) 136/146 and 3/147 (the
# final blind figure); then a tuning set in session 10 (guardcat10, guardhon10): the figures below.
GUARD_FLOOR = {"caught": 143, "touched": 0}
CATCH_NOT_MET = "set S: 143/146 injected claims caught (97.9%; blind 136/146, then tuned on)"
