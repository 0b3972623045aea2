"""Blind set ZB for the free-text claims guard (issue 20), written blind (without reading the guard's
rules or any other set): twelve CVs in shipbuilding design engineering (AVEVA Marine), lottery and
gaming systems, OTT video streaming and DRM (Widevine, FairPlay), commercial property valuation (Argus
Enterprise), structural steel detailing (Tekla Structures), academic library systems (Ex Libris Alma),
public health surveillance (DHIS2), contact-centre workforce management (NICE IEX, Verint), railway
timetabling (TPS, Viriato), cyber threat intelligence (MISP, OpenCTI), mobile RAN optimisation
(Ericsson, Nokia NetAct) and veterinary pharmaceutical regulatory affairs, each with a posting, one
honest tailoring in its own style, and single claims injected into that tailoring."""

from claims_blind_set import build, cv, honest_texts, tailor

GUARD_FLOOR = {"caught": 138, "touched": 3}  # 137 caught and 10 touched at d7bdba1
CATCH_NOT_MET = "set ZB, a tuning set: 138/139 claims caught (99.3%; 137/139 at d7bdba1)"
TOUCH_NOT_MET = "set ZB, a tuning set (session 11): 3/139 honest texts touched (2.2%)"


def _case(source, prompt, overview, experiences):
    return {"source": source, "prompt": prompt, "honest": tailor(source, overview, experiences)}


CVS = {}

# --- Shipbuilding design engineering: plain, slightly compressed -------------------------------------
_HULL = cv(
    "Senior Hull Design Engineer",
    "Ingrid Solberg",
    "Naval architect with 15 years in ship design, specialising in hull structure and outfitting in AVEVA "
    "Marine for offshore vessels, ferries and fishing vessels.",
    [
        (
            "Lead Hull and Outfitting Designer, Nordfjord Yards, Jan 2019 – present",
            "Lead designer for outfitting and hull structure on a series of four offshore construction vessels "
            "for Nordfjord Yards, working in AVEVA Marine 12.1 from basic design through production information.",
            [
                "Modelled hull blocks and outfitting for 4 offshore construction vessels of 130 m length in AVEVA "
                "Marine 12.1.",
                "Cut steel weight of the accommodation module by 38 tonnes through plate thickness optimisation "
                "with the class society.",
                "Led a team of 6 designers across Ålesund and Gdańsk.",
                "Produced 1,450 production drawings and nesting files for the yard's plasma cutting line.",
            ],
            ["AVEVA Marine 12.1", "AVEVA Hull Structural Design", "NAPA", "AutoCAD", "DNV Rules for Ships"],
        ),
        (
            "Structural Design Engineer, Baltic Marine Consult, Mar 2014 – Dec 2018",
            "Structural design consultancy for ferry and fishing vessel builders, preparing class drawings for "
            "DNV GL approval.",
            [
                "Prepared class approval drawings for 11 fishing vessels and 2 ro-pax ferries.",
                "Ran global strength calculations in NAPA Steel and answered class comments within 10 working days.",
                "Migrated the office's drawing archive of 9,000 files from Tribon M3 to AVEVA Marine.",
            ],
            ["Tribon M3", "AVEVA Marine", "NAPA Steel", "AutoCAD"],
        ),
        (
            "Junior Hull Draughtsman, Crist Shipyard, Aug 2011 – Feb 2014",
            "Hull structure drafting for a shipyard building trawlers and small offshore supply vessels.",
            [
                "Drafted block drawings in Tribon M3 for 7 trawlers.",
                "Prepared weld and painting schedules for the yard's production planning.",
                "Supported the transfer of hull models to the yard's first AVEVA Marine licence in 2013.",
            ],
            ["Tribon M3", "AVEVA Marine", "AutoCAD"],
        ),
    ],
    skills=["Hull structural design", "Outfitting design", "Production information", "Class approval"],
    tools=["AVEVA Marine", "NAPA", "Tribon M3", "AutoCAD"],
    certifications=["AVEVA Marine Hull Design Advanced (2016)"],
    academic_background=["MSc Naval Architecture, NTNU, 2011"],
    spoken_languages=["Norwegian", "English", "Polish"],
    industries=["Shipbuilding", "Offshore"],
)
CVS["hull"] = _case(
    _HULL,
    "Hull Design Lead for a Norwegian shipyard building offshore wind service operation vessels. AVEVA Marine "
    "is required; you will lead a small design team split across two offices and handle class approval with "
    "DNV from basic design to production.",
    "Naval architect with fifteen years of ship design behind her, focused on hull structure and outfitting in "
    "AVEVA Marine across offshore vessels, ferries and fishing boats.",
    [
        (
            "For Nordfjord Yards: lead designer on hull structure and outfitting for a four-ship series of "
            "offshore construction vessels, from basic design to production information in AVEVA Marine 12.1.",
            [
                "Led six designers split between Ålesund and Gdańsk.",
                "Modelled the hull blocks and outfitting of four 130-metre offshore construction vessels in AVEVA "
                "Marine 12.1.",
                "Optimised plate thicknesses with the class society, taking 38 t of steel out of the accommodation "
                "module.",
                "Delivered 1450 production drawings and nesting files to the yard's plasma cutting line.",
            ],
        ),
        (
            "Consultancy structural design for ferry and fishing vessel yards, producing class drawings for DNV GL "
            "approval.",
            [
                "Drew class approval packages for eleven fishing vessels and two ro-pax ferries.",
                "Global strength calculations in NAPA Steel; class comments answered within ten working days.",
                "Moved a 9000-file drawing archive from Tribon M3 into AVEVA Marine.",
            ],
        ),
        (
            "Hull structure drafting at a yard building trawlers and small offshore supply vessels.",
            [
                "Block drawings in Tribon M3 for seven trawlers.",
                "Weld and painting schedules for the yard's production planning.",
                "Helped move the hull models onto the yard's first AVEVA Marine licence, in 2013.",
            ],
        ),
    ],
)

# --- Lottery and gaming systems: marketing tone -------------------------------------------------------
_LOTTO = cv(
    "Lottery Systems Architect",
    "Marco Bellandi",
    "Systems architect for lottery and gaming operators since 2010, covering draw-based games, instant "
    "tickets and sports betting platforms under strict regulatory audit.",
    [
        (
            "Solution Architect, Lottomatica Digital, Apr 2018 – present",
            "Architect for the national draw-game platform of an Italian lottery operator, responsible for the "
            "central gaming system and its retailer terminal network.",
            [
                "Designed the active-active central gaming system handling 3,200 wagers per second at peak draw close.",
                "Connected 34,000 retailer terminals over a private MPLS network with end-to-end encryption.",
                "Passed 5 consecutive ADM certification audits without major findings.",
                "Replaced the Oracle RAC 11g wager store with Oracle RAC 19c, cutting draw close time from 40 to "
                "12 minutes.",
            ],
            ["Java 11", "Oracle RAC 19c", "IBM MQ", "Red Hat Enterprise Linux", "Thales Luna HSM"],
        ),
        (
            "Senior Developer, Scientific Games (customer: Sisal), Jan 2010 – Mar 2018",
            "Developer and later technical lead on the instant ticket validation and sports betting back office "
            "delivered to Sisal.",
            [
                "Built the instant ticket validation service used by 18,000 points of sale.",
                "Led 4 developers on the sports betting settlement engine.",
                "Implemented the random number generator integration certified by GLI to the GLI-19 standard.",
            ],
            ["Java 8", "Oracle 11g", "JBoss EAP", "IBM MQ"],
        ),
    ],
    skills=["Gaming system architecture", "Regulatory compliance", "High-availability design"],
    tools=["Oracle RAC", "IBM MQ", "Thales Luna HSM"],
    certifications=["TOGAF 9 Certified"],
    academic_background=["Laurea Magistrale in Computer Engineering, Politecnico di Milano, 2009"],
    spoken_languages=["Italian", "English"],
    industries=["Lottery", "Gaming"],
)
CVS["lotto"] = _case(
    _LOTTO,
    "Lead Architect for a regulated lottery operator modernising its central gaming system. We need experience "
    "of high-volume wagering, large retailer terminal networks, regulatory certification (GLI, national "
    "regulators) and HSM-based security.",
    "Since 2010, a trusted architect for lottery and gaming operators — draw-based games, instant tickets and "
    "sports betting, all delivered under rigorous regulatory audit.",
    [
        (
            "Owns the architecture of an Italian lottery operator's national draw-game platform: the central "
            "gaming system and the retailer terminal network it serves.",
            [
                "Architected an active-active central gaming system that sustains 3200 wagers a second at the peak "
                "of draw close.",
                "Brought 34k retailer terminals onto a private MPLS network, encrypted end to end.",
                "Five ADM certification audits in a row passed with no major findings.",
                "Moved the wager store from Oracle RAC 11g to 19c and brought draw close down from 40 minutes to "
                "12 — a 70% reduction.",
            ],
        ),
        (
            "Delivered Sisal's instant ticket validation and sports betting back office, first as a developer and "
            "then as technical lead.",
            [
                "Built instant ticket validation serving eighteen thousand points of sale.",
                "Technical lead for a four-developer team on the sports betting settlement engine.",
                "Integrated the random number generator, certified by GLI against GLI-19.",
            ],
        ),
    ],
)

