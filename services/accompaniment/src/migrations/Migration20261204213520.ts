import { Migration } from '@mikro-orm/migrations';

export class Migration20261204213520 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accompaniment"."convention_period" ("convention_id" uuid not null, "start_year" int not null, "end_year" int not null, constraint "convention_period_pkey" primary key ("convention_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accompaniment"."convention_period" cascade;`);
  }

}
