"""RSS 2.0 and Atom feeds of a newsletter archive, one pair per language, with absolute links."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_LENGTH = 20


class IssuesRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, archive):
        super().__init__()
        self.archive = archive

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Content-Language"] = self.archive.locale.language_code
        return response

    def _absolute(self, url):
        return self.request.build_absolute_uri(url)

    def title(self):
        return self.archive.seo_title or self.archive.title

    def link(self):
        return self._absolute(self.archive.get_url(self.request))

    def feed_url(self):
        return self._absolute(self.request.path)

    def description(self):
        return self.archive.intro

    subtitle = description

    language = None  # Django then uses the active language: the archive's, from the URL prefix

    def items(self):
        return list(self.archive.visible_issues().defer_streamfields()[:FEED_LENGTH])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return self._absolute(item.get_url(self.request))

    def item_guid(self, item):
        return self.item_link(item)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at


class IssuesAtomFeed(IssuesRssFeed):
    feed_type = Atom1Feed
