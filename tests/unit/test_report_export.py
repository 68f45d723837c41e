"""Report export: CSV formula injection neutralised, Dutch-Excel CSV, JSON and PDF content."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

from pypdf import PdfReader

from pohsd.reports.export import neutralise, to_csv, to_json, to_pdf
from pohsd.reports.model import HIDDEN, SMALL, Cell, Figure, Report, Table

HOSTILE = ["=HYPERLINK(\"http://evil\",\"klik\")", "+31 6 123", "-2+3", "@SUM(A1)", "\tTab",
           "\rCR", "gewoon"]  # fmt: skip


def _report(labels: list[str]) -> Report:
    table = Table(
        key="t", title="=Titel", row_keys=tuple(f"r{i}" for i in range(len(labels))),
        row_labels=tuple(labels), col_keys=("n",), col_labels=("@Aantal",),
        cells=tuple((Cell(7),) if i % 2 else (Cell(None, SMALL),) for i in range(len(labels))),
        col_totals=(Cell(None, HIDDEN),), note="-let op",
    )  # fmt: skip
    return Report(
        date(2026, 1, 1), date(2026, 3, 31), False, datetime(2026, 4, 1, tzinfo=UTC), (table,),
        (Figure("f", "Aandeel", 54.5454, "%"),),
    )  # fmt: skip


def test_neutralise_every_formula_start():
    assert [neutralise(v) for v in HOSTILE] == [
        "'=HYPERLINK(\"http://evil\",\"klik\")", "'+31 6 123", "'-2+3", "'@SUM(A1)", "'\tTab",
        "'\rCR", "gewoon",
    ]  # fmt: skip
    assert neutralise(None) == ""
    assert neutralise(12) == "12"


def test_csv_is_dutch_excel_and_never_a_formula():
    data = to_csv(_report(HOSTILE))
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    fields = [f for row in rows for f in row]
    assert not [f for f in fields if f[:1] in ("=", "+", "-", "@", "\t", "\r")]
    labels = [row[0] for row in rows if len(row) == 2 and row[1] in ("<5", "7")]
    assert labels[:3] == ['\'=HYPERLINK("http://evil","klik")', "'+31 6 123", "'-2+3"]
    assert ["'=Titel"] in rows
    assert ["", "'@Aantal"] in rows
    assert ["Totaal", "x"] in rows
    assert ["Periode", "01-01-2026 t/m 31-03-2026"] in rows
    assert ["Aandeel", "54,5 %"] in rows
    assert "\r\n" in text


def test_json_keeps_markers_and_numbers():
    data = json.loads(to_json(_report(["a", "b"])))
    assert data["format"] == "pohsd-report/1"
    assert data["period_from"] == "2026-01-01"
    assert data["k"] == 5
    rows = data["tables"][0]["rows"]
    assert [r["cells"] for r in rows] == [["<5"], [7]]
    assert data["tables"][0]["column_totals"] == ["x"]
    assert data["figures"][0]["value"] == 54.5454


def test_pdf_has_the_tables_as_text():
    pdf = to_pdf(_report(["Geld", "Wonen"]), "Huisartsenpraktijk De Linde")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Praktijkrapportage", "De Linde", "01-01-2026 t/m 31-03-2026", "=Titel",
                     "Geld", "<5", "Totaal", "Aandeel: 54,5 %"):  # fmt: skip
        assert expected in text, expected
