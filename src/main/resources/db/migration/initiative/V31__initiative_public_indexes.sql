-- The public portal (PublicInitiatives) reads published models only: in name order, by commune (the
-- home figures and the commune filter) and by id (the sitemaps).
create index ix_initiative_public_sort on initiative (published, sort_key, id);
create index ix_initiative_public_commune on initiative (published, commune_code);
create index ix_initiative_public_id on initiative (published, id);
