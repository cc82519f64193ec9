"""Wagtail looks for hooks here; the newsletter's live in its admin package."""

from newsletter.admin import hooks  # noqa: F401  (registers the hooks on import)
