"""Test support for the ranking: generated CVs whose skills are known, and a job file over them.

``known_cv(i, languages=..., tools=..., environment=..., bullets=...)`` is ``make_cv_data(i)`` with
its sidebar and environments replaced by what is given (the rest of its text, generated from pools
of actions, objects and industries, holds none of ``JOB_REQUIREMENTS``' words).
"""

from __future__ import annotations

import copy

from sample_cvs import make_cv_data

JOB_MD = """# Senior platform engineer

We run payments for the region.

## Responsibilities
- Own the Kubernetes platform
- Python code reviews

## Must have
- Python
- Kubernetes (K8s)
- **Terraform**
- Postgres

## Nice to have
- German
- CKA
- Go or Rust
"""
# name -> weight, as JOB_MD lists them
JOB_REQUIREMENTS = {"Python": 2, "Kubernetes (K8s)": 2, "Terraform": 2, "Postgres": 2,
                    "German": 1, "CKA": 1, "Go or Rust": 1}


def known_cv(i: int, *, languages=(), tools=(), certifications=(), spoken=(), environment=None,
             bullets=()) -> dict:
    cv = copy.deepcopy(make_cv_data(i, special_chars=False))
    cv["sidebar"] = {key: [] for key in cv["sidebar"]}
    cv["sidebar"].update(languages=list(languages), tools=list(tools), certifications=list(certifications),
                         spoken_languages=list(spoken))
    for exp in cv["experiences"]:
        exp["environment"] = None
    cv["experiences"][0]["environment"] = list(environment) if environment is not None else None
    cv["experiences"][0]["bullets"] += list(bullets)
    return cv


# Four CVs and what each holds of JOB_MD, best first (scores out of 11).
KNOWN = {
    "alpha": (known_cv(0, languages=["Python", "Rust"], tools=["Terraform", "Docker"], spoken=["German"],
                       environment=["PostgreSQL", "Kafka"], bullets=["Ran 40 services on K8s clusters in production"]),
              ["Python", "Kubernetes (K8s)", "Terraform", "Postgres", "German", "Go or Rust"]),
    "team/bravo": (known_cv(1, languages=["Python", "JavaScript"], tools=["Kubernetes"], certifications=["CKA"]),
                   ["Python", "Kubernetes (K8s)", "CKA"]),
    "team/charlie": (known_cv(2, languages=["Java", "TypeScript", "C++"], spoken=["English"]), []),
    "delta": (known_cv(3, languages=["go"], tools=["terraform"]), ["Terraform", "Go or Rust"]),
}
EXPECTED_ORDER = ["alpha.docx", "team/bravo.docx", "delta.docx", "team/charlie.docx"]
