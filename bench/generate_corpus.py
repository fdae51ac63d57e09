"""Write a synthetic news corpus shaped like the seed documents in seeds/.

About 80% are feed documents (YAML front matter between `---` lines, with 6 to 14 related
items) and 20% plain-text posts (title, "Posted on ..." line, paragraphs). Every choice comes
from `random.Random(seed)`, so a seed always gives the same files. Related items are drawn from
a pool of 3*N stories whose first N are the documents themselves, so stories recur across
documents, sometimes under their AMP or AMP-cache address.

    python bench/generate_corpus.py 1000 bench/corpus/1000 --seed 0
"""

import argparse
import base64
import datetime
import json
import random
import re
from collections import namedtuple
from pathlib import Path

from vocabulary import (
    IMAGE_SIZES,
    PROVIDERS,
    RAINFOREST_SENTENCE,
    RAINFOREST_TITLE,
    SENTENCES,
    SMALL_WORDS,
    TITLES,
    TOPICS,
    WORDS,
)

FEED_SHARE = 0.8
POOL_FACTOR = 3
EPOCH = datetime.datetime(2019, 1, 1, tzinfo=datetime.UTC)


Story = namedtuple("Story", "title excerpt date provider url amp cdn image")


def fill(rng, template):
    text = re.sub(r"\{(\w+)\}", lambda m: rng.choice(WORDS[m.group(1)]), template)
    return text[:1].upper() + text[1:]


def headline(rng):
    text = fill(rng, RAINFOREST_TITLE if rng.random() < 0.01 else rng.choice(TITLES))
    if rng.random() < 0.5:  # half the publishers title-case their headlines
        words = [w if w in SMALL_WORDS else w[:1].upper() + w[1:] for w in text.split(" ")]
        text = " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
    return text


def sentences(rng, count):
    # Drawn without replacement, so a text does not repeat itself until the templates run out.
    deck = []
    for _ in range(count):
        deck = deck or rng.sample(SENTENCES, len(SENTENCES))
        yield fill(rng, RAINFOREST_SENTENCE if rng.random() < 0.01 else deck.pop())


def story(seed, index):
    """Story `index` of the pool; the same whichever document (or position) asks for it."""
    rng = random.Random(f"{seed}:{index}")
    title = headline(rng)
    date = EPOCH + datetime.timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
    provider = rng.choice(PROVIDERS)
    host = f"www.{provider[1]}" if provider[2] else provider[1]
    slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:12]) + f"-{100000 + index}"
    day, iso = f"{date:%Y/%m/%d}", f"{date:%Y-%m-%d}"
    path, amp_path = {
        "slash": (f"/{day}/{slug}/", f"/{day}/{slug}/amp/"),
        "suffix": (f"/daily_brief/tech/{slug}", f"/daily_brief/tech/{slug}/amp"),
        "query": (f"/news/{slug}/", f"/news/{slug}/?amp"),
        "output": (f"/technology/{day}/{slug}/", f"/technology/{day}/{slug}/?outputType=amp"),
        "dot": (f"/article/{slug}/", f"/article/{slug}.amp"),
        "google": (f"/news/{slug}/", f"/google-amp/news/{slug}/"),
        "underscore": (f"/story/{iso}/{slug}", f"/story/{iso}/{slug}?_amp=true"),
        "none": (f"/{rng.choice(['news', 'technology', 'privacy'])}/{slug}", None),
    }[provider[3]]  # fmt: skip
    amp = cdn = None
    if amp_path:
        amp = f"https://{host}{amp_path}"
        cache = host.replace("-", "--").replace(".", "-")
        cdn = f"https://{cache}.cdn.ampproject.org/c/s/{host}{amp_path}"
    width, height = rng.choice(IMAGE_SIZES)
    image = f"https://{host}/wp-content/uploads/{date:%Y/%m}/{slug[:60]}.jpg?w={width}&quality=85"
    excerpt = " ".join(sentences(rng, rng.randint(2, 3)))
    url = f"https://{host}{path}"
    return Story(title, excerpt, date, provider, url, amp, cdn, (image, width, height))


def q(text):  # a JSON string is a valid YAML double-quoted scalar; curly quotes stay UTF-8
    return json.dumps(text, ensure_ascii=False)


def url_lines(item, pad, names, rng, variant="web"):
    web, amp, cdn = names
    if variant == "amp-only" and item.amp:  # only the AMP addresses: the page must be worked out
        return [f"{pad}{amp}: {q(item.amp)}", f"{pad}{cdn}: {q(item.cdn)}"]
    if variant == "amp-as-web" and item.amp:  # a sloppy feed that links the AMP (cache) page
        return [f"{pad}{web}: {q(rng.choice([item.amp, item.cdn]))}"]
    lines = [f"{pad}{web}: {q(item.url)}"]
    if item.amp and rng.random() < 0.6:
        lines += [f"{pad}{amp}: {q(item.amp)}", f"{pad}{cdn}: {q(item.cdn)}"]
    return lines


