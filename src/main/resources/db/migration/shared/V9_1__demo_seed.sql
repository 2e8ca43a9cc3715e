-- Which parts of the demo data have been loaded: each part is loaded on the first start only, so a
-- demo record that users rename or withdraw is never brought back.
create table demo_seed (
    part       varchar(40)  primary key,
    loaded_at  timestamp    not null
);
