"""The documents follow the domain: the vote's cut with its ties, and who is present."""

from __future__ import annotations

from exports import snapshot
from exports.pack import export_pack
from sessions import demo, questions
from tests.exports.pdftools import text_of


def _tied_vote(store):
    """Five questions with 5, 4, 3, 3, 1 votes and a top 3: two tie for the last place."""
    ids = [questions.add(store, text) for text in (
        "Netwerken buiten je afdeling", "Initiatief nemen", "Zichtbaar blijven",
        "Samenwerken met bewoners", "Leren van fouten")]
    for qid, votes in zip(ids, (5, 4, 3, 3, 1), strict=True):
        questions.set_votes(store, qid, votes)
    return ids


def test_the_report_shows_the_tie_the_console_shows(tmp_path):
    """Issue 14.4: the printed report used to break a tie that the console shows as a tie."""
    store = demo.create_demo(tmp_path / "t.startdag")
    try:
        ids = _tied_vote(store)
        cut = questions.cut(store)
        assert (cut.sure, cut.tied, cut.places) == (ids[:2], ids[2:4], 1)
        snap = snapshot.load(store)
        assert snap.marked_questions() == {ids[0]: 1, ids[1]: 2, ids[2]: 3, ids[3]: 3}
        assert snap.tied_questions() == ids[2:4]
        (pdf,) = export_pack(store, tmp_path / "out", only={"report"}, lang="nl")
        text = text_of(pdf)
        assert text.count("3=") == 2
        assert "2 vragen staan gelijk voor de laatste 1 plaats(en)" in " ".join(text.split())
        # once the facilitator has chosen, the documents show the choice
        questions.choose(store, [ids[0], ids[1], ids[3]])
        snap = snapshot.load(store)
        assert snap.marked_questions() == {ids[0]: 1, ids[1]: 2, ids[3]: 3}
        assert snap.tied_questions() == []
    finally:
        store.close()


def test_report_headings_keep_with_what_follows(tmp_path):
    """Issue 14.19: the report left "Acties" alone at the foot of a page."""
    from exports import handouts
    from exports.pdf_base import styles
    from tests.exports.filling import fill_day

    s = styles()
    assert s["h1"].keepWithNext and s["h2"].keepWithNext
    store = demo.create_demo(tmp_path / "h.startdag")
    try:
        fill_day(store)
        story = handouts.report_story(snapshot.load(store), "nl")
        for i, flowable in enumerate(story[:-1]):
            style = getattr(flowable, "style", None)
            if style is not None and style.name in ("h1", "h2"):
                follower = type(story[i + 1]).__name__
                assert follower not in ("CondPageBreak", "Spacer", "PageBreak"), (
                    flowable.getPlainText(), follower)
        (pdf,) = export_pack(store, tmp_path / "out", only={"report"}, lang="nl")
        for page in text_of(pdf).split("\f") if "\f" in text_of(pdf) else []:
            lines = [x for x in page.splitlines() if x.strip()]
            assert lines[-1].strip() not in ("Acties", "Groepen", "Vragen")
    finally:
        store.close()
