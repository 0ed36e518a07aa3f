"""Clean plain text scraped from a web page: keep the article, drop the page around it.

The common case is a copy-pasted blog or news page: navigation and share buttons above the
title, photo captions and credits inside the story, and comments, "Popular posts" and teasers
of other articles below it. The cleaner works on blocks (lines, or hard-wrapped paragraphs
joined back together) in four steps, in the manner of jusText:

1. **Features and a first class for each block**: length, stop-word density (English), whether
   it ends like a sentence, and the share of its words that belong to page furniture ("Share",
   "Click to Enlarge", "Skip to main content"). Captions and credits, bylines, date lines, tag
   lines and teaser lines ("Read more: ...") are recognised by their form. Blocks are *good*
   (long prose), *near-good* (shorter prose), *short*, or *bad* (furniture, with its reason).
2. **The tail**: everything from the first tail marker after the article has begun (a comments
   heading, "Popular posts from this blog", "You may also like", "Related" ...) is dropped.
   Comment markers always cut; related-content markers cut only when more article text lies
   before them than after.
3. **The start**: the title is the nearest heading-like block before the first good block;
   everything above it is page header.
4. **Context**: between the title and the tail, prose is kept; a short block is kept when a
   kept paragraph is its immediate neighbour; a heading is kept when a paragraph follows it.

The word lists below are the cleaner's knowledge of page furniture in general (CMS and news
site conventions), not of any one page.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

# ----------------------------------------------------------------------------- knowledge
STOP_WORDS = frozenset("""
a about above after again against all also although am among an and another any are around as at
be because been before being below between both but by can could did do does doing down during each
either even ever every few for from further had has have having he her here hers herself him himself
his how however i if in into is it its itself just last least less like many may me might more most
much must my myself neither no nor not now of off often on once one only or other others our ours
ourselves out over own per rather same several shall she should since so some such than that the
their theirs them themselves then there these they this those though through thus to too under
until up upon us very was we were what when where whether which while who whom whose why will with
within without would yet you your yours yourself yourselves said says say told according
""".split())

# Words that make up page furniture (menus, share bars, buttons, footers). A short block made
# mostly of them is furniture.
FURNITURE_WORDS = frozenset("""
home menu search skip main content navigation toggle login logout log sign signin signup register
account subscribe subscribed subscriber subscription subscriptions newsletter newsletters unsubscribe
share shares shared sharing tweet retweet twitter facebook linkedin whatsapp pinterest reddit
telegram instagram youtube tiktok email e-mail mail print printer copy link links permalink embed
follow followers following like likes liked reply replies comment click tap enlarge zoom expand
collapse gallery slideshow advertisement advertisements advertising advert ad ads sponsored cookie
cookies privacy policy terms conditions contact contacts sitemap rss feed app apps download
pdf close open next previous prev older newer loading load back top more read listen watch video
videos podcast podcasts save bookmark bookmarks get other archive archives categories category tags
tag topics labels label copyright rights reserved powered theme blogger wordpress cancel submit
send required fields about careers help status faq edit views view continue scroll continued
x rss atom blog blogs posts post entries entry min minute minutes javascript browser restack restacks
related recommended trending sponsored promoted
""".split())

# Phrases that mark a block as a promotion, a notice or a footer whatever its length.
PROMO_PHRASES = (
    "sign up", "subscribe to our", "our newsletter", "your inbox", "in your inbox", "cookies",
    "all rights reserved", "privacy policy", "terms of use", "terms of service", "click here",
    "download our app", "download the app", "support our journalism", "become a member",
    "already a subscriber", "log in", "create an account", "email address will not be published",
    "required fields are marked", "this article is more than", "we use cookies", "story continues",
    "scroll to continue", "related content", "notifications", "our standards", "enable javascript",
    "javascript is disabled", "javascript is required", "browser does not support", "update your browser",
    "ad blocker", "adblocker", "are you a robot", "verify you are human", "access denied",
    "subscribe for free", "thanks for reading", "support my work", "support our work", "receive new posts",
    "free trial", "paid subscribers", "upgrade to paid", "subscribe now", "mailing list",
)

# Tail markers: the line that starts the comments (always cuts) ...
COMMENT_MARKERS = re.compile(
    r"(\d+\s+)?(comments?|responses?|replies|thoughts on .*|reactions?)(\s*\(\d+\))?"
    r"|(leave|post|add|write|submit) (a|your) (comment|reply|response)( cancel reply)?"
    r"|join the (conversation|discussion|debate)|(show|view|load|read|see) (all )?(\d+ )?comments"
    r"|comments are closed|discussion|conversation|what do you think\??|have your say",
    re.I,
)
# ... and the line that starts related content, teasers or the author box (cuts when most of
# the article lies before it).
RELATED_MARKERS = re.compile(
    r"(popular|recent|latest|related|similar|trending|featured|recommended|top|more|most popular|"
    r"most read|most viewed|most shared|editor'?s picks?|other) (posts|articles|stories|news|"
    r"content|reads|reading|coverage|links|videos|headlines|publications|reports|research|analysis|"
    r"items|pages|topics|commentary|stories for you)( from this blog| for you| on this topic)?"
    r"|popular posts from this blog|related|recommended( for you)?|recommended from \w+|"
    r"you (may|might) (also )?(like|enjoy|be interested in)|also on \w+|more from .{1,60}|more on this( story)?|"
    r"more (stories|news) from .{1,40}|(read|watch|up) next|what to read next|don'?t miss|"
    r"in case you missed it|(most|top) (read|viewed|popular|shared)|trending( now)?|latest( news)?|"
    r"about the (author|writer)|about (the )?authors?|(newer|older) posts?.*|subscribe to: .*|"
    r"more in .{1,40}|elsewhere on .{1,40}|(see|read) also|around the web|from the web|"
    r"site index|follow us( on .{1,30})?|share this( article| story| post)?:?",
    re.I,
)
TEASER_PREFIX = re.compile(
    r"^(read more|read also|also read|see also|related|more|watch|listen|read|recommended|"
    r"further reading|related story|related article|related coverage|must read)\s*[:|»›>\-–—]\s*\S",
    re.I,
)
META_PREFIX = re.compile(
    r"^(labels?|tags?|tagged|filed under|categories|category|topics?|posted in|keywords|sections?)\s*[:|]",
    re.I,
)
BYLINE = re.compile(
    r"^(?i:(?:(?:posted|written|published|reported|words|text|story)\s+)?by)\s+"
    r"(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|and|&|de|van|von|al|bin|da|di|le|la))*)",
)
CREDIT_LINE = re.compile(
    r"^\(?\s*(reporting|additional reporting|editing|writing|compiled|translated|produced) by\b", re.I
)
PHOTO_AGENCIES = (
    "afp", "ap", "reuters", "getty", "getty images", "epa", "efe", "ansa", "dpa", "xinhua", "kyodo",
    "yonhap", "tass", "sputnik", "ria novosti", "anadolu", "bloomberg", "shutterstock", "alamy",
    "pool", "handout", "pa", "pa images", "pa media", "sipa", "zuma", "nurphoto", "abaca", "imago",
    "unsplash", "wikimedia commons", "ians", "pti", "file photo", "courtesy",
)
CAPTION_PREFIX = re.compile(
    r"^(photo|photos|photograph|picture|pictured|image|images|illustration|credit|video|source|"
    r"image caption|image source|image copyright|media caption|photo credit|file photo|caption)"
    r"(\s+(by|courtesy of)\b|\s*[:|/©])",
    re.I,
)
_AGENCY_RE = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
CREDIT_TAIL = re.compile(
    rf"\((?:[^()]*/)?[^()]*\b(?:{_AGENCY_RE}|images?|photos?|photograph)\b[^()]*\)\s*$"
    rf"|(?:photo|photograph|picture|image)\s*:\s*[^.]{{0,80}}$"
    rf"|\b(?:{_AGENCY_RE})\s*/\s*[A-Z][^.]{{0,60}}$|©\s*[^.]{{0,60}}$|\bvia getty images\s*$"
    r"|\(\s*[A-Z][\w.&'’ \-]{0,40}:\s*[^()]{1,60}\)\s*$",  # "(Supplied: DFAT)", "(ABC News: Jane Doe)"
    re.I,
)
MONTHS = {
    # en, fr, de, es, it, pt, nl (full names and the usual abbreviations)
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                    "august", "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                    "oct", "nov", "dec"], 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                    "août", "septembre", "octobre", "novembre", "décembre"], 1)},
    **{m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli",
                                    "august", "september", "oktober", "november", "dezember"], 1)},
    **{m: i for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                                    "agosto", "septiembre", "octubre", "noviembre", "diciembre"], 1)},
    **{m: i for i, m in enumerate(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
                                    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"], 1)},
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
DATE_PATTERNS = (
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(?P<m>{_MONTH_RE})\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b"),
)
DATE_WORDS = re.compile(
    r"\b(posted|published|updated|last updated|modified|on|at|am|pm|gmt|utc|bst|cet|est|edt|pst|"
    r"ago|hours?|minutes?|days?|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|publié|le|mis à jour|am|um|"
    r"de|del|el|uhr|by|\d{1,2}:\d\d|\d+)\b",
    re.I,
)
READING_TIME = re.compile(r"^(\d+\s*(min|mins|minute|minutes)\s*(read|listen)|reading time:?.*|listen to (this )?(article|story).*)$", re.I)
TERMINAL = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":")
LIST_ITEM = re.compile(r"^([•▪●◦*\-–—]|\d{1,2}[.)]|[a-z][.)])\s+\S")
NAV_SEPARATORS = re.compile(r"\s[|>»›•·/]\s")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_URLISH = re.compile(r"https?://|www\.|\S+@\S+\.\w+|@\w+|#\w+")

# Classifier thresholds (jusText's English defaults, lowered for news prose, which is dense in
# proper nouns and so poorer in stop words than general prose).
LENGTH_LOW = 70
LENGTH_HIGH = 180
STOPWORDS_LOW = 0.16
STOPWORDS_HIGH = 0.22
MAX_HEADING_WORDS = 25
MAX_TITLE_LOOKBACK = 4  # heading-like or prose blocks the title may sit above the first paragraph


@dataclass
class Block:
    text: str
    index: int
    words: list[str] = field(default_factory=list)
    cls: str = ""  # good, near-good, short, bad
    reason: str = ""  # why a bad/dropped block was dropped
    keep: bool = False

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Cleaned:
    """The article text and what was learned about the page."""

    text: str
    title: str | None
    date: str | None
    author: str | None
    kept: tuple[str, ...]
    dropped: tuple[tuple[str, str], ...]  # (block, reason)

    @property
    def boilerplate_chars(self) -> int:
        return sum(len(b) for b, _ in self.dropped)


# ----------------------------------------------------------------------------- public API
def clean_text(raw: str, *, english: bool = True) -> Cleaned:
    """The article in ``raw`` (plain text from a web page), with title, date and author.

    ``english=False`` classifies without the English stop-word list (length and sentence
    form only). Text with no prose at all is kept whole except for lines of page furniture.
    """
    blocks = split_blocks(raw)
    if not blocks:
        return Cleaned("", None, None, None, (), ())
    for b in blocks:
        _classify(b, english)
    title_idx = None
    meta_date = meta_author = None
    goods = [b.index for b in blocks if b.cls == "good"]
    if not goods:
        goods = [b.index for b in blocks if b.cls == "near-good"]
    if goods:
        end = _tail_start(blocks, goods[0])
        for b in blocks[end:]:
            b.reason = b.reason or "tail (comments, related posts, teasers)"
            b.cls = "bad"
        start, title_idx = _article_start(blocks, goods[0])
        for b in blocks[:start]:
            if b.cls != "bad":
                b.cls, b.reason = "bad", "page header (navigation, site name)"
        _keep_in_context(blocks[start:end], title_idx)
        meta_date, meta_author = _metadata(blocks[max(0, start - 12): end])
    else:  # no prose: a one-liner, a list, a heading and a sentence ...
        for b in blocks:
            b.keep = b.cls != "bad"
        meta_date, meta_author = _metadata(blocks)
        first = next((b for b in blocks if b.keep), None)
        if first is not None and len(blocks) > 1 and _heading_like(first, min_words=1):
            title_idx = first.index
    kept = tuple(b.text for b in blocks if b.keep)
    dropped = tuple((b.text, b.reason or _default_reason(b)) for b in blocks if not b.keep)
    title = blocks[title_idx].text if title_idx is not None and blocks[title_idx].keep else None
    return Cleaned("\n\n".join(kept), title, meta_date, meta_author, kept, dropped)


def split_blocks(raw: str) -> list[Block]:
    """Lines as blocks; hard-wrapped paragraphs (fixed-width text) are joined back first."""
    lines = [" ".join(line.split()) for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    width = _wrap_width(lines)
    texts: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            if current:
                texts.append(current)
            current = ""
            continue
        current = f"{current} {line}" if current else line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not (width and nxt and len(line) >= 0.6 * width):
            texts.append(current)
            current = ""
    if current:
        texts.append(current)
    return [Block(text=t, index=i, words=_WORD.findall(t)) for i, t in enumerate(texts)]


def find_date(text: str) -> str | None:
    """The first calendar date written in ``text``, as YYYY-MM-DD."""
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = m.group("m")
            month_no = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
            try:
                day, year = int(m.group("d")), int(m.group("y"))
            except ValueError:
                continue
            try:
                return datetime.date(year, month_no or 0, day).isoformat()
            except ValueError:  # "31 February", a month 13: not a date
                continue
    return None


# ----------------------------------------------------------------------------- internals
def _wrap_width(lines: list[str]) -> int | None:
    """The column width of hard-wrapped text, or None when lines are not wrapped."""
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 4:
        return None
    width = max(lengths)
    if width > 120 or width < 40:
        return None
    wrapped = [
        (line, lines[i + 1]) for i, line in enumerate(lines[:-1])
        if len(line) >= 0.6 * width and lines[i + 1]
    ]
    if len(wrapped) < 3:
        return None
    unfinished = sum(1 for line, _ in wrapped if not line.endswith(TERMINAL))
    return width if unfinished / len(wrapped) >= 0.6 else None


def _classify(b: Block, english: bool) -> None:
    text, words = b.text, b.words
    lower = text.lower()
    n = len(words)
    content = [w.lower() for w in words if w.lower() not in STOP_WORDS]
    furniture = sum(1 for w in content if w in FURNITURE_WORDS)
    stop_density = (n - len(content)) / n if n else 0.0
    sentence_like = text.endswith(TERMINAL) and n >= 4
    if not words:
        b.cls, b.reason = "bad", "no words (numbers, symbols)"
    elif _URLISH.search(text) and len(_URLISH.findall(text)) * 4 >= n:
        b.cls, b.reason = "bad", "links"
    elif CAPTION_PREFIX.match(text) or (CREDIT_TAIL.search(text) and n <= 60):
        b.cls, b.reason = "bad", "photo caption or credit"
    elif CREDIT_LINE.match(text):
        b.cls, b.reason = "bad", "reporting credits"
    elif META_PREFIX.match(text):
        b.cls, b.reason = "bad", "tags and labels"
    elif TEASER_PREFIX.match(text) and n <= 30:
        b.cls, b.reason = "bad", "teaser of another article"
    elif READING_TIME.match(text):
        b.cls, b.reason = "bad", "reading time"
    elif n <= 12 and BYLINE.match(text) and not sentence_like:
        b.cls, b.reason = "bad", "byline"
    elif _is_date_line(text, n):
        b.cls, b.reason = "bad", "date line"
    elif n <= 15 and len(NAV_SEPARATORS.findall(f" {text} ")) >= 2 and not sentence_like:
        b.cls, b.reason = "bad", "navigation (menu, breadcrumb)"
    elif n <= 10 and content and furniture / len(content) >= 0.5 and not (sentence_like and furniture < len(content)):
        b.cls, b.reason = "bad", "page furniture (navigation, share and subscribe buttons)"
    elif n <= 40 and _promo(lower, n, furniture / len(content) if content else 0.0):
        b.cls, b.reason = "bad", "notice or promotion"
    elif b.chars < LENGTH_LOW:
        b.cls = "short"
    elif english:
        if stop_density >= STOPWORDS_HIGH and b.chars >= LENGTH_HIGH and sentence_like:
            b.cls = "good"
        elif stop_density >= STOPWORDS_LOW or (sentence_like and n >= 6 and stop_density >= 0.08):
            b.cls = "near-good"  # (news sentences dense in names are still prose)
        elif _heading_like(b, min_words=3):
            b.cls = "short"  # a headline: few function words, but it may be the title
        else:
            b.cls, b.reason = "bad", "not prose (few function words)"
    else:
        lowercase = sum(1 for w in words if w[:1].islower()) / n
        if lowercase < 0.3:
            b.cls, b.reason = "bad", "not prose (mostly capitalised words)"
        elif b.chars >= LENGTH_HIGH and sentence_like:
            b.cls = "good"
        else:
            b.cls = "near-good"


def _promo(lower: str, n_words: int, furniture_share: float) -> bool:
    """Two promotion phrases, or one in a short block that is largely furniture words."""
    hits = sum(p in lower for p in PROMO_PHRASES)
    return hits >= 2 or (hits == 1 and n_words <= 15 and furniture_share >= 0.3)


def _is_date_line(text: str, n_words: int) -> bool:
    if n_words > 16 or find_date(text) is None and not re.search(r"\b\d+\s+(hours?|minutes?|days?|years?)\s+ago\b", text, re.I):
        return False
    if n_words <= 16 and re.match(r"(posted|published|updated|last updated|modified)\b", text, re.I):
        return True
    rest = text
    for pattern in DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    rest = DATE_WORDS.sub(" ", rest)
    leftover = _WORD.findall(rest)
    return len(leftover) <= 2 or len(leftover) <= n_words // 3


def _tail_start(blocks: list[Block], first_good: int) -> int:
    """Index of the first block of the page's tail (comments, related posts), or len(blocks)."""
    good_chars = [b.chars if b.cls in ("good", "near-good") else 0 for b in blocks]
    total = sum(good_chars)
    before = 0
    for b in blocks:
        if b.index > first_good and b.chars <= 80 and len(b.words) <= 10:
            marker = _marker_text(b.text)
            if COMMENT_MARKERS.fullmatch(marker):
                return b.index
            if RELATED_MARKERS.fullmatch(marker) and before > total - before:
                return b.index
        before += good_chars[b.index]
    return len(blocks)


