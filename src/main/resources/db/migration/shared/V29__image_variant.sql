-- Resized copies of uploaded photos (vn.mohinh.shared.files.ResponsiveImages), kept in the file store by
-- content hash like every file. One row per width of an original; the row whose variant_hash is the
-- original's own hash gives the original's upright size. Derived data, rebuilt from the originals at
-- will, hence not audited.
create table image_variant (
    original_hash  varchar(64) not null,
    width          integer     not null,
    height         integer     not null,
    variant_hash   varchar(64) not null,
    file_type      varchar(10) not null,
    bytes          bigint      not null,
    created_at     timestamp   not null,
    primary key (original_hash, width)
);
-- The file store asks whether any record still points to a hash before removing it.
create index image_variant_variant_hash on image_variant (variant_hash);
