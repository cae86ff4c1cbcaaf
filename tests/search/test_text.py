"""Folding and Thai segmentation: the words the index and the queries agree on."""

import concurrent.futures
import threading
import uuid

import nlpo3
import pytest

from integration_portal.core.text import plain_text
from integration_portal.search import text
from integration_portal.search.text import fold, segmenter


@pytest.mark.parametrize("text", ["cooperación", "COOPERACIÓN", "cooperacion", "CoOpErAcIoN"])
def test_fold_removes_case_and_accents(text):
    assert fold(text) == "cooperacion"


def test_fold_keeps_thai_marks():
    # Thai vowel and tone marks are combining characters too; removing them would change the word.
    assert fold("ความร่วมมือ") == "ความร่วมมือ"
    assert fold("España Perú") == "espana peru"


def test_plain_text_drops_markup():
    assert plain_text("<p>Tratado &amp; <b>protocolo</b></p>") == "Tratado & protocolo"


@pytest.mark.django_db
def test_thai_names_of_the_portal_stay_one_word():
    words = [word.text for word in segmenter().words_of("ประชาคมแอนเดียนและเมร์โกซูร์")]
    assert words == ["ประชาคมแอนเดียน", "และ", "เมร์โกซูร์"]


@pytest.mark.django_db
def test_word_offsets_point_into_the_original_text():
    text = "ในปี 2534 ประชาคมแอนเดียน (CAN) ลงนาม"
    for word in segmenter().words_of(text):
        assert text[word.start : word.end] == word.text


@pytest.mark.django_db
def test_compounds_carry_their_parts():
    by_text = {word.text: word for word in segmenter().words_of("ประชาคมแอนเดียนกับการไฟฟ้า")}
    assert by_text["ประชาคมแอนเดียน"].parts == ("ประชาคม", "แอนเดียน")
    assert "ไฟฟ้า" in by_text["การไฟฟ้า"].parts


def test_threads_loading_the_same_new_dictionary_at_once_all_get_it():
    """gunicorn's threads share a process, and its first searches arrive together: nlpo3 refuses to load a
    second dictionary under a name it holds, which once made one of them answer 500."""
    words = {"ทดสอบ", f"คำใหม่{uuid.uuid4().hex}"}  # a word list no test has loaded
    start = threading.Barrier(8)

    def load():
        start.wait()
        return text.load_dictionary(words)

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        names = list(pool.map(lambda _: load(), range(8)))
    assert len(set(names)) == 1
    assert nlpo3.segment("ทดสอบ", names[0]) == ["ทดสอบ"]
