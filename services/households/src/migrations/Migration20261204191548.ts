import { Migration } from '@mikro-orm/migrations';

export class Migration20261204191548 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "households"."commission" add column "version" int not null default 1;`);

    this.addSql(`alter table "households"."household" add column "version" int not null default 1;`);

    this.addSql(`alter table "households"."application" add column "version" int not null default 1;`);

    this.addSql(`alter table "households"."candidacy" add column "version" int not null default 1;`);

    this.addSql(`alter table "households"."application_transition" add column "version" int not null default 1;`);

    this.addSql(`alter table "households"."person" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "households"."application" drop column "version";`);

    this.addSql(`alter table "households"."application_transition" drop column "version";`);

    this.addSql(`alter table "households"."candidacy" drop column "version";`);

    this.addSql(`alter table "households"."commission" drop column "version";`);

    this.addSql(`alter table "households"."household" drop column "version";`);

    this.addSql(`alter table "households"."person" drop column "version";`);
  }

}
