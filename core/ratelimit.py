"""Counting how often a client does something, where every process sees the count.

The counters live in the "ratelimit" cache: Redis when REDIS_URL is set, otherwise a table in the database
(Django's DatabaseCache, table RATE_LIMIT_TABLE, created by core/migrations/0003). A cache in process
memory would not do: each gunicorn worker would keep its own count, and a limit of 5 would let 5 per worker
through.

A count is kept per fixed window (the window's number is part of the key), so a limit of 5 in 600 seconds
allows 5 from 10:00:00 to 10:09:59 and 5 more from 10:10:00. Increments are atomic: Redis increments in
place, and on the database the row is locked (PostgreSQL) or the transaction holds the write lock (SQLite,
whose transactions begin IMMEDIATE, see settings), so simultaneous requests cannot both read the same count.

Clients are counted by address (core.clientip); an IPv6 client by its /64 network, since one home or
server is usually given a whole /64 and could otherwise take a new address for every request. Keys hold a
keyed hash of the address, not the address itself.
"""

import ipaddress
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import BaseDatabaseCache, DatabaseCache
from django.db import connections, router, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from core.clientip import client_ip

logger = logging.getLogger(__name__)

CACHE_ALIAS = "ratelimit"
RATE_LIMIT_TABLE = "hls_ratelimit_cache"


@dataclass(frozen=True)
class Verdict:
    count: int  # this one included
    limit: int
    retry_after: int  # seconds until the window ends

    @property
    def allowed(self) -> bool:
        return self.count <= self.limit


def cache():
    """The "ratelimit" cache; where CACHES names none (a test or a settings file that replaced CACHES
    whole), the database table all the same, which the migration always creates."""
    if CACHE_ALIAS in settings.CACHES:
        return caches[CACHE_ALIAS]
    return DatabaseCache(RATE_LIMIT_TABLE, {})


def client_key(request) -> str:
    """Who the client is, for counting: its address, or its /64 network for IPv6."""
    address = client_ip(request)
    if address is None:
        return "unknown"
    ip = ipaddress.ip_address(address)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return address


def hit(scope: str, who: str, limit: int, window: int) -> Verdict:
    """Count one more `scope` action by `who` (a client key, an email address...) in the current window."""
    window = max(int(window), 1)
    now = time.time()
    number = int(now // window)
    retry_after = max(int((number + 1) * window - now), 1)
    digest = salted_hmac("core.ratelimit", f"{scope}\n{who}").hexdigest()[:32]
    key = f"rl:{scope}:{digest}:{window}:{number}"
    # Kept a little past the window's end, then the key is dead anyway (the next window has another).
    count = _increment(cache(), key, timeout=retry_after + 60)
    return Verdict(count=count, limit=limit, retry_after=retry_after)


def hit_client(request, scope: str, limit: int, window: int) -> Verdict:
    return hit(scope, client_key(request), limit, window)


def _increment(store, key: str, timeout: int) -> int:
    if isinstance(store, BaseDatabaseCache):
        # A database that is away fails the request anyway (core.health answers 503).
        return _increment_in_database(store, key, timeout)
    try:
        if store.add(key, 1, timeout):
            return 1
        try:
            return store.incr(key)  # atomic on Redis, and keeps the key's expiry
        except ValueError:  # expired between add and incr
            store.set(key, 1, timeout)
            return 1
    except Exception:
        # Redis away: let the request through rather than fail it; the site works, uncounted, meanwhile.
        logger.warning("Rate-limit cache unavailable; %s not counted", key.split(":")[1], exc_info=True)
        return 0


def _increment_in_database(store, key: str, timeout: int) -> int:
    # DatabaseCache.incr is a read then a write with no lock, and its write resets the expiry to the cache's
    # default: both wrong for a counter. So: lock the row, read, write, in one transaction on the primary.
    database = router.db_for_write(store.cache_model_class)
    connection = connections[database]
    table = connection.ops.quote_name(store._table)
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    for _attempt in range(3):
        with transaction.atomic(using=database):
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT cache_key FROM {table} WHERE cache_key = %s{lock}",
                    [store.make_and_validate_key(key)],
                )
            count = store.get(key)
            if count is not None:
                store.set(key, count + 1, timeout)
                return count + 1
            if store.add(key, 1, timeout):
                return 1
        # Another request created the row between our read and our add: lock it and read again.
    raise RuntimeError(f"Could not count {key} in the rate-limit table")  # pragma: no cover


def purge_expired() -> int:
    """Delete expired counters from the database table (DatabaseCache only removes them when it is full).
    Returns how many were deleted; 0 with Redis, which expires keys itself."""
    store = cache()
    if not isinstance(store, BaseDatabaseCache):
        return 0
    database = router.db_for_write(store.cache_model_class)
    connection = connections[database]
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {connection.ops.quote_name(store._table)} WHERE expires < %s",
            [connection.ops.adapt_datetimefield_value(timezone.now().replace(microsecond=0))],
        )
        return cursor.rowcount
