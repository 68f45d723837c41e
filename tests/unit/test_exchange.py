"""pohsd-client/1: exact round trip, every rejection names its JSON path and stores nothing."""

import copy
import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pohsd.domain import enums
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from pohsd.domain.intake import ACTION_STATUSES, GOAL_STATUSES
from pohsd.domain.questionnaire import DOMAIN_CODES, RESERVED_PREFIXES, TOPIC_CODES
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.exchange.export import export_client
from pohsd.exchange.importer import import_client, parse_document, read_document
from pohsd.exchange.schema import client_schema
from pohsd.intake.finance import INKOMEN_BRONNEN, VASTE_LASTEN
from pohsd.services.consents import GEGEVENS, UITLEG

DATA = Path(__file__).resolve().parents[1] / "data" / "exchange"
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
CLIENT_ID = "6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f"


def load(name: str = "full_client.json") -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def canon(node: Any) -> Any:
    """Times as UTC instants (export writes local time); exported_at is set on export."""
    if isinstance(node, dict):
        return {k: canon(v) for k, v in node.items() if k != "exported_at"}
    if isinstance(node, list):
        return [canon(v) for v in node]
    if isinstance(node, str) and DATETIME.match(node):
        return datetime.fromisoformat(node).astimezone(UTC).isoformat()
    return node


def stored(ws) -> tuple[int, int]:
    """(clients, intakes) in the database."""
    listing = ws.transfer.list_clients()
    return len(listing), sum(c.intakes for c in listing)


# ---- round trip ----------------------------------------------------------------------------------


def test_round_trip_of_the_full_client_is_exact(workspace):
    doc = load()
    client_id = import_client(workspace, copy.deepcopy(doc))
    assert client_id == CLIENT_ID
    exported = export_client(workspace, client_id)
    assert canon(exported) == canon(doc)
    assert exported["format"] == "pohsd-client/1"
    assert datetime.fromisoformat(exported["exported_at"]).tzinfo is not None
    again = import_client(workspace, exported, merge=True)  # its own export imports again
    assert canon(export_client(workspace, again)) == canon(doc)
    assert stored(workspace) == (1, 2)


def test_round_trip_adds_only_the_client_id(workspace):
    doc = load("minimal_client.json")
    client_id = import_client(workspace, doc)
    exported = export_client(workspace, client_id)
    assert exported["client"].pop("id") == client_id
    assert canon(exported) == canon(doc)


def test_import_and_export_are_audited(workspace):
    client_id = import_client(workspace, load())
    export_client(workspace, client_id)
    rows = [(e.action, e.event) for e in workspace.audit.entries(client_id=client_id)]
    assert ("create", "client.import") in rows
    assert ("export", "client.export") in rows


def test_imported_data_is_what_the_services_see(workspace):
    client_id = import_client(workspace, load())
    client = workspace.clients.open(client_id)
    assert client.address.postal_code == "3562 AB"
    assert [p.mag_benaderd for p in client.network] == [True, False]
    intakes = workspace.intakes.list_for_client(client_id)
    assert [(i.kind, i.status) for i in intakes] == [("intake", "afgerond"), ("vervolg", "open")]
    record = workspace.intakes.open(intakes[0].id)
    assert record.answers["geld.schulden.soort"] == ["energie", "huur"]
    assert record.answer_states["wonen.veiligheid.geweld"] == "wil niet zeggen"
    assert [s.signal_id for s in record.signals] == ["afsluiting", "huisuitzetting"]
    assert record.signals[0].raised_at.replace(tzinfo=UTC) == datetime(
        2025, 11, 2, 9, 31, tzinfo=UTC
    )
    assert record.finance["debts"][0]["creditor"] == "energieleverancier"
    assert record.icpc == ("Z01", "Z29")
    plan = workspace.plan.get(client_id)
    assert [g.status for g in plan.goals] == ["open", "deels"]
    assert workspace.consents.current_vastleggen(client_id).besluit == "ja, behalve"


def test_postcode_and_bsn_are_normalised_on_store(workspace):
    doc = load("minimal_client.json")
    doc["client"]["bsn"] = "12345672"  # an old eight-digit BSN
    doc["client"]["address"] = {"street": "A", "house_number": "1", "postal_code": "3562ab",
                                "city": "Utrecht"}  # fmt: skip
    exported = export_client(workspace, import_client(workspace, doc))
    assert exported["client"]["address"]["postal_code"] == "3562 AB"
    assert exported["client"]["bsn"] == "012345672"


