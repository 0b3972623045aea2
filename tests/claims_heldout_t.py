"""Blind set T for the free-text claims guard (issue 20), written blind: without reading the guard's
code, its documentation, its benchmarks or any other set. Twelve hand-written CVs from domains no earlier
set used (quantum computing software with Qiskit, bioprocess engineering under GMP, geotechnical analysis
with PLAXIS, reservoir simulation with Petrel and Eclipse, nuclear safety-case authoring, space flight
software on NASA cFS and RTEMS, weather and climate modelling with WRF on HPC, analytical chemistry method
validation by HPLC and LC-MS, DWDM/OTN optical transport networks, power-system studies in PSS/E and
DIgSILENT PowerFactory, metal additive manufacturing and building acoustics consulting), each with a job
posting or customer brief, one honest tailoring in its own style (units written in full or abbreviated,
ranges reworded, measurements merged, one plain-words tailoring for a non-specialist and one dense one for
a specialist), single claims injected into that tailoring, and edits whose honesty is arguable."""

from claims_blind_set import build, cv, honest_texts, tailor

CVS = {}
FABRICATIONS = []
AMBIGUOUS_EDITS = []

# --- Quantum computing software (Qiskit) -------------------------------------------------------------

_source = cv(
    "Quantum Software Engineer",
    "Ingrid Solberg",
    "Quantum software engineer with 7 years of Python development, the last 4 on quantum circuits with "
    "Qiskit. Builds transpiler passes, error-mitigation routines and benchmarking harnesses for "
    "superconducting hardware, and teaches variational algorithms to chemistry teams.",
    [
        (
            "Quantum Software Engineer, Nordlys Quantum AS (2021–2024)",
            "Engagement for a quantum hardware start-up covering compiler tooling and calibration-aware circuit "
            "optimisation for a 27-qubit superconducting processor.",
            [
                "Wrote custom Qiskit transpiler passes that cut two-qubit gate counts by 18% on the team's "
                "benchmark suite.",
                "Implemented zero-noise extrapolation and readout-error mitigation, raising GHZ-state fidelity "
                "on 8 qubits from 0.61 to 0.74.",
                "Built a nightly benchmarking harness running 1,200 circuits against the device and a noisy simulator.",
                "Packaged the passes as an internal Python library with 92% test coverage.",
            ],
            ["Python", "Qiskit", "Qiskit Aer", "NumPy", "pytest", "GitHub Actions"],
        ),
        (
            "Research Software Developer, University of Bergen, Department of Chemistry (2019–2021)",
            "Research project applying variational quantum eigensolver methods to small-molecule ground-state "
            "energies.",
            [
                "Implemented VQE with UCCSD and hardware-efficient ansätze for H2, LiH and BeH2.",
                "Reached chemical accuracy (1.6 mHa) for LiH on the statevector simulator.",
                "Ran experiments on IBM Quantum cloud devices through Qiskit Runtime.",
            ],
            ["Python", "Qiskit", "Qiskit Nature", "PySCF", "SLURM"],
        ),
        (
            "Python Developer, Fjordsoft AS (2017–2019)",
            "Backend development for a logistics planning product.",
            [
                "Developed REST services in Django serving 40 warehouse clients.",
                "Moved the batch route optimiser from cron jobs to Celery workers.",
                "Mentored 2 junior developers.",
            ],
            ["Python", "Django", "Celery", "PostgreSQL", "Redis"],
        ),
    ],
    skills=["Quantum circuit design", "Transpiler development", "Error mitigation", "Variational algorithms"],
    languages=["Python", "C++"],
    tools=["Qiskit", "Qiskit Aer", "Qiskit Runtime", "PySCF", "Git"],
    certifications=["IBM Certified Associate Developer – Quantum Computation using Qiskit"],
    academic_background=["MSc Computational Physics, University of Oslo, 2017"],
    spoken_languages=["Norwegian", "English"],
)
CVS["qiskit"] = {
    "source": _source,
    "prompt": "Job posting: Quantum Algorithms Engineer at a quantum-cloud provider. You will develop compiler "
    "passes and error mitigation in Qiskit, benchmark circuits on real hardware and noisy simulators, and help "
    "customers port chemistry workloads. Strong Python required.",
    "honest": tailor(
        _source,
        "Quantum algorithms engineer whose 7 years of Python work include the last 4 spent on Qiskit circuits: "
        "transpiler passes, error mitigation and benchmarking harnesses for superconducting hardware, plus "
        "teaching variational algorithms to chemistry teams.",
        [
            (
                "For a quantum hardware start-up: compiler tooling and calibration-aware optimisation of circuits "
                "on a 27-qubit superconducting processor.",
                [
                    "Developed custom Qiskit compiler (transpiler) passes, reducing two-qubit gate counts by 18% "
                    "across the team's benchmark suite.",
                    "Raised 8-qubit GHZ-state fidelity from 0.61 to 0.74 by implementing zero-noise extrapolation "
                    "and readout-error mitigation.",
                    "Benchmarked 1,200 circuits nightly on both the real device and a noisy simulator with a "
                    "purpose-built harness.",
                    "Shipped the passes as an internal Python library, 92 percent covered by tests.",
                ],
            ),
            (
                "Research applying the variational quantum eigensolver (VQE) to ground-state energies of small "
                "molecules.",
                [
                    "Implemented VQE for H2, LiH and BeH2 using UCCSD as well as hardware-efficient ansätze.",
                    "Achieved chemical accuracy of 1.6 mHa for LiH on a statevector simulator.",
                    "Ran the experiments on IBM Quantum cloud hardware via Qiskit Runtime.",
                ],
            ),
            (
                "Backend work on a logistics planning product.",
                [
                    "Built Django REST services used by 40 warehouse clients.",
                    "Migrated the batch route optimiser from cron jobs onto Celery workers.",
                    "Mentored two junior developers.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    ("qiskit", "overview", "years", "start", "whose 7 years", "whose 9 years"),
    (
        "qiskit",
        "experiences[0].bullets[0]",
        "metric",
        "end",
        "across the team's benchmark suite.",
        "across the team's benchmark suite, and cut average circuit depth by a quarter.",
    ),
    (
        "qiskit",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "and a noisy simulator",
        "and a Cirq noisy simulator",
    ),
    ("qiskit", "experiences[1].bullets[1]", "number", "middle", "1.6 mHa", "1.2 mHa"),
    ("qiskit", "experiences[0].description", "customer", "start", "For a quantum hardware start-up:", "For Rigetti:"),
    (
        "qiskit",
        "overview",
        "certification",
        "end",
        "teaching variational algorithms to chemistry teams.",
        "teaching variational algorithms to chemistry teams; Qiskit Advocate since 2022.",
    ),
    ("qiskit", "experiences[1].description", "degree", "start", "Research applying", "Doctoral research applying"),
    (
        "qiskit",
        "experiences[2].bullets[2]",
        "team size",
        "end",
        "Mentored two junior developers.",
        "Mentored two junior developers in a backend team of nine.",
    ),
    (
        "qiskit",
        "experiences[0].bullets[3]",
        "version",
        "middle",
        "internal Python library",
        "internal Python 3.11 library",
    ),
    (
        "qiskit",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Co-authored a paper on ansatz selection for small molecules.",
    ),
    (
        "qiskit",
        "experiences[1].bullets[2]",
        "date",
        "start",
        "Ran the experiments",
        "From spring 2020, ran the experiments",
    ),
    (
        "qiskit",
        "experiences[2].bullets[1]",
        "duration",
        "end",
        "onto Celery workers.",
        "onto Celery workers within six weeks.",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "qiskit",
        "overview",
        "superconducting hardware",
        "superconducting quantum computers",
        "the CV says superconducting hardware and processor; 'quantum computers' is a fair gloss but broader",
    ),
]

# --- Bioprocess engineering (upstream and downstream, GMP) -----------------------------------------------

_source = cv(
    "Bioprocess Engineer",
    "Tomás Ferreira",
    "Bioprocess engineer with 9 years in upstream and downstream development of monoclonal antibodies under "
    "GMP. Scales fed-batch cell culture from 2 L benchtop to 2,000 L single-use bioreactors, develops Protein A "
    "and ion-exchange purification, and writes tech-transfer packages for manufacturing sites.",
    [
        (
            "Senior Process Engineer, Lusobio Manufacturing (2019–2024)",
            "Late-stage process development and technology transfer for a biosimilar antibody at a contract "
            "manufacturing site.",
            [
                "Scaled a CHO fed-batch process from 200 L to 2,000 L single-use bioreactors, holding titre at "
                "4.8 g/L.",
                "Tightened pH control to ±0.05 and dissolved oxygen to 40 ± 5% air saturation across scales.",
                "Authored 14 batch records and the process validation protocol for three PPQ runs.",
                "Reduced Protein A resin cost per gram by 30% by moving to a 3-column continuous capture.",
            ],
            ["Sartorius Biostat STR", "ÄKTA pure", "UNICORN", "JMP", "TrackWise"],
        ),
        (
            "Downstream Process Scientist, Celltrix Biologics (2016–2019)",
            "Downstream development of purification trains for clinical-phase antibodies.",
            [
                "Developed cation-exchange polishing steps that lowered host-cell protein below 10 ppm.",
                "Ran viral-filtration and low-pH inactivation studies for the IND filing.",
                "Designed DoE screens of buffer pH 5.0–6.5 and conductivity 5–15 mS/cm.",
            ],
            ["ÄKTA avant", "Design-Expert", "Planova filters", "HPLC"],
        ),
        (
            "Graduate Process Engineer, Vaccinova (2015–2016)",
            "Graduate rotation on upstream vaccine production.",
            [
                "Supported 500 L microcarrier cultures of Vero cells at 37 °C.",
                "Wrote deviation reports and CAPA records in TrackWise.",
            ],
            ["Applikon bioreactors", "TrackWise"],
        ),
    ],
    skills=["Fed-batch cell culture", "Scale-up", "Chromatography", "Viral clearance", "Tech transfer"],
    tools=["ÄKTA", "UNICORN", "JMP", "Design-Expert", "TrackWise"],
    certifications=["Lean Six Sigma Green Belt"],
    academic_background=["MEng Biological Engineering, Universidade do Minho, 2015"],
    spoken_languages=["Portuguese", "English", "Spanish"],
    industries=["Biopharmaceuticals"],
)
CVS["bioprocess"] = {
    "source": _source,
    "prompt": "Customer brief (for a specialist reviewer): a CDMO needs a consultant for upstream scale-up and "
    "downstream purification of a monoclonal antibody moving to commercial GMP manufacture. Single-use "
    "bioreactors, continuous chromatography and process validation (PPQ) are essential.",
    # Specialist reader: dense, abbreviated, only the CV's own terms.
    "honest": tailor(
        _source,
        "mAb bioprocess engineer, 9 years across upstream and downstream under GMP: fed-batch scale-up from "
        "2 L bench to 2,000 L single-use bioreactors, Protein A and ion-exchange purification, tech-transfer "
        "packages for manufacturing sites.",
        [
            (
                "Late-stage process development and tech transfer of a biosimilar antibody at a contract "
                "manufacturing site.",
                [
                    "CHO fed-batch scaled from 200 L to 2,000 L in single-use bioreactors at a constant 4.8 g/L titre.",
                    "Held pH within ±0.05 and DO at 40 ± 5% air saturation at every scale.",
                    "Wrote 14 batch records plus the process validation protocol covering 3 PPQ runs.",
                    "Protein A resin cost/g down 30% after switching to 3-column continuous capture.",
                ],
            ),
            (
                "Downstream purification-train development for clinical-phase antibodies.",
                [
                    "CEX polishing steps taking host-cell protein (HCP) below 10 ppm.",
                    "Viral filtration and low-pH inactivation studies supporting the IND filing.",
                    "DoE screens over buffer pH 5.0 to 6.5 and conductivity between 5 and 15 mS/cm.",
                ],
            ),
            (
                "Graduate rotation in upstream vaccine manufacture.",
                [
                    "Supported Vero-cell microcarrier cultures at 500 L and 37 °C.",
                    "Deviation and CAPA records written in TrackWise.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    ("bioprocess", "overview", "tool", "middle", "2,000 L single-use", "2,000 L Xcellerex single-use"),
    ("bioprocess", "experiences[0].bullets[0]", "number", "end", "4.8 g/L", "5.2 g/L"),
    (
        "bioprocess",
        "experiences[0].bullets[2]",
        "date",
        "end",
        "covering 3 PPQ runs.",
        "covering 3 PPQ runs completed in March 2023.",
    ),
    (
        "bioprocess",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "3-column continuous capture.",
        "3-column continuous capture, with productivity up 2.5-fold.",
    ),
    (
        "bioprocess",
        "experiences[0].description",
        "customer",
        "middle",
        "of a biosimilar antibody",
        "of a Sandoz biosimilar antibody",
    ),
    (
        "bioprocess",
        "overview",
        "certified",
        "start",
        "mAb bioprocess engineer, 9 years",
        "Certified GMP auditor and mAb bioprocess engineer, 9 years",
    ),
    (
        "bioprocess",
        "experiences[1].bullets[1]",
        "recognition",
        "end",
        "supporting the IND filing.",
        "supporting the IND filing, which won the site's quality award.",
    ),
    (
        "bioprocess",
        "experiences[2].bullets[0]",
        "duration",
        "start",
        "Supported Vero-cell",
        "For eight months supported Vero-cell",
    ),
    ("bioprocess", "experiences[1].bullets[2]", "version", "start", "DoE screens", "Design-Expert 13 DoE screens"),
    (
        "bioprocess",
        "experiences[1].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Led six downstream scientists through the transfer of the process to Phase III supply.",
    ),
    (
        "bioprocess",
        "experiences[2].bullets[+]",
        "moved bullet",
        "start",
        None,
        "DoE screens of buffer pH and conductivity for the purification steps.",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "bioprocess",
        "experiences[0].bullets[3]",
        "3-column continuous capture",
        "3-column periodic counter-current capture",
        "multi-column continuous capture is usually PCC, but the CV never names the technique",
    ),
]

# --- Geotechnical engineering analysis (PLAXIS) ----------------------------------------------------------

_source = cv(
    "Geotechnical Engineer",
    "Aoife Brennan",
    "Chartered geotechnical engineer with 11 years of numerical analysis for deep excavations, foundations and "
    "embankments. Runs 2D and 3D finite-element models in PLAXIS, designs to Eurocode 7 and interprets CPT and "
    "borehole data for soft clay sites.",
    [
        (
            "Senior Geotechnical Engineer, Corrib Ground Engineering (2018–2024)",
            "Design and analysis of basements and retaining structures for city-centre developments in Dublin.",
            [
                "Modelled a 14 m deep secant-pile basement in PLAXIS 2D with the Hardening Soil model, keeping "
                "predicted wall deflection under 25 mm.",
                "Back-analysed inclinometer readings to recalibrate soil stiffness, cutting the second-stage "
                "prop load by 15%.",
                "Checked pile groups under 3,500 kN working load against Eurocode 7 Design Approach 1.",
                "Reviewed 40 site investigation reports and CPT logs.",
            ],
            ["PLAXIS 2D", "PLAXIS 3D", "Wallap", "gINT", "Excel"],
        ),
        (
            "Geotechnical Engineer, Atlantic Infrastructure Consultants (2013–2018)",
            "Embankment and slope design on soft alluvium for a regional road scheme.",
            [
                "Designed a 6 m high embankment on soft clay with prefabricated vertical drains at 1.5 m spacing.",
                "Predicted consolidation settlement of 450–600 mm and staged construction over 9 months.",
                "Ran slope stability checks to a factor of safety of 1.3 in Slide2.",
            ],
            ["PLAXIS 2D", "Slide2", "Settle3", "AutoCAD"],
        ),
        (
            "Secondment: Geotechnical Advisor, Dublin Port Company (2016–2017)",
            "Secondment advising on the rehabilitation of a quay wall.",
            [
                "Assessed a 1920s mass-concrete quay wall in PLAXIS 2D under a tidal drawdown of 4.5 m.",
                "Specified 28 ground anchors with a 600 kN design load each.",
            ],
            ["PLAXIS 2D", "Excel"],
        ),
    ],
    skills=["Finite-element analysis", "Deep excavations", "Soft soil engineering", "Pile design"],
    tools=["PLAXIS 2D", "PLAXIS 3D", "Wallap", "Slide2", "Settle3", "gINT"],
    certifications=["Chartered Engineer (CEng), Engineers Ireland"],
    academic_background=["MEng Civil Engineering, University College Dublin, 2013"],
    spoken_languages=["English", "Irish"],
    industries=["Construction", "Transport infrastructure"],
)
CVS["geotech"] = {
    "source": _source,
    "prompt": "Job posting: Senior Geotechnical Modeller for a metro extension. Advanced PLAXIS modelling of "
    "excavations and retaining walls, Eurocode 7 design, interpretation of ground investigation data and "
    "observational-method back-analysis. Chartered status preferred.",
    "honest": tailor(
        _source,
        "Chartered geotechnical engineer bringing 11 years of numerical analysis of deep excavations, "
        "foundations and embankments: PLAXIS finite-element modelling in two and three dimensions, Eurocode 7 "
        "design, and interpretation of CPT and borehole data on soft clay sites.",
        [
            (
                "Analysis and design of retaining structures and basements for developments in Dublin city centre.",
                [
                    "Kept predicted wall deflection below 25 mm on a 14-metre-deep secant-pile basement modelled "
                    "in PLAXIS 2D using the Hardening Soil model.",
                    "Recalibrated soil stiffness by back-analysing inclinometer readings, which reduced the "
                    "second-stage prop load by 15 per cent.",
                    "Verified pile groups carrying 3,500 kN working load to Eurocode 7, Design Approach 1.",
                    "Reviewed forty site investigation reports and CPT logs.",
                ],
            ),
            (
                "Slope and embankment design over soft alluvium for a regional road scheme.",
                [
                    "Designed a 6-metre embankment on soft clay using prefabricated vertical drains spaced at 1.5 m.",
                    "Predicted consolidation settlement of between 450 and 600 mm and planned the staged "
                    "construction over nine months.",
                    "Checked slope stability in Slide2 to a factor of safety of 1.3.",
                ],
            ),
            (
                "Seconded to advise on rehabilitating a quay wall.",
                [
                    "Assessed a mass-concrete quay wall dating from the 1920s in PLAXIS 2D, allowing for a "
                    "4.5-metre tidal drawdown.",
                    "Specified twenty-eight ground anchors, each with a 600 kN design load.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    ("geotech", "overview", "years", "middle", "bringing 11 years", "bringing 14 years"),
    (
        "geotech",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Kept predicted wall deflection below 25 mm",
        "Kept predicted wall deflection below 18 mm",
    ),
    (
        "geotech",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "by 15 per cent.",
        "by 15 per cent and saved roughly €400,000 in temporary works.",
    ),
    (
        "geotech",
        "experiences[0].bullets[2]",
        "tool",
        "end",
        "Design Approach 1.",
        "Design Approach 1, cross-checked in LPILE.",
    ),
    (
        "geotech",
        "experiences[0].description",
        "customer",
        "end",
        "in Dublin city centre.",
        "in Dublin city centre for Ballymore.",
    ),
    (
        "geotech",
        "experiences[1].description",
        "date",
        "end",
        "regional road scheme.",
        "regional road scheme opened in 2017.",
    ),
    (
        "geotech",
        "experiences[0].bullets[0]",
        "version",
        "middle",
        "in PLAXIS 2D using",
        "in PLAXIS 2D CONNECT Edition V22 using",
    ),
    (
        "geotech",
        "overview",
        "degree",
        "end",
        "on soft clay sites.",
        "on soft clay sites, backed by a PhD in soil mechanics.",
    ),
    (
        "geotech",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Designed a 6-metre embankment",
        "As the certified designer, designed a 6-metre embankment",
    ),
    (
        "geotech",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Back-analysed inclinometer readings to recalibrate the soil stiffness.",
    ),
    (
        "geotech",
        "experiences[0].bullets[3]",
        "team size",
        "end",
        "and CPT logs.",
        "and CPT logs while supervising three graduate engineers.",
    ),
]
FABRICATIONS += [
    (
        "geotech",
        "experiences[2].bullets[1]",
        "number",
        "start",
        "twenty-eight ground anchors",
        "thirty-two ground anchors",
    ),
    (
        "geotech",
        "experiences[2].description",
        "customer",
        "end",
        "rehabilitating a quay wall.",
        "rehabilitating a quay wall at Alexandra Basin for Arup.",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "geotech",
        "experiences[1].bullets[2]",
        "to a factor of safety of 1.3",
        "to the required factor of safety of 1.3",
        "'required' asserts the design criterion; the CV only states the factor reached",
    ),
]

# --- Reservoir simulation (Petrel, Eclipse) ----------------------------------------------------------------

_source = cv(
    "Reservoir Engineer",
    "Rashid Al-Mansoori",
    "Reservoir engineer with 12 years building and history-matching simulation models for carbonate and "
    "sandstone fields. Works from Petrel static models to Eclipse 100 and Eclipse 300 dynamic models, designs "
    "waterflood and gas-injection developments and estimates reserves under PRMS.",
    [
        (
            "Senior Reservoir Engineer, Gulf Subsurface Partners (2017–2024)",
            "Full-field simulation studies for an onshore carbonate field producing about 90,000 barrels of oil "
            "per day.",
            [
                "History-matched a 2.1-million-cell Eclipse 100 model against 25 years of production from 180 wells.",
                "Designed a peripheral waterflood infill plan adding 35 million barrels of recoverable oil.",
                "Ran 400 uncertainty cases with Petrel's uncertainty workflow to build P10/P50/P90 profiles.",
                "Kept average reservoir pressure within 3,200–3,400 psi through a voidage-replacement strategy.",
            ],
            ["Petrel", "Eclipse 100", "Python", "OFM"],
        ),
        (
            "Reservoir Engineer, Caspian Energy Services (2012–2017)",
            "Compositional modelling of gas-condensate reservoirs offshore.",
            [
                "Built Eclipse 300 compositional models with a 9-component equation of state tuned in PVTi.",
                "Evaluated lean-gas cycling that raised forecast condensate recovery from 38% to 52%.",
                "Prepared reserves reports under PRMS for annual audits.",
            ],
            ["Eclipse 300", "PVTi", "Petrel", "MBAL"],
        ),
    ],
    skills=["History matching", "Waterflood design", "Compositional simulation", "Reserves estimation"],
    languages=["Python"],
    tools=["Petrel", "Eclipse 100", "Eclipse 300", "PVTi", "MBAL", "OFM"],
    certifications=["SPE member"],
    academic_background=["MSc Petroleum Engineering, Heriot-Watt University, 2012", "BSc Chemical Engineering, 2010"],
    spoken_languages=["Arabic", "English"],
    industries=["Oil and gas"],
)
CVS["reservoir"] = {
    "source": _source,
    "prompt": "Job posting: Lead Reservoir Simulation Engineer. Own dynamic models in Eclipse for mature "
    "waterflooded carbonate fields, lead history matching and uncertainty studies, support reserves booking "
    "(PRMS). Petrel experience required; compositional experience an advantage.",
    "honest": tailor(
        _source,
        "Twelve years building and history-matching simulation models of carbonate and sandstone fields, "
        "taking Petrel static models through to Eclipse 100 and 300 dynamic models; designs waterflood and "
        "gas-injection developments and estimates reserves to PRMS.",
        [
            (
                "Full-field simulation of an onshore carbonate field producing roughly 90,000 bbl/d of oil.",
                [
                    "History-matched 25 years of production from 180 wells in a 2.1-million-cell Eclipse 100 model.",
                    "Designed the peripheral waterflood infill plan that added 35 million barrels of recoverable oil.",
                    "Built P10/P50/P90 profiles from 400 uncertainty cases run through Petrel's uncertainty workflow.",
                    "Held average reservoir pressure between 3,200 and 3,400 psi with a voidage-replacement strategy.",
                ],
            ),
            (
                "Offshore gas-condensate reservoirs: compositional modelling.",
                [
                    "Built compositional Eclipse 300 models using a nine-component equation of state tuned in PVTi.",
                    "Evaluated lean-gas cycling, lifting forecast condensate recovery from 38 to 52 percent.",
                    "Prepared PRMS reserves reports for the annual audits.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    (
        "reservoir",
        "overview",
        "customer",
        "end",
        "estimates reserves to PRMS.",
        "estimates reserves to PRMS for ADNOC and KOC.",
    ),
    ("reservoir", "experiences[0].description", "number", "end", "roughly 90,000 bbl/d", "roughly 110,000 bbl/d"),
    (
        "reservoir",
        "experiences[0].bullets[0]",
        "years",
        "start",
        "History-matched 25 years",
        "History-matched 30 years",
    ),
    ("reservoir", "experiences[0].bullets[0]", "version", "end", "Eclipse 100 model.", "Eclipse 100 2019.1 model."),
    (
        "reservoir",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "recoverable oil.",
        "recoverable oil and lifted the recovery factor by 4 points.",
    ),
    (
        "reservoir",
        "experiences[0].bullets[2]",
        "tool",
        "middle",
        "run through Petrel's uncertainty workflow",
        "run through Petrel's uncertainty workflow and tNavigator",
    ),
    (
        "reservoir",
        "experiences[1].bullets[2]",
        "certification",
        "end",
        "for the annual audits.",
        "for the annual audits as an SPE-certified reserves evaluator.",
    ),
    (
        "reservoir",
        "experiences[1].description",
        "duration",
        "start",
        "Offshore gas-condensate reservoirs:",
        "Three years on offshore gas-condensate reservoirs:",
    ),
    (
        "reservoir",
        "experiences[1].bullets[+]",
        "new bullet",
        "end",
        None,
        "Coordinated a subsurface team of 7 geoscientists and engineers for the field development plan.",
    ),
    (
        "reservoir",
        "overview",
        "recognition",
        "middle",
        "designs waterflood and gas-injection developments",
        "designs award-winning waterflood and gas-injection developments",
    ),
    (
        "reservoir",
        "experiences[0].bullets[3]",
        "date",
        "start",
        "Held average reservoir pressure",
        "Since 2019 held average reservoir pressure",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "reservoir",
        "experiences[0].description",
        "roughly 90,000 bbl/d of oil",
        "roughly 90 kbbl/d of oil",
        "an oilfield abbreviation of the same figure that a reader may not parse as the same number",
    ),
]

# --- Nuclear safety-case authoring ------------------------------------------------------------------------

_source = cv(
    "Nuclear Safety Case Engineer",
    "Gwen Hartley",
    "Safety case author with 10 years on UK nuclear licensed sites. Writes and reviews safety cases for "
    "decommissioning and waste-handling facilities, leads fault schedules and ALARP demonstrations, and "
    "prepares submissions for the Office for Nuclear Regulation.",
    [
        (
            "Principal Safety Case Engineer, Severn Nuclear Services (2019–2024)",
            "Safety case production for an intermediate-level waste encapsulation plant on a licensed site.",
            [
                "Authored the pre-construction safety report covering 120 fault sequences.",
                "Ran deterministic and probabilistic assessments against a dose target of 1 mSv per year for workers.",
                "Led HAZOP studies with 6 to 8 participants per session.",
                "Produced the ALARP justification for the ventilation system upgrade.",
            ],
            ["HAZOP", "Fault schedules", "RiskSpectrum", "Microsoft Word"],
        ),
        (
            "Safety Case Engineer, Westmoor Decommissioning (2014–2019)",
            "Periodic safety reviews and decommissioning safety cases for a Magnox reactor site.",
            [
                "Wrote 3 periodic safety review chapters on criticality and fire.",
                "Assessed fuel-route faults using design basis analysis.",
                "Managed the safety case change register of about 300 modifications.",
            ],
            ["RiskSpectrum", "Fault trees", "SharePoint"],
        ),
        (
            "Graduate Mechanical Engineer, Avon Pressure Systems (2013–2014)",
            "Graduate scheme in pressure-systems design.",
            [
                "Checked pressure vessel calculations to PD 5500 for vessels up to 25 bar.",
                "Prepared written schemes of examination under PSSR 2000.",
            ],
            ["PD 5500", "Excel", "Autodesk Inventor"],
        ),
    ],
    skills=["Safety case authoring", "ALARP", "Fault schedules", "HAZOP", "Design basis analysis", "PSA"],
    tools=["RiskSpectrum", "SharePoint"],
    certifications=["Suitably Qualified and Experienced Person (SQEP) for safety case authoring"],
    academic_background=["BEng Mechanical Engineering, University of Bristol, 2013"],
    spoken_languages=["English", "Welsh"],
    industries=["Nuclear"],
)
CVS["nuclear"] = {
    "source": _source,
    "prompt": "Customer brief: a site licence company needs a safety case lead to author the pre-operational "
    "safety report for a new waste store, including fault analysis, ALARP demonstration and engagement with "
    "the ONR. Experience on decommissioning sites is valued.",
    "honest": tailor(
        _source,
        "A decade of safety case authoring on UK nuclear licensed sites: writing and reviewing cases for "
        "decommissioning and waste-handling facilities, leading fault schedules and ALARP demonstrations, and "
        "preparing submissions to the Office for Nuclear Regulation (ONR).",
        [
            (
                "Produced the safety case for an intermediate-level waste (ILW) encapsulation plant on a "
                "licensed site.",
                [
                    "Wrote the pre-construction safety report, which covers 120 fault sequences.",
                    "Assessed worker dose deterministically and probabilistically against a 1 mSv/year target.",
                    "Led HAZOP sessions of six to eight participants each.",
                    "Prepared the ALARP case for upgrading the ventilation system.",
                ],
            ),
            (
                "Decommissioning safety cases and periodic safety reviews at a Magnox reactor site.",
                [
                    "Wrote three periodic safety review chapters, on criticality and on fire.",
                    "Assessed faults in the fuel route through design basis analysis.",
                    "Kept the safety case change register of roughly 300 modifications.",
                ],
            ),
            (
                "Graduate scheme designing pressure systems.",
                [
                    "Checked calculations to PD 5500 for pressure vessels rated to 25 bar.",
                    "Wrote the written schemes of examination required by the Pressure Systems Safety "
                    "Regulations 2000 (PSSR).",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    (
        "nuclear",
        "overview",
        "years",
        "start",
        "A decade of safety case authoring",
        "Fifteen years of safety case authoring",
    ),
    (
        "nuclear",
        "overview",
        "customer",
        "middle",
        "for decommissioning and waste-handling facilities",
        "for Sellafield decommissioning and waste-handling facilities",
    ),
    (
        "nuclear",
        "experiences[0].bullets[0]",
        "number",
        "end",
        "covers 120 fault sequences.",
        "covers 150 fault sequences.",
    ),
    (
        "nuclear",
        "experiences[0].bullets[1]",
        "tool",
        "end",
        "against a 1 mSv/year target.",
        "against a 1 mSv/year target, using MCNP for shielding.",
    ),
    (
        "nuclear",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "upgrading the ventilation system.",
        "upgrading the ventilation system, cutting predicted dose by 40%.",
    ),
    (
        "nuclear",
        "experiences[0].description",
        "date",
        "start",
        "Produced the safety case",
        "In 2021 produced the safety case",
    ),
    (
        "nuclear",
        "experiences[1].bullets[0]",
        "certified",
        "start",
        "Wrote three periodic safety review chapters",
        "As a chartered safety engineer wrote three periodic safety review chapters",
    ),
    (
        "nuclear",
        "experiences[1].description",
        "recognition",
        "end",
        "at a Magnox reactor site.",
        "at a Magnox reactor site, commended by the regulator.",
    ),
    (
        "nuclear",
        "experiences[0].bullets[1]",
        "version",
        "start",
        "Assessed worker dose",
        "Assessed worker dose in RiskSpectrum 1.4",
    ),
    (
        "nuclear",
        "experiences[0].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Maintained the change register for around 300 safety case modifications.",
    ),
    (
        "nuclear",
        "experiences[1].bullets[2]",
        "team size",
        "middle",
        "Kept the safety case change register",
        "With a team of four kept the safety case change register",
    ),
    (
        "nuclear",
        "overview",
        "degree",
        "end",
        "Office for Nuclear Regulation (ONR).",
        "Office for Nuclear Regulation (ONR), with an MSc in Nuclear Science.",
    ),
]
FABRICATIONS += [
    ("nuclear", "experiences[2].bullets[0]", "version", "middle", "to PD 5500 for", "to PD 5500:2021 for"),
]
AMBIGUOUS_EDITS += [
    (
        "nuclear",
        "experiences[0].bullets[2]",
        "Led HAZOP sessions",
        "Chaired HAZOP sessions",
        "'chaired' is a formal HAZOP role (the chair) that 'led' may or may not mean",
    ),
]

# --- Space flight software (NASA cFS, RTEMS) -------------------------------------------------------------

_source = cv(
    "Flight Software Engineer",
    "Mateo Lindqvist",
    "Flight software engineer with 8 years of embedded C on spacecraft. Develops NASA Core Flight System "
    "applications on RTEMS for small satellites, writes hardware-in-the-loop tests and works to NPR 7150.2 "
    "class C software assurance.",
    [
        (
            "Flight Software Engineer, Orbital Forge (2020–2024)",
            "Flight software for a 12U CubeSat Earth-observation mission with a 550 km sun-synchronous orbit.",
            [
                "Wrote 6 cFS applications in C for attitude control, payload scheduling and telemetry.",
                "Ported the cFS platform layer to RTEMS 5 on a LEON3 processor.",
                "Built a hardware-in-the-loop bench that ran 1,500 regression tests per night.",
                "Reduced the telemetry downlink overhead from 14% to 6% with a packet-packing scheme.",
            ],
            ["C", "NASA cFS", "RTEMS", "LEON3", "Python", "Jenkins"],
        ),
        (
            "Embedded Software Engineer, Skyward Avionics (2016–2020)",
            "Embedded software for unmanned aircraft autopilots.",
            [
                "Implemented CAN bus drivers and a 400 Hz sensor-fusion loop on STM32 microcontrollers.",
                "Reached 100% MC/DC coverage on the flight-control modules with unit tests.",
                "Supported the DO-178C level C certification evidence package.",
            ],
            ["C", "FreeRTOS", "STM32", "CAN", "VectorCAST"],
        ),
        (
            "Master's Thesis Student, Swedish Institute of Space Physics (2015–2016)",
            "Thesis on on-board data compression for a sounding-rocket instrument.",
            [
                "Implemented a CCSDS 121.0 lossless compressor in C, achieving a 2.3:1 ratio on instrument data.",
                "Flew the software on a sounding rocket reaching 250 km apogee.",
            ],
            ["C", "MATLAB"],
        ),
    ],
    skills=["Flight software", "Real-time embedded C", "Hardware-in-the-loop testing", "Software assurance"],
    languages=["C", "Python"],
    tools=["NASA cFS", "RTEMS", "FreeRTOS", "VectorCAST", "Jenkins", "GDB"],
    academic_background=["MSc Aerospace Engineering, KTH Royal Institute of Technology, 2016"],
    spoken_languages=["Swedish", "Spanish", "English"],
    industries=["Space", "Aviation"],
)
CVS["flightsw"] = {
    "source": _source,
    "prompt": "Job posting: Senior Flight Software Engineer for a smallsat constellation. Develop and test "
    "cFS applications on RTEMS, own HIL test benches, and follow NASA software assurance requirements. "
    "Embedded C essential; safety-critical certification experience a plus.",
    "honest": tailor(
        _source,
        "Embedded C engineer with 8 years on spacecraft flight software: NASA cFS (Core Flight System) "
        "applications on RTEMS for small satellites, hardware-in-the-loop (HIL) testing, and class C software "
        "assurance under NPR 7150.2.",
        [
            (
                "12U CubeSat Earth-observation mission in a 550-kilometre sun-synchronous orbit: flight software.",
                [
                    "Developed six cFS applications in C covering attitude control, payload scheduling and telemetry.",
                    "Ported the cFS platform layer onto a LEON3 processor running RTEMS 5.",
                    "Set up a HIL bench executing 1,500 regression tests every night.",
                    "Cut telemetry downlink overhead from 14 to 6 percent by packing packets more tightly.",
                ],
            ),
            (
                "Autopilot software for unmanned aircraft.",
                [
                    "Wrote CAN bus drivers for STM32 microcontrollers and a sensor-fusion loop running at 400 Hz.",
                    "Unit-tested the flight-control modules to full (100%) MC/DC coverage.",
                    "Contributed to the evidence package for DO-178C level C certification.",
                ],
            ),
            (
                "Master's thesis: compressing instrument data on board a sounding rocket.",
                [
                    "Wrote a lossless CCSDS 121.0 compressor in C that compressed instrument data at a ratio of "
                    "2.3 to 1.",
                    "The software flew on a sounding rocket with an apogee of 250 kilometres.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    (
        "flightsw",
        "overview",
        "customer",
        "middle",
        "for small satellites",
        "for small satellites flown by ESA and Planet",
    ),
    ("flightsw", "experiences[0].description", "number", "start", "12U CubeSat", "16U CubeSat"),
    ("flightsw", "experiences[0].bullets[1]", "version", "end", "running RTEMS 5.", "running RTEMS 6."),
    (
        "flightsw",
        "experiences[0].bullets[2]",
        "tool",
        "start",
        "Set up a HIL bench",
        "Set up a dSPACE HIL bench",
    ),
    (
        "flightsw",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "packing packets more tightly.",
        "packing packets more tightly, freeing 2 Mbit/s of downlink for imagery.",
    ),
    (
        "flightsw",
        "experiences[1].bullets[2]",
        "certified",
        "start",
        "Contributed to the evidence package",
        "As a certified DO-178C practitioner, contributed to the evidence package",
    ),
    (
        "flightsw",
        "experiences[1].description",
        "customer",
        "end",
        "for unmanned aircraft.",
        "for unmanned aircraft operated by Saab.",
    ),
    (
        "flightsw",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Supported launch and early operations for the first 30 days on orbit.",
    ),
    (
        "flightsw",
        "overview",
        "recognition",
        "end",
        "class C software assurance under NPR 7150.2.",
        "class C software assurance under NPR 7150.2; recipient of a NASA Group Achievement Award.",
    ),
    (
        "flightsw",
        "experiences[1].bullets[0]",
        "number",
        "end",
        "running at 400 Hz.",
        "running at 1 kHz.",
    ),
    (
        "flightsw",
        "experiences[0].description",
        "date",
        "end",
        "sun-synchronous orbit: flight software.",
        "sun-synchronous orbit, launched in 2023: flight software.",
    ),
]
FABRICATIONS += [
    ("flightsw", "experiences[2].bullets[0]", "number", "end", "a ratio of 2.3 to 1.", "a ratio of 3.1 to 1."),
]
AMBIGUOUS_EDITS += [
    (
        "flightsw",
        "experiences[1].bullets[1]",
        "to full (100%) MC/DC coverage",
        "to full (100%) MC/DC coverage as DO-178C requires",
        "the CV names DO-178C level C, but level C does not require MC/DC; the link is the model's inference",
    ),
]

# --- Weather and climate modelling on HPC (WRF) -------------------------------------------------------------

_source = cv(
    "Atmospheric Modeller",
    "Priya Raghunathan",
    "Atmospheric scientist with 9 years of numerical weather prediction and regional climate modelling. Runs "
    "and tunes WRF on HPC clusters, downscales CMIP6 projections, and builds verification pipelines for "
    "precipitation and 2 m temperature forecasts.",
    [
        (
            "Senior Scientist, Monsoon Climate Centre (2019–2024)",
            "Regional climate downscaling over South Asia for adaptation planning.",
            [
                "Downscaled 5 CMIP6 models to 12 km resolution with WRF for 1980–2100.",
                "Scaled WRF runs to 4,096 MPI ranks on a Cray XC40, reaching 70% parallel efficiency.",
                "Reduced the monsoon rainfall bias from +28% to +9% by testing 4 convection schemes.",
                "Published bias-corrected daily datasets in NetCDF for 30 partner agencies.",
            ],
            ["WRF", "Fortran", "Python", "xarray", "NCL", "Slurm", "Cray XC40"],
        ),
        (
            "Research Associate, Deccan Institute of Atmospheric Sciences (2015–2019)",
            "Operational short-range forecasting research with convection-permitting WRF.",
            [
                "Ran a 3 km nested WRF forecast twice daily with WRFDA 3D-Var data assimilation.",
                "Built a verification pipeline scoring precipitation with the fractions skill score.",
                "Cut forecast wall-clock time from 95 to 40 minutes by moving I/O to PnetCDF.",
            ],
            ["WRF", "WRFDA", "PnetCDF", "MET", "Bash"],
        ),
        (
            "Doctoral Researcher, Indian Institute of Science (2011–2015)",
            "PhD research on the predictability of monsoon onset.",
            [
                "Ran 40-member WRF ensembles to study onset timing over Kerala.",
                "Showed that onset forecasts were skilful up to 10 days ahead.",
                "Taught a graduate course in atmospheric dynamics for 2 semesters.",
            ],
            ["WRF", "Fortran", "MATLAB"],
        ),
    ],
    skills=[
        "Numerical weather prediction",
        "Regional climate downscaling",
        "Data assimilation",
        "Forecast verification",
    ],
    languages=["Fortran", "Python", "Bash"],
    tools=["WRF", "WRFDA", "MET", "NCL", "xarray", "Slurm"],
    academic_background=["PhD Atmospheric Science, Indian Institute of Science, 2015"],
    spoken_languages=["Tamil", "Hindi", "English"],
    industries=["Meteorology", "Climate services"],
)
CVS["wrf"] = {
    "source": _source,
    "prompt": "Job posting: Numerical Modeller (HPC) at a national met service. Configure and optimise WRF on "
    "our supercomputer, run convection-permitting forecasts and climate downscaling, and verify forecasts "
    "against observations. Fortran and Python required.",
    "honest": tailor(
        _source,
        "Nine years in numerical weather prediction and regional climate modelling: running and tuning WRF on "
        "HPC clusters, downscaling CMIP6 projections, and building verification pipelines for precipitation and "
        "2-metre temperature forecasts.",
        [
            (
                "Regional climate downscaling of South Asia to support adaptation planning.",
                [
                    "Used WRF to downscale five CMIP6 models to a 12-kilometre grid for 1980 to 2100.",
                    "Scaled WRF to 4,096 MPI ranks on a Cray XC40 at 70 per cent parallel efficiency.",
                    "Tested four convection schemes, bringing the monsoon rainfall bias down from +28% to +9%.",
                    "Delivered bias-corrected daily NetCDF datasets to 30 partner agencies.",
                ],
            ),
            (
                "Research on operational short-range forecasting with WRF at convection-permitting resolution.",
                [
                    "Ran a nested 3 km WRF forecast two times a day, assimilating data with WRFDA 3D-Var.",
                    "Scored precipitation forecasts with the fractions skill score in a verification pipeline I built.",
                    "Moved I/O to PnetCDF, cutting forecast wall-clock time from 95 minutes to 40.",
                ],
            ),
            (
                "Doctoral research into how predictable the monsoon onset is.",
                [
                    "Studied onset timing over Kerala with 40-member WRF ensembles.",
                    "Found skill in onset forecasts out to ten days.",
                    "Taught graduate atmospheric dynamics over two semesters.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    ("wrf", "overview", "years", "start", "Nine years in numerical", "Twelve years in numerical"),
    (
        "wrf",
        "overview",
        "tool",
        "end",
        "2-metre temperature forecasts.",
        "2-metre temperature forecasts, including with ICON.",
    ),
    (
        "wrf",
        "experiences[0].bullets[0]",
        "number",
        "middle",
        "downscale five CMIP6 models",
        "downscale seven CMIP6 models",
    ),
    (
        "wrf",
        "experiences[0].bullets[1]",
        "version",
        "start",
        "Scaled WRF to 4,096 MPI ranks",
        "Scaled WRF 4.5 to 4,096 MPI ranks",
    ),
    (
        "wrf",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "from +28% to +9%.",
        "from +28% to +9% and lifting the 2 m temperature correlation to 0.93.",
    ),
    (
        "wrf",
        "experiences[0].description",
        "customer",
        "end",
        "to support adaptation planning.",
        "to support adaptation planning for the World Bank.",
    ),
    (
        "wrf",
        "experiences[1].bullets[0]",
        "tool",
        "end",
        "with WRFDA 3D-Var.",
        "with WRFDA 3D-Var and GSI.",
    ),
    (
        "wrf",
        "experiences[1].description",
        "duration",
        "start",
        "Research on operational short-range forecasting",
        "Four years of research on operational short-range forecasting",
    ),
    (
        "wrf",
        "experiences[1].bullets[2]",
        "team size",
        "start",
        "Moved I/O to PnetCDF",
        "With two HPC engineers, moved I/O to PnetCDF",
    ),
    (
        "wrf",
        "experiences[0].bullets[3]",
        "recognition",
        "end",
        "to 30 partner agencies.",
        "to 30 partner agencies, cited in the IPCC AR6 regional chapter.",
    ),
    (
        "wrf",
        "experiences[1].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Tested four convection schemes to reduce the monsoon rainfall bias.",
    ),
    (
        "wrf",
        "overview",
        "certification",
        "middle",
        "running and tuning WRF on HPC clusters",
        "running and tuning WRF on HPC clusters (NVIDIA-certified CUDA developer)",
    ),
]
FABRICATIONS += [
    (
        "wrf",
        "experiences[2].bullets[2]",
        "number",
        "end",
        "over two semesters.",
        "over two semesters to classes of about 60 students.",
    ),
    (
        "wrf",
        "experiences[2].description",
        "recognition",
        "start",
        "Doctoral research",
        "Prize-winning doctoral research",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "wrf",
        "experiences[0].bullets[1]",
        "on a Cray XC40",
        "on a Cray XC40 supercomputer",
        "the XC40 is a supercomputer, but 'supercomputer' echoes the posting rather than the CV",
    ),
]

# --- Analytical chemistry method validation (HPLC, LC-MS) -----------------------------------------------------

_source = cv(
    "Analytical Scientist",
    "Hanna Kowalczyk",
    "Analytical chemist with 8 years developing and validating HPLC and LC-MS/MS methods for pharmaceutical "
    "quality control. Validates to ICH Q2(R1), writes SOPs and validation reports in a GLP and GMP "
    "environment, and transfers methods to QC laboratories.",
    [
        (
            "Senior Analytical Scientist, Vistula Pharma Labs (2019–2024)",
            "Method development and validation for impurity testing of oral solid dose products.",
            [
                "Validated 22 HPLC-UV methods to ICH Q2(R1) for assay and related substances.",
                "Developed an LC-MS/MS method for a nitrosamine impurity with a quantitation limit of 0.03 ppm.",
                "Demonstrated linearity with r² ≥ 0.999 over 0.05–150% of the specification limit.",
                "Transferred 9 methods to two QC sites with no failed comparative runs.",
            ],
            ["Waters Empower 3", "Agilent 1290 Infinity II", "Sciex Triple Quad 6500+", "Analyst", "LabWare LIMS"],
        ),
        (
            "Analytical Chemist, Baltic Contract Research (2016–2019)",
            "Bioanalytical support for clinical pharmacokinetic studies.",
            [
                "Ran LC-MS/MS assays for plasma samples across a range of 1–1,000 ng/mL.",
                "Kept within-run precision below 8% CV during method validation.",
                "Reviewed chromatography data for 15 studies under GLP.",
            ],
            ["Sciex API 4000", "Analyst", "Watson LIMS"],
        ),
        (
            "Laboratory Assistant, Kraków Water Authority (2014–2016)",
            "Part-time environmental testing during master's studies.",
            [
                "Measured nitrate at 0.5–50 mg/L by ion chromatography.",
                "Ran ICP-OES analyses of heavy metals against the drinking water directive limits.",
            ],
            ["Dionex ICS-1100", "ICP-OES"],
        ),
    ],
    skills=["HPLC method development", "LC-MS/MS", "Method validation", "Impurity profiling", "Method transfer"],
    tools=["Empower 3", "Analyst", "LabWare LIMS", "Watson LIMS"],
    certifications=["GMP auditor training (internal), 2021"],
    academic_background=["MSc Analytical Chemistry, Jagiellonian University, 2016"],
    spoken_languages=["Polish", "English", "German"],
    industries=["Pharmaceuticals", "Contract research"],
)
CVS["hplc"] = {
    "source": _source,
    "prompt": "Job posting: Method Validation Specialist, pharmaceutical QC. Validate chromatographic methods "
    "(HPLC, LC-MS) per ICH Q2, lead nitrosamine testing, author validation protocols and reports, and support "
    "method transfers to manufacturing-site labs.",
    "honest": tailor(
        _source,
        "Method validation specialist: 8 years of developing and validating HPLC and LC-MS/MS methods for "
        "pharmaceutical QC, validating to ICH Q2(R1), writing SOPs and validation reports under GLP and GMP, and "
        "transferring methods into quality-control laboratories.",
        [
            (
                "Impurity-testing methods for oral solid dose products, from development to validation.",
                [
                    "Validated twenty-two HPLC-UV assay and related-substances methods per ICH Q2(R1).",
                    "Developed a nitrosamine-impurity LC-MS/MS method quantifying down to 0.03 ppm.",
                    "Showed linearity (r² of at least 0.999) between 0.05% and 150% of the specification limit.",
                    "Transferred nine methods to two QC sites without a single failed comparative run.",
                ],
            ),
            (
                "Supported clinical pharmacokinetic studies with bioanalysis.",
                [
                    "Ran plasma LC-MS/MS assays over 1 to 1,000 ng/mL.",
                    "Held within-run precision under 8% CV throughout method validation.",
                    "Reviewed GLP chromatography data for fifteen studies.",
                ],
            ),
            (
                "Environmental testing, part time while studying for the master's degree.",
                [
                    "Determined nitrate between 0.5 and 50 milligrams per litre by ion chromatography.",
                    "Tested heavy metals against drinking water directive limits using ICP-OES.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    ("hplc", "overview", "years", "middle", "8 years of developing", "10 years of developing"),
    (
        "hplc",
        "overview",
        "tool",
        "end",
        "into quality-control laboratories.",
        "into quality-control laboratories, including GC-MS methods.",
    ),
    ("hplc", "experiences[0].bullets[0]", "number", "start", "Validated twenty-two", "Validated twenty-six"),
    ("hplc", "experiences[0].bullets[0]", "version", "end", "per ICH Q2(R1).", "per ICH Q2(R2)."),
    (
        "hplc",
        "experiences[0].bullets[1]",
        "number",
        "end",
        "down to 0.03 ppm.",
        "down to 0.01 ppm.",
    ),
    (
        "hplc",
        "experiences[0].bullets[3]",
        "metric",
        "end",
        "without a single failed comparative run.",
        "without a single failed comparative run, halving transfer time.",
    ),
    (
        "hplc",
        "experiences[0].description",
        "customer",
        "start",
        "Impurity-testing methods",
        "Pfizer impurity-testing methods",
    ),
    (
        "hplc",
        "experiences[1].description",
        "certified",
        "middle",
        "with bioanalysis.",
        "with bioanalysis in an ISO 17025-accredited lab.",
    ),
    (
        "hplc",
        "experiences[1].bullets[2]",
        "date",
        "end",
        "for fifteen studies.",
        "for fifteen studies between 2017 and 2018.",
    ),
    (
        "hplc",
        "experiences[1].bullets[+]",
        "new bullet",
        "start",
        None,
        "Trained 5 new analysts on Analyst software and GLP documentation.",
    ),
    (
        "hplc",
        "overview",
        "degree",
        "start",
        "Method validation specialist:",
        "PhD-qualified method validation specialist:",
    ),
    (
        "hplc",
        "experiences[0].bullets[2]",
        "recognition",
        "end",
        "of the specification limit.",
        "of the specification limit, a method later adopted company-wide as best practice.",
    ),
]
FABRICATIONS += [
    (
        "hplc",
        "experiences[2].bullets[1]",
        "tool",
        "middle",
        "using ICP-OES.",
        "using ICP-OES and ICP-MS.",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "hplc",
        "overview",
        "under GLP and GMP",
        "under GLP and cGMP",
        "cGMP is the US spelling of GMP practice; the CV writes GMP only",
    ),
]

# --- Optical transport networks (DWDM, OTN) ---------------------------------------------------------------

_source = cv(
    "Optical Network Engineer",
    "Lucien Moreau",
    "Optical transport engineer with 10 years designing and commissioning DWDM and OTN networks for carriers. "
    "Plans links from metro rings to 1,800 km long-haul routes, engineers coherent 100G to 400G wavelengths and "
    "automates provisioning with NETCONF and YANG.",
    [
        (
            "Senior Optical Transport Engineer, Rhône Fibre Networks (2018–2024)",
            "Design and roll-out of a national flexgrid DWDM backbone.",
            [
                "Designed a 96-channel C-band flexgrid backbone of 42 ROADM nodes carrying up to 400 Gb/s per "
                "wavelength.",
                "Kept OSNR margins above 3 dB at end of life on every route.",
                "Migrated 1,100 legacy SDH circuits onto OTN ODU0/ODU2 switching without customer outages.",
                "Automated wavelength provisioning with NETCONF/YANG scripts, taking turn-up from 5 days to 6 hours.",
            ],
            ["Ciena 6500", "Ciena WaveLogic", "NETCONF", "YANG", "Python", "OTDR"],
        ),
        (
            "Transmission Engineer, Alpes Télécom (2014–2018)",
            "Metro DWDM rings for enterprise and mobile backhaul.",
            [
                "Commissioned 18 metro rings with 10G and 100G wavelengths.",
                "Measured span losses and chromatic dispersion on 2,300 km of fibre with OTDR and CD testers.",
                "Wrote the network's protection-switching test plan, targeting 50 ms switchover.",
            ],
            ["Nokia 1830 PSS", "OTDR", "EXFO FTB-1"],
        ),
        (
            "Engineering Intern, Lyon Metro Fibre (2013–2014)",
            "Final-year internship on FTTH network planning.",
            [
                "Planned GPON splitter layouts for 6,000 homes with 1:32 split ratios.",
                "Calculated optical power budgets of up to 28 dB for class B+ optics.",
            ],
            ["QGIS", "Excel"],
        ),
    ],
    skills=["DWDM design", "OTN switching", "Coherent optics", "Link budget engineering", "Network automation"],
    languages=["Python"],
    tools=["Ciena 6500", "Nokia 1830 PSS", "EXFO FTB-1", "NETCONF", "YANG"],
    certifications=["Ciena Certified Packet-Optical Specialist"],
    academic_background=["Diplôme d'ingénieur, Télécom Paris, 2014"],
    spoken_languages=["French", "English", "Italian"],
    industries=["Telecommunications"],
)
CVS["optical"] = {
    "source": _source,
    "prompt": "Job posting: Optical Transport Architect at a wholesale carrier. Design DWDM and OTN "
    "networks with coherent 400G, own link budgets and OSNR engineering, lead SDH-to-OTN migration, and "
    "automate provisioning (NETCONF/YANG).",
    "honest": tailor(
        _source,
        "Ten years designing and commissioning carrier DWDM and OTN networks, from metro rings to long-haul "
        "routes of 1,800 kilometres; engineers coherent wavelengths from 100 to 400 gigabits per second and "
        "automates provisioning using NETCONF and YANG.",
        [
            (
                "Designed and rolled out a flexgrid DWDM backbone at national scale.",
                [
                    "Designed the flexgrid backbone: 42 ROADM nodes, 96 C-band channels, up to 400 Gbit/s on each "
                    "wavelength.",
                    "Held end-of-life OSNR margin above 3 dB on all routes.",
                    "Moved 1,100 legacy SDH circuits to OTN switching (ODU0/ODU2) with no customer outages.",
                    "Cut wavelength turn-up from five days to six hours by scripting provisioning in NETCONF/YANG.",
                ],
            ),
            (
                "Metro DWDM rings serving enterprise customers and mobile backhaul.",
                [
                    "Commissioned 18 metro rings carrying 10G and 100G wavelengths.",
                    "Measured chromatic dispersion and span loss over 2,300 km of fibre using OTDR and CD testers.",
                    "Authored the protection-switching test plan with a 50-millisecond switchover target.",
                ],
            ),
            (
                "Final-year internship planning fibre-to-the-home (FTTH) networks.",
                [
                    "Laid out GPON splitters at a 1:32 ratio covering 6,000 homes.",
                    "Worked out optical power budgets reaching 28 dB for class B+ optics.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    ("optical", "overview", "years", "start", "Ten years designing", "Fourteen years designing"),
    (
        "optical",
        "overview",
        "number",
        "middle",
        "long-haul routes of 1,800 kilometres",
        "long-haul routes of 2,500 kilometres",
    ),
    (
        "optical",
        "experiences[0].bullets[0]",
        "tool",
        "middle",
        "42 ROADM nodes",
        "42 Infinera ROADM nodes",
    ),
    (
        "optical",
        "experiences[0].bullets[1]",
        "metric",
        "end",
        "on all routes.",
        "on all routes and improved availability to 99.999%.",
    ),
    (
        "optical",
        "experiences[0].description",
        "customer",
        "end",
        "at national scale.",
        "at national scale for Orange Wholesale.",
    ),
    (
        "optical",
        "experiences[0].bullets[2]",
        "duration",
        "end",
        "with no customer outages.",
        "with no customer outages over an 18-month programme.",
    ),
    (
        "optical",
        "experiences[1].bullets[0]",
        "version",
        "end",
        "10G and 100G wavelengths.",
        "10G and 100G wavelengths on Nokia 1830 PSS release 12.",
    ),
    (
        "optical",
        "experiences[1].description",
        "date",
        "start",
        "Metro DWDM rings",
        "From 2015, metro DWDM rings",
    ),
    (
        "optical",
        "experiences[1].bullets[2]",
        "certification",
        "end",
        "50-millisecond switchover target.",
        "50-millisecond switchover target, drawing on his CCIE Service Provider certification.",
    ),
    (
        "optical",
        "experiences[1].bullets[+]",
        "moved bullet",
        "end",
        None,
        "Automated wavelength provisioning with NETCONF/YANG scripts.",
    ),
    (
        "optical",
        "experiences[0].bullets[3]",
        "team size",
        "start",
        "Cut wavelength turn-up",
        "Leading four automation engineers, cut wavelength turn-up",
    ),
    (
        "optical",
        "overview",
        "degree",
        "end",
        "using NETCONF and YANG.",
        "using NETCONF and YANG; holds an MBA.",
    ),
]
FABRICATIONS += [
    (
        "optical",
        "experiences[2].bullets[0]",
        "customer",
        "end",
        "covering 6,000 homes.",
        "covering 6,000 homes for SFR.",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "optical",
        "experiences[0].bullets[0]",
        "96 C-band channels",
        "96 C-band channels at 50 GHz spacing",
        "96 channels in the C band usually means 50 GHz spacing, but the CV says flexgrid and no spacing",
    ),
]

# --- Power-system studies (PSS/E, DIgSILENT PowerFactory) ------------------------------------------------------

_source = cv(
    "Power Systems Engineer",
    "Katarzyna Nowicka",
    "Power systems engineer with 9 years of grid studies for transmission operators and renewable developers. "
    "Runs load-flow, short-circuit, dynamic and harmonic studies in PSS/E and DIgSILENT PowerFactory, and "
    "writes grid-code compliance reports for wind and solar plants.",
    [
        (
            "Senior Power Systems Engineer, Northgrid Consulting (2019–2024)",
            "Grid connection studies for offshore wind and utility-scale solar projects.",
            [
                "Ran grid-code compliance studies for a 1.2 GW offshore wind farm connected at 400 kV.",
                "Built RMS and EMT models of 33 kV collector systems and STATCOMs in PowerFactory.",
                "Sized a 200 Mvar reactive compensation scheme to hold voltage within ±5% at the connection point.",
                "Performed harmonic studies against IEC 61000-3-6 planning levels, keeping THD below 1.5%.",
            ],
            ["DIgSILENT PowerFactory", "PSCAD", "Python", "DPL"],
        ),
        (
            "Power Systems Engineer, Baltic Transmission Operator (2015–2019)",
            "Transmission planning studies for a national 330 kV and 110 kV grid.",
            [
                "Maintained the PSS/E planning model of about 2,400 buses.",
                "Ran N-1 contingency analysis for 5-year reinforcement plans.",
                "Calculated fault levels up to 40 kA to IEC 60909 for protection settings.",
                "Scripted study automation in Python with psspy.",
            ],
            ["PSS/E", "Python", "psspy", "Excel"],
        ),
    ],
    skills=["Load flow", "Short-circuit analysis", "Dynamic stability", "Harmonics", "Grid-code compliance"],
    languages=["Python", "DPL"],
    tools=["PSS/E", "DIgSILENT PowerFactory", "PSCAD"],
    certifications=["IET Member"],
    academic_background=["MSc Electrical Power Engineering, Gdańsk University of Technology, 2015"],
    spoken_languages=["Polish", "English", "Lithuanian"],
    industries=["Energy", "Renewables"],
)
CVS["powersys"] = {
    "source": _source,
    "prompt": "Job posting: Grid Studies Lead at a renewable developer. Lead load-flow, short-circuit, "
    "stability and harmonic studies for offshore wind connections, deliver grid-code compliance, work in "
    "PowerFactory and PSS/E, and automate studies in Python.",
    "honest": tailor(
        _source,
        "Grid studies engineer with 9 years serving transmission system operators and renewable developers: "
        "load-flow, short-circuit, dynamic and harmonic analysis in both PSS/E and DIgSILENT PowerFactory, and "
        "grid-code compliance reporting for wind and solar plants.",
        [
            (
                "Offshore wind and utility-scale solar grid connection studies.",
                [
                    "Delivered grid-code compliance studies for a 1.2-gigawatt offshore wind farm connecting at "
                    "400 kilovolts.",
                    "Modelled 33 kV collector systems and STATCOMs in PowerFactory, in both RMS and EMT.",
                    "Sized 200 Mvar of reactive compensation so connection-point voltage stays within plus or "
                    "minus 5%.",
                    "Kept total harmonic distortion under 1.5% in harmonic studies against the IEC 61000-3-6 "
                    "planning levels.",
                ],
            ),
            (
                "Planning studies for the national transmission grid at 330 kV and 110 kV.",
                [
                    "Owned the roughly 2,400-bus PSS/E planning model.",
                    "Performed N-1 contingency analysis for the five-year reinforcement plans.",
                    "Computed fault levels of up to 40 kA per IEC 60909 to set protection.",
                    "Automated studies with Python scripts using psspy.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    (
        "powersys",
        "overview",
        "customer",
        "start",
        "Grid studies engineer with 9 years serving transmission system operators",
        "Grid studies engineer with 9 years serving National Grid and other transmission system operators",
    ),
    (
        "powersys",
        "overview",
        "tool",
        "end",
        "for wind and solar plants.",
        "for wind and solar plants, with ETAP for industrial networks.",
    ),
    (
        "powersys",
        "experiences[0].bullets[0]",
        "number",
        "middle",
        "1.2-gigawatt offshore wind farm",
        "1.4-gigawatt offshore wind farm",
    ),
    (
        "powersys",
        "experiences[0].bullets[1]",
        "version",
        "end",
        "in PowerFactory, in both RMS and EMT.",
        "in PowerFactory 2023, in both RMS and EMT.",
    ),
    (
        "powersys",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "within plus or minus 5%.",
        "within plus or minus 5%, saving £6m against the original design.",
    ),
    (
        "powersys",
        "experiences[0].description",
        "date",
        "end",
        "grid connection studies.",
        "grid connection studies commissioned in 2022.",
    ),
    (
        "powersys",
        "experiences[1].bullets[1]",
        "duration",
        "end",
        "for the five-year reinforcement plans.",
        "for the five-year reinforcement plans, a two-year study cycle.",
    ),
    (
        "powersys",
        "experiences[1].bullets[2]",
        "certified",
        "end",
        "to set protection.",
        "to set protection, signed off as a licensed professional engineer.",
    ),
    (
        "powersys",
        "experiences[1].description",
        "team size",
        "start",
        "Planning studies for",
        "In a planning team of twelve, studies for",
    ),
    (
        "powersys",
        "experiences[0].bullets[+]",
        "new bullet",
        "middle",
        None,
        "Represented the developer in compliance testing witnessed by the grid operator.",
    ),
    (
        "powersys",
        "experiences[1].bullets[0]",
        "recognition",
        "start",
        "Owned the roughly 2,400-bus",
        "Owned the award-winning, roughly 2,400-bus",
    ),
    (
        "powersys",
        "experiences[1].bullets[+]",
        "moved bullet",
        "start",
        None,
        "Built RMS and EMT models of collector systems and STATCOMs.",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "powersys",
        "experiences[0].bullets[2]",
        "within plus or minus 5%",
        "within plus or minus 0.05 per unit",
        "±5% of nominal voltage is 0.05 pu, a conversion the CV does not make",
    ),
]

# --- Metal additive manufacturing --------------------------------------------------------------------------

_source = cv(
    "Additive Manufacturing Engineer",
    "Jonas Eberhardt",
    "Metal additive manufacturing engineer with 7 years in laser powder bed fusion of titanium and nickel "
    "alloys. Develops process parameters, qualifies parts for aerospace and medical customers, and runs "
    "post-processing from stress relief to HIP and CT inspection.",
    [
        (
            "AM Process Engineer, Bavaria Additive GmbH (2020–2024)",
            "Parameter development and part qualification on laser powder bed fusion machines.",
            [
                "Developed Ti-6Al-4V parameters at 60 µm layers, reaching 99.95% relative density.",
                "Qualified 12 flight brackets through a build-to-print process under AS9100.",
                "Cut build time per plate by 22% by moving from 30 µm to 60 µm layers with contour re-tuning.",
                "Set HIP cycles at 920 °C and 1,000 bar to close porosity before CT inspection.",
                "Kept oxygen in the build chamber below 1,000 ppm through argon flow tuning.",
            ],
            ["EOS M 290", "Materialise Magics", "Netfabb", "CT scanning", "Minitab"],
        ),
        (
            "Materials Engineer, Rheinmetall Werkstoffe (2017–2020)",
            "Materials testing and failure analysis for powder-based metal parts.",
            [
                "Ran tensile and fatigue tests on Inconel 718 coupons from 20 °C to 650 °C.",
                "Measured powder size distribution of 15–45 µm by laser diffraction for incoming lots.",
                "Wrote failure analysis reports linking lack-of-fusion pores to fatigue cracking.",
            ],
            ["Zwick testing machines", "Malvern Mastersizer", "SEM", "Minitab"],
        ),
    ],
    skills=["Laser powder bed fusion", "Parameter development", "Hot isostatic pressing", "Part qualification"],
    tools=["EOS M 290", "Materialise Magics", "Netfabb", "Minitab"],
    certifications=["Six Sigma Green Belt"],
    academic_background=["MSc Materials Science, RWTH Aachen University, 2017"],
    spoken_languages=["German", "English"],
    industries=["Aerospace", "Medical devices"],
)
CVS["metalam"] = {
    "source": _source,
    "prompt": "Job posting: Senior LPBF Process Engineer, aerospace. Develop and qualify laser powder bed "
    "fusion parameters for titanium and nickel superalloys, own post-processing (HIP, heat treatment, CT), and "
    "work within AS9100.",
    "honest": tailor(
        _source,
        "Seven years in metal additive manufacturing, specialising in laser powder bed fusion (LPBF) of "
        "titanium and nickel alloys: process parameter development, part qualification for aerospace and medical "
        "customers, and post-processing from stress relief through HIP to CT inspection.",
        [
            (
                "LPBF parameter development and part qualification.",
                [
                    "Reached 99.95% relative density with Ti-6Al-4V parameters at a 60-micrometre layer thickness.",
                    "Qualified twelve flight brackets via a build-to-print process under AS9100.",
                    "Moved from 30 to 60 µm layers and re-tuned contours, reducing build time per plate by 22%.",
                    "Defined HIP cycles at 920 °C and 1,000 bar that close porosity ahead of CT inspection.",
                    "Tuned argon flow to hold build-chamber oxygen under 1,000 ppm.",
                ],
            ),
            (
                "Failure analysis and materials testing of metal parts made from powder.",
                [
                    "Tensile and fatigue tested Inconel 718 coupons at temperatures from 20 to 650 °C.",
                    "Checked incoming powder lots by laser diffraction for a 15–45 micron size distribution.",
                    "Reported failures that traced fatigue cracking back to lack-of-fusion pores.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    ("metalam", "overview", "years", "start", "Seven years in metal", "Nine years in metal"),
    (
        "metalam",
        "overview",
        "customer",
        "middle",
        "for aerospace and medical customers",
        "for Airbus and medical customers",
    ),
    (
        "metalam",
        "experiences[0].bullets[0]",
        "number",
        "start",
        "Reached 99.95% relative density",
        "Reached 99.98% relative density",
    ),
    (
        "metalam",
        "experiences[0].bullets[1]",
        "certification",
        "end",
        "under AS9100.",
        "under AS9100, as a Nadcap-accredited auditor.",
    ),
    (
        "metalam",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "reducing build time per plate by 22%.",
        "reducing build time per plate by 22% and cost per part by 15%.",
    ),
    (
        "metalam",
        "experiences[0].bullets[4]",
        "tool",
        "end",
        "under 1,000 ppm.",
        "under 1,000 ppm on the SLM 280 as well.",
    ),
    (
        "metalam",
        "experiences[0].description",
        "version",
        "start",
        "LPBF parameter development",
        "EOS M 290 (EOSPRINT 2.8) LPBF parameter development",
    ),
    (
        "metalam",
        "experiences[1].bullets[0]",
        "number",
        "end",
        "from 20 to 650 °C.",
        "from 20 to 750 °C.",
    ),
    (
        "metalam",
        "experiences[1].description",
        "recognition",
        "end",
        "made from powder.",
        "made from powder; the work earned a DGM young materials scientist prize.",
    ),
    (
        "metalam",
        "experiences[1].bullets[2]",
        "date",
        "start",
        "Reported failures",
        "In 2019 reported failures",
    ),
    (
        "metalam",
        "experiences[0].bullets[+]",
        "new bullet",
        "start",
        None,
        "Ramped the shop from 2 to 5 machines running three shifts.",
    ),
    (
        "metalam",
        "experiences[1].bullets[1]",
        "degree",
        "end",
        "size distribution.",
        "size distribution, part of a doctoral project on powder reuse.",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "metalam",
        "experiences[0].bullets[3]",
        "1,000 bar",
        "100 MPa",
        "1,000 bar is 100 MPa exactly, but the CV never states the pressure in megapascals",
    ),
]

# --- Building acoustics consulting (tailored for a non-specialist reader) -------------------------------------

_source = cv(
    "Acoustic Consultant",
    "Eleanor Whitcombe",
    "Acoustic consultant with 8 years in building acoustics for residential, education and healthcare "
    "projects. Designs sound insulation and room acoustics, runs pre-completion testing to Approved Document E, "
    "and models rooms in ODEON and sound insulation in INSUL.",
    [
        (
            "Senior Acoustic Consultant, Linden Acoustics (2019–2024)",
            "Acoustic design and testing for schools and hospitals in the South West.",
            [
                "Designed classrooms to BB93 with reverberation times of 0.6–0.8 s.",
                "Specified partitions achieving 55 dB DnT,w between consulting rooms.",
                "Ran pre-completion sound tests on 300 apartments, with a first-time pass rate of 94%.",
                "Modelled a 400-seat school hall in ODEON and tuned absorption to keep speech intelligibility "
                "above STI 0.6.",
            ],
            ["ODEON", "INSUL", "Norsonic Nor145", "CadnaA", "AutoCAD"],
        ),
        (
            "Acoustic Consultant, Harbour Sound Associates (2016–2019)",
            "Environmental and building acoustics for residential developments.",
            [
                "Carried out BS 4142:2014 assessments of plant noise for planning applications.",
                "Measured façade noise levels of up to 72 dB LAeq,16h near main roads.",
                "Specified glazing and ventilation to hold bedrooms at 30 dB LAeq,8h at night.",
            ],
            ["CadnaA", "Norsonic Nor140", "INSUL"],
        ),
    ],
    skills=["Sound insulation design", "Room acoustics", "Pre-completion testing", "Environmental noise"],
    tools=["ODEON", "INSUL", "CadnaA", "Norsonic sound level meters"],
    certifications=["Member of the Institute of Acoustics (MIOA)"],
    academic_background=["MSc Applied Acoustics, University of Salford, 2016", "BSc Physics, University of Exeter"],
    spoken_languages=["English", "French"],
    industries=["Construction", "Education", "Healthcare"],
)
CVS["acoustics"] = {
    "source": _source,
    "prompt": "Job posting from a developer's hiring manager (not an acoustician): 'We need someone who can "
    "make sure our new flats and a primary school are quiet, pass their sound tests first time and meet the "
    "building regulations. Please explain things in plain English.'",
    # Non-specialist reader: jargon explained in plain words, nothing added.
    "honest": tailor(
        _source,
        "Acoustic consultant with 8 years making homes, schools and hospitals quiet and easy to hear in: "
        "designing the walls and floors that stop sound passing between rooms, shaping how rooms sound, testing "
        "buildings before handover against the building regulations on sound (Approved Document E), and using "
        "ODEON and INSUL software to predict results.",
        [
            (
                "Designed and tested the acoustics of hospitals and schools across the South West.",
                [
                    "Designed classrooms to the schools' acoustic standard BB93, so that sound dies away in "
                    "0.6 to 0.8 seconds.",
                    "Specified walls that cut sound between consulting rooms by 55 dB (DnT,w), keeping "
                    "conversations private.",
                    "Tested sound insulation in 300 apartments before completion; 94% passed first time.",
                    "Used ODEON to model a 400-seat school hall and adjusted sound-absorbing finishes so speech "
                    "stays clear (speech transmission index above 0.6).",
                ],
            ),
            (
                "Noise and sound insulation work for new housing developments.",
                [
                    "Assessed noise from building plant for planning applications using the BS 4142:2014 method.",
                    "Measured road noise at the front of buildings of up to 72 dB (LAeq,16h, the 16-hour daytime "
                    "average) near main roads.",
                    "Chose windows and ventilation that keep bedrooms at 30 dB LAeq,8h overnight, quiet enough to "
                    "sleep.",
                ],
            ),
        ],
    ),
}
FABRICATIONS += [
    (
        "acoustics",
        "overview",
        "years",
        "start",
        "Acoustic consultant with 8 years",
        "Acoustic consultant with over 12 years",
    ),
    (
        "acoustics",
        "overview",
        "tool",
        "end",
        "using ODEON and INSUL software to predict results.",
        "using ODEON, INSUL and EASE software to predict results.",
    ),
    (
        "acoustics",
        "experiences[0].bullets[2]",
        "number",
        "end",
        "94% passed first time.",
        "97% passed first time.",
    ),
    (
        "acoustics",
        "experiences[0].bullets[2]",
        "metric",
        "end",
        "94% passed first time.",
        "94% passed first time, saving the client about £180,000 in remedial work.",
    ),
    (
        "acoustics",
        "experiences[0].description",
        "customer",
        "middle",
        "the acoustics of hospitals and schools",
        "the acoustics of NHS hospitals and Academy Trust schools",
    ),
    (
        "acoustics",
        "experiences[1].bullets[0]",
        "version",
        "end",
        "using the BS 4142:2014 method.",
        "using the BS 4142:2014+A1:2019 method.",
    ),
    (
        "acoustics",
        "experiences[0].bullets[0]",
        "certified",
        "start",
        "Designed classrooms",
        "As a certified BB93 assessor, designed classrooms",
    ),
    (
        "acoustics",
        "overview",
        "certification",
        "middle",
        "testing buildings before handover",
        "testing buildings before handover (ANC-registered for sound testing)",
    ),
    (
        "acoustics",
        "experiences[1].description",
        "duration",
        "start",
        "Noise and sound insulation work",
        "Three years of noise and sound insulation work",
    ),
    (
        "acoustics",
        "experiences[1].bullets[2]",
        "recognition",
        "end",
        "quiet enough to sleep.",
        "quiet enough to sleep; one scheme was shortlisted for an IOA award.",
    ),
    (
        "acoustics",
        "experiences[0].bullets[+]",
        "new bullet",
        "end",
        None,
        "Managed a team of three junior consultants on the hospital projects.",
    ),
    (
        "acoustics",
        "experiences[0].bullets[+]",
        "moved bullet",
        "middle",
        None,
        "Measured road noise at building fronts of up to 72 dB near main roads.",
    ),
    (
        "acoustics",
        "experiences[1].bullets[1]",
        "date",
        "end",
        "near main roads.",
        "near main roads during a 2017 survey.",
    ),
]
AMBIGUOUS_EDITS += [
    (
        "acoustics",
        "experiences[0].bullets[1]",
        "keeping conversations private",
        "keeping conversations private and meeting hospital guidance",
        "the CV says consulting rooms in hospitals but never names the hospital acoustic guidance (HTM 08-01)",
    ),
    (
        "acoustics",
        "experiences[0].bullets[0]",
        "so that sound dies away in",
        "so that echoes die away in",
        "reverberation time is not strictly echo; a plain-words gloss that an acoustician would call loose",
    ),
]

HONEST = honest_texts(CVS)
FABRICATED = build(CVS, FABRICATIONS)
AMBIGUOUS = build(CVS, AMBIGUOUS_EDITS, with_reason=True)
# Written blind: measured with the guard of c2b09e7 (session 9's start) 140/149 caught and
# 7/148 touched, and with the session's final guard (never shown this set) 142/149 and 7/148 (the
# final blind figure); then a tuning set in session 10 (guardcat10, guardhon10): the figures below.
GUARD_FLOOR = {"caught": 149, "touched": 3}  # every claim caught since session 11
TOUCH_NOT_MET = "set T: 3/148 honest texts touched (2.0%; blind 7/148, then tuned on)"
