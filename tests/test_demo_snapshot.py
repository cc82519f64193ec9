"""The demo site renders the same pages as before the layering redesign (issue 20).

Every live page in every language, the filtered and paged libraries, search, feeds and sitemaps are
rendered for an anonymous visitor and compared, normalised, with the baseline recorded from the code before
the redesign (commit b1f7db8): tests/snapshot/demo_pages.py says what is normalised and how to record it.
A change that is meant to alter pages records a new baseline in the same commit.
"""

import difflib

import pytest
from django.test import Client

from tests.snapshot import demo_pages


@pytest.fixture
def snapshot(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    # Shifted id sequences: a database id that reaches a page is a difference, not a coincidence.
    demo_pages.load_demo_content(shift_ids=1000)
    return demo_pages.render_all(Client())


# Committed as it goes, as `manage.py load_demo_content` is: held in one test transaction, what the loader
# remembers mid-load would not be what a real load leaves. serialized_rollback: a plain transactional test
# recreates the content types with new ids, which later serialized_rollback tests then fail to load.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_demo_site_renders_the_same_pages_as_the_baseline(snapshot):
    baseline = demo_pages.read_baseline()
    assert sorted(snapshot) == sorted(baseline), "the set of pages changed"
    changed = [url for url in baseline if snapshot[url] != baseline[url]]
    diffs = [
        "\n".join(
            difflib.unified_diff(
                baseline[url].splitlines(), snapshot[url].splitlines(), url, url, lineterm="", n=1
            )
        )[:3000]
        for url in changed[:3]
    ]
    assert not changed, f"{len(changed)} pages differ from the baseline:\n" + "\n\n".join(diffs)
