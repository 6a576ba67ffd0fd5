"""Reading a predecessors cell as people type it in a plan: task names ("需求确认"), numbers
("3", "#3"), each with an optional lag ("需求确认+2", "3-1", "+2天"), separated by , 、 ; or
new lines, in any mix ("宣传物料制作、渠道铺货排期", "4, 需求确认-1").

A task's name may itself hold a separator or a sign ("设计、评审", "阶段-1"): the longest run
of parts that names a task is taken first, and a whole name before a name with a lag.
Resolving a name or a number is the caller's (the import plan's) business.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

_SEPARATORS = re.compile(r"([,，、;；\n\r]+)")
_LAG = re.compile(r"^(.*?)\s*([+-])\s*(\d{1,4})\s*(?:d|天|工作日)?\s*$", re.IGNORECASE)
_NUMBER = re.compile(r"^[#＃]?\s*(\d{1,9})$")


def name_key(text: str) -> str:
    """How two task names are compared: width, case and runs of spaces do not matter."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


@dataclass
class Problem:
    text: str  # the part of the cell it is about
    kind: str  # "unknown", "ambiguous" or "number"
    matches: list = field(default_factory=list)  # the tasks an ambiguous name names


@dataclass
class Links(Generic[T]):
    links: list[tuple[T, int]] = field(default_factory=list)  # (task, lag in days)
    problems: list[Problem] = field(default_factory=list)


def read_predecessors(
    text: str,
    by_name: Callable[[str], list[T]],
    by_number: Callable[[int], T | None],
) -> Links[T]:
    """The tasks ``text`` names, with their lags; ``by_name`` gives every task called a
    name (compared with ``name_key``), ``by_number`` the task with a number, if any."""
    pieces = _SEPARATORS.split(text.strip())
    parts, seps = pieces[0::2], pieces[1::2]
    result: Links[T] = Links()
    i = 0
    while i < len(parts):
        if not parts[i].strip():
            i += 1
            continue
        for j in range(len(parts) - 1, i - 1, -1):
            joined = "".join(p + (seps[k] if k < j else "") for k, p in enumerate(parts[i : j + 1], i))
            found = _one(joined.strip(), by_name, by_number, whole_only=j > i)
            if found is not None:
                if isinstance(found, Problem):
                    result.problems.append(found)
                else:
                    result.links.append(found)
                i = j + 1
                break
        else:  # not even the part alone names anything
            result.problems.append(_unknown(parts[i].strip()))
            i += 1
    return result


def _unknown(text: str) -> Problem:
    lag = _LAG.match(text)
    head = lag.group(1) if lag and lag.group(1) else text
    number = _NUMBER.match(head.strip())
    return Problem(number.group(1) if number else head.strip(), "number" if number else "unknown")


def _one(
    text: str,
    by_name: Callable[[str], list[T]],
    by_number: Callable[[int], T | None],
    whole_only: bool,
) -> tuple[T, int] | Problem | None:
    """One reference with its lag, a problem with a name that is known, or None when
    ``text`` names nothing (a longer run is then tried shorter)."""
    candidates: list[tuple[str, int]] = [(text, 0)]
    lag = _LAG.match(text)
    if lag and lag.group(1):
        candidates.append((lag.group(1), int(lag.group(2) + lag.group(3))))
    for ref, days in candidates:
        tasks = by_name(name_key(ref))
        if len(tasks) == 1:
            return tasks[0], days
        if len(tasks) > 1:
            return Problem(ref, "ambiguous", list(tasks))
    if whole_only:
        return None
    for ref, days in candidates:
        number = _NUMBER.match(ref.strip())
        if number:
            task = by_number(int(number.group(1)))
            return (task, days) if task is not None else Problem(number.group(1), "number")
    return None
