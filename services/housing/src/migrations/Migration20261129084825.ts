import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084825 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "housing"."dwelling" add column "offered_to_household_id" uuid null;`);
    this.addSql(`alter table "housing"."dwelling" add constraint dwelling_offered_to_household check(status = 'OFFERED' or offered_to_household_id is null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "housing"."dwelling" drop constraint dwelling_offered_to_household;`);
    this.addSql(`alter table "housing"."dwelling" drop column "offered_to_household_id";`);
  }

}
