"""A person's phone number and e-mail address: the one definition of their form, used by
every editor (Form 2, the people list) and by the import, and the split of a single
"contact" cell into phone, e-mail and chat handle by what each part looks like.

Kept beside ``app.forms.validation``: that module checks the text itself (length, control
characters); this one checks that what passed is a phone number or an address.
"""

from __future__ import annotations

import re
import unicodedata

from app.errors import Label, ValidationError
from app.forms.specs import FieldSpec

MIN_DIGITS, MAX_DIGITS = 7, 20

# One number: an optional leading +, then digits with spaces, hyphens, dots and
# parentheses; an optional extension ("转 801", "ext. 12", "x7", "分机 3").
_PHONE = re.compile(
    r"(\+?)([(\d][\d\s\-().]*?)(?:\s*(?:转|分机|ext\.?|x)\s*\d{1,6})?", re.IGNORECASE)
# Several numbers in one cell are separated like list items.
_NUMBERS_SPLIT = re.compile(r"\s*[/、,，;；]\s*|\n+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
# "电话：…", "Tel: …", "微信 …": a label in front of one part of a contact cell.
_LABELS: dict[str, tuple[str, ...]] = {
    "phone": ("手机号码", "手机号", "手机", "联系电话", "办公电话", "电话", "座机", "mobile",
              "phone", "tel", "cell"),
    "email": ("电子邮箱", "电子邮件", "邮箱", "邮件", "e-mail", "email", "mail"),
    "chat": ("企业微信", "微信号", "微信", "钉钉号", "钉钉", "飞书", "oa账号", "oa 账号", "wechat",
             "dingtalk", "chat", "im"),
}


def _label_pattern(word: str) -> str:
    # A Latin label needs a colon or a space after it, so "im_sun" stays a chat handle.
    tail = r"\s*[:：]?\s*" if not word.isascii() else r"(?:\s*[:：]\s*|\s+)"
    return f"(?:{re.escape(word)}){tail}"


_LABEL_OF = {w.lower(): k for k, ws in _LABELS.items() for w in ws}
_LABEL_WORDS = sorted(_LABEL_OF, key=len, reverse=True)  # the longest label wins
_LABEL = re.compile(
    "^(?:" + "|".join(f"(?P<l{i}>{_label_pattern(w)})" for i, w in enumerate(_LABEL_WORDS)) + ")",
    re.IGNORECASE,
)
_PARTS_SPLIT = re.compile(r"\s*[\n;；,，、|/]\s*")


def _plain(text: str) -> str:
    """Full-width digits, ＋ and ＠ as typed by Chinese input methods, made ASCII."""
    return unicodedata.normalize("NFKC", text).strip()


def _one_phone(text: str) -> bool:
    found = _PHONE.fullmatch(text.strip())
    return found is not None and MIN_DIGITS <= sum(c.isdigit() for c in found[2]) <= MAX_DIGITS


def is_phone(text: str) -> bool:
    """7–20 digits with spaces, +, -, parentheses and an optional extension (转/ext); several
    numbers may share a cell, separated by / 、 , or ;."""
    parts = [p for p in _NUMBERS_SPLIT.split(_plain(text)) if p.strip()]
    return bool(parts) and all(_one_phone(p) for p in parts)


def is_email(text: str) -> bool:
    """name@domain.tld: one @, no spaces, a dot in the domain with something on each side."""
    return _EMAIL.fullmatch(_plain(text)) is not None


def clean_phone(spec: FieldSpec, text: str) -> str:
    """``text`` (already clean as text) if it is empty or a phone number; refused otherwise."""
    if text and not is_phone(text):
        raise ValidationError("error.value.phone", field=Label(spec.label_key), value=text)
    return _plain(text)


def clean_email(spec: FieldSpec, text: str) -> str:
    if text and not is_email(text):
        raise ValidationError("error.value.email", field=Label(spec.label_key), value=text)
    return _plain(text)


# A field with one of these keys holds a person's contact, in whichever form it sits.
CHECKS = {"phone": clean_phone, "email": clean_email}


def split_contact(text: str) -> dict[str, str]:
    """One "联系方式" cell as phone, e-mail and chat handle, by what each part looks like: an
    address is the e-mail, a phone number the phone, anything else the chat handle. A part
    labelled "电话：" / "邮箱：" / "微信：" goes where its label says (and is checked there).
    Several parts of one kind are joined with " / "."""
    found: dict[str, list[str]] = {}
    for raw in _PARTS_SPLIT.split(text.strip()):
        part = raw.strip()
        if not part:
            continue
        key = None
        labelled = _LABEL.match(_plain(part))
        if labelled and labelled.end() < len(_plain(part)):
            word = _LABEL_WORDS[int(str(labelled.lastgroup)[1:])]
            key = _LABEL_OF[word]
            part = _plain(part)[labelled.end() :].strip()
        if key is None:
            key = "email" if "@" in part or "＠" in part else (
                "phone" if is_phone(part) else "chat")
        found.setdefault(key, []).append(part)
    return {k: " / ".join(v) for k, v in found.items()}
