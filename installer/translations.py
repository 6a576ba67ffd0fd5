"""The Chinese catalogue of the Qt layer: extract, fill, compile.

    python installer/translations.py           # all three steps below
    python installer/translations.py update    # pyside6-lupdate ui/**/*.py -> crossdesk_zh_CN.ts
    python installer/translations.py fill      # put the translations of zh_CN_ui.py into the .ts
    python installer/translations.py refill    # the same, overwriting what the .ts holds
    python installer/translations.py release   # pyside6-lrelease .ts -> crossdesk_zh_CN.qm
    python installer/translations.py missing   # list messages still without Chinese

The .ts file is the catalogue (Qt Linguist opens it). ``fill`` only writes messages that have
no translation yet, so a correction made in Linguist is kept; it reads the hand-written
dictionary in zh_CN_ui.py, which keeps a translation alive when a string moves to another
class (lupdate files messages by class).
"""

from __future__ import annotations

import ast
import copy as copy_module
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "crossdesk_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
# Qt's own strings missing from its qtbase_zh_CN catalogue, written by hand.
QT_GAPS_TS = TS_FILE.with_name("qt_gaps_zh_CN.ts")
UI_DIR = ROOT / "ui"
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def tool(name: str) -> str:
    """PySide6's own Linguist tool ``name`` (lupdate, lrelease): the wrapper script beside
    the Python running this, else the binary inside the PySide6 package, else the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        for candidate in (package / name, package / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts: Path = TS_FILE, ui_dir: Path = UI_DIR) -> None:
    """Extract every tr()/translate() string of the Qt layer into ``ts``, keeping the
    translations it already holds and dropping strings the code no longer has."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [
        tool("lupdate"), *map(str, ui_sources(ui_dir)),
        "-ts", str(ts), "-source-language", "en", "-target-language", "zh_CN",
        "-no-obsolete", "-locations", "relative", "-silent",
    ]
    kept = ({(m.context, m.source): m.translation for m in messages(ts) if m.finished}
            if ts.exists() else {})
    _run(command)
    _drop_core_keys(ts)
    _add_helper_messages(ts, ui_dir, kept)
    _share_stray_messages(ts, ui_dir)


def helper_messages(ui_dir: Path = UI_DIR) -> list[tuple[str, str, str]]:
    """``(context, text, location)`` of each ``_tr("…")`` call in a module whose ``_tr`` is
    ``QCoreApplication.translate("Context", text)``: lupdate sees only literal translate()
    calls, so without this those strings never reach the catalogue."""
    found = []
    for path in ui_sources(ui_dir):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers: dict[str, str] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.body:
                last = node.body[-1]
                call = last.value if isinstance(last, ast.Return) else None
                if (isinstance(call, ast.Call) and _called_name(call.func) == "translate"
                        and call.args and isinstance(call.args[0], ast.Constant)
                        and isinstance(call.args[0].value, str)):
                    helpers[node.name] = call.args[0].value
        if not helpers:
            continue
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in helpers and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append((helpers[node.func.id], node.args[0].value,
                              f"{where}:{node.lineno}"))
    return found


