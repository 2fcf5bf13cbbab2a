import { Migration } from '@mikro-orm/migrations';

export class Migration20261129082651 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "financing";`);
    this.addSql(`create table "financing"."convention" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "programme" text not null, "name" text not null, "holder" text not null, "partner" text not null, "start_year" int not null, "end_year" int not null, "planned_households_per_year" int not null, "annual_cost_cents" int not null, constraint "convention_pkey" primary key ("id"), constraint convention_annual_cost_positive check (annual_cost_cents > 0), constraint convention_planned_households_positive check (planned_households_per_year > 0), constraint convention_end_after_start check (end_year >= start_year), constraint convention_years_in_range check (start_year >= 2000 and start_year <= 2100 and end_year >= 2000 and end_year <= 2100));`);
    this.addSql(`alter table "financing"."convention" add constraint "convention_name_unique" unique ("name");`);
    this.addSql(`create index "convention_holder_start_year_index" on "financing"."convention" ("holder", "start_year");`);
    this.addSql(`create index "convention_start_year_id_index" on "financing"."convention" ("start_year", "id");`);

    this.addSql(`create table "financing"."evaluation" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "convention_id" uuid not null, "level" text check ("level" in ('DEPARTMENT', 'REGION')) not null, "author_organisation" text not null, "date" date not null, "department_opinion" text null, "relevance" text null, "reproducibility" text check ("reproducibility" in ('LOW', 'MEDIUM', 'HIGH')) null, "regional_opinion" text check ("regional_opinion" in ('FAVOURABLE', 'UNFAVOURABLE')) null, "text" text not null, constraint "evaluation_pkey" primary key ("id"), constraint evaluation_regional_fields check (level = 'REGION' or regional_opinion is null), constraint evaluation_department_fields check (level = 'DEPARTMENT' or (department_opinion is null and relevance is null and reproducibility is null)));`);
    this.addSql(`create index "evaluation_convention_id_date_index" on "financing"."evaluation" ("convention_id", "date");`);

    this.addSql(`create table "financing"."funder" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "name" text not null, "kind" text check ("kind" in ('LANDLORD', 'STATE_DEPARTMENT', 'NATIONAL_FUND', 'LOCAL_AUTHORITY', 'OTHER')) not null, constraint "funder_pkey" primary key ("id"));`);
    this.addSql(`alter table "financing"."funder" add constraint "funder_name_unique" unique ("name");`);

    this.addSql(`create table "financing"."funding_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "convention_id" uuid not null, "funder_id" uuid not null, "year" int not null, "share_percent" int not null, "planned_cents" int not null, "requested_cents" int not null, "granted_cents" int null, "paid_cents" int null, "status" text check ("status" in ('REQUESTED', 'GRANTED', 'PAID')) not null default 'REQUESTED', "requested_at" date not null, "granted_at" date null, "paid_at" date null, constraint "funding_line_pkey" primary key ("id"), constraint funding_line_dates_in_order check ((granted_at is null or granted_at >= requested_at) and (paid_at is null or (granted_at is not null and paid_at >= granted_at))), constraint funding_line_paid_within_granted check (paid_cents is null or (granted_cents is not null and paid_cents <= granted_cents)), constraint funding_line_paid_has_amount check (status <> 'PAID' or (paid_cents is not null and paid_at is not null)), constraint funding_line_granted_has_amount check (status = 'REQUESTED' or (granted_cents is not null and granted_at is not null)), constraint funding_line_amounts_non_negative check (planned_cents >= 0 and requested_cents >= 0 and (granted_cents is null or granted_cents >= 0) and (paid_cents is null or paid_cents >= 0)), constraint funding_line_share_range check (share_percent > 0 and share_percent <= 100), constraint funding_line_year_in_range check (year >= 2000 and year <= 2100));`);
    this.addSql(`create index "funding_line_funder_id_index" on "financing"."funding_line" ("funder_id");`);
    this.addSql(`alter table "financing"."funding_line" add constraint "funding_line_convention_funder_year_unique" unique ("convention_id", "funder_id", "year");`);

    this.addSql(`create table "financing"."funding_line_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "funding_line_id" uuid not null, "from_status" text check ("from_status" in ('REQUESTED', 'GRANTED', 'PAID')) not null, "to_status" text check ("to_status" in ('REQUESTED', 'GRANTED', 'PAID')) not null, "at" timestamptz not null, "by" text not null, "note" text null, constraint "funding_line_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "funding_line_transition_funding_line_id_at_index" on "financing"."funding_line_transition" ("funding_line_id", "at");`);

    this.addSql(`alter table "financing"."evaluation" add constraint "evaluation_convention_id_foreign" foreign key ("convention_id") references "financing"."convention" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "financing"."funding_line" add constraint "funding_line_convention_id_foreign" foreign key ("convention_id") references "financing"."convention" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "financing"."funding_line" add constraint "funding_line_funder_id_foreign" foreign key ("funder_id") references "financing"."funder" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "financing"."funding_line_transition" add constraint "funding_line_transition_funding_line_id_foreign" foreign key ("funding_line_id") references "financing"."funding_line" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "financing"."evaluation" drop constraint "evaluation_convention_id_foreign";`);

    this.addSql(`alter table "financing"."funding_line" drop constraint "funding_line_convention_id_foreign";`);

    this.addSql(`alter table "financing"."funding_line" drop constraint "funding_line_funder_id_foreign";`);

    this.addSql(`alter table "financing"."funding_line_transition" drop constraint "funding_line_transition_funding_line_id_foreign";`);

    this.addSql(`drop table if exists "financing"."convention" cascade;`);

    this.addSql(`drop table if exists "financing"."evaluation" cascade;`);

    this.addSql(`drop table if exists "financing"."funder" cascade;`);

    this.addSql(`drop table if exists "financing"."funding_line" cascade;`);

    this.addSql(`drop table if exists "financing"."funding_line_transition" cascade;`);

    this.addSql(`drop schema if exists "financing";`);
  }

}
