-- core.cap_topics: Comparative Agendas Project (CAP) major topics, the codes of core.commitments.themes.
-- Reference data, rewritten on every schema apply so a label fix reaches existing warehouses.
create table if not exists core.cap_topics (
    code   integer primary key,
    label  varchar not null
);

insert or replace into core.cap_topics (code, label) values
    (1,  'Macroeconomics'),
    (2,  'Civil Rights'),
    (3,  'Health'),
    (4,  'Agriculture'),
    (5,  'Labor'),
    (6,  'Education'),
    (7,  'Environment'),
    (8,  'Energy'),
    (9,  'Immigration'),
    (10, 'Transportation'),
    (12, 'Law and Crime'),
    (13, 'Social Welfare'),
    (14, 'Housing'),
    (15, 'Domestic Commerce'),
    (16, 'Defense'),
    (17, 'Technology'),
    (18, 'Foreign Trade'),
    (19, 'International Affairs'),
    (20, 'Government Operations'),
    (21, 'Public Lands'),
    (23, 'Culture');
