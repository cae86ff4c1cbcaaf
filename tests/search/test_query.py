"""Web-search syntax: phrases, or, exclusions; and what any typed text turns into."""

import pytest

from integration_portal.search.query import MAX_QUERY_LENGTH, MAX_TERMS, parse


def test_groups_phrases_or_and_exclusions():
    parsed = parse('cooperación "tratado de asunción" or ouro -venezuela')
    assert [[(t.text, t.phrase, t.negated) for t in group] for group in parsed.groups] == [
        [("cooperación", False, False)],
        [("tratado de asunción", True, False), ("ouro", False, False)],
        [("venezuela", False, True)],
    ]
    assert parsed.websearch_groups() == ["cooperacion", '"tratado de asuncion" or ouro', "-venezuela"]


def test_relaxed_query_keeps_exclusions():
    relaxed = parse("comercio asia -china").relaxed()
    assert [[t.text for t in group] for group in relaxed.groups] == [["comercio", "asia"], ["china"]]
    assert relaxed.groups[1][0].negated


@pytest.mark.parametrize(
    "text",
    ["", "   ", "-solo", "!!! ??? ...", '"', "or or or", "🙂🙂", "-x -y"],
)
def test_nothing_to_look_for(text):
    assert not parse(text).has_positive_terms


@pytest.mark.parametrize("text", ['"unbalanced quote', "mercosur\x00", "DROP TABLE x; --", "mercosur🙂ประชาคม"])
def test_odd_input_still_has_words(text):
    parsed = parse(text)
    assert parsed.has_positive_terms
    assert "\x00" not in parsed.websearch()


def test_long_queries_are_cut_and_say_so():
    parsed = parse("integracion " * 2000)
    assert parsed.truncated and len(parsed.text) <= MAX_QUERY_LENGTH
    assert parsed.too_many_terms
    assert sum(len(group) for group in parsed.groups) == MAX_TERMS


@pytest.mark.django_db
def test_thai_query_is_segmented_and_quoted():
    assert parse("ไฟฟ้า or เมร์โกซูร์ -ชิลี").thai_tsquery() == ("(('ไฟฟ้า') | (('เมร์โกซูร์' | 'mercosur'))) & !('ชิลี')")


@pytest.mark.django_db
def test_thai_phrase_keeps_word_order():
    tsquery = parse('"ระบบส่งจ่ายไฟฟ้า"').thai_tsquery()
    assert "<" in tsquery and tsquery.index("ระบบ") < tsquery.index("ไฟฟ้า")


@pytest.mark.django_db
def test_lexemes_are_quoted_so_no_text_becomes_tsquery_syntax():
    from django.db import connection

    from integration_portal.search.index import quote_lexeme

    hostile = "a' | !b \\ & c:*"
    with connection.cursor() as cursor:
        cursor.execute("SELECT numnode(%s::tsquery), %s::tsquery::text", [quote_lexeme(hostile), quote_lexeme(hostile)])
        nodes, text = cursor.fetchone()
    assert nodes == 1  # one lexeme, not an expression
    assert text == quote_lexeme(hostile)
