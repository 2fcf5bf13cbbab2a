import { Migration } from '@mikro-orm/migrations';

export class Migration20261129091418 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "households"."audit_log" ("id" uuid not null, "at" timestamptz not null, "subgraph" text not null, "request_id" text null, "user_id" text not null, "role" text not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE', 'READ')) not null, "entity_type" text not null, "entity_id" uuid not null, "fields" text[] not null, "event_id" uuid not null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_log_entity_id_at_index" on "households"."audit_log" ("entity_id", "at");`);
    // Append-only: no UPDATE, DELETE or TRUNCATE, whoever asks (the API has no way to either).
    this.addSql(`create function "households"."audit_log_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end $$;`);
    this.addSql(`create trigger "audit_log_no_update_delete" before update or delete on "households"."audit_log" for each row execute function "households"."audit_log_append_only"();`);
    this.addSql(`create trigger "audit_log_no_truncate" before truncate on "households"."audit_log" for each statement execute function "households"."audit_log_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "households"."audit_log" cascade;`);
    this.addSql(`drop function if exists "households"."audit_log_append_only"();`);
  }

}