def _add_helper_messages(ts: Path, ui_dir: Path, kept: dict[tuple[str, str], str]) -> None:
    """Add the ``_tr("…")`` messages lupdate cannot see, with the translations they had
    (lupdate's -no-obsolete drops them each time)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for context_name, text, where in helper_messages(ui_dir):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        if any(m.findtext("source") == text for m in context.iter("message")):
            continue
        message = ET.SubElement(context, "message")
        file, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename=f"../../{file}", line=line)
        ET.SubElement(message, "source").text = text
        translation = kept.get((context_name, text))
        if translation:
            ET.SubElement(message, "translation").text = translation
        else:
            ET.SubElement(message, "translation", type="unfinished")
    _write(tree, ts)


def _is_core_call(context: str, source: str) -> bool:
    """lupdate also picks up the core catalogue's own ``tr(key)`` (a plain function, so it
    has no class context); those keys are translated in app/i18n, not here."""
    return context == "" and (" " not in source.strip() or ("{" in source and "." in source))


def _drop_core_keys(ts: Path) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            if _is_core_call(name, message.findtext("source") or ""):
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    _write(tree, ts)


# PySide6's tr() looks a message up under the object's class and then each base class, so a
# message in this context is found by every QObject's tr().
SHARED_CONTEXT = "QObject"


def _share_stray_messages(ts: Path, ui_dir: Path) -> None:
    """``parent.tr("…")`` is filed by lupdate under "parent", but looked up at run time under
    the object's class: copy such messages (with their translations) into the context every
    class falls back to, so they show translated whoever ``parent`` is."""
    known = known_contexts(ui_dir)
    tree = ET.parse(ts)
    root = tree.getroot()
    shared = next((c for c in root.iter("context") if c.findtext("name") == SHARED_CONTEXT), None)
    if shared is not None:
        root.remove(shared)
    strays = [m for c in root.iter("context") if (c.findtext("name") or "") not in known
              for m in c.iter("message") if _live(m)]
    if strays:
        shared = ET.SubElement(root, "context")
        ET.SubElement(shared, "name").text = SHARED_CONTEXT
        seen: set[str] = set()
        for message in strays:
            source = message.findtext("source") or ""
            if source in seen:
                continue
            seen.add(source)
            copy = copy_module.deepcopy(message)
            for location in copy.findall("location"):
                copy.remove(location)
            shared.append(copy)
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def release(ts: Path = TS_FILE, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    _run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])
    return qm


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool

    @property
    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def _live(message: ET.Element) -> bool:
    kind = message.find("translation")
    return kind is None or kind.get("type") not in ("vanished", "obsolete")


def _text(translation: ET.Element | None) -> str:
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    if forms:
        return "\n".join(f.text or "" for f in forms)
    return translation.text or ""


def messages(ts: Path = TS_FILE) -> list[Message]:
    """Every live message of ``ts`` (vanished and obsolete ones left out)."""
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if not _live(message):
                continue
            translation = message.find("translation")
            text = _text(translation)
            finished = bool(text.strip()) and (
                translation is None or translation.get("type") != "unfinished"
            )
            found.append(Message(name, message.findtext("source") or "", text, finished))
    return found


def missing(ts: Path = TS_FILE) -> list[Message]:
    return [m for m in messages(ts) if not m.finished]


def placeholder_mismatches(ts: Path = TS_FILE) -> list[Message]:
    """Finished messages whose Chinese lost or invented a %1 / %n / {name} placeholder."""
    def marks(text: str) -> list[str]:
        return sorted(set(_PLACEHOLDER.findall(text)))

    return [m for m in messages(ts) if m.finished and marks(m.source) != marks(m.translation)]


def known_contexts(ui_dir: Path = UI_DIR) -> set[str]:
    """The contexts Qt looks messages up under at run time: the ui classes (``self.tr``)
    and the literal first argument of ``QCoreApplication.translate``."""
    found: set[str] = set()
    for path in ui_sources(ui_dir):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and _called_name(node.func) == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def stray_contexts(ts: Path = TS_FILE, ui_dir: Path = UI_DIR) -> list[Message]:
    """Messages lupdate filed under a name no class has, e.g. ``parent.tr("…")`` (filed
    under "parent", looked up under the object's class), that have no translated copy in
    the shared context: they would never show translated."""
    known = known_contexts(ui_dir) | {SHARED_CONTEXT}
    found = messages(ts)
    shared = {m.source for m in found if m.context == SHARED_CONTEXT and m.finished}
    return [m for m in found if m.context not in known and m.source not in shared]


def lookup(context: str, source: str) -> str | None:
    """The hand-written Chinese for a message: by class first, then by text alone."""
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        import zh_CN_ui
    finally:
        sys.path.pop(0)
    return zh_CN_ui.BY_CONTEXT.get((context, source)) or zh_CN_ui.ZH.get(source)


def fill(ts: Path = TS_FILE, overwrite: bool = False) -> int:
    """Write the dictionary's Chinese into messages that have none (or into all, with
    ``overwrite``); returns how many messages were filled."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if not _live(message):
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            done = translation.get("type") != "unfinished" and _text(translation).strip()
            if done and not overwrite:
                continue
            chinese = lookup(name, message.findtext("source") or "")
            if not chinese:
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                ET.SubElement(translation, "numerusform").text = chinese
            else:
                translation.text = chinese
            translation.attrib.pop("type", None)
            filled += 1
    _write(tree, ts)
    return filled


def main(argv: list[str] | None = None) -> int:
    steps = (argv if argv is not None else sys.argv[1:]) or ["update", "fill", "release"]
    for step in steps:
        if step == "update":
            update()
        elif step in ("fill", "refill"):
            print(f"filled {fill(overwrite=step == 'refill')} message(s)")
        elif step == "release":
            print(f"wrote {release().relative_to(ROOT)}")
            print(f"wrote {release(QT_GAPS_TS).relative_to(ROOT)}")
        elif step == "missing":
            pass
        else:
            raise SystemExit(f"unknown step {step!r}; use update, fill, refill, release or missing")
    left = missing()
    for message in left:
        print(f"no Chinese yet: {message.where}")
    for message in stray_contexts():
        print(f"never found at run time (tr() on a variable?): {message.where}")
    total = len(messages())
    print(f"{total - len(left)} of {total} message(s) translated")
    return 1 if left and "missing" in steps else 0


if __name__ == "__main__":
    raise SystemExit(main())
