import { Migration } from '@mikro-orm/migrations';

export class Migration20261129085408 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "households"."application_status_index";`);

    this.addSql(`create index "application_allocated_dwelling_id_index" on "households"."application" ("allocated_dwelling_id");`);
    this.addSql(`create index "application_status_status_changed_at_index" on "households"."application" ("status", "status_changed_at");`);

    this.addSql(`alter table "households"."candidacy" add column "withdrawn_at" timestamptz null;`);
    // Decisions recorded before reasons became a list: keep them, with the reason OTHER.
    this.addSql(`update "households"."candidacy" set "decision_reason" = 'OTHER' where "decision" is not null and ("decision_reason" is null or "decision_reason" not in ('RANKED_FIRST', 'NEXT_IN_RANK', 'PRIORITY_HOUSEHOLD', 'CONDITION_SUPPORT_REQUIRED', 'CONDITION_SLIDING_LEASE', 'CONDITION_MISSING_DOCUMENT', 'HIGHER_RANKED_ALLOCATED', 'UNSUITED_TYPOLOGY', 'RESOURCES_INSUFFICIENT', 'HOUSEHOLD_REFUSED', 'INCOMPLETE_FILE', 'RESOURCES_ABOVE_CEILING', 'INELIGIBLE', 'OTHER'));`);
    this.addSql(`update "households"."candidacy" set "decision_reason" = null where "decision" is null;`);
    this.addSql(`alter table "households"."candidacy" add constraint "candidacy_decision_reason_check" check("decision_reason" in ('RANKED_FIRST', 'NEXT_IN_RANK', 'PRIORITY_HOUSEHOLD', 'CONDITION_SUPPORT_REQUIRED', 'CONDITION_SLIDING_LEASE', 'CONDITION_MISSING_DOCUMENT', 'HIGHER_RANKED_ALLOCATED', 'UNSUITED_TYPOLOGY', 'RESOURCES_INSUFFICIENT', 'HOUSEHOLD_REFUSED', 'INCOMPLETE_FILE', 'RESOURCES_ABOVE_CEILING', 'INELIGIBLE', 'OTHER'));`);
    this.addSql(`alter table "households"."candidacy" add constraint candidacy_withdrawn_undecided check(withdrawn_at is null or decision is null);`);
    this.addSql(`alter table "households"."candidacy" add constraint candidacy_decision_has_reason check((decision is null) = (decision_reason is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "households"."candidacy" drop constraint if exists "candidacy_decision_reason_check";`);

    this.addSql(`drop index "households"."application_allocated_dwelling_id_index";`);
    this.addSql(`drop index "households"."application_status_status_changed_at_index";`);

    this.addSql(`create index "application_status_index" on "households"."application" ("status");`);

    this.addSql(`alter table "households"."candidacy" drop constraint candidacy_withdrawn_undecided;`);
    this.addSql(`alter table "households"."candidacy" drop constraint candidacy_decision_has_reason;`);
    this.addSql(`alter table "households"."candidacy" drop column "withdrawn_at";`);

    this.addSql(`alter table "households"."candidacy" alter column "decision_reason" type text using ("decision_reason"::text);`);
  }

}
