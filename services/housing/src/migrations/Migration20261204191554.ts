import { Migration } from '@mikro-orm/migrations';

export class Migration20261204191554 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "housing"."matching_settings" add column "version" int not null default 1;`);

    this.addSql(`alter table "housing"."residence" add column "version" int not null default 1;`);

    this.addSql(`alter table "housing"."dwelling" add column "version" int not null default 1;`);

    this.addSql(`alter table "housing"."lease" add column "version" int not null default 1;`);

    this.addSql(`alter table "housing"."rent_account" add column "version" int not null default 1;`);

    this.addSql(`alter table "housing"."rent_entry" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "housing"."dwelling" drop column "version";`);

    this.addSql(`alter table "housing"."lease" drop column "version";`);

    this.addSql(`alter table "housing"."matching_settings" drop column "version";`);

    this.addSql(`alter table "housing"."rent_account" drop column "version";`);

    this.addSql(`alter table "housing"."rent_entry" drop column "version";`);

    this.addSql(`alter table "housing"."residence" drop column "version";`);
  }

}
