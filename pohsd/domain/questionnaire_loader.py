"""Load and check the intake question set from resources/intake (JSON Schema + cross checks)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from pohsd.domain import questionnaire as qm
from pohsd.domain.errors import ValidationError
from pohsd.paths import resources_dir

SCHEMA_FILE = "questionnaire.schema.json"
_SLUG = re.compile(r"^[a-z0-9_]+$")
_NUMERIC = {
    qm.QuestionType.GETAL,
    qm.QuestionType.CIJFER,
    qm.QuestionType.JN_GETAL,
    qm.QuestionType.ZR,
}
_LABELLED = {
    qm.QuestionType(t) for t in ("jn", "keuze", "keuze+", "jn+tekst", "jn+getal", "keuze+tekst")
}


_PLAIN_KEYS = (
    "option_list", "integer", "unit", "max_items", "label", "title", "kern", "alone_only",
    "observation", "deprecated", "requires_setting", "instrument", "card", "opens",
)  # fmt: skip


class QuestionnaireError(ValidationError):
    """A question set that breaks the schema or a cross check; `field` is the JSON path."""


def intake_resources_dir() -> Path:
    """resources/intake (see pohsd.paths.resources_dir)."""
    return resources_dir() / "intake"


def load_questionnaire(version: str = "1") -> qm.Questionnaire:
    """The bundled question set of `version` (cached; the files are immutable once released)."""
    return _load_bundled(version)


@lru_cache(maxsize=4)
def _load_bundled(version: str) -> qm.Questionnaire:
    if not isinstance(version, str) or not re.fullmatch(r"[0-9]+", version):
        raise QuestionnaireError("version", "unknown_version")
    path = intake_resources_dir() / f"questionnaire-{version}.json"
    if not path.is_file():
        raise QuestionnaireError("version", "unknown_version")
    questionnaire = load_questionnaire_file(path)
    if questionnaire.version != version:
        raise QuestionnaireError("$.version", "version_mismatch")
    return questionnaire


def load_questionnaire_file(path: Path) -> qm.Questionnaire:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise QuestionnaireError("$", "invalid_json") from exc
    return parse_questionnaire(data)


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads((intake_resources_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))


def json_path(parts: Iterable[str | int]) -> str:
    """`$.parts[1].topics[0].questions[2].id` from a jsonschema path deque."""
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def validate_schema(data: object) -> None:
    """Raise QuestionnaireError naming the JSON path of the first schema violation."""
    import jsonschema  # deferred: startup budget

    validator = jsonschema.Draft202012Validator(_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise QuestionnaireError(json_path(error.absolute_path), f"schema:{error.validator}")


def parse_questionnaire(data: object) -> qm.Questionnaire:
    """Validate `data` (decoded JSON) against the schema, build the model, run cross checks."""
    validate_schema(data)
    if not isinstance(data, dict):  # pragma: no cover - the schema requires an object
        raise QuestionnaireError("$", "schema:type")
    return _Builder(data).build()


# --------------------------------------------------------------------------------------------


def _cond(raw: Mapping[str, Any] | None) -> qm.Condition | None:
    if raw is None:
        return None
    return qm.Condition(
        tuple(raw.get("in", ())), tuple(raw.get("any_except", ())),
        gte=raw.get("gte"), lt=raw.get("lt"), check=raw.get("check"),
    )  # fmt: skip


class _Builder:
    """Turns schema-valid JSON into the model; every cross check names a JSON path."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.paths: dict[str, str] = {}  # question id -> JSON path
        self.questions: dict[str, qm.Question] = {}
        self.lists = {k: tuple(v) for k, v in data["option_lists"].items()}
        self.signal_refs: dict[str, list[str]] = {}
        self.topic_codes: set[str] = set()
        for sig in data["signals"]:
            for trig in sig["triggers"]:
                self.signal_refs.setdefault(trig["question"], []).append(sig["id"])

    def build(self) -> qm.Questionnaire:
        ratings_raw = self.data["ratings"]
        self.ratings = qm.Ratings(
            ratings_raw["cijfer"]["text"], tuple(ratings_raw["cijfer"]["anchors"]),
            tuple(ratings_raw["zr"]["levels"]), ratings_raw["notitie"]["label"],
        )  # fmt: skip
        parts = tuple(self._part(p, f"$.parts[{i}]") for i, p in enumerate(self.data["parts"]))
        self._check_parts(parts)
        instruments = tuple(
            self._instrument(raw, f"$.instruments[{i}]")
            for i, raw in enumerate(self.data["instruments"])
        )
        ids = [i.id for i in instruments]
        for i, iid in enumerate(ids):
            if ids.index(iid) != i:
                raise QuestionnaireError(f"$.instruments[{i}].id", "duplicate_id")
        signals = self._signals()
        kc = self.data["kindcheck"]
        kindcheck = qm.Kindcheck(kc["question"], tuple(kc["closing_answers"]))
        self._check_ref(kindcheck.question, "$.kindcheck.question")
        self._check_labels(kindcheck.question, kindcheck.closing_answers, "$.kindcheck")
        self._check_question_refs(instruments)
        return qm.Questionnaire(
            self.data["version"], parts, instruments, signals, self.ratings, kindcheck, self.lists
        )

    # parts, domains, topics ------------------------------------------------------------------

    def _part(self, raw: dict[str, Any], path: str) -> qm.Part:
        kind = qm.PartKind(raw["kind"])
        pid = raw["id"]
        if kind is not qm.PartKind.DOMEIN:
            prefixes = tuple(raw["prefixes"])
            for j, prefix in enumerate(prefixes):
                if prefix not in qm.RESERVED_PREFIXES:
                    raise QuestionnaireError(f"{path}.prefixes[{j}]", "bad_prefix")
            questions = tuple(
                self._question(q, f"{path}.questions[{j}]", part=pid, prefixes=prefixes)
                for j, q in enumerate(raw["questions"])
            )
            return qm.Part(pid, raw["label"], kind, raw["guide_minutes"], questions, prefixes)
        if pid not in qm.DOMAIN_CODES:
            raise QuestionnaireError(f"{path}.id", "unknown_domain")
        own = tuple(
            self._question(q, f"{path}.questions[{j}]", part=pid, prefixes=(pid,), domain=pid)
            for j, q in enumerate(raw["questions"])
        )
        topics = tuple(
            self._topic(t, f"{path}.topics[{j}]", pid) for j, t in enumerate(raw["topics"])
        )
        cijfer = self._generated(
            f"{pid}.cijfer", f"{path}.questions", pid, None, qm.QuestionRole.CIJFER
        )
        domain = qm.Domain(pid, raw["label"], own, topics, tuple(raw["rubric"]), cijfer)
        return qm.Part(pid, raw["label"], kind, raw["guide_minutes"], domain=domain)

    def _topic(self, raw: dict[str, Any], path: str, domain: str) -> qm.Topic:
        code = raw["code"]
        if code not in qm.TOPIC_CODES:
            raise QuestionnaireError(f"{path}.code", "unknown_topic")
        if code.split(".")[0] != domain:
            raise QuestionnaireError(f"{path}.code", "topic_outside_domain")
        if code in self.topic_codes:
            raise QuestionnaireError(f"{path}.code", "duplicate_topic")
        self.topic_codes.add(code)
        questions = tuple(
            self._question(q, f"{path}.questions[{j}]", part=domain, prefixes=(code,),
                           domain=domain, topic=code)
            for j, q in enumerate(raw["questions"])
        )  # fmt: skip
        zr = self._generated(f"{code}.zr", f"{path}.questions", domain, code, qm.QuestionRole.ZR)
        notitie = self._generated(
            f"{code}.notitie", f"{path}.questions", domain, code, qm.QuestionRole.NOTITIE
        )
        return qm.Topic(code, raw["label"], domain, questions, zr, notitie)

    def _check_parts(self, parts: tuple[qm.Part, ...]) -> None:
        ids = [p.id for p in parts]
        for i, part in enumerate(parts):
            if ids.index(part.id) != i:
                raise QuestionnaireError(f"$.parts[{i}].id", "duplicate_part")
        kinds = [p.kind for p in parts]
        for kind in qm.PartKind:
            if kind is not qm.PartKind.DOMEIN and kinds.count(kind) != 1:
                raise QuestionnaireError("$.parts", f"missing_part:{kind.value}")

    # questions -------------------------------------------------------------------------------

    def _register(self, question: qm.Question, path: str) -> qm.Question:
        if question.id in self.questions:
            raise QuestionnaireError(f"{path}.id", "duplicate_id")
        self.questions[question.id] = question
        self.paths[question.id] = path
        return question

    def _generated(
        self, qid: str, path: str, domain: str, topic: str | None, role: qm.QuestionRole
    ) -> qm.Question:
        r = self.ratings
        if role is qm.QuestionRole.CIJFER:
            q = qm.Question(
                qid, r.cijfer_text, qm.QuestionType.CIJFER, anchors=r.cijfer_anchors, range=(0, 10)
            )
        elif role is qm.QuestionRole.ZR:
            q = qm.Question(qid, "", qm.QuestionType.ZR, options=r.zr_levels, range=(1, 5))
        else:
            q = qm.Question(qid, "", qm.QuestionType.TEKST, label=r.notitie_label)
        q = replace(q, role=role, part=domain, domain=domain, topic=topic)
        return self._register(q, path)

    def _question(
        self,
        raw: dict[str, Any],
        path: str,
        *,
        part: str,
        prefixes: tuple[str, ...],
        domain: str | None = None,
        topic: str | None = None,
    ) -> qm.Question:
        qid: str = raw["id"]
        head, _, slug = qid.rpartition(".")
        if head not in prefixes or not _SLUG.match(slug):
            raise QuestionnaireError(f"{path}.id", "bad_id_prefix")
        if domain is not None and slug in qm.GENERATED_SLUGS:
            raise QuestionnaireError(f"{path}.id", "reserved_slug")
        qtype = qm.QuestionType(raw["type"])
        options = tuple(raw.get("options", ()))
        if "option_list" in raw:
            if raw["option_list"] not in self.lists:
                raise QuestionnaireError(f"{path}.option_list", "unknown_option_list")
            options = self.lists[raw["option_list"]]
        if qtype in (qm.QuestionType.JN, qm.QuestionType.JN_TEKST, qm.QuestionType.JN_GETAL):
            options = (qm.JA, qm.NEE)
        if qtype is qm.QuestionType.CIJFER:
            rng: tuple[float, float] | None = (0, 10)
        else:
            rng = tuple(raw["range"]) if "range" in raw else None  # type: ignore[assignment]
        if rng is not None and rng[0] > rng[1]:
            raise QuestionnaireError(f"{path}.range", "bad_range")
        if not raw["text"] and "label" not in raw:
            raise QuestionnaireError(f"{path}.text", "missing_text")
        for j, label in enumerate(raw.get("exclusive_options", ())):
            if label not in options:
                raise QuestionnaireError(f"{path}.exclusive_options[{j}]", "unknown_option")
        plain = {k: raw[k] for k in _PLAIN_KEYS if k in raw}
        tuples = {k: tuple(raw[k]) for k in ("exclusive_options", "anchors") if k in raw}
        follow_ups = tuple(
            qm.FollowUp(f["question"], _cond(f["when"]) or qm.Condition())
            for f in raw.get("follow_ups", ())
        )
        q = qm.Question(
            id=qid, text=raw["text"], type=qtype, options=options, range=rng,
            aandacht=_cond(raw.get("aandacht")), follow_ups=follow_ups,
            signals=tuple(self.signal_refs.get(qid, ())), part=part, domain=domain, topic=topic,
            **plain, **tuples,
        )  # fmt: skip
        if q.aandacht is not None:
            self._check_condition(q, q.aandacht, f"{path}.aandacht")
        return self._register(q, path)

    def _check_condition(self, q: qm.Question, cond: qm.Condition, path: str) -> None:
        if cond.check is not None:
            if q.type is not qm.QuestionType.ALCOHOL:
                raise QuestionnaireError(path, "condition_type")
            return
        if cond.gte is not None or cond.lt is not None:
            if q.type not in _NUMERIC or q.type is qm.QuestionType.JN_GETAL:
                raise QuestionnaireError(path, "condition_type")
            return
        if q.type not in _LABELLED:
            raise QuestionnaireError(path, "condition_type")
        key = "in" if cond.values_in else "any_except"
        for j, label in enumerate(cond.labels):
            if label not in q.options:
                raise QuestionnaireError(f"{path}.{key}[{j}]", "unknown_option")

    def _check_ref(self, qid: str, path: str) -> qm.Question:
        if qid not in self.questions:
            raise QuestionnaireError(path, "unknown_question")
        return self.questions[qid]

    def _check_labels(self, qid: str, labels: Iterable[str], path: str) -> None:
        options = self.questions[qid].options
        for j, label in enumerate(labels):
            if label not in options:
                raise QuestionnaireError(f"{path}[{j}]", "unknown_option")

    def _check_question_refs(self, instruments: tuple[qm.Instrument, ...]) -> None:
        known = {i.id: i for i in instruments}
        for qid, q in self.questions.items():
            path = self.paths[qid]
            for j, follow in enumerate(q.follow_ups):
                fpath = f"{path}.follow_ups[{j}]"
                target = self._check_ref(follow.question, f"{fpath}.question")
                if target.id == qid:
                    raise QuestionnaireError(f"{fpath}.question", "self_reference")
                self._check_condition(q, follow.when, f"{fpath}.when")
            if q.card is not None:
                card = self._check_ref(q.card, f"{path}.card")
                if card.type is not qm.QuestionType.KAART:
                    raise QuestionnaireError(f"{path}.card", "not_a_card")
            if q.instrument is not None and (
                q.instrument not in known or qid not in known[q.instrument].items
            ):
                raise QuestionnaireError(f"{path}.instrument", "unknown_instrument")

    # instruments and signals -------------------------------------------------------------------

    def _instrument(self, raw: dict[str, Any], path: str) -> qm.Instrument:
        for j, qid in enumerate(raw["items"]):
            item = self._check_ref(qid, f"{path}.items[{j}]")
            if item.instrument != raw["id"]:
                raise QuestionnaireError(f"{path}.items[{j}]", "unknown_instrument")
        topic = raw.get("topic")
        if topic is not None and topic not in qm.TOPIC_CODES:
            raise QuestionnaireError(f"{path}.topic", "unknown_topic")
        effects = None
        if "effects" in raw:
            eff = raw["effects"]
            for j, code in enumerate(eff.get("suggestion_topics", ())):
                if code not in qm.TOPIC_CODES:
                    raise QuestionnaireError(
                        f"{path}.effects.suggestion_topics[{j}]", "unknown_topic"
                    )
            effects = qm.InstrumentEffects(
                eff.get("read_aloud_summary", False), tuple(eff.get("suggestion_topics", ())),
                eff.get("referral_line"),
            )  # fmt: skip
        aandacht = _cond(raw.get("aandacht"))
        if aandacht is not None and (aandacht.gte is None and aandacht.lt is None):
            raise QuestionnaireError(f"{path}.aandacht", "condition_type")
        return qm.Instrument(
            raw["id"], raw["label"], tuple(raw["items"]), topic, raw.get("intro"), aandacht, effects
        )

    def _signals(self) -> tuple[qm.Signal, ...]:
        ids = [s["id"] for s in self.data["signals"]]
        out = []
        for i, raw in enumerate(self.data["signals"]):
            path = f"$.signals[{i}]"
            if ids.index(raw["id"]) != i:
                raise QuestionnaireError(f"{path}.id", "duplicate_id")
            triggers = []
            for j, t in enumerate(raw["triggers"]):
                q = self._check_ref(t["question"], f"{path}.triggers[{j}].question")
                when = _cond(t["when"]) or qm.Condition()
                self._check_condition(q, when, f"{path}.triggers[{j}].when")
                urgency = qm.Urgency(t["urgency"]) if "urgency" in t else None
                triggers.append(qm.Trigger(t["question"], when, urgency))
            escalations = [
                self._escalation(e, f"{path}.escalations[{j}]", ids)
                for j, e in enumerate(raw.get("escalations", ()))
            ]
            steps = tuple(
                qm.MeldcodeStep(st["step"], st["label"], tuple(st["records"]),
                             tuple(st.get("questions", ())))
                for st in raw.get("steps", ())
            )  # fmt: skip
            out.append(qm.Signal(
                id=raw["id"], label=raw["label"], urgency=qm.Urgency(raw["urgency"]),
                advice=raw["advice"], triggers=tuple(triggers), escalations=tuple(escalations),
                manual=raw.get("manual", False), regional=raw.get("regional", False),
                dialog_question=(raw.get("dialog_question") or {}).get("text"),
                actions=tuple(raw.get("actions", ())), steps=steps,
            ))  # fmt: skip
        return tuple(out)

    def _escalation(self, e: dict[str, Any], path: str, ids: list[str]) -> qm.Escalation:
        date = e.get("date_within_days")
        if date is not None:
            dq = self._check_ref(date["question"], f"{path}.date_within_days.question")
            if dq.type is not qm.QuestionType.DATUM:
                raise QuestionnaireError(f"{path}.date_within_days.question", "condition_type")
        if e.get("signal_active") is not None and e["signal_active"] not in ids:
            raise QuestionnaireError(f"{path}.signal_active", "unknown_signal")
        return qm.Escalation(
            qm.Urgency(e["urgency"]), fact=e.get("fact"), signal_active=e.get("signal_active"),
            date_question=date["question"] if date else None,
            within_days=date["days"] if date else None,
        )  # fmt: skip
