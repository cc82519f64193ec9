"""A form that arrives with a part missing answers 400 "incomplete", not 500.

Wagtail reads some of its editors' form fields without a default: a StreamField reads `body-count` (and
each block's `-type`, `-order`, `-deleted`), a ListBlock its `-count`, with `data[key]`, so a page edit
form posted without them (a truncated request, a hand-made POST, a browser extension that strips hidden
inputs) raises MultiValueDictKeyError and answers 500. That is the client's fault, not the server's.

Why a middleware and not a form-level fix: the lookups are spread through Wagtail's block widgets
(StreamBlock, ListBlock, each block's value_from_datadict) and run again whenever the form is rendered,
so catching them per form would mean patching each block type. Here one check covers every view, admin
or not, that reads request data by key. It is sound because it answers 400 only when the key the code
looked for is really absent from what the client sent (query string, form fields and files); a
MultiValueDictKeyError about any other dictionary is a bug of ours and still reaches the 500 page.
"""

import logging

from django.http import HttpResponseBadRequest, JsonResponse
from django.template import loader
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.translation import gettext

logger = logging.getLogger(__name__)


def _missing_from_request(request, exception):
    if not isinstance(exception, MultiValueDictKeyError) or not exception.args:
        return None
    key = exception.args[0]
    if not isinstance(key, str):
        return None
    sent = [request.GET, request.FILES]
    if request.method == "POST":
        sent.append(request.POST)
    if any(key in data for data in sent):
        return None
    return key


class IncompleteFormMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        key = _missing_from_request(request, exception)
        if key is None:
            return None
        logger.warning("Incomplete form data for %s %s: no %r", request.method, request.path, key)
        message = gettext(
            "The form arrived incomplete: a part called “%(field)s” was missing, so nothing was saved. "
            "Open the form again, make your changes and save once more."
        ) % {"field": key}
        if not request.accepts("text/html"):
            # Wagtail's autosave and other script callers read this shape (JsonPostResponseMixin).
            return JsonResponse(
                {"success": False, "error_code": "incomplete_form", "error_message": message}, status=400
            )
        html = loader.get_template("400.html").render(
            {
                "message": message,
                "form_url": request.path if request.method == "POST" else "",
            }
        )
        response = HttpResponseBadRequest(html)
        response["Cache-Control"] = "no-store"
        return response
