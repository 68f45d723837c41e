"""Fixtures for the intake core tests: the bundled question set, version 1."""

import pytest

from pohsd.domain.questionnaire import Questionnaire
from pohsd.domain.questionnaire_loader import load_questionnaire


@pytest.fixture(scope="session")
def q() -> Questionnaire:
    return load_questionnaire("1")
