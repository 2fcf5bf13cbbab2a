import { Migration } from '@mikro-orm/migrations';

export class Migration20261129085210 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "housing"."household_needs" ("household_id" uuid not null, "size" int not null, "monthly_resources_cents" int not null, "housing_benefit_cents" int not null, "dalo" boolean not null, "pdalpd" boolean not null, "step_free_access_need" boolean not null, "desired_typologies" text[] not null, "desired_communes" text[] not null, "max_rent_cents" int null, "updated_at" timestamptz not null default now(), constraint "household_needs_pkey" primary key ("household_id"), constraint household_needs_amounts_non_negative check (monthly_resources_cents >= 0 and housing_benefit_cents >= 0 and (max_rent_cents is null or max_rent_cents >= 0)), constraint household_needs_size_positive check (size >= 1));`);

    this.addSql(`create table "housing"."matching_settings" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "effort_rate_ceiling" numeric not null default 0.3, "horizon_days" int not null default 90, "typologies_by_size" jsonb not null, constraint "matching_settings_pkey" primary key ("id"), constraint matching_settings_typologies_by_size_shape check (jsonb_typeof(typologies_by_size) = 'array'::text and jsonb_array_length(typologies_by_size) >= 1 and jsonb_array_length(typologies_by_size) <= 10), constraint matching_settings_horizon_range check (horizon_days >= 0 and horizon_days <= 730), constraint matching_settings_effort_rate_range check (effort_rate_ceiling > 0::numeric and effort_rate_ceiling <= 1::numeric));`);
    this.addSql(`create unique index "matching_settings_single_row" on "housing"."matching_settings" ((true));`);

    this.addSql(`create table "housing"."matching_settings_change" ("id" uuid not null, "changed_at" timestamptz not null default now(), "changed_by" text not null, "before" jsonb not null, "after" jsonb not null, "note" text null, constraint "matching_settings_change_pkey" primary key ("id"));`);
    this.addSql(`create index "matching_settings_change_changed_at_index" on "housing"."matching_settings_change" ("changed_at");`);

    this.addSql(`create index "dwelling_lettable_residence_typology_index" on "housing"."dwelling" ("residence_id", "typology") where "status" in ('VACANT', 'NOTICE_GIVEN');`);

    // The rules' default settings (DEFAULT_SETTINGS of @ash/matching): 30 %, 90 days, T3 first for three people.
    this.addSql(`insert into "housing"."matching_settings" ("id", "created_by", "updated_by", "effort_rate_ceiling", "horizon_days", "typologies_by_size") values (gen_random_uuid(), 'migration', 'migration', 0.3, 90, '[["T1","T2"],["T2","T3"],["T3","T2","T4"],["T3","T4"],["T4","T5"],["T5","T6"]]'::jsonb) on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "housing"."household_needs" cascade;`);

    this.addSql(`drop table if exists "housing"."matching_settings" cascade;`);

    this.addSql(`drop table if exists "housing"."matching_settings_change" cascade;`);

    this.addSql(`drop index "housing"."dwelling_lettable_residence_typology_index";`);
  }

}
