"""How a newsletter copy leaves the site, and what came of it: sent, or which kind of failure.

Delivery (newsletter/delivery.py) never looks at a mail library's exceptions. It hands each message to a
transport and reads only the `Outcome`, so its retry rules hold whatever sends the mail:

- SENT: accepted; the copy is marked sent.
- PERMANENT: this message will never be accepted (the address does not exist); recorded as failed, never
  retried.
- TEMPORARY: refused for now ("try again later"); retried after growing delays, then recorded as failed.
- CONNECTION: the server or service, not the message, is the problem (away, refused, timed out, bad
  login); the run stops, every copy waits, and nobody is ever given up on.

`NEWSLETTER_TRANSPORT` names the transport class (default `SMTPTransport`). An email service reached
through another Django email backend, such as django-anymail's, needs a transport that reads that
backend's errors: docs/newsletter.md, "Sending through an email service".
"""

import smtplib
from dataclasses import dataclass, field
from enum import StrEnum

from django.conf import settings
from django.core.mail import get_connection
from django.utils.module_loading import import_string

DEFAULT_TRANSPORT = "newsletter.transport.SMTPTransport"


class Kind(StrEnum):
    SENT = "sent"
    PERMANENT = "permanent"
    TEMPORARY = "temporary"
    CONNECTION = "connection"


def describe(error):
    """What is recorded on the delivery row: the exception's class and message, or a text as given."""
    text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    return text[:1000]


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    detail: str = ""  # what the server or service answered, kept as the delivery's last error
    error: BaseException | None = field(default=None, compare=False)  # the exception, if one was raised

    @classmethod
    def sent(cls):
        return cls(Kind.SENT)

    @classmethod
    def failed(cls, kind, error):
        """A failure of `kind`, from an exception or a text (e.g. an ESP's status for the message)."""
        return cls(Kind(kind), describe(error), error if isinstance(error, BaseException) else None)

    @classmethod
    def permanent(cls, error):
        return cls.failed(Kind.PERMANENT, error)

    @classmethod
    def temporary(cls, error):
        return cls.failed(Kind.TEMPORARY, error)

    @classmethod
    def connection(cls, error):
        return cls.failed(Kind.CONNECTION, error)


class EmailBackendTransport:
    """Sends through a Django email backend, one connection for the whole run.

    `backend` is the backend's dotted path (None: `EMAIL_BACKEND`); `connection` passes an open backend
    instead. Subclasses say what the backend's errors mean in `classify`, and may look at a message the
    backend accepted in `accepted` (an ESP can accept a call yet reject the address).
    """

    backend = None

    def __init__(self, connection=None):
        self.connection = connection or get_connection(self.backend)

    def send(self, message):
        try:
            self.connection.open()  # does nothing while the connection is open
            self.connection.send_messages([message])
        except Exception as error:  # only the outcome leaves here; SystemExit and the like pass through
            return self.classify(error)
        return self.accepted(message)

    def classify(self, error):
        """Unknown errors are temporary: retried a few times, then recorded as failed."""
        return Outcome.temporary(error)

    def accepted(self, message):
        return Outcome.sent()

    def close(self):
        self.connection.close()


class SMTPTransport(EmailBackendTransport):
    """The default: Django's EMAIL_BACKEND (SMTP in production), reading smtplib's exceptions and codes.

    Development and test backends (the folder and memory ones) raise nothing, so every copy is sent.
    """

    def classify(self, error):
        if isinstance(error, smtplib.SMTPRecipientsRefused):
            codes = [code for code, _msg in error.recipients.values()]
            permanent = codes and all(500 <= code < 600 for code in codes)
            return Outcome.permanent(error) if permanent else Outcome.temporary(error)
        if isinstance(error, smtplib.SMTPDataError):
            return Outcome.permanent(error) if 500 <= error.smtp_code < 600 else Outcome.temporary(error)
        if isinstance(error, smtplib.SMTPResponseException) and 400 <= error.smtp_code < 500:
            if not isinstance(error, smtplib.SMTPSenderRefused | smtplib.SMTPHeloError):
                return Outcome.temporary(error)
        if isinstance(error, smtplib.SMTPException | OSError):
            # Disconnected, refused, timed out, bad login or sender: nothing will get through right now.
            return Outcome.connection(error)
        return Outcome.temporary(error)


def get_transport(connection=None):
    """A new transport of the class `NEWSLETTER_TRANSPORT` names, over `connection` if one is given."""
    transport_class = import_string(getattr(settings, "NEWSLETTER_TRANSPORT", DEFAULT_TRANSPORT))
    return transport_class(connection=connection)
