import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084233 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "households"."inbox" ("event_id" uuid not null, "type" text not null, "processed_at" timestamptz not null default now(), constraint "inbox_pkey" primary key ("event_id"));`);

    this.addSql(`create table "households"."outbox" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "actor" text not null, "occurred_at" timestamptz not null default now(), "published_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_published_at_occurred_at_index" on "households"."outbox" ("published_at", "occurred_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "households"."inbox" cascade;`);

    this.addSql(`drop table if exists "households"."outbox" cascade;`);
  }

}
