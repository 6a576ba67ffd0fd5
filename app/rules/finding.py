"""A rule finding: what is wrong, where, and which row of which form shows it."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Finding:
    rule: str  # e.g. "raci.one_accountable"; the part before the dot is the area
    initiative: int | None
    item: str  # the item by name, e.g. the task's name
    message: str  # what is wrong, in the current language
    form: str = ""  # the form key whose tab shows it ("tracking", "team", …)
    row_id: int | None = None  # the row in that form, to jump to
    column: str = ""  # the field key, or a RACI column key

    @property
    def area(self) -> str:
        return self.rule.split(".", 1)[0]

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        return {k: data[k] for k in ("rule", "initiative", "item", "message")}
