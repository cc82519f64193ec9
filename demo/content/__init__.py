"""The demo site's words: taxonomy, home page, the case study library and twenty case studies, the
resources library with fifteen resources, and the newsletter with its issues.

Everything here is plain data. `load_demo_content` turns it into snippets, images, documents and pages,
finding existing things by slug or title so running it again changes nothing. Stories about the
partners named in the community's own write-up are retold in our own words; the councils, NHS bodies
and government teams are fictional but realistic.

One module per app's content; the names are re-exported here, so `from demo import content`
and `content.CASE_STUDIES` read as before.
"""

from demo.content.case_studies import CASE_STUDIES, INDEX
from demo.content.editorial import CONSENT_GATHERED, INCLUSIVE_TERMS
from demo.content.helpers import (
    AfterGoLive,
    DaysFromLoad,
    DocumentRef,
    ImageRef,
    PageRef,
    call_to_action,
    document,
    heading,
    hero_alt,
    image,
    key_figures,
    newsletter_signup,
    paragraph,
    quote,
    video,
)
from demo.content.home import HOME
from demo.content.media import BODY_IMAGES, DOCUMENTS, VIDEOS
from demo.content.newsletter import (
    EVENTS_URL,
    GO_LIVE_TIME,
    LEARNING_COMMUNITIES_URL,
    NEWSLETTER_HERO_ALT,
    NEWSLETTER_INDEX,
    NEWSLETTER_ISSUES,
    SUBSCRIBER_CONSENT,
    SUBSCRIBERS,
    event,
    featured_case_study,
    featured_resource,
    news_item,
)
from demo.content.resources import RESOURCE_DOCUMENTS, RESOURCE_INDEX, RESOURCES, SEARCHABLE_PHRASES
from demo.content.taxonomy import ORGANISATIONS, REGIONS, SECTORS, THEMES

__all__ = [
    "ImageRef",
    "DocumentRef",
    "PageRef",
    "AfterGoLive",
    "heading",
    "paragraph",
    "image",
    "DaysFromLoad",
    "quote",
    "key_figures",
    "video",
    "document",
    "call_to_action",
    "newsletter_signup",
    "hero_alt",
    "THEMES",
    "SECTORS",
    "REGIONS",
    "ORGANISATIONS",
    "BODY_IMAGES",
    "VIDEOS",
    "DOCUMENTS",
    "HOME",
    "INDEX",
    "CASE_STUDIES",
    "RESOURCE_INDEX",
    "SEARCHABLE_PHRASES",
    "RESOURCE_DOCUMENTS",
    "RESOURCES",
    "featured_case_study",
    "featured_resource",
    "news_item",
    "event",
    "NEWSLETTER_INDEX",
    "NEWSLETTER_HERO_ALT",
    "LEARNING_COMMUNITIES_URL",
    "EVENTS_URL",
    "GO_LIVE_TIME",
    "NEWSLETTER_ISSUES",
    "SUBSCRIBERS",
    "SUBSCRIBER_CONSENT",
    "CONSENT_GATHERED",
    "INCLUSIVE_TERMS",
]
