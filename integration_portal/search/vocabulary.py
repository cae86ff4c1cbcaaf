"""Words the Thai segmenter must know: the portal's own names, and Thai spellings of bloc acronyms.

PyThaiNLP's dictionary has no ``แอนเดียน`` or ``อาซุนซิออน``; without them newmm cuts these names
into syllables that happen to be words (แอน|เดียน), and searches for them match unrelated text.
"""

import re

# Proper names and terms written in Thai transliteration in the portal's texts, and common
# spellings readers type. Names of blocs, countries, capitals, seats, treaties and topics are read
# from the database as well (see domain_words).
THAI_KEY_TERMS = (
    "ลาตินอเมริกา",
    "อเมริกาใต้",
    "อเมริกากลาง",
    "แคริบเบียน",
    "แอนเดียน",
    "แปซิฟิก",
    "เมร์โกซูร์",
    "เมร์โคซูร์",
    "อูนาซูร์",
    "อัลบา",
    "เซลัค",
    "คาริคอม",
    "อาลาดี",
    "โปรซูร์",
    "อาซุนซิออน",
    "มอนเตวิเดโอ",
    "การ์ตาเฮนา",
    "โอรูเปรตู",
    "ตรูฮิโย",
    "ชากัวรามัส",
    "เตกูซิกัลปา",
    "มานากัว",
    "ปารานัล",
    "โบลิวาร์",
    "กุสโก",
    "ฮาวานา",
    "การากัส",
    "บราซิเลีย",
    "โบโกตา",
    "ไมแอมี",
)

# Thai spellings of names the texts write in Latin letters (MERCOSUR, UNASUR…): a Thai reader
# typing เมร์โกซูร์ should find what is written "MERCOSUR".
THAI_NAME_ALIASES = {
    "เมร์โกซูร์": "mercosur",
    "เมร์โคซูร์": "mercosur",
    "อูนาซูร์": "unasur",
    "อัลบา": "alba",
    "เซลัค": "celac",
    "คาริคอม": "caricom",
    "อาลาดี": "aladi",
    "โปรซูร์": "prosur",
}

NAME_SEPARATORS = re.compile(r"[\s()\-–:,.]+")
# Longer runs are phrases (treaty titles), better left to the dictionary's own words.
LONGEST_NAME = 30


def name_chunks(name: str) -> list[str]:
    """The space- or punctuation-separated pieces of a name that are short enough to be one word."""
    return [piece for piece in NAME_SEPARATORS.split(name or "") if 1 < len(piece) <= LONGEST_NAME]


def domain_words() -> set[str]:
    """Thai names from the database (blocs, countries and their capitals, seats, topics) and the key terms above."""
    from articles.models import Topic
    from blocs.models import Bloc, Country

    words = set(THAI_KEY_TERMS)
    sources = [
        (Bloc, ("name_th", "acronym_th", "seat_th")),
        (Country, ("name_th", "capital_th")),
        (Topic, ("name_th",)),
    ]
    for model, fields in sources:
        for values in model.objects.values_list(*fields):
            for value in values:
                words.update(name_chunks(value or ""))
    return words
