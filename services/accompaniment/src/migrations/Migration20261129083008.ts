import { Migration } from '@mikro-orm/migrations';

export class Migration20261129083008 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "accompaniment";`);
    this.addSql(`create table "accompaniment"."accompaniment" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "household_id" uuid not null, "kind" text check ("kind" in ('ACCESS', 'TENANCY_SUSTAINMENT')) not null, "support_worker_id" text not null, "social_referent_id" text not null, "start_date" date not null, "end_date" date null, "end_reason" text null, "outcome" text check ("outcome" in ('HOUSED', 'SUSTAINED', 'EVICTION_AVOIDED', 'MOVED_OUT', 'REFUSED', 'EVICTED')) null, "phase" text check ("phase" in ('PRE_ALLOCATION', 'INTEGRATION', 'FOLLOW_UP', 'ENDED')) not null, "convention_id" uuid not null, constraint "accompaniment_pkey" primary key ("id"), constraint accompaniment_running_has_no_end check (phase = 'ENDED' or (end_date is null and outcome is null)), constraint accompaniment_ended_has_end check (phase <> 'ENDED' or (end_date is not null and end_reason is not null and outcome is not null)), constraint accompaniment_end_after_start check (end_date is null or end_date >= start_date));`);
    this.addSql(`create unique index "accompaniment_one_running_per_household" on "accompaniment"."accompaniment" ("household_id") where "phase" <> 'ENDED';`);
    this.addSql(`create index "accompaniment_start_date_index" on "accompaniment"."accompaniment" ("start_date");`);
    this.addSql(`create index "accompaniment_kind_start_date_index" on "accompaniment"."accompaniment" ("kind", "start_date");`);
    this.addSql(`create index "accompaniment_phase_start_date_index" on "accompaniment"."accompaniment" ("phase", "start_date");`);
    this.addSql(`create index "accompaniment_convention_id_start_date_index" on "accompaniment"."accompaniment" ("convention_id", "start_date");`);
    this.addSql(`create index "accompaniment_support_worker_id_start_date_index" on "accompaniment"."accompaniment" ("support_worker_id", "start_date");`);
    this.addSql(`create index "accompaniment_household_id_index" on "accompaniment"."accompaniment" ("household_id");`);

    this.addSql(`create table "accompaniment"."alert" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "household_id" uuid not null, "accompaniment_id" uuid null, "source" text check ("source" in ('TENANT_REQUEST', 'ARREARS_MEETING', 'LOCAL_STAFF', 'NEIGHBOUR', 'FAMILY', 'PARTNER')) not null, "signs" text[] not null, "description" text not null, "status" text check ("status" in ('NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED', 'CLOSED')) not null, "raised_at" timestamptz not null, "triage_deadline" date not null, constraint "alert_pkey" primary key ("id"), constraint alert_description_present check (btrim(description) <> ''), constraint alert_triage_deadline_after_raised check (triage_deadline >= (raised_at at time zone 'Europe/Paris')::date + 5 and triage_deadline <= (raised_at at time zone 'Europe/Paris')::date + 7), constraint alert_signs_known_and_present check (cardinality(signs) >= 1 and signs <@ array['NO_RESPONSE_TO_REMINDERS', 'HOARDING_OR_NEGLECT', 'EVICTION_PROCEDURE', 'ARREARS', 'NEIGHBOUR_CONFLICT']::text[]));`);
    this.addSql(`create index "alert_raised_at_index" on "accompaniment"."alert" ("raised_at");`);
    this.addSql(`create index "alert_source_raised_at_index" on "accompaniment"."alert" ("source", "raised_at");`);
    this.addSql(`create index "alert_status_triage_deadline_index" on "accompaniment"."alert" ("status", "triage_deadline");`);
    this.addSql(`create index "alert_accompaniment_id_index" on "accompaniment"."alert" ("accompaniment_id");`);
    this.addSql(`create index "alert_household_id_status_index" on "accompaniment"."alert" ("household_id", "status");`);

    this.addSql(`create table "accompaniment"."alert_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "alert_id" uuid not null, "from_status" text check ("from_status" in ('NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED', 'CLOSED')) null, "to_status" text check ("to_status" in ('NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED', 'CLOSED')) not null, "at" timestamptz not null, "moved_by" text not null, "note" text null, constraint "alert_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_transition_alert_id_at_index" on "accompaniment"."alert_transition" ("alert_id", "at");`);

    this.addSql(`create table "accompaniment"."contact" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "accompaniment_id" uuid not null, "date" date not null, "kind" text check ("kind" in ('HOME_VISIT', 'OFFICE', 'PHONE', 'MOVE_IN_INSPECTION', 'OUTREACH_ATTEMPT')) not null, "configuration" text check ("configuration" in ('LANDLORD_ALONE', 'ASSOCIATION_ALONE', 'PAIR')) not null, "time_slot" text check ("time_slot" in ('MORNING', 'MIDDAY', 'AFTERNOON', 'EVENING')) not null, "place" text check ("place" in ('HOME', 'OFFICE', 'NEIGHBOURHOOD', 'PARTNER_PREMISES', 'REMOTE')) not null, "outcome" text check ("outcome" in ('MET', 'NO_ANSWER', 'REFUSED')) not null, "note" text null, "recorded_by" text not null, constraint "contact_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_kind_date_index" on "accompaniment"."contact" ("kind", "date");`);
    this.addSql(`create index "contact_accompaniment_id_date_index" on "accompaniment"."contact" ("accompaniment_id", "date");`);

    this.addSql(`create table "accompaniment"."diagnostic" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "accompaniment_id" uuid not null, "date" date not null, "areas" jsonb not null, constraint "diagnostic_pkey" primary key ("id"), constraint diagnostic_areas_non_empty_list check (jsonb_typeof(areas) = 'array' and jsonb_array_length(areas) >= 1));`);
    this.addSql(`create index "diagnostic_accompaniment_id_date_index" on "accompaniment"."diagnostic" ("accompaniment_id", "date");`);

    this.addSql(`create table "accompaniment"."follow_up_committee" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "date" date not null, "participants" text[] not null, constraint "follow_up_committee_pkey" primary key ("id"), constraint follow_up_committee_has_participants check (cardinality(participants) >= 1));`);
    this.addSql(`create index "follow_up_committee_date_index" on "accompaniment"."follow_up_committee" ("date");`);

    this.addSql(`create table "accompaniment"."committee_decision" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "committee_id" uuid not null, "accompaniment_id" uuid null, "decision" text not null, constraint "committee_decision_pkey" primary key ("id"), constraint committee_decision_present check (btrim(decision) <> ''));`);
    this.addSql(`create index "committee_decision_accompaniment_id_index" on "accompaniment"."committee_decision" ("accompaniment_id");`);
    this.addSql(`create index "committee_decision_committee_id_index" on "accompaniment"."committee_decision" ("committee_id");`);

    this.addSql(`create table "accompaniment"."goal" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "diagnostic_id" uuid not null, "position" int not null, "label" text not null, "progress" int not null default 0, constraint "goal_pkey" primary key ("id"), constraint goal_label_present check (btrim(label) <> ''), constraint goal_progress_percent check (progress >= 0 and progress <= 100), constraint goal_position_non_negative check (position >= 0));`);
    this.addSql(`alter table "accompaniment"."goal" add constraint "goal_diagnostic_id_position_unique" unique ("diagnostic_id", "position");`);

    this.addSql(`create table "accompaniment"."phase_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "accompaniment_id" uuid not null, "from_phase" text check ("from_phase" in ('PRE_ALLOCATION', 'INTEGRATION', 'FOLLOW_UP', 'ENDED')) null, "to_phase" text check ("to_phase" in ('PRE_ALLOCATION', 'INTEGRATION', 'FOLLOW_UP', 'ENDED')) not null, "at" timestamptz not null, "moved_by" text not null, "note" text null, constraint "phase_change_pkey" primary key ("id"));`);
    this.addSql(`create index "phase_change_accompaniment_id_at_index" on "accompaniment"."phase_change" ("accompaniment_id", "at");`);

    this.addSql(`create table "accompaniment"."review" ("id" uuid not null, "created_at" timestamptz not null default now(), "created_by" text not null, "updated_at" timestamptz not null default now(), "updated_by" text not null, "accompaniment_id" uuid not null, "date" date not null, "summary" text not null, "goal_progress" jsonb not null, constraint "review_pkey" primary key ("id"), constraint review_goal_progress_list check (jsonb_typeof(goal_progress) = 'array'));`);
    this.addSql(`create index "review_accompaniment_id_date_index" on "accompaniment"."review" ("accompaniment_id", "date");`);

    this.addSql(`alter table "accompaniment"."alert" add constraint "alert_accompaniment_id_foreign" foreign key ("accompaniment_id") references "accompaniment"."accompaniment" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "accompaniment"."alert_transition" add constraint "alert_transition_alert_id_foreign" foreign key ("alert_id") references "accompaniment"."alert" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accompaniment"."contact" add constraint "contact_accompaniment_id_foreign" foreign key ("accompaniment_id") references "accompaniment"."accompaniment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accompaniment"."diagnostic" add constraint "diagnostic_accompaniment_id_foreign" foreign key ("accompaniment_id") references "accompaniment"."accompaniment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accompaniment"."committee_decision" add constraint "committee_decision_committee_id_foreign" foreign key ("committee_id") references "accompaniment"."follow_up_committee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "accompaniment"."committee_decision" add constraint "committee_decision_accompaniment_id_foreign" foreign key ("accompaniment_id") references "accompaniment"."accompaniment" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "accompaniment"."goal" add constraint "goal_diagnostic_id_foreign" foreign key ("diagnostic_id") references "accompaniment"."diagnostic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accompaniment"."phase_change" add constraint "phase_change_accompaniment_id_foreign" foreign key ("accompaniment_id") references "accompaniment"."accompaniment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accompaniment"."review" add constraint "review_accompaniment_id_foreign" foreign key ("accompaniment_id") references "accompaniment"."accompaniment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accompaniment"."alert" drop constraint "alert_accompaniment_id_foreign";`);

    this.addSql(`alter table "accompaniment"."contact" drop constraint "contact_accompaniment_id_foreign";`);

    this.addSql(`alter table "accompaniment"."diagnostic" drop constraint "diagnostic_accompaniment_id_foreign";`);

    this.addSql(`alter table "accompaniment"."committee_decision" drop constraint "committee_decision_accompaniment_id_foreign";`);

    this.addSql(`alter table "accompaniment"."phase_change" drop constraint "phase_change_accompaniment_id_foreign";`);

    this.addSql(`alter table "accompaniment"."review" drop constraint "review_accompaniment_id_foreign";`);

    this.addSql(`alter table "accompaniment"."alert_transition" drop constraint "alert_transition_alert_id_foreign";`);

    this.addSql(`alter table "accompaniment"."goal" drop constraint "goal_diagnostic_id_foreign";`);

    this.addSql(`alter table "accompaniment"."committee_decision" drop constraint "committee_decision_committee_id_foreign";`);

    this.addSql(`drop table if exists "accompaniment"."accompaniment" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."alert" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."alert_transition" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."contact" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."diagnostic" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."follow_up_committee" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."committee_decision" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."goal" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."phase_change" cascade;`);

    this.addSql(`drop table if exists "accompaniment"."review" cascade;`);

    this.addSql(`drop schema if exists "accompaniment";`);
  }

}
