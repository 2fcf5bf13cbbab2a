import { Migration } from '@mikro-orm/migrations';

export class Migration20261204184931 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accompaniment"."staff_member" ("user_id" text not null, "name" text not null, "role" text check ("role" in ('SUPPORT_WORKER', 'SOCIAL_MANAGER')) not null, "organisation" text not null, "active" boolean not null default true, constraint "staff_member_pkey" primary key ("user_id"), constraint staff_member_name_present check (btrim(name) <> ''));`);
    // Who already follows households stays able to: named by their user id until an operator records their name.
    this.addSql(`insert into "accompaniment"."staff_member" ("user_id", "name", "role", "organisation") select distinct "support_worker_id", "support_worker_id", 'SUPPORT_WORKER', '' from "accompaniment"."accompaniment" on conflict do nothing;`);
    this.addSql(`insert into "accompaniment"."staff_member" ("user_id", "name", "role", "organisation") select distinct "social_referent_id", "social_referent_id", 'SOCIAL_MANAGER', '' from "accompaniment"."accompaniment" on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accompaniment"."staff_member" cascade;`);
  }

}
