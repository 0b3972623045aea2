"""``<target>/research_data/job-requirements.json``: what a batch ranks on, written once per batch.

It holds the job it came from, whether the job file listed the requirements or a model extracted
them, and each requirement with its weight and the terms it is matched on (aliases included), so
that a change of the job file or of the aliases reruns every match, and nothing else does.
"""

from __future__ import annotations

from pathlib import Path

from ..atomic import write_json
from ..contracts import schema_errors
from ..errors import ValidationError
from ..json_files import read_json_object
from .job_file import Requirement

REQUIREMENTS_SCHEMA = "requirements.schema.json"
FROM_JOB_FILE, FROM_MODEL = "job file", "model"


def write_requirements(path: str | Path, requirements: list[Requirement], *, job: str, source: str) -> None:
    write_json(path, {"job": job, "source": source, "requirements": [r.to_json() for r in requirements]})


def read_requirements(path: str | Path) -> tuple[dict, list[Requirement]]:
    """The file's fields and its requirements, checked against the requirements schema."""
    data = read_json_object(path, "requirements file")
    listed = [{"name": r.get("name"), "weight": r.get("weight")} for r in data.get("requirements") or []
              if isinstance(r, dict)]
    problems = schema_errors({"requirements": listed}, REQUIREMENTS_SCHEMA)
    if problems:
        raise ValidationError(path, "requirements file does not match the requirements schema: "
                              + "; ".join(problems[:3]), problems)
    return data, [Requirement(r["name"], r["weight"], [str(t) for t in r.get("terms") or [r["name"]]])
                  for r in data["requirements"]]


def ranked_on(job: dict, requirements: list[Requirement]) -> str:
    """``3 requirements (from the job file): Python (must), ...``: what a batch ranked on, for its summary."""
    count = len(requirements)
    return f"{count} requirement{'' if count == 1 else 's'} (from the {job.get('source')}): {describe(requirements)}"


def describe(requirements: list[Requirement]) -> str:
    """``Python (must), Kubernetes (K8s) (must), Go (nice)``: what the batch is matched on."""
    label = {2: "must", 1: "nice"}
    return ", ".join(f"{r.name} ({label.get(r.weight, f'weight {r.weight}')})" for r in requirements)
