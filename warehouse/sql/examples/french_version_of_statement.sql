-- What does the French version of a statement say, paragraph by paragraph?
-- For every English document with a French translation (core.document_links, relation
-- translation_of, in either direction), each English paragraph beside its aligned French
-- paragraph (core.paragraph_alignments, either direction); French columns are null when unaligned.
with

translation_pairs as (
    select distinct doc_id as en_doc_id, related_doc_id as fr_doc_id, related_title as fr_title,
        related_url as fr_url
    from marts.document_family
    where relation = 'translation_of' and language = 'en' and related_language = 'fr'
),

alignments as (
    select doc_id, paragraph_no, other_doc_id, other_paragraph_no, score
    from core.paragraph_alignments
    union all
    select other_doc_id, other_paragraph_no, doc_id, paragraph_no, score
    from core.paragraph_alignments
)

select
    pairs.en_doc_id,
    pairs.fr_doc_id,
    pairs.fr_title,
    pairs.fr_url,
    english.paragraph_no,
    english.text as english_text,
    french.paragraph_no as fr_paragraph_no,
    french.text as french_text,
    alignments.score
from translation_pairs as pairs
join core.paragraphs as english on english.doc_id = pairs.en_doc_id
left join alignments
    on alignments.doc_id = english.doc_id
    and alignments.paragraph_no = english.paragraph_no
    and alignments.other_doc_id = pairs.fr_doc_id
left join core.paragraphs as french
    on french.doc_id = alignments.other_doc_id
    and french.paragraph_no = alignments.other_paragraph_no
order by pairs.en_doc_id, pairs.fr_doc_id, english.paragraph_no, fr_paragraph_no
