from modeltranslation.translator import TranslationOptions

from integration_portal.i18n import register_translated

from .models import Article, Author, Footnote, Topic


class TopicTranslationOptions(TranslationOptions):
    fields = ("name", "description")


class AuthorTranslationOptions(TranslationOptions):
    fields = ("affiliation", "bio")


class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")


class FootnoteTranslationOptions(TranslationOptions):
    fields = ("text",)


register_translated(Topic, TopicTranslationOptions)
register_translated(Author, AuthorTranslationOptions)
register_translated(Article, ArticleTranslationOptions)
register_translated(Footnote, FootnoteTranslationOptions)
