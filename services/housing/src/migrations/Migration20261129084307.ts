import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084307 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "housing"."inbox" ("event_id" uuid not null, "type" text not null, "processed_at" timestamptz not null default now(), constraint "inbox_pkey" primary key ("event_id"));`);

    this.addSql(`create table "housing"."outbox" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "actor" text not null, "occurred_at" timestamptz not null default now(), "published_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_published_at_occurred_at_index" on "housing"."outbox" ("published_at", "occurred_at");`);

    this.addSql(`alter table "housing"."dwelling" drop constraint dwelling_surface_positive;`);

    this.addSql(`alter table "housing"."dwelling" alter column "surface_sqm" type real using ("surface_sqm"::real);`);
    this.addSql(`alter table "housing"."dwelling" add constraint dwelling_surface_positive check(surface_sqm > 0::real and surface_sqm < 1000::real);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "housing"."inbox" cascade;`);

    this.addSql(`drop table if exists "housing"."outbox" cascade;`);

    this.addSql(`alter table "housing"."dwelling" drop constraint dwelling_surface_positive;`);

    this.addSql(`alter table "housing"."dwelling" alter column "surface_sqm" type float8 using ("surface_sqm"::float8);`);
    this.addSql(`alter table "housing"."dwelling" add constraint dwelling_surface_positive check(surface_sqm > (0 precision) AND surface_sqm < (1000 precision));`);
  }

}
