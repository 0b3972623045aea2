"""Blind set H for the free-text claims guard (issue 20): ten hand-written CVs (Oracle Fusion SCM,
SOC analyst, solar/wind asset management, Cerner EHR, airline crew scheduling, SAP BW/4HANA, React
front end, ROS 2 robotics, tax technology, telecom OSS/BSS), each with a job posting or brief and
one honest tailoring in a different style, plus single invented claims injected into that tailoring.

Written blind: without reading the guard, its rules, its tests or the other sets; only the shape in
``tests/claims_blind_set.py`` and the checks in ``tests/test_claims_blind_sets.py``."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# 1. Supply-chain ERP (Oracle Fusion SCM); honest style: close paraphrase.
_scm = cv(
    "Oracle Fusion SCM Consultant",
    "Ingrid Solberg",
    "Supply chain ERP consultant with 12 years of experience implementing Oracle E-Business Suite and Oracle "
    "Fusion Cloud SCM for manufacturers and distributors. Led 6 full-cycle implementations covering inventory, "
    "order management and procurement.",
    [
        (
            "2019 – present: Lead Oracle Fusion SCM Consultant, Nordvik Industrial Group",
            "Lead functional consultant for the migration of 14 warehouses from Oracle EBS R12 to Oracle Fusion Cloud SCM.",
            [
                "Designed the inventory and order management configuration for 14 warehouses in 5 countries.",
                "Reduced order-to-ship cycle time from 4 days to 2.5 days by redesigning pick-wave rules.",
                "Built 35 OTBI reports and 12 BI Publisher templates for warehouse operations.",
                "Coached a team of 4 junior consultants on Fusion configuration and testing.",
            ],
            ["Oracle Fusion Cloud SCM", "Oracle EBS R12", "OTBI", "BI Publisher", "FBDI"],
        ),
        (
            "2014 – 2019: Oracle EBS Consultant, Castellan Consulting",
            "Functional consultant on Oracle EBS R12 supply chain projects for distribution clients.",
            [
                "Implemented Advanced Supply Chain Planning for a food distributor with 1,200 SKUs.",
                "Migrated 80,000 item records using data loader templates and SQL validation scripts.",
                "Wrote functional designs for 20 order management extensions.",
            ],
            ["Oracle EBS R12", "ASCP", "SQL", "PL/SQL"],
        ),
        (
            "2012 – 2014: Supply Chain Analyst, Hartmann Logistics",
            "Analyst in the planning team of a third-party logistics provider.",
            [
                "Maintained safety-stock parameters for 3 distribution centres.",
                "Produced weekly fill-rate reports in Excel and Access.",
                "Coordinated cycle counts with warehouse supervisors.",
            ],
            ["Excel", "Access", "Oracle EBS 11i"],
        ),
    ],
    skills=["Oracle Fusion SCM", "Order Management", "Inventory Management", "Procurement", "Supply Planning"],
    languages=["SQL", "PL/SQL"],
    tools=["OTBI", "BI Publisher", "FBDI"],
    certifications=["Oracle Fusion Cloud SCM Order Management 2023 Certified Implementation Professional"],
    industries=["Manufacturing", "Distribution", "Logistics"],
    spoken_languages=["Norwegian", "English", "German"],
    academic_background=["MSc Logistics, BI Norwegian Business School"],
)
CVS["scm"] = {
    "source": _scm,
    "prompt": "Job posting: Senior Oracle Fusion SCM Functional Lead for a manufacturing client moving from EBS to "
    "Fusion Cloud. Must have: Order Management, Inventory, Supply Planning, OTBI reporting, data migration (FBDI). "
    "Nice to have: Oracle Transportation Management, Warehouse Management Cloud.",
    "honest": tailor(
        _scm,
        "Oracle Fusion Cloud SCM functional lead with twelve years of supply chain ERP experience across Oracle "
        "E-Business Suite and Fusion Cloud SCM, serving manufacturers and distributors. Has led six end-to-end "
        "implementations spanning inventory, order management and procurement.",
        [
            (
                "Functional lead for moving fourteen warehouses off Oracle EBS R12 onto Oracle Fusion Cloud SCM.",
                [
                    "Designed Inventory and Order Management configuration for 14 warehouses across five countries.",
                    "Cut order-to-ship cycle time from four days to two and a half by reworking pick-wave rules.",
                    "Delivered 35 OTBI reports and a dozen BI Publisher templates for warehouse operations.",
                    "Coached four junior consultants on Fusion configuration and testing.",
                ],
            ),
            (
                "Functional consultant on Oracle E-Business Suite R12 supply chain projects for distribution clients.",
                [
                    "Implemented ASCP (Advanced Supply Chain Planning) for a food distributor with 1.2k SKUs.",
                    "Migrated 80k item records with data loader templates and SQL validation scripts.",
                    "Authored functional designs for twenty Order Management extensions.",
                ],
            ),
            (
                "Planning-team analyst at a third-party logistics (3PL) provider.",
                [
                    "Maintained safety-stock parameters for three distribution centers.",
                    "Produced weekly fill-rate reporting in Excel and Access.",
                    "Coordinated cycle counting with the warehouse supervisors.",
                ],
            ),
        ],
    ),
}

# 2. Cybersecurity SOC analyst; honest style: results-first, posting keywords.
_soc = cv(
    "SOC Analyst",
    "Daniel Okafor",
    "Security operations analyst with 7 years in 24/7 SOC environments, triaging alerts in Splunk Enterprise "
    "Security and responding to endpoint incidents with CrowdStrike Falcon. GIAC GCIH certified.",
    [
        (
            "2021 – present: Senior SOC Analyst, Meridian Bank",
            "Tier 2 analyst and shift lead in the bank's in-house security operations centre, covering 9,000 endpoints.",
            [
                "Wrote 60 Splunk correlation searches mapped to MITRE ATT&CK techniques.",
                "Cut false-positive alerts by 35% through tuning of CrowdStrike Falcon prevention policies.",
                "Led containment of a ransomware intrusion, isolating 40 hosts within 2 hours.",
                "Trained 5 Tier 1 analysts on triage playbooks.",
            ],
            ["Splunk Enterprise Security", "CrowdStrike Falcon", "MITRE ATT&CK", "ServiceNow SecOps"],
        ),
        (
            "2018 – 2021: SOC Analyst, Sentinel Managed Security",
            "Tier 1 analyst at a managed security service provider monitoring 25 client networks.",
            [
                "Triaged about 150 alerts per shift across Splunk and QRadar.",
                "Drafted 12 incident response playbooks for phishing and malware cases.",
                "Escalated confirmed incidents to clients within the 30-minute SLA.",
            ],
            ["Splunk", "IBM QRadar", "Palo Alto Networks", "Python"],
        ),
        (
            "2017 – 2018: IT Support Technician, Lakeside College",
            "First-line support for staff and students on a campus of 3,000 users.",
            [
                "Rolled out Windows 10 to 600 lab machines.",
                "Managed Active Directory accounts and group policies.",
            ],
            ["Windows 10", "Active Directory", "Group Policy"],
        ),
    ],
    skills=["Incident response", "Threat hunting", "Alert triage", "Detection engineering"],
    languages=["Python", "SPL"],
    tools=["Splunk Enterprise Security", "CrowdStrike Falcon", "IBM QRadar", "ServiceNow"],
    certifications=["GIAC Certified Incident Handler (GCIH)", "CompTIA Security+"],
    industries=["Banking", "Managed security services", "Education"],
    spoken_languages=["English", "Yoruba"],
    academic_background=["BSc Computer Science, University of Leeds"],
)
CVS["soc"] = {
    "source": _soc,
    "prompt": "Job: SOC Analyst Level 3 / Threat Hunter. Required: Splunk ES, CrowdStrike Falcon, MITRE ATT&CK, "
    "incident response leadership. Nice to have: Microsoft Sentinel, SOAR automation, OSCP.",
    "honest": tailor(
        _soc,
        "Incident responder and threat hunter: seven years in round-the-clock SOCs, triaging alerts in Splunk ES and "
        "handling endpoint incidents with CrowdStrike Falcon. Holds the GCIH certification.",
        [
            (
                "Shift lead and Tier 2 analyst in Meridian Bank's in-house SOC, protecting 9k endpoints.",
                [
                    "35% fewer false-positive alerts after tuning CrowdStrike Falcon prevention policies.",
                    "40 hosts isolated within two hours while leading containment of a ransomware intrusion.",
                    "Sixty Splunk correlation searches written and mapped to MITRE ATT&CK techniques.",
                    "Five Tier 1 analysts trained on triage playbooks.",
                ],
            ),
            (
                "Tier 1 analyst for a managed security service provider (MSSP), monitoring twenty-five client networks.",
                [
                    "Roughly 150 alerts triaged per shift in Splunk and QRadar.",
                    "Confirmed incidents escalated to clients inside the half-hour SLA.",
                    "A dozen incident response playbooks drafted for phishing and malware cases.",
                ],
            ),
            (
                "First-line IT support for staff and students on a 3,000-user campus.",
                [
                    "Windows 10 rolled out to six hundred lab machines.",
                    "Active Directory accounts and Group Policy managed.",
                ],
            ),
        ],
    ),
}

# 3. Solar/wind asset management; honest style: verbose third person.
_energy = cv(
    "Renewable Energy Asset Manager",
    "Lucía Fernández Ortega",
    "Renewable energy asset manager with 10 years in solar PV and onshore wind, responsible for portfolios of up "
    "to 850 MW. Combines technical performance analysis with O&M contract management and investor reporting.",
    [
        (
            "2020 – present: Senior Asset Manager, Helios Renewables Fund",
            "Manages a portfolio of 32 solar PV parks and 6 onshore wind farms in Spain and Portugal, 850 MW in total.",
            [
                "Raised portfolio availability from 97.1% to 98.6% by renegotiating O&M contracts with availability "
                "guarantees.",
                "Introduced Power Factors Drive as the portfolio's monitoring platform, replacing 4 separate SCADA portals.",
                "Prepared quarterly investor reports and annual budgets of EUR 45 million.",
                "Managed the repowering study for a 24 MW wind farm built in 2006.",
            ],
            ["Power Factors Drive", "SCADA", "Excel", "Power BI"],
        ),
        (
            "2016 – 2020: Performance Engineer, Eólica Levante",
            "Performance engineer for a wind operator with 410 MW of onshore capacity.",
            [
                "Analysed 10-minute SCADA data to find underperforming turbines, recovering 2.3 GWh per year.",
                "Built a Python tool for power-curve analysis used by a team of 6 engineers.",
                "Coordinated blade inspections with drone service providers.",
            ],
            ["Python", "pandas", "SCADA", "Vestas turbines"],
        ),
        (
            "2014 – 2016: Junior Engineer, SolarTec Ingeniería",
            "Commissioning engineer for utility-scale solar PV plants.",
            [
                "Commissioned 3 PV plants totalling 120 MW.",
                "Ran IV-curve tests and thermographic inspections.",
            ],
            ["PVsyst", "AutoCAD"],
        ),
    ],
    skills=["Asset management", "Performance analysis", "O&M contract management", "Investor reporting"],
    languages=["Python"],
    tools=["Power Factors Drive", "PVsyst", "Power BI", "SCADA"],
    certifications=["PRINCE2 Foundation"],
    industries=["Renewable energy"],
    spoken_languages=["Spanish", "English", "Portuguese"],
    academic_background=["MSc Energy Engineering, Universidad Politécnica de Madrid"],
)
CVS["energy"] = {
    "source": _energy,
    "prompt": "Brief: Head of Technical Asset Management for a 1.2 GW solar and wind IPP. Key: availability and "
    "yield optimisation, O&M contract negotiation, repowering, investor reporting. Preferred: battery storage "
    "(BESS) experience, GWO certificate.",
    "honest": tailor(
        _energy,
        "Lucía is a renewable energy asset manager with a decade of experience across solar photovoltaics and onshore "
        "wind, having been responsible for portfolios of as much as 850 megawatts. She pairs technical performance "
        "analysis with the management of operations and maintenance contracts and reporting to investors.",
        [
            (
                "She manages a portfolio of thirty-two solar PV parks and six onshore wind farms across Spain and "
                "Portugal, totalling 850 MW.",
                [
                    "She increased portfolio availability from 97.1 percent to 98.6 percent by renegotiating the O&M "
                    "contracts to include availability guarantees.",
                    "She introduced Power Factors Drive as the single monitoring platform for the portfolio, replacing "
                    "four separate SCADA portals.",
                    "She prepares the quarterly investor reports and annual budgets of €45m.",
                    "She managed the repowering study for a 24-megawatt wind farm built in 2006.",
                ],
            ),
            (
                "Lucía worked as a performance engineer for a wind operator with 410 megawatts of onshore capacity.",
                [
                    "She analysed ten-minute SCADA data to identify underperforming turbines, recovering 2.3 "
                    "gigawatt-hours a year.",
                    "She built a Python power-curve analysis tool used by a six-person engineering team.",
                    "She coordinated blade inspections with drone service providers.",
                ],
            ),
            (
                "She started as a commissioning engineer on utility-scale solar photovoltaic plants.",
                [
                    "She commissioned three PV plants with a combined capacity of 120 MW.",
                    "She carried out IV-curve testing and thermographic inspections.",
                ],
            ),
        ],
    ),
}

# 4. Hospital EHR (Cerner); honest style: posting keywords, American spelling.
_ehr = cv(
    "Clinical Informatics Analyst",
    "Priya Raman",
    "Clinical informatics analyst with 9 years implementing and optimising Cerner Millennium in acute hospitals. "
    "Former registered nurse who bridges clinicians and IT.",
    [
        (
            "2019 – present: Lead Cerner Analyst, St. Aldric University Hospital",
            "Lead analyst for the Cerner Millennium order entry and clinical documentation modules in a 780-bed "
            "teaching hospital.",
            [
                "Led the PowerChart and CPOE build for 42 inpatient wards during the hospital's go-live.",
                "Reduced medication order turnaround from 45 minutes to 20 minutes with redesigned order sets.",
                "Ran 120 super-user training sessions for nursing and medical staff.",
                "Maintained HL7 interfaces to the laboratory and radiology systems.",
            ],
            ["Cerner Millennium", "PowerChart", "CPOE", "HL7 v2", "Discern Expert"],
        ),
        (
            "2016 – 2019: Clinical Applications Analyst, Northfield Health Trust",
            "Analyst supporting the trust's electronic health record across 3 hospitals.",
            [
                "Built 85 Discern Expert rules for sepsis and VTE alerts.",
                "Resolved level 2 tickets for clinical documentation, averaging 60 tickets per week.",
                "Wrote test scripts for two Cerner code upgrades.",
            ],
            ["Cerner Millennium", "Discern Expert", "SQL", "ServiceNow"],
        ),
        (
            "2012 – 2016: Staff Nurse, Northfield General Hospital",
            "Registered nurse on an acute medical ward.",
            [
                "Acted as ward super-user during the move from paper charts to electronic records.",
                "Mentored newly qualified nurses.",
            ],
            ["Cerner PowerChart"],
        ),
    ],
    skills=["EHR implementation", "Clinical documentation", "Order sets", "Clinical decision support", "Training"],
    languages=["SQL", "CCL"],
    tools=["Cerner Millennium", "PowerChart", "Discern Expert", "ServiceNow"],
    certifications=["Cerner Certified Professional – PowerChart"],
    industries=["Healthcare"],
    spoken_languages=["English", "Tamil"],
    academic_background=["BSc Nursing, King's College London"],
)
CVS["ehr"] = {
    "source": _ehr,
    "prompt": "Posting: Oracle Health (Cerner) Clinical Informatics Lead, 900-bed academic medical center. Required: "
    "Cerner Millennium PowerChart/CPOE build, order sets, clinical decision support, HL7. Preferred: Epic "
    "experience, nursing background, HIMSS CPHIMS.",
    "honest": tailor(
        _ehr,
        "Clinical informatics lead with nine years implementing and optimizing Oracle Health (Cerner) Millennium in "
        "acute care hospitals; a former RN who bridges clinicians and IT.",
        [
            (
                "Lead analyst for Cerner Millennium order entry and clinical documentation at a 780-bed university "
                "teaching hospital.",
                [
                    "Led PowerChart and computerized provider order entry (CPOE) build across 42 inpatient units at "
                    "go-live.",
                    "Cut medication order turnaround from 45 to 20 minutes by redesigning order sets.",
                    "Delivered 120 super-user training sessions for nurses and physicians.",
                    "Maintained HL7 interfaces to lab and radiology systems.",
                ],
            ),
            (
                "Supported the trust's EHR across three hospitals as clinical applications analyst.",
                [
                    "Built 85 clinical decision support rules in Discern Expert for sepsis and VTE alerting.",
                    "Resolved around 60 level 2 clinical documentation tickets a week.",
                    "Wrote test scripts for 2 Cerner code upgrades.",
                ],
            ),
            (
                "Registered nurse (RN) on an acute medical ward.",
                [
                    "Ward super-user for the transition from paper charts to the electronic health record.",
                    "Mentored newly-qualified nurses.",
                ],
            ),
        ],
    ),
}

# 5. Airline crew scheduling; honest style: aggressive restructuring and nominalisation.
_crew = cv(
    "Crew Planning Systems Lead",
    "Markus Lindqvist",
    "Airline operations systems consultant with 11 years in crew planning and scheduling. Specialist in Jeppesen "
    "Crew Pairing and Crew Rostering and in EASA flight time limitation rules.",
    [
        (
            "2018 – present: Crew Planning Systems Lead, Nordic Airways",
            "Leads the crew planning systems team for an airline with 70 aircraft and 2,400 crew members.",
            [
                "Moved long-haul and short-haul pairing optimisation to Jeppesen Crew Pairing, cutting hotel nights "
                "by 8%.",
                "Encoded EASA FTL rules and union agreements in the rostering rule set.",
                "Led a team of 6 analysts and developers.",
                "Introduced preferential bidding for cabin crew, raising granted requests to 72%.",
                "Cut roster publication from 6 weeks to 4 weeks before the month of operation.",
            ],
            ["Jeppesen Crew Pairing", "Jeppesen Crew Rostering", "Python", "Oracle Database"],
        ),
        (
            "2013 – 2018: Crew Scheduler and Analyst, Baltic Air Charter",
            "Scheduler for a charter airline with 18 aircraft, later responsible for planning analytics.",
            [
                "Built monthly rosters for 450 pilots and cabin crew.",
                "Automated disruption reports in SQL and Excel, saving 10 hours per week.",
                "Supported the selection of a new crew management system.",
                "Trained 3 new schedulers on AIMS.",
                "Kept crew qualification and licence records up to date for the charter fleet.",
            ],
            ["AIMS", "SQL", "Excel"],
        ),
    ],
    skills=["Crew pairing", "Crew rostering", "Fatigue risk management", "Operations research"],
    languages=["Python", "SQL"],
    tools=["Jeppesen Crew Pairing", "Jeppesen Crew Rostering", "AIMS"],
    certifications=["Lean Six Sigma Green Belt"],
    industries=["Aviation"],
    spoken_languages=["Swedish", "English", "Finnish"],
    academic_background=["MSc Operations Research, KTH Royal Institute of Technology"],
)
CVS["crew"] = {
    "source": _crew,
    "prompt": "Job: Crew Optimisation Manager at a low-cost carrier (120 aircraft). Must: Jeppesen/Boeing Crew "
    "Pairing and Rostering, EASA FTL, fatigue risk management, team leadership. Nice: Sabre, CAE, reserve "
    "optimisation.",
    "honest": tailor(
        _crew,
        "Crew planning and scheduling specialist: eleven years of airline operations systems consulting, with depth "
        "in Jeppesen Crew Pairing/Rostering and EASA Flight Time Limitations (FTL).",
        [
            (
                "Leadership of the crew planning systems team at an airline of 70 aircraft and 2.4k crew.",
                [
                    "Migration of short- and long-haul pairing optimisation to Jeppesen Crew Pairing; 8 percent fewer "
                    "hotel nights.",
                    "Encoding of EASA FTL rules and union agreements into the rostering rule set.",
                    "Leadership of six analysts and developers.",
                    "Introduction of preferential bidding for cabin crew, raising the share of granted requests to "
                    "72%.",
                    "Roster publication brought forward from six to four weeks ahead of the operating month.",
                ],
            ),
            (
                "Scheduling for an 18-aircraft charter airline, later with ownership of planning analytics.",
                [
                    "Monthly rostering of 450 pilots and cabin crew.",
                    "Automation of disruption reports in SQL/Excel: ten hours saved weekly.",
                    "Support for the selection of a new crew management system.",
                    "Training of three new schedulers on AIMS.",
                    "Upkeep of crew qualification and licence records for the charter fleet.",
                ],
            ),
        ],
    ),
}

# 6. SAP BW/4HANA reporting; honest style: very short.
_bw = cv(
    "SAP BW/4HANA Consultant",
    "Thomas Brandt",
    "SAP BI consultant with 15 years in SAP BW, of which 5 on SAP BW/4HANA. Builds data models and reporting for "
    "finance and sales in SAP Analysis for Office and SAP Analytics Cloud.",
    [
        (
            "2020 – present: Senior SAP BW/4HANA Consultant, Kessler Chemie AG",
            "Lead developer for the migration of the group's SAP BW 7.5 system to SAP BW/4HANA 2.0.",
            [
                "Converted 140 InfoCubes and DSOs to advanced DSOs and CompositeProviders.",
                "Cut the nightly load window from 7 hours to 3 hours with HANA-optimised transformations in AMDP.",
                "Built the group profitability model used by 300 controllers in Analysis for Office.",
            ],
            ["SAP BW/4HANA 2.0", "SAP HANA", "AMDP", "SAP Analysis for Office", "SAP Analytics Cloud"],
        ),
        (
            "2012 – 2020: SAP BW Consultant, Datalogic Beratung GmbH",
            "BW consultant on reporting projects for manufacturing and retail clients.",
            [
                "Designed sales and COPA reporting for a retailer with 900 stores.",
                "Wrote ABAP start and end routines for complex transformations.",
                "Supported 4 BW upgrades from 7.0 to 7.4.",
                "Delivered BEx query training to business users.",
            ],
            ["SAP BW 7.0", "SAP BW 7.4", "ABAP", "BEx Query Designer"],
        ),
        (
            "2011 – 2012: Junior BI Developer, Kaufhof IT Services",
            "Report developer in the BI competence centre.",
            [
                "Built 50 BEx reports for store controlling.",
                "Documented data flows for 12 extractors.",
            ],
            ["SAP BW 7.0", "BEx"],
        ),
    ],
    skills=["Data modelling", "SAP BW/4HANA", "Finance reporting", "Performance tuning"],
    languages=["ABAP", "SQLScript"],
    tools=["SAP Analysis for Office", "SAP Analytics Cloud", "Eclipse BW Modeling Tools"],
    certifications=["SAP Certified Application Associate – SAP BW/4HANA 2.0"],
    industries=["Chemicals", "Manufacturing", "Retail"],
    spoken_languages=["German", "English"],
    academic_background=["Diplom Wirtschaftsinformatik, Universität Mannheim"],
)
CVS["bw"] = {
    "source": _bw,
    "prompt": "Brief: SAP BW/4HANA Lead for a finance reporting programme; S/4HANA source, SAP Analytics Cloud "
    "stories, Datasphere roadmap. Candidate should show data modelling, migration experience and SAC.",
    "honest": tailor(
        _bw,
        "SAP BI consultant, 15 yrs SAP BW, 5 on BW/4HANA. Finance and sales models and reporting in Analysis for "
        "Office and SAC.",
        [
            (
                "Lead developer, SAP BW 7.5 to BW/4HANA 2.0 migration.",
                [
                    "140 InfoCubes/DSOs converted to aDSOs and CompositeProviders.",
                    "Nightly loads cut from 7 h to 3 h via AMDP transformations.",
                    "Group profitability model for 300 controllers (Analysis for Office).",
                ],
            ),
            (
                "BW reporting for manufacturing and retail clients.",
                [
                    "Sales and CO-PA reporting, 900-store retailer.",
                    "ABAP start/end routines for complex transformations.",
                    "Four BW upgrades, 7.0 to 7.4.",
                    "BEx query training for business users.",
                ],
            ),
            (
                "BI competence-centre report developer.",
                [
                    "50 BEx reports for store controlling.",
                    "Data flows documented for twelve extractors.",
                ],
            ),
        ],
    ),
}

# 7. React/TypeScript front end; honest style: results-first.
_react = cv(
    "Senior Front-End Engineer",
    "Aisha Bello",
    "Front-end engineer with 8 years building web applications, the last 5 in React and TypeScript. Cares about "
    "accessibility, performance and design systems.",
    [
        (
            "2022 – present: Senior Front-End Engineer, Parcelly",
            "Front-end lead for the shipment tracking web app used by 1.5 million customers a month.",
            [
                "Migrated the app from JavaScript to TypeScript over 9 months without a feature freeze.",
                "Built a component library of 60 React components with Storybook, adopted by 4 product teams.",
                "Improved Largest Contentful Paint from 4.2 s to 1.8 s through code splitting and image optimisation.",
                "Raised WCAG 2.1 AA compliance after an external audit found 120 issues.",
            ],
            ["React 18", "TypeScript", "Next.js", "Storybook", "Jest", "Playwright"],
        ),
        (
            "2019 – 2022: Front-End Developer, Brightlane Digital",
            "Developer at a digital agency building web apps for retail and travel clients.",
            [
                "Built a booking flow in React and Redux for a tour operator handling 20,000 bookings a month.",
                "Introduced Jest unit tests, bringing coverage from 15% to 70%.",
                "Mentored 2 junior developers.",
            ],
            ["React", "Redux", "JavaScript", "Jest", "Sass"],
        ),
        (
            "2018 – 2019: Web Developer, Kora Media",
            "Developer of news and marketing sites.",
            [
                "Built responsive landing pages in jQuery and Sass.",
                "Maintained WordPress themes for 10 client sites.",
            ],
            ["jQuery", "Sass", "WordPress", "PHP"],
        ),
    ],
    skills=["Front-end architecture", "Accessibility", "Web performance", "Design systems"],
    languages=["TypeScript", "JavaScript", "HTML", "CSS"],
    tools=["React", "Next.js", "Storybook", "Jest", "Playwright"],
    industries=["Logistics", "Travel", "Media"],
    spoken_languages=["English", "Hausa"],
    academic_background=["BSc Software Engineering, University of Lagos"],
)
CVS["react"] = {
    "source": _react,
    "prompt": "Job: Staff Front-End Engineer (React/TypeScript). Required: React 18, TypeScript, Next.js, design "
    "systems, Core Web Vitals, accessibility (WCAG). Nice: GraphQL, React Native, micro-frontends.",
    "honest": tailor(
        _react,
        "Eight years shipping web applications, five of them in React and TypeScript; focused on accessibility, web "
        "performance and design systems.",
        [
            (
                "Front-end lead on a shipment-tracking web application with 1.5M monthly customers.",
                [
                    "LCP down from 4.2 seconds to 1.8 seconds via code splitting and image optimization.",
                    "60-component React library in Storybook, adopted across four product teams.",
                    "JavaScript-to-TypeScript migration completed in nine months with no feature freeze.",
                    "Improved WCAG 2.1 AA compliance following an external audit that found 120 issues.",
                ],
            ),
            (
                "Developer at a digital agency delivering web apps for retail and travel clients.",
                [
                    "React/Redux booking flow for a tour operator processing 20k bookings monthly.",
                    "Unit-test coverage raised from 15 to 70 percent by introducing Jest.",
                    "Mentored two junior developers.",
                ],
            ),
            (
                "Built news and marketing websites.",
                [
                    "Responsive landing pages built with jQuery and Sass.",
                    "WordPress themes maintained for ten client sites.",
                ],
            ),
        ],
    ),
}

# 8. Robotics (ROS 2); honest style: close paraphrase, American spelling.
_robot = cv(
    "Robotics Software Engineer",
    "Kenji Watanabe",
    "Robotics software engineer with 8 years in autonomous mobile robots, working in C++ and Python on ROS and "
    "ROS 2. Focus on navigation, localisation and sensor fusion.",
    [
        (
            "2021 – present: Senior Robotics Engineer, Trailbot Systems",
            "Navigation lead for a fleet of autonomous warehouse robots deployed at 12 customer sites.",
            [
                "Ported the navigation stack from ROS 1 Noetic to ROS 2 Humble with Nav2.",
                "Improved localisation accuracy from 8 cm to 3 cm by fusing lidar, wheel odometry and IMU data in an "
                "extended Kalman filter.",
                "Cut mission failures by 40% through recovery behaviours in behaviour trees.",
                "Set up Gazebo simulation tests in CI, running 200 scenarios per merge request.",
            ],
            ["ROS 2 Humble", "Nav2", "C++17", "Python", "Gazebo", "GitLab CI"],
        ),
        (
            "2018 – 2021: Robotics Engineer, Kitamura Automation",
            "Engineer in a team of 9 building an inspection robot for power substations.",
            [
                "Wrote the perception node detecting gauges with OpenCV.",
                "Integrated a Velodyne VLP-16 lidar and calibrated it against the stereo camera.",
                "Field-tested the robot at 3 substations over 14 months.",
            ],
            ["ROS Melodic", "C++14", "OpenCV", "PCL"],
        ),
        (
            "2016 – 2018: Research Assistant, Tohoku University",
            "Research assistant in the Field Robotics Lab.",
            [
                "Implemented a particle filter for underground localisation.",
                "Co-authored 2 conference papers on SLAM.",
            ],
            ["ROS Indigo", "C++", "MATLAB"],
        ),
    ],
    skills=["Navigation", "Localisation", "Sensor fusion", "Motion planning", "Simulation"],
    languages=["C++", "Python"],
    tools=["ROS 2", "Nav2", "Gazebo", "OpenCV", "PCL"],
    industries=["Logistics", "Energy", "Research"],
    spoken_languages=["Japanese", "English"],
    academic_background=["MEng Mechanical Engineering, Tohoku University"],
)
CVS["robot"] = {
    "source": _robot,
    "prompt": "Job: Lead Robotics Software Engineer, AMR fleet. Required: ROS 2, Nav2, C++, sensor fusion, "
    "simulation/CI. Nice: Isaac Sim, MoveIt 2, safety standards (ISO 3691-4), PhD.",
    "honest": tailor(
        _robot,
        "Robotics software engineer with eight years on autonomous mobile robots (AMRs), working in C++ and Python "
        "on ROS and ROS2, focused on navigation, localization and sensor fusion.",
        [
            (
                "Navigation lead for an autonomous warehouse robot fleet deployed at twelve customer sites.",
                [
                    "Ported the navigation stack from ROS 1 Noetic to ROS 2 Humble using Nav2.",
                    "Improved localization accuracy from 8 cm to 3 cm by fusing LiDAR, wheel odometry and IMU data in "
                    "an EKF.",
                    "Reduced mission failures by 40 percent with behavior-tree recovery behaviors.",
                    "Added Gazebo simulation tests to CI, running 200 scenarios on every merge request.",
                ],
            ),
            (
                "Member of a nine-person team building an inspection robot for power substations.",
                [
                    "Wrote the OpenCV perception node that detects gauges.",
                    "Integrated a Velodyne VLP-16 LiDAR and calibrated it to the stereo camera.",
                    "Field-tested the robot at three substations over fourteen months.",
                ],
            ),
            (
                "Research assistant, Field Robotics Lab.",
                [
                    "Implemented a particle filter for localization underground.",
                    "Co-authored two conference papers on SLAM.",
                ],
            ),
        ],
    ),
}

# 9. Tax technology (Vertex, ONESOURCE); honest style: nominalisation and posting keywords.
_tax = cv(
    "Tax Technology Manager",
    "Claire Dubois",
    "Tax technology consultant with 10 years automating indirect and direct tax processes. Implements Vertex O "
    "Series and Thomson Reuters ONESOURCE for multinational groups on SAP and Oracle ERPs.",
    [
        (
            "2019 – present: Tax Technology Manager, Aldergrove Advisory",
            "Manager in the tax technology practice of an advisory firm, leading indirect tax engine implementations.",
            [
                "Led 7 Vertex O Series implementations integrated with SAP S/4HANA.",
                "Designed tax determination for sales in 38 countries, covering VAT and US sales and use tax.",
                "Reduced manual tax adjustments by 65% for a consumer goods client.",
                "Managed a team of 5 consultants and offshore testers.",
            ],
            ["Vertex O Series", "SAP S/4HANA", "SAP SD", "SAP MM", "Alteryx"],
        ),
        (
            "2016 – 2019: Senior Tax Analyst, Fenwick Pharmaceuticals",
            "In-house tax analyst responsible for the corporate income tax provision.",
            [
                "Automated the quarterly tax provision in ONESOURCE Tax Provision, shortening the close by 4 days.",
                "Built Alteryx workflows to map 2,500 general ledger accounts to tax categories.",
                "Prepared transfer pricing documentation for 11 subsidiaries.",
            ],
            ["ONESOURCE Tax Provision", "Alteryx", "Oracle EBS", "Excel"],
        ),
        (
            "2014 – 2016: Tax Associate, Morel & Partners",
            "Associate in the corporate tax compliance team.",
            [
                "Prepared corporate tax returns for mid-sized French companies.",
                "Reviewed VAT returns for 30 clients each month.",
            ],
            ["Excel", "Sage"],
        ),
    ],
    skills=["Indirect tax", "Tax provision", "Tax determination", "Process automation", "ERP integration"],
    languages=["SQL"],
    tools=["Vertex O Series", "ONESOURCE", "Alteryx", "SAP S/4HANA"],
    certifications=["Vertex O Series Certified Implementer"],
    industries=["Consumer goods", "Pharmaceuticals", "Professional services"],
    spoken_languages=["French", "English"],
    academic_background=["Master 2 Fiscalité, Université Paris-Dauphine"],
)
CVS["tax"] = {
    "source": _tax,
    "prompt": "Posting: Senior Manager, Indirect Tax Technology. Required: Vertex O Series or ONESOURCE Indirect "
    "Tax (Determination), SAP S/4HANA integration, e-invoicing, VAT. Preferred: CPA or chartered tax adviser, "
    "Avalara, Python.",
    "honest": tailor(
        _tax,
        "Tax technology manager with ten years of indirect and direct tax automation, implementing Vertex O Series "
        "and Thomson Reuters ONESOURCE for multinationals running SAP and Oracle ERP systems.",
        [
            (
                "Leads indirect tax engine implementations as a manager in an advisory firm's tax technology practice.",
                [
                    "Seven Vertex O Series implementations led, each integrated with SAP S/4HANA.",
                    "Tax determination designed for sales in thirty-eight countries, spanning VAT and US sales & use "
                    "tax.",
                    "Manual tax adjustments cut by sixty-five percent for a consumer goods client.",
                    "Management of five consultants plus offshore testers.",
                ],
            ),
            (
                "Owned the corporate income tax provision as an in-house senior tax analyst.",
                [
                    "Quarterly tax provision automated in ONESOURCE Tax Provision, closing four days faster.",
                    "2.5k general ledger accounts mapped to tax categories with Alteryx workflows.",
                    "Transfer pricing documentation prepared for eleven subsidiaries.",
                ],
            ),
            (
                "Corporate tax compliance associate.",
                [
                    "Corporate tax returns for mid-size French companies.",
                    "Monthly review of VAT returns for 30 clients.",
                ],
            ),
        ],
    ),
}

# 10. Telecom OSS/BSS (Amdocs); honest style: verbose third person with posting keywords.
_oss = cv(
    "Principal BSS Architect",
    "Rafael Moreira",
    "Telecom OSS/BSS architect with 16 years in billing, CRM and order management, mostly on Amdocs. Has delivered "
    "BSS transformations for mobile and fixed-line operators in Europe and Latin America.",
    [
        (
            "2018 – present: Principal BSS Architect, Telvia Communications",
            "Lead architect for the consolidation of 3 legacy billing systems onto Amdocs CES for 11 million "
            "subscribers.",
            [
                "Designed the target architecture aligned with TM Forum ODA and Open APIs.",
                "Planned the migration of 11 million subscribers in 6 waves with zero billing-cycle slippage.",
                "Reduced order fallout from 9% to 2% by redesigning order orchestration.",
                "Chaired the design authority of 12 architects across vendors.",
            ],
            ["Amdocs CES", "Amdocs Ordering", "TM Forum Open APIs", "Kafka", "Oracle Database"],
        ),
        (
            "2012 – 2018: BSS Solution Architect, Amdocs (for Claro Brazil)",
            "Solution architect on Amdocs billing and CRM deliveries for a Latin American mobile operator.",
            [
                "Designed convergent charging for prepaid and postpaid plans.",
                "Led integration of Amdocs CRM with 25 upstream and downstream systems.",
                "Supported a go-live of 30 million prepaid subscribers.",
            ],
            ["Amdocs Ensemble", "Amdocs CRM", "TIBCO", "Unix"],
        ),
        (
            "2010 – 2012: Billing Analyst, Portel",
            "Billing operations analyst at a Portuguese fixed-line operator.",
            [
                "Ran monthly bill runs for 1.2 million customers.",
                "Investigated revenue-assurance discrepancies with SQL.",
            ],
            ["Oracle SQL", "Unix shell"],
        ),
    ],
    skills=["BSS architecture", "Billing and charging", "Order management", "Data migration", "TM Forum ODA"],
    languages=["SQL", "Java"],
    tools=["Amdocs CES", "Amdocs Ensemble", "Kafka", "TIBCO"],
    certifications=["TOGAF 9 Certified", "TM Forum Open Digital Architecture Foundation"],
    industries=["Telecommunications"],
    spoken_languages=["Portuguese", "English", "Spanish"],
    academic_background=["MSc Telecommunications Engineering, Instituto Superior Técnico"],
)
CVS["oss"] = {
    "source": _oss,
    "prompt": "Brief: Client is a 5G operator replacing its BSS stack. Looking for an Amdocs/TM Forum ODA architect "
    "with billing migration experience. Bonus: Netcracker, 5G charging (CHF), cloud-native on AWS, SAFe.",
    "honest": tailor(
        _oss,
        "Rafael is a telecommunications OSS/BSS architect with sixteen years across billing, CRM and order "
        "management, largely on the Amdocs stack. He has delivered BSS transformations for mobile and fixed-line "
        "operators throughout Europe and Latin America.",
        [
            (
                "As lead architect, he consolidated three legacy billing systems onto Amdocs CES, serving 11M "
                "subscribers.",
                [
                    "He designed a target architecture aligned with the TM Forum Open Digital Architecture (ODA) and "
                    "Open APIs.",
                    "He planned the 11-million-subscriber migration in six waves without a single billing cycle "
                    "slipping.",
                    "He cut order fallout from 9 percent to 2 percent by redesigning order orchestration.",
                    "He chaired a cross-vendor design authority of twelve architects.",
                ],
            ),
            (
                "Rafael was a solution architect on Amdocs billing and CRM deliveries for a mobile operator in Latin "
                "America.",
                [
                    "He designed convergent charging covering prepaid and postpaid plans.",
                    "He led the integration of Amdocs CRM with twenty-five upstream and downstream systems.",
                    "He supported the go-live of 30M prepaid subscribers.",
                ],
            ),
            (
                "He began as a billing operations analyst at a fixed-line operator in Portugal.",
                [
                    "He ran the monthly bill runs for 1.2M customers.",
                    "He investigated revenue assurance discrepancies using SQL.",
                ],
            ),
        ],
    ),
}

_F = [
    # scm
    ("scm", "overview", "years", "start", "with twelve years", "with fifteen years"),
    ("scm", "overview", "number", "end", "Has led six end-to-end", "Has led nine end-to-end"),
    (
        "scm",
        "overview",
        "certification",
        "end",
        "order management and procurement.",
        "order management and procurement, and holds the Oracle Supply Chain Planning Cloud certification.",
    ),
    (
        "scm",
        "experiences[0].description",
        "number",
        "middle",
        "moving fourteen warehouses",
        "moving eighteen warehouses",
    ),
    ("scm", "experiences[0].bullets[1]", "metric", "middle", "to two and a half", "to one and a half"),
    (
        "scm",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "BI Publisher templates for warehouse operations.",
        "BI Publisher templates and Oracle Analytics Cloud dashboards for warehouse operations.",
    ),
    ("scm", "experiences[0].bullets[3]", "team size", "start", "Coached four junior", "Coached seven junior"),
    (
        "scm",
        "experiences[1].bullets[0]",
        "customer",
        "middle",
        "for a food distributor",
        "for Orkla, a food distributor",
    ),
    (
        "scm",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Configured Oracle Transportation Management integration for outbound carrier selection.",
    ),
    ("scm", "experiences[2].bullets[1]", "tool", "end", "in Excel and Access.", "in Excel, Access and Tableau."),
    (
        "scm",
        "experiences[1].description",
        "duration",
        "start",
        "Functional consultant on Oracle",
        "Functional consultant for seven years on Oracle",
    ),
    # soc
    (
        "soc",
        "overview",
        "certification",
        "end",
        "Holds the GCIH certification.",
        "Holds the GCIH and OSCP certifications.",
    ),
    (
        "soc",
        "overview",
        "tool",
        "middle",
        "with CrowdStrike Falcon.",
        "with CrowdStrike Falcon and Microsoft Sentinel.",
    ),
    ("soc", "experiences[0].bullets[0]", "metric", "start", "35% fewer", "45% fewer"),
    ("soc", "experiences[0].bullets[1]", "duration", "middle", "within two hours", "within forty minutes"),
    ("soc", "experiences[0].description", "number", "end", "9k endpoints", "19k endpoints"),
    ("soc", "experiences[1].bullets[0]", "number", "start", "Roughly 150 alerts", "Roughly 250 alerts"),
    (
        "soc",
        "experiences[1].description",
        "customer",
        "end",
        "twenty-five client networks.",
        "twenty-five client networks, including Barclays and NHS Digital.",
    ),
    (
        "soc",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "SOAR playbooks built to automate enrichment of user-reported phishing emails.",
    ),
    ("soc", "experiences[2].bullets[0]", "version", "start", "Windows 10 rolled", "Windows 11 rolled"),
    (
        "soc",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "trained on triage playbooks.",
        "trained on triage playbooks; named the bank's Security Analyst of the Year.",
    ),
    (
        "soc",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "40 hosts isolated within two hours while leading containment of a ransomware intrusion.",
    ),
    # energy
    ("energy", "overview", "years", "start", "with a decade of experience", "with twelve years of experience"),
    ("energy", "overview", "number", "middle", "as much as 850 megawatts", "as much as 1.2 gigawatts"),
    (
        "energy",
        "overview",
        "degree",
        "end",
        "and reporting to investors.",
        "and reporting to investors, backed by a PhD in wind energy.",
    ),
    ("energy", "experiences[0].bullets[0]", "metric", "middle", "to 98.6 percent", "to 99.2 percent"),
    ("energy", "experiences[0].bullets[2]", "number", "end", "€45m", "€54m"),
    (
        "energy",
        "experiences[0].description",
        "tool",
        "end",
        "totalling 850 MW.",
        "totalling 850 MW, plus 60 MW of co-located battery storage.",
    ),
    ("energy", "experiences[0].bullets[3]", "date", "end", "built in 2006", "built in 2004"),
    (
        "energy",
        "experiences[1].bullets[1]",
        "team size",
        "end",
        "six-person engineering team",
        "ten-person engineering team",
    ),
    (
        "energy",
        "experiences[1].bullets[2]",
        "customer",
        "end",
        "with drone service providers.",
        "with Siemens Gamesa and drone service providers.",
    ),
    (
        "energy",
        "experiences[1].description",
        "certified",
        "end",
        "of onshore capacity.",
        "of onshore capacity, holding GWO Basic Safety Training certification.",
    ),
    (
        "energy",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "She designed the medium-voltage cable routing for a 50 MW plant extension.",
    ),
    ("energy", "experiences[1].bullets[0]", "metric", "end", "2.3 gigawatt-hours a year", "3.2 gigawatt-hours a year"),
    # ehr
    (
        "ehr",
        "overview",
        "tool",
        "end",
        "bridges clinicians and IT.",
        "bridges clinicians and IT, with hands-on Epic experience.",
    ),
    (
        "ehr",
        "overview",
        "certified",
        "start",
        "Clinical informatics lead with nine years",
        "CPHIMS-certified clinical informatics lead with nine years",
    ),
    ("ehr", "experiences[0].description", "number", "middle", "780-bed", "870-bed"),
    ("ehr", "experiences[0].bullets[0]", "number", "middle", "42 inpatient units", "52 inpatient units"),
    ("ehr", "experiences[0].bullets[1]", "metric", "middle", "from 45 to 20 minutes", "from 45 to 12 minutes"),
    (
        "ehr",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "for nurses and physicians.",
        "for nurses and physicians, rated 4.9 out of 5 by attendees.",
    ),
    (
        "ehr",
        "experiences[0].bullets[3]",
        "version",
        "start",
        "Maintained HL7 interfaces",
        "Maintained HL7 v3 interfaces",
    ),
    (
        "ehr",
        "experiences[1].description",
        "customer",
        "middle",
        "across three hospitals as",
        "across three hospitals, including Great Ormond Street, as",
    ),
    (
        "ehr",
        "experiences[2].description",
        "degree",
        "end",
        "on an acute medical ward.",
        "on an acute medical ward, later completing an MSc in Health Informatics.",
    ),
    (
        "ehr",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Cut medication order turnaround from 45 to 20 minutes by redesigning order sets.",
    ),
    (
        "ehr",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Chaired the ward's falls-prevention working group.",
    ),
    # crew
    ("crew", "overview", "years", "middle", "eleven years", "fourteen years"),
    (
        "crew",
        "overview",
        "tool",
        "end",
        "and EASA Flight Time Limitations (FTL).",
        "and EASA Flight Time Limitations (FTL), plus Sabre crew tracking.",
    ),
    ("crew", "experiences[0].description", "number", "middle", "of 70 aircraft", "of 120 aircraft"),
    ("crew", "experiences[0].bullets[0]", "metric", "end", "8 percent fewer", "12 percent fewer"),
    ("crew", "experiences[0].bullets[2]", "team size", "end", "six analysts", "nine analysts"),
    ("crew", "experiences[0].bullets[4]", "duration", "middle", "from six to four weeks", "from six to three weeks"),
    ("crew", "experiences[1].bullets[1]", "number", "end", "ten hours saved weekly", "fifteen hours saved weekly"),
    (
        "crew",
        "experiences[1].bullets[2]",
        "customer",
        "end",
        "a new crew management system.",
        "a new crew management system for Finnair.",
    ),
    ("crew", "experiences[1].description", "date", "start", "Scheduling for an", "Scheduling, from 2011, for an"),
    (
        "crew",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Design of a reserve-crew optimisation model, reducing standby duties.",
    ),
    ("crew", "experiences[1].bullets[3]", "certified", "end", "on AIMS.", "on AIMS, as a certified AIMS trainer."),
    # bw
    ("bw", "overview", "years", "start", "15 yrs SAP BW", "18 yrs SAP BW"),
    ("bw", "overview", "number", "middle", "5 on BW/4HANA", "7 on BW/4HANA"),
    ("bw", "overview", "tool", "end", "Analysis for Office and SAC.", "Analysis for Office, SAC and Datasphere."),
    ("bw", "experiences[0].description", "version", "end", "BW/4HANA 2.0 migration.", "BW/4HANA 2023 migration."),
    ("bw", "experiences[0].bullets[0]", "number", "start", "140 InfoCubes", "240 InfoCubes"),
    ("bw", "experiences[0].bullets[1]", "metric", "middle", "to 3 h", "to 90 min"),
    ("bw", "experiences[0].bullets[2]", "number", "middle", "300 controllers", "3,000 controllers"),
    ("bw", "experiences[1].bullets[0]", "customer", "end", "900-store retailer.", "900-store retailer (Aldi Süd)."),
    ("bw", "experiences[1].bullets[2]", "version", "end", "7.0 to 7.4.", "7.0 to 7.5."),
    (
        "bw",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Nightly loads cut from 7 h to 3 h via AMDP transformations.",
    ),
    (
        "bw",
        "experiences[2].description",
        "certification",
        "end",
        "report developer.",
        "report developer; SAP Certified Development Associate – ABAP.",
    ),
    ("bw", "experiences[0].bullets[+]", "new bullet", "end", None, "S/4HANA embedded analytics CDS views for finance."),
    # react
    ("react", "overview", "years", "start", "Eight years shipping", "Ten years shipping"),
    ("react", "overview", "tool", "end", "and design systems.", "and design systems, plus GraphQL APIs."),
    ("react", "experiences[0].description", "number", "end", "1.5M monthly customers", "2.5M monthly customers"),
    ("react", "experiences[0].bullets[0]", "metric", "middle", "to 1.8 seconds", "to 1.2 seconds"),
    ("react", "experiences[0].bullets[1]", "number", "end", "four product teams", "seven product teams"),
    ("react", "experiences[0].bullets[2]", "duration", "middle", "in nine months", "in six months"),
    ("react", "experiences[0].bullets[3]", "version", "start", "Improved WCAG 2.1 AA", "Improved WCAG 2.2 AA"),
    ("react", "experiences[1].bullets[0]", "customer", "middle", "for a tour operator", "for TUI"),
    ("react", "experiences[1].bullets[2]", "team size", "middle", "two junior developers", "five junior developers"),
    (
        "react",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Companion React Native app for the newsroom, published to both app stores.",
    ),
    (
        "react",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Unit-test coverage raised from 15 to 70 percent by introducing Jest.",
    ),
    (
        "react",
        "experiences[1].description",
        "recognition",
        "end",
        "for retail and travel clients.",
        "for retail and travel clients, winning a Webby Award.",
    ),
    # robot
    (
        "robot",
        "overview",
        "degree",
        "end",
        "localization and sensor fusion.",
        "localization and sensor fusion, with a PhD in robotics.",
    ),
    ("robot", "overview", "tool", "middle", "on ROS and ROS2,", "on ROS, ROS2 and MoveIt 2,"),
    ("robot", "experiences[0].description", "number", "end", "twelve customer sites", "twenty customer sites"),
    ("robot", "experiences[0].bullets[0]", "version", "end", "ROS 2 Humble", "ROS 2 Jazzy"),
    ("robot", "experiences[0].bullets[1]", "metric", "middle", "to 3 cm", "to 1 cm"),
    ("robot", "experiences[0].bullets[2]", "metric", "middle", "by 40 percent", "by 60 percent"),
    ("robot", "experiences[0].bullets[3]", "tool", "start", "Added Gazebo simulation", "Added Isaac Sim simulation"),
    ("robot", "experiences[1].description", "team size", "middle", "nine-person team", "fifteen-person team"),
    ("robot", "experiences[1].bullets[2]", "duration", "end", "over fourteen months", "over two years"),
    ("robot", "experiences[1].bullets[1]", "version", "middle", "Velodyne VLP-16", "Velodyne VLP-32"),
    ("robot", "experiences[2].bullets[1]", "number", "start", "Co-authored two", "Co-authored four"),
    (
        "robot",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led the ISO 3691-4 safety assessment of the fleet with an external notified body.",
    ),
    # tax
    (
        "tax",
        "overview",
        "certification",
        "start",
        "Tax technology manager with",
        "CPA and tax technology manager with",
    ),
    ("tax", "overview", "years", "start", "with ten years", "with twelve years"),
    (
        "tax",
        "overview",
        "tool",
        "end",
        "SAP and Oracle ERP systems.",
        "SAP and Oracle ERP systems, as well as Avalara.",
    ),
    ("tax", "experiences[0].bullets[0]", "number", "start", "Seven Vertex", "Nine Vertex"),
    ("tax", "experiences[0].bullets[1]", "number", "middle", "thirty-eight countries", "forty-eight countries"),
    ("tax", "experiences[0].bullets[2]", "customer", "end", "for a consumer goods client.", "for Unilever."),
    ("tax", "experiences[0].bullets[3]", "team size", "middle", "five consultants", "eight consultants"),
    (
        "tax",
        "experiences[0].description",
        "tool",
        "end",
        "tax technology practice.",
        "tax technology practice, including e-invoicing roll-outs.",
    ),
    ("tax", "experiences[1].bullets[0]", "duration", "end", "closing four days faster", "closing six days faster"),
    ("tax", "experiences[1].bullets[1]", "number", "start", "2.5k general ledger", "5.2k general ledger"),
    (
        "tax",
        "experiences[2].description",
        "date",
        "end",
        "Corporate tax compliance associate.",
        "Corporate tax compliance associate from 2012.",
    ),
    (
        "tax",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Implementation of Pillar Two GloBE calculations for the group.",
    ),
    (
        "tax",
        "experiences[1].description",
        "recognition",
        "end",
        "as an in-house senior tax analyst.",
        "as an in-house senior tax analyst, earning the CFO's excellence award.",
    ),
    # oss
    ("oss", "overview", "years", "middle", "sixteen years", "nineteen years"),
    (
        "oss",
        "overview",
        "customer",
        "end",
        "throughout Europe and Latin America.",
        "throughout Europe and Latin America, including Vodafone and Telefónica.",
    ),
    ("oss", "experiences[0].description", "number", "end", "11M subscribers", "14M subscribers"),
    ("oss", "experiences[0].bullets[1]", "number", "middle", "in six waves", "in four waves"),
    ("oss", "experiences[0].bullets[2]", "metric", "end", "to 2 percent", "to 0.5 percent"),
    ("oss", "experiences[0].bullets[3]", "team size", "end", "twelve architects", "twenty architects"),
    (
        "oss",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "and Open APIs.",
        "and Open APIs, deployed cloud-native on AWS.",
    ),
    (
        "oss",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "prepaid and postpaid plans.",
        "prepaid and postpaid plans, including 5G CHF.",
    ),
    ("oss", "experiences[1].bullets[2]", "number", "end", "30M prepaid subscribers", "40M prepaid subscribers"),
    ("oss", "experiences[2].bullets[0]", "number", "end", "1.2M customers", "2.1M customers"),
    (
        "oss",
        "experiences[1].description",
        "certified",
        "start",
        "Rafael was a solution architect",
        "Rafael was an Amdocs-certified solution architect",
    ),
    (
        "oss",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "He designed convergent charging covering prepaid and postpaid plans.",
    ),
    ("oss", "experiences[0].description", "version", "middle", "onto Amdocs CES,", "onto Amdocs CES 10,"),
]

_A = [
    (
        "scm",
        "experiences[0].bullets[0]",
        "Designed Inventory",
        "Owned the design of Inventory",
        "owning the design is stronger than designing, but a lead consultant plausibly owned it",
    ),
    (
        "soc",
        "overview",
        "Incident responder and threat hunter",
        "Senior incident responder and threat hunter",
        "seniority is not claimed in the overview, though the latest title is Senior SOC Analyst",
    ),
    (
        "energy",
        "experiences[0].bullets[1]",
        "She introduced Power Factors Drive",
        "She selected and introduced Power Factors Drive",
        "the CV says she introduced the platform, not that she chose it",
    ),
    (
        "react",
        "overview",
        "Eight years shipping web applications",
        "Eight years shipping web applications at scale",
        "'at scale' is vague; 1.5 million monthly customers supports it only for the latest role",
    ),
    (
        "oss",
        "experiences[0].bullets[1]",
        "without a single billing cycle slipping",
        "without a single billing cycle slipping or any customer impact",
        "zero billing-cycle slippage is stated; no customer impact is an inference",
    ),
    (
        "robot",
        "experiences[0].description",
        "Navigation lead",
        "Navigation technical lead",
        "'technical' narrows the kind of lead the CV does not specify",
    ),
    (
        "tax",
        "experiences[0].bullets[1]",
        "spanning VAT and US",
        "spanning VAT, GST and US",
        "GST is a VAT-type tax that 38 countries likely include, but the CV names only VAT",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _F)
AMBIGUOUS = build(CVS, _A, with_reason=True)
# Measured blind at 953ff99's guard (scripts/bench_claims_blind.py --set h): 115 caught, 8 touched.
# Then tuned on (by class): 118/118 caught, 1/131 touched (a product's new name beside its old: Oracle
# Health for Cerner).
GUARD_FLOOR = {"caught": 118, "touched": 1}
