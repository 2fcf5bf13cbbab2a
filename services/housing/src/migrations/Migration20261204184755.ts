import { Migration } from '@mikro-orm/migrations';

export class Migration20261204184755 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "housing"."known_reference" ("kind" text not null, "id" uuid not null, "retired_at" timestamptz null, constraint "known_reference_pkey" primary key ("kind", "id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "housing"."known_reference" cascade;`);
  }

}
