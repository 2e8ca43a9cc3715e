-- Evaluation criteria (tiêu chí đánh giá): data per type of model, versioned by date. A set applies
-- nationwide (province_id null, area_path '/') or in one province (area_path = the province's path);
-- a newer set for the same type and area closes the one before it (valid_to = the day before).
create sequence criteria_set_seq start with 1000 increment by 50;
create table criteria_set (
    id           bigint        primary key,
    type_id      bigint        not null references initiative_type (id),
    province_id  bigint        references locality (id),
    -- '/' for a national set, else the province's materialised path ("/62/").
    area_path    varchar(300)  not null,
    valid_from   date          not null,
    valid_to     date,
    created_at   timestamp     not null,
    created_by   varchar(60),
    version      bigint        not null default 0,
    constraint uq_criteria_set unique (type_id, area_path, valid_from),
    constraint ck_criteria_set_dates check (valid_to is null or valid_to >= valid_from)
);
-- "The set in force on a day for a type": by type, then area and dates.
create index ix_criteria_set_type on criteria_set (type_id, area_path, valid_from);

create sequence evaluation_criterion_seq start with 1000 increment by 50;
create table evaluation_criterion (
    id               bigint        primary key,
    criteria_set_id  bigint        not null references criteria_set (id),
    position         integer       not null,
    code             varchar(20)   not null,
    name             varchar(300)  not null,
    max_score        integer       not null,
    constraint uq_evaluation_criterion_code unique (criteria_set_id, code),
    constraint ck_evaluation_criterion_max check (max_score between 1 and 100)
);
create index ix_evaluation_criterion_set on evaluation_criterion (criteria_set_id, position);

create table criteria_set_aud (
    id           bigint        not null,
    rev          bigint        not null references audit_revision (id),
    revtype      smallint,
    type_id      bigint,
    province_id  bigint,
    area_path    varchar(300),
    valid_from   date,
    valid_to     date,
    created_at   timestamp,
    created_by   varchar(60),
    constraint pk_criteria_set_aud primary key (id, rev)
);

create table evaluation_criterion_aud (
    id               bigint        not null,
    rev              bigint        not null references audit_revision (id),
    revtype          smallint,
    criteria_set_id  bigint,
    position         integer,
    code             varchar(20),
    name             varchar(300),
    max_score        integer,
    constraint pk_evaluation_criterion_aud primary key (id, rev)
);

-- National sets for the eleven types V11 seeds, in force from 15/05/2016 (Chỉ thị 05-CT/TW, the
-- basis of every model; the day is our choice). The criteria of "Khu dân cư văn hóa kiểu mẫu" are
-- the five standards of Nghị định 122/2018/NĐ-CP; the others are our wording of what the article
-- and the type describe; the livelihood model uses the criteria of a model plan. A type renamed
-- before this migration ran gets no set (the selects find nothing); an administrator adds one.
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 1, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Khu dân cư văn hóa kiểu mẫu';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 2, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Khu dân cư đảm bảo an toàn giao thông';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 3, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 4, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Nước sạch vệ sinh môi trường';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 5, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Khu dân cư phòng, chống ma túy';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 6, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Khu dân cư an toàn về an ninh trật tự';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 7, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Khu dân cư đảm bảo vệ sinh môi trường';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 8, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Xanh, sạch, đẹp';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 9, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Khu dân cư phòng, chống tội phạm';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 10, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Vệ sinh môi trường và cải tạo vườn tạp';
insert into criteria_set (id, type_id, province_id, area_path, valid_from, created_at, created_by, version)
select 11, id, null, '/', date '2016-05-15', current_timestamp, 'flyway', 0 from initiative_type where name = 'Nuôi gà';

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 1, id, 1, 'VH1', 'Đời sống kinh tế ổn định và từng bước phát triển', 20 from criteria_set where id = 1;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 2, id, 2, 'VH2', 'Đời sống văn hóa, tinh thần lành mạnh, phong phú', 20 from criteria_set where id = 1;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 3, id, 3, 'VH3', 'Môi trường cảnh quan sạch đẹp', 20 from criteria_set where id = 1;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 4, id, 4, 'VH4', 'Chấp hành tốt chủ trương của Đảng, pháp luật của Nhà nước', 20 from criteria_set where id = 1;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 5, id, 5, 'VH5', 'Đoàn kết, tương trợ, giúp đỡ lẫn nhau trong cộng đồng', 20 from criteria_set where id = 1;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 6, id, 1, 'GT1', 'Không để xảy ra tai nạn giao thông nghiêm trọng', 30 from criteria_set where id = 2;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 7, id, 2, 'GT2', 'Tuyên truyền, vận động chấp hành pháp luật về giao thông', 25 from criteria_set where id = 2;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 8, id, 3, 'GT3', 'Đường làng, ngõ xóm thông thoáng, không lấn chiếm hành lang an toàn giao thông', 25 from criteria_set where id = 2;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 9, id, 4, 'GT4', 'Người dân tham gia, đồng tình', 20 from criteria_set where id = 2;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 10, id, 1, 'HM1', 'Không còn người theo, truyền bá tà đạo Hà Mòn', 30 from criteria_set where id = 3;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 11, id, 2, 'HM2', 'Tuyên truyền, vận động đồng bào từ bỏ tà đạo thường xuyên', 25 from criteria_set where id = 3;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 12, id, 3, 'HM3', 'Đời sống văn hóa, tinh thần lành mạnh', 25 from criteria_set where id = 3;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 13, id, 4, 'HM4', 'Nhân dân đoàn kết, tin tưởng vào cấp ủy, chính quyền, Mặt trận', 20 from criteria_set where id = 3;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 14, id, 1, 'NS1', 'Hộ dân được dùng nước sạch, hợp vệ sinh', 30 from criteria_set where id = 4;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 15, id, 2, 'NS2', 'Công trình nước được quản lý, bảo dưỡng', 25 from criteria_set where id = 4;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 16, id, 3, 'NS3', 'Vệ sinh môi trường khu dân cư', 25 from criteria_set where id = 4;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 17, id, 4, 'NS4', 'Người dân tham gia, đóng góp', 20 from criteria_set where id = 4;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 18, id, 1, 'MT1', 'Không phát sinh người nghiện mới', 30 from criteria_set where id = 5;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 19, id, 2, 'MT2', 'Tuyên truyền, vận động thường xuyên', 25 from criteria_set where id = 5;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 20, id, 3, 'MT3', 'Có tổ, nhóm tự quản hoạt động', 25 from criteria_set where id = 5;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 21, id, 4, 'MT4', 'Người dân tham gia, đồng tình', 20 from criteria_set where id = 5;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 22, id, 1, 'AN1', 'Không để xảy ra tội phạm nghiêm trọng, điểm nóng về an ninh trật tự', 30 from criteria_set where id = 6;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 23, id, 2, 'AN2', 'Tổ tự quản, tổ hòa giải hoạt động hiệu quả', 25 from criteria_set where id = 6;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 24, id, 3, 'AN3', 'Nhân dân tích cực tố giác tội phạm', 25 from criteria_set where id = 6;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 25, id, 4, 'AN4', 'Tuyên truyền, vận động thường xuyên', 20 from criteria_set where id = 6;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 26, id, 1, 'MTR1', 'Thu gom, xử lý rác thải đúng nơi quy định', 30 from criteria_set where id = 7;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 27, id, 2, 'MTR2', 'Hộ gia đình có nhà tiêu, chuồng trại hợp vệ sinh', 25 from criteria_set where id = 7;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 28, id, 3, 'MTR3', 'Tổ chức vệ sinh đường làng, ngõ xóm định kỳ', 25 from criteria_set where id = 7;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 29, id, 4, 'MTR4', 'Người dân tham gia, đồng tình', 20 from criteria_set where id = 7;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 30, id, 1, 'XS1', 'Đường làng, ngõ xóm xanh, sạch, đẹp', 35 from criteria_set where id = 8;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 31, id, 2, 'XS2', 'Nhà ở, vườn tược gọn gàng, sạch sẽ', 35 from criteria_set where id = 8;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 32, id, 3, 'XS3', 'Người dân tham gia, duy trì thường xuyên', 30 from criteria_set where id = 8;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 33, id, 1, 'TP1', 'Giảm số vụ phạm pháp hình sự trên địa bàn', 30 from criteria_set where id = 9;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 34, id, 2, 'TP2', 'Nhân dân tích cực tố giác tội phạm', 25 from criteria_set where id = 9;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 35, id, 3, 'TP3', 'Quản lý, giúp đỡ người lầm lỗi tại cộng đồng', 25 from criteria_set where id = 9;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 36, id, 4, 'TP4', 'Tuyên truyền, vận động thường xuyên', 20 from criteria_set where id = 9;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 37, id, 1, 'VT1', 'Hộ dân tự giác giữ vệ sinh môi trường', 30 from criteria_set where id = 10;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 38, id, 2, 'VT2', 'Vườn tạp được cải tạo thành vườn rau sạch', 30 from criteria_set where id = 10;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 39, id, 3, 'VT3', 'Thu nhập hộ gia đình được cải thiện', 20 from criteria_set where id = 10;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 40, id, 4, 'VT4', 'Khả năng duy trì, nhân rộng', 20 from criteria_set where id = 10;

insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 41, id, 1, 'KH1', 'Thực hiện đúng kế hoạch', 25 from criteria_set where id = 11;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 42, id, 2, 'KH2', 'Hiệu quả, tác động đến cộng đồng', 25 from criteria_set where id = 11;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 43, id, 3, 'KH3', 'Sự tham gia của Nhân dân', 25 from criteria_set where id = 11;
insert into evaluation_criterion (id, criteria_set_id, position, code, name, max_score) select 44, id, 4, 'KH4', 'Khả năng duy trì, nhân rộng', 25 from criteria_set where id = 11;
