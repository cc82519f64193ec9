"""The interface between content types and the parts of the site that gather them.

A content app's page models declare what they are by inheriting one of the two mixins below and setting
its attributes. Search, the API, the libraries' navigation, the dashboards, the newsletter digest, the
page cache and the sitemap find page types through `content_page_types()` and `library_page_types()`,
never by importing a content app, so a new content type is a change to its own app
(docs/architecture.md, "Adding a content type").

The registry is Django's own app registry: every concrete page model that inherits a mixin is found, in
INSTALLED_APPS order (which is also the order search results break ties and the API's docs list types).
"""

from django.apps import apps


class _TaxonomyRelations:
    def __get__(self, instance, owner):
        return tuple(owner.taxonomy.values())


class ContentPage:
    """A page visitors find and read: a case study, a resource, a newsletter issue.

    Mix it in before BasePage (`class CaseStudyPage(ContentPage, BasePage)`) and set what applies.
    """

    # --- What it is called ---------------------------------------------------------------------------
    # The type's name on cards and search results, e.g. _("Case study").
    card_kind = ""
    # Its value of the search page's ?type= filter (e.g. "case-studies") and that option's label
    # (e.g. _("Case studies")). A type without a slug is searched but has no option of its own.
    type_slug = ""
    type_label = ""

    # --- Where it appears ----------------------------------------------------------------------------
    # Site search (/search/) and the partners' API (/api/v2/pages/).
    searchable = True
    # "Start the next issue" proposes this type's pages first published since the last issue, under
    # `digest_key` (the Digest attribute and the section heading's key, e.g. "case_studies").
    digest_key = ""
    # The editors' "scheduled to go live" dashboard panel lists this type's approved, scheduled pages
    # (the newsletter shows its issues in a panel of its own).
    in_scheduled_panel = True

    # --- Its taxonomy ----------------------------------------------------------------------------------
    # {facet key: relation}: the shared vocabulary this type is tagged with, e.g.
    # {"theme": "themes", "sector": "sectors", "region": "regions", "organisation": "organisation",
    #  "tag": "tagged_items__tag"}. Search builds its filters from it, the API its taxonomy parameters,
    # the search index keeps these terms on each entry (search/terms.py; `search_terms`), and lists read
    # the relations with the page rather than once per page.
    taxonomy = {}

    # --- Its card (templates/components/card.html) -----------------------------------------------------
    # card_image, card_organisation, card_date: properties of the page (None when it has none);
    # card_label: a short second label, e.g. a resource's type ("Toolkit").
    card_image = None
    card_organisation = None
    card_date = None
    card_label = ""

    @classmethod
    def card_queryset(cls, queryset, image_spec):
        """`queryset` with what a list of cards reads (picture and its rendition, organisation, themes)
        fetched in a fixed number of queries however long the list. Override to add the type's own."""
        return queryset

    # --- Serving ---------------------------------------------------------------------------------------
    # route_select_related (BasePage): foreign keys read with the page when it is served (core.routing).
    # alt_text_fields (BasePage): (image field, alt text field, "decorative" field) triples, checked
    # before publishing and on the alt-text dashboard.

    # search_terms: the taxonomy relations kept on each search index entry for the search page's
    # counts; the values of `taxonomy` unless a type sets its own tuple.
    search_terms = _TaxonomyRelations()


class LibraryPage:
    """The index page of a section, one per language: /case-studies/, /resources/, /newsletter/.

    `library_key` names it for templates ({% library_url "case_studies" %}) and the header and footer.
    """

    library_key = ""


def _concrete(mixin):
    return tuple(
        model
        for model in apps.get_models()
        if issubclass(model, mixin) and not model._meta.abstract and not model._meta.proxy
    )


def content_page_types(**wanted):
    """The concrete ContentPage models, in INSTALLED_APPS order, with every attribute in `wanted` equal to
    its value: `content_page_types(searchable=True)`."""
    return tuple(
        model
        for model in _concrete(ContentPage)
        if all(getattr(model, name) == value for name, value in wanted.items())
    )


def library_page_types():
    """{library_key: model} for every concrete LibraryPage model."""
    return {model.library_key: model for model in _concrete(LibraryPage)}


def taxonomy_lookups(key, models=None):
    """{model: relation} for the content types tagged with facet `key` ("theme", "organisation", ...)."""
    models = content_page_types(searchable=True) if models is None else models
    return {model: model.taxonomy[key] for model in models if key in model.taxonomy}
