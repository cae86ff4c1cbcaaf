"""Form markup written in Python: Django's renderer includes two or three templates per option, which was over
half of the article list's CPU and 41 % of the timeline's (63 checkboxes); its input and label templates were
still a third of the filter form's (issue 17). The markup is Django's own (django/forms/widgets/select.html,
multiple_input.html, input.html, django/forms/label.html and the templates they include)."""

from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

# Every widget template that only includes input.html.
INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{kind}.html"
    for kind in ("input", "text", "search", "number", "email", "url", "tel", "password", "hidden", "date", "time")
)
LABEL_TEMPLATE = "django/forms/label.html"


def _attributes(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: False leaves an attribute out, True writes its name alone."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{conditional_escape(str(widget["value"]))}"'
    kind, name = conditional_escape(widget["type"]), conditional_escape(widget["name"])
    return f'<input type="{kind}" name="{name}"{value}{_attributes(widget["attrs"])}>'


def _label(context: dict) -> str:
    label = conditional_escape(context["label"])
    if not context["use_tag"]:
        return label
    tag = conditional_escape(context["tag"])
    return f"<{tag}{_attributes(context['attrs'])}>{label}</{tag}>"


class PythonFormRenderer(DjangoTemplates):
    """Django's renderer, with the input and label templates written in Python; every other template as it is."""

    def render(self, template_name, context, request=None):
        if template_name in INPUT_TEMPLATES:
            return _input(context["widget"])
        if template_name == LABEL_TEMPLATE:
            return _label(context)
        return super().render(template_name, context, request)


def _grouped(optgroups, option_html, *, group_open: str, group_close: str) -> str:
    parts = []
    for group, options, _index in optgroups:
        if group:
            parts.append(format_html(group_open, group))
        parts.extend(option_html(option) for option in options)
        if group:
            parts.append(group_close)
    return "".join(parts)


def _select_option(option) -> str:
    return (
        f'\n  <option value="{conditional_escape(option["value"])}"{_attributes(option["attrs"])}>'
        f"{conditional_escape(option['label'])}</option>"
    )


def _checkbox_option(option) -> str:
    option_id = option["attrs"].get("id")
    label_for = f' for="{conditional_escape(option_id)}"' if option_id else ""
    return (
        f'<div>\n    <label{label_for}><input type="{option["type"]}"'
        f' name="{conditional_escape(option["name"])}" value="{conditional_escape(option["value"])}"'
        f"{_attributes(option['attrs'])}> {conditional_escape(option['label'])}</label></div>"
    )


class PythonSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        options = _grouped(
            widget["optgroups"], _select_option, group_open='\n  <optgroup label="{}">', group_close="\n  </optgroup>"
        )
        opening = f'<select name="{conditional_escape(widget["name"])}"{_attributes(widget["attrs"])}>'
        return mark_safe(f"{opening}{options}\n</select>")  # every value in it is escaped


class PythonCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        own = {key: widget["attrs"].get(key) for key in ("id", "class")}
        opening = "<div" + "".join(f' {key}="{conditional_escape(text)}"' for key, text in own.items() if text) + ">"
        options = _grouped(
            widget["optgroups"], _checkbox_option, group_open="\n  <div><label>{}</label>", group_close="\n  </div>"
        )
        return mark_safe(f"{opening}{options}\n</div>")  # every value in it is escaped
