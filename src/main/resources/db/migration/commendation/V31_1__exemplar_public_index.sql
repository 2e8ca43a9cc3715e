-- The public portal (PublicExemplars) lists the publishable exemplars whose publish date has come.
create index ix_exemplar_public on exemplar (publishable, publishable_from, sort_key, id);