# --- OTT streaming and DRM: expansion ------------------------------------------------------------------
_OTT = cv(
    "Video Streaming Engineer",
    "Priya Raghunathan",
    "Streaming video engineer with nine years building OTT platforms: packaging, multi-DRM licensing and "
    "playback on web, mobile and smart TVs.",
    [
        (
            "Principal Engineer, Video Platform, StreamNorth (customer: a UK sports broadcaster), Jun 2021 – present",
            "Owns the multi-DRM and packaging pipeline of a subscription sports streaming service delivered to a "
            "UK broadcaster.",
            [
                "Integrated Google Widevine, Apple FairPlay and Microsoft PlayReady through a single license proxy.",
                "Moved live packaging from HLS-only to CMAF with low-latency HLS and DASH, bringing glass-to-glass "
                "latency from 30 seconds to 8 seconds.",
                "Scaled the license service to 1.2 million concurrent viewers during the cup final.",
                "Mentored 3 engineers on the player team.",
            ],
            ["AWS Elemental MediaPackage", "AWS Lambda", "Shaka Packager", "ExoPlayer", "AVPlayer", "Go"],
        ),
        (
            "Senior Software Engineer, Kinetica Media, Sep 2017 – May 2021",
            "Video-on-demand platform for a Nordic film catalogue of 6,500 titles.",
            [
                "Built the transcoding ladder in FFmpeg with per-title encoding, saving 22% of CDN egress.",
                "Added FairPlay Streaming to the iOS and tvOS apps.",
                "Wrote the smart TV player for Samsung Tizen and LG webOS.",
            ],
            ["FFmpeg", "Node.js", "Akamai", "Tizen", "webOS", "Swift"],
        ),
    ],
    skills=["Multi-DRM", "Adaptive bitrate streaming", "Low-latency live"],
    tools=["Shaka Packager", "FFmpeg", "AWS Elemental"],
    certifications=["AWS Certified Solutions Architect – Associate"],
    academic_background=["BEng Electronics and Communication, Anna University, 2016"],
    spoken_languages=["English", "Tamil"],
)
CVS["ott"] = _case(
    _OTT,
    "Senior DRM Engineer: Widevine, FairPlay and PlayReady integration, CMAF packaging, low-latency live "
    "streaming, and scaling license servers for big live sporting events.",
    "An OTT streaming engineer of nine years' standing who has built platforms end to end — packaging, "
    "multi-DRM license delivery, and playback across web browsers, mobile apps and smart TVs.",
    [
        (
            "Responsible for the packaging and multi-DRM pipeline behind a subscription sports streaming service "
            "that StreamNorth delivers to a UK broadcaster.",
            [
                "Brought Google Widevine, Apple FairPlay and Microsoft PlayReady together behind one license proxy, "
                "so that all three DRM systems share a single entry point.",
                "Re-engineered live packaging, moving from HLS alone to CMAF with low-latency HLS and DASH; "
                "glass-to-glass latency fell from 30 s to 8 s.",
                "Scaled the license service to handle 1,200,000 concurrent viewers at the cup final.",
                "Mentored three engineers in the player team.",
            ],
        ),
        (
            "Built the video-on-demand platform serving a Nordic film catalogue of six and a half thousand titles.",
            [
                "Designed an FFmpeg transcoding ladder with per-title encoding that saved twenty-two per cent of "
                "CDN egress.",
                "Brought FairPlay Streaming to the iOS and tvOS apps.",
                "Developed the smart TV player for both Samsung Tizen and LG webOS.",
            ],
        ),
    ],
)

# --- Commercial property valuation: heavy compression -------------------------------------------------
_VAL = cv(
    "Associate Director, Valuation",
    "Helen Whitcombe",
    "RICS Registered Valuer with 14 years valuing commercial property — offices, retail and logistics — for "
    "lenders, funds and annual accounts, modelling cash flows in Argus Enterprise.",
    [
        (
            "Associate Director, Hartley Lane Property Advisers, Feb 2018 – present",
            "Leads secured lending and fund valuations across the South East for banks and property unit trusts.",
            [
                "Values a portfolio of 85 logistics and office assets worth £1.4bn each quarter for a property "
                "unit trust.",
                "Builds discounted cash flow models in Argus Enterprise and reconciles them with the fund's accounts.",
                "Manages a team of 5 valuers and 2 graduates.",
                "Signs off Red Book valuations for 3 clearing banks.",
            ],
            ["Argus Enterprise", "Excel", "CoStar", "EGi"],
        ),
        (
            "Senior Surveyor, Carrow & Finch, Sep 2012 – Jan 2018",
            "Valuations of retail parks and high-street shops for loan security and year-end accounts.",
            [
                "Valued 40 retail parks for a pension fund's annual accounts.",
                "Moved the team's cash flow modelling from Excel to Argus Enterprise.",
                "Gave expert evidence at 2 rent review arbitrations.",
            ],
            ["Argus Valuation DCF", "Argus Enterprise", "Excel"],
        ),
    ],
    skills=["Red Book valuation", "DCF modelling", "Secured lending"],
    tools=["Argus Enterprise", "CoStar", "EGi"],
    certifications=["MRICS", "RICS Registered Valuer"],
    academic_background=["BSc Real Estate Management, University of Reading, 2012"],
    spoken_languages=["English", "French"],
)
CVS["valuation"] = _case(
    _VAL,
    "Valuation Director for a commercial lender: Red Book secured lending valuations of logistics and office "
    "assets, Argus Enterprise cash flow modelling, leading a team of valuers.",
    "RICS Registered Valuer; 14 years in commercial valuation (offices, retail, logistics) for lenders, funds "
    "and accounts; Argus Enterprise cash-flow modelling.",
    [
        (
            "Secured lending and fund valuations for banks and property unit trusts, South East.",
            [
                "Quarterly valuation of an 85-asset logistics and office portfolio (£1,400m) for a property unit "
                "trust.",
                "Argus Enterprise DCF models, reconciled to fund accounts.",
                "Red Book sign-off for three clearing banks.",
                "Manages seven: five valuers, two graduates.",
            ],
        ),
        (
            "Retail park and high-street valuations for loan security and year-end accounts.",
            [
                "40 retail parks valued for a pension fund's annual accounts.",
                "Migrated cash-flow modelling from Excel to Argus Enterprise.",
                "Expert witness at two rent review arbitrations.",
            ],
        ),
    ],
)

