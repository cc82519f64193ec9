"""Development email: each message becomes files a newcomer can open, instead of going to a mail server.

Django's own file backend appends every message to one log file per process, in raw MIME that nobody can
read. This writes one `.eml` per message (double-click opens it in a mail program) and, when the message
has an HTML part, a `.html` copy beside it to open in a browser.
"""

import re
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django.utils.crypto import get_random_string


def _slug(text, length=40):
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:length] or "message"


class FolderEmailBackend(BaseEmailBackend):
    def __init__(self, *, file_path=None, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.folder = Path(file_path or settings.EMAIL_FILE_PATH)

    def send_messages(self, email_messages):
        self.folder.mkdir(parents=True, exist_ok=True)
        for message in email_messages:
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
            name = f"{stamp}-{_slug(message.to[0] if message.to else '')}-{_slug(message.subject)}"
            name += f"-{get_random_string(4)}"
            (self.folder / f"{name}.eml").write_bytes(message.message().as_bytes(linesep="\r\n"))
            for content, mimetype in getattr(message, "alternatives", []):
                if mimetype == "text/html":
                    (self.folder / f"{name}.html").write_text(content, encoding="utf-8")
        return len(email_messages)
