import { Migration } from '@mikro-orm/migrations';

export class Migration20261129093633 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "households"."caseload" ("household_id" uuid not null, "support_worker_ids" text[] not null, "changed_at" timestamptz not null, constraint "caseload_pkey" primary key ("household_id"));`);
    this.addSql(`create index "caseload_support_worker_ids_index" on "households"."caseload" using gin ("support_worker_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "households"."caseload" cascade;`);
  }

}
