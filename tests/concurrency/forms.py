"""What a browser would post back from a page's form: inputs, checked boxes, selected options and text areas."""

from html.parser import HTMLParser


class FormValues(HTMLParser):
    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.values: list[tuple[str, str]] = []
        self._select: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or ("name" not in attrs and tag in ("input", "select", "textarea")):
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.values.append((attrs["name"], attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.values.append((self._select, attrs.get("value", "")))
        elif tag == "textarea":
            self._textarea, self._text = attrs["name"], []

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            # A browser drops the one line break that may follow <textarea>.
            self.values.append((self._textarea, "".join(self._text).removeprefix("\n")))
            self._textarea = None


def form_values(html: str, form_id: str) -> list[tuple[str, str]]:
    parser = FormValues(form_id)
    parser.feed(html)
    return parser.values


def replaced(values: list[tuple[str, str]], **changes: str) -> list[tuple[str, str]]:
    return [(name, changes.get(name, value)) for name, value in values]