# --- Structural steel detailing: tailored to a role unlike its history (BIM coordination) -------------
_STEEL = cv(
    "Senior Steel Detailer",
    "Tomasz Wieczorek",
    "Steel detailer and checker with 16 years in Tekla Structures, producing fabrication and erection drawings "
    "for industrial, stadium and high-rise projects to EN 1090 and AISC standards.",
    [
        (
            "Lead Detailer, Ferrum Detailing Ltd, Jan 2017 – present",
            "Leads detailing packages for UK and US steel fabricators, from model to CNC files.",
            [
                "Modelled 4,800 tonnes of steel for a 52-storey residential tower in Tekla Structures 2023.",
                "Produced CNC (DSTV) and DXF files feeding the fabricator's beam lines and plate cutters.",
                "Checked connection designs against AISC 360 for 3 US fabricators.",
                "Reduced RFI turnaround from 5 days to 2 days with a shared Trimble Connect model.",
            ],
            ["Tekla Structures 2023", "Trimble Connect", "IDEA StatiCa", "AutoCAD"],
        ),
        (
            "Steel Detailer, Konstal Projekt, Jun 2010 – Dec 2016",
            "Detailing of industrial buildings and a football stadium roof for Polish fabricators.",
            [
                "Detailed the 1,900-tonne roof truss of a 40,000-seat stadium.",
                "Prepared erection drawings and bolt lists for 25 warehouses.",
                "Trained 4 junior detailers in Tekla Structures.",
            ],
            ["Tekla Structures 17", "AutoCAD", "Advance Steel"],
        ),
    ],
    skills=["Connection checking", "CNC output", "Erection drawings"],
    tools=["Tekla Structures", "Trimble Connect", "IDEA StatiCa", "Advance Steel"],
    certifications=["Tekla Structures Certified Detailer (Trimble)"],
    academic_background=["Inżynier (BEng) Civil Engineering, Gdańsk University of Technology, 2010"],
    spoken_languages=["Polish", "English"],
)
CVS["steel"] = _case(
    _STEEL,
    "BIM Coordinator for a main contractor: coordinate federated models across trades, run clash detection "
    "and RFI workflows, and manage model exchange with subcontractors. Tekla or Revit experience welcome.",
    "Model-centred steel professional: 16 years working in Tekla Structures, handing fabricators and site "
    "teams the fabrication and erection drawings they build from, for industrial, stadium and high-rise "
    "projects under EN 1090 and AISC.",
    [
        (
            "Runs detailing packages for fabricators in the UK and the US, taking each one from the model to CNC "
            "files.",
            [
                "Cut RFI turnaround by 60%, from five days to two, by working from a shared Trimble Connect model.",
                "Checked connection designs to AISC 360 for three US fabricators.",
                "Built the Tekla Structures 2023 model for a 52-storey residential tower: 4800 t of steel.",
                "Exported DSTV CNC and DXF files straight to the fabricator's beam lines and plate cutters.",
            ],
        ),
        (
            "Industrial buildings and a football stadium roof, detailed for fabricators in Poland.",
            [
                "Coached four junior detailers in Tekla Structures.",
                "Detailed a 1900 t roof truss for a stadium seating 40k.",
                "Issued erection drawings and bolt lists for twenty-five warehouses.",
            ],
        ),
    ],
)

# --- Academic library systems: first person, numbers in words ------------------------------------------
_LIB = cv(
    "Library Systems Manager",
    "Siobhán Kearney",
    "Library systems manager with 11 years running discovery and library services platforms for universities, "
    "including two migrations to Ex Libris Alma and Primo VE.",
    [
        (
            "Library Systems Manager, University of Westmoor, Aug 2019 – present",
            "Runs the library services platform and discovery layer for a university library of 2.3 million print "
            "and electronic items.",
            [
                "Led the migration from SirsiDynix Symphony to Ex Libris Alma and Primo VE, going live in 14 months.",
                "Wrote Alma Analytics reports used by 9 subject teams for collection decisions.",
                "Automated patron loads from the student record system with Alma APIs and Python.",
                "Supervises 3 systems librarians.",
            ],
            ["Ex Libris Alma", "Primo VE", "Alma Analytics", "Python", "Leganto"],
        ),
        (
            "Systems Librarian, Ardmore Institute of Technology, Jan 2015 – Jul 2019",
            "Systems librarian supporting the Aleph library system and its move to Alma for a consortium of 4 "
            "institutes.",
            [
                "Mapped 600,000 bibliographic records from Aleph to Alma for the consortium migration.",
                "Configured link resolving in Alma for 120 electronic resource packages.",
                "Ran staff training in Alma fulfilment for 45 library staff.",
            ],
            ["Ex Libris Aleph", "Ex Libris Alma", "SFX", "MARC 21"],
        ),
    ],
    skills=["Library services platforms", "Metadata (MARC 21)", "Systems migration", "Staff training"],
    tools=["Ex Libris Alma", "Primo VE", "Leganto", "SFX"],
    certifications=["Ex Libris Alma Administration Certification"],
    academic_background=["MLIS, University College Dublin, 2014", "BA English and History, NUI Galway, 2012"],
    spoken_languages=["English", "Irish"],
)
CVS["library"] = _case(
    _LIB,
    "Library Services Platform Lead for a research university: own Alma and Primo VE, lead a small systems "
    "team, deliver analytics to subject librarians, and automate integrations with campus systems.",
    "For eleven years I have run discovery and library services platforms in universities, and have twice seen "
    "a library through its migration to Ex Libris Alma and Primo VE.",
    [
        (
            "Responsible for the library services platform and the discovery layer of a university library "
            "holding 2,300,000 print and electronic items.",
            [
                "Took the library from SirsiDynix Symphony to Ex Libris Alma and Primo VE, live fourteen months "
                "after the project began.",
                "Manages a team of three systems librarians.",
                "Built Alma Analytics reports on which nine subject teams base their collection decisions.",
                "Patron loads from the student record system now run automatically through Alma APIs and Python "
                "scripts.",
            ],
        ),
        (
            "Supported the Aleph library system, and then its move to Alma, for a consortium of four institutes.",
            [
                "Mapped six hundred thousand bibliographic records from Aleph into Alma during the consortium "
                "migration.",
                "Set up Alma link resolving for 120 e-resource packages.",
                "Trained forty-five library staff in Alma fulfilment.",
            ],
        ),
    ],
)

# --- Public health surveillance: posting vocabulary, plain ---------------------------------------------
_HEALTH = cv(
    "Health Information Systems Specialist",
    "Amara Okafor",
    "Health information systems specialist with 10 years implementing DHIS2 for disease surveillance and "
    "routine health reporting in West and East Africa, working with ministries of health and WHO country "
    "offices.",
    [
        (
            "DHIS2 Implementation Lead, HISP West Africa (customer: Ministry of Health, Sierra Leone), "
            "Mar 2020 – present",
            "Leads the national DHIS2 roll-out for integrated disease surveillance and response (IDSR) reporting.",
            [
                "Configured weekly IDSR reporting for 1,300 health facilities across 16 districts.",
                "Raised weekly reporting completeness from 62% to 91%.",
                "Built the COVID-19 case-based surveillance tracker using the WHO DHIS2 metadata package.",
                "Trained 220 district health officers in data entry and analysis.",
            ],
            ["DHIS2 2.39", "DHIS2 Android Capture", "PostgreSQL", "R", "Power BI"],
        ),
        (
            "Data Manager, Afya Data Consult (customer: WHO Kenya), Jan 2016 – Feb 2020",
            "Data management for malaria and immunisation programmes reporting through DHIS2.",
            [
                "Integrated malaria case data from 4 county systems into the national DHIS2 instance.",
                "Wrote R scripts producing the monthly immunisation coverage bulletin.",
                "Ran data quality audits in 30 health facilities.",
            ],
            ["DHIS2 2.31", "R", "Excel", "Epi Info"],
        ),
        (
            "Monitoring and Evaluation Officer, Nigeria Centre for Disease Control, Jun 2012 – Aug 2014",
            "Monitoring and evaluation for the national measles and Lassa fever surveillance programmes.",
            [
                "Compiled weekly epidemiological reports from 36 state surveillance officers.",
                "Cleaned and analysed case data in Epi Info for outbreak investigations.",
                "Supported the 2014 Ebola contact tracing data team in Lagos.",
            ],
            ["Epi Info", "Excel", "SPSS"],
        ),
    ],
    skills=["Disease surveillance", "Data quality audits", "Health information systems"],
    tools=["DHIS2", "R", "Epi Info", "Power BI"],
    certifications=["DHIS2 Level 1 Academy: Design for Data Use"],
    academic_background=["MPH Epidemiology, University of Nairobi, 2015", "BSc Statistics, University of Ibadan, 2012"],
    spoken_languages=["English", "Yoruba", "Swahili"],
)
CVS["health"] = _case(
    _HEALTH,
    "Surveillance Systems Advisor: DHIS2, IDSR and case-based surveillance, data quality, capacity building of "
    "district teams, close work with the Ministry of Health and WHO.",
    "Ten years implementing DHIS2 for disease surveillance and routine health reporting in West and East "
    "Africa, alongside ministries of health and WHO country offices.",
    [
        (
            "Lead for Sierra Leone's national DHIS2 roll-out for integrated disease surveillance and response "
            "(IDSR) reporting, on behalf of the Ministry of Health.",
            [
                "Set up weekly IDSR reporting across 16 districts and 1300 health facilities.",
                "Lifted weekly reporting completeness by 29 percentage points, from 62% to 91%.",
                "Capacity building: trained 220 district health officers in data entry and analysis.",
                "Delivered a COVID-19 case-based surveillance tracker built on WHO's DHIS2 metadata package.",
            ],
        ),
        (
            "Managed data for malaria and immunisation programmes reporting in DHIS2, for WHO Kenya.",
            [
                "Brought malaria case data from four county systems into the national DHIS2 instance.",
                "Automated the monthly immunisation coverage bulletin with R scripts.",
                "Conducted data quality audits at thirty health facilities.",
            ],
        ),
        (
            "M&E for the national measles and Lassa fever surveillance programmes at the Nigeria Centre for "
            "Disease Control.",
            [
                "Weekly epidemiological reports compiled from thirty-six state surveillance officers.",
                "Outbreak investigation data cleaned and analysed in Epi Info.",
                "Part of the Lagos data team for Ebola contact tracing in 2014.",
            ],
        ),
    ],
)

