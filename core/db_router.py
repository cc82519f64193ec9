"""Reads from the replica (DATABASE_REPLICA_URL) for the requests that only read and are never kept in
the page cache: site search and the open data API. Everything else uses the primary: the admin, every
form post, the worker and the scheduler, every page the page cache keeps (a replica a moment behind
must not put an old page in the cache under the new content version), and anything in a transaction.
"""

from contextvars import ContextVar

from django.db import connections

_use_replica: ContextVar[bool] = ContextVar("use_replica", default=False)

REPLICA_PATHS = ("/search/", "/api/v2/")


def replica_allowed_for(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    path = request.path_info
    # /cy/search/, /ur/search/ as well as /search/.
    return any(path.startswith(prefix) or path[3:].startswith(prefix) for prefix in REPLICA_PATHS)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if _use_replica.get() and not connections["default"].in_atomic_block:
            return "replica"
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


class ReplicaMiddleware:
    """Marks the request as one that may read from the replica (see replica_allowed_for)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _use_replica.set(replica_allowed_for(request))
        try:
            return self.get_response(request)
        finally:
            _use_replica.reset(token)
