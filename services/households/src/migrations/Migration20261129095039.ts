import { Migration } from '@mikro-orm/migrations';

export class Migration20261129095039 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "households"."tenancy" ("household_id" uuid not null, "running_lease" boolean not null, "changed_at" timestamptz not null, constraint "tenancy_pkey" primary key ("household_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "households"."tenancy" cascade;`);
  }

}