# --- Contact-centre workforce management: confident, figures worked out ---------------------------------
_WFM = cv(
    "Workforce Management Lead",
    "Darren McAllister",
    "Workforce management lead with 13 years in contact centres, forecasting and scheduling for up to 2,400 "
    "agents on NICE IEX and Verint.",
    [
        (
            "WFM Lead, Clydeside Contact Solutions (customer: a UK energy supplier), Apr 2019 – present",
            "Runs forecasting, scheduling and real-time management for an outsourced energy customer-service "
            "operation across 3 sites.",
            [
                "Forecasts contact volumes of 5.5 million calls, emails and chats a year in NICE IEX.",
                "Brought service level from 68% to 80% answered within 20 seconds.",
                "Cut schedule shrinkage from 38% to 33% by redesigning break and training placement.",
                "Manages 8 planners and real-time analysts.",
            ],
            ["NICE IEX WFM", "NICE CXone", "Excel", "Power BI"],
        ),
        (
            "Resource Planner, Northwind Telecom, Feb 2013 – Mar 2019",
            "Capacity planning and scheduling for a telecom provider's 2,400-agent customer service operation.",
            [
                "Scheduled 2,400 agents across 6 centres in Verint WFM.",
                "Built the annual capacity plan in Excel.",
                "Introduced intraday reforecasting every 30 minutes.",
            ],
            ["Verint Workforce Management", "Avaya CMS", "Excel", "SQL Server"],
        ),
    ],
    skills=["Forecasting", "Scheduling", "Real-time management", "Capacity planning"],
    tools=["NICE IEX", "Verint WFM", "Avaya CMS", "Power BI"],
    certifications=["Professional Planning Forum – Certificate in Resource Planning"],
    academic_background=["BA Economics, University of Strathclyde, 2012"],
    spoken_languages=["English"],
)
CVS["wfm"] = _case(
    _WFM,
    "Head of Workforce Planning for a multi-site contact centre: forecasting, scheduling and real-time "
    "management on NICE or Verint, shrinkage and service level improvement, leading a planning team.",
    "A workforce management leader with thirteen years in contact centres, forecasting and scheduling "
    "operations of as many as 2400 agents in NICE IEX and Verint.",
    [
        (
            "Owns forecasting, scheduling and real-time management across three sites for an outsourced "
            "customer-service operation serving a UK energy supplier.",
            [
                "Leads a team of eight planners and real-time analysts.",
                "Forecasts 5,500,000 calls, emails and chats every year in NICE IEX.",
                "Lifted service level by 12 points, from 68% to 80% of contacts answered within 20 s.",
                "Redesigned the placement of breaks and training, bringing shrinkage down five points to 33% from 38%.",
            ],
        ),
        (
            "Capacity planning and scheduling for the customer service operation of a telecom provider, 2400 "
            "agents strong.",
            [
                "Scheduled two thousand four hundred agents in six centres with Verint WFM.",
                "Put together the yearly capacity plan in Excel.",
                "Brought in intraday reforecasting at half-hourly intervals.",
            ],
        ),
    ],
)

# --- Railway timetabling: telegraphic compression ---------------------------------------------------------
_RAIL = cv(
    "Senior Timetable Planner",
    "Katharina Vogel",
    "Timetable planner with 12 years in long-term and short-term railway timetabling, building working "
    "timetables in TPS and capacity studies in Viriato for passenger and freight operators.",
    [
        (
            "Senior Timetable Planner, Network Rail (Capacity Planning), May 2018 – present",
            "Builds the working timetable for the East Coast Main Line and leads capacity studies for new services.",
            [
                "Recast the ECML working timetable for the December 2024 change, adding 7 trains per day in each "
                "direction.",
                "Ran Viriato capacity studies for 3 open access operator applications.",
                "Resolved 150 train path conflicts per timetable period in TPS.",
                "Chaired the weekly timetable change panel with 9 train operators.",
            ],
            ["TPS", "Viriato", "RailSys", "Excel"],
        ),
        (
            "Timetable Planner, DB Netz (Fahrplan), Sep 2014 – Apr 2018",
            "Short-term timetabling for freight paths on the Rhine corridor.",
            [
                "Planned ad-hoc freight paths with a 24-hour turnaround.",
                "Built engineering possession timetables for 2 major track renewals.",
                "Modelled running times in RailSys for 740-metre freight trains.",
            ],
            ["RailSys", "TPN", "SAP"],
        ),
        (
            "Student Research Assistant, TU Dresden Chair of Railway Operations, Oct 2012 – Aug 2014",
            "Research support on timetable robustness for a German Research Foundation project.",
            [
                "Built simulation scenarios in RailSys for the Dresden node.",
                "Measured delay propagation across 3 timetable variants.",
                "Co-authored a conference paper on buffer time allocation.",
            ],
            ["RailSys", "MATLAB"],
        ),
    ],
    skills=["Working timetable development", "Capacity analysis", "Possession planning", "Path conflict resolution"],
    tools=["TPS", "Viriato", "RailSys"],
    academic_background=["MSc Transport Engineering, TU Dresden, 2014"],
    spoken_languages=["German", "English"],
)
CVS["rail"] = _case(
    _RAIL,
    "Timetable Development Manager: TPS, capacity analysis in Viriato or RailSys, the timetable change process "
    "and stakeholder panels with train and freight operators.",
    "12 years of railway timetabling, long- and short-term: working timetables in TPS, capacity studies in "
    "Viriato, for passenger and freight operators.",
    [
        (
            "Working timetable for the East Coast Main Line (ECML); leads capacity studies for new services.",
            [
                "December 2024 timetable change: ECML working timetable recast, seven extra trains a day each way.",
                "Viriato capacity studies for three open access applications.",
                "150 path conflicts resolved in TPS each timetable period.",
                "Chairs the weekly timetable change panel (nine operators).",
            ],
        ),
        (
            "Short-term freight path planning, Rhine corridor.",
            [
                "Ad hoc freight paths turned round within a day.",
                "Possession timetables for two major track renewals.",
                "RailSys running-time models for 740 m freight trains.",
            ],
        ),
        (
            "Supported research into timetable robustness, German Research Foundation project.",
            [
                "RailSys simulation scenarios for the Dresden node.",
                "Delay propagation measured over three timetable variants.",
                "Conference paper on buffer time allocation (co-author).",
            ],
        ),
    ],
)