def _marker_text(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'’:.\-&]", " ", text)).strip(" :.-").replace("’", "'")


def _article_start(blocks: list[Block], first_good: int) -> tuple[int, int | None]:
    """(first block of the article, index of its title or None)."""
    seen = 0
    for b in reversed(blocks[:first_good]):
        if b.cls == "bad":
            continue
        if _heading_like(b, min_words=3):
            title = _title_above(blocks, b)
            return title.index, title.index
        seen += 1
        if seen >= MAX_TITLE_LOOKBACK or not (_prose(b) or b.cls == "near-good" or _heading_like(b, min_words=1)):
            break
    start = first_good
    while start > 0 and blocks[start - 1].cls != "bad" and _prose(blocks[start - 1]):
        start -= 1
    return start, None


def _title_above(blocks: list[Block], candidate: Block) -> Block:
    """The title, given the heading-like block nearest the article's first paragraph.

    That block may instead be a standfirst right under the headline, or the last item of a
    "Key points:" list between the headline and the story: then the headline is the title.
    """
    above = blocks[candidate.index - 1] if candidate.index > 0 else None
    if (
        above is not None and len(candidate.words) >= 12 and _heading_like(above, min_words=3)
        and len(above.words) < len(candidate.words)
    ):
        return above
    i = candidate.index - 1
    while i > 0 and candidate.index - i <= 8 and blocks[i].cls != "bad":
        b = blocks[i]
        if b.text.endswith(":") and len(b.words) <= 6 and _heading_like(blocks[i - 1], min_words=3):
            return blocks[i - 1]
        if not (_heading_like(b, min_words=3) or _prose(b)):
            break
        i -= 1
    return candidate


def _heading_like(b: Block, *, min_words: int) -> bool:
    n = len(b.words)
    return (
        b.cls != "bad" and min_words <= n <= MAX_HEADING_WORDS and b.chars <= 200
        and not b.text.endswith((".", ",", ";", ":")) and b.text[:1].isalnum()
        and any(w[:1].isupper() for w in b.words)
    )


def _prose(b: Block) -> bool:
    """Ends like a sentence (or a list item) and has a few words."""
    return (
        len(b.words) >= 4 and b.cls != "bad"
        and (b.text.endswith((*TERMINAL, ";")) or LIST_ITEM.match(b.text) is not None)
    )


def _keep_in_context(region: list[Block], title_idx: int | None) -> None:
    for b in region:
        b.keep = b.cls in ("good", "near-good") or b.index == title_idx
    _keep_lists(region)
    changed = True
    while changed:
        changed = False
        for i, b in enumerate(region):
            if b.keep or b.cls == "bad":
                continue
            prev_kept = i > 0 and region[i - 1].keep and region[i - 1].index != title_idx
            next_block = region[i + 1] if i + 1 < len(region) else None
            next_prose = next_block is not None and next_block.keep and next_block.cls in ("good", "near-good", "short")
            if _prose(b) and (prev_kept or (next_block is not None and next_block.keep)):
                b.keep = changed = True
            elif _heading_like(b, min_words=1) and next_prose and next_block is not None and (
                _prose(next_block) or next_block.cls in ("good", "near-good")
            ):
                b.keep = changed = True
    for b in region:
        if not b.keep and not b.reason:
            b.reason = "short block outside the article's paragraphs"


def _keep_lists(region: list[Block]) -> None:
    """A line ending in a colon followed by two or more items ("Key points:", "Three issues
    stalled the talks:") is part of the article, items and all."""
    for i, intro in enumerate(region):
        if intro.cls == "bad" or not intro.text.endswith(":") or len(intro.words) > 12:
            continue
        items = []
        for b in region[i + 1:]:
            if b.cls == "bad" or not (_heading_like(b, min_words=3) or _prose(b) or LIST_ITEM.match(b.text)):
                break
            items.append(b)
        if len(items) >= 2:
            for b in (intro, *items):
                b.keep = True


def _metadata(blocks: list[Block]) -> tuple[str | None, str | None]:
    """(publication date, author) from the dropped date lines and bylines near the article."""
    date = author = None
    for b in blocks:
        if b.keep or b.reason not in ("date line", "byline"):
            continue
        date = date or find_date(b.text)
        m = re.search(r"\b(?i:by)\s+(?P<rest>.+)$", b.text)
        if author is None and m:
            author = _author(m.group("rest"))
    return date, author


_NAME_RUN = re.compile(r"[A-Z][\w'’.\-]+(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’.\-]+)*")


def _author(after_by: str) -> str | None:
    """The name in what follows "By": the first run of two or more capitalised words
    ("Pacific affairs reporter Tom Walsh" -> "Tom Walsh"), else the first capitalised word."""
    after_by = re.split(r"\s+(?:at|on|—|\|)\s+|,|·", after_by)[0]
    runs = [m.group(0) for m in _NAME_RUN.finditer(after_by)]
    runs = [r for r in runs if r.lower() not in ("posted", "updated", "published")]
    return next((r for r in runs if len(r.split()) >= 2), runs[0] if runs else None)


def _default_reason(b: Block) -> str:
    return b.reason or ("short block" if b.cls == "short" else "boilerplate")
