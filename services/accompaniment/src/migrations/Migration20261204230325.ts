import { Migration } from '@mikro-orm/migrations';

export class Migration20261204230325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "accompaniment"."accompaniment" add column "capacity_override_reason" text null;`);

    this.addSql(`alter table "accompaniment"."convention_period" add column "planned_households" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accompaniment"."accompaniment" drop column "capacity_override_reason";`);

    this.addSql(`alter table "accompaniment"."convention_period" drop column "planned_households";`);
  }

}
