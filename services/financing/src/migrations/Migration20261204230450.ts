import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230450 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "financing"."funding_line_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "version" int not null default 1, "funding_line_id" uuid not null, "kind" text check ("kind" in ('MOVED', 'REVISED', 'CANCELLED')) not null, "at" timestamptz not null, "by" text not null, "reason" text null, "status_before" text check ("status_before" in ('REQUESTED', 'TO_BE_REVIEWED', 'GRANTED', 'PAID', 'CANCELLED')) not null, "status_after" text check ("status_after" in ('REQUESTED', 'TO_BE_REVIEWED', 'GRANTED', 'PAID', 'CANCELLED')) not null, "requested_cents_before" int not null, "requested_cents_after" int not null, "granted_cents_before" int null, "granted_cents_after" int null, "paid_cents_before" int null, "paid_cents_after" int null, constraint "funding_line_change_pkey" primary key ("id"), constraint funding_line_change_reason_not_blank check (reason is null or reason ~ '\\S'), constraint funding_line_change_amounts_non_negative check (requested_cents_before >= 0 and requested_cents_after >= 0 and (granted_cents_before is null or granted_cents_before >= 0) and (granted_cents_after is null or granted_cents_after >= 0) and (paid_cents_before is null or paid_cents_before >= 0) and (paid_cents_after is null or paid_cents_after >= 0)));`);
    this.addSql(`create index "funding_line_change_funding_line_id_at_index" on "financing"."funding_line_change" ("funding_line_id", "at");`);

    this.addSql(`alter table "financing"."funding_line_change" add constraint "funding_line_change_funding_line_id_foreign" foreign key ("funding_line_id") references "financing"."funding_line" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "financing"."funding_line" drop constraint if exists "funding_line_status_check";`);

    this.addSql(`alter table "financing"."funding_line_transition" drop constraint if exists "funding_line_transition_from_status_check";`);
    this.addSql(`alter table "financing"."funding_line_transition" drop constraint if exists "funding_line_transition_to_status_check";`);

    this.addSql(`alter table "financing"."funding_line" drop constraint funding_line_granted_has_amount;`);

    this.addSql(`alter table "financing"."funding_line" add constraint "funding_line_status_check" check("status" in ('REQUESTED', 'TO_BE_REVIEWED', 'GRANTED', 'PAID', 'CANCELLED'));`);
    this.addSql(`alter table "financing"."funding_line" add constraint funding_line_granted_has_amount check(status = 'REQUESTED' or status = 'TO_BE_REVIEWED' or status = 'CANCELLED' or (granted_cents is not null and granted_at is not null));`);

    this.addSql(`alter table "financing"."funding_line_transition" add constraint "funding_line_transition_from_status_check" check("from_status" in ('REQUESTED', 'TO_BE_REVIEWED', 'GRANTED', 'PAID', 'CANCELLED'));`);
    this.addSql(`alter table "financing"."funding_line_transition" add constraint "funding_line_transition_to_status_check" check("to_status" in ('REQUESTED', 'TO_BE_REVIEWED', 'GRANTED', 'PAID', 'CANCELLED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "financing"."funding_line_change" cascade;`);

    this.addSql(`alter table "financing"."funding_line" drop constraint if exists "funding_line_status_check";`);

    this.addSql(`alter table "financing"."funding_line_transition" drop constraint if exists "funding_line_transition_from_status_check";`);
    this.addSql(`alter table "financing"."funding_line_transition" drop constraint if exists "funding_line_transition_to_status_check";`);

    this.addSql(`alter table "financing"."funding_line" drop constraint funding_line_granted_has_amount;`);

    this.addSql(`alter table "financing"."funding_line" add constraint "funding_line_status_check" check("status" in ('REQUESTED', 'GRANTED', 'PAID'));`);
    this.addSql(`alter table "financing"."funding_line" add constraint funding_line_granted_has_amount check((status = 'REQUESTED'::text) OR ((granted_cents IS NOT NULL) AND (granted_at IS NOT NULL)));`);

    this.addSql(`alter table "financing"."funding_line_transition" add constraint "funding_line_transition_from_status_check" check("from_status" in ('REQUESTED', 'GRANTED', 'PAID'));`);
    this.addSql(`alter table "financing"."funding_line_transition" add constraint "funding_line_transition_to_status_check" check("to_status" in ('REQUESTED', 'GRANTED', 'PAID'));`);
  }

}
