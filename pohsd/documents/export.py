"""Rendering dispatch, file names (letters §5.1) and writing a new file atomically."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pohsd.documents.docx_render import render_docx
from pohsd.documents.models import LetterModel
from pohsd.documents.pdf import render_pdf
from pohsd.documents.soep import DEFAULT_WIDTH, VEILIG, copy_all
from pohsd.fs import write_atomic

if TYPE_CHECKING:
    from pohsd.documents.templates import TemplateStore

MAX_SUFFIX = 999


def file_name(model: LetterModel, fmt: str) -> str:
    """<type>_<jjjj-mm-dd>_<kenmerk>.<ext>: never a name, BSN, address or organisation.

    A correction (version > 1) adds `-v<version>` after the kenmerk.
    """
    kind = "soep" if fmt == "txt" and model.soep is not None else model.kind
    version = f"-v{model.version}" if model.version > 1 else ""
    return f"{kind}_{model.datum.isoformat()}_{model.kenmerk}{version}.{fmt}"


def target_path(folder: Path, model: LetterModel, fmt: str) -> Path:
    return Path(folder) / file_name(model, fmt)


def write_new(path: Path, data: bytes) -> Path:
    """Write `data` to `path`, or to `<stem>-2<ext>`, `-3` … when it exists; never overwrite."""
    candidate = path
    for n in range(2, MAX_SUFFIX + 1):
        if not candidate.exists():
            break
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    else:
        raise FileExistsError(str(path))
    write_atomic(candidate, data)
    return candidate


def render_text(model: LetterModel, *, mode: str = VEILIG, width: int = DEFAULT_WIDTH) -> str:
    """The SOEP block ("Kopieer alles") when the model has one, else the letter as plain text."""
    if model.soep is not None:
        return copy_all(model.soep, width=width, mode=mode)
    return model.text()


def render(
    model: LetterModel,
    fmt: str,
    templates: TemplateStore,
    *,
    mode: str = VEILIG,
    width: int = DEFAULT_WIDTH,
) -> bytes:
    """The file contents of `model` in `fmt` (txt, docx or pdf)."""
    if fmt == "txt":
        return render_text(model, mode=mode, width=width).encode("utf-8")
    if fmt == "docx":
        return render_docx(model, templates.path_for(model.kind))
    if fmt == "pdf":
        return render_pdf(model)
    raise ValueError(fmt)
