"""Paragraph alignment of a translation with its original (transforms/alignment.py).

Hand-written pairs in other house styles (EU–Japan summit in French, US–ROK
statement in Korean) plus the pm.gc.ca ROK–Canada statements of the corpus,
whose French copies are cut at 2,000 characters.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from transforms.alignment import align_paragraphs, alignment_rows
from transforms.alignment_cues import cased_tokens, is_cut, numbers

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "related"
CHROME = {"Main Container", "Prime Minister Crest", "Main Content"}

EN = [
    "The 29th EU-Japan Summit took place in Brussels on 13 July 2023. President of the European Council "
    "Charles Michel and President of the European Commission Ursula von der Leyen met Prime Minister "
    "Kishida Fumio of Japan.",
    "We welcomed the entry into force of the EU-Japan Economic Partnership Agreement (EPA) in 2019 and its "
    "role in trade that now exceeds EUR 120 billion a year. We agreed to hold the next EPA Joint Committee "
    "before the end of 2023.",
    "The EU and Japan will deepen cooperation on critical minerals and semiconductors. A new Digital "
    "Partnership Council will meet in Tokyo in 2024 to take stock of the 12,000 researchers exchanged "
    "under Horizon Europe.",
    "We condemned Russia's war of aggression against Ukraine and reaffirmed our support for the G7 price "
    "cap. We called on the Democratic People's Republic of Korea (DPRK) to abandon its nuclear weapons.",
    "Leaders looked forward to the 30th Summit in Tokyo in 2024.",
]
FR = [
    "Le 29e sommet UE-Japon s'est tenu à Bruxelles le 13 juillet 2023. Le président du Conseil européen, "
    "Charles Michel, et la présidente de la Commission européenne, Ursula von der Leyen, ont rencontré le "
    "premier ministre du Japon, Kishida Fumio.",
    "Nous nous sommes félicités de l'entrée en vigueur, en 2019, de l'accord de partenariat économique "
    "UE-Japon (APE) et de son rôle dans des échanges qui dépassent désormais 120 milliards d'euros par an. "
    "Nous sommes convenus de tenir la prochaine réunion du comité mixte de l'APE avant la fin de 2023.",
    "L'UE et le Japon approfondiront leur coopération en matière de minerais critiques et de "
    "semi-conducteurs.",
    "Un nouveau Conseil du partenariat numérique se réunira à Tokyo en 2024 pour faire le point sur les "
    "12 000 chercheurs échangés dans le cadre d'Horizon Europe.",
    "Nous avons condamné la guerre d'agression menée par la Russie contre l'Ukraine et réaffirmé notre "
    "soutien au plafonnement des prix du G7. Nous avons appelé la République populaire démocratique de "
    "Corée (RPDC) à renoncer à ses armes nucléaires.",
    "Les dirigeants se réjouissent de la tenue du 30e sommet à Tokyo en 2024.",
]
FR_WHOLE = FR[:2] + [FR[2] + " " + FR[3]] + FR[4:]  # the French with EN paragraph 3 kept whole

EN_US = [
    "President Joe Biden and President Yoon Suk Yeol met in Washington on April 26, 2023, to mark the 70th "
    "anniversary of the ROK-U.S. Alliance.",
    "The two leaders welcomed the launch of the Nuclear Consultative Group (NCG) and agreed to convene its "
    "first meeting in 2023.",
    "They committed to expanding people-to-people exchanges, including 2,000 additional fellowships and a "
    "USD 100 million fund for 5 years of STEM education.",
    "The leaders condemned the DPRK's ballistic missile launches in violation of UN Security Council "
    "resolutions and reaffirmed cooperation through the G7 and NATO.",
    "Both sides will hold the next summit in Seoul in 2024 and look forward to celebrating 12,000 exchange "
    "students by 2030.",
]
KO = [
    "조 바이든 대통령과 윤석열 대통령은 2023년 4월 26일 워싱턴에서 만나 한미동맹 70주년을 기념하였다.",
    "양 정상은 핵협의그룹(NCG) 출범을 환영하고, 2023년 내 첫 회의를 개최하기로 합의하였다.",
    "양 정상은 2,000명의 추가 장학생과 5년간 STEM 교육을 위한 1억 달러 규모의 기금을 포함하여 인적 교류를 "
    "확대하기로 약속하였다.",
    "양 정상은 유엔 안전보장이사회 결의를 위반한 북한의 탄도미사일 발사를 규탄하고, G7 및 NATO를 통한 협력을 "
    "재확인하였다.",
    "양측은 2024년 서울에서 차기 정상회의를 개최하고, 2030년까지 교환 학생 12,000명 달성을 기념하기를 기대한다.",
]


def _pairs(result: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in result]


def _body(name: str) -> list[str]:
    """Body paragraphs of a corpus text: blank-line blocks less chrome labels and headings
    (a short block without end punctuation, unless it is the last, cut one)."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} is not present on this machine")
    blocks = [" ".join(b.split()) for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return [b for k, b in enumerate(blocks)
            if b not in CHROME and not (k < len(blocks) - 1 and len(b) < 200 and is_cut(b))]


def test_cues_are_language_independent():
    assert numbers("12,000 et 12 000 et 12\u202f000 en 2023, 60e, 1,5") == {"12000", "2023", "60", "1.5"}
    assert numbers("G7 and G20 in 2024-2025") == {"2024", "2025"}
    assert numbers("2030년까지 12,000명") == {"2030", "12000"}
    assert cased_tokens("à Séoul avec l’OTAN, le G7 et la ST&I") >= {"seoul", "otan", "g7", "st&i"}
    assert cased_tokens("G7 및 NATO를 통한") == {"g7", "nato"}


def test_one_to_one_french_translation():
    result = align_paragraphs(FR_WHOLE, EN)
    assert _pairs(result) == [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]
    assert all(0.9 <= score <= 1.0 for _, _, score in result)


def test_french_paragraph_split_in_two_shares_its_original():
    # one English paragraph, two French ones: a bead of two translation paragraphs to one original
    assert _pairs(align_paragraphs(FR, EN)) == [(1, 1), (2, 2), (3, 3), (4, 3), (5, 4), (6, 5)]


def test_two_originals_merged_into_one_translation_paragraph():
    merged = FR_WHOLE[:3] + [FR_WHOLE[3] + " " + FR_WHOLE[4]]
    assert _pairs(align_paragraphs(merged, EN)) == [(1, 1), (2, 2), (3, 3), (4, 4), (4, 5)]


def test_truncated_translation_aligns_only_its_first_paragraphs():
    cut = FR_WHOLE[:2] + [FR_WHOLE[2][:150]]  # cut mid-word, as a 2,000-character store does
    assert is_cut(cut[-1])
    assert _pairs(align_paragraphs(cut, EN)) == [(1, 1), (2, 2), (3, 3)]


def test_list_items_without_end_punctuation_align_one_to_one():
    en = EN[:2] + ["The leaders endorsed three flagship projects:",
                   "a Green Alliance hydrogen corridor worth EUR 2 billion",
                   "the Horizon Europe association of Japan by 2025",
                   "a joint AI safety institute network"] + EN[2:]
    fr = FR_WHOLE[:2] + ["Les dirigeants ont approuvé trois projets phares :",
                         "un corridor de l'hydrogène de l'Alliance verte d'une valeur de 2 milliards d'euros",
                         "l'association du Japon à Horizon Europe d'ici 2025",
                         "un réseau commun d'instituts de sécurité de l'IA"] + FR_WHOLE[2:]
    assert _pairs(align_paragraphs(fr, en)) == [(k, k) for k in range(1, 10)]


def test_korean_aligned_by_numbers_and_acronyms():
    result = align_paragraphs(KO, EN_US)
    assert _pairs(result) == [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]
    assert min(score for _, _, score in result) >= 0.9


def test_korean_with_a_paragraph_missing_leaves_its_original_unaligned():
    ko = KO[:2] + KO[3:]
    assert _pairs(align_paragraphs(ko, EN_US)) == [(1, 1), (2, 2), (3, 4), (4, 5)]


def test_empty_inputs_give_nothing():
    assert align_paragraphs([], EN) == []
    assert align_paragraphs(FR, []) == []
    assert align_paragraphs([], []) == []
    assert alignment_rows("a-fr", [], "a-en", EN) == []


def test_rows_run_from_the_translation_to_the_original_and_are_stable():
    rows = alignment_rows("eu-2023-07-13-summit-fr", FR, "eu-2023-07-13-summit-en", EN)
    assert rows == alignment_rows("eu-2023-07-13-summit-fr", FR, "eu-2023-07-13-summit-en", EN)
    assert {r["doc_id"] for r in rows} == {"eu-2023-07-13-summit-fr"}
    assert {r["other_doc_id"] for r in rows} == {"eu-2023-07-13-summit-en"}
    assert [(r["paragraph_no"], r["other_paragraph_no"]) for r in rows] == _pairs(align_paragraphs(FR, EN))
    assert rows == sorted(rows, key=lambda r: (r["paragraph_no"], r["other_paragraph_no"]))
    assert set(rows[0]) == {"doc_id", "paragraph_no", "other_doc_id", "other_paragraph_no", "score"}
    assert all(0.3 <= r["score"] <= 1.0 for r in rows)


def test_anchor_statement_french_copy_aligns_with_its_first_english_paragraphs():
    en = _body("2023-05-17-rok-canada-joint-statement-en.txt")
    fr = _body("2023-05-17-rok-canada-joint-statement-fr.txt")
    # checked by hand: the French copy holds the opening meeting paragraph, the history paragraph
    # and, cut at 2,000 characters, the Indo-Pacific paragraph
    assert fr[0].startswith("Nous, le président Yoon") and en[0].startswith("We, President Yoon")
    assert fr[1].startswith("Ancrée dans les liens") and en[1].startswith("Rooted in strong people-to-people")
    assert fr[2].startswith("Dans le cadre de leur stratégie") and en[2].startswith("Through our respective")
    assert len(fr) == 3 and len(en) > 40
    result = align_paragraphs(fr, en)
    assert _pairs(result) == [(1, 1), (2, 2), (3, 3)]
    assert min(score for _, _, score in result) >= 0.9


def test_2022_statement_both_copies_cut():
    en = _body("2022-09-23-rok-canada-joint-statement-en.txt")
    fr = _body("2022-09-23-rok-canada-joint-statement-fr.txt")
    # English: dateline, 60th-anniversary and Korean War paragraphs (the last cut); French: the same
    # three and the start of a fourth ("Nos peuples ont noué de forts liens") with no English left
    assert len(en) == 3 and len(fr) == 4
    assert _pairs(align_paragraphs(fr, en)) == [(1, 1), (2, 2), (3, 3)]


def test_a_repeated_greeting_does_not_mislead_the_length_ratio():
    # a transcript whose English copy prints the greeting twice: the median paragraph
    # lengths of the two sides then differ ten-fold, which must not set the ratio
    en = ["Good morning.", "Good morning.", "Thanks, Olaf.",
          "Today Chancellor Scholz and I agreed to launch a Hydrogen Alliance by 2025, with "
          "EUR 300 million for pilot plants in Hamburg and Halifax.",
          "We also spoke about Ukraine, about the G7 and about the NATO summit in Vilnius, where "
          "we will meet again in July. Our two countries will keep standing together.",
          "Canada and Germany share deep ties of family and trade. More than 3 million Canadians "
          "trace their roots to Germany, and we intend to make those ties even stronger."]
    de = ["Guten Morgen.", "Danke, Olaf.",
          "Heute haben Bundeskanzler Scholz und ich vereinbart, bis 2025 eine Wasserstoffallianz zu "
          "gründen, mit 300 Millionen EUR für Pilotanlagen in Hamburg und Halifax.",
          "Wir haben auch über die Ukraine, über die G7 und über den NATO-Gipfel in Vilnius gesprochen, "
          "wo wir uns im Juli wiedersehen. Unsere beiden Länder stehen weiter zusammen.",
          "Kanada und Deutschland verbinden enge familiäre und wirtschaftliche Bande. Mehr als 3 "
          "Millionen Kanadier haben deutsche Wurzeln, und wir wollen diese Bande weiter stärken."]
    pairs = align_paragraphs(de, en)
    assert [(a, b) for a, b, _ in pairs][1:] == [(2, 3), (3, 4), (4, 5), (5, 6)]
    assert pairs[0][:2] in {(1, 1), (1, 2)}


def test_pairs_aligned_on_two_processes_give_the_rows_of_one():
    from transforms.alignment_pairs import PAIRS_PER_TASK, align_pairs

    en = ["Canada and Korea will expand trade in 2024.", "The two leaders met in Seoul on May 17.",
          "They agreed on a roadmap for critical minerals, batteries and clean energy."]
    fr = ["Le Canada et la Corée élargiront leurs échanges en 2024.", "Les deux dirigeants se sont rencontrés à Séoul le 17 mai.",
          "Ils ont convenu d'une feuille de route sur les minéraux critiques, les batteries et l'énergie propre."]
    jobs = [(f"fr-{k}", fr[: 1 + k % 3], f"en-{k}", en) for k in range(PAIRS_PER_TASK + 7)]
    one = align_pairs(jobs, workers=1)
    two = align_pairs(jobs, workers=2, parallel_from=1)
    assert two == one
    assert {r["doc_id"] for r in one} == {f"fr-{k}" for k in range(PAIRS_PER_TASK + 7)}
    assert [r for r in one if r["doc_id"] == "fr-2"][2]["other_paragraph_no"] == 3
