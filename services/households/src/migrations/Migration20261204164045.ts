import { Migration } from '@mikro-orm/migrations';

export class Migration20261204164045 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "households"."person" drop constraint person_birth_date_not_future;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "households"."person" add constraint person_birth_date_not_future check(birth_date <= CURRENT_DATE);`);
  }

}
