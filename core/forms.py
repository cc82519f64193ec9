from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm

from core.models import TaxonomyTerm


class PublishChecksMixin:
    """Tell the page whether this is a draft save (Wagtail defers required fields then), so the model's
    publish-time checks, such as alt text for a picture, wait until the page is submitted or published."""

    def clean(self):
        self.instance._deferring_publish_checks = bool(getattr(self, "is_deferred_validation", False))
        return super().clean()


class TaxonomyPageForm(PublishChecksMixin, WagtailAdminPageForm):
    """Offer editors only the taxonomy terms of the page's own language.

    Every translation of a term is a row of its own, so without this an English editor would see
    'Human' and 'Dynol' side by side. Terms already linked stay on offer, so nothing is lost on save.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if not locale_id:
            return
        for name, field in self.fields.items():
            # Every field choosing terms of the shared vocabulary, whatever the page type calls it.
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TaxonomyTerm):
                continue
            linked = self.initial.get(name)
            # A foreign key's initial value is one term or pk; a many-to-many's is a list, a queryset, or
            # (when the page is loaded from a revision) modelcluster's FakeQuerySet.
            if linked is None or linked == "":
                linked = []
            elif isinstance(linked, str | int) or hasattr(linked, "pk"):
                linked = [linked]
            linked_pks = [getattr(term, "pk", term) for term in linked]
            field.queryset = field.queryset.filter(Q(locale_id=locale_id) | Q(pk__in=linked_pks))
