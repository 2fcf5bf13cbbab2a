import { Migration } from '@mikro-orm/migrations';

export class Migration20261129093802 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "housing"."caseload" ("household_id" uuid not null, "support_worker_ids" text[] not null default '{}', "consent" boolean not null default false, "caseload_changed_at" timestamptz null, "consent_changed_at" timestamptz null, constraint "caseload_pkey" primary key ("household_id"));`);
    this.addSql(`create index "caseload_support_worker_ids_index" on "housing"."caseload" using gin ("support_worker_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "housing"."caseload" cascade;`);
  }

}
