import { Migration } from '@mikro-orm/migrations';

/**
 * Announces every existing household once (HouseholdRegistered), so that the subgraphs that reference them learn the
 * ids written before the event existed; on a new database there is nothing to announce.
 */
export class Migration20261204184800 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into "households"."outbox" ("id", "type", "payload", "actor", "occurred_at") select gen_random_uuid(), 'HouseholdRegistered', jsonb_build_object('householdId', "id"), 'migration', now() from "households"."household";`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "households"."outbox" where "type" = 'HouseholdRegistered' and "actor" = 'migration';`);
  }

}