def image_lines(item, pad, rng):
    url, width, height = item.image
    lines = [f"{pad}- url: {q(url)}", f"{pad}  width: {width}", f"{pad}  height: {height}"]
    return [*lines, f"{pad}  isCached: {str(rng.random() < 0.9).lower()}"]


def feed_document(rng, main, related):
    names = ("webUrl", "ampWebUrl", "cdnAmpWebUrl")
    if rng.random() < 0.25:
        names = ("sourceUrl", "ampUrl", "cdnAmpUrl")
    name, domain = main.provider[:2]
    out = ["---", "category: news", f"title: {q(main.title)}", f"excerpt: {q(main.excerpt)}"]
    out.append(f"publishedDateTime: {main.date:%Y-%m-%dT%H:%M:00Z}")
    if names[0] == "webUrl" and rng.random() < 0.5:
        out.append(f"originalUrl: {q(main.url)}")
    out += url_lines(main, "", names, rng)
    heat = rng.choice([-1, rng.randint(0, 99)])
    out += ["type: article", f"quality: {rng.randint(10, 140)}", f"heat: {heat}"]
    out += [f"published: {str(rng.random() < 0.4).lower()}", "", "provider:"]
    out += [f"  name: {q(name)}", f"  domain: {q(domain)}", "", "topics:"]
    out += [f"  - {q(topic)}" for topic in rng.sample(TOPICS, rng.randint(1, 3))]
    out += ["", "images:", *image_lines(main, "  ", rng), f"    title: {q(main.title)}"]
    out += ["", "related:"]
    for item in related:
        variant = rng.choices(["web", "amp-only", "amp-as-web"], [75, 15, 10])[0]
        excerpt = item.excerpt if rng.random() < 0.7 else item.excerpt[:200]
        out += [f"  - title: {q(item.title)}", f"    excerpt: {q(excerpt)}"]
        out.append(f"    publishedDateTime: {item.date:%Y-%m-%dT%H:%M:00Z}")
        out += url_lines(item, "    ", names, rng, variant)
        out += ["    type: article", "    provider:", f"      name: {q(item.provider[0])}"]
        out += [f"      domain: {q(item.provider[1])}", f"    quality: {rng.randint(10, 140)}"]
        if rng.random() < 0.85:
            out += ["    images:", *image_lines(item, "      ", rng)]
    secret = base64.b64encode(rng.randbytes(rng.randint(200, 420))).decode()
    salt = base64.b64encode(rng.randbytes(16)).decode()
    out += ["", f"secured: {q(f'{secret};{salt}')}", "---", ""]
    if rng.random() < 0.05:  # a few feeds carry a body after the front matter
        out += [" ".join(sentences(rng, 3)), ""]
    return "\n".join(out)


def plain_document(rng, title):
    date = EPOCH + datetime.timedelta(days=rng.randrange(3 * 365))
    sizes = [rng.randint(2, 4) for _ in range(rng.randint(7, 10))]
    deck = sentences(rng, sum(sizes))
    paragraphs = [" ".join(next(deck) for _ in range(size)) for size in sizes]
    if rng.random() < 0.05:  # like seeds/002: no "Posted on" line, a yearless date in the text
        first = paragraphs[0]
        paragraphs[0] = f"Today, {date:%B} {date.day}, {first[:1].lower()}{first[1:]}"
        return "\n\n".join([title, *paragraphs])
    return "\n\n".join([title, f"Posted on {date:%B} {date.day}, {date.year}", *paragraphs])


def generate(n, outdir, seed=0):
    """Write `n` documents into `outdir` (created), one file at a time; return their paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pool = max(n * POOL_FACTOR, 15)  # room for 14 related items in a tiny corpus too
    plain_titles = set()  # plain posts are keyed by their title, case aside: no repeats
    paths = []
    for index in range(n):
        if rng.random() < FEED_SHARE:
            count = round(rng.triangular(6, 14, 10))
            related = [story(seed, j) for j in rng.sample(range(pool), count) if j != index]
            text = feed_document(rng, story(seed, index), related)
        else:
            title = headline(rng)
            while title.lower() in plain_titles:
                title = headline(rng)
            plain_titles.add(title.lower())
            text = plain_document(rng, title)
        path = outdir / f"{index:06d}_{rng.getrandbits(64):016x}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = generate(args.n, args.outdir, seed=args.seed)
    size = sum(path.stat().st_size for path in paths)
    print(f"wrote {len(paths)} documents ({size / 2**20:.1f} MB) to {args.outdir}")


if __name__ == "__main__":
    main()
