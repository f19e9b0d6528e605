-- raw: one row per HTTP attempt, appended, never rewritten.
create table if not exists raw.fetches (
    run_id          varchar not null,
    url             varchar not null,
    final_url       varchar,
    status          integer,
    etag            varchar,
    last_modified   varchar,
    content_sha256  varchar,
    bytes           bigint,
    fetched_at      timestamptz not null,
    error           varchar
);
