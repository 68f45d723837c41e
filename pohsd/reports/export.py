"""Render a (suppressed) report as CSV, JSON or PDF bytes; write it atomically.

CSV is made for Dutch Excel: UTF-8 with a byte-order mark (so Excel reads the accents), `;` as
separator (Dutch Excel uses the comma as decimal sign) and CRLF line ends. Every field that
starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so Excel
and LibreOffice never run it as a formula (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from pohsd.fs import write_atomic
from pohsd.paths import resources_dir
from pohsd.reports.model import HIDDEN_TEXT, SMALL_TEXT, Cell, Report, Table

FORMATS = ("csv", "json", "pdf")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
JSON_FORMAT = "pohsd-report/1"
LEGEND = (
    f"{SMALL_TEXT} = minder dan 5 (niet getoond om personen te beschermen); "
    f"{HIDDEN_TEXT} = verborgen zodat een cel onder 5 niet terug te rekenen is"
)
FONT = "DejaVu"


def neutralise(value: object) -> str:
    """A CSV field that a spreadsheet shows as text, never evaluates."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _nl_date(day: Any) -> str:
    return day.strftime("%d-%m-%Y")


def period_text(report: Report) -> str:
    return f"{_nl_date(report.period_from)} t/m {_nl_date(report.period_to)}"


def table_grid(table: Table) -> list[list[str]]:
    """Header plus rows as text, with "Totaal" row/column where the table has totals."""
    header = ["", *table.col_labels, *(["Totaal"] if table.row_totals is not None else [])]
    grid = [header]
    for r, label in enumerate(table.row_labels):
        row = [label, *(c.text for c in table.cells[r])]
        if table.row_totals is not None:
            row.append(table.row_totals[r].text)
        grid.append(row)
    if table.col_totals is not None:
        row = ["Totaal", *(c.text for c in table.col_totals)]
        if table.row_totals is not None:
            row.append(table.grand_total.text if table.grand_total else "")
        grid.append(row)
    return grid


def to_csv(report: Report) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")

    def write(row: list[object]) -> None:
        writer.writerow([neutralise(v) for v in row])

    write(["Praktijkrapportage POH sociaal domein"])
    write(["Periode", period_text(report)])
    write(["Per postcodegebied (PC4)", "ja" if report.per_pc4 else "nee"])
    write(["Legenda", LEGEND])
    for figure in report.figures:
        write([figure.label, figure.text])
    for table in report.tables:
        write([])
        write([table.title])
        for row in table_grid(table):
            write(list(row))
        if table.note:
            write([table.note])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell_json(cell: Cell) -> int | str:
    return cell.value if cell.value is not None else cell.text


def to_json(report: Report) -> bytes:
    def table(t: Table) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": t.key,
            "title": t.title,
            "columns": [
                {"key": k, "label": v} for k, v in zip(t.col_keys, t.col_labels, strict=True)
            ],
            "rows": [
                {
                    "key": k,
                    "label": v,
                    "cells": [_cell_json(c) for c in t.cells[r]],
                    **({"total": _cell_json(t.row_totals[r])} if t.row_totals else {}),
                }
                for r, (k, v) in enumerate(zip(t.row_keys, t.row_labels, strict=True))
            ],
        }
        if t.col_totals is not None:
            out["column_totals"] = [_cell_json(c) for c in t.col_totals]
        if t.grand_total is not None:
            out["total"] = _cell_json(t.grand_total)
        if t.note:
            out["note"] = t.note
        return out

    data = {
        "format": JSON_FORMAT,
        "period_from": report.period_from.isoformat(),
        "period_to": report.period_to.isoformat(),
        "per_pc4": report.per_pc4,
        "generated_at": report.generated_at.isoformat(),
        "k": report.k,
        "legend": {SMALL_TEXT: "minder dan 5", HIDDEN_TEXT: "verborgen (aanvullend)"},
        "figures": [
            {"key": f.key, "label": f.label, "value": f.value, "unit": f.unit}
            for f in report.figures
        ],
        "tables": [table(t) for t in report.tables],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def to_pdf(report: Report, practice_name: str = "") -> bytes:
    from fpdf import FPDF  # deferred: startup budget
    from fpdf.fonts import FontFace  # deferred: startup budget

    pdf = FPDF(format="A4")
    fonts = resources_dir() / "fonts"
    pdf.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    pdf.cell(0, 8, "Praktijkrapportage POH sociaal domein", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    if practice_name:
        pdf.cell(0, 6, practice_name, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"Periode: {period_text(report)}", new_x="LMARGIN", new_y="NEXT")
    if report.per_pc4:
        pdf.cell(0, 6, "Per postcodegebied (PC4)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 8.5)
    pdf.multi_cell(0, 4.5, LEGEND, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FONT, "", 10)
    for figure in report.figures:
        pdf.cell(0, 6, f"{figure.label}: {figure.text}", new_x="LMARGIN", new_y="NEXT")
    heading = FontFace(emphasis="BOLD", fill_color=(232, 236, 240))
    for table in report.tables:
        grid = table_grid(table)
        pdf.ln(4)
        pdf.set_font(FONT, "B", 11)
        pdf.multi_cell(0, 6, table.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 9)
        first = 0.34 if len(grid[0]) > 2 else 0.7
        rest = (1 - first) / max(1, len(grid[0]) - 1)
        widths = [first, *([rest] * (len(grid[0]) - 1))]
        with pdf.table(
            col_widths=widths, text_align=("LEFT", *(["RIGHT"] * (len(grid[0]) - 1))),
            headings_style=heading, line_height=5.5,
        ) as pdf_table:  # fmt: skip
            for row in grid:
                pdf_row = pdf_table.row()
                for value in row:
                    pdf_row.cell(value)
        if table.note:
            pdf.set_font(FONT, "", 8)
            pdf.multi_cell(0, 4, table.note, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def render(report: Report, fmt: str, *, practice_name: str = "") -> bytes:
    if fmt == "csv":
        return to_csv(report)
    if fmt == "json":
        return to_json(report)
    if fmt == "pdf":
        return to_pdf(report, practice_name)
    raise ValueError(fmt)


def default_name(report: Report, fmt: str) -> str:
    return f"rapportage_{report.period_from.isoformat()}_{report.period_to.isoformat()}.{fmt}"


def write(path: Path, data: bytes) -> None:
    """Write atomically: a reader sees the old file or the whole new one."""
    write_atomic(path, data)
