"""The visitor's address: the one function everything that limits or records a client uses (the sign-up
limit, the search log cap, password reset limits, and django-axes through AXES_CLIENT_IP_CALLABLE).

Behind proxies, REMOTE_ADDR is the nearest proxy's address and X-Forwarded-For lists the addresses the
request came through, each proxy appending the one it saw. Only the entries our own proxies appended can
be trusted: everything to their left was written by the client and may be anything. So with
TRUSTED_PROXY_COUNT proxies in front of the site, the client is the TRUSTED_PROXY_COUNT-th entry from the
right of CLIENT_IP_HEADER; with 0 (the default) the header is ignored and REMOTE_ADDR is the client.
"""

import ipaddress

from django.conf import settings

# Longer than any honest chain of proxies. Only the right-hand end of a longer header is read: the client can
# pad the left as it likes, and that must change nothing.
MAX_HEADER_CHARS = 2_000


def _meta_name(header: str) -> str:
    """CLIENT_IP_HEADER as request.META names it: `X-Forwarded-For` and `HTTP_X_FORWARDED_FOR` both work."""
    name = header.strip().upper().replace("-", "_")
    return name if name.startswith("HTTP_") or name == "REMOTE_ADDR" else f"HTTP_{name}"


def normalise(value: str | None) -> str | None:
    """An address written the one canonical way, or None if `value` is not an address.

    Accepts what proxies write besides a bare address: a port (`203.0.113.9:51234`, `[2001:db8::1]:443`)
    and an IPv6 zone (`fe80::1%eth0`), which are dropped. An IPv4 address mapped into IPv6 is the IPv4 one.
    """
    if not value:
        return None
    value = value.strip()
    if value.startswith("["):  # [IPv6]:port
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:  # IPv4:port (an IPv6 address has at least two colons)
        value = value.split(":", 1)[0]
    value = value.split("%", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return str(address)


def client_ip(request) -> str | None:
    """The client's address, or None when even REMOTE_ADDR holds none (which never happens over TCP)."""
    remote = normalise(request.META.get("REMOTE_ADDR"))
    hops = settings.TRUSTED_PROXY_COUNT
    if hops <= 0:
        return remote
    header = request.META.get(_meta_name(settings.CLIENT_IP_HEADER or "X-Forwarded-For"), "")
    entries = header[-MAX_HEADER_CHARS:].split(",")
    if len(entries) < hops:
        # Fewer entries than proxies: the request did not come through all of them (or the header was
        # set by the client alone); the connecting address is the only one that is known.
        return remote
    return normalise(entries[-hops]) or remote