# --- Cyber threat intelligence: crisp, analyst voice ---------------------------------------------------
_CTI = cv(
    "Threat Intelligence Lead",
    "Rafael Ortega",
    "Cyber threat intelligence analyst with 8 years tracking ransomware and state-sponsored actors, running "
    "MISP and OpenCTI platforms for a bank CERT and a managed security provider.",
    [
        (
            "CTI Lead, Banco Atlántico CERT, Jul 2021 – present",
            "Leads the threat intelligence function of a retail bank's CERT, serving the SOC, fraud and "
            "vulnerability teams.",
            [
                "Deployed OpenCTI 5.12 and connected it to 14 commercial and open-source feeds.",
                "Publishes a weekly intelligence brief read by 300 staff including the executive committee.",
                "Mapped 42 threat actor profiles to MITRE ATT&CK techniques for detection engineering.",
                "Cut the time to ingest and triage new indicators from 6 hours to 45 minutes with automated "
                "enrichment.",
            ],
            ["OpenCTI", "MISP", "Splunk Enterprise Security", "Python", "MITRE ATT&CK"],
        ),
        (
            "Threat Intelligence Analyst, Securitas Cloud MSSP, Oct 2018 – Jun 2021",
            "Analyst for a managed security provider's intelligence service to 60 customers in Spain and Portugal.",
            [
                "Ran the shared MISP instance and its sharing groups for the customer base.",
                "Wrote 25 in-depth reports on ransomware groups.",
                "Built YARA rules for the malware analysis pipeline.",
            ],
            ["MISP", "YARA", "TheHive", "Cortex", "Python"],
        ),
        (
            "SOC Analyst, Indra Ciberseguridad, Sep 2015 – Sep 2018",
            "Tier 1 and tier 2 monitoring in a 24x7 security operations centre for public-sector clients.",
            [
                "Triaged around 120 SIEM alerts per shift in QRadar.",
                "Wrote the SOC's phishing response playbook.",
                "Maintained indicator watchlists for the threat intelligence cell.",
            ],
            ["IBM QRadar", "Wireshark", "Python"],
        ),
    ],
    skills=["Threat actor tracking", "Intelligence reporting", "Detection engineering support"],
    tools=["MISP", "OpenCTI", "TheHive", "YARA"],
    certifications=["GIAC Cyber Threat Intelligence (GCTI)", "CompTIA Security+"],
    academic_background=["MSc Cybersecurity, Universidad Carlos III de Madrid, 2018"],
    spoken_languages=["Spanish", "English", "Portuguese"],
)
CVS["cti"] = _case(
    _CTI,
    "Senior CTI Analyst for a financial institution: own the threat intelligence platform (OpenCTI or MISP), "
    "produce strategic and tactical intelligence, map actors to MITRE ATT&CK, automate in Python.",
    "GCTI-certified threat intelligence analyst; eight years tracking ransomware crews and state-sponsored "
    "actors, and running MISP and OpenCTI for both a bank CERT and an MSSP.",
    [
        (
            "Heads threat intelligence within a retail bank's CERT, supporting the SOC as well as the fraud and "
            "vulnerability teams.",
            [
                "Stood up OpenCTI 5.12 with fourteen commercial and open-source feeds.",
                "Triage of new indicators went from six hours to 45 minutes — an eightfold speed-up — once "
                "enrichment was automated.",
                "Author of a weekly intelligence brief that reaches 300 readers, the executive committee among them.",
                "Profiled 42 threat actors against MITRE ATT&CK techniques to feed detection engineering.",
            ],
        ),
        (
            "Intelligence analyst in a managed security provider's service for sixty customers across Spain and "
            "Portugal.",
            [
                "Administered the shared MISP instance and the customers' sharing groups.",
                "Produced 25 in-depth ransomware group reports.",
                "Wrote YARA rules feeding the malware analysis pipeline.",
            ],
        ),
        (
            "Round-the-clock SOC monitoring at tiers 1 and 2 for public-sector clients.",
            [
                "Handled roughly 120 QRadar SIEM alerts on each shift.",
                "Authored the phishing response playbook used by the SOC.",
                "Kept the threat intelligence cell's indicator watchlists up to date.",
            ],
        ),
    ],
)

# --- Mobile RAN optimisation: posting vocabulary (accessibility, retainability) -------------------------
_RAN = cv(
    "RAN Optimisation Engineer",
    "Farid Haddad",
    "RAN optimisation engineer with 11 years tuning 2G, 4G and 5G networks on Ericsson and Nokia equipment, "
    "using Nokia NetAct and Ericsson ENM for parameter and performance management.",
    [
        (
            "Senior RAN Optimisation Engineer, Telvora Networks (customer: a Gulf mobile operator), Jan 2020 – present",
            "Optimises a 5G NSA and LTE network of 9,500 sites on Ericsson equipment for a managed services contract.",
            [
                "Raised EN-DC setup success rate from 96.1% to 99.3% through anchor parameter tuning.",
                "Cut LTE dropped call rate from 0.9% to 0.4% across the capital region.",
                "Scripted KPI reports in Python against Ericsson ENM PM counters.",
                "Led 7 field and drive-test engineers.",
            ],
            ["Ericsson ENM", "Ericsson Baseband 6630", "TEMS Investigation", "Python", "Tableau"],
        ),
        (
            "RAN Engineer, Nokia Solutions and Networks (customer: Zain Jordan), Mar 2015 – Dec 2019",
            "Swap and optimisation of a 2G/3G/4G network from Huawei to Nokia equipment.",
            [
                "Optimised 1,800 swapped sites in Nokia NetAct after the vendor swap.",
                "Planned neighbour relations and handover parameters for 4G cluster launches.",
                "Ran drive tests with Nemo Outdoor and analysed them in Actix.",
            ],
            ["Nokia NetAct", "Nokia Flexi Multiradio", "Nemo Outdoor", "Actix Analyzer"],
        ),
    ],
    skills=["KPI optimisation", "Drive testing", "Parameter planning", "Vendor swap"],
    tools=["Nokia NetAct", "Ericsson ENM", "TEMS Investigation", "Actix Analyzer"],
    certifications=["Ericsson Certified Associate – 5G RAN"],
    academic_background=["BSc Electrical Engineering, Jordan University of Science and Technology, 2014"],
    spoken_languages=["Arabic", "English"],
)
CVS["ran"] = _case(
    _RAN,
    "RAN Optimisation Lead for a 5G rollout: Ericsson ENM and Nokia NetAct, KPI improvement (accessibility, "
    "retainability), drive testing, automation through scripting, leading a field team.",
    "Eleven years optimising 2G, 4G and 5G radio access networks on Ericsson and Nokia kit, managing "
    "parameters and performance through Nokia NetAct and Ericsson ENM.",
    [
        (
            "Managed services optimisation of a 9500-site LTE and 5G NSA network, Ericsson equipment, for a Gulf "
            "mobile operator.",
            [
                "Accessibility: EN-DC setup success rate up from 96.1 % to 99.3 % through anchor parameter tuning.",
                "Retainability: LTE dropped call rate more than halved, 0.9% down to 0.4%, in the capital region.",
                "Automated KPI reporting with Python scripts reading Ericsson ENM PM counters.",
                "Team lead for seven field and drive-test engineers.",
            ],
        ),
        (
            "Swapped a 2G/3G/4G network from Huawei to Nokia and optimised it, for Zain Jordan.",
            [
                "Optimised one thousand eight hundred swapped sites in Nokia NetAct.",
                "Planned neighbour relations and handover parameters ahead of 4G cluster launches.",
                "Drive-tested with Nemo Outdoor; analysed the logs in Actix.",
            ],
        ),
    ],
)

