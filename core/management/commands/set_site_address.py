"""Point the default Site at the address the site is served on, so absolute links (emails, feeds, the
sitemap, canonical links) lead somewhere that works. `make run` uses it for 127.0.0.1:8000; production
sets its public hostname and 443 once (see docs)."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = "Set the default Wagtail Site's hostname and port."

    def add_arguments(self, parser):
        parser.add_argument("hostname")
        parser.add_argument("port", type=int)

    def handle(self, *args, hostname, port, **options):
        if not 0 < port < 65536:
            raise CommandError(f"{port} is not a port number.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site. Run `manage.py migrate` first.")
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save()
            self.stdout.write(f"The site's address is now {site.root_url}")
