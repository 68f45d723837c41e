"""Sociale kaart results as a list model, plus the Dutch labels for topics, toegang, days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.i18n import arg

CTX = "SocialMap"
STALE_DAYS = 365

TOPIC_NAMES: dict[str, str] = {
    "gezondheid": QT_TRANSLATE_NOOP("SocialMap", "Gezondheid"),
    "gezondheid.lichamelijk": QT_TRANSLATE_NOOP("SocialMap", "Lichamelijke gezondheid"),
    "gezondheid.psychisch": QT_TRANSLATE_NOOP("SocialMap", "Psychische gezondheid en stress"),
    "gezondheid.middelen": QT_TRANSLATE_NOOP("SocialMap", "Alcohol, drugs en gokken"),
    "gezondheid.leefstijl": QT_TRANSLATE_NOOP("SocialMap", "Leefstijl"),
    "gezondheid.zelfzorg": QT_TRANSLATE_NOOP("SocialMap", "Zelfzorg en dagelijkse activiteiten"),
    "gezondheid.geheugen": QT_TRANSLATE_NOOP("SocialMap", "Geheugen en dementie"),
    "gezondheid.mantelzorg": QT_TRANSLATE_NOOP("SocialMap", "Steun voor mantelzorgers"),
    "geld": QT_TRANSLATE_NOOP("SocialMap", "Geld"),
    "geld.rondkomen": QT_TRANSLATE_NOOP("SocialMap", "Rondkomen en inkomen"),
    "geld.schulden": QT_TRANSLATE_NOOP("SocialMap", "Schulden en betalingsachterstanden"),
    "geld.administratie": QT_TRANSLATE_NOOP("SocialMap", "Administratie en formulieren"),
    "geld.regelingen": QT_TRANSLATE_NOOP("SocialMap", "Toeslagen en regelingen"),
    "geld.voedsel": QT_TRANSLATE_NOOP("SocialMap", "Voedsel en eerste levensbehoeften"),
    "geld.juridisch": QT_TRANSLATE_NOOP("SocialMap", "Juridische vragen"),
    "wonen": QT_TRANSLATE_NOOP("SocialMap", "Wonen"),
    "wonen.woningzoeken": QT_TRANSLATE_NOOP("SocialMap", "Woningzoeken en huisvesting"),
    "wonen.huisuitzetting": QT_TRANSLATE_NOOP("SocialMap", "Dreigende huisuitzetting"),
    "wonen.woning": QT_TRANSLATE_NOOP("SocialMap", "Woningkwaliteit en energie"),
    "wonen.aanpassing": QT_TRANSLATE_NOOP("SocialMap", "Woningaanpassing en hulpmiddelen"),
    "wonen.thuis": QT_TRANSLATE_NOOP("SocialMap", "Relaties thuis en opvoeding"),
    "wonen.veiligheid": QT_TRANSLATE_NOOP("SocialMap", "Veiligheid en huiselijk geweld"),
    "wonen.buurt": QT_TRANSLATE_NOOP("SocialMap", "Buurt en overlast"),
    "meedoen": QT_TRANSLATE_NOOP("SocialMap", "Meedoen"),
    "meedoen.ontmoeting": QT_TRANSLATE_NOOP("SocialMap", "Ontmoeting en eenzaamheid"),
    "meedoen.dagbesteding": QT_TRANSLATE_NOOP("SocialMap", "Dagbesteding en activiteiten"),
    "meedoen.werk": QT_TRANSLATE_NOOP("SocialMap", "Werk en opleiding"),
    "meedoen.vrijwilligerswerk": QT_TRANSLATE_NOOP("SocialMap", "Vrijwilligerswerk"),
    "meedoen.taal": QT_TRANSLATE_NOOP("SocialMap", "Taal, lezen en schrijven"),
    "meedoen.digitaal": QT_TRANSLATE_NOOP("SocialMap", "Digitale vaardigheden"),
    "meedoen.sport": QT_TRANSLATE_NOOP("SocialMap", "Sport en bewegen in de wijk"),
    "meedoen.zingeving": QT_TRANSLATE_NOOP("SocialMap", "Zingeving en levensvragen"),
}
TOEGANG_NAMES: dict[str, str] = {
    "vrij": QT_TRANSLATE_NOOP("SocialMap", "Vrij toegankelijk"),
    "aanmelding": QT_TRANSLATE_NOOP("SocialMap", "Aanmelding nodig"),
    "beschikking": QT_TRANSLATE_NOOP("SocialMap", "Beschikking nodig"),
    "verwijzing-zorg": QT_TRANSLATE_NOOP("SocialMap", "Verwijzing zorg"),
}
LANGUAGE_NAMES: dict[str, str] = {
    "nl": QT_TRANSLATE_NOOP("SocialMap", "Nederlands"),
    "en": QT_TRANSLATE_NOOP("SocialMap", "Engels"),
    "ar": QT_TRANSLATE_NOOP("SocialMap", "Arabisch"),
    "tr": QT_TRANSLATE_NOOP("SocialMap", "Turks"),
    "pl": QT_TRANSLATE_NOOP("SocialMap", "Pools"),
    "ti": QT_TRANSLATE_NOOP("SocialMap", "Tigrinya"),
    "uk": QT_TRANSLATE_NOOP("SocialMap", "Oekraïens"),
    "de": QT_TRANSLATE_NOOP("SocialMap", "Duits"),
    "fr": QT_TRANSLATE_NOOP("SocialMap", "Frans"),
    "so": QT_TRANSLATE_NOOP("SocialMap", "Somalisch"),
}
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_SHORT = (
    QT_TRANSLATE_NOOP("SocialMap", "ma"),
    QT_TRANSLATE_NOOP("SocialMap", "di"),
    QT_TRANSLATE_NOOP("SocialMap", "wo"),
    QT_TRANSLATE_NOOP("SocialMap", "do"),
    QT_TRANSLATE_NOOP("SocialMap", "vr"),
    QT_TRANSLATE_NOOP("SocialMap", "za"),
    QT_TRANSLATE_NOOP("SocialMap", "zo"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def topic_name(code: str) -> str:
    return tr(TOPIC_NAMES[code]) if code in TOPIC_NAMES else code


def toegang_name(code: str) -> str:
    return tr(TOEGANG_NAMES[code]) if code in TOEGANG_NAMES else code


def language_name(code: str, fallback: str = "") -> str:
    key = code.strip().lower()
    return tr(LANGUAGE_NAMES[key]) if key in LANGUAGE_NAMES else (fallback or code)


def parse_day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def dutch_date(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def is_stale(assured: date | None, today: date | None = None) -> bool:
    return assured is not None and assured < (today or date.today()) - timedelta(days=STALE_DAYS)


def opening_lines(schedules: list[dict[str, Any]]) -> list[str]:
    """HSDS schedules as Dutch lines: "ma, wo, vr 09:00–12:00"."""
    lines: list[str] = []
    for sch in schedules:
        days = [d.strip().upper()[:2] for d in str(sch.get("byday") or "").split(",")]
        names = [tr(DAY_SHORT[DAY_CODES.index(d)]) for d in days if d in DAY_CODES]
        opens, closes = str(sch.get("opens_at") or "")[:5], str(sch.get("closes_at") or "")[:5]
        hours = f"{opens}–{closes}" if opens and closes else opens or closes
        text = " ".join(p for p in (", ".join(names), hours) if p)
        if text:
            lines.append(text)
    return lines


@dataclass(frozen=True)
class ResultRow:
    service_id: str
    name: str
    organization: str
    topics: tuple[str, ...]
    toegang: tuple[str, ...]
    reasons: tuple[str, ...]
    assured: date | None
    distance_km: float | None = None
    own: bool = False  # eigen aanbod of the practice


def distance_text(km: float) -> str:
    """Below 10 km "1,2 km" (Dutch decimal comma), whole km above (as the core's format_km)."""
    if km < 10:
        return f"{km:.1f} km".replace(".", ",")
    return f"{round(km)} km"


Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def row_text(row: ResultRow) -> str:
    """Plain text lines for one result (the list shows them as is)."""
    lines = [row.name]
    own = QCoreApplication.translate("ServiceListModel", "eigen aanbod") if row.own else ""
    if row.organization or own:
        lines.append(" · ".join(p for p in (row.organization, own) if p))
    distance = distance_text(row.distance_km) if row.distance_km is not None else None
    meta = [", ".join(topic_name(t) for t in row.topics if "." in t)]
    meta.append(", ".join(toegang_name(t) for t in row.toegang))
    if distance is not None:
        meta.append(distance)
    lines.append(" · ".join(m for m in meta if m))
    extra = [r for r in row.reasons if r != distance]  # the core may give it as a reason too
    if is_stale(row.assured) and row.assured is not None:
        text = QCoreApplication.translate("ServiceListModel", "niet gecontroleerd sinds %1")
        extra.append(arg(text, dutch_date(row.assured)))
    if extra:
        lines.append(" · ".join(extra))
    return "\n".join(line for line in lines if line)


class ServiceListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ResultRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row_text(row).replace("\n", ", ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.service_id
        return None
