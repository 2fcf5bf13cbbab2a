import { Migration } from '@mikro-orm/migrations';

export class Migration20261129081531 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "housing";`);
    this.addSql(`create table "housing"."residence" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "name" text not null, "address" text not null, "postal_code" text not null, "commune" text not null, "district" text not null, "priority_district" boolean not null default false, constraint "residence_pkey" primary key ("id"));`);
    this.addSql(`alter table "housing"."residence" add constraint "residence_name_unique" unique ("name");`);
    this.addSql(`create index "residence_commune_index" on "housing"."residence" ("commune");`);

    this.addSql(`create table "housing"."dwelling" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "reference" text not null, "residence_id" uuid not null, "typology" text check ("typology" in ('T1', 'T2', 'T3', 'T4', 'T5', 'T6')) not null, "surface_sqm" double precision not null, "floor" int not null, "has_lift" boolean not null, "step_free_access" boolean not null, "rent_cents" int not null, "service_charges_cents" int not null, "charges_include_cold_water" boolean not null, "charges_include_heating" boolean not null, "financing_category" text check ("financing_category" in ('PLAI', 'PLUS', 'PLS')) not null, "low_rent" boolean not null, "contingent" text check ("contingent" in ('PREFECTURE', 'LANDLORD', 'CITY', 'EMPLOYER')) not null, "status" text check ("status" in ('OCCUPIED', 'NOTICE_GIVEN', 'VACANT', 'UNDER_WORKS', 'OFFERED')) not null, "available_from" date null, constraint "dwelling_pkey" primary key ("id"), constraint dwelling_floor_range check (floor between -3 and 80), constraint dwelling_surface_positive check (surface_sqm > 0 and surface_sqm < 1000), constraint dwelling_service_charges_non_negative check (service_charges_cents >= 0), constraint dwelling_rent_non_negative check (rent_cents >= 0));`);
    this.addSql(`alter table "housing"."dwelling" add constraint "dwelling_reference_unique" unique ("reference");`);
    this.addSql(`create index "dwelling_residence_id_index" on "housing"."dwelling" ("residence_id");`);
    this.addSql(`create index "dwelling_status_typology_index" on "housing"."dwelling" ("status", "typology");`);

    this.addSql(`create table "housing"."lease" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "dwelling_id" uuid not null, "household_id" uuid not null, "start_date" date not null, "end_date" date null, "kind" text check ("kind" in ('ORDINARY', 'SLIDING')) not null, "intermediary_association" text null, "planned_handover_date" date null, "move_in_inspection_date" date null, "inspection_social_manager_present" boolean not null default false, "inspection_support_worker_present" boolean not null default false, constraint "lease_pkey" primary key ("id"), constraint lease_inspection_after_start check (move_in_inspection_date is null or move_in_inspection_date >= start_date), constraint lease_sliding_has_association check (kind <> 'SLIDING' or intermediary_association is not null), constraint lease_end_after_start check (end_date is null or end_date >= start_date));`);
    this.addSql(`create unique index "lease_one_running_per_dwelling" on "housing"."lease" ("dwelling_id") where "end_date" is null;`);
    this.addSql(`create index "lease_dwelling_id_index" on "housing"."lease" ("dwelling_id");`);
    this.addSql(`create index "lease_household_id_index" on "housing"."lease" ("household_id");`);

    this.addSql(`create table "housing"."rent_account" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "lease_id" uuid not null, "arrears_cents" int not null default 0, "months_in_arrears" int not null default 0, constraint "rent_account_pkey" primary key ("id"), constraint rent_account_months_non_negative check (months_in_arrears >= 0));`);
    this.addSql(`alter table "housing"."rent_account" add constraint "rent_account_lease_id_unique" unique ("lease_id");`);

    this.addSql(`create table "housing"."rent_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "account_id" uuid not null, "month" date not null, "charged_cents" int not null, "paid_cents" int not null, constraint "rent_entry_pkey" primary key ("id"), constraint rent_entry_month_first_day check (extract(day from month) = 1), constraint rent_entry_amounts_non_negative check (charged_cents >= 0 and paid_cents >= 0));`);
    this.addSql(`alter table "housing"."rent_entry" add constraint "rent_entry_account_id_month_unique" unique ("account_id", "month");`);

    this.addSql(`alter table "housing"."dwelling" add constraint "dwelling_residence_id_foreign" foreign key ("residence_id") references "housing"."residence" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "housing"."lease" add constraint "lease_dwelling_id_foreign" foreign key ("dwelling_id") references "housing"."dwelling" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "housing"."rent_account" add constraint "rent_account_lease_id_foreign" foreign key ("lease_id") references "housing"."lease" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "housing"."rent_entry" add constraint "rent_entry_account_id_foreign" foreign key ("account_id") references "housing"."rent_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "housing"."dwelling" drop constraint "dwelling_residence_id_foreign";`);

    this.addSql(`alter table "housing"."lease" drop constraint "lease_dwelling_id_foreign";`);

    this.addSql(`alter table "housing"."rent_account" drop constraint "rent_account_lease_id_foreign";`);

    this.addSql(`alter table "housing"."rent_entry" drop constraint "rent_entry_account_id_foreign";`);

    this.addSql(`drop table if exists "housing"."residence" cascade;`);

    this.addSql(`drop table if exists "housing"."dwelling" cascade;`);

    this.addSql(`drop table if exists "housing"."lease" cascade;`);

    this.addSql(`drop table if exists "housing"."rent_account" cascade;`);

    this.addSql(`drop table if exists "housing"."rent_entry" cascade;`);

    this.addSql(`drop schema if exists "housing";`);
  }

}
