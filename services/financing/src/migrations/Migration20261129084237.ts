import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084237 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "financing"."inbox" ("event_id" uuid not null, "type" text not null, "processed_at" timestamptz not null default now(), constraint "inbox_pkey" primary key ("event_id"));`);

    this.addSql(`create table "financing"."outbox" ("id" uuid not null, "type" text not null, "payload" jsonb not null, "actor" text not null, "occurred_at" timestamptz not null default now(), "published_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_published_at_occurred_at_index" on "financing"."outbox" ("published_at", "occurred_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "financing"."inbox" cascade;`);

    this.addSql(`drop table if exists "financing"."outbox" cascade;`);
  }

}
