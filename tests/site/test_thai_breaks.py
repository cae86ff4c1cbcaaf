"""Thai lines break between words: <wbr> where the portal's segmenter and dictionary put word boundaries."""

import pytest
from django.template import Context, Template

pytestmark = pytest.mark.django_db


def render(text: str) -> str:
    return Template("{% load portal %}{{ text|thai_breaks }}").render(Context({"text": text}))


def test_the_portals_names_stay_whole_and_lines_break_between_words():
    # The breaks the browser got wrong: การบูรณา|การ, ลาตินอเม|ริกา, แอน|เดียน.
    assert render("พอร์ทัลบูรณาการละตินอเมริกา") == "พอร์ทัล<wbr>บูรณาการ<wbr>ละติน<wbr>อเมริกา"
    assert "แอน<wbr>เดียน" not in render("ประชาคมแอนเดียน")
    assert render("ประชาคมแอนเดียน").replace("<wbr>", "") == "ประชาคมแอนเดียน"


def test_text_without_thai_is_only_escaped_and_markup_in_thai_text_too():
    assert render("Mercosur & <b>CAN</b>") == "Mercosur &amp; &lt;b&gt;CAN&lt;/b&gt;"
    assert render("<script>ไทย</script>") == "&lt;script&gt;ไทย&lt;/script&gt;"


def test_thai_pages_carry_the_markers_and_readers_copy_the_text_unchanged(client):
    html = client.get("/th/").content.decode()
    assert "พอร์ทัล<wbr>บูรณาการ<wbr>ละติน<wbr>อเมริกา" in html  # the site's name in the header
