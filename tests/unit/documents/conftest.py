"""Fixtures of the letter tests: Ron and Greet in a fresh workspace with the demo map."""

import pytest

from pohsd.workspace import Workspace
from tests.unit.documents.personas import Persona, make_greet, make_ron


@pytest.fixture
def ron(workspace: Workspace) -> Persona:
    return make_ron(workspace)


@pytest.fixture
def greet(workspace: Workspace) -> Persona:
    return make_greet(workspace)
