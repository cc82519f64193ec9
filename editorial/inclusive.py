"""The inclusive-language check: terms from an editable list (the InclusiveTerm snippet) flagged in the
editor's content checker, each with why and the suggested alternative.

Wagtail's content checker runs axe in the page preview. axe checks markup, not words, so the preview marks
each listed term where it occurs in the page's main content (`mark_terms`: a plain
`<span data-hls-term="ID">`, only in previews, never on the public site or in an email), and the checker
gets one rule per term that flags its marks (`InclusiveLanguageCheckerItem`). The rule's check is axe's
own "attribute is present and not empty" test, asked about an attribute the marks never have, so each
mark is reported; no JavaScript of ours runs. The check informs: it never stops a page being saved or
published.
"""

import html
import re

from wagtail.admin.userbar import ContentCheckerItem

RULE_PREFIX = "hls-inclusive-language-"
CHECK_ID = "hls-listed-term"
TAG = "hls-inclusive-language"
MARK_ATTRIBUTE = "data-hls-term"
# Never on a mark, so axe's attr-non-space-content check fails for every mark: that is the flag.
ABSENT_ATTRIBUTE = "data-hls-term-reviewed"

_SEPARATOR = r"[\s\-\u2010\u2011]+"  # spaces or hyphens: "hard to reach" also finds "hard-to-reach"
_APOSTROPHES = "['\u2019]"


def term_pattern(term):
    """A regular expression matching `term` as whole words, any capitals, singular or plural: "service
    users" also finds "Service User" and "service-users"."""
    words = [word for word in re.split(r"[\s\-\u2010\u2011]+", term.strip()) if word]
    if not words:
        return None
    last = words[-1]
    if len(last) > 3 and last.lower().endswith("s") and not last.lower().endswith("ss"):
        words[-1] = last[:-1]  # the plural s is optional below, so the singular is found too
    parts = [re.escape(word).replace("'", _APOSTROPHES).replace("\u2019", _APOSTROPHES) for word in words]
    return rf"(?<!\w){_SEPARATOR.join(parts)}(?:e?s)?(?!\w)"


def compile_terms(terms):
    """One regular expression for all the terms, longest first so "service users" beats "users"."""
    patterns = []
    for term in sorted(terms, key=lambda t: len(t.term), reverse=True):
        pattern = term_pattern(term.term)
        if pattern:
            patterns.append((f"t{term.pk}", pattern))
    if not patterns:
        return None
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in patterns), re.IGNORECASE)


def find_terms(text, terms):
    """[(term, matched text)] for each listed term found in plain `text`, in order."""
    regex = compile_terms(terms)
    if regex is None:
        return []
    by_group = {f"t{term.pk}": term for term in terms}
    return [(by_group[match.lastgroup], match.group()) for match in regex.finditer(text)]


_MAIN = re.compile(r"(<main\b[^>]*>)(.*)(</main>)", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
_RAW_TEXT = {"script", "style", "textarea", "template", "noscript", "title"}


def _mark_text(text, regex):
    plain = html.unescape(text)
    out, position, found = [], 0, 0
    for match in regex.finditer(plain):
        term_id = match.lastgroup[1:]
        out.append(html.escape(plain[position : match.start()], quote=False))
        out.append(f'<span {MARK_ATTRIBUTE}="{term_id}">{html.escape(match.group(), quote=False)}</span>')
        position = match.end()
        found += 1
    if not found:
        return text, 0
    out.append(html.escape(plain[position:], quote=False))
    return "".join(out), found


def mark_terms(document, terms):
    """`document` (a whole HTML page) with each listed term in its <main> wrapped in a mark for the checker.

    Only text between tags is touched: tags, attributes, comments and the insides of script, style and
    similar elements are left exactly as they were. Returns (html, number of marks).
    """
    regex = compile_terms(terms)
    main = _MAIN.search(document)
    if regex is None or main is None:
        return document, 0
    pieces = _TAG.split(main.group(2))
    raw_until = None  # inside <script> and the like, the name of the closing tag awaited
    total = 0
    for i, piece in enumerate(pieces):
        if i % 2:  # a tag or a comment
            name = re.match(r"</?\s*([a-zA-Z0-9-]+)", piece)
            if name and not piece.startswith("<!--"):
                tag = name.group(1).lower()
                if (
                    raw_until is None
                    and not piece.startswith("</")
                    and tag in _RAW_TEXT
                    and not piece.endswith("/>")
                ):
                    raw_until = tag
                elif raw_until == tag and piece.startswith("</"):
                    raw_until = None
            continue
        if raw_until is None and piece.strip():
            pieces[i], found = _mark_text(piece, regex)
            total += found
    if not total:
        return document, 0
    marked = main.group(1) + "".join(pieces) + main.group(3)
    return document[: main.start()] + marked + document[main.end() :], total


def terms_for_locale(locale_id):
    from editorial.models import InclusiveTerm

    return list(InclusiveTerm.objects.filter(locale_id=locale_id).order_by("term", "pk"))


def mark_preview_response(page, request, response):
    """Mark the listed terms in an HTML preview of `page` (not in an email being sent)."""
    if getattr(request, "newsletter_email", False):
        return response
    if getattr(response, "streaming", False) or "html" not in response.get("Content-Type", ""):
        return response
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    terms = terms_for_locale(page.locale_id)
    if not terms:
        return response
    charset = response.charset or "utf-8"
    marked, found = mark_terms(response.content.decode(charset), terms)
    if found:
        response.content = marked.encode(charset)
    return response


def rule_id(term):
    return f"{RULE_PREFIX}{term.pk}"


class InclusiveLanguageCheckerItem(ContentCheckerItem):
    """Wagtail's content checker, plus one rule per listed term of the page's language."""

    def __init__(self, terms, in_editor=False):
        super().__init__(in_editor=in_editor)
        self.terms = list(terms)

    def get_axe_run_only(self, request):
        run_only = super().get_axe_run_only(request)
        if not run_only:  # every rule runs, ours included
            return run_only
        return [*run_only, *(rule_id(term) for term in self.terms)]

    def get_axe_custom_rules(self, request):
        return [
            *super().get_axe_custom_rules(request),
            *(
                {
                    "id": rule_id(term),
                    "impact": "minor",
                    "selector": f'[{MARK_ATTRIBUTE}="{term.pk}"]',
                    "tags": [TAG],
                    "any": [CHECK_ID],
                    "enabled": True,
                }
                for term in self.terms
            ),
        ]

    def get_axe_custom_checks(self, request):
        return [
            *super().get_axe_custom_checks(request),
            {
                "id": CHECK_ID,
                "evaluate": "attr-non-space-content-evaluate",
                "options": {"attribute": ABSENT_ATTRIBUTE},
            },
        ]

    def get_axe_messages(self, request):
        messages = dict(super().get_axe_messages(request))
        for term in self.terms:
            messages[rule_id(term)] = {
                "error_name": f"‘{term.term}’: consider ‘{term.suggestion}’",
                "help_text": term.why,
            }
        return messages
