import { Migration } from '@mikro-orm/migrations';

/**
 * Announces every existing dwelling once (DwellingCreated), so that the subgraphs that reference them learn the
 * ids written before the event existed; on a new database there is nothing to announce.
 */
export class Migration20261204184801 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into "housing"."outbox" ("id", "type", "payload", "actor", "occurred_at") select gen_random_uuid(), 'DwellingCreated', jsonb_build_object('dwellingId', "id"), 'migration', now() from "housing"."dwelling";`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "housing"."outbox" where "type" = 'DwellingCreated' and "actor" = 'migration';`);
  }

}