# --- Veterinary regulatory affairs: expansion, American spelling, numbers in words ----------------------
_VET = cv(
    "Regulatory Affairs Manager, Veterinary Medicines",
    "Annelies de Groot",
    "Regulatory affairs manager with 15 years in veterinary medicines, preparing marketing authorisation "
    "dossiers for the EU centralised, decentralised and national procedures and working with the EMA, VMD and "
    "national agencies.",
    [
        (
            "Regulatory Affairs Manager, Veltrana Animal Health, Mar 2017 – present",
            "Manages EU regulatory strategy and submissions for a portfolio of 60 companion-animal and livestock "
            "products.",
            [
                "Obtained 9 new marketing authorisations, including a centralised authorisation for a canine "
                "monoclonal antibody.",
                "Led the portfolio's transition to Regulation (EU) 2019/6 and the Union Product Database.",
                "Manages 4 regulatory officers across the Netherlands and Belgium.",
                "Answered CVMP list of questions within the 90-day clock-stop.",
            ],
            ["Union Product Database (UPD)", "Veeva Vault RIM", "eSubmission Gateway", "VNees"],
        ),
        (
            "Regulatory Affairs Officer, Dierfarma B.V., Jan 2011 – Feb 2017",
            "Regulatory support for generic veterinary antibiotics and antiparasitics in Europe.",
            [
                "Compiled 22 decentralised procedure dossiers for generic antibiotics.",
                "Maintained 150 national authorisations through variations and renewals.",
                "Wrote the bioequivalence and MRL justifications for 5 generic applications.",
            ],
            ["VNees", "Documentum", "eCTD viewer"],
        ),
        (
            "Veterinary Surgeon, Dierenkliniek De Eem, Sep 2010 – Dec 2010",
            "Mixed-practice veterinary surgeon in a clinic treating companion animals and dairy cattle.",
            [
                "Ran small-animal consultations and routine surgery.",
                "Reported suspected adverse reactions to the national pharmacovigilance scheme.",
            ],
            ["VetManager"],
        ),
    ],
    skills=["EU centralised procedure", "Decentralised procedure", "Variations", "Regulation (EU) 2019/6"],
    tools=["Veeva Vault RIM", "UPD", "VNees"],
    certifications=["TOPRA Certificate in Veterinary Regulatory Affairs"],
    academic_background=["DVM, Utrecht University, 2010", "MSc Regulatory Science, Utrecht University, 2013"],
    spoken_languages=["Dutch", "English", "German"],
)
CVS["vet"] = _case(
    _VET,
    "Head of Veterinary Regulatory Affairs EU: centralized and DCP procedures, Regulation (EU) 2019/6 and the "
    "UPD, biologicals, and leadership of a regulatory team.",
    "A veterinarian by training (DVM, Utrecht) with fifteen years in veterinary regulatory affairs, preparing "
    "marketing authorization dossiers for the EU centralized, decentralized and national procedures in close "
    "contact with the EMA, the VMD and national agencies.",
    [
        (
            "Responsible for EU regulatory strategy and submissions across sixty companion-animal and livestock "
            "products.",
            [
                "Secured nine new marketing authorizations, among them a centralized authorization for a canine "
                "monoclonal antibody.",
                "Leads the team of four regulatory officers in the Netherlands and Belgium.",
                "Steered the portfolio through the transition to Regulation (EU) 2019/6 and into the Union Product "
                "Database (UPD).",
                "Responded to CVMP lists of questions inside the 90-day clock-stop.",
            ],
        ),
        (
            "Supported the European registration of generic veterinary antibiotics and antiparasitics.",
            [
                "Assembled 22 DCP dossiers for generic antibiotics.",
                "Kept 150 national authorizations current through variations and renewals.",
                "Drafted bioequivalence and maximum residue limit (MRL) justifications for five generic applications.",
            ],
        ),
        (
            "General practice vet for companion animals and dairy cattle.",
            [
                "Consultations and routine surgery for small animals.",
                "Filed suspected adverse reaction reports with the national pharmacovigilance scheme.",
            ],
        ),
    ],
)

HONEST = honest_texts(CVS)

