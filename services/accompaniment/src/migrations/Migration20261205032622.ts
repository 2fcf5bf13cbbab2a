import { Migration } from '@mikro-orm/migrations';

export class Migration20261205032622 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accompaniment"."organisation" ("id" uuid not null, "name" text not null, "kind" text check ("kind" in ('LANDLORD', 'ASSOCIATION', 'STATE_SERVICE', 'PARTNER')) not null, constraint "organisation_pkey" primary key ("id"), constraint organisation_name_present check (btrim(name) <> ''));`);
    this.addSql(`alter table "accompaniment"."organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(`alter table "accompaniment"."staff_member" drop constraint if exists "staff_member_role_check";`);

    this.addSql(`alter table "accompaniment"."staff_member" add column "organisation_id" uuid null;`);
    this.addSql(`alter table "accompaniment"."staff_member" add constraint "staff_member_organisation_id_foreign" foreign key ("organisation_id") references "accompaniment"."organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "accompaniment"."staff_member" add constraint "staff_member_role_check" check("role" in ('SUPPORT_WORKER', 'SOCIAL_MANAGER', 'RENTAL_MANAGER', 'EVALUATOR', 'INTEGRATOR', 'ADMIN', 'SYSTEM'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accompaniment"."staff_member" drop constraint "staff_member_organisation_id_foreign";`);

    this.addSql(`drop table if exists "accompaniment"."organisation" cascade;`);

    this.addSql(`alter table "accompaniment"."staff_member" drop constraint if exists "staff_member_role_check";`);

    this.addSql(`alter table "accompaniment"."staff_member" drop column "organisation_id";`);

    this.addSql(`alter table "accompaniment"."staff_member" add constraint "staff_member_role_check" check("role" in ('SUPPORT_WORKER', 'SOCIAL_MANAGER'));`);
  }

}
