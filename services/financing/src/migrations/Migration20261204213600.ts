import { Migration } from '@mikro-orm/migrations';

/**
 * Announces every existing convention again (ConventionCreated), now that accompaniment keeps each
 * convention's years: a database that consumed the first announcement learns them too. Consumers
 * apply it idempotently.
 */
export class Migration20261204213600 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into "financing"."outbox" ("id", "type", "payload", "actor", "occurred_at") select gen_random_uuid(), 'ConventionCreated', jsonb_build_object('conventionId', "id", 'startYear', start_year, 'endYear', end_year), 'migration-periods', now() from "financing"."convention";`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "financing"."outbox" where "type" = 'ConventionCreated' and "actor" = 'migration-periods';`);
  }

}