_INJECTED = [
    # hull
    ("hull", "overview", "years", "start", "fifteen years", "eighteen years"),
    (
        "hull",
        "overview",
        "certification",
        "end",
        "fishing boats.",
        "fishing boats, and holds the DNV Ship Design Professional certificate.",
    ),
    (
        "hull",
        "experiences[0].description",
        "customer",
        "start",
        "For Nordfjord Yards:",
        "For Nordfjord Yards and Equinor:",
    ),
    ("hull", "experiences[0].description", "version", "end", "AVEVA Marine 12.1.", "AVEVA Marine 12.2."),
    ("hull", "experiences[0].bullets[0]", "team size", "middle", "six designers", "nine designers"),
    ("hull", "experiences[0].bullets[1]", "number", "middle", "four 130-metre", "four 140-metre"),
    (
        "hull",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "plasma cutting line.",
        "plasma cutting line, shortening drawing turnaround by 30%.",
    ),
    ("hull", "experiences[1].bullets[1]", "tool", "middle", "in NAPA Steel;", "in NAPA Steel and Femap;"),
    (
        "hull",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Trained 14 junior draughtsmen in AVEVA Marine hull modelling.",
    ),
    (
        "hull",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Modelled hull blocks for four 130-metre offshore construction vessels in AVEVA Marine 12.1.",
    ),
    # lotto
    ("lotto", "overview", "certified", "start", "a trusted architect", "a WLA-SCS certified architect"),
    (
        "lotto",
        "overview",
        "customer",
        "middle",
        "for lottery and gaming operators",
        "for lottery and gaming operators such as Camelot",
    ),
    (
        "lotto",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "central gaming system that",
        "central gaming system on Apache Kafka that",
    ),
    ("lotto", "experiences[0].bullets[1]", "number", "start", "Brought 34k", "Brought 36k"),
    ("lotto", "experiences[0].bullets[3]", "version", "middle", "RAC 11g to 19c", "RAC 11g to 21c"),
    (
        "lotto",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Designed the disaster recovery site in Rome with a recovery time objective of 15 minutes.",
    ),
    (
        "lotto",
        "experiences[1].description",
        "date",
        "middle",
        "first as a developer and then",
        "first as a developer and, from 2014,",
    ),
    (
        "lotto",
        "experiences[1].description",
        "recognition",
        "end",
        "back office,",
        "back office, winning Sisal's supplier excellence award,",
    ),
    (
        "lotto",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "points of sale.",
        "points of sale, cutting validation time by 45%.",
    ),
    ("lotto", "experiences[1].bullets[1]", "team size", "middle", "four-developer team", "seven-developer team"),
    # ott
    ("ott", "overview", "years", "start", "nine years'", "eleven years'"),
    (
        "ott",
        "experiences[0].description",
        "certified",
        "start",
        "Responsible for",
        "As an Irdeto-certified DRM specialist, responsible for",
    ),
    ("ott", "experiences[0].description", "customer", "end", "to a UK broadcaster.", "to Sky Sports."),
    (
        "ott",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "Apple FairPlay and Microsoft PlayReady",
        "Apple FairPlay, Microsoft PlayReady and Marlin",
    ),
    ("ott", "experiences[0].bullets[1]", "number", "end", "from 30 s to 8 s.", "from 30 s to 5 s."),
    (
        "ott",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "at the cup final.",
        "at the cup final with 99.99% license availability.",
    ),
    ("ott", "experiences[0].bullets[2]", "date", "end", "the cup final.", "the 2023 cup final."),
    (
        "ott",
        "experiences[1].bullets[0]",
        "version",
        "start",
        "Designed an FFmpeg transcoding",
        "Designed an FFmpeg 6 transcoding",
    ),
    ("ott", "experiences[1].bullets[1]", "duration", "end", "tvOS apps.", "tvOS apps in under three months."),
    (
        "ott",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Integrated Widevine, FairPlay and PlayReady behind a single license proxy.",
    ),
    # valuation
    (
        "valuation",
        "overview",
        "certification",
        "start",
        "RICS Registered Valuer;",
        "RICS Registered Valuer and IPF Investment Property Certificate holder;",
    ),
    (
        "valuation",
        "overview",
        "degree",
        "end",
        "cash-flow modelling.",
        "cash-flow modelling; MSc in Real Estate Finance.",
    ),
    ("valuation", "experiences[0].description", "date", "start", "Secured lending", "Since 2016, secured lending"),
    ("valuation", "experiences[0].bullets[0]", "number", "start", "an 85-asset", "a 95-asset"),
    (
        "valuation",
        "experiences[0].bullets[1]",
        "tool",
        "start",
        "Argus Enterprise DCF",
        "Argus Enterprise and Argus Developer DCF",
    ),
    (
        "valuation",
        "experiences[0].bullets[2]",
        "customer",
        "end",
        "three clearing banks.",
        "three clearing banks, including Barclays.",
    ),
    ("valuation", "experiences[0].bullets[3]", "team size", "end", "two graduates.", "two graduates, three analysts."),
    (
        "valuation",
        "experiences[1].description",
        "duration",
        "start",
        "Retail park and",
        "Seven years of retail park and",
    ),
    (
        "valuation",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "to Argus Enterprise.",
        "to Argus Enterprise, cutting report preparation time by a third.",
    ),
    (
        "valuation",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "rent review arbitrations.",
        "rent review arbitrations, commended by the RICS Dispute Resolution Service.",
    ),
    (
        "valuation",
        "experiences[1].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Valued a £220m shopping centre for a German open-ended fund.",
    ),
    # steel
    (
        "steel",
        "overview",
        "certified",
        "start",
        "Model-centred steel professional",
        "BIM Level 2 certified steel professional",
    ),
    ("steel", "overview", "years", "middle", "16 years working", "18 years working"),
    (
        "steel",
        "overview",
        "degree",
        "end",
        "EN 1090 and AISC.",
        "EN 1090 and AISC, with an MSc in Structural Engineering.",
    ),
    (
        "steel",
        "experiences[0].description",
        "customer",
        "end",
        "in the UK and the US,",
        "in the UK and the US, among them Severfield,",
    ),
    (
        "steel",
        "experiences[0].bullets[0]",
        "tool",
        "end",
        "shared Trimble Connect model.",
        "shared Trimble Connect and Navisworks model.",
    ),
    (
        "steel",
        "experiences[0].bullets[2]",
        "version",
        "middle",
        "Tekla Structures 2023 model",
        "Tekla Structures 2024 model",
    ),
    ("steel", "experiences[0].bullets[2]", "number", "middle", "52-storey", "58-storey"),
    (
        "steel",
        "experiences[0].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Detailed the 1,900 t roof truss of a 40,000-seat stadium.",
    ),
    ("steel", "experiences[1].bullets[0]", "team size", "middle", "four junior detailers", "six junior detailers"),
    (
        "steel",
        "experiences[1].bullets[2]",
        "duration",
        "end",
        "twenty-five warehouses.",
        "twenty-five warehouses over eighteen months.",
    ),
    # library
    (
        "library",
        "overview",
        "degree",
        "start",
        "For eleven years I have run",
        "Since completing my PhD in Information Science, for eleven years I have run",
    ),
    ("library", "overview", "recognition", "middle", "have twice seen", "have twice, with award-winning results, seen"),
    (
        "library",
        "experiences[0].bullets[0]",
        "date",
        "end",
        "live fourteen months",
        "live in September 2021, fourteen months",
    ),
    (
        "library",
        "experiences[0].bullets[1]",
        "team size",
        "end",
        "three systems librarians.",
        "five systems librarians.",
    ),
    (
        "library",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "collection decisions.",
        "collection decisions, cutting spend on unused journals by 18%.",
    ),
    (
        "library",
        "experiences[0].bullets[3]",
        "tool",
        "end",
        "Alma APIs and Python scripts.",
        "Alma APIs, Python scripts and Apache Airflow.",
    ),
    (
        "library",
        "experiences[1].description",
        "certified",
        "start",
        "Supported the Aleph",
        "A certified Aleph administrator, supported the Aleph",
    ),
    (
        "library",
        "experiences[1].description",
        "customer",
        "end",
        "four institutes.",
        "four institutes led by Trinity College Dublin.",
    ),
    (
        "library",
        "experiences[1].bullets[0]",
        "number",
        "start",
        "Mapped six hundred thousand",
        "Mapped eight hundred thousand",
    ),
    (
        "library",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Wrote the consortium's shared cataloguing policy for RDA.",
    ),
    # health
    ("health", "overview", "years", "start", "Ten years", "Twelve years"),
    ("health", "overview", "customer", "end", "ministries of health and WHO", "ministries of health, UNICEF and WHO"),
    (
        "health",
        "experiences[0].description",
        "team size",
        "end",
        "on behalf of the Ministry of Health.",
        "on behalf of the Ministry of Health, heading a team of 12 implementers.",
    ),
    ("health", "experiences[0].bullets[0]", "number", "middle", "16 districts", "18 districts"),
    (
        "health",
        "experiences[0].bullets[2]",
        "certified",
        "start",
        "Capacity building: trained",
        "As a certified DHIS2 Academy trainer, trained",
    ),
    (
        "health",
        "experiences[0].bullets[3]",
        "version",
        "end",
        "WHO's DHIS2 metadata package.",
        "WHO's DHIS2 2.40 metadata package.",
    ),
    (
        "health",
        "experiences[0].bullets[3]",
        "duration",
        "middle",
        "Delivered a COVID-19",
        "Delivered within six weeks a COVID-19",
    ),
    (
        "health",
        "experiences[1].description",
        "degree",
        "start",
        "Managed data",
        "With a PhD in epidemiology, managed data",
    ),
    (
        "health",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "national DHIS2 instance.",
        "national DHIS2 instance via OpenHIM.",
    ),
    (
        "health",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "with R scripts.",
        "with R scripts, cutting production from five days to one.",
    ),
    (
        "health",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "thirty health facilities.",
        "thirty health facilities, earning a WHO Kenya certificate of merit.",
    ),
    # wfm
    (
        "wfm",
        "overview",
        "certified",
        "start",
        "A workforce management leader",
        "A NICE-certified workforce management leader",
    ),
    ("wfm", "overview", "years", "middle", "thirteen years", "fifteen years"),
    (
        "wfm",
        "experiences[0].description",
        "recognition",
        "start",
        "Owns forecasting",
        "Named the Professional Planning Forum's Planner of the Year, owns forecasting",
    ),
    (
        "wfm",
        "experiences[0].description",
        "customer",
        "end",
        "serving a UK energy supplier.",
        "serving Scottish Power.",
    ),
    ("wfm", "experiences[0].bullets[0]", "team size", "middle", "eight planners", "eleven planners"),
    ("wfm", "experiences[0].bullets[1]", "number", "middle", "Forecasts 5,500,000", "Forecasts 6,500,000"),
    (
        "wfm",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Rolled out agent self-scheduling in NICE CXone, raising shift-swap uptake to 40%.",
    ),
    ("wfm", "experiences[1].bullets[1]", "tool", "end", "plan in Excel.", "plan in Excel and Calabrio."),
    ("wfm", "experiences[1].bullets[2]", "date", "start", "Brought in intraday", "In 2016, brought in intraday"),
    (
        "wfm",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "half-hourly intervals.",
        "half-hourly intervals, lifting schedule adherence to 92%.",
    ),
    ("wfm", "experiences[1].bullets[+]", "moved bullet", "end", None, "Manages eight planners and real-time analysts."),
    # rail
    ("rail", "overview", "years", "start", "12 years of", "14 years of"),
    (
        "rail",
        "overview",
        "degree",
        "end",
        "passenger and freight operators.",
        "passenger and freight operators; PhD in railway operations research.",
    ),
    (
        "rail",
        "experiences[0].description",
        "certification",
        "start",
        "Working timetable for",
        "IRSE-licensed planner; working timetable for",
    ),
    (
        "rail",
        "experiences[0].description",
        "team size",
        "middle",
        "leads capacity studies",
        "leads a team of 5 on capacity studies",
    ),
    ("rail", "experiences[0].bullets[0]", "date", "start", "December 2024", "December 2025"),
    ("rail", "experiences[0].bullets[0]", "number", "middle", "seven extra trains", "nine extra trains"),
    (
        "rail",
        "experiences[0].bullets[1]",
        "tool",
        "start",
        "Viriato capacity studies",
        "Viriato and OpenTrack capacity studies",
    ),
    (
        "rail",
        "experiences[0].bullets[1]",
        "customer",
        "end",
        "open access applications.",
        "open access applications, including Grand Central.",
    ),
    (
        "rail",
        "experiences[1].bullets[0]",
        "metric",
        "end",
        "within a day.",
        "within a day, with 98% of requests granted.",
    ),
    (
        "rail",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "major track renewals.",
        "major track renewals, each lasting six weeks.",
    ),
    ("rail", "experiences[1].bullets[2]", "version", "start", "RailSys running-time", "RailSys 11 running-time"),
    (
        "rail",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Resolved 150 path conflicts per timetable period in TPS.",
    ),
    # cti
    ("cti", "overview", "certified", "start", "GCTI-certified", "GCTI- and OSCP-certified"),
    ("cti", "overview", "years", "middle", "eight years", "ten years"),
    (
        "cti",
        "experiences[0].description",
        "team size",
        "start",
        "Heads threat intelligence",
        "Heads a four-analyst threat intelligence team",
    ),
    ("cti", "experiences[0].bullets[0]", "version", "middle", "OpenCTI 5.12", "OpenCTI 6.0"),
    ("cti", "experiences[0].bullets[2]", "number", "middle", "reaches 300 readers", "reaches 500 readers"),
    (
        "cti",
        "experiences[0].bullets[3]",
        "tool",
        "middle",
        "MITRE ATT&CK techniques",
        "MITRE ATT&CK and D3FEND techniques",
    ),
    (
        "cti",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Led the bank's response intelligence during the 2023 LockBit campaign against Iberian lenders.",
    ),
    (
        "cti",
        "experiences[1].description",
        "date",
        "start",
        "Intelligence analyst in",
        "From 2017, intelligence analyst in",
    ),
    (
        "cti",
        "experiences[1].description",
        "certification",
        "end",
        "Spain and Portugal.",
        "Spain and Portugal, holding the CREST Registered Threat Intelligence Analyst credential.",
    ),
    (
        "cti",
        "experiences[1].bullets[0]",
        "customer",
        "end",
        "customers' sharing groups.",
        "customers' sharing groups, including Iberdrola's.",
    ),
    (
        "cti",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "ransomware group reports.",
        "ransomware group reports and won the MSSP's analyst of the year award.",
    ),
    (
        "cti",
        "experiences[1].bullets[2]",
        "metric",
        "end",
        "malware analysis pipeline.",
        "malware analysis pipeline, raising its detection rate by 35%.",
    ),
    # ran
    ("ran", "overview", "years", "start", "Eleven years", "Thirteen years"),
    ("ran", "overview", "tool", "middle", "Ericsson and Nokia kit", "Ericsson, Nokia and ZTE kit"),
    (
        "ran",
        "experiences[0].description",
        "version",
        "middle",
        "Ericsson equipment",
        "Ericsson Baseband 6648 equipment",
    ),
    ("ran", "experiences[0].description", "customer", "end", "for a Gulf mobile operator.", "for Etisalat."),
    ("ran", "experiences[0].bullets[0]", "number", "end", "to 99.3 % through", "to 99.6 % through"),
    (
        "ran",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "ENM PM counters.",
        "ENM PM counters, saving 20 engineer-hours a week.",
    ),
    ("ran", "experiences[0].bullets[3]", "team size", "middle", "seven field", "ten field"),
    (
        "ran",
        "experiences[1].description",
        "certified",
        "start",
        "Swapped a 2G/3G/4G",
        "As a Nokia-certified RAN expert, swapped a 2G/3G/4G",
    ),
    ("ran", "experiences[1].bullets[0]", "date", "end", "in Nokia NetAct.", "in Nokia NetAct by mid-2017."),
    ("ran", "experiences[1].bullets[2]", "tool", "end", "the logs in Actix.", "the logs in Actix and TEMS Discovery."),
    (
        "ran",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Tuned 3G RAN parameters to cut inter-RAT handover failures by 40%.",
    ),
    # vet
    ("vet", "overview", "degree", "start", "(DVM, Utrecht)", "(DVM, Utrecht; PhD in pharmacology)"),
    ("vet", "overview", "years", "middle", "fifteen years", "eighteen years"),
    ("vet", "experiences[0].description", "number", "middle", "across sixty", "across seventy"),
    (
        "vet",
        "experiences[0].bullets[0]",
        "customer",
        "end",
        "monoclonal antibody.",
        "monoclonal antibody licensed to Zoetis.",
    ),
    ("vet", "experiences[0].bullets[1]", "team size", "middle", "four regulatory officers", "six regulatory officers"),
    (
        "vet",
        "experiences[0].bullets[1]",
        "certification",
        "end",
        "Netherlands and Belgium.",
        "Netherlands and Belgium, and holds the RAPS Regulatory Affairs Certification (RAC).",
    ),
    (
        "vet",
        "experiences[0].bullets[2]",
        "date",
        "middle",
        "Steered the portfolio through",
        "Steered the portfolio, by January 2021, through",
    ),
    (
        "vet",
        "experiences[0].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Compiled 22 decentralised procedure dossiers for generic antibiotics.",
    ),
    (
        "vet",
        "experiences[1].description",
        "recognition",
        "end",
        "and antiparasitics.",
        "and antiparasitics, work recognised with Dierfarma's regulatory excellence award.",
    ),
    (
        "vet",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "for generic antibiotics.",
        "for generic antibiotics in Lorenz docuBridge.",
    ),
    (
        "vet",
        "experiences[1].bullets[1]",
        "metric",
        "end",
        "variations and renewals.",
        "variations and renewals, with a 100% on-time renewal record.",
    ),
    (
        "vet",
        "experiences[1].bullets[2]",
        "duration",
        "start",
        "Drafted bioequivalence",
        "Over three years, drafted bioequivalence",
    ),
]