# ---- rejections ----------------------------------------------------------------------------------


def _at(doc: Any, path: str) -> tuple[Any, str | int]:
    parts: list[str | int] = [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]
    node = doc
    for part in parts[:-1]:
        node = node[part]
    return node, parts[-1]


def put(path: str, value: Any) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        node, key = _at(doc, path)
        node[key] = value

    return change


def drop(path: str) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        node, key = _at(doc, path)
        del node[key]

    return change


def answer(question_id: str, value: Any) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        doc["intakes"][0]["answers"][question_id] = value

    return change


def state(question_id: str, value: Any) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        doc["intakes"][0]["answer_states"][question_id] = value

    return change


A = "intakes[0].answers."
BAD = [
    (put("extra", 1), "extra", "unknown_key"),
    (put("client.nickname", "Ronnie"), "client.nickname", "unknown_key"),
    (put("client.address.country", "NL"), "client.address.country", "unknown_key"),
    (put("client.network[0].email", "x@y.nl"), "client.network[0].email", "unknown_key"),
    (put("intakes[0].remarks", ""), "intakes[0].remarks", "unknown_key"),
    (put("intakes[0].signals[0].actions[0].by", "poh"), "intakes[0].signals[0].actions[0].by",
     "unknown_key"),
    (put("intakes[0].financial_overview.debts[1].interest", 3),
     "intakes[0].financial_overview.debts[1].interest", "unknown_key"),
    (put("plan.goals[0].actions[0].who", "POH"), "plan.goals[0].actions[0].who", "unknown_key"),
    (put("consents[1].ontvanger.email", "a@b.nl"), "consents[1].ontvanger.email", "unknown_key"),
    (put("consents[0].ontvanger", {}), "consents[0].ontvanger", "unknown_key"),
    (put("format", "pohsd-client/2"), "format", "unknown_format"),
    (drop("format"), "format", "required"),
    (drop("client.family_name"), "client.family_name", "required"),
    (put("client.given_name", ""), "client.given_name", "required"),
    (put("client.given_name", "   "), "client.given_name", "required"),
    (put("client.given_name", 5), "client.given_name", "wrong_type"),
    (put("client.gender", "m"), "client.gender", "unknown_option"),
    (put("client.birth_date", "2999-01-01"), "client.birth_date", "date_in_future"),
    (put("client.birth_date", "14-03-1980"), "client.birth_date", "date_format"),
    (put("client.birth_date", "1980-02-30"), "client.birth_date", "date_format"),
    (put("client.bsn", "123456789"), "client.bsn", "bsn_elfproef"),
    (put("client.address.postal_code", "0562 AB"), "client.address.postal_code", "postcode_format"),
    (put("client.household[0].relation", "neef"), "client.household[0].relation", "unknown_option"),
    (put("client.id", "not-a-uuid"), "client.id", "id_format"),
    (answer("geld.schulden.hoeveelheid", 3), A + "geld.schulden.hoeveelheid", "unknown_question"),
    (answer("Geld.schulden", 3), A + "Geld.schulden", "unknown_question"),
    (answer("opening.uitleg", "ja"), A + "opening.uitleg", "not_answerable"),
    (answer("geld.rondkomen.moeite", "Ja, heel veel"), A + "geld.rondkomen.moeite",
     "unknown_option"),
    (answer("geld.schulden.soort", ["energie", "gokken"]), A + "geld.schulden.soort",
     "unknown_option"),
    (answer("meting.rapportcijfer", 11), A + "meting.rapportcijfer", "out_of_range"),
    (answer("geld.schulden.zr", 0), A + "geld.schulden.zr", "out_of_range"),
    (answer("meting.rapportcijfer", 7.5), A + "meting.rapportcijfer", "not_an_integer"),
    (answer("meting.rapportcijfer", "7"), A + "meting.rapportcijfer", "wrong_type"),
    (answer("meting.rapportcijfer", True), A + "meting.rapportcijfer", "wrong_type"),
    (answer("gezondheid.middelen.zorgen", "Ja"), A + "gezondheid.middelen.zorgen",
     "unknown_option"),
    (answer("gezondheid.lichamelijk.belemmering", {"antwoord": "misschien"}),
     A + "gezondheid.lichamelijk.belemmering", "unknown_option"),
    (answer("gezondheid.lichamelijk.belemmering", {"antwoord": "ja", "extra": 1}),
     A + "gezondheid.lichamelijk.belemmering.extra", "unknown_key"),
    (answer("geld.schulden.soort", [1]), A + "geld.schulden.soort[0]", "wrong_type"),
    (answer("prioriteit.belangrijkste", ["geld", "bank"]), A + "prioriteit.belangrijkste",
     "unknown_option"),
    (answer("gezondheid.middelen.alcohol", {"dagen": 8}), A + "gezondheid.middelen.alcohol",
     "out_of_range"),
    (answer("opening.aanleiding", "tab\tok, bel\x07 niet"), A + "opening.aanleiding",
     "control_characters"),
    (answer("opening.aanleiding", "regel\r\n"), A + "opening.aanleiding", "control_characters"),
    (answer("opening.aanleiding", "x" * 10_001), A + "opening.aanleiding", "too_long"),
    (answer("gezondheid.lichamelijk.belemmering", {"antwoord": "ja", "toelichting": "\x00"}),
     A + "gezondheid.lichamelijk.belemmering.toelichting", "control_characters"),
    (put("intakes[0].notes", "y" * 10_001), "intakes[0].notes", "too_long"),
    (state("geld.cijfer", "weet niet"), "intakes[0].answer_states.geld.cijfer",
     "state_conflict"),
    (state("geld.juridisch.conflict", "beantwoord"),
     "intakes[0].answer_states.geld.juridisch.conflict", "unknown_option"),
    (put("intakes[0].question_set_version", "9"), "intakes[0].question_set_version",
     "unknown_version"),
    (put("intakes[0].kind", "gesprek"), "intakes[0].kind", "unknown_option"),
    (put("intakes[0].contacts[0].minutes", 601), "intakes[0].contacts[0].minutes", "out_of_range"),
    (put("intakes[1].id", "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"), "intakes[1].id", "duplicate_id"),
    (put("intakes[0].signals[0].id", "brand"), "intakes[0].signals[0].id", "unknown_signal"),
    (put("intakes[0].signals[0].trigger", "geld.x"), "intakes[0].signals[0].trigger",
     "unknown_question"),
    (put("intakes[0].signals[0].raised_at", "2025-11-02 10:31"), "intakes[0].signals[0].raised_at",
     "datetime_format"),
    (put("intakes[0].signals[0].actions[0].at", "2025-11-02T10:00:00+01:00"),
     "intakes[0].signals[0].actions[0].at", "time_order"),
    (drop("intakes[0].signals[0].closed_at"), "intakes[0].signals[0].closed_at", "required"),
    (drop("intakes[0].signals[1].reason"), "intakes[0].signals[1].reason", "required"),
    (put("intakes[0].icpc", ["Z01", "Z17"]), "intakes[0].icpc[1]", "unknown_code"),
    (put("intakes[0].icpc", ["P76"]), "intakes[0].icpc[0]", "unknown_code"),
    (put("intakes[0].financial_overview.debts[0].amount", -5),
     "intakes[0].financial_overview.debts[0].amount", "out_of_range"),
    (put("intakes[0].financial_overview.debts[0].amount", 1.005),
     "intakes[0].financial_overview.debts[0].amount", "too_many_decimals"),
    (put("consents[3].uitgesloten", []), "consents[3].uitgesloten", "required"),
    (put("consents[0].uitgesloten", ["geld"]), "consents[0].uitgesloten", "inconsistent"),
    (put("consents[0].kind", "algemeen"), "consents[0].kind", "unknown_option"),
    (drop("consents[2].ingetrokken_op"), "consents[2].ingetrokken_op", "required"),
    (put("consents[1].gegevens", ["adres"]), "consents[1].gegevens", "required"),
    (put("consents[1].datum", "2999-01-01"), "consents[1].datum", "date_in_future"),
    (put("consents[1].id", "0b6d7c1e-2f3a-4b5c-8d9e-0f1a2b3c4d01"), "consents[1].id",
     "duplicate_id"),
    (put("plan.goals[0].topic", "geld.geluk"), "plan.goals[0].topic", "unknown_option"),
    (put("plan.goals[0].streefcijfer", 12), "plan.goals[0].streefcijfer", "out_of_range"),
    (put("plan.goals[0].actions[1].wat", " "), "plan.goals[0].actions[1].wat", "required"),
    (put("plan.goals[0].actions[1].status", "bezig"), "plan.goals[0].actions[1].status",
     "unknown_option"),
    (put("referrals", [{}]), "referrals[0].id", "required"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "field", "rule"), BAD, ids=[f"{f}:{r}" for _, f, r in BAD])
