from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail import hooks

from resources.models import ResourcePage


def _warn_if_document_unreadable(request, page):
    """After a save, tell the editor if search cannot read the words in the resource's document."""
    page = page.specific
    if not isinstance(page, ResourcePage) or page.document is None:
        return
    document = page.document
    if document.text_status in (document.TextStatus.FAILED, document.TextStatus.EMPTY):
        messages.warning(
            request,
            _(
                "Search cannot read the words in the document ‘%(title)s’. %(note)s The resource itself is saved."
            )
            % {"title": document.title, "note": document.text_note},
        )


@hooks.register("after_create_page")
def warn_after_create(request, page):
    _warn_if_document_unreadable(request, page)


@hooks.register("after_edit_page")
def warn_after_edit(request, page):
    _warn_if_document_unreadable(request, page)
