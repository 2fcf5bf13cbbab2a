import { Migration } from '@mikro-orm/migrations';

export class Migration20261129102452 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accompaniment"."target_public" ("household_id" uuid not null, "target_public" text null, "changed_at" timestamptz not null, constraint "target_public_pkey" primary key ("household_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accompaniment"."target_public" cascade;`);
  }

}
