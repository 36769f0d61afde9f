"""The expertise grid's narrow column headers break long Dutch compounds where Dutch does."""

from __future__ import annotations

from ui.peer.grid import hyphenated


def test_long_compounds_break_at_a_dutch_hyphenation_point():
    # the walkthrough saw "Jongerenw-erk", "gespreksv-oering" and "Schuldhul-pverlening"
    assert hyphenated("Jongerenwerk", 11) == ("Jongeren-", "werk")
    assert hyphenated("gespreksvoering", 11) == ("gespreks-", "voering")
    assert hyphenated("Schuldhulpverlening", 11) == ("Schuldhulp-", "verlening")
    assert hyphenated("bewonersparticipatie", 11)[0] == "bewoners-"


def test_short_words_stay_whole_and_every_part_fits():
    assert hyphenated("wijk", 11) == ("wijk",)
    for word in ("Schuldhulpverleningsorganisatie", "Xqzxqzxqzxqzxqzxqz",
                 "arbeidsmarktcommunicatiedeskundige"):
        parts = hyphenated(word, 11)
        assert all(len(p) <= 11 for p in parts), parts
        assert "".join(p.removesuffix("-") for p in parts) == word
