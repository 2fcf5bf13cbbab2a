import { Migration } from '@mikro-orm/migrations';

export class Migration20261129082418 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "households";`);
    this.addSql(`create table "households"."commission" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "session_date" date not null, "status" text check ("status" in ('PLANNED', 'HELD')) not null default 'PLANNED', constraint "commission_pkey" primary key ("id"));`);
    this.addSql(`create index "commission_session_date_index" on "households"."commission" ("session_date");`);

    this.addSql(`create table "households"."household" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "reference" text not null, "single_parent" boolean not null default false, "monthly_resources_cents" int not null, "housing_benefit_cents" int not null default 0, "target_public" text check ("target_public" in ('SINGLE_PARENT', 'LEAVING_PRISON', 'ISOLATED_TENANT')) null, "dalo" boolean not null default false, "collective_agreement" boolean not null default false, "pdalpd" boolean not null default false, "step_free_access_need" boolean not null default false, "consent_to_share_date" date null, constraint "household_pkey" primary key ("id"), constraint household_benefit_non_negative check (housing_benefit_cents >= 0), constraint household_resources_non_negative check (monthly_resources_cents >= 0));`);
    this.addSql(`alter table "households"."household" add constraint "household_reference_unique" unique ("reference");`);
    this.addSql(`create index "household_dalo_index" on "households"."household" ("dalo");`);
    this.addSql(`create index "household_single_parent_index" on "households"."household" ("single_parent");`);
    this.addSql(`create index "household_target_public_index" on "households"."household" ("target_public");`);

    this.addSql(`create table "households"."application" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "household_id" uuid not null, "registration_number" text not null, "desired_typologies" text[] not null, "desired_communes" text[] not null, "max_rent_cents" int not null, "status" text check ("status" in ('RECEIVED', 'ORIENTED', 'SHARED_REVIEW', 'READY_FOR_COMMISSION', 'SCHEDULED', 'DECIDED', 'LEASE_SIGNED', 'MOVED_IN', 'WITHDRAWN')) not null default 'RECEIVED', "submitted_at" date not null, "status_changed_at" timestamptz not null, "sliding_lease_proposed" boolean not null default false, "allocated_dwelling_id" uuid null, constraint "application_pkey" primary key ("id"), constraint application_typologies_valid check (cardinality(desired_typologies) >= 1 and desired_typologies <@ array['T1', 'T2', 'T3', 'T4', 'T5', 'T6']::text[]), constraint application_has_communes check (cardinality(desired_communes) >= 1), constraint application_max_rent_non_negative check (max_rent_cents >= 0));`);
    this.addSql(`alter table "households"."application" add constraint "application_registration_number_unique" unique ("registration_number");`);
    this.addSql(`create unique index "application_one_open_per_household" on "households"."application" ("household_id") where status not in ('MOVED_IN', 'WITHDRAWN');`);
    this.addSql(`create index "application_desired_typologies_gin" on "households"."application" using gin ("desired_typologies");`);
    this.addSql(`create index "application_desired_communes_gin" on "households"."application" using gin ("desired_communes");`);
    this.addSql(`create index "application_submitted_at_id_index" on "households"."application" ("submitted_at", "id");`);
    this.addSql(`create index "application_status_index" on "households"."application" ("status");`);
    this.addSql(`create index "application_household_id_index" on "households"."application" ("household_id");`);

    this.addSql(`create table "households"."candidacy" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "commission_id" uuid not null, "dwelling_id" uuid not null, "application_id" uuid not null, "rank" int not null, "decision" text check ("decision" in ('ALLOCATED', 'ALLOCATED_UNDER_CONDITION', 'NOT_ALLOCATED', 'REJECTED')) null, "decision_reason" text null, "insufficient_demand" boolean not null default false, constraint "candidacy_pkey" primary key ("id"), constraint candidacy_rank_positive check (rank >= 1));`);
    this.addSql(`create unique index "candidacy_one_allocation_per_dwelling" on "households"."candidacy" ("commission_id", "dwelling_id") where "decision" in ('ALLOCATED', 'ALLOCATED_UNDER_CONDITION');`);
    this.addSql(`create index "candidacy_application_id_index" on "households"."candidacy" ("application_id");`);
    this.addSql(`alter table "households"."candidacy" add constraint "candidacy_commission_id_dwelling_id_application_id_unique" unique ("commission_id", "dwelling_id", "application_id");`);
    this.addSql(`alter table "households"."candidacy" add constraint "candidacy_commission_id_dwelling_id_rank_unique" unique ("commission_id", "dwelling_id", "rank");`);

    this.addSql(`create table "households"."application_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "application_id" uuid not null, "from" text check ("from" in ('RECEIVED', 'ORIENTED', 'SHARED_REVIEW', 'READY_FOR_COMMISSION', 'SCHEDULED', 'DECIDED', 'LEASE_SIGNED', 'MOVED_IN', 'WITHDRAWN')) not null, "to" text check ("to" in ('RECEIVED', 'ORIENTED', 'SHARED_REVIEW', 'READY_FOR_COMMISSION', 'SCHEDULED', 'DECIDED', 'LEASE_SIGNED', 'MOVED_IN', 'WITHDRAWN')) not null, "at" timestamptz not null, "by" text not null, "note" text null, constraint "application_transition_pkey" primary key ("id"), constraint application_transition_moves check ("from" <> "to"));`);
    this.addSql(`create index "application_transition_application_id_at_index" on "households"."application_transition" ("application_id", "at");`);

    this.addSql(`create table "households"."person" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "household_id" uuid not null, "first_name" text not null, "last_name" text not null, "birth_date" date not null, "role" text check ("role" in ('ADULT', 'CHILD')) not null, constraint "person_pkey" primary key ("id"), constraint person_birth_date_not_future check (birth_date <= current_date));`);
    this.addSql(`create index "person_household_id_index" on "households"."person" ("household_id");`);

    this.addSql(`alter table "households"."application" add constraint "application_household_id_foreign" foreign key ("household_id") references "households"."household" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "households"."candidacy" add constraint "candidacy_commission_id_foreign" foreign key ("commission_id") references "households"."commission" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "households"."candidacy" add constraint "candidacy_application_id_foreign" foreign key ("application_id") references "households"."application" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "households"."application_transition" add constraint "application_transition_application_id_foreign" foreign key ("application_id") references "households"."application" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "households"."person" add constraint "person_household_id_foreign" foreign key ("household_id") references "households"."household" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "households"."candidacy" drop constraint "candidacy_commission_id_foreign";`);

    this.addSql(`alter table "households"."application" drop constraint "application_household_id_foreign";`);

    this.addSql(`alter table "households"."person" drop constraint "person_household_id_foreign";`);

    this.addSql(`alter table "households"."candidacy" drop constraint "candidacy_application_id_foreign";`);

    this.addSql(`alter table "households"."application_transition" drop constraint "application_transition_application_id_foreign";`);

    this.addSql(`drop table if exists "households"."commission" cascade;`);

    this.addSql(`drop table if exists "households"."household" cascade;`);

    this.addSql(`drop table if exists "households"."application" cascade;`);

    this.addSql(`drop table if exists "households"."candidacy" cascade;`);

    this.addSql(`drop table if exists "households"."application_transition" cascade;`);

    this.addSql(`drop table if exists "households"."person" cascade;`);

    this.addSql(`drop schema if exists "households";`);
  }

}
