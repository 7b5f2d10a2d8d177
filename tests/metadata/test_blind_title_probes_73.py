"""A tenth blind title probe (issue 12), modelled on the classes of title misses on half A of
the fundus and trafilatura sets (never on their text): a social ``og:title`` worded apart
from the visible headline (a teaser, a cut, a word left out), a second wording in the
``<title>`` and the first JSON-LD ``headline``, a visible headline that only the ``<title>``
backs against ``og:title`` and JSON-LD, an ``<h1>`` that is a breadcrumb trail's last crumb
(an SEO title) above the story's own heading, a kicker the metadata joins to the headline
(above the ``<h1>``, or in it set apart by a separator hidden from sight or from screen
readers), the quotation marks the page's own headline uses, a headline quoted whole, and a
kicker line ended by a colon before a ``<br>``.

Markers (the convention the expected titles follow, decided before anything ran): the title
is the on-page headline (both sets' truth says so), so a social or SEO wording that differs
from it is not the title, the page's own quotation marks are kept, a kicker set apart (its
own element, its separator hidden) is no part of it, and a headline quoted whole keeps its
quotation marks; a kicker the ``<h1>`` ends with a colon before a ``<br>`` is read with the
headline, as the ``<h1>``'s own punctuation joins them.

``python -m tests.metadata.test_blind_title_probes_73 /work/shared/eval`` prints both tools'
hits; the blind figure is in ``BLIND_FIGURES``. Every site, name and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.test_blind_title_probes_72 import TEXTS
from tests.metadata.title_pages import ld, paragraphs, probe_rows

import newsextract


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.net/2026/12/05/story-7310"


def _meta(og: str = "", twitter: str = "", site: str = "") -> str:
    """The page's social tags: ``og:title`` (and ``twitter:title``) as given."""
    tags = [("property", "og:title", og), ("name", "twitter:title", twitter)]
    tags.append(("property", "og:site_name", site))
    return "".join(
        f'<meta {attr}="{key}" content="{value.replace(chr(34), "&quot;")}">'
        for attr, key, value in tags
        if value
    )


def _story(lang: str, site: str, heading: str, *, above: str = "", crumbs: str = "") -> str:
    """A news page's body: the site's bar (with ``crumbs``, raw markup, in a breadcrumb
    ``<nav>`` when given), then the story: ``above`` and ``heading`` (raw markup), a date
    line, the text, a footer."""
    trail = (
        f'<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">{site}</a>'
        f'<span class="sep">|</span>{crumbs}</nav>'
        if crumbs
        else ""
    )
    text = TEXTS[lang]
    return (
        f'<header class="site-top"><a class="brand" href="/">{site}</a><ul class="menu">'
        '<li><a href="/a/">·</a></li><li><a href="/b/">··</a></li></ul></header>'
        f'{trail}<div class="story-wrap"><div class="story-head">{above}{heading}</div>'
        '<div class="byline-row"><time datetime="2026-12-05T08:40:00+01:00">05.12.2026</time>'
        f'</div><div class="story-body">{paragraphs(text, text)}</div></div>'
        f'<footer class="site-foot">© 2026 {site}</footer>'
    )


def _row(
    name: str,
    lang: str,
    title: str,
    head: str,
    heading: str,
    want: str,
    *,
    site: str,
    above: str = "",
    crumbs: str = "",
) -> tuple[str, str, str, str, str, str]:
    return (name, lang, title, head, _story(lang, site, heading, above=above, crumbs=crumbs), want)


def _h1(text: str) -> str:
    return f'<h1 class="headline">{text}</h1>'


def _crumb_h1(seo: str) -> str:
    return f'<h1 class="crumb-current seo-title">{seo}</h1>'


def _head_h2(kicker: str, text: str) -> str:
    """A story head's ``<h2>``: a kicker, a dash hidden from screen readers, the headline."""
    return (
        f'<h2 class="story-title"><div class="title-kicker"><span class="kicker">{kicker}</span>'
        '<span class="hidden-dash" aria-hidden="true" role="presentation"> – </span></div>'
        f'<span class="title-text">{text}</span></h2>'
    )


def _hidden_colon_h1(kicker: str, text: str) -> str:
    return (
        f'<h1 class="article-title"><span class="article-title__kicker">{kicker}</span>'
        '<span class="visually-hidden">: </span>'
        f'<span class="article-title__text">{text}</span></h1>'
    )


