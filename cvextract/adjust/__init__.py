"""Adjusters: a CV dict in, a tailored (or translated) CV dict out, each checked by the fabrication guard.

Importing this package does not import the ``openai`` SDK.
"""

from __future__ import annotations

from .chain import adjust_cv_data, check_adjust_steps, intermediate_name, prepare_research, research_files
from .research import load_research, research_company, research_file_name, research_path

__all__ = ["adjust_cv_data", "prepare_research", "research_files", "check_adjust_steps", "intermediate_name",
           "research_company", "research_file_name", "research_path", "load_research"]
