"""The client's plan (spec/intake.md §7): goals in the client's words, actions, question to GP."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pohsd.domain.changes import Changes
from pohsd.domain.enums import AuditAction
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import ACTION_STATUSES, GOAL_STATUSES, Goal, GoalAction, Plan
from pohsd.domain.questionnaire import DOMAIN_CODES, TOPIC_CODES
from pohsd.domain.validation import clean_text
from pohsd.services.base import Context
from pohsd.store.models import ClientPlanRow, ClientRow, GoalRow

MAX_WIE = 200
MAX_GOALS = 50
MAX_ACTIONS = 50
STREEFCIJFER_RANGE = (0, 10)


def _optional_date(value: object, field: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise ValidationError(field, "date_format")
    return value


def validated_action(action: GoalAction, path: str) -> GoalAction:
    """A normalised copy of `action`, or ValidationError naming `path.<field>`."""
    if action.status not in ACTION_STATUSES:
        raise ValidationError(f"{path}.status", "unknown_option")
    return replace(
        action,
        wie=clean_text(_text(action.wie, f"{path}.wie"), f"{path}.wie", required=True,
                       max_len=MAX_WIE) or "",
        wat=clean_text(_text(action.wat, f"{path}.wat"), f"{path}.wat", required=True) or "",
        wanneer=_optional_date(action.wanneer, f"{path}.wanneer"),
    )  # fmt: skip


def validated_goal(goal: Goal, path: str) -> Goal:
    """A normalised copy of `goal` (its actions too), or ValidationError naming the field.

    Rules: topic is a `nl-leefgebieden` domain or topic code; wens is free text (≤ 10 000
    characters, no control characters); streefcijfer an integer 0–10; status one of
    GOAL_STATUSES; each action has a wie and a wat and a status from ACTION_STATUSES.
    """
    if goal.topic not in DOMAIN_CODES and goal.topic not in TOPIC_CODES:
        raise ValidationError(f"{path}.topic", "unknown_option")
    cijfer = goal.streefcijfer
    if cijfer is not None:
        if isinstance(cijfer, bool) or not isinstance(cijfer, int):
            raise ValidationError(f"{path}.streefcijfer", "not_an_integer")
        if not STREEFCIJFER_RANGE[0] <= cijfer <= STREEFCIJFER_RANGE[1]:
            raise ValidationError(f"{path}.streefcijfer", "out_of_range")
    if goal.status not in GOAL_STATUSES:
        raise ValidationError(f"{path}.status", "unknown_option")
    if goal.id is not None and (not isinstance(goal.id, str) or not 0 < len(goal.id) <= 36):
        raise ValidationError(f"{path}.id", "wrong_type")
    if len(goal.actions) > MAX_ACTIONS:
        raise ValidationError(f"{path}.actions", "too_many")
    return replace(
        goal,
        wens=clean_text(_text(goal.wens, f"{path}.wens"), f"{path}.wens") or "",
        target_date=_optional_date(goal.target_date, f"{path}.target_date"),
        actions=tuple(
            validated_action(a, f"{path}.actions[{i}]") for i, a in enumerate(goal.actions)
        ),
    )


def validated_goals(goals: Sequence[Goal], path: str = "goals") -> tuple[Goal, ...]:
    """Validate a whole list; ids must be unique within it."""
    if len(goals) > MAX_GOALS:
        raise ValidationError(path, "too_many")
    out = tuple(validated_goal(g, f"{path}[{i}]") for i, g in enumerate(goals))
    seen: set[str] = set()
    for i, goal in enumerate(out):
        if goal.id is not None:
            if goal.id in seen:
                raise ValidationError(f"{path}[{i}].id", "duplicate_id")
            seen.add(goal.id)
    return out


def _text(value: object, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "wrong_type")
    return value


# ---- rows ↔ DTOs (also used by pohsd.exchange) --------------------------------------------------


def actions_to_json(actions: Sequence[GoalAction]) -> str:
    return json.dumps(
        [
            {
                "wie": a.wie,
                "wat": a.wat,
                "wanneer": a.wanneer.isoformat() if a.wanneer else None,
                "status": a.status,
            }
            for a in actions
        ],
        ensure_ascii=False,
    )


def _actions_from_json(text: str) -> tuple[GoalAction, ...]:
    raw: list[dict[str, Any]] = json.loads(text or "[]")
    return tuple(
        GoalAction(
            wie=a["wie"],
            wat=a["wat"],
            wanneer=date.fromisoformat(a["wanneer"]) if a.get("wanneer") else None,
            status=a.get("status", "open"),
        )
        for a in raw
    )


def goal_row(goal: Goal, client_id: str, position: int) -> GoalRow:
    """A new row for a validated goal (a fresh uuid when it has no id)."""
    return GoalRow(
        id=goal.id or str(uuid.uuid4()),
        client_id=client_id,
        position=position,
        topic=goal.topic,
        wens=goal.wens,
        streefcijfer=goal.streefcijfer,
        target_date=goal.target_date,
        status=goal.status,
        actions=actions_to_json(goal.actions),
    )


def load_plan(s: Session, client_id: str) -> Plan:
    """The stored plan of a client, goals in their order."""
    rows = s.scalars(
        select(GoalRow).where(GoalRow.client_id == client_id).order_by(GoalRow.position)
    )
    goals = tuple(
        Goal(
            topic=r.topic,
            wens=r.wens,
            streefcijfer=r.streefcijfer,
            target_date=r.target_date,
            status=r.status,
            actions=_actions_from_json(r.actions),
            id=r.id,
        )
        for r in rows
    )
    plan_row = s.get(ClientPlanRow, client_id)
    return Plan(goals, plan_row.question_to_gp if plan_row else "")


def store_plan(
    s: Session, client_id: str, goals: Sequence[Goal], question_to_gp: str, path: str = "goals"
) -> None:
    """Replace the client's goals and question to the GP with validated values.

    Raises:
        PohsdError(DB_EXISTS): a goal id that belongs to another client.
    """
    ids = [g.id for g in goals if g.id]
    if ids:
        owners = s.execute(select(GoalRow.id, GoalRow.client_id).where(GoalRow.id.in_(ids)))
        for goal_id, owner in owners:
            if owner != client_id:
                index = ids.index(goal_id)
                raise PohsdError(
                    ErrorCode.DB_EXISTS, field=f"{path}[{index}].id", object_type="goal"
                )
    s.execute(delete(GoalRow).where(GoalRow.client_id == client_id))
    for stale in [o for o in s.identity_map.values() if isinstance(o, GoalRow)]:
        s.expunge(stale)  # deleted above in SQL; the same ids may come back below
    for position, goal in enumerate(goals):
        s.add(goal_row(goal, client_id, position))
    s.merge(ClientPlanRow(client_id=client_id, question_to_gp=question_to_gp))


class PlanService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def get(self, client_id: str) -> Plan:
        """The client's plan (not audited separately: opening the dossier is the read)."""
        with self._ctx.transaction() as s:
            _require_client(s, client_id)
            return load_plan(s, client_id)

    def save(
        self, client_id: str, goals: Sequence[Goal], question_to_gp: str = ""
    ) -> tuple[Plan, Changes]:
        """Replace the client's goals; ids are kept when given, new goals get a uuid.

        Raises:
            ValidationError: field like `goals[0].actions[1].wat` and the broken rule.
            PohsdError(NOT_FOUND): no such client.
        """
        valid = validated_goals(goals)
        question = clean_text(_text(question_to_gp, "question_to_gp"), "question_to_gp") or ""
        with self._ctx.transaction() as s:
            _require_client(s, client_id)
            store_plan(s, client_id, valid, question)
            s.flush()
            self._ctx.log(
                s,
                AuditAction.UPDATE,
                "plan.update",
                object_type="plan",
                object_id=client_id,
                client_id=client_id,
                detail_code=f"goals={len(valid)}",
            )
            return load_plan(s, client_id), Changes(clients=True, audit=True)


def _require_client(s: Session, client_id: str) -> None:
    if s.get(ClientRow, client_id) is None:
        raise PohsdError(ErrorCode.NOT_FOUND, object_type="client")
