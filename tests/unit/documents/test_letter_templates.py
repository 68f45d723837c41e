"""Templates (letters §4): defaults, practice override, restore, placeholder validation."""

import io

import docx
import pytest

from pohsd.documents.docx_render import render_docx
from pohsd.documents.models import (
    KINDS,
    SAMENVATTING,
    STATUSUPDATE,
)
from pohsd.documents.templates import TemplateStore, check_template
from pohsd.domain.enums import Rol
from pohsd.domain.errors import PohsdError, ValidationError
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE
from tests.unit.documents.personas import bare_model


def make_template(*paragraphs: str, header: str = "") -> bytes:
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", KINDS)
def test_default_templates_pass_their_own_check(kind):
    report = check_template(TemplateStore.default_path(kind).read_bytes(), kind)
    assert report.ok, report


def test_practice_override_is_used_and_restore_default_removes_it(tmp_path):
    store = TemplateStore(tmp_path / "templates")
    assert store.is_default(STATUSUPDATE)
    store.install(STATUSUPDATE, make_template(
        "Eigen briefpapier {{ praktijk.naam }}", '{{ label("AGB: ", praktijk.agb) }}',
        "{{ inhoud }}", '{{ label("Web: ", praktijk.website) }}',
    ))  # fmt: skip
    assert store.path_for(STATUSUPDATE) == tmp_path / "templates" / "statusupdate.docx"
    texts = [p.text for p in docx.Document(io.BytesIO(render_docx(
        bare_model(), store.path_for(STATUSUPDATE)))).paragraphs]  # fmt: skip
    assert texts[:2] == ["Eigen briefpapier Huisartsenpraktijk De Linde", "AGB: 01099999"]
    assert "Kop" in texts
    assert "Tekst" in texts
    assert not any(t.startswith("Web") for t in texts)  # empty value: paragraph removed
    store.restore_default(STATUSUPDATE)
    assert store.is_default(STATUSUPDATE)
    assert store.path_for(STATUSUPDATE) == TemplateStore.default_path(STATUSUPDATE)


def test_unknown_placeholder_is_named_with_a_suggestion(tmp_path):
    store = TemplateStore(tmp_path)
    with pytest.raises(ValidationError) as caught:
        store.install(STATUSUPDATE, make_template("{{ praktijk.adress }}", "{{ inhoud }}"))
    assert caught.value.rule == "unknown_placeholder"
    assert caught.value.params["names"] == ["praktijk.adress"]
    assert caught.value.params["suggestions"] == ["praktijk.adres"]
    assert not store.override_path(STATUSUPDATE).exists()


@pytest.mark.parametrize(
    ("paragraphs", "kind", "rule"),
    [
        (("{% for x in praktijk %}{{ x }}{% endfor %}", "{{ inhoud }}"), STATUSUPDATE,
         "unknown_placeholder"),
        (("{{ praktijk.naam|upper }}", "{{ inhoud }}"), STATUSUPDATE, "unknown_placeholder"),
        (("{{ praktijk.naam }}",), STATUSUPDATE, "inhoud_missing"),
        (("{{ inhoud }}", "{{ inhoud }}"), STATUSUPDATE, "inhoud_duplicate"),
        (("Hier: {{ inhoud }}",), STATUSUPDATE, "inhoud_not_alone"),
        (("{{ praktijk.naam", "{{ inhoud }}"), STATUSUPDATE, "broken_brackets"),
        (("{{ praktijk.agb }}", "{{ inhoud }}"), SAMENVATTING, "placeholder_not_allowed"),
        (("{{ ontvanger.adresblok }}", "{{ inhoud }}"), STATUSUPDATE, "placeholder_not_allowed"),
    ],
)  # fmt: skip
def test_template_errors_block_activation(tmp_path, paragraphs, kind, rule):
    with pytest.raises(ValidationError) as caught:
        TemplateStore(tmp_path).install(kind, make_template(*paragraphs))
    assert (caught.value.field, caught.value.rule) == ("template", rule)


def test_placeholders_split_over_runs_and_in_headers_are_found():
    document = docx.Document()
    p = document.add_paragraph()
    for part in ("{{ prak", "tijk.na", "am }}"):
        p.add_run(part)
    document.add_paragraph("{{ inhoud }}")
    document.sections[0].header.paragraphs[0].text = "{{ huisarts.nam }}"
    out = io.BytesIO()
    document.save(out)
    report = check_template(out.getvalue(), STATUSUPDATE)
    assert report.unknown == [("huisarts.nam", "huisarts.naam")]


def test_a_broken_override_refuses_to_render_naming_the_field(tmp_path):
    store = TemplateStore(tmp_path)
    store.override_path(STATUSUPDATE).write_bytes(make_template("{{ afzender.fax }}",
                                                                "{{ inhoud }}"))  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        render_docx(bare_model(), store.path_for(STATUSUPDATE))
    assert caught.value.params["names"] == ["afzender.fax"]
    assert caught.value.params["template"] == "statusupdate.docx"


def test_not_a_docx_is_refused(tmp_path):
    with pytest.raises(ValidationError) as caught:
        TemplateStore(tmp_path).install(STATUSUPDATE, b"not a zip")
    assert caught.value.rule == "template_unreadable"


def test_only_a_beheerder_installs_or_restores_templates(workspace, paths):
    template = make_template("{{ praktijk.naam }}", "{{ inhoud }}")
    with pytest.raises(PohsdError) as refused:
        workspace.letters.install_template(STATUSUPDATE, template)
    assert refused.value.params["rule"] == "beheerder_only"
    workspace.add_user("beheer", TEST_PASSPHRASE, rol=Rol.BEHEERDER, kdf=WEAK_TEST_PARAMS,
                       allow_weak_kdf=True)  # fmt: skip
    admin = Workspace.unlock(paths, "beheer", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert admin.letters.install_template(STATUSUPDATE, template).ok
        assert not admin.letters.templates.is_default(STATUSUPDATE)
        admin.letters.restore_default_template(STATUSUPDATE)
        assert admin.letters.templates.is_default(STATUSUPDATE)
        events = [e.event for e in admin.audit.entries(limit=5)]
        assert "template.install" in events
        assert "template.restore_default" in events
    finally:
        admin.close()
