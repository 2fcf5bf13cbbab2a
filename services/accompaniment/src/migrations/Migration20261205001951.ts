import { Migration } from '@mikro-orm/migrations';

export class Migration20261205001951 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "accompaniment"."accompaniment" drop constraint if exists "accompaniment_outcome_check";`);

    this.addSql(`alter table "accompaniment"."accompaniment" add column "carried_over_from_id" uuid null;`);
    this.addSql(`alter table "accompaniment"."accompaniment" add constraint "accompaniment_outcome_check" check("outcome" in ('HOUSED', 'SUSTAINED', 'EVICTION_AVOIDED', 'MOVED_OUT', 'REFUSED', 'EVICTED', 'CARRIED_OVER'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accompaniment"."accompaniment" drop constraint if exists "accompaniment_outcome_check";`);

    this.addSql(`alter table "accompaniment"."accompaniment" drop column "carried_over_from_id";`);

    this.addSql(`alter table "accompaniment"."accompaniment" add constraint "accompaniment_outcome_check" check("outcome" in ('HOUSED', 'SUSTAINED', 'EVICTION_AVOIDED', 'MOVED_OUT', 'REFUSED', 'EVICTED'));`);
  }

}
