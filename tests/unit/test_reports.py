"""ws.reports on a hand-made practice: every figure worked out by hand, suppression, audit, PC4."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pohsd.domain.errors import ValidationError
from pohsd.reports.aggregate import build_raw
from pohsd.reports.model import TOTAL_KEY, Report, Table
from pohsd.reports.suppress import determined, pinned, report_cells
from pohsd.workspace import Workspace
from tests.unit import report_fixture


@pytest.fixture(scope="module")
def practice_ws(tmp_path_factory: pytest.TempPathFactory):
    from pohsd.domain.practice import Practice
    from pohsd.paths import AppPaths
    from pohsd.security.kdf import WEAK_TEST_PARAMS

    paths = AppPaths.resolve(tmp_path_factory.mktemp("report") / "data")
    ws, _ = Workspace.create(
        paths, Practice(naam="Huisartsenpraktijk De Linde", agb_code="01234567"), "sanne",
        "correct horse battery staple", kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True,
    )  # fmt: skip
    fixture = report_fixture.build(ws)
    yield ws, fixture
    ws.close()


def period(fixture: report_fixture.Fixture):
    return fixture.today - timedelta(days=30), fixture.today


def texts(table: Table) -> dict[str, list[str]]:
    """{row key: [cell texts…, row total]} plus "#" for the totals row."""
    out = {}
    for r, key in enumerate(table.row_keys):
        row = [c.text for c in table.cells[r]]
        if table.row_totals is not None:
            row.append(table.row_totals[r].text)
        out[key] = row
    if table.col_totals is not None:
        row = [c.text for c in table.col_totals]
        if table.grand_total is not None:
            row.append(table.grand_total.text)
        out[TOTAL_KEY] = row
    return out


def test_raw_counts_match_the_hand_count(practice_ws):
    ws, fixture = practice_ws
    start, end = period(fixture)
    with ws._ctx.transaction() as s:
        raw = build_raw(s, start, end, now=fixture.today)
    tables = {t.key: t for t in raw.tables}
    counts = {k: dict(zip(t.row_keys, t.counts, strict=True)) for k, t in tables.items()}
    # 7 clients with an intake today; 5 of them had a vervolg; client 8's intake is 400 days old
    assert counts["kerngetallen"] == {"clienten": [7], "intakes": [7], "vervolg": [5]}
    # lowest zr per domain, counted when ≤ 3 (columns zr 1, 2, 3)
    assert counts["leefgebieden"] == {
        "gezondheid": [0, 0, 1],  # client 1 psychisch 3 (client 4 lichamelijk 5 is no problem)
        "geld": [1, 3, 2],  # 1: c2 · 2: c1, c4, c5 · 3: c3, c6 (c7 has 4)
        "wonen": [0, 1, 1],  # c2 huisuitzetting 2, c6 woning 3
        "meedoen": [1, 1, 1],  # c7 1, c3 2, c5 3 (c1 has 4)
    }
    # afsluiting: c1 afgehandeld, c2 open, c3 open, c4 onterecht, c5 + c6 afgehandeld
    assert counts["signalen"] == {"afsluiting": [2, 3, 1], "geen_eten": [1, 0, 0]}
    assert counts["icpc"] == {"Z01": [6], "Z29": [2], "Z03": [1]}  # client 8's Z01 is too old
    # 11 sent in the period: not the concept, not the one sent 100 days ago, not the foutief
    assert counts["verwijzingen_onderwerp"] == {
        "geld.schulden": [6],  # referral 3's goal (geld.schulden) wins over its consent (geld)
        "wonen.huisuitzetting": [3],
        "gezondheid.psychisch": [2],
    }
    assert counts["verwijzingen_toegang"] == {
        "vrij": [2], "aanmelding": [4], "beschikking": [3], "verwijzing-zorg": [2],
    }  # fmt: skip
    assert counts["verwijzingen_route"] == {"sociale_basis": [6], "specialistisch": [5]}
    assert counts["verwijzingen_uitkomst"] == {
        "lopend": [2], "gestart": [5], "afgerond": [2], "afgewezen": [1], "niet_gestart": [1],
        "geannuleerd": [0],
    }  # fmt: skip
    # rapportcijfer: c1 4→6, c2 5→7, c3 6→7, c4 3→5 higher; c5 7→6 lower
    # geld.cijfer: c1 2→5, c3 4→6 higher; c2 3→3 equal; c4 5→4 lower; c5 has no vervolg cijfer
    assert counts["verandering"]["meting.rapportcijfer"] == [4, 0, 1]
    assert counts["verandering"]["geld.cijfer"] == [2, 1, 1]
    assert counts["verandering"]["wonen.cijfer"] == [0, 0, 0]
    # days verstuurd → gestart: 5, 2, 10, 4 (sociale basis); 14, 12, 7 (specialised)
    figures = {f.key: (f.value, f.n) for f in raw.figures}
    assert figures["dagen_tot_start"] == (7.0, 7)
    assert figures["dagen_tot_start_basis"] == (4.5, 4)
    assert figures["dagen_tot_start_spec"] == (12.0, 3)


def test_published_report_suppresses_by_hand(practice_ws):
    ws, fixture = practice_ws
    report = ws.reports.build(*period(fixture))
    t = {table.key: texts(table) for table in report.tables}
    assert t["kerngetallen"] == {"clienten": ["7"], "intakes": ["7"], "vervolg": ["5"]}
    assert t["leefgebieden"]["geld"] == ["<5", "<5", "<5", "6"]
    assert t["leefgebieden"]["gezondheid"] == ["0", "0", "<5", "<5"]
    # the grand total 7 and geen_eten's <5 would give afsluiting = 6: that total is hidden too
    assert t["signalen"] == {
        "afsluiting": ["<5", "<5", "<5", "x"],
        "geen_eten": ["<5", "0", "0", "<5"],
        TOTAL_KEY: ["<5", "<5", "<5", "7"],
    }
    assert t["icpc"] == {"Z01": ["6"], "Z29": ["<5"], "Z03": ["<5"]}
    assert report.table("icpc").row_labels[0] == "Z01 Armoede/financiële problemen"
    assert t["verwijzingen_onderwerp"] == {
        "geld.schulden": ["6"], "wonen.huisuitzetting": ["<5"], "gezondheid.psychisch": ["<5"],
        TOTAL_KEY: ["11"],
    }  # fmt: skip
    assert t["verwijzingen_toegang"] == {
        "vrij": ["<5"], "aanmelding": ["<5"], "beschikking": ["<5"], "verwijzing-zorg": ["<5"],
        TOTAL_KEY: ["11"],
    }  # fmt: skip
    assert t["verwijzingen_route"] == {
        "sociale_basis": ["6"], "specialistisch": ["5"], TOTAL_KEY: ["11"],
    }  # fmt: skip
    assert t["verwijzingen_uitkomst"]["gestart"] == ["5"]
    assert t["verwijzingen_uitkomst"]["geannuleerd"] == ["0"]
    assert t["verwijzingen_uitkomst"]["lopend"] == ["<5"]
    assert t["verandering"]["meting.rapportcijfer"] == ["<5", "0", "<5", "5"]
    assert t["verandering"]["geld.cijfer"] == ["<5", "<5", "<5", "<5"]
    figures = {f.key: f.text for f in report.figures}
    assert figures["dagen_tot_start"] == "7 dagen"
    assert figures["dagen_tot_start_basis"] == "—"  # 4 referrals: fewer than 5
    assert figures["aandeel_sociale_basis"] == "54,5 %"  # 6 of 11
    assert figures["aandeel_specialistisch"] == "45,5 %"  # 5 of 11: the "90 % → 30 %" figure
    assert_no_leak(report, ws, fixture, per_pc4=False)


def assert_no_leak(report: Report, ws: Workspace, fixture, *, per_pc4: bool) -> None:
    """Every cell 1–4 is suppressed, and no equation or combination gives one back."""
    with ws._ctx.transaction() as s:
        raw = build_raw(s, report.period_from, report.period_to, per_pc4=per_pc4, now=fixture.today)
    values, eqs = report_cells(raw)
    published = {}
    for raw_t, table in zip(raw.tables, report.tables, strict=True):
        for r, row in enumerate(raw_t.counts):
            for c, value in enumerate(row):
                cell = table.cells[r][c]
                assert cell.suppressed == (0 < value < 5) or cell.state == "hidden"
                assert cell.value in (None, value)
                published[f"{raw_t.key}|{raw_t.row_keys[r]}|{raw_t.col_keys[c]}"] = cell.state
    states = {k: published.get(k, "shown") for k in values}
    for key, value in values.items():  # totals: read their state from the published tables
        if key not in published:
            states[key] = _total_state(report, key)
            if 0 < value < 5:
                assert states[key] == "small", key
    assert not [k for eq in eqs for k in pinned(eq, values, states)]
    assert not determined(eqs, states)


def _total_state(report: Report, key: str) -> str:
    owner, row, col = key.split("|")
    if owner.startswith("group:"):
        group = [t for t in report.tables if t.key.startswith("verwijzingen")]
        return group[0].cell(row, col).state
    return report.table(owner).cell(row, col).state


def test_per_pc4_splits_by_area_and_stays_safe(practice_ws):
    ws, fixture = practice_ws
    report = ws.reports.build(*period(fixture), per_pc4=True)
    kern = report.table("kerngetallen")
    assert kern.col_keys == ("1234", "5678")
    assert texts(kern) == {
        "clienten": ["<5", "<5", "7"],  # 4 + 3
        "intakes": ["<5", "<5", "7"],
        "vervolg": ["<5", "<5", "5"],  # 4 + 1
    }
    assert report.table("verwijzingen_toegang").grand_total is not None
    assert report.table("verandering").row_keys[0] == "meting.rapportcijfer/hoger"
    assert_no_leak(report, ws, fixture, per_pc4=True)


def test_build_is_audited_once_without_client_ids(practice_ws):
    ws, fixture = practice_ws
    before = ws.audit.head()[0]
    ws.reports.build(*period(fixture))
    rows = [e for e in ws.audit.entries(limit=50) if e.seq > before]
    assert [(e.action, e.event, e.client_id, e.object_type) for e in rows] == [
        ("read", "report.build", "", "report")
    ]


def test_period_must_not_end_before_it_starts(practice_ws):
    ws, fixture = practice_ws
    with pytest.raises(ValidationError) as err:
        ws.reports.build(fixture.today, fixture.today - timedelta(days=1))
    assert (err.value.field, err.value.rule) == ("period_to", "time_order")
    with pytest.raises(ValidationError):
        ws.reports.build("2026-01-01", fixture.today)  # type: ignore[arg-type]


def test_an_empty_period_has_zeros_only(practice_ws):
    ws, fixture = practice_ws
    start = fixture.today - timedelta(days=3000)
    report = ws.reports.build(start, start + timedelta(days=10))
    assert texts(report.table("kerngetallen")) == {"clienten": ["0"], "intakes": ["0"],
                                                   "vervolg": ["0"]}  # fmt: skip
    assert report.table("signalen").row_keys == ()
    assert report.figure("aandeel_sociale_basis").value is None


def test_export_writes_each_format_and_audits(practice_ws, tmp_path):
    import json

    from pypdf import PdfReader

    ws, fixture = practice_ws
    report = ws.reports.build(*period(fixture))
    before = ws.audit.head()[0]
    csv_path = ws.reports.export(report, tmp_path, "csv")
    assert csv_path.name == f"rapportage_{report.period_from}_{report.period_to}.csv"
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert "Signalen\r\n;Open;Afgehandeld;Onterecht;Totaal\r\n" in text
    assert "Afsluiting energie of water;<5;<5;<5;x" in text
    assert "Testpersoon" not in text
    assert "1234" not in text
    data = json.loads(ws.reports.export(report, tmp_path / "r.json", "json").read_text("utf-8"))
    assert {t["key"] for t in data["tables"]} >= {"signalen", "verwijzingen_toegang"}
    pdf = ws.reports.export(report, tmp_path / "r.pdf", "pdf")
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Huisartsenpraktijk De Linde" in pdf_text
    assert "Verwijzingen per toegang" in pdf_text
    events = [(e.action, e.event, e.client_id) for e in ws.audit.entries(limit=50)
              if e.seq > before]  # fmt: skip
    assert events == [("export", "report.export", "")] * 3
    with pytest.raises(ValidationError):
        ws.reports.export(report, tmp_path / "r.docx", "docx")


def test_failed_export_is_audited_as_failure(practice_ws, tmp_path):
    ws, fixture = practice_ws
    report = ws.reports.build(*period(fixture))
    with pytest.raises(OSError):
        ws.reports.export(report, tmp_path / "no" / "such" / "r.csv", "csv")
    last = ws.audit.entries(limit=1)[0]
    assert (last.event, last.outcome) == ("report.export", "failure")
