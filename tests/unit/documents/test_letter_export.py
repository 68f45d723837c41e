"""Export (letters §5): file names, never overwrite, atomic, nothing left behind, audited."""

import re

import pytest

from pohsd.documents.common import CROCKFORD, new_kenmerk
from pohsd.documents.export import file_name

NAME = re.compile(r"^(verwijsbrief|terugkoppeling|statusupdate|samenvatting|soep)"
                  r"_\d{4}-\d{2}-\d{2}_[0-9A-HJKMNP-TV-Z]{8}(-\d+)?\.(docx|pdf|txt)$")  # fmt: skip


def test_kenmerk_is_crockford_base32():
    marks = {new_kenmerk() for _ in range(200)}
    assert len(marks) == 200
    assert all(len(m) == 8 and set(m) <= set(CROCKFORD) for m in marks)
    assert not set("ILOU") & set(CROCKFORD)


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_file_names_hold_no_client_data_and_never_overwrite(workspace, ron, tmp_path, fmt):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    model = workspace.letters.gp_feedback(ron.client_id)
    first = workspace.letters.export(model, tmp_path, fmt)
    second = workspace.letters.export(model, tmp_path, fmt)
    assert first.name == file_name(model, fmt)
    assert second.name == first.name.replace(f".{fmt}", f"-2.{fmt}")
    for path in (first, second):
        assert NAME.match(path.name), path.name
        assert not re.search(r"(?i)ron|bakker|999993653|1980|schuld", path.name)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])
    if fmt == "txt":
        assert first.name.startswith("soep_")
        assert first.read_text(encoding="utf-8").startswith("S: Intake POH-SD")
    rows = [r for r in workspace.audit.entries(client_id=ron.client_id)
            if r.event == "document.export"]  # fmt: skip
    assert len(rows) == 2  # a repeat export is a new row


def test_export_to_a_file_path_and_a_failure_is_audited(workspace, ron, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    model = workspace.letters.status_update(ron.referral_id)
    path = workspace.letters.export(model, tmp_path / "brief.pdf", "pdf")
    assert path == tmp_path / "brief.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    with pytest.raises(OSError):
        workspace.letters.export(model, tmp_path / "missing" / "brief.pdf", "pdf")
    outcomes = [r.outcome for r in workspace.audit.entries(client_id=ron.client_id)
                if r.event == "document.export"]  # fmt: skip
    assert sorted(outcomes) == ["failure", "success"]
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
