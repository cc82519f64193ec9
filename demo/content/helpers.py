"""The references the loader resolves once their targets exist, and the block builders: each returns
one raw StreamField block."""

from dataclasses import dataclass
from datetime import time

from demo.content.media import VIDEOS

# --- References resolved by the command once the things they point at exist --------------------------


@dataclass(frozen=True)
class ImageRef:
    key: str


@dataclass(frozen=True)
class DocumentRef:
    key: str


@dataclass(frozen=True)
class PageRef:
    """A page by slug: the case study library, an English case study or (in newsletter issues) an English
    resource or the resources library."""

    slug: str


@dataclass(frozen=True)
class AfterGoLive:
    """A moment some days after a scheduled issue goes live, in UK time: its events move with the schedule."""

    days: int
    at: time


# --- Body block helpers: each returns one raw StreamField block -------------------------------------


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*paragraphs):
    """Each argument is one paragraph of inline HTML, or an already complete block such as a <ul>."""
    html = "".join(p if p.startswith("<ul>") else f"<p>{p}</p>" for p in paragraphs)
    return {"type": "paragraph", "value": html}


def image(key, alt_text="", caption="", credit="", decorative=False):
    value = {"image": ImageRef(key), "decorative": decorative, "alt_text": "" if decorative else alt_text}
    return {"type": "image", "value": {"image": value, "caption": caption, "credit": credit}}


@dataclass(frozen=True)
class DaysFromLoad:
    """A date this many days after the day the demo is loaded (before it, when negative)."""

    days: int


def quote(
    text, attribution="", role="", *, name="", identified_as="anonymous", given_on=None, valid_until=None
):
    """A quote with its consent record. The people quoted in the demo are anonymous unless they speak for
    an organisation in public (a chief executive, say), as a real site's would be."""
    consent = {"identified_as": identified_as, "given_on": given_on, "valid_until": valid_until}
    return {
        "type": "quote",
        "value": {"quote": text, "name": name, "attribution": attribution, "role": role, "consent": consent},
    }


def key_figures(title, *figures):
    # Plain list items: Wagtail gives each its block id when the page is saved.
    items = [{"figure": f, "label": label} for f, label in figures]
    return {"type": "key_figures", "value": {"heading": title, "figures": items}}


def video(key, title, transcript=""):
    return {"type": "video", "value": {"video": VIDEOS[key]["url"], "title": title, "transcript": transcript}}


def document(key, title="", description=""):
    return {
        "type": "document",
        "value": {"document": DocumentRef(key), "title": title, "description": description},
    }


def call_to_action(title, button_label, text="", page=None, url=""):
    """Exactly one of `page` (a slug) and `url`, as the block's own validation demands."""
    if bool(page) == bool(url):
        raise ValueError(f"Call to action {title!r} needs exactly one of page and url.")
    return {
        "type": "call_to_action",
        "value": {
            "heading": title,
            "text": text,
            "button_label": button_label,
            "page": PageRef(page) if page else None,
            "url": url,
        },
    }


def newsletter_signup(heading, text=""):
    return {"type": "newsletter_signup", "value": {"heading": heading, "text": text}}


def hero_alt(letter):
    """Alt text that tells the truth about the generated pictures: abstract, with one large letter."""
    return f"Abstract illustration of hills under a low sun, with a large letter {letter}"
