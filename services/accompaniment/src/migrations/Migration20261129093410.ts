import { Migration } from '@mikro-orm/migrations';

export class Migration20261129093410 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accompaniment"."consent" ("household_id" uuid not null, "consent" boolean not null, "changed_at" timestamptz not null, constraint "consent_pkey" primary key ("household_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accompaniment"."consent" cascade;`);
  }

}
