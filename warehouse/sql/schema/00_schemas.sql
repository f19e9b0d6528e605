create schema if not exists raw;
create schema if not exists core;
create schema if not exists quality;
create schema if not exists meta;
create schema if not exists marts;
