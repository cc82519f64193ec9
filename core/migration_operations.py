"""StreamField data migrations shared by the apps whose bodies use the shared blocks (core/blocks.py)."""

from wagtail.blocks.migrations.operations import BaseBlockOperation


class AddQuoteConsentOperation(BaseBlockOperation):
    """Give a quote saved before quotes recorded consent its consent record and an empty name.

    Quotes then had only a free description ("A young person at Lighthouse"), never a separate name, so
    they become anonymous: the description and role are shown as before, and a name is never shown. The
    date consent was given is unknown, so it stays empty; the consent report lists these quotes as "consent
    not recorded" and the editor fills it in when they next edit the page.
    """

    def apply(self, block_value):
        value = dict(block_value or {})
        value.setdefault("name", "")
        consent = dict(value.get("consent") or {})
        consent.setdefault("identified_as", "anonymous")
        consent.setdefault("given_on", None)
        consent.setdefault("valid_until", None)
        value["consent"] = consent
        return value

    @property
    def operation_name_fragment(self):
        return "add_quote_consent"
