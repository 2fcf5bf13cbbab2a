import { Migration } from '@mikro-orm/migrations';

export class Migration20261204184752 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accompaniment"."known_reference" ("kind" text not null, "id" uuid not null, "retired_at" timestamptz null, constraint "known_reference_pkey" primary key ("kind", "id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accompaniment"."known_reference" cascade;`);
  }

}
