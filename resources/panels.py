from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class DocumentTextPanel(Panel):
    """Tells the editor whether search could read the words in the chosen document, and why not."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Search in the document"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/document_text_panel.html"

        def is_shown(self):
            return bool(getattr(self.instance, "document_id", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            document = context["document"] = self.instance.document
            # Its words are kept out of the public index while it is private (ResourcePage.search_fields).
            context["document_is_private"] = document is not None and not document.is_public
            return context
