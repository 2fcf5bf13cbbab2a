import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100302 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "accompaniment"."contact_schedule_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "accompaniment_id" uuid not null, "at" timestamptz not null, "changed_by" text not null, "reason" text not null, "before" jsonb not null, "after" jsonb not null, constraint "contact_schedule_change_pkey" primary key ("id"), constraint contact_schedule_change_reason_length check (length(btrim(reason)) >= 1 and length(reason) <= 500));`);
    this.addSql(`create index "contact_schedule_change_accompaniment_id_at_index" on "accompaniment"."contact_schedule_change" ("accompaniment_id", "at");`);

    this.addSql(`alter table "accompaniment"."contact_schedule_change" add constraint "contact_schedule_change_accompaniment_id_foreign" foreign key ("accompaniment_id") references "accompaniment"."accompaniment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accompaniment"."accompaniment" add column "integration_contacts_per_week" smallint not null default 2, add column "integration_weeks" smallint not null default 4, add column "monthly_in_person_meetings" smallint not null default 4, add column "move_in_support_worker_present" boolean null;`);
    this.addSql(`alter table "accompaniment"."accompaniment" add constraint accompaniment_contact_schedule_range check(integration_contacts_per_week >= 0 and integration_contacts_per_week <= 14 and integration_weeks >= 0 and integration_weeks <= 52 and monthly_in_person_meetings >= 0 and monthly_in_person_meetings <= 31);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accompaniment"."contact_schedule_change" cascade;`);

    this.addSql(`alter table "accompaniment"."accompaniment" drop constraint accompaniment_contact_schedule_range;`);
    this.addSql(`alter table "accompaniment"."accompaniment" drop column "integration_contacts_per_week", drop column "integration_weeks", drop column "monthly_in_person_meetings", drop column "move_in_support_worker_present";`);
  }

}
