"""gunicorn's configuration (read from the working directory): `gunicorn site_config.wsgi`.

Every value comes from the environment, with defaults for one small machine. See docs/deploy.md.
"""

import json
import os

wsgi_app = "site_config.wsgi:application"
bind = [f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"]
# Synchronous workers: one request at a time each, so WEB_CONCURRENCY is also the most database
# connections one web process opens. About two per CPU core.
workers = int(os.environ.get("WEB_CONCURRENCY", str(2 * (os.cpu_count() or 1))))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))  # a worker stuck longer is restarted
graceful_timeout = 20
keepalive = 5  # seconds, behind a load balancer that reuses connections
# Restart each worker after this many requests (with jitter), so slow leaks never build up.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# Load the application once, before forking: workers start fast and share memory.
preload_app = True
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# No control socket (`gunicornc`): several servers on one machine would share its default path.
control_socket_disable = True
# The proxy addresses allowed to set X-Forwarded-For / -Proto (see SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs: one JSON object per line on stdout, like the site's own (LOG_FORMAT=text for plain lines).
accesslog = (
    "-" if os.environ.get("GUNICORN_ACCESS_LOG", "true").lower() in ("1", "true", "yes", "on") else None
)
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
if os.environ.get("LOG_FORMAT", "json") == "json":
    access_log_format = json.dumps(
        {
            "logger": "gunicorn.access",
            "remote": "%(h)s",
            "method": "%(m)s",
            "path": "%(U)s",
            "query": "%(q)s",
            "status": "%(s)s",
            "bytes": "%(B)s",
            "ms": "%(M)s",
            "referer": "%(f)s",
            "agent": "%(a)s",
        }
    )
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": "core.logs.JsonFormatter"},
            "access": {"format": "%(message)s"},
        },
        "handlers": {
            "error": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"},
            "access": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "access"},
        },
        "root": {"handlers": ["error"], "level": loglevel.upper()},
        "loggers": {
            "gunicorn.error": {"handlers": ["error"], "level": loglevel.upper(), "propagate": False},
            "gunicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        },
    }


def post_fork(server, worker):
    # Connections opened while loading the app (preload) must not be shared across processes.
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.close()
