"""`/healthz` for load balancers and process managers, and a 503 "try again" while the database is away.

The health check sits first in the middleware, so it answers before host validation and the HTTPS
redirect (a load balancer asks by IP address over plain HTTP), touches no session, cache or template,
and runs one `SELECT 1` on the default database: 200 `{"status": "ok"}`, or 503 `{"status": "unavailable"}`.
The reason goes to the log only: a database error names the server's host, port and role, and /healthz
answers anyone who asks.
"""

import json
import logging
import time

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.template import loader
from django.utils import translation

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"


def _json(payload, status):
    response = HttpResponse(json.dumps(payload), content_type="application/json", status=status)
    response["Cache-Control"] = "no-store"
    return response


def _drop_if_broken(connection):
    """Close a connection that no longer works, unless a transaction (a test's, say) still holds it."""
    if not connection.in_atomic_block:
        connection.close_if_unusable_or_obsolete()


def check_database():
    """None when the default database answers, else the error as text (for the log, never the response)."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        # The connection may be broken for good (a restarted server): drop it so the next try reconnects.
        _drop_if_broken(connections["default"])
        return f"{type(error).__name__}: {str(error).strip() or 'no detail'}"
    return None


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") != HEALTH_PATH or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        started = time.perf_counter()
        problem = check_database()
        elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
        if problem:
            logger.warning("Health check failed: %s", problem)
            return _json({"status": "unavailable", "database": "unavailable", "ms": elapsed_ms}, 503)
        return _json({"status": "ok", "database": "ok", "ms": elapsed_ms}, 200)


def service_unavailable(request):
    """The friendly 503 page: self-contained, like the 500 page, as the database is away."""
    template = loader.get_template("503.html")
    response = HttpResponse(
        template.render({"LANGUAGE_CODE": translation.get_language() or "en"}), status=503
    )
    response["Retry-After"] = "5"
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """A request that fails because the database cannot be reached (a restart, a failover, too many
    connections) gets 503 with Retry-After instead of the 500 page; the error is logged, and the broken
    connection dropped so the next request reconnects."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning(
            "Database unavailable for %s %s: %s", request.method, request.path, exception, exc_info=exception
        )
        for connection in connections.all(initialized_only=True):
            _drop_if_broken(connection)
        return service_unavailable(request)