def _hidden_dash_h1(kicker: str, text: str) -> str:
    return (
        f'<h1 class="head-title"><span class="head-title__overline">{kicker}</span>'
        '<span class="head-title__dash" aria-hidden="true" role="presentation"> – </span>'
        f'<span class="head-title__main">{text}</span></h1>'
    )


def _kicker_div(kicker: str) -> str:
    return f'<div class="keyword">{kicker}</div>'


PROBES = probe_rows(
    [
        # --- a social og:title worded apart from the visible headline -----------------------
        _row(
            "de_og_social_rewrite",
            "de",
            "Dorfbäckerei öffnet ein Jahr nach dem Brand wieder | Kreisbote Nord",
            _meta("Warum hier alle Schlange stehen: Das Comeback der Ofenbrüder", site="Kreisbote")
            + ld("NewsArticle", headline="Dorfbäckerei öffnet ein Jahr nach dem Brand wieder"),
            _h1("Dorfbäckerei öffnet ein Jahr nach dem Brand wieder"),
            "Dorfbäckerei öffnet ein Jahr nach dem Brand wieder",
            site="Kreisbote Nord",
        ),
        _row(
            "fr_og_question_teaser",
            "fr",
            "La boulangerie du village rouvre un an après l'incendie | L'Écho du Val",
            _meta("Le pain de Saint-Aubrac sauvé des flammes ?", "Le pain sauvé des flammes ?"),
            _h1("La boulangerie du village rouvre un an après l'incendie"),
            "La boulangerie du village rouvre un an après l'incendie",
            site="L'Écho du Val",
        ),
        _row(
            "en_og_teaser_twitter_agrees",
            "en",
            "Village bakery reopens a year after fire with stone oven | Dale Gazette",
            _meta("The queue reached the church: you won't believe this comeback")
            + _meta(twitter="The queue reached the church: you won't believe this comeback")
            + ld(
                "NewsArticle", headline="Village bakery reopens a year after fire with stone oven"
            ),
            _h1("Village bakery reopens a year after fire with stone oven"),
            "Village bakery reopens a year after fire with stone oven",
            site="Dale Gazette",
        ),
        _row(
            "it_og_teaser_no_ld",
            "it",
            "Riapre il forno del paese un anno dopo l'incendio - Gazzetta di Valmora",
            _meta("Fila fino alla piazza per il pane di Nino: ecco perché"),
            _h1("Riapre il forno del paese un anno dopo l'incendio"),
            "Riapre il forno del paese un anno dopo l'incendio",
            site="Gazzetta di Valmora",
        ),
        _row(
            "en_og_cut_at_dash_part",
            "en",
            "Your old oven could be worth HUNDREDS - here's how to tell if yours is a rare model"
            " | Daily Ledger Online",
            _meta("Your old oven could be worth HUNDREDS - here's how to tell")
            + ld(
                "NewsArticle",
                headline="Your old oven could be worth HUNDREDS - here's how to tell if yours is "
                "a rare model",
            ),
            _h1(
                "Your old oven could be worth HUNDREDS - here's how to tell if yours is a rare "
                "model"
            ),
            "Your old oven could be worth HUNDREDS - here's how to tell if yours is a rare model",
            site="Daily Ledger",
        ),
        _row(
            "es_og_cut_after_comma",
            "es",
            "Reabre la panadería del pueblo un año después del incendio, con horno de piedra"
            " - Diario del Valle",
            _meta("Reabre la panadería del pueblo un año después del incendio"),
            _h1("Reabre la panadería del pueblo un año después del incendio, con horno de piedra"),
            "Reabre la panadería del pueblo un año después del incendio, con horno de piedra",
            site="Diario del Valle",
        ),
        _row(
            "pl_og_cut_after_colon",
            "pl",
            "Piekarnia wraca po pożarze: kolejka sięgała aż do kościoła | Kurier Doliny",
            _meta("Piekarnia wraca po pożarze"),
            _h1("Piekarnia wraca po pożarze: kolejka sięgała aż do kościoła"),
            "Piekarnia wraca po pożarze: kolejka sięgała aż do kościoła",
            site="Kurier Doliny",
        ),
        _row(
            "nl_og_drops_a_word",
            "nl",
            "Dorpsbakkerij in Veldhoven-Noord weer open na brand | Streekblad",
            _meta("Dorpsbakkerij weer open na brand"),
            _h1("Dorpsbakkerij in Veldhoven-Noord weer open na brand"),
            "Dorpsbakkerij in Veldhoven-Noord weer open na brand",
            site="Streekblad",
        ),
        _row(
            "sv_og_drops_a_name",
            "sv",
            "'Jag säljer Lars Holms bröd – kön räckte till kyrkan' - Dalaposten",
            _meta("'Jag säljer Holms bröd – kön räckte till kyrkan'"),
            _h1("'Jag säljer Lars Holms bröd – kön räckte till kyrkan'"),
            "'Jag säljer Lars Holms bröd – kön räckte till kyrkan'",
            site="Dalaposten",
        ),
        # --- a second wording in the <title> and the first JSON-LD headline -----------------
        _row(
            "en_title_and_first_ld_old_wording",
            "en",
            "Bakery owners brace for a rush on reopening day | Valley Wire",
            _meta("Bakery owners brace for an intense rush on reopening day")
            + ld("NewsArticle", headline="Bakery owners brace for a rush on reopening day")
            + ld("WebPage", headline="Bakery owners brace for an intense rush on reopening day"),
            _h1("Bakery owners brace for an intense rush on reopening day"),
            "Bakery owners brace for an intense rush on reopening day",
            site="Valley Wire",
        ),
        _row(
            "pt_title_and_ld_old_wording",
            "pt",
            "Padaria da aldeia reabre após incêndio | Jornal da Serra",
            _meta("Padaria da aldeia reabre um ano após o incêndio com forno novo")
            + ld("NewsArticle", headline="Padaria da aldeia reabre após incêndio"),
            _h1("Padaria da aldeia reabre um ano após o incêndio com forno novo"),
            "Padaria da aldeia reabre um ano após o incêndio com forno novo",
            site="Jornal da Serra",
        ),
        _row(
            "cs_title_and_ld_old_wording",
            "cs",
            "Pekárna po požáru znovu otevřela | Poříčský deník",
            _meta("Pekárna rok po požáru znovu otevřela s novou pecí")
            + ld("NewsArticle", headline="Pekárna po požáru znovu otevřela"),
            _h1("Pekárna rok po požáru znovu otevřela s novou pecí"),
            "Pekárna rok po požáru znovu otevřela s novou pecí",
            site="Poříčský deník",
        ),
        # --- the visible headline backed by the <title> only ----------------------------------
        _row(
            "en_h1_and_title_against_og_and_ld",
            "en",
            "Bakery fire: Village oven lit again after a year - Shire News",
            _meta(
                "Village oven lit again a year after bakery blaze",
                "Village oven lit again a year after bakery blaze",
            )
            + ld("NewsArticle", headline="Village oven lit again a year after bakery blaze"),
            _h1("Bakery fire: Village oven lit again after a year"),
            "Bakery fire: Village oven lit again after a year",
            site="Shire News",
        ),
        _row(
            "ru_h1_and_title_against_og_and_ld",
            "ru",
            "Пекарня в Заречье снова открылась после пожара - Вести Заречья",
            _meta("В Заречье снова пекут хлеб спустя год после пожара")
            + ld("NewsArticle", headline="В Заречье снова пекут хлеб спустя год после пожара"),
            _h1("Пекарня в Заречье снова открылась после пожара"),
            "Пекарня в Заречье снова открылась после пожара",
            site="Вести Заречья",
        ),
        _row(
            "tr_h1_and_title_against_og_and_ld",
            "tr",
            "Köy fırını yangından bir yıl sonra yeniden açıldı - Ova Haber",
            _meta("Yangından sonra taş fırınla dönüş: kuyruk meydana uzadı")
            + ld("NewsArticle", headline="Yangından sonra taş fırınla dönüş: kuyruk meydana uzadı"),
            _h1("Köy fırını yangından bir yıl sonra yeniden açıldı"),
            "Köy fırını yangından bir yıl sonra yeniden açıldı",
            site="Ova Haber",
        ),
        # --- an <h1> that is the breadcrumb trail's last crumb (an SEO title) -----------------
        _row(
            "de_breadcrumb_seo_h1_story_h2",
            "de",
            "Bäckerei plant Neustart im alten Backhaus",
            _meta("Bäckerei plant Neustart – während der Ofen noch abkühlt")
            + ld("NewsArticle", headline="Bäckerei plant Neustart im alten Backhaus"),
            _head_h2("Nach dem Brand", "Bäckerei plant Neustart – während der Ofen noch abkühlt"),
            "Bäckerei plant Neustart – während der Ofen noch abkühlt",
            site="Stadtanzeiger",
            crumbs='<a href="/region">Region</a><span class="sep">|</span>'
            + _crumb_h1("Bäckerei plant Neustart im alten Backhaus"),
        ),
        _row(
            "fr_breadcrumb_seo_h1_story_h2",
            "fr",
            "Boulangerie de Valmont : réouverture prévue",
            _meta("La boulangerie rouvre – mais le four refroidit encore")
            + ld("NewsArticle", headline="Boulangerie de Valmont : réouverture prévue"),
            _head_h2("Après l'incendie", "La boulangerie rouvre – mais le four refroidit encore"),
            "La boulangerie rouvre – mais le four refroidit encore",
            site="Le Courrier du Lac",
            crumbs='<a href="/region">Région</a><span class="sep">|</span>'
            + _crumb_h1("Boulangerie de Valmont : réouverture prévue"),
        ),
        _row(
            "it_breadcrumb_seo_h1_story_h2",
            "it",
            "Forno di Valmora, riapertura a gennaio",
            _meta("Il forno riapre – ma la piazza resta chiusa"),
            _head_h2("Dopo l'incendio", "Il forno riapre – ma la piazza resta chiusa"),
            "Il forno riapre – ma la piazza resta chiusa",
            site="Eco di Valmora",
            crumbs='<a href="/cronaca">Cronaca</a><span class="sep">|</span>'
            + _crumb_h1("Forno di Valmora, riapertura a gennaio"),
        ),
        _row(
            "ja_breadcrumb_seo_h1_story_h2",
            "ja",
            "村のパン屋、火事から一年で再開",
            _meta("石窯のパン屋が復活 広場まで行列"),
            _head_h2("火事から一年", "石窯のパン屋が復活 広場まで行列"),
            "石窯のパン屋が復活 広場まで行列",
            site="山里新報",
            crumbs='<a href="/local">地域</a><span class="sep">|</span>'
            + _crumb_h1("村のパン屋、火事から一年で再開"),
        ),
        # --- a kicker above the <h1> that the metadata joins to the headline ----------------
        _row(
            "de_kicker_div_meta_joined",
            "de",
            "Nach dem Brand: Dorfbäckerei backt wieder - Tal.Nachrichten",
            _meta(
                "Nach dem Brand: Dorfbäckerei backt wieder",
                "Nach dem Brand: Dorfbäckerei backt wieder",
            )
            + ld("NewsArticle", headline="Nach dem Brand: Dorfbäckerei backt wieder"),
            _h1("Dorfbäckerei backt wieder"),
            "Dorfbäckerei backt wieder",
            site="Tal.Nachrichten",
            above=_kicker_div("Nach dem Brand"),
        ),
        _row(
            "pl_kicker_div_meta_joined",
            "pl",
            "Po pożarze: piekarnia znów otwarta - Wieści Doliny",
            _meta("Po pożarze: piekarnia znów otwarta")
            + ld("NewsArticle", headline="Po pożarze: piekarnia znów otwarta"),
            _h1("Piekarnia znów otwarta"),
            "Piekarnia znów otwarta",
            site="Wieści Doliny",
            above=_kicker_div("Po pożarze"),
        ),
        _row(
            "hu_kicker_div_meta_joined",
            "hu",
            "Egy év után: újra nyitott a falu pékségét - Völgyi Hírek",
            _meta("Egy év után: újra nyitott a falu pékségét")
            + ld("NewsArticle", headline="Egy év után: újra nyitott a falu pékségét"),
            _h1("Újra nyitott a falu pékségét"),
            "Újra nyitott a falu pékségét",
            site="Völgyi Hírek",
            above=_kicker_div("Egy év után"),
        ),
        # --- a kicker in the <h1> set apart by a colon hidden from sight --------------------
        _row(
            "de_kicker_span_visually_hidden_colon",
            "de",
            "Backhandwerk: Ofen an, Schlange lang | Wochenblatt",
            _meta("Backhandwerk: Ofen an, Schlange lang")
            + ld("NewsArticle", headline="Backhandwerk: Ofen an, Schlange lang"),
            _hidden_colon_h1("Backhandwerk", "Ofen an, Schlange lang"),
            "Ofen an, Schlange lang",
            site="Wochenblatt",
        ),
        _row(
            "ro_kicker_span_visually_hidden_colon",
            "ro",
            "Meserii vechi: brutăria satului a redeschis | Gazeta Văii",
            _meta("Meserii vechi: brutăria satului a redeschis"),
            _hidden_colon_h1("Meserii vechi", "Brutăria satului a redeschis"),
            "Brutăria satului a redeschis",
            site="Gazeta Văii",
        ),
        _row(
            "fi_kicker_span_visually_hidden_colon",
            "fi",
            "Leipomot: Kylän leipomo avasi ovensa vuoden tauon jälkeen | Laaksolainen",
            _meta("Leipomot: Kylän leipomo avasi ovensa vuoden tauon jälkeen"),
            _hidden_colon_h1("Leipomot", "Kylän leipomo avasi ovensa vuoden tauon jälkeen"),
            "Kylän leipomo avasi ovensa vuoden tauon jälkeen",
            site="Laaksolainen",
        ),
        # --- a kicker in the <h1> set apart by a dash hidden from screen readers ------------
        _row(
            "de_kicker_span_aria_hidden_dash",
            "de",
            "Brand und Neubeginn – Wie ein Dorf seine Bäckerei rettete | Seeblatt",
            _meta("Brand und Neubeginn – Wie ein Dorf seine Bäckerei rettete")
            + ld(
                "NewsArticle", headline="Brand und Neubeginn – Wie ein Dorf seine Bäckerei rettete"
            ),
            _hidden_dash_h1("Brand und Neubeginn", "Wie ein Dorf seine Bäckerei rettete"),
            "Wie ein Dorf seine Bäckerei rettete",
            site="Seeblatt",
        ),
        _row(
            "uk_kicker_span_aria_hidden_dash",
            "uk",
            "Життя громади – Як село врятувало свою пекарню | Вісті Полісся",
            _meta("Життя громади – Як село врятувало свою пекарню"),
            _hidden_dash_h1("Життя громади", "Як село врятувало свою пекарню"),
            "Як село врятувало свою пекарню",
            site="Вісті Полісся",
        ),
        _row(
            "el_kicker_span_aria_hidden_dash",
            "el",
            "Τοπικά – Πώς το χωριό έσωσε τον φούρνο του | Ειδήσεις Κοιλάδας",
            _meta("Τοπικά – Πώς το χωριό έσωσε τον φούρνο του"),
            _hidden_dash_h1("Τοπικά", "Πώς το χωριό έσωσε τον φούρνο του"),
            "Πώς το χωριό έσωσε τον φούρνο του",
            site="Ειδήσεις Κοιλάδας",
        ),
        # --- the page's own quotation marks ---------------------------------------------------
        _row(
            "en_h1_curly_og_straight_with_site",
            "en",
            "New Twist in Bakery Fire Case: Owner Agrees to Talk to Insurer's Lawyers | Dale Post"
            " | by Ann Reed",
            _meta(
                "New Twist in Bakery Fire Case: Owner Agrees to Talk to Insurer's Lawyers | "
                "Dale Post | by Ann Reed"
            )
            + ld(
                "NewsArticle",
                headline="New Twist in Bakery Fire Case: Owner Agrees to Talk to Insurer’s Lawyers",
            ),
            _h1("New Twist in Bakery Fire Case: Owner Agrees to Talk to Insurer’s Lawyers"),
            "New Twist in Bakery Fire Case: Owner Agrees to Talk to Insurer’s Lawyers",
            site="Dale Post",
        ),
        _row(
            "en_h1_straight_og_curly",
            "en",
            "Baker's comeback draws a queue to the church | Moor Times",
            _meta("Baker’s comeback draws a queue to the church"),
            _h1("Baker's comeback draws a queue to the church"),
            "Baker's comeback draws a queue to the church",
            site="Moor Times",
        ),
        _row(
            "fr_h1_typographic_quote_og_plain",
            "fr",
            "L’atelier de Mamie : le village fait la queue | La Voix du Plateau",
            _meta("L'atelier de Mamie : le village fait la queue"),
            _h1("L’atelier de Mamie : le village fait la queue"),
            "L’atelier de Mamie : le village fait la queue",
            site="La Voix du Plateau",
        ),
        # --- a headline quoted whole ------------------------------------------------------------
        _row(
            "de_ch_headline_quoted_whole_guillemets",
            "de",
            "«Ohne Brot kein Dorf»",
            _meta("«Ohne Brot kein Dorf»"),
            _h1("«Ohne Brot kein Dorf»"),
            "«Ohne Brot kein Dorf»",
            site="Seetaler Bote",
        ),
        _row(
            "ru_headline_quoted_whole",
            "ru",
            "«Без хлеба нет деревни» - Вести Заречья",
            _meta("«Без хлеба нет деревни»"),
            _h1("«Без хлеба нет деревни»"),
            "«Без хлеба нет деревни»",
            site="Вести Заречья",
        ),
        _row(
            "es_headline_quoted_whole",
            "es",
            "«Sin pan no hay pueblo» | Heraldo de la Sierra",
            _meta("«Sin pan no hay pueblo»"),
            _h1("«Sin pan no hay pueblo»"),
            "«Sin pan no hay pueblo»",
            site="Heraldo de la Sierra",
        ),
        # --- a kicker line ended by a colon before a <br> -------------------------------------
        _row(
            "de_h1_colon_line_then_br",
            "de",
            "Streit um die Backstube: Es knirscht zwischen Bäckern und Gemeinde | Handwerksblatt",
            _meta("Streit um die Backstube: Es knirscht zwischen Bäckern und Gemeinde"),
            '<h1><span class="line-one">Streit um die Backstube:</span><br><span class="line-two'
            ' accent">Es knirscht zwischen Bäckern und Gemeinde</span></h1>',
            "Streit um die Backstube: Es knirscht zwischen Bäckern und Gemeinde",
            site="Handwerksblatt",
        ),
        _row(
            "ko_h1_colon_line_then_br",
            "ko",
            "빵집 재개장: 마을 광장까지 줄 이어져 | 골짜기신문",
            _meta("빵집 재개장: 마을 광장까지 줄 이어져"),
            '<h1><span class="top">빵집 재개장:</span><br><span class="main big">마을 광장까지 '
            "줄 이어져</span></h1>",
            "빵집 재개장: 마을 광장까지 줄 이어져",
            site="골짜기신문",
        ),
    ],
    _url,
)

