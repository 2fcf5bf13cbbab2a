import { Migration } from '@mikro-orm/migrations';

/**
 * Announces every existing convention again (ConventionCreated), now with its planned households
 * per year, so that accompaniment learns each convention's capacity. Consumers apply it idempotently.
 */
export class Migration20261204231000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into "financing"."outbox" ("id", "type", "payload", "actor", "occurred_at") select gen_random_uuid(), 'ConventionCreated', jsonb_build_object('conventionId', "id", 'startYear', start_year, 'endYear', end_year, 'plannedHouseholdsPerYear', planned_households_per_year), 'migration-capacity', now() from "financing"."convention";`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "financing"."outbox" where "type" = 'ConventionCreated' and "actor" = 'migration-capacity';`);
  }

}
