import { Migration } from '@mikro-orm/migrations';

export class Migration20261204191551 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "financing"."convention" add column "version" int not null default 1;`);

    this.addSql(`alter table "financing"."evaluation" add column "version" int not null default 1;`);

    this.addSql(`alter table "financing"."funder" add column "version" int not null default 1;`);

    this.addSql(`alter table "financing"."funding_line" add column "version" int not null default 1;`);

    this.addSql(`alter table "financing"."funding_line_transition" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "financing"."convention" drop column "version";`);

    this.addSql(`alter table "financing"."evaluation" drop column "version";`);

    this.addSql(`alter table "financing"."funder" drop column "version";`);

    this.addSql(`alter table "financing"."funding_line" drop column "version";`);

    this.addSql(`alter table "financing"."funding_line_transition" drop column "version";`);
  }

}