FIELDS = ("title",)

# Blind figures (before any fix), judged loose / strict as ``report_titles`` prints them.
BLIND_FIGURES = {"newsextract": "26/36 loose, 23/36 strict", "trafilatura": "15/36, 12/36"}

# After the fixes (an <h1> that is a breadcrumb trail's last crumb gives way to the heading
# showing the social title; a separator hidden from screen readers ends a kicker's line):
# newsextract 30/36 loose, 30/36 strict. Dev pages moved: fundus A ch_TagesAnzeiger_2026_05_18
# and trafilatura A tagesanzeiger.ch.umweltzerstoerung, each 0 -> 1; no other.

# Misses, each with its reason: strict xfails, so a fix shows.
_H1_AND_TITLE_AGAINST_OG_AND_LD = (
    "the visible headline that only the <title> backs loses to an og:title and a JSON-LD "
    "headline agreeing on another wording; ranking such a structured headline under the "
    "<h1> gained a page on the trafilatura set's half A and cost one on fundus's half A "
    "(whose truth takes the social wording there): not kept"
)
_KICKER_SPAN_VISUALLY_HIDDEN_COLON = (
    "a kicker <span> set apart by a colon hidden from sight is read with the headline: "
    "reading that separator as a line's end (as the aria-hidden one is) cost two pages on "
    "fundus's half A, whose truth keeps such kickers, for one gained on the trafilatura "
    "set's half A: not kept"
)
_OPEN: dict[tuple[str, str], str] = {
    ("en_h1_and_title_against_og_and_ld", "title"): _H1_AND_TITLE_AGAINST_OG_AND_LD,
    ("ru_h1_and_title_against_og_and_ld", "title"): _H1_AND_TITLE_AGAINST_OG_AND_LD,
    ("tr_h1_and_title_against_og_and_ld", "title"): _H1_AND_TITLE_AGAINST_OG_AND_LD,
    ("de_kicker_span_visually_hidden_colon", "title"): _KICKER_SPAN_VISUALLY_HIDDEN_COLON,
    ("ro_kicker_span_visually_hidden_colon", "title"): _KICKER_SPAN_VISUALLY_HIDDEN_COLON,
    ("fi_kicker_span_visually_hidden_colon", "title"): _KICKER_SPAN_VISUALLY_HIDDEN_COLON,
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_73(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    report_titles(PROBES, sys.argv[1])