_INJECTED += [
    ("hull", "experiences[2].bullets[0]", "number", "end", "seven trawlers.", "nine trawlers."),
    (
        "hull",
        "experiences[2].description",
        "customer",
        "end",
        "small offshore supply vessels.",
        "small offshore supply vessels for Havila Shipping.",
    ),
    ("health", "experiences[2].bullets[1]", "tool", "end", "in Epi Info.", "in Epi Info and Stata."),
    ("health", "experiences[2].bullets[2]", "duration", "end", "in 2014.", "in 2014, for five months."),
    ("cti", "experiences[2].bullets[0]", "number", "middle", "roughly 120", "roughly 150"),
    (
        "cti",
        "experiences[2].description",
        "certified",
        "end",
        "public-sector clients.",
        "public-sector clients, as a certified QRadar analyst.",
    ),
    (
        "vet",
        "experiences[2].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Carried out herd health visits for 30 dairy farms.",
    ),
    ("rail", "experiences[2].bullets[2]", "recognition", "end", "(co-author).", "(co-author), best paper award."),
    ("rail", "experiences[2].bullets[1]", "number", "middle", "three timetable variants", "five timetable variants"),
]

_AMBIGUOUS_EDITS = [
    (
        "hull",
        "experiences[0].bullets[3]",
        "Delivered 1450",
        "Delivered some 1,500",
        "rounds 1,450 up to a figure the CV does not state, though hedged with 'some'",
    ),
    (
        "lotto",
        "overview",
        "Since 2010,",
        "For over fifteen years,",
        "2010 to the present spans more than fifteen years by the dates, but the CV never states a total",
    ),
    (
        "ott",
        "experiences[0].bullets[3]",
        "Mentored three engineers",
        "Led three engineers",
        "mentoring is not the same as line leadership; may read as an inflated role",
    ),
    (
        "ott",
        "experiences[0].bullets[2]",
        "handle 1,200,000",
        "handle a record 1,200,000",
        "'record' is an unsupported superlative around an honest figure",
    ),
    (
        "valuation",
        "experiences[0].description",
        "South East.",
        "London and the South East.",
        "London is not named in the CV; whether it falls under 'the South East' is arguable",
    ),
    (
        "steel",
        "experiences[0].description",
        "the UK and the US",
        "the UK and North America",
        "broadens the US to North America",
    ),
    (
        "library",
        "experiences[0].bullets[0]",
        "Alma and Primo VE,",
        "Alma and Primo VE (now Clarivate products),",
        "a true fact about the vendor that the CV does not state",
    ),
    (
        "health",
        "experiences[0].bullets[1]",
        "by 29 percentage points",
        "by 47%",
        "(91-62)/62 is 46.8%, rounded; a relative change the CV gives only as two figures",
    ),
    (
        "wfm",
        "experiences[0].bullets[3]",
        "bringing shrinkage down five points",
        "cutting shrinkage by 13%",
        "(38-33)/38 is 13.2%, rounded",
    ),
    (
        "rail",
        "overview",
        "working timetables in TPS",
        "working timetables in TPS (Train Planning System)",
        "standard expansion of TPS, but the CV never spells it out",
    ),
    (
        "cti",
        "experiences[0].description",
        "retail bank's CERT",
        "retail bank's CSIRT",
        "CSIRT is often used interchangeably with CERT, but it is a different name",
    ),
    (
        "ran",
        "overview",
        "Ericsson and Nokia kit",
        "Ericsson, Nokia and Huawei kit",
        "Huawei equipment is named in the CV only as the vendor swapped out, not as equipment optimised",
    ),
    (
        "vet",
        "overview",
        "the EMA, the VMD",
        "the EMA, the UK's Veterinary Medicines Directorate",
        "standard expansion of VMD, not given in the CV",
    ),
    (
        "vet",
        "experiences[0].bullets[0]",
        "a canine monoclonal antibody",
        "a first-in-class canine monoclonal antibody",
        "unsupported qualifier on an honest product",
    ),
    (
        "steel",
        "experiences[1].bullets[1]",
        "a stadium seating 40k",
        "a 40k-seat football stadium",
        "'football' comes from the experience's description, not this bullet; likely fine within one experience",
    ),
]

FABRICATED = build(CVS, _INJECTED)
AMBIGUOUS = build(CVS, _AMBIGUOUS_EDITS, with_reason=True)
