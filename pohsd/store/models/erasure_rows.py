"""The erasure ledger: ids of erased clients and the day they were erased, nothing else."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from pohsd.store.models.base import Base


class ErasureLedgerRow(Base):
    """One erased client (AVG art. 17 or end of the WGBO term); replayed after a restore."""

    __tablename__ = "erasure_ledger"
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    erased_on: Mapped[date] = mapped_column(Date)
