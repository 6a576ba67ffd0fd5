"""Undo commands of the forms' sign-off lines, each calling one ``app.signoff.signatures``
service (a removed line is ``ui.forms.row_commands.DeleteRowsCommand``). Pushing one makes
the edit (``ui.common.undo``)."""

from __future__ import annotations

import datetime as dt

from app.signoff import signatures
from app.store.workspace import Workspace
from ui.common.undo import EditCommand

FORM = "signoffs"


class RecordSignature(EditCommand):
    def __init__(self, ws: Workspace, line_id: int, signer: str, day: dt.date, tag: str,
                 text: str) -> None:
        super().__init__(ws, text, FORM, line_id)
        self.line_id, self.signer, self.day, self.tag = line_id, signer, day, tag
        self.old: signatures.SignatureState | None = None

    def apply(self) -> None:
        old = signatures.record_signature(self.ws, self.line_id, self.signer, self.day, self.tag)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        assert self.old is not None
        signatures.restore_signature(self.ws, self.old)


class ClearSignature(EditCommand):
    def __init__(self, ws: Workspace, line_id: int, text: str) -> None:
        super().__init__(ws, text, FORM, line_id)
        self.line_id = line_id
        self.old: signatures.SignatureState | None = None

    def apply(self) -> None:
        old = signatures.clear_signature(self.ws, self.line_id)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        assert self.old is not None
        signatures.restore_signature(self.ws, self.old)


class AddSignoffLines(EditCommand):
    """A line for each expected signer of a form who has none; no step when none is missing."""

    def __init__(self, ws: Workspace, initiative_id: int, text: str,
                 signed_form: str = "goals") -> None:
        super().__init__(ws, text, FORM)
        self.initiative_id = initiative_id
        self.signed_form = signed_form
        self.ids: list[int] = []

    def apply(self) -> None:
        self.ids = signatures.add_missing_lines(self.ws, self.initiative_id, self.signed_form)
        if not self.ids and not self.done_once:
            self.setObsolete(True)

    def revert(self) -> None:
        from app.forms import editing  # the form services, loaded at the first change

        editing.delete_rows(self.ws, FORM, self.ids)
