"""The word lists every language file holds (``LabelList``, its TOML keys), and which of them
a language may leave empty.

Apart from ``language_files``, which reads and checks the files, and ``labels``, which
answers the callers: every module that asks for a list names it by this enum, and the
enum alone is what a caller needs to import for that.
"""

from __future__ import annotations

import enum


class LabelList(enum.StrEnum):
    """The lists each language file holds (the TOML keys)."""

    BYLINE = "byline"  # before the names: "By", "Par", "Von", "記者"
    # byline labels that are other languages' words, read on their own language's pages only:
    # Catalan "per" (Italian "for", the given name Per)
    BYLINE_IN_LANGUAGE = "byline_in_language"
    BYLINE_JOINERS = "byline_joiners"  # between two names: "and", "und", "、"
    # joiners that are other languages' words, read on their own language's pages only:
    # Tagalog "at" ("and"; English "at", which opens a place or an employer)
    BYLINE_JOINERS_IN_LANGUAGE = "byline_joiners_in_language"
    # a joining letter written as the first letter of the second name: Hebrew "ו", Arabic
    # "و" ("דנה כהן ויוסי לוי"), read on their own language's pages only
    PREFIX_JOINERS = "prefix_joiners"
    # "in" before a section or a place after a writer's name ("by Jane Doe in Recipes",
    # "przez Anna Nowak w kategorii Ogród"), read on its own language's pages only (Swedish
    # "i" is Polish "and", Spanish "en" Dutch "and")
    PLACE_PREPOSITIONS = "place_prepositions"
    # words opening an institution credited as an author, its name taken whole: "Ministry",
    # "Ministerstwo" ("Ministerstwo Rolnictwa i Rozwoju Wsi" is one author, not two)
    INSTITUTIONS = "institutions"
    # articles before such a name, dropped from it: "the", "le" ("By the Ministry of Health")
    INSTITUTION_ARTICLES = "institution_articles"
    DATE_WORDS = "date_words"  # between a name or label and a date: "le", "am", "on"
    ROLES = "roles"  # job titles beside a name: "Staff Writer", "기자"
    CONTRIBUTORS = "contributors"  # other credits: "Photo:", "Grafik:", "Edited by"
    CREDIT = "credit"  # the credited source: "Source:", "Quelle:", "出典"
    TAGS = "tags"  # "Tags:", "Schlagworte:", "Etiketler:"
    CATEGORIES = "categories"  # "Categories:", "Rubrik:", "Catégories:"
    PUBLISHED = "published"  # "Published", "Veröffentlicht", "公開"
    UPDATED = "updated"  # "Updated", "Mis à jour", "更新"
    # a citation's access date in a reference list: "Retrieved", "Abgerufen am", "consulté le"
    ACCESSED = "accessed"
    SHARE = "share"  # "Share this article", "Partager", "Teilen"
    COMMENTS = "comments"  # "Comments", "Laisser un commentaire", "댓글"
    # a comment section's class/id words: "comentarios", "yorumlar", "binh-luan"
    COMMENT_SECTION = "comment_section"
    PLACEHOLDERS = "placeholders"  # credits naming no one: "Redaktion", "Agenturen", "staff"
    AD_LABELS = "ad_labels"  # "Advertisement", "Anzeige", "Reklam", "広告"
    READ_MORE = "read_more"  # lines sending the reader elsewhere: "Read more", "Lire aussi"
    WIDGETS = "widgets"  # a player's or widget's label: "Watch now", "Up next"
    READING_TIME = "reading_time"  # "4 min read", "Lesedauer: 5 Minuten", "約3分で読めます"
    RIGHTS_RESERVED = "rights_reserved"  # "All rights reserved", "Alle Rechte vorbehalten"
    # An author bio's profession, not a byline's title (ROLES): "reporter", "Redakteurin"
    PROFESSIONS = "professions"
    COPULAS = "copulas"  # "to be" linking a name to a profession in a bio: "is", "ist", "jest"
    PROMPTS = "prompts"  # a consent, sign-up or paywall box: "Drittanbieter", "購読"
    ABOUT_NOTES = "about_notes"  # a note about the article: "First published", "Traduit de"
    TRANSLATION_NOTES = "translation_notes"  # "This article was machine-translated"
    READER_NOTES = "reader_notes"  # a closing note addressed to the reader: "Dear reader"
    # a link's bracketed note for screen readers: "(opens in a new window)", "(neues Fenster)"
    LINK_NOTES = "link_notes"
    AUTHOR_BOX = "author_box"  # an author box's heading before the name: "About", "Über"
    # the heading over a list of the text's sources: "References", "Einzelnachweise", "出典"
    REFERENCES = "references"
    # a platform's follow button beside its writer's name: "Follow", "关注", "フォロー"
    FOLLOW = "follow"


# Lists a language may leave empty: not every language has words of these kinds (placeholder
# credits, byline labels and joiners that are other languages' words: Tagalog's only joiner
# "at" is English "at", so it is listed as read on Tagalog pages only), or none were seen on
# its pages yet (read-more openings, widget labels, reading times; the ad labels of Xhosa and Zulu
# pages; an author bio's professions and copulas, the box prompts, the notes about an article
# or to its reader and the author boxes' headings, listed for the languages whose pages
# showed them or whose address to the reader is known; a link's note that it opens a new
# window, listed for the languages whose wording of it is known; the class words of comment
# sections, listed for the languages whose templates name them; the headings of reference
# lists, listed for the languages they were written for).
MAY_BE_EMPTY = frozenset(
    {
        LabelList.FOLLOW,  # listed for the languages whose platforms' buttons are known
        LabelList.BYLINE_IN_LANGUAGE,
        LabelList.BYLINE_JOINERS,
        LabelList.BYLINE_JOINERS_IN_LANGUAGE,
        LabelList.PREFIX_JOINERS,
        LabelList.PLACE_PREPOSITIONS,
        LabelList.INSTITUTIONS,
        LabelList.INSTITUTION_ARTICLES,
        LabelList.ACCESSED,
        LabelList.PLACEHOLDERS,
        LabelList.AD_LABELS,
        LabelList.READ_MORE,
        LabelList.WIDGETS,
        LabelList.READING_TIME,
        LabelList.PROFESSIONS,
        LabelList.COPULAS,
        LabelList.PROMPTS,
        LabelList.ABOUT_NOTES,
        LabelList.TRANSLATION_NOTES,
        LabelList.READER_NOTES,
        LabelList.LINK_NOTES,
        LabelList.RIGHTS_RESERVED,
        LabelList.AUTHOR_BOX,
        LabelList.COMMENT_SECTION,
        LabelList.REFERENCES,
    }
)
