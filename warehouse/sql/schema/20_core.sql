-- core: normalised tables; per-document tables are replaced document by document.
-- Keys are declared as critical expectations (expectations/suites), not as constraints,
-- so a duplicated key reaches the gate and is quarantined with its reason instead of
-- aborting the load, and bulk loads skip index maintenance.
create table if not exists core.documents (
    doc_id            varchar not null,
    url               varchar not null,
    publisher         varchar not null,
    doc_type          varchar not null,
    title             varchar not null,
    published_on      date,
    location          varchar,
    language          varchar not null,
    content_sha256    varchar not null,
    version           integer not null,
    text_sha256       varchar not null,
    parties           varchar[],
    adapter           varchar,
    fetched_at        timestamptz,
    rules_sha256      varchar  -- the extraction rules the rows were made under (transforms/rules.py)
);
-- warehouses made before the column existed get it (null: extracted under unknown rules)
alter table core.documents add column if not exists rules_sha256 varchar;

create table if not exists core.document_versions (
    doc_id          varchar not null,
    version         integer not null,
    content_sha256  varchar not null,
    text_sha256     varchar not null,
    first_seen_at   timestamptz not null
);

create table if not exists core.document_hrefs (
    doc_id  varchar not null,
    href    varchar not null,
    text    varchar
);

create table if not exists core.document_links (
    from_doc_id  varchar not null,
    to_doc_id    varchar not null,
    relation     varchar not null
);

create table if not exists core.sections (
    doc_id      varchar not null,
    section_no  integer not null,
    heading     varchar not null
);

create table if not exists core.paragraphs (
    doc_id        varchar not null,
    paragraph_no  integer not null,
    section_no    integer not null,
    text          varchar not null,
    is_list_item  boolean not null default false
);

create table if not exists core.sentences (
    doc_id        varchar not null,
    paragraph_no  integer not null,
    sentence_no   integer not null,
    text          varchar not null,
    kind          varchar not null,
    actors        varchar[]
);

create table if not exists core.commitments (
    commitment_id  varchar not null,
    doc_id         varchar not null,
    paragraph_no   integer not null,
    sentence_no    integer not null,
    text           varchar not null,
    actors         varchar[] not null,
    verb           varchar,
    strength       varchar not null,
    themes         integer[] not null,
    target_years   integer[] not null
);

create table if not exists core.instruments (
    instrument_id      varchar not null,
    name               varchar not null,
    short_name         varchar,
    kind               varchar not null,
    parties            varchar[],
    first_seen_doc_id  varchar not null,
    latest_event       varchar,
    latest_event_on    date
);

create table if not exists core.instrument_mentions (
    instrument_id   varchar not null,
    doc_id          varchar not null,
    paragraph_no    integer not null,
    sentence_no     integer not null,
    event           varchar not null,
    surface         varchar not null,
    -- what the mention itself says (the registry row holds the merged view)
    name            varchar,
    short_name      varchar,
    kind            varchar,
    parties         varchar[],
    aliases         varchar[],
    mention_type    varchar,  -- title | acronym | descriptive | anaphor
    language        varchar,
    char_start      integer,
    year            integer,
    quantity_value  double,
    quantity_unit   varchar,
    quantity_what   varchar
);

create table if not exists core.organizations (
    org_id   varchar not null,
    name     varchar not null,
    acronym  varchar
);

create table if not exists core.organization_mentions (
    org_id        varchar not null,
    doc_id        varchar not null,
    paragraph_no  integer not null,
    sentence_no   integer not null,
    surface       varchar not null
);

create table if not exists core.paragraph_alignments (
    doc_id              varchar not null,
    paragraph_no        integer not null,
    other_doc_id        varchar not null,
    other_paragraph_no  integer not null,
    score               double not null
);
