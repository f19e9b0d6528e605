create table if not exists quality.validation_results (
    run_id       varchar not null,
    suite        varchar not null,
    expectation  varchar not null,
    severity     varchar not null,
    success      boolean not null,
    observed     varchar,
    checked_at   timestamptz
);

create table if not exists quality.quarantine (
    run_id       varchar not null,
    table_name   varchar not null,
    expectation  varchar not null,
    reason       varchar not null,
    doc_id       varchar,
    row_json     varchar,
    quarantined_at timestamptz
);

create table if not exists meta.pipeline_runs (
    run_id          varchar primary key,
    flow_run_id     varchar,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    mode            varchar not null,
    docs_seen       integer not null,
    docs_changed    integer not null,
    docs_failed     integer not null,
    rows_published  bigint not null,
    status          varchar not null,
    stage_seconds   varchar,
    errors          varchar
);
