"""Strings of the workspace settings."""

from app.i18n import register

register({
    "field.settings.organisation": ("Organisation", "单位名称"),
})
