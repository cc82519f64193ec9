"""Pictures drawn locally with Pillow, so the demo needs no network and no image files in the repository.

Each picture is derived from a seed string, so the same case study always gets the same picture.
"""

import io
import math
import random
import zlib

from PIL import Image, ImageDraw, ImageFont

HERO_SIZE = (1600, 900)
LOGO_SIZE = (400, 400)

# (sky top, sky bottom, sun, far hills, near hills): calm palettes that keep white text readable.
PALETTES = [
    ("#1d3557", "#f1a17c", "#ffe8c2", "#457b9d", "#1d3557"),
    ("#264653", "#e9c46a", "#fff3d1", "#2a9d8f", "#1f4f4a"),
    ("#3d2c5e", "#f4a3a8", "#ffe1e4", "#7a5c9e", "#2f2247"),
    ("#0f4c5c", "#9fd8cb", "#f6fff8", "#3a7d6f", "#0b3640"),
    ("#5c3d2e", "#f2cc8f", "#fff6e0", "#b5835a", "#4a2f22"),
    ("#22333b", "#c6dabf", "#f2f7ee", "#5e7d6a", "#1a2a2f"),
    ("#4a1942", "#f7b267", "#ffe5c4", "#893168", "#2e0f2a"),
    ("#003049", "#fcbf49", "#fff1c9", "#3d6b8c", "#00263a"),
]


def _rng(seed: str) -> random.Random:
    # crc32 rather than hash(): Python randomises str hashes per process.
    return random.Random(zlib.crc32(seed.encode("utf-8")))


def _hex(colour: str, alpha: int = 255) -> tuple[int, int, int, int]:
    colour = colour.lstrip("#")
    return (int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16), alpha)


def _vertical_gradient(size, top, bottom) -> Image.Image:
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _layer(picture: Image.Image, paint) -> Image.Image:
    """Paint on a transparent layer and blend it in, so translucent shapes mix with what is beneath."""
    layer = Image.new("RGBA", picture.size, (0, 0, 0, 0))
    paint(ImageDraw.Draw(layer))
    return Image.alpha_composite(picture, layer)


def _paint_sun(picture, rng, colour):
    width, height = picture.size
    # Keep the sun left of centre, clear of the large initial in the bottom right.
    cx, cy = rng.randint(width // 8, width * 11 // 20), rng.randint(height // 6, height // 2)
    radius = rng.randint(70, 130)
    # A stepped radial glow: a mask whose rings grow brighter towards the centre.
    glow = Image.new("L", picture.size, 0)
    glow_draw = ImageDraw.Draw(glow)
    for step in range(8, 0, -1):
        r = radius + step * 24
        glow_draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=90 - step * 10)
    picture.paste(_hex(colour), mask=glow)
    return _layer(
        picture, lambda d: d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=_hex(colour))
    )


def _paint_bubbles(picture, rng):
    width, height = picture.size
    bubbles = []
    for _ in range(rng.randint(4, 8)):
        r = rng.randint(12, 60)
        x, y = rng.randint(0, width), rng.randint(0, height // 2)
        bubbles.append(((x - r, y - r, x + r, y + r), (255, 255, 255, rng.randint(20, 55))))

    def paint(draw):
        for box, fill in bubbles:
            draw.ellipse(box, fill=fill)

    return _layer(picture, paint)


def _paint_hills(picture, rng, colour, base, amplitude, alpha):
    width, height = picture.size
    waves = [(rng.uniform(0.5, 2.5), rng.uniform(0, math.tau), rng.uniform(0.4, 1.0)) for _ in range(3)]
    points = [(0, height)]
    for x in range(0, width + 40, 40):
        y = base + sum(a * amplitude * math.sin(f * math.tau * x / width + p) for f, p, a in waves) / 2
        points.append((x, y))
    points.append((width, height))
    return _layer(picture, lambda d: d.polygon(points, fill=_hex(colour, alpha)))


def _paint_initial(picture, letter):
    width, height = picture.size
    font = ImageFont.load_default(size=height * 2 // 3)
    return _layer(
        picture,
        lambda d: d.text((width - 60, height - 40), letter, font=font, fill=(255, 255, 255, 70), anchor="rd"),
    )


def landscape_jpeg(seed: str, initial: str = "", size=HERO_SIZE, quality: int = 80) -> bytes:
    """An abstract landscape: a gradient sky, a sun, rolling hills and an optional large initial."""
    rng = _rng(seed)
    sky_top, sky_bottom, sun, far, near = PALETTES[rng.randrange(len(PALETTES))]
    picture = _vertical_gradient(size, sky_top, sky_bottom).convert("RGBA")
    picture = _paint_bubbles(picture, rng)
    picture = _paint_sun(picture, rng, sun)
    height = size[1]
    picture = _paint_hills(picture, rng, far, base=height * 0.62, amplitude=height * 0.12, alpha=170)
    picture = _paint_hills(picture, rng, near, base=height * 0.78, amplitude=height * 0.08, alpha=235)
    if initial:
        picture = _paint_initial(picture, initial[:1].upper())
    return _encode(picture.convert("RGB"), "JPEG", quality=quality, optimize=True, progressive=True)


def logo_png(seed: str, initials: str) -> bytes:
    """A simple logo: initials in a coloured circle on a white background."""
    rng = _rng(seed)
    colour = PALETTES[rng.randrange(len(PALETTES))][rng.choice([0, 4])]
    picture = Image.new("RGB", LOGO_SIZE, "white")
    draw = ImageDraw.Draw(picture)
    margin = 24
    draw.ellipse((margin, margin, LOGO_SIZE[0] - margin, LOGO_SIZE[1] - margin), fill=colour)
    font = ImageFont.load_default(size=150 if len(initials) < 3 else 110)
    draw.text((LOGO_SIZE[0] / 2, LOGO_SIZE[1] / 2), initials, font=font, fill="white", anchor="mm")
    return _encode(picture, "PNG", optimize=True)


def _encode(picture: Image.Image, image_format: str, **options) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format=image_format, **options)
    return buffer.getvalue()
