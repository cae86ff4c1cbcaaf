"""The choice widgets written in Python give the markup Django's template renderer gives for the same field, but
for the line breaks its templates leave between tags (which a browser lays out as the spaces written here)."""

import re

import pytest
from django import forms

from integration_portal.web.widgets import PythonCheckboxSelectMultiple, PythonSelect

CHOICES = [("", "Any bloc"), ("mercosur", "Mercosur"), ("can", 'Comunidad "Andina" <CAN> & co'), ("ธ", "ไทย")]
GROUPED = [("South", [("mercosur", "Mercosur"), ("can", "CAN")]), ("North", [("sica", "SICA")]), ("x", "Other")]


def same_layout(html: str) -> str:
    """Runs of whitespace as one space, none between tags: what HTML's layout makes of them here."""
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html)).strip()


def django_markup(widget_class, choices, name, value, attrs):
    # The reference: Django's own widget, through its template renderer.
    return same_layout(widget_class(choices=choices).render(name, value, attrs))


@pytest.mark.parametrize("choices", [CHOICES, GROUPED], ids=["flat", "optgroups"])
@pytest.mark.parametrize("value", [None, "", "can", "ธ", "missing"])
def test_a_select_is_written_as_django_writes_it(choices, value):
    attrs = {"id": "id_bloc", "class": "wide", "required": True, "disabled": False, "data-x": '"quoted"'}
    expected = django_markup(forms.Select, choices, "bloc", value, attrs)
    assert same_layout(PythonSelect(choices=choices).render("bloc", value, attrs)) == expected


@pytest.mark.parametrize("choices", [CHOICES[1:], GROUPED], ids=["flat", "optgroups"])
@pytest.mark.parametrize("value", [None, [], ["can"], ["mercosur", "ธ", "sica"]])
@pytest.mark.parametrize(
    "attrs", [{"id": "id_bloc"}, {}, {"id": "id_b", "class": "boxes"}], ids=["id", "no-id", "class"]
)
def test_checkboxes_are_written_as_django_writes_them(choices, value, attrs):
    expected = django_markup(forms.CheckboxSelectMultiple, choices, "bloc", value, attrs)
    assert same_layout(PythonCheckboxSelectMultiple(choices=choices).render("bloc", value, attrs)) == expected


def test_a_label_is_escaped():
    html = PythonSelect(choices=CHOICES).render("bloc", None, {})
    assert "Comunidad &quot;Andina&quot; &lt;CAN&gt; &amp; co" in html
    assert "<CAN>" not in html


@pytest.mark.parametrize("widget_class", [forms.TextInput, forms.SearchInput, forms.NumberInput, forms.HiddenInput])
@pytest.mark.parametrize("value", [None, "", 0, 1991, 'a "quoted" <b> & ไทย'])
def test_an_input_is_written_as_django_writes_it(widget_class, value):
    from integration_portal.web.widgets import PythonFormRenderer

    attrs = {"id": "id_q", "required": True, "disabled": False, "placeholder": "<año>", "size": 5}
    expected = widget_class().render("q", value, attrs)  # Django's template renderer
    assert widget_class().render("q", value, attrs, renderer=PythonFormRenderer()) == expected


@pytest.mark.parametrize("auto_id", ["id_%s", False])
def test_a_label_is_written_as_django_writes_it(auto_id):
    from integration_portal.web.widgets import PythonFormRenderer

    class Words(forms.Form):
        q = forms.CharField(label='Palabras & "frases" <ไทย>', required=False)

    ours = Words(auto_id=auto_id, renderer=PythonFormRenderer())["q"]
    theirs = Words(auto_id=auto_id)["q"]
    assert ours.label_tag() == theirs.label_tag()
    assert ours.label_tag(attrs={"class": "wide", "hidden": True}) == theirs.label_tag(
        attrs={"class": "wide", "hidden": True}
    )
