import { Migration } from '@mikro-orm/migrations';

export class Migration20261129093513 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "households"."household" add column "erased_at" timestamptz null, add column "erased_by" text null, add column "erasure_reason" text null;`);
    this.addSql(`alter table "households"."household" add constraint household_erasure_complete check((erased_at is null) = (erased_by is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "households"."household" drop constraint household_erasure_complete;`);
    this.addSql(`alter table "households"."household" drop column "erased_at", drop column "erased_by", drop column "erasure_reason";`);
  }

}