def test_import_rejects_with_the_path_and_stores_nothing(workspace, change, field, rule):
    doc = load()
    change(doc)
    with pytest.raises(ValidationError) as err:
        import_client(workspace, doc)
    assert (err.value.field, err.value.rule) == (field, rule)
    assert stored(workspace) == (0, 0)
    assert "client.import" not in [e.event for e in workspace.audit.entries()]


def _with_referral(change: Callable[[dict], None] | None = None) -> dict:
    doc = load()
    doc["referrals"] = [json.loads((DATA / "referral.json").read_text(encoding="utf-8"))]
    if change:
        change(doc)
    return doc


R = "referrals[0]."
REFERRAL_BAD = [
    (put("referrals[0].consent_id", "0b6d7c1e-2f3a-4b5c-8d9e-0f1a2b3c4d01"), R + "consent_id",
     "unknown_consent"),
    (put("referrals[0].service_id", "other"), R + "consent_id", "consent_other_recipient"),
    (put("referrals[0].goal_id", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c09"), R + "goal_id",
     "unknown_goal"),
    (put("referrals[0].history[1].to", "afgerond"), R + "history[1].to", "transition_not_allowed"),
    (put("referrals[0].history[0].to", "verstuurd"), R + "history[0].to", "transition_not_allowed"),
    (put("referrals[0].history[2].effectief_op", "2025-11-01"), R + "history[2].effectief_op",
     "time_order"),
    (put("referrals[0].history[1].vastgelegd_op", "2025-11-02T10:00:00+01:00"),
     R + "history[1].vastgelegd_op", "time_order"),
    (put("referrals[0].history[2].to", "wachtlijst"), R + "history[2].expected_start", "required"),
    (put("referrals[0].history[2].to", "afgewezen"), R + "history[2].reason.code", "required"),
    (put("referrals[0].history[2].reason", {"code": "te duur"}), R + "history[2].reason",
     "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "field", "rule"), REFERRAL_BAD, ids=[f"{f}:{r}" for _, f, r in REFERRAL_BAD]
)
def test_referral_rules(workspace, change, field, rule):
    with pytest.raises(ValidationError) as err:
        import_client(workspace, _with_referral(change))
    assert (err.value.field, err.value.rule) == (field, rule)
    assert stored(workspace) == (0, 0)


def test_valid_referrals_are_stored_and_exported(workspace):
    doc = _with_referral()
    client_id = import_client(workspace, copy.deepcopy(doc))
    assert canon(export_client(workspace, client_id)) == canon(doc)
    assert [r.status for r in workspace.referrals.for_client(client_id)] == ["gestart"]


def test_a_duplicate_id_is_a_conflict_without_merge(workspace):
    import_client(workspace, load())
    before = stored(workspace)
    doc = load()
    doc["client"]["given_name"] = "Ronald"
    with pytest.raises(PohsdError) as err:
        import_client(workspace, doc)
    assert err.value.code == ErrorCode.DB_EXISTS
    assert err.value.params["field"] == "client.id"
    assert stored(workspace) == before
    assert [e.event for e in workspace.audit.entries()].count("client.import") == 1
    assert workspace.clients.open(CLIENT_ID).given_name == "Ron"
    del doc["client"]["id"]  # a new client, but its intakes and consents exist already
    with pytest.raises(PohsdError) as err:
        import_client(workspace, doc)
    assert err.value.params["field"] == "consents[0].id"
    assert stored(workspace) == (1, 2)


def test_merge_updates_the_client_and_keeps_other_records(workspace):
    import_client(workspace, load())
    extra, _ = workspace.intakes.start(CLIENT_ID, "vervolg")
    doc = load()
    doc["client"]["given_name"] = "Ronald"
    doc["intakes"][1]["answers"]["meting.rapportcijfer"] = 7
    doc["plan"]["goals"].pop()
    assert import_client(workspace, doc, merge=True) == CLIENT_ID
    exported = export_client(workspace, CLIENT_ID)
    assert exported["client"]["given_name"] == "Ronald"
    assert exported["intakes"][1]["answers"]["meting.rapportcijfer"] == 7
    assert [i["id"] for i in exported["intakes"]][-1] == extra.id
    assert len(exported["plan"]["goals"]) == 1
    assert stored(workspace) == (1, 3)


def test_merge_never_moves_records_between_clients(workspace):
    import_client(workspace, load())
    doc = load()
    del doc["client"]["id"]
    with pytest.raises(PohsdError) as err:
        import_client(workspace, doc, merge=True)
    assert err.value.code == ErrorCode.DB_EXISTS
    assert stored(workspace) == (1, 2)


def test_export_of_an_unknown_client_is_not_found(workspace):
    with pytest.raises(PohsdError) as err:
        export_client(workspace, CLIENT_ID)
    assert err.value.code == ErrorCode.NOT_FOUND


# ---- reading bytes -------------------------------------------------------------------------------


def test_read_document_accepts_a_bom_and_refuses_bad_bytes():
    raw = (DATA / "full_client.json").read_bytes()
    assert read_document(b"\xef\xbb\xbf" + raw) == json.loads(raw)
    for bad, rule in (
        (b"{", "invalid_json"),
        (b"", "invalid_json"),
        (b'{"a": NaN}', "invalid_json"),
        (b"\xff\xfe{}", "not_utf8"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),
        (b" " * (50 * 1024 * 1024 + 1), "file_too_large"),
    ):
        with pytest.raises(ValidationError) as err:
            read_document(bad)
        assert (err.value.field, err.value.rule) == ("$", rule)


def test_hostile_shapes_are_refused_cleanly():
    deep: Any = "x"
    for _ in range(40):
        deep = [deep]
    doc = load()
    doc["intakes"][0]["answers"]["opening.aanleiding"] = deep
    with pytest.raises(ValidationError) as err:
        parse_document(doc)
    assert err.value.rule == "too_deep"
    for value in ([], "text", None, 3):
        with pytest.raises(ValidationError) as err:
            parse_document(value)
        assert err.value.field == "$"


def test_keys_in_paths_never_echo_arbitrary_text():
    doc = load()
    doc["client"]["Jan Jansen, 06 123"] = 1
    with pytest.raises(ValidationError) as err:
        parse_document(doc)
    assert err.value.field == "client.?"


# ---- the schema against the question set ---------------------------------------------------------


def _defs() -> dict[str, Any]:
    return client_schema()["$defs"]


def test_answer_key_pattern_matches_the_question_set():
    q = load_questionnaire("1")
    pattern = re.compile(_defs()["questionId"]["pattern"])
    assert all(pattern.match(question.id) for question in q.questions)
    prefixes = re.match(r"^\^\(([^)]*)\)", pattern.pattern).group(1).split("|")
    assert sorted(prefixes) == sorted((*RESERVED_PREFIXES, *DOMAIN_CODES))
    for bad in ("geld", "Geld.schulden", "geld.schulden.soort.x", "bank.rekening", "geld..x"):
        assert not pattern.match(bad)
    signal = re.compile(_defs()["signalId"]["pattern"])
    assert all(signal.match(s.id) for s in q.signals)


def test_schema_enums_match_the_code():
    d = _defs()
    assert d["domain"]["enum"] == list(DOMAIN_CODES)
    assert d["leefgebied"]["enum"] == [*DOMAIN_CODES, *TOPIC_CODES]
    assert d["consentGericht"]["properties"]["gegevens"]["items"]["enum"] == list(GEGEVENS)
    assert d["consentVastleggen"]["properties"]["uitleg_gegeven"]["items"]["enum"] == list(UITLEG)
    assert d["client"]["properties"]["gender"]["enum"] == [g.value for g in enums.Gender]
    assert d["networkPerson"]["properties"]["relatie"]["enum"] == list(enums.NETWORK_RELATIES)
    assert d["networkPerson"]["properties"]["rol"]["items"]["enum"] == list(enums.NETWORK_ROLLEN)
    assert d["householdMember"]["properties"]["relation"]["enum"] == list(enums.HOUSEHOLD_RELATIES)
    finance = d["financialOverview"]["properties"]
    assert finance["income"]["items"]["properties"]["source"]["enum"] == list(INKOMEN_BRONNEN)
    assert finance["fixed_costs"]["items"]["properties"]["item"]["enum"] == list(VASTE_LASTEN)
    assert d["goal"]["properties"]["status"]["enum"] == list(GOAL_STATUSES)
    assert d["goalAction"]["properties"]["status"]["enum"] == list(ACTION_STATUSES)
    urgencies = [u.value for u in load_questionnaire("1").signals[0].urgency.__class__]
    assert d["signal"]["properties"]["urgency"]["enum"] == urgencies


def test_every_object_in_the_schema_is_closed():
    open_objects = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            is_object = node.get("type") == "object" or "properties" in node
            closed = node.get("additionalProperties") is False
            keyed_map = "propertyNames" in node  # answers / answer_states: ids by pattern
            conditional = "if" in node  # the consent: each branch is closed
            condition = path.endswith(".if")  # a test on the kind, not a shape
            if is_object and not (closed or keyed_map or conditional or condition):
                open_objects.append(path)
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(client_schema(), "$")
    assert open_objects == []


def test_every_question_type_has_a_value_shape_in_the_fixture():
    q = load_questionnaire("1")
    answers = load()["intakes"][0]["answers"]
    types = {q.question(qid).type.value for qid in answers}
    assert types >= {"tekst", "keuze", "keuze+", "jn", "getal", "cijfer", "datum", "jn+tekst",
                     "jn+getal", "keuze+tekst", "alcohol", "rangorde", "zr"}  # fmt: skip


def test_parse_document_needs_no_database():
    bundle = parse_document(load(), today=date(2026, 1, 1))
    assert bundle.client_id == CLIENT_ID
    assert [i.kind for i in bundle.intakes] == ["intake", "vervolg"]
    assert bundle.plan is not None
    assert len(bundle.consents) == 4


# ---- property tests: nothing but the expected errors ---------------------------------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=25,
)
FULL = load()


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in items:
        out.extend(_paths(value, (*prefix, key)))
    return out


PATHS = _paths(FULL)[1:]


@st.composite
def mutated(draw: st.DrawFn) -> dict:
    """The full client with one to three random edits: a value replaced, removed or added."""
    doc = copy.deepcopy(FULL)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        node = doc
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue
        action = draw(st.sampled_from(("replace", "remove", "add")))
        if action == "replace":
            node[path[-1]] = draw(JSON)
        elif action == "remove":
            del node[path[-1]]
        elif isinstance(node, dict):
            node[draw(st.text(max_size=12))] = draw(JSON)
    return doc


@given(st.one_of(JSON, mutated()))
@settings(max_examples=400, deadline=None)
def test_random_documents_raise_only_validation_errors(data):
    error: ValidationError | None = None
    try:
        bundle = parse_document(data, today=date(2026, 1, 1))
    except ValidationError as exc:  # anything else fails the test
        error = exc
    if error is None:
        assert bundle.client.given_name
    else:
        assert error.field
        assert error.rule


@given(st.binary(max_size=300) | JSON.map(lambda v: json.dumps(v).encode()))
@settings(max_examples=200, deadline=None)
def test_random_bytes_raise_only_validation_errors(raw):
    error: ValidationError | None = None
    try:
        read_document(raw)
    except ValidationError as exc:
        error = exc
    assert error is None or error.field == "$"


@given(mutated())
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_random_imports_store_everything_or_nothing(workspace, doc):
    before = stored(workspace)
    error: PohsdError | None = None
    try:
        client_id = import_client(workspace, doc)
    except PohsdError as exc:  # ValidationError is one too; anything else fails the test
        error = exc
    if error is None:
        assert stored(workspace)[0] == before[0] + 1
        assert export_client(workspace, client_id)["client"]["id"] == client_id
    else:
        assert error.code in (ErrorCode.INVALID_INPUT, ErrorCode.DB_EXISTS)
        assert stored(workspace) == before
