import { Migration } from '@mikro-orm/migrations';

export class Migration20261204191549 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "accompaniment"."accompaniment" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."alert" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."alert_transition" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."contact" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."contact_schedule_change" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."diagnostic" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."follow_up_committee" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."committee_decision" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."goal" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."phase_change" add column "version" int not null default 1;`);

    this.addSql(`alter table "accompaniment"."review" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accompaniment"."accompaniment" drop column "version";`);

    this.addSql(`alter table "accompaniment"."alert" drop column "version";`);

    this.addSql(`alter table "accompaniment"."alert_transition" drop column "version";`);

    this.addSql(`alter table "accompaniment"."committee_decision" drop column "version";`);

    this.addSql(`alter table "accompaniment"."contact" drop column "version";`);

    this.addSql(`alter table "accompaniment"."contact_schedule_change" drop column "version";`);

    this.addSql(`alter table "accompaniment"."diagnostic" drop column "version";`);

    this.addSql(`alter table "accompaniment"."follow_up_committee" drop column "version";`);

    this.addSql(`alter table "accompaniment"."goal" drop column "version";`);

    this.addSql(`alter table "accompaniment"."phase_change" drop column "version";`);

    this.addSql(`alter table "accompaniment"."review" drop column "version";`);
  }

}
