"""Blind set D for the free-text claims guard (issue 20): twelve hand-written CVs in domains no earlier
set uses (clinical data management, 5G core, public-sector GIS, Snowflake/dbt, native mobile,
S/4HANA finance, Unreal Engine, cloud FinOps, MLOps, Salesforce Commerce Cloud, IEC 62304 firmware,
warehouse management), each with a job posting or customer brief and one honest tailoring written in
its own style (terse, verbose, results-first, the brief's vocabulary), plus single claims injected
into the tailoring the way a model slips: nudged figures, figures borrowed from elsewhere in the CV,
added metrics, lower-case or versioned products, customers, credentials, degrees, years, team sizes,
durations, dates, awards, invented and moved bullets.

Written blind: its author never opened the guard's code, its rules, its documentation, its
benchmarks or any other set; only ``tests/claims_blind_set.py`` (the shape), the shape tests and the
CV contract. Figures measured on it go in ``GUARD_FLOOR``. After its first blind measurement (195/214
caught, 6/140 touched) it was used to tune the guard (by class, never by its words): set E is the blind one."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}

# --- 1. Clinical data management (SAS, CDISC SDTM/ADaM) -------------------------------------------

_clinical = cv(
    "Senior Clinical Programmer",
    "Ingrid Halvorsen",
    "Clinical programmer with 11 years in pharmaceutical and CRO settings, producing CDISC SDTM and ADaM "
    "datasets and tables, listings and figures (TLFs) in SAS for Phase I-III trials. Has supported 4 "
    "regulatory submissions to the FDA and PMDA and leads programming teams of up to 6.",
    [
        (
            "2021 – 2024 | Lead Statistical Programmer, Nordavia Pharma",
            "Oncology programme of three Phase III studies in non-small-cell lung cancer, from database lock "
            "to submission.",
            [
                "Led a team of 6 programmers delivering SDTM and ADaM datasets for three Phase III oncology studies.",
                "Built a macro library of 45 validated SAS macros for TLF production, reducing programming time "
                "per study by 30%.",
                "Prepared define.xml 2.0 and reviewer's guides for the NDA submission accepted by the FDA in 2023.",
                "Ran Pinnacle 21 validation and resolved all reject-level findings before each data transfer.",
            ],
            [
                "SAS 9.4",
                "SAS Enterprise Guide",
                "Pinnacle 21 Enterprise",
                "CDISC SDTM 1.7",
                "ADaM 1.1",
                "define.xml 2.0",
            ],
        ),
        (
            "2017 – 2021 | Statistical Programmer, Meridian Clinical Research",
            "Programming for sponsor studies in cardiology and vaccines at a mid-sized CRO.",
            [
                "Mapped raw EDC data from Medidata Rave to SDTM for 12 studies.",
                "Produced double-programmed TLFs for interim analyses and DSMB meetings.",
                "Automated the reconciliation of serious adverse events between the safety database and EDC, "
                "cutting manual checks from two days to four hours.",
            ],
            ["SAS 9.4", "Medidata Rave", "Argus Safety", "SDTM", "R"],
        ),
        (
            "2013 – 2017 | Clinical Data Manager, Helix Diagnostics",
            "Data management for diagnostic device and early-phase studies.",
            [
                "Wrote data management plans and edit check specifications for 8 studies.",
                "Ran query management and database lock for studies of up to 400 patients.",
            ],
            ["OpenClinica", "SAS", "Excel"],
        ),
    ],
    skills=[
        "CDISC SDTM",
        "CDISC ADaM",
        "TLF programming",
        "define.xml",
        "SAS macro programming",
        "Data management plans",
    ],
    languages=["SAS", "R", "SQL"],
    tools=["SAS Enterprise Guide", "Pinnacle 21", "Medidata Rave", "OpenClinica"],
    certifications=["SAS Certified Advanced Programmer for SAS 9"],
    industries=["Pharmaceuticals", "Contract research", "Medical diagnostics"],
    spoken_languages=["Norwegian", "English"],
    academic_background=["MSc Biostatistics, University of Oslo"],
)
CVS["clinical"] = {
    "source": _clinical,
    "prompt": "Sponsor brief: a mid-size biotech preparing a BLA for an immuno-oncology antibody needs a lead "
    "statistical programmer to own SDTM/ADaM, TLFs and the submission package (define.xml, ADRG), working "
    "with a CRO. Pinnacle 21 and FDA submission experience required; CDISC certification, R Shiny and "
    "Python are a plus.",
    "honest": tailor(
        _clinical,
        "Lead-level clinical programmer with eleven years across pharma and CRO settings, building CDISC "
        "SDTM/ADaM datasets and TLFs in SAS for Phase I to III trials; has supported four FDA and PMDA "
        "submissions and led programming teams of up to six.",
        [
            (
                "Three Phase III non-small-cell lung cancer studies in oncology, taken from database lock "
                "through to submission.",
                [
                    "Led six programmers producing SDTM and ADaM datasets across the three Phase III oncology studies.",
                    "Cut programming time per study by 30 percent with a library of 45 validated SAS macros for TLFs.",
                    "Authored define.xml 2.0 and the reviewer's guides for the NDA the FDA accepted in 2023.",
                    "Cleared every reject-level Pinnacle 21 finding ahead of each data transfer.",
                ],
            ),
            (
                "Cardiology and vaccine sponsor studies, programmed at a mid-sized contract research organisation.",
                [
                    "Mapped Medidata Rave EDC data to SDTM on 12 studies.",
                    "Double-programmed TLFs for interim analyses and Data Safety Monitoring Board meetings.",
                    "Automated SAE reconciliation between the safety database and EDC, taking manual checks from "
                    "two days down to 4 hours.",
                ],
            ),
            (
                "Diagnostic-device and early-phase study data management.",
                [
                    "Authored data management plans and edit-check specifications for eight studies.",
                    "Managed queries and database lock on studies with up to 400 patients.",
                ],
            ),
        ],
    ),
}

_F = [
    ("clinical", "experiences[0].bullets[1]", "number", "end", "45 validated", "54 validated"),
    (
        "clinical",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "ahead of each data transfer.",
        "ahead of each data transfer, cutting rework by 20%.",
    ),
    (
        "clinical",
        "experiences[1].bullets[0]",
        "tool",
        "middle",
        "Medidata Rave EDC",
        "Medidata Rave and Veeva Vault EDC",
    ),
    (
        "clinical",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "Double-programmed TLFs for",
        "Double-programmed TLFs with r shiny review apps for",
    ),
    (
        "clinical",
        "experiences[1].description",
        "customer",
        "start",
        "Cardiology and vaccine sponsor studies",
        "Cardiology and vaccine studies for Novartis",
    ),
    (
        "clinical",
        "overview",
        "certification",
        "end",
        "led programming teams of up to six.",
        "led programming teams of up to six; holds the CDISC ADaM certification.",
    ),
    (
        "clinical",
        "experiences[0].bullets[3]",
        "certified",
        "start",
        "Cleared every",
        "As a certified Pinnacle 21 administrator, cleared every",
    ),
    (
        "clinical",
        "overview",
        "degree",
        "start",
        "Lead-level clinical programmer with",
        "Lead-level clinical programmer holding a PhD in biostatistics, with",
    ),
    ("clinical", "overview", "years", "middle", "eleven years", "fifteen years"),
    ("clinical", "experiences[0].bullets[0]", "team size", "start", "Led six programmers", "Led nine programmers"),
    (
        "clinical",
        "experiences[2].bullets[1]",
        "team size",
        "start",
        "Managed queries",
        "Managed a team of three data managers handling queries",
    ),
    (
        "clinical",
        "experiences[0].description",
        "duration",
        "end",
        "through to submission.",
        "through to submission in under ten months.",
    ),
    ("clinical", "experiences[0].bullets[2]", "date", "end", "accepted in 2023.", "accepted in 2022."),
    ("clinical", "experiences[0].bullets[2]", "version", "start", "Authored define.xml 2.0", "Authored define.xml 2.1"),
    (
        "clinical",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "down to 4 hours.",
        "down to 4 hours, work that earned the company's annual quality award.",
    ),
    (
        "clinical",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Trained 15 site coordinators on eCRF completion guidelines.",
    ),
    (
        "clinical",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Mapped Medidata Rave EDC data to SDTM for 12 studies.",
    ),
]

# --- 2. Telecom 5G core networks ------------------------------------------------------------------

_telecom = cv(
    "5G Core Network Architect",
    "Tomasz Wieczorek",
    "Network architect with 14 years in mobile core networks, the last 5 focused on 5G Standalone core. "
    "Designed and rolled out cloud-native 5GC functions (AMF, SMF, UPF) on Kubernetes for two national "
    "operators and migrated EPC subscribers with no service outage.",
    [
        (
            "2020 – 2024 | 5G Core Lead Architect, Baltic Mobile",
            "Greenfield 5G Standalone core for a national operator with 9 million subscribers.",
            [
                "Designed the 5GC architecture with AMF, SMF, UPF and NRF deployed as cloud-native network "
                "functions on Red Hat OpenShift.",
                "Placed UPFs at 14 edge sites, reducing user-plane latency to under 10 ms for enterprise slices.",
                "Defined network slicing for eMBB and URLLC services, signed off by the operator's enterprise unit.",
                "Ran interoperability testing with three RAN vendors before commercial launch in March 2022.",
            ],
            ["Ericsson Dual-mode 5G Core", "Red Hat OpenShift", "Kubernetes", "Helm", "3GPP Release 16", "Wireshark"],
        ),
        (
            "2016 – 2020 | Packet Core Engineer, Telenord",
            "Operations and evolution of the 4G EPC serving 5.5 million subscribers.",
            [
                "Virtualised MME and SGW/PGW on OpenStack, retiring 40 racks of legacy hardware.",
                "Automated configuration audits with Python and Ansible, cutting audit time from a week to a day.",
                "Handled tier-3 incidents for the packet core, keeping availability at 99.995%.",
            ],
            ["OpenStack", "Nokia CMM", "Python", "Ansible", "Diameter"],
        ),
        (
            "2010 – 2016 | Core Network Engineer, Polnet Telecom",
            "Circuit- and packet-switched core integration for a regional operator.",
            [
                "Integrated GGSN and SGSN nodes during the 3G network expansion.",
                "Wrote the test procedures used for 20 core software upgrades.",
            ],
            ["Huawei UGW", "SS7", "GTP"],
        ),
    ],
    skills=[
        "5G Standalone core",
        "Network slicing",
        "EPC",
        "Cloud-native network functions",
        "Interoperability testing",
    ],
    languages=["Python", "Bash"],
    tools=["Kubernetes", "Red Hat OpenShift", "OpenStack", "Ansible", "Wireshark"],
    certifications=["Certified Kubernetes Administrator (CKA)", "Ericsson Certified Associate – 5G Core"],
    industries=["Telecommunications"],
    spoken_languages=["Polish", "English", "German"],
    academic_background=["MSc Telecommunications Engineering, Warsaw University of Technology"],
)
CVS["telecom"] = {
    "source": _telecom,
    "prompt": "Operator RFP: a tier-1 mobile operator seeks a 5G SA core architect to lead the migration from "
    "NSA to SA, design network slicing for private networks and deploy CNFs on a telco cloud (VMware Tanzu "
    "or OpenShift). Experience with Nokia or Ericsson 5GC, 3GPP Rel-17, service mesh (Istio) and CI/CD "
    "for CNFs expected.",
    "honest": tailor(
        _telecom,
        "Mobile core architect: 14 years in the field, the past five on 5G SA core. Has designed and deployed "
        "cloud-native 5GC network functions (AMF, SMF, UPF) on Kubernetes for two national operators, and moved "
        "EPC subscribers across without an outage.",
        [
            (
                "5G SA core built from scratch for a national operator serving nine million subscribers.",
                [
                    "Architected the 5GC: AMF, SMF, UPF and NRF as cloud-native network functions on Red Hat OpenShift.",
                    "Deployed UPFs at 14 edge locations, bringing user-plane latency for enterprise slices below 10 ms.",
                    "Designed eMBB and URLLC network slices, approved by the operator's enterprise business unit.",
                    "Led interoperability tests with 3 RAN vendors ahead of the March 2022 commercial launch.",
                ],
            ),
            (
                "Ran and evolved the 4G EPC for 5.5M subscribers.",
                [
                    "Moved MME and SGW/PGW onto OpenStack and retired 40 racks of legacy kit.",
                    "Automated config audits in Python and Ansible: one day instead of one week.",
                    "Tier-3 incident owner for the packet core, holding availability at 99.995 percent.",
                ],
            ),
            (
                "Integration of circuit- and packet-switched core for a regional operator.",
                [
                    "Brought GGSN and SGSN nodes into service during the 3G expansion, and wrote the test "
                    "procedures for 20 core software upgrades.",
                ],
            ),
        ],
    ),
}

_F += [
    ("telecom", "experiences[0].bullets[1]", "number", "middle", "14 edge locations", "18 edge locations"),
    (
        "telecom",
        "experiences[0].description",
        "number",
        "end",
        "nine million subscribers",
        "fourteen million subscribers",
    ),
    (
        "telecom",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "on Red Hat OpenShift.",
        "on Red Hat OpenShift with an Istio service mesh.",
    ),
    (
        "telecom",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "in Python and Ansible",
        "in Python, Ansible and terraform",
    ),
    (
        "telecom",
        "experiences[0].bullets[2]",
        "version",
        "start",
        "Designed eMBB and URLLC",
        "Designed 3GPP Release 17 eMBB and URLLC",
    ),
    (
        "telecom",
        "overview",
        "customer",
        "middle",
        "for two national operators,",
        "for two national operators, Deutsche Telekom among them,",
    ),
    (
        "telecom",
        "overview",
        "certified",
        "end",
        "without an outage.",
        "without an outage. Nokia-certified 5G core specialist.",
    ),
    ("telecom", "overview", "years", "middle", "the past five on 5G SA core", "the past seven on 5G SA core"),
    (
        "telecom",
        "experiences[0].bullets[3]",
        "date",
        "end",
        "the March 2022 commercial launch",
        "the March 2021 commercial launch",
    ),
    (
        "telecom",
        "experiences[1].bullets[0]",
        "duration",
        "middle",
        "onto OpenStack and retired",
        "onto OpenStack within six months and retired",
    ),
    (
        "telecom",
        "experiences[0].description",
        "team size",
        "start",
        "5G SA core built from scratch",
        "5G SA core built from scratch by a 12-person team",
    ),
    (
        "telecom",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "at 99.995 percent.",
        "at 99.995 percent and earning the operator's Engineer of the Year award.",
    ),
    (
        "telecom",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "enterprise business unit.",
        "enterprise business unit and adding 15% to enterprise revenue.",
    ),
    (
        "telecom",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Integrated the VoLTE service with the IMS core.",
    ),
    (
        "telecom",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Moved MME and SGW/PGW to OpenStack, retiring 40 racks of legacy hardware.",
    ),
    (
        "telecom",
        "experiences[2].description",
        "tool",
        "end",
        "for a regional operator.",
        "for a regional operator on Cisco ASR 5000.",
    ),
]

# --- 3. Public-sector GIS -------------------------------------------------------------------------

_gis = cv(
    "GIS Analyst and Geospatial Developer",
    "Aoife Brennan",
    "GIS specialist with 9 years in local and national government, building spatial data infrastructure, "
    "web maps and analysis on Esri ArcGIS and open-source stacks (QGIS, PostGIS). Experienced in "
    "INSPIRE-compliant data publishing and in planning and flood-risk analysis.",
    [
        (
            "2019 – 2024 | Senior GIS Developer, Kilbrandon County Council",
            "Spatial data infrastructure and public web mapping for a county council serving 95,000 residents.",
            [
                "Migrated 120 spatial datasets from file geodatabases to an enterprise PostGIS database.",
                "Built the council's public planning map on ArcGIS Enterprise and ArcGIS Experience Builder, used "
                "by around 3,000 visitors a month.",
                "Automated nightly address gazetteer updates with Python and ArcPy, replacing a manual weekly process.",
                "Published INSPIRE-compliant WMS and WFS services through GeoServer.",
            ],
            ["ArcGIS Enterprise 11.1", "ArcGIS Pro", "PostGIS", "GeoServer", "Python", "ArcPy"],
        ),
        (
            "2015 – 2019 | GIS Analyst, National Flood Risk Office",
            "Flood-risk mapping programme for river catchments.",
            [
                "Produced flood extent maps for 27 river catchments from LiDAR-derived terrain models.",
                "Ran hydrological overlay analysis in QGIS to identify 1,800 properties at risk.",
                "Trained 40 regional staff on QGIS and metadata standards.",
            ],
            ["QGIS", "ArcGIS Desktop", "LiDAR", "GDAL", "FME"],
        ),
    ],
    skills=["Spatial data infrastructure", "Web mapping", "Flood-risk analysis", "INSPIRE metadata", "Spatial SQL"],
    languages=["Python", "SQL", "JavaScript"],
    tools=["ArcGIS Pro", "ArcGIS Enterprise", "QGIS", "PostGIS", "GeoServer", "FME"],
    certifications=["Esri Technical Certification: ArcGIS Pro Professional"],
    industries=["Public sector", "Local government", "Environment"],
    spoken_languages=["English", "Irish"],
    academic_background=["MSc Geographic Information Science, University College Dublin", "BA Geography"],
)
CVS["gis"] = {
    "source": _gis,
    "prompt": "Public-sector tender: a regional transport authority needs a GIS lead to build an open data portal "
    "for road and transit assets, publish OGC API services and deliver dashboards in ArcGIS Dashboards. "
    "Knowledge of FME, PostGIS and accessibility requirements expected; Mapbox or Leaflet experience welcome.",
    "honest": tailor(
        _gis,
        "Government GIS specialist (nine years, local and national) who builds spatial data infrastructure, web "
        "maps and spatial analysis on Esri ArcGIS as well as open-source QGIS and PostGIS; publishes "
        "INSPIRE-compliant data and has worked on planning and flood-risk analysis.",
        [
            (
                "For a county council with 95k residents: spatial data infrastructure and public web maps.",
                [
                    "Moved 120 spatial datasets out of file geodatabases into an enterprise PostGIS database.",
                    "Delivered the public planning map on ArcGIS Enterprise with Experience Builder, reaching "
                    "roughly 3,000 monthly visitors.",
                    "Replaced a weekly manual gazetteer update with a nightly Python/ArcPy job.",
                    "Served INSPIRE-compliant WMS and WFS through GeoServer.",
                ],
            ),
            (
                "Mapped flood risk across river catchments for a national programme.",
                [
                    "Mapped flood extents for 27 catchments using LiDAR-derived terrain models.",
                    "Identified 1,800 at-risk properties through hydrological overlay analysis in QGIS.",
                    "Trained forty regional staff in QGIS and metadata standards.",
                ],
            ),
        ],
    ),
}

_F += [
    ("gis", "experiences[1].bullets[1]", "number", "start", "Identified 1,800", "Identified 2,800"),
    ("gis", "experiences[1].bullets[0]", "number", "middle", "for 27 catchments", "for 40 catchments"),
    (
        "gis",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "with Experience Builder,",
        "with Experience Builder and ArcGIS Dashboards,",
    ),
    ("gis", "experiences[0].bullets[3]", "tool", "end", "through GeoServer.", "through GeoServer and leaflet."),
    (
        "gis",
        "experiences[0].bullets[1]",
        "version",
        "middle",
        "on ArcGIS Enterprise with",
        "on ArcGIS Enterprise 11.3 with",
    ),
    ("gis", "experiences[0].description", "customer", "start", "For a county council", "For Cork County Council"),
    (
        "gis",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "with a nightly Python/ArcPy job.",
        "with a nightly Python/ArcPy job, saving 10 staff hours a week.",
    ),
    (
        "gis",
        "overview",
        "certification",
        "end",
        "planning and flood-risk analysis.",
        "planning and flood-risk analysis; holds the GISP certification.",
    ),
    (
        "gis",
        "overview",
        "degree",
        "middle",
        "(nine years, local and national)",
        "(nine years, local and national; PhD in geoinformatics)",
    ),
    (
        "gis",
        "overview",
        "years",
        "start",
        "Government GIS specialist (nine years",
        "Government GIS specialist (twelve years",
    ),
    (
        "gis",
        "experiences[0].bullets[0]",
        "duration",
        "start",
        "Moved 120 spatial datasets",
        "In three months, moved 120 spatial datasets",
    ),
    (
        "gis",
        "experiences[1].description",
        "team size",
        "start",
        "Mapped flood risk",
        "Led a four-person team mapping flood risk",
    ),
    (
        "gis",
        "experiences[1].bullets[0]",
        "date",
        "end",
        "LiDAR-derived terrain models.",
        "LiDAR-derived terrain models captured in 2014.",
    ),
    (
        "gis",
        "experiences[0].bullets[1]",
        "recognition",
        "end",
        "roughly 3,000 monthly visitors.",
        "roughly 3,000 monthly visitors and winning an Esri Special Achievement in GIS award.",
    ),
    (
        "gis",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built an ArcGIS StoryMap explaining flood risk to the public.",
    ),
    (
        "gis",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Published INSPIRE-compliant WMS and WFS services via GeoServer.",
    ),
]

# --- 4. Data engineering on Snowflake and dbt -----------------------------------------------------

_snowflake = cv(
    "Analytics Engineer",
    "Rafael Domínguez",
    "Data engineer with 8 years of experience, specialising in modern data stacks on Snowflake and dbt. Has "
    "built ELT pipelines, dimensional models and data quality frameworks for retail and fintech companies, "
    "and introduced CI/CD and testing practices to analytics teams.",
    [
        (
            "2021 – 2024 | Lead Analytics Engineer, Cartwell Retail Group",
            "Migration of the retail group's on-premise Teradata warehouse to Snowflake, with dbt as the "
            "transformation layer.",
            [
                "Rebuilt 350 legacy SQL jobs as dbt models organised in staging, intermediate and mart layers.",
                "Designed the sales and inventory star schemas used by 200 analysts in Looker.",
                "Introduced dbt tests and GitHub Actions CI, bringing failed production runs down from weekly to "
                "about once a quarter.",
                "Tuned warehouse sizing and clustering, lowering Snowflake credit consumption by 28%.",
            ],
            ["Snowflake", "dbt Core 1.5", "Fivetran", "Looker", "GitHub Actions", "Teradata"],
        ),
        (
            "2018 – 2021 | Data Engineer, Payvia",
            "Data platform for a payments fintech handling card transactions.",
            [
                "Built Airflow-orchestrated ingestion from PostgreSQL and Kafka into Snowflake.",
                "Implemented a data quality framework with Great Expectations covering 60 critical tables.",
                "Modelled merchant and transaction data for fraud and finance reporting.",
            ],
            ["Snowflake", "Apache Airflow", "Kafka", "PostgreSQL", "Great Expectations", "Python"],
        ),
        (
            "2016 – 2018 | BI Developer, Solano Insurance",
            "Reporting and ETL for an insurance company's claims department.",
            [
                "Developed SSIS packages loading claims data into a SQL Server warehouse.",
                "Built 25 Power BI reports for claims managers.",
            ],
            ["SQL Server", "SSIS", "Power BI"],
        ),
    ],
    skills=["ELT", "Dimensional modelling", "Data quality", "CI/CD for data", "Data warehouse migration"],
    languages=["SQL", "Python", "Jinja"],
    tools=["Snowflake", "dbt", "Apache Airflow", "Fivetran", "Looker", "Great Expectations"],
    certifications=["SnowPro Core Certification", "dbt Analytics Engineering Certification"],
    industries=["Retail", "Fintech", "Insurance"],
    spoken_languages=["Spanish", "English"],
    academic_background=["BSc Computer Science, Universidad de Sevilla"],
)
CVS["snowflake"] = {
    "source": _snowflake,
    "prompt": "Client: a European e-grocery scale-up replacing a Redshift warehouse with Snowflake needs an "
    "analytics engineer to lead the dbt project (dbt Cloud), set up data contracts and observability (Monte "
    "Carlo) and model customer and order data. SnowPro Advanced: Data Engineer and Dagster experience are "
    "advantages.",
    "honest": tailor(
        _snowflake,
        "Analytics engineer, eight years in data engineering, focused on Snowflake and dbt. Builds ELT pipelines, "
        "dimensional models and data-quality frameworks for retail and fintech; brought CI/CD and testing into "
        "analytics teams.",
        [
            (
                "Teradata-to-Snowflake move for a retail group, dbt as the transformation layer.",
                [
                    "350 legacy SQL jobs rewritten as dbt models across staging, intermediate and mart layers.",
                    "Sales and inventory star schemas serving 200 Looker analysts.",
                    "Failed production runs down from weekly to roughly quarterly after adding dbt tests and "
                    "GitHub Actions CI.",
                    "Snowflake credit use down 28% through warehouse sizing and clustering.",
                ],
            ),
            (
                "Payments fintech data platform for card transactions.",
                [
                    "Airflow-orchestrated ingestion from PostgreSQL and Kafka to Snowflake.",
                    "Great Expectations data-quality framework over 60 critical tables.",
                    "Merchant and transaction models for fraud and finance reporting.",
                ],
            ),
            (
                "Claims-department reporting and ETL at an insurer.",
                ["SSIS loads of claims data into SQL Server; 25 Power BI reports for claims managers."],
            ),
        ],
    ),
}

_F += [
    ("snowflake", "experiences[0].bullets[3]", "number", "middle", "down 28%", "down 38%"),
    (
        "snowflake",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "serving 200 Looker analysts",
        "serving 350 Looker analysts",
    ),
    (
        "snowflake",
        "experiences[0].description",
        "tool",
        "end",
        "dbt as the transformation layer.",
        "dbt Cloud as the transformation layer.",
    ),
    (
        "snowflake",
        "experiences[1].bullets[0]",
        "tool",
        "middle",
        "from PostgreSQL and Kafka",
        "from PostgreSQL, Kafka and debezium",
    ),
    (
        "snowflake",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "rewritten as dbt models",
        "rewritten as dbt 1.7 models",
    ),
    (
        "snowflake",
        "overview",
        "customer",
        "middle",
        "for retail and fintech;",
        "for retail and fintech clients such as Klarna;",
    ),
    (
        "snowflake",
        "overview",
        "certification",
        "end",
        "into analytics teams.",
        "into analytics teams; holds SnowPro Advanced: Data Engineer.",
    ),
    ("snowflake", "overview", "years", "start", "Analytics engineer, eight years", "Analytics engineer, ten years"),
    (
        "snowflake",
        "overview",
        "degree",
        "start",
        "Analytics engineer,",
        "Analytics engineer with an MSc in data science,",
    ),
    (
        "snowflake",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "over 60 critical tables.",
        "over 60 critical tables, catching 95% of data incidents before they reached reports.",
    ),
    (
        "snowflake",
        "experiences[0].description",
        "duration",
        "start",
        "Teradata-to-Snowflake move",
        "Nine-month Teradata-to-Snowflake move",
    ),
    (
        "snowflake",
        "experiences[0].bullets[0]",
        "team size",
        "middle",
        "rewritten as dbt",
        "rewritten by a five-person team as dbt",
    ),
    (
        "snowflake",
        "experiences[0].bullets[2]",
        "date",
        "middle",
        "to roughly quarterly after",
        "to roughly quarterly by Q3 2022 after",
    ),
    (
        "snowflake",
        "experiences[2].bullets[0]",
        "recognition",
        "end",
        "for claims managers.",
        "for claims managers, winning the insurer's innovation award.",
    ),
    (
        "snowflake",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built a real-time fraud scoring feed on Snowpipe Streaming.",
    ),
    (
        "snowflake",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Snowflake credit use cut by 28% through warehouse sizing and clustering.",
    ),
    (
        "snowflake",
        "experiences[1].description",
        "tool",
        "start",
        "Payments fintech data platform",
        "Dagster-orchestrated payments fintech data platform",
    ),
]

# --- 5. Native mobile apps (Kotlin / Swift) -------------------------------------------------------

_mobile = cv(
    "Senior Mobile Engineer",
    "Keiko Tanabe",
    "Mobile engineer with 10 years of native iOS and Android development in Swift and Kotlin. Has shipped "
    "banking, health and travel apps with combined downloads above 6 million, and leads mobile teams on "
    "architecture, accessibility and release automation.",
    [
        (
            "2020 – 2024 | Mobile Tech Lead, Fjord Bank",
            "Rebuild of the retail bank's mobile apps as fully native iOS and Android apps.",
            [
                "Led 7 mobile engineers across the iOS and Android squads.",
                "Moved the iOS app's UI to SwiftUI and the Android app to Jetpack Compose, sharing one design system.",
                "Introduced biometric login and card controls, raising the App Store rating from 3.1 to 4.6.",
                "Set up Fastlane and Bitrise pipelines, reducing release preparation from two days to two hours.",
            ],
            ["Swift", "SwiftUI", "Kotlin", "Jetpack Compose", "Fastlane", "Bitrise", "Firebase Crashlytics"],
        ),
        (
            "2016 – 2020 | Android Developer, Tripwise",
            "Android app for a travel booking platform.",
            [
                "Rewrote the booking flow in Kotlin with MVVM and Coroutines.",
                "Cut app start time by 40% by deferring SDK initialisation.",
                "Added offline itineraries using Room.",
            ],
            ["Kotlin", "Coroutines", "Room", "Retrofit", "Dagger"],
        ),
        (
            "2014 – 2016 | iOS Developer, Pulse Health",
            "Fitness tracking app integrated with wearables.",
            [
                "Built HealthKit integration in Objective-C and later Swift.",
                "Implemented VoiceOver support for all main screens.",
            ],
            ["Objective-C", "Swift", "HealthKit", "Core Data"],
        ),
    ],
    skills=["iOS", "Android", "Mobile architecture", "Accessibility", "Release automation"],
    languages=["Swift", "Kotlin", "Objective-C", "Java"],
    tools=["Xcode", "Android Studio", "Fastlane", "Bitrise", "Firebase"],
    certifications=["Associate Android Developer (Google)"],
    industries=["Banking", "Travel", "Health"],
    spoken_languages=["Japanese", "English", "Danish"],
    academic_background=["BSc Software Engineering, Aarhus University"],
)
CVS["mobile"] = {
    "source": _mobile,
    "prompt": "Job posting: senior mobile engineer at a digital insurer. Build our native iOS (SwiftUI) and "
    "Android (Jetpack Compose) apps, mentor the team and own CI/CD. Kotlin Multiplatform, GraphQL and "
    "in-app payments (Apple Pay, Google Pay) are a plus.",
    "honest": tailor(
        _mobile,
        "A native mobile engineer with a decade of iOS and Android work in Swift and Kotlin, who has shipped "
        "banking, health and travel apps whose downloads together exceed six million, and who leads mobile "
        "teams on architecture, accessibility and automated releases.",
        [
            (
                "Fjord Bank's retail mobile apps, rebuilt from the ground up as fully native iOS and Android "
                "applications.",
                [
                    "Led a mobile team of seven engineers spanning the iOS and Android squads.",
                    "Migrated the iOS UI to SwiftUI and the Android UI to Jetpack Compose on a single shared "
                    "design system.",
                    "Shipped biometric login and card controls, which took the App Store rating from 3.1 to 4.6.",
                    "Cut release preparation from two days to two hours with Fastlane and Bitrise pipelines.",
                ],
            ),
            (
                "The Android app of a travel booking platform.",
                [
                    "Rewrote the booking flow in Kotlin using MVVM and coroutines, and added offline itineraries "
                    "with Room.",
                    "Reduced app start time by forty percent by deferring SDK initialisation.",
                ],
            ),
            (
                "A fitness-tracking app connected to wearables.",
                [
                    "Integrated HealthKit, first in Objective-C and then in Swift.",
                    "Added VoiceOver support across all main screens.",
                ],
            ),
        ],
    ),
}

_F += [
    ("mobile", "experiences[0].bullets[2]", "number", "end", "from 3.1 to 4.6.", "from 3.1 to 4.8."),
    ("mobile", "overview", "number", "middle", "exceed six million", "exceed eight million"),
    ("mobile", "experiences[0].bullets[0]", "team size", "middle", "seven engineers", "twelve engineers"),
    (
        "mobile",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "shared design system.",
        "shared design system built with Kotlin Multiplatform.",
    ),
    (
        "mobile",
        "experiences[1].bullets[0]",
        "tool",
        "middle",
        "using MVVM and coroutines",
        "using MVVM, coroutines and graphql",
    ),
    (
        "mobile",
        "overview",
        "customer",
        "middle",
        "banking, health and travel apps whose",
        "banking, health and travel apps for clients such as Expedia, whose",
    ),
    ("mobile", "experiences[2].bullets[0]", "version", "end", "then in Swift.", "then in Swift 5."),
    (
        "mobile",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "with Fastlane and Bitrise pipelines.",
        "with Fastlane and Bitrise pipelines, doubling the release frequency.",
    ),
    (
        "mobile",
        "overview",
        "certified",
        "start",
        "A native mobile engineer",
        "An Apple-certified native mobile engineer",
    ),
    ("mobile", "overview", "years", "start", "with a decade of", "with fifteen years of"),
    (
        "mobile",
        "experiences[1].bullets[0]",
        "duration",
        "start",
        "Rewrote the booking flow in Kotlin",
        "Rewrote the booking flow in Kotlin over six weeks",
    ),
    (
        "mobile",
        "experiences[0].bullets[2]",
        "date",
        "middle",
        "and card controls, which",
        "and card controls in 2021, which",
    ),
    (
        "mobile",
        "experiences[0].description",
        "recognition",
        "end",
        "native iOS and Android applications.",
        "native iOS and Android applications, later featured by Apple on the App Store.",
    ),
    (
        "mobile",
        "experiences[2].bullets[+]",
        "new bullet",
        "end",
        None,
        "Built an Apple Watch companion app with WatchKit.",
    ),
    (
        "mobile",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reduced app start time by 40% by deferring SDK initialisation.",
    ),
    (
        "mobile",
        "experiences[2].description",
        "tool",
        "end",
        "connected to wearables.",
        "connected to wearables through Google Fit.",
    ),
]

# --- 6. SAP S/4HANA finance -----------------------------------------------------------------------

_sap = cv(
    "SAP S/4HANA Finance Consultant",
    "Markus Brandt",
    "SAP finance consultant with 16 years in FI/CO, including 6 full-cycle S/4HANA implementations. "
    "Specialises in Universal Journal design, group reporting and finance process harmonisation for "
    "manufacturing and utilities groups across Germany and Austria.",
    [
        (
            "2020 – 2024 | Lead FI/CO Architect, Rhein Industrial AG",
            "Greenfield S/4HANA 2021 implementation for an industrial manufacturing group with 38 company codes "
            "in 11 countries.",
            [
                "Designed the Universal Journal, ledger and profit-centre structure for all 38 company codes.",
                "Led the finance workstream of 9 consultants through blueprint, build and two test cycles.",
                "Implemented SAP Group Reporting, shortening the consolidation close from 8 to 5 working days.",
                "Configured Central Finance replication from two legacy ECC systems.",
            ],
            ["SAP S/4HANA 2021", "SAP Group Reporting", "SAP Central Finance", "SAP Fiori", "SAP Activate"],
        ),
        (
            "2015 – 2020 | Senior FI/CO Consultant, Alpen Energie",
            "ECC 6.0 finance rollout and optimisation for an Austrian utility.",
            [
                "Rolled out FI/CO templates to 4 subsidiaries.",
                "Redesigned product costing and CO-PA for the metering business.",
                "Automated intercompany reconciliation, reducing open items by 70%.",
            ],
            ["SAP ECC 6.0", "SAP FI/CO", "CO-PA", "SAP BW"],
        ),
        (
            "2008 – 2015 | FI Consultant, Nordkonto Beratung",
            "SAP FI support and projects for mid-sized German manufacturers.",
            [
                "Configured asset accounting and the new general ledger for 5 clients.",
                "Supported year-end closing and audit requests.",
            ],
            ["SAP ECC 6.0", "SAP FI-AA", "New GL"],
        ),
    ],
    skills=[
        "S/4HANA Finance",
        "Universal Journal",
        "Group Reporting",
        "Central Finance",
        "Product costing",
        "Finance process design",
    ],
    languages=["ABAP (reading)", "SQL"],
    tools=["SAP S/4HANA", "SAP Fiori", "SAP Solution Manager", "SAP BW"],
    certifications=["SAP Certified Application Associate – SAP S/4HANA for Financial Accounting Associates"],
    industries=["Manufacturing", "Utilities"],
    spoken_languages=["German", "English"],
    academic_background=["Diplom-Kaufmann (Business Administration), Universität Mannheim"],
)
CVS["sap"] = {
    "source": _sap,
    "prompt": "Customer brief: a chemicals group moving from ECC to S/4HANA 2023 (brownfield) needs a finance "
    "lead for FI/CO, Group Reporting and SAP Analytics Cloud planning. Experience with RISE with SAP, IFRS 16 "
    "lease accounting and SAP BTP integration required.",
    "honest": tailor(
        _sap,
        "Sixteen years in SAP FI/CO, with six end-to-end S/4HANA implementations; focus on Universal Journal "
        "design, Group Reporting and harmonising finance processes for manufacturing and utilities groups in "
        "Germany and Austria.",
        [
            (
                "S/4HANA 2021 greenfield implementation: industrial manufacturer, 38 company codes, 11 countries.",
                [
                    "Defined the Universal Journal, ledgers and profit-centre structure across the 38 company codes.",
                    "Ran the finance workstream with nine consultants from blueprint and build through both test "
                    "cycles.",
                    "Brought in SAP Group Reporting and cut the consolidation close from eight to five working days.",
                    "Set up Central Finance replication out of 2 legacy ECC systems.",
                ],
            ),
            (
                "Finance rollout and tuning on ECC 6.0 for a utility in Austria.",
                [
                    "Deployed FI/CO templates in four subsidiaries.",
                    "Reworked product costing and CO-PA for metering.",
                    "Cut open intercompany items by 70% by automating reconciliation.",
                ],
            ),
            (
                "SAP FI projects and support for German mid-market manufacturers.",
                ["Set up asset accounting and New GL at five clients; supported year-end closing and audits."],
            ),
        ],
    ),
}

_F += [
    ("sap", "experiences[0].description", "version", "start", "S/4HANA 2021 greenfield", "S/4HANA 2023 greenfield"),
    ("sap", "experiences[0].bullets[2]", "number", "end", "to five working days.", "to four working days."),
    (
        "sap",
        "experiences[0].bullets[3]",
        "number",
        "end",
        "out of 2 legacy ECC systems.",
        "out of 4 legacy ECC systems.",
    ),
    ("sap", "experiences[0].bullets[1]", "team size", "middle", "with nine consultants", "with fourteen consultants"),
    (
        "sap",
        "experiences[1].bullets[1]",
        "tool",
        "end",
        "CO-PA for metering.",
        "CO-PA for metering, integrated through SAP BTP.",
    ),
    (
        "sap",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "by automating reconciliation.",
        "by automating reconciliation in blackline.",
    ),
    ("sap", "overview", "customer", "end", "Germany and Austria.", "Germany and Austria, BASF among them."),
    ("sap", "overview", "years", "start", "Sixteen years in SAP FI/CO", "Eighteen years in SAP FI/CO"),
    ("sap", "overview", "number", "middle", "six end-to-end", "eight end-to-end"),
    (
        "sap",
        "overview",
        "certification",
        "start",
        "Sixteen years in SAP FI/CO",
        "SAP Certified Application Professional with sixteen years in SAP FI/CO",
    ),
    (
        "sap",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "in four subsidiaries.",
        "in four subsidiaries, reducing the month-end close by three days.",
    ),
    (
        "sap",
        "experiences[0].bullets[1]",
        "duration",
        "end",
        "through both test cycles.",
        "through both test cycles in 14 months.",
    ),
    (
        "sap",
        "experiences[1].description",
        "date",
        "middle",
        "Finance rollout and tuning",
        "Finance rollout (go-live January 2017) and tuning",
    ),
    (
        "sap",
        "experiences[2].bullets[0]",
        "recognition",
        "end",
        "supported year-end closing and audits.",
        "supported year-end closing and audits, earning the client's partner of the year award.",
    ),
    (
        "sap",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed IFRS 16 lease accounting with SAP RE-FX.",
    ),
    (
        "sap",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Reworked product costing and CO-PA for the metering business.",
    ),
    ("sap", "overview", "degree", "middle", "; focus on", "; MBA holder with a focus on"),
    (
        "sap",
        "experiences[0].description",
        "tool",
        "middle",
        "greenfield implementation:",
        "greenfield implementation on RISE with SAP:",
    ),
]

# --- 7. Game development (Unreal Engine) ----------------------------------------------------------

_unreal = cv(
    "Senior Gameplay Programmer",
    "Lucas Moreau",
    "Gameplay programmer with 9 years in AAA and indie studios, working in C++ and Unreal Engine 4 and 5. "
    "Shipped 3 titles on PC, PlayStation and Xbox, with a focus on gameplay systems, AI behaviour and "
    "performance optimisation.",
    [
        (
            "2019 – 2024 | Senior Gameplay Programmer, Ironvale Studios",
            "Open-world action RPG built in Unreal Engine 5 for PC, PlayStation 5 and Xbox Series X|S.",
            [
                "Built the melee combat system in C++ with the Gameplay Ability System, exposing tuning values to "
                "designers through Blueprints.",
                "Implemented enemy AI with Behavior Trees and the Environment Query System for 30 enemy types.",
                "Raised frame rate on PlayStation 5 from 45 to a stable 60 fps in dense areas by profiling with "
                "Unreal Insights.",
                "Mentored 4 junior programmers.",
            ],
            ["Unreal Engine 5.1", "C++", "Blueprints", "Gameplay Ability System", "Unreal Insights", "Perforce"],
        ),
        (
            "2015 – 2019 | Gameplay Programmer, Lanterne Games",
            "Co-op puzzle platformer and its DLC in Unreal Engine 4.",
            [
                "Programmed physics-based puzzles and the checkpoint system.",
                "Ported the game to Nintendo Switch, halving the memory usage of level streaming.",
                "Built in-editor tools that let designers assemble levels 3 times faster.",
            ],
            ["Unreal Engine 4.22", "C++", "Blueprints", "Nintendo Switch SDK", "Git"],
        ),
    ],
    skills=["Gameplay programming", "Game AI", "Performance profiling", "Tools programming", "Console development"],
    languages=["C++", "C#", "Python"],
    tools=["Unreal Engine", "Perforce", "Visual Studio", "RenderDoc"],
    industries=["Video games"],
    spoken_languages=["French", "English"],
    academic_background=["Master's in Video Game Programming, ENJMIN"],
)
CVS["unreal"] = {
    "source": _unreal,
    "prompt": "Studio job ad: senior gameplay programmer for an unannounced multiplayer shooter in Unreal Engine "
    "5. Strong C++, GAS, replication and netcode; at least one shipped AAA title. Unity experience is a plus; "
    "familiarity with Niagara and Chaos physics welcome.",
    "honest": tailor(
        _unreal,
        "Nine years as a gameplay programmer in AAA and indie studios (C++, Unreal Engine 4/5); three titles "
        "shipped on PC, PlayStation and Xbox. Focus: gameplay systems, AI behaviour, performance.",
        [
            (
                "UE5 open-world action RPG on PC, PS5 and Xbox Series X|S.",
                [
                    "Melee combat system in C++ on the Gameplay Ability System, with tuning values exposed to "
                    "designers via Blueprints.",
                    "Enemy AI for 30 enemy types using Behavior Trees and EQS.",
                    "Profiled with Unreal Insights to lift PS5 frame rate in dense areas from 45 fps to a stable 60.",
                    "Mentor to four junior programmers.",
                ],
            ),
            (
                "Unreal Engine 4 co-op puzzle platformer plus its DLC.",
                [
                    "Physics-based puzzles and checkpoint system.",
                    "Nintendo Switch port; level-streaming memory use cut in half.",
                    "Editor tools that made level assembly three times faster for designers.",
                ],
            ),
        ],
    ),
}

_F += [
    ("unreal", "experiences[0].bullets[1]", "number", "middle", "for 30 enemy types", "for 40 enemy types"),
    ("unreal", "experiences[0].bullets[2]", "number", "middle", "from 45 fps", "from 30 fps"),
    ("unreal", "experiences[0].bullets[0]", "tool", "end", "via Blueprints.", "via Blueprints and Chaos physics."),
    ("unreal", "overview", "tool", "middle", "(C++, Unreal Engine 4/5)", "(C++, Unreal Engine 4/5, Unity)"),
    (
        "unreal",
        "experiences[1].bullets[0]",
        "tool",
        "middle",
        "Physics-based puzzles and",
        "Physics-based puzzles using havok and",
    ),
    ("unreal", "experiences[0].description", "version", "start", "UE5 open-world", "UE5.3 open-world"),
    (
        "unreal",
        "overview",
        "customer",
        "end",
        "AI behaviour, performance.",
        "AI behaviour, performance; titles published by Ubisoft.",
    ),
    ("unreal", "overview", "years", "start", "Nine years as", "Twelve years as"),
    (
        "unreal",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "four junior programmers.",
        "four junior programmers in a 20-strong gameplay team.",
    ),
    (
        "unreal",
        "experiences[0].description",
        "recognition",
        "end",
        "Xbox Series X|S.",
        "Xbox Series X|S, nominated for a BAFTA Games Award.",
    ),
    (
        "unreal",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "cut in half.",
        "cut in half and load times reduced by 35%.",
    ),
    (
        "unreal",
        "experiences[1].bullets[1]",
        "duration",
        "start",
        "Nintendo Switch port;",
        "Nintendo Switch port in four months;",
    ),
    ("unreal", "experiences[1].description", "date", "end", "plus its DLC.", "plus its DLC, released in 2018."),
    (
        "unreal",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Implemented server-authoritative replication for 64-player matches.",
    ),
    (
        "unreal",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Built in-editor tools that let designers assemble levels three times faster.",
    ),
    (
        "unreal",
        "overview",
        "degree",
        "start",
        "Nine years as a gameplay programmer",
        "Nine years as a gameplay programmer with a PhD in computer graphics,",
    ),
    (
        "unreal",
        "experiences[0].bullets[3]",
        "certified",
        "start",
        "Mentor to four",
        "Epic-certified Unreal instructor and mentor to four",
    ),
]

# --- 8. Cloud FinOps ------------------------------------------------------------------------------

_finops = cv(
    "Cloud FinOps Lead",
    "Priya Raghunathan",
    "FinOps practitioner with 7 years in cloud cost management and 12 years in IT overall. Built FinOps "
    "practices for multi-cloud estates on AWS and Azure, combining tagging governance, commitment planning "
    "and showback so that engineering teams own their spend.",
    [
        (
            "2021 – 2024 | Head of Cloud FinOps, Meridian Logistics",
            "FinOps practice for a logistics company spending about $18M a year on AWS and Azure.",
            [
                "Set up the FinOps team and a monthly cost review with 25 product teams.",
                "Raised tag coverage from 55% to 96% through tagging policies enforced in AWS Organizations and "
                "Azure Policy.",
                "Planned Savings Plans and Reserved Instances, saving $2.4M in the first year.",
                "Built showback dashboards in Power BI from the AWS Cost and Usage Report and Azure Cost "
                "Management exports.",
            ],
            ["AWS", "Azure", "AWS Cost Explorer", "Azure Cost Management", "Power BI", "AWS Organizations"],
        ),
        (
            "2018 – 2021 | Cloud Cost Analyst, Stratos Media",
            "Cost optimisation for a media streaming platform on AWS.",
            [
                "Rightsized EC2 and RDS fleets, cutting compute spend by 22%.",
                "Moved archival content to S3 Glacier, saving $40,000 a month.",
                "Introduced anomaly alerts on daily spend with AWS Budgets.",
            ],
            ["AWS", "EC2", "RDS", "S3 Glacier", "AWS Budgets", "Python"],
        ),
        (
            "2012 – 2018 | IT Financial Analyst, Verdant Insurance",
            "IT budgeting and chargeback for on-premise infrastructure.",
            [
                "Maintained the IT chargeback model across 14 business units.",
                "Supported the business case for the first cloud migration.",
            ],
            ["Excel", "SAP CO", "Apptio"],
        ),
    ],
    skills=[
        "FinOps",
        "Cloud cost optimisation",
        "Commitment planning",
        "Showback and chargeback",
        "Tagging governance",
        "Forecasting",
    ],
    languages=["SQL", "Python"],
    tools=["AWS Cost Explorer", "Azure Cost Management", "Power BI", "Apptio", "CloudHealth"],
    certifications=["FinOps Certified Practitioner", "AWS Certified Cloud Practitioner"],
    industries=["Logistics", "Media", "Insurance"],
    spoken_languages=["English", "Tamil", "Hindi"],
    academic_background=["MBA Finance, University of Warwick", "BCom, University of Madras"],
)
CVS["finops"] = {
    "source": _finops,
    "prompt": "Client: a SaaS company with $30M annual cloud spend across AWS, Azure and GCP wants a FinOps lead "
    "to build unit economics, implement FOCUS-based reporting and negotiate an AWS EDP. Kubecost, GCP and "
    "the FinOps Certified Professional credential preferred.",
    "honest": tailor(
        _finops,
        "12 years in IT, seven of them in cloud cost management: FinOps practices for AWS and Azure multi-cloud "
        "estates, built on tagging governance, commitment planning and showback, with engineering teams owning "
        "their spend.",
        [
            (
                "In-house FinOps for a logistics firm with roughly 18 million dollars of yearly AWS and Azure spend.",
                [
                    "Created the FinOps team and a monthly cost review with twenty-five product teams.",
                    "Tag coverage from 55 to 96 percent, via tagging policies enforced in AWS Organizations and "
                    "Azure Policy.",
                    "$2.4 million saved in year one through Savings Plans and Reserved Instances planning.",
                    "Power BI showback dashboards fed by the AWS CUR and Azure Cost Management exports.",
                ],
            ),
            (
                "Cutting AWS costs for a media streaming platform.",
                [
                    "22% lower compute spend after rightsizing the EC2 and RDS fleets.",
                    "$40k a month saved by moving archival content to S3 Glacier.",
                    "Daily-spend anomaly alerts set up in AWS Budgets.",
                ],
            ),
            (
                "Chargeback and IT budgeting for on-prem infrastructure.",
                [
                    "Ran the IT chargeback model for 14 business units and helped build the business case for the "
                    "first cloud migration."
                ],
            ),
        ],
    ),
}

_F += [
    (
        "finops",
        "experiences[0].description",
        "number",
        "middle",
        "roughly 18 million dollars",
        "roughly 28 million dollars",
    ),
    ("finops", "experiences[0].bullets[1]", "number", "middle", "to 96 percent", "to 99 percent"),
    (
        "finops",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "with twenty-five product teams.",
        "with twenty-five product teams, lowering unit cost per shipment by 18%.",
    ),
    (
        "finops",
        "experiences[0].bullets[3]",
        "tool",
        "start",
        "Power BI showback dashboards",
        "Power BI and Kubecost showback dashboards",
    ),
    ("finops", "overview", "tool", "middle", "for AWS and Azure multi-cloud", "for AWS, Azure and GCP multi-cloud"),
    (
        "finops",
        "experiences[1].bullets[2]",
        "tool",
        "end",
        "set up in AWS Budgets.",
        "set up in AWS Budgets and datadog.",
    ),
    (
        "finops",
        "overview",
        "certification",
        "end",
        "owning their spend.",
        "owning their spend. FinOps Certified Professional.",
    ),
    (
        "finops",
        "experiences[1].description",
        "customer",
        "end",
        "for a media streaming platform.",
        "for a media streaming platform (Spotify).",
    ),
    ("finops", "overview", "years", "middle", "seven of them in cloud cost", "nine of them in cloud cost"),
    (
        "finops",
        "experiences[1].bullets[0]",
        "duration",
        "middle",
        "compute spend after rightsizing",
        "compute spend within eight weeks of rightsizing",
    ),
    (
        "finops",
        "experiences[0].bullets[2]",
        "date",
        "start",
        "$2.4 million saved in year one",
        "$2.4 million saved in 2022",
    ),
    (
        "finops",
        "experiences[0].bullets[3]",
        "version",
        "middle",
        "fed by the AWS CUR and",
        "fed by the AWS CUR 2.0 and",
    ),
    (
        "finops",
        "experiences[2].bullets[0]",
        "recognition",
        "end",
        "first cloud migration.",
        "first cloud migration, recognised with the CFO's excellence award.",
    ),
    (
        "finops",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Negotiated the AWS Enterprise Discount Program renewal, securing a 12% discount.",
    ),
    (
        "finops",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Rightsized EC2 and RDS fleets, lowering compute spend by 22%.",
    ),
    (
        "finops",
        "experiences[0].bullets[0]",
        "team size",
        "start",
        "Created the FinOps team",
        "Created a six-person FinOps team",
    ),
    (
        "finops",
        "experiences[2].description",
        "customer",
        "start",
        "Chargeback and IT budgeting",
        "Chargeback and IT budgeting for Allianz",
    ),
]

# --- 9. MLOps -------------------------------------------------------------------------------------

_mlops = cv(
    "MLOps Engineer",
    "Jonas Lindqvist",
    "MLOps engineer with 6 years taking machine learning models from notebooks to production. Builds training "
    "pipelines, model registries, feature stores and monitoring on Kubernetes and AWS, and works closely with "
    "data scientists on reproducibility.",
    [
        (
            "2021 – 2024 | Senior MLOps Engineer, Nordlys Energy Trading",
            "ML platform for forecasting electricity prices and demand.",
            [
                "Built the training and deployment platform on Kubeflow Pipelines and MLflow, used by 15 data "
                "scientists.",
                "Introduced a Feast feature store shared by 11 forecasting models.",
                "Cut model release time from three weeks to two days with GitLab CI and Argo CD.",
                "Set up drift and accuracy monitoring with Evidently and Prometheus.",
            ],
            [
                "Kubernetes",
                "Kubeflow Pipelines",
                "MLflow 2.3",
                "Feast",
                "Argo CD",
                "GitLab CI",
                "Evidently",
                "Prometheus",
                "AWS",
            ],
        ),
        (
            "2018 – 2021 | Data Engineer / ML Engineer, Klarsyn Retail",
            "Demand forecasting and recommendation models for an online retailer.",
            [
                "Productionised a demand forecasting model producing nightly forecasts for 60,000 products on AWS "
                "SageMaker.",
                "Containerised recommendation models with Docker and FastAPI, serving 300 requests per second.",
                "Wrote the team's data validation checks in Python and pandas.",
            ],
            ["AWS SageMaker", "Docker", "FastAPI", "Python", "pandas", "Airflow"],
        ),
    ],
    skills=["MLOps", "Model deployment", "Feature stores", "Model monitoring", "CI/CD"],
    languages=["Python", "Go", "SQL"],
    tools=["Kubernetes", "Kubeflow", "MLflow", "Feast", "Docker", "Terraform", "Argo CD"],
    certifications=[
        "AWS Certified Machine Learning – Specialty",
        "Certified Kubernetes Application Developer (CKAD)",
    ],
    industries=["Energy trading", "Retail"],
    spoken_languages=["Swedish", "English"],
    academic_background=["MSc Engineering Physics, KTH Royal Institute of Technology"],
)
CVS["mlops"] = {
    "source": _mlops,
    "prompt": "Job: ML platform engineer at a healthtech company. Build our LLM and classical ML platform on GCP "
    "Vertex AI and Kubernetes; experience with Ray, Weights & Biases, model serving (KServe, Triton) and "
    "LLMOps. A Databricks certification is a plus.",
    "honest": tailor(
        _mlops,
        "Six years moving ML models from notebook to production: training pipelines, model registries, feature "
        "stores and monitoring on Kubernetes and AWS, in close partnership with data scientists on "
        "reproducibility.",
        [
            (
                "Electricity price and demand forecasting ML platform.",
                [
                    "Kubeflow Pipelines and MLflow training/deployment platform adopted by 15 data scientists.",
                    "Feast feature store, shared across eleven forecasting models.",
                    "Model releases cut from 3 weeks to 2 days through GitLab CI and Argo CD.",
                    "Drift and accuracy monitoring on Evidently and Prometheus.",
                ],
            ),
            (
                "Online retailer: demand forecasting and recommendation models.",
                [
                    "Nightly demand forecasts for 60k products, productionised on AWS SageMaker.",
                    "Recommendation models containerised with Docker and FastAPI at 300 requests a second.",
                    "Authored the team's Python/pandas data validation checks.",
                ],
            ),
        ],
    ),
}

_F += [
    (
        "mlops",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "adopted by 15 data scientists.",
        "adopted by 25 data scientists.",
    ),
    (
        "mlops",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "eleven forecasting models.",
        "fifteen forecasting models.",
    ),
    (
        "mlops",
        "experiences[0].description",
        "tool",
        "end",
        "forecasting ML platform.",
        "forecasting ML platform, with KServe model serving.",
    ),
    (
        "mlops",
        "experiences[0].bullets[3]",
        "tool",
        "start",
        "Drift and accuracy",
        "Grafana dashboards, drift and accuracy",
    ),
    (
        "mlops",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "with Docker and FastAPI",
        "with Docker, FastAPI and redis",
    ),
    ("mlops", "experiences[0].bullets[0]", "version", "middle", "and MLflow training", "and MLflow 2.9 training"),
    (
        "mlops",
        "experiences[0].description",
        "customer",
        "start",
        "Electricity price",
        "For Vattenfall: electricity price",
    ),
    (
        "mlops",
        "overview",
        "certification",
        "end",
        "on reproducibility.",
        "on reproducibility; Databricks Certified Machine Learning Professional.",
    ),
    (
        "mlops",
        "overview",
        "certified",
        "start",
        "Six years moving",
        "Google Cloud certified ML engineer; six years moving",
    ),
    ("mlops", "overview", "years", "start", "Six years moving", "Eight years moving"),
    (
        "mlops",
        "experiences[0].bullets[2]",
        "team size",
        "middle",
        "to 2 days through",
        "to 2 days by a five-person platform team through",
    ),
    (
        "mlops",
        "experiences[1].bullets[0]",
        "duration",
        "end",
        "productionised on AWS SageMaker.",
        "productionised on AWS SageMaker in six weeks.",
    ),
    (
        "mlops",
        "experiences[0].bullets[1]",
        "date",
        "middle",
        "Feast feature store, shared",
        "Feast feature store, launched in Q2 2022 and shared",
    ),
    (
        "mlops",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "data validation checks.",
        "data validation checks, which cut bad-data incidents by 60%.",
    ),
    (
        "mlops",
        "experiences[1].description",
        "recognition",
        "end",
        "recommendation models.",
        "recommendation models, shortlisted for a retail AI award.",
    ),
    (
        "mlops",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Fine-tuned and served LLMs for product description generation.",
    ),
    (
        "mlops",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Set up drift and accuracy monitoring with Evidently and Prometheus.",
    ),
    (
        "mlops",
        "overview",
        "degree",
        "middle",
        "in close partnership with data scientists",
        "backed by a PhD in machine learning and close partnership with data scientists",
    ),
]

# --- 10. Salesforce Commerce Cloud e-commerce -----------------------------------------------------

_sfcc = cv(
    "Salesforce Commerce Cloud Technical Architect",
    "Chiara Ferraro",
    "E-commerce technical architect with 10 years in online retail, 7 of them on Salesforce Commerce Cloud "
    "(B2C Commerce). Has led storefront builds and replatforming projects for fashion and beauty brands, "
    "covering SFRA, headless PWA Kit storefronts, payment and OMS integrations.",
    [
        (
            "2021 – 2024 | SFCC Technical Architect, Lumiere Digital",
            "Agency engagements delivering B2C Commerce storefronts for fashion and beauty brands in Europe.",
            [
                "Architected 5 SFRA storefronts across 22 country sites.",
                "Led the agency's first headless build on PWA Kit and Managed Runtime for a beauty brand, improving "
                "the mobile Lighthouse performance score from 38 to 81.",
                "Integrated Adyen payments and a Manhattan OMS through custom cartridges.",
                "Ran code reviews and set coding standards for a team of 8 developers.",
            ],
            ["Salesforce B2C Commerce", "SFRA", "PWA Kit", "Managed Runtime", "Adyen", "Jenkins"],
        ),
        (
            "2017 – 2021 | SFCC Developer, Moda Viva",
            "In-house development for a fashion retailer's online store.",
            [
                "Replatformed the store from Magento 1 to Salesforce Commerce Cloud SiteGenesis in 9 months.",
                "Built product feed and promotion cartridges.",
                "Improved checkout conversion by 12% through a one-page checkout.",
            ],
            ["SiteGenesis", "Magento 1", "JavaScript", "Business Manager"],
        ),
        (
            "2014 – 2017 | Front-end Developer, Webcraft Studio",
            "Front-end development for small online shops.",
            [
                "Built responsive shop themes in JavaScript and Sass for over 30 clients.",
                "Introduced Git and code review to the studio.",
            ],
            ["JavaScript", "jQuery", "Sass", "Git"],
        ),
    ],
    skills=["B2C Commerce architecture", "SFRA", "Headless commerce", "Payment integration", "Replatforming"],
    languages=["JavaScript", "Node.js", "HTML", "CSS"],
    tools=["Business Manager", "PWA Kit", "Jenkins", "Git", "Jira"],
    certifications=["Salesforce Certified B2C Commerce Developer", "Salesforce Certified B2C Commerce Architect"],
    industries=["Fashion", "Beauty", "Retail"],
    spoken_languages=["Italian", "English", "French"],
    academic_background=["Laurea in Computer Engineering, Politecnico di Milano"],
)
CVS["sfcc"] = {
    "source": _sfcc,
    "prompt": "Brand brief: a luxury watch brand replatforming from SAP Commerce to Salesforce Commerce Cloud "
    "with a headless Composable Storefront, integrating Salesforce OMS, Marketing Cloud and Stripe, needs a "
    "lead architect with Einstein recommendations and multi-site experience.",
    "honest": tailor(
        _sfcc,
        "Ten years in online retail as an e-commerce technical architect, seven on Salesforce Commerce Cloud "
        "(B2C Commerce): storefront builds and replatforming for fashion and beauty brands, across SFRA, headless "
        "PWA Kit, payments and OMS integrations.",
        [
            (
                "For European fashion and beauty brands, via an agency: B2C Commerce storefronts.",
                [
                    "Designed five SFRA storefronts spanning 22 country sites.",
                    "Led the agency's first PWA Kit and Managed Runtime headless build, for a beauty brand, lifting "
                    "mobile Lighthouse performance from 38 to 81.",
                    "Connected Adyen payments and a Manhattan OMS using custom cartridges.",
                    "Set coding standards and ran code reviews for eight developers.",
                ],
            ),
            (
                "Online store development in-house at a fashion retailer.",
                [
                    "Moved the shop from Magento 1 to SFCC SiteGenesis over nine months.",
                    "Developed cartridges for product feeds and promotions.",
                    "Lifted checkout conversion 12% with a one-page checkout.",
                ],
            ),
            (
                "Small online shops: front-end work.",
                [
                    "Responsive shop themes (JavaScript, Sass) for more than thirty clients; brought Git and code "
                    "review into the studio."
                ],
            ),
        ],
    ),
}

_F += [
    ("sfcc", "experiences[0].bullets[0]", "number", "end", "spanning 22 country sites.", "spanning 32 country sites."),
    ("sfcc", "experiences[1].bullets[2]", "number", "middle", "conversion 12%", "conversion 21%"),
    (
        "sfcc",
        "experiences[0].bullets[2]",
        "tool",
        "start",
        "Connected Adyen payments",
        "Connected Adyen and Stripe payments",
    ),
    (
        "sfcc",
        "overview",
        "tool",
        "end",
        "payments and OMS integrations.",
        "payments, Einstein recommendations and OMS integrations.",
    ),
    ("sfcc", "experiences[2].bullets[0]", "tool", "middle", "(JavaScript, Sass)", "(JavaScript, Sass, react)"),
    ("sfcc", "experiences[1].bullets[0]", "version", "middle", "from Magento 1 to", "from Magento 2 to"),
    ("sfcc", "experiences[0].bullets[1]", "customer", "middle", "for a beauty brand", "for L'Oréal"),
    (
        "sfcc",
        "experiences[0].description",
        "customer",
        "start",
        "For European fashion and beauty brands",
        "For Gucci and other European fashion and beauty brands",
    ),
    ("sfcc", "overview", "years", "middle", "seven on Salesforce Commerce Cloud", "nine on Salesforce Commerce Cloud"),
    ("sfcc", "experiences[1].bullets[0]", "duration", "end", "over nine months.", "over six months."),
    ("sfcc", "experiences[0].bullets[3]", "team size", "end", "for eight developers.", "for fifteen developers."),
    (
        "sfcc",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "for product feeds and promotions.",
        "for product feeds and promotions, raising average order value by 9%.",
    ),
    (
        "sfcc",
        "experiences[0].description",
        "recognition",
        "end",
        "B2C Commerce storefronts.",
        "B2C Commerce storefronts, one of which won a Salesforce Partner Innovation Award.",
    ),
    ("sfcc", "experiences[0].bullets[1]", "date", "start", "Led the agency's first", "In 2022, led the agency's first"),
    (
        "sfcc",
        "overview",
        "certification",
        "start",
        "Ten years in online retail as",
        "Salesforce Certified Marketing Cloud Developer; ten years in online retail as",
    ),
    (
        "sfcc",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Launched the brand's first mobile app on the Salesforce Commerce API.",
    ),
    (
        "sfcc",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Integrated Adyen payments and a Manhattan OMS via custom cartridges.",
    ),
    (
        "sfcc",
        "experiences[1].description",
        "degree",
        "end",
        "at a fashion retailer.",
        "at a fashion retailer, alongside an MBA in digital commerce.",
    ),
]

# --- 11. Embedded medical-device software (IEC 62304) ---------------------------------------------

_meddev = cv(
    "Embedded Software Engineer, Medical Devices",
    "Hannah Vogel",
    "Embedded software engineer with 12 years in regulated medical devices. Develops Class B and Class C "
    "software to IEC 62304 in C and C++ on ARM Cortex-M microcontrollers, with risk management per ISO 14971 "
    "and documentation for FDA 510(k) and EU MDR submissions.",
    [
        (
            "2019 – 2024 | Senior Embedded Engineer, Cardiolink Medical",
            "Firmware for a wearable ECG monitor classified as IEC 62304 Class C.",
            [
                "Wrote the firmware architecture and detailed design for the ECG acquisition and arrhythmia alarm "
                "modules.",
                "Implemented the firmware in C on an STM32L4 running FreeRTOS, with power management extending "
                "battery life from 5 to 7 days.",
                "Achieved 100% statement and branch coverage on Class C units using VectorCAST.",
                "Contributed software hazard analysis to the ISO 14971 risk file and supported the FDA 510(k) "
                "clearance in 2022.",
            ],
            ["C", "STM32L4", "FreeRTOS", "VectorCAST", "IAR Embedded Workbench", "Polarion", "MISRA C:2012"],
        ),
        (
            "2014 – 2019 | Embedded Software Engineer, Medipump Systems",
            "Software for an infusion pump product line.",
            [
                "Developed motor control and occlusion detection in C++ for the pump controller.",
                "Wrote unit tests with GoogleTest and ran static analysis with PC-lint against MISRA rules.",
                "Maintained requirements traceability in DOORS for 3 product releases.",
            ],
            ["C++", "ARM Cortex-M4", "GoogleTest", "PC-lint", "IBM DOORS"],
        ),
        (
            "2012 – 2014 | Junior Firmware Developer, Sensotec",
            "Firmware for industrial sensors.",
            [
                "Wrote drivers for SPI and I2C sensors.",
                "Ported the bootloader to a new microcontroller family.",
            ],
            ["C", "MSP430", "Keil"],
        ),
    ],
    skills=["IEC 62304", "ISO 14971", "Embedded C", "RTOS", "Requirements traceability", "Unit testing"],
    languages=["C", "C++", "Python"],
    tools=["IAR Embedded Workbench", "VectorCAST", "Polarion", "IBM DOORS", "PC-lint", "Git"],
    industries=["Medical devices", "Industrial automation"],
    spoken_languages=["German", "English"],
    academic_background=["Dipl.-Ing. Electrical Engineering, TU München"],
)
CVS["meddev"] = {
    "source": _meddev,
    "prompt": "Job: senior embedded software engineer for a Class III implantable neurostimulator. C/C++ on ARM "
    "Cortex-M, Zephyr RTOS, BLE, IEC 62304 Class C, cybersecurity per IEC 81001-5-1 and PMA submission "
    "experience. Rust is a plus.",
    "honest": tailor(
        _meddev,
        "Twelve years writing embedded software for regulated medical devices: IEC 62304 Class B and C software "
        "in C/C++ on Arm Cortex-M, ISO 14971 risk management, and documentation for FDA 510(k) and EU MDR "
        "submissions.",
        [
            (
                "Wearable ECG monitor firmware, IEC 62304 Class C.",
                [
                    "Authored the firmware architecture and detailed design of the ECG acquisition and "
                    "arrhythmia-alarm modules.",
                    "Implemented the C firmware on an STM32L4 under FreeRTOS; power management took battery life "
                    "from five to seven days.",
                    "Reached full statement and branch coverage on Class C units with VectorCAST.",
                    "Fed the software hazard analysis into the ISO 14971 risk file and supported the 2022 FDA "
                    "510(k) clearance.",
                ],
            ),
            (
                "Infusion pump product line software.",
                [
                    "Developed pump-controller motor control and occlusion detection in C++.",
                    "Unit-tested with GoogleTest and checked MISRA compliance through PC-lint static analysis.",
                    "Kept DOORS requirements traceability up to date across three product releases.",
                ],
            ),
            (
                "Industrial sensor firmware.",
                ["SPI and I2C sensor drivers; bootloader port to a new microcontroller family."],
            ),
        ],
    ),
}

_F += [
    ("meddev", "experiences[0].bullets[1]", "number", "end", "from five to seven days.", "from five to nine days."),
    ("meddev", "experiences[0].bullets[1]", "tool", "middle", "under FreeRTOS;", "under Zephyr RTOS;"),
    (
        "meddev",
        "experiences[0].description",
        "tool",
        "end",
        "IEC 62304 Class C.",
        "IEC 62304 Class C, with BLE connectivity.",
    ),
    (
        "meddev",
        "experiences[1].bullets[1]",
        "tool",
        "start",
        "Unit-tested with GoogleTest and",
        "Unit-tested with GoogleTest and cppcheck, and",
    ),
    ("meddev", "overview", "tool", "middle", "in C/C++ on Arm Cortex-M", "in C/C++ and Rust on Arm Cortex-M"),
    (
        "meddev",
        "experiences[1].bullets[1]",
        "version",
        "middle",
        "checked MISRA compliance",
        "checked MISRA C:2023 compliance",
    ),
    (
        "meddev",
        "experiences[0].bullets[3]",
        "customer",
        "end",
        "510(k) clearance.",
        "510(k) clearance, for distribution by Medtronic.",
    ),
    (
        "meddev",
        "overview",
        "certification",
        "end",
        "EU MDR submissions.",
        "EU MDR submissions. TÜV SÜD Certified Medical Device Software Engineer.",
    ),
    (
        "meddev",
        "experiences[0].bullets[2]",
        "certified",
        "start",
        "Reached full statement",
        "As a certified VectorCAST tester, reached full statement",
    ),
    (
        "meddev",
        "overview",
        "degree",
        "start",
        "Twelve years writing embedded software",
        "PhD engineer with twelve years writing embedded software",
    ),
    ("meddev", "overview", "years", "start", "Twelve years writing", "Fourteen years writing"),
    (
        "meddev",
        "experiences[1].bullets[0]",
        "team size",
        "start",
        "Developed pump-controller",
        "With a team of four, developed pump-controller",
    ),
    (
        "meddev",
        "experiences[2].bullets[0]",
        "duration",
        "end",
        "new microcontroller family.",
        "new microcontroller family in three weeks.",
    ),
    ("meddev", "experiences[0].bullets[3]", "date", "middle", "the 2022 FDA", "the 2021 FDA"),
    (
        "meddev",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "arrhythmia-alarm modules.",
        "arrhythmia-alarm modules, reducing false alarms by 30%.",
    ),
    (
        "meddev",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "across three product releases.",
        "across three product releases, praised in the notified body's audit report.",
    ),
    (
        "meddev",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Implemented cybersecurity controls per IEC 81001-5-1 for the pump's wireless interface.",
    ),
    (
        "meddev",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Wrote unit tests in GoogleTest and ran PC-lint static analysis against MISRA rules.",
    ),
    (
        "meddev",
        "experiences[1].description",
        "number",
        "start",
        "Infusion pump product line",
        "Four-model infusion pump product line",
    ),
]

# --- 12. Warehouse management (Manhattan / Blue Yonder) -------------------------------------------

_wms = cv(
    "WMS Solution Architect",
    "Derek Okonkwo",
    "Supply chain systems consultant with 13 years implementing warehouse management systems, mainly "
    "Manhattan Associates WMOS and Blue Yonder WMS. Has delivered go-lives at 17 distribution centres for "
    "retail, 3PL and grocery clients, including automation integration with conveyors, sorters and AutoStore.",
    [
        (
            "2020 – 2024 | WMS Solution Architect, Logiq Consulting",
            "Implementation programme for Manhattan Active WM across a grocery retailer's distribution network.",
            [
                "Designed the solution for 6 distribution centres, covering receiving, slotting, wave planning and "
                "cross-docking.",
                "Integrated Manhattan Active WM with SAP ERP and an AutoStore system via REST APIs and MHE interfaces.",
                "Ran cutover and hypercare for each go-live, with no missed store deliveries.",
                "Raised pick productivity by 18% through revised wave and replenishment rules.",
            ],
            ["Manhattan Active WM", "SAP ERP", "AutoStore", "REST APIs", "Azure Integration Services"],
        ),
        (
            "2015 – 2020 | Senior WMS Consultant, Fulcrum 3PL",
            "Blue Yonder (JDA) WMS roll-outs for a third-party logistics provider.",
            [
                "Led Blue Yonder WMS implementations at 11 client warehouses.",
                "Configured labour management and billing for multi-client operations.",
                "Wrote MOCA scripts and reports for client-specific processes.",
                "Trained 120 warehouse super-users.",
            ],
            ["Blue Yonder WMS (JDA WMS 2017)", "MOCA", "Oracle Database", "Labour Management"],
        ),
        (
            "2011 – 2015 | WMS Analyst, Brightway Stores",
            "Support of the retailer's Manhattan WMOS at three distribution centres.",
            [
                "Handled level-2 support and configuration changes for Manhattan WMOS 2012.",
                "Tested RF screen changes before each upgrade.",
            ],
            ["Manhattan WMOS 2012", "Oracle Database", "RF devices"],
        ),
    ],
    skills=["Warehouse management", "Solution design", "MHE integration", "Cutover planning", "Labour management"],
    languages=["SQL", "MOCA"],
    tools=["Manhattan Active WM", "Manhattan WMOS", "Blue Yonder WMS", "AutoStore", "Jira"],
    certifications=["APICS CSCP"],
    industries=["Grocery", "Retail", "Third-party logistics"],
    spoken_languages=["English", "Yoruba"],
    academic_background=["BEng Industrial Engineering, University of Lagos"],
)
CVS["wms"] = {
    "source": _wms,
    "prompt": "Client brief: a fashion e-commerce company opening two automated fulfilment centres needs a WMS "
    "architect for Blue Yonder Luminate WMS with Exotec robots and Körber WCS, integrated with Microsoft "
    "Dynamics 365. Peak-season readiness and slotting optimisation experience is essential.",
    "honest": tailor(
        _wms,
        "Thirteen years implementing warehouse management systems, chiefly Manhattan Associates WMOS and Blue "
        "Yonder WMS, with go-lives at 17 DCs for retail, 3PL and grocery clients, including integration of "
        "conveyors, sorters and AutoStore automation.",
        [
            (
                "Manhattan Active WM rollout across the distribution network of a grocery retailer.",
                [
                    "Solution design for six DCs: receiving, slotting, wave planning, cross-docking.",
                    "Connected Manhattan Active WM to SAP ERP and AutoStore through REST APIs and MHE interfaces.",
                    "Cutover and hypercare on every go-live without a single missed store delivery.",
                    "Pick productivity up 18% from reworked wave and replenishment rules.",
                ],
            ),
            (
                "Rolling out Blue Yonder (formerly JDA) WMS for a 3PL provider.",
                [
                    "Led Blue Yonder WMS go-lives in eleven client warehouses.",
                    "Set up labour management and billing for multi-client sites.",
                    "Developed MOCA scripts and reports for client-specific processes, and trained 120 super-users.",
                ],
            ),
            (
                "Supported a retailer's Manhattan WMOS in three DCs.",
                [
                    "Level-2 support and configuration changes on WMOS 2012.",
                    "Tested RF screen changes ahead of every upgrade.",
                ],
            ),
        ],
    ),
}

_F += [
    ("wms", "overview", "number", "middle", "go-lives at 17 DCs", "go-lives at 24 DCs"),
    (
        "wms",
        "experiences[1].bullets[0]",
        "number",
        "end",
        "in eleven client warehouses.",
        "in thirteen client warehouses.",
    ),
    (
        "wms",
        "experiences[0].bullets[1]",
        "tool",
        "middle",
        "to SAP ERP and AutoStore",
        "to SAP ERP, AutoStore and Körber WCS",
    ),
    (
        "wms",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "wave planning, cross-docking.",
        "wave planning, cross-docking and Exotec robotics.",
    ),
    (
        "wms",
        "experiences[1].bullets[1]",
        "tool",
        "middle",
        "labour management and billing for",
        "labour management and billing in dynamics 365 for",
    ),
    ("wms", "experiences[2].bullets[0]", "version", "end", "on WMOS 2012.", "on WMOS 2014."),
    (
        "wms",
        "experiences[1].description",
        "version",
        "middle",
        "(formerly JDA) WMS for",
        "(formerly JDA) WMS 2020 for",
    ),
    (
        "wms",
        "experiences[0].description",
        "customer",
        "end",
        "of a grocery retailer.",
        "of a grocery retailer, Tesco.",
    ),
    (
        "wms",
        "overview",
        "certified",
        "end",
        "AutoStore automation.",
        "AutoStore automation; Blue Yonder certified WMS consultant.",
    ),
    (
        "wms",
        "overview",
        "certification",
        "start",
        "Thirteen years implementing",
        "CPIM holder with thirteen years implementing",
    ),
    ("wms", "overview", "years", "start", "Thirteen years implementing", "Fifteen years implementing"),
    (
        "wms",
        "experiences[0].bullets[2]",
        "team size",
        "middle",
        "Cutover and hypercare on every",
        "Cutover and hypercare, with a ten-person team, on every",
    ),
    (
        "wms",
        "experiences[1].bullets[0]",
        "duration",
        "middle",
        "go-lives in eleven",
        "go-lives, each in under 16 weeks, in eleven",
    ),
    (
        "wms",
        "experiences[0].bullets[3]",
        "date",
        "start",
        "Pick productivity up 18%",
        "By peak season 2022, pick productivity up 18%",
    ),
    (
        "wms",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "and MHE interfaces.",
        "and MHE interfaces, cutting order-to-ship time by 25%.",
    ),
    (
        "wms",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "trained 120 super-users.",
        "trained 120 super-users, earning Blue Yonder's Partner Excellence award.",
    ),
    (
        "wms",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Led peak-season readiness testing, simulating three times normal order volumes.",
    ),
    (
        "wms",
        "experiences[2].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Trained 120 warehouse super-users.",
    ),
    (
        "wms",
        "experiences[2].description",
        "degree",
        "end",
        "in three DCs.",
        "in three DCs while completing an MSc in supply chain management.",
    ),
]

_F += [
    (
        "telecom",
        "experiences[1].description",
        "tool",
        "middle",
        "the 4G EPC for",
        "the 4G EPC and IMS core for",
    ),
    (
        "snowflake",
        "experiences[1].description",
        "date",
        "middle",
        "data platform for card",
        "data platform, built in 2019, for card",
    ),
    (
        "finops",
        "experiences[1].description",
        "metric",
        "middle",
        "Cutting AWS costs for",
        "Cutting AWS costs by a third for",
    ),
    ("wms", "experiences[2].description", "version", "middle", "Manhattan WMOS in", "Manhattan WMOS 2015 in"),
    (
        "mobile",
        "experiences[1].description",
        "number",
        "middle",
        "The Android app of",
        "The Android app, two million downloads strong, of",
    ),
    (
        "gis",
        "experiences[0].description",
        "tool",
        "middle",
        "spatial data infrastructure and public",
        "spatial data infrastructure, an ArcGIS Hub open-data portal and public",
    ),
]

# --- Ambiguous edits: neither clearly honest nor clearly invented ---------------------------------

_A = [
    (
        "sfcc",
        "overview",
        "headless PWA Kit",
        "headless Composable Storefront",
        "Composable Storefront is Salesforce's later name for PWA Kit; the CV never uses that name, but it names "
        "the same product.",
    ),
    (
        "clinical",
        "overview",
        "Lead-level clinical programmer",
        "Principal clinical programmer",
        "A seniority title the CV does not use; 'lead' and 'principal' are ranked differently from one company "
        "to another.",
    ),
    (
        "telecom",
        "experiences[0].description",
        "5G SA core built from scratch",
        "Carrier-grade 5G SA core built from scratch",
        "'Carrier-grade' is a quality label, not a named thing; a national operator's core is arguably carrier "
        "grade by definition.",
    ),
    (
        "snowflake",
        "experiences[1].bullets[0]",
        "Airflow-orchestrated ingestion",
        "Near-real-time Airflow-orchestrated ingestion",
        "The CV names Kafka, a streaming source, but Airflow schedules batches; how fresh the ingestion was is "
        "not stated.",
    ),
    (
        "mobile",
        "experiences[0].bullets[2]",
        "Shipped biometric login",
        "Shipped Face ID login",
        "Face ID is the iOS form of biometric login and the bank's iOS app is in the CV, but the CV never names "
        "it and the Android app would use fingerprint.",
    ),
    (
        "finops",
        "experiences[0].bullets[0]",
        "Created the FinOps team",
        "Created the FinOps Center of Excellence",
        "A common name for a FinOps team; whether the team was organised as a centre of excellence is not stated.",
    ),
    (
        "meddev",
        "experiences[0].description",
        "Wearable ECG monitor",
        "Wearable ECG patch",
        "A patch is one form of wearable ECG monitor; the CV does not say which form factor the device had.",
    ),
    (
        "wms",
        "experiences[0].bullets[1]",
        "to SAP ERP",
        "to SAP S/4HANA",
        "The CV says 'SAP ERP', which may be ECC or S/4HANA; naming S/4HANA may be right or an invention.",
    ),
    (
        "mlops",
        "overview",
        "on Kubernetes and AWS",
        "on Kubernetes (Amazon EKS)",
        "Kubernetes on AWS is often EKS, but the CV could mean self-managed clusters on EC2; EKS is never named.",
    ),
    (
        "unreal",
        "experiences[0].bullets[3]",
        "Mentor to four junior programmers.",
        "Lead for four junior programmers.",
        "Mentoring is not managing; 'lead' may overstate the role or may be how the studio called it.",
    ),
    (
        "gis",
        "experiences[0].description",
        "95k residents",
        "around 100,000 residents",
        "Rounding 95,000 up to 100,000 with 'around' is loose but not clearly a new figure.",
    ),
    (
        "sap",
        "experiences[0].bullets[2]",
        "cut the consolidation close",
        "enabled a fast close, cutting the consolidation close",
        "'Fast close' is a finance term for a shorter close; it restates the figure but adds a label the CV "
        "does not use.",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, _F)
AMBIGUOUS = build(CVS, _A, with_reason=True)

# First measured on the guard of 0db9792 before the set was seen (195 caught, 6 touched); now the figures
# of the guard tuned on it (branch guardd; scripts/bench_claims_blind.py --set d).
GUARD_FLOOR = {"caught": 214, "touched": 0}
# Every injected claim caught since tuning on sets I, J and L; before: set D (blind at first: 195/214 caught,
# 6/140 touched; then tuned on): 213/214 caught; miss: a count whose value the CV states as the start of a
# range ('from 8 to 5 days' supports 'eight implementations')
