import json

from django import template

register = template.Library()


@register.filter
def for_reviewers(props, page_perms):
    """wagtail-localize's translation editor props, without "Convert to alias page" for people who may not
    publish the page: converting shows the original's text live at once (editorial/translation_review.py)."""
    if page_perms is None or page_perms.can_publish():
        return props
    data = json.loads(props)
    data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data)
