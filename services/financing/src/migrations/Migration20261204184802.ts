import { Migration } from '@mikro-orm/migrations';

/**
 * Announces every existing convention once (ConventionCreated), so that the subgraphs that reference them learn the
 * ids written before the event existed; on a new database there is nothing to announce.
 */
export class Migration20261204184802 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into "financing"."outbox" ("id", "type", "payload", "actor", "occurred_at") select gen_random_uuid(), 'ConventionCreated', jsonb_build_object('conventionId', "id", 'startYear', start_year, 'endYear', end_year), 'migration', now() from "financing"."convention";`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "financing"."outbox" where "type" = 'ConventionCreated' and "actor" = 'migration';`);
  }

}
