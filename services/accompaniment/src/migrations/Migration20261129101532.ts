import { Migration } from '@mikro-orm/migrations';

export class Migration20261129101532 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "accompaniment"."alert" drop constraint alert_triage_deadline_after_raised;`);

    this.addSql(`alter table "accompaniment"."alert" add column "arrears_months" int null, add column "arrears_cents" int null;`);
    this.addSql(`alter table "accompaniment"."alert" add constraint alert_arrears_figures check((arrears_months is null) = (arrears_cents is null) and (arrears_months is null or (arrears_months >= 0 and arrears_cents >= 0)));`);
    this.addSql(`alter table "accompaniment"."alert" add constraint alert_triage_deadline_after_raised check(triage_deadline >= (raised_at at time zone 'Europe/Paris')::date + 1 and triage_deadline <= (raised_at at time zone 'Europe/Paris')::date + 30);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accompaniment"."alert" drop constraint alert_arrears_figures;`);
    this.addSql(`alter table "accompaniment"."alert" drop constraint alert_triage_deadline_after_raised;`);
    this.addSql(`alter table "accompaniment"."alert" drop column "arrears_months", drop column "arrears_cents";`);

    this.addSql(`alter table "accompaniment"."alert" add constraint alert_triage_deadline_after_raised check(triage_deadline >= (raised_at at time zone 'Europe/Paris')::date + 5 and triage_deadline <= (raised_at at time zone 'Europe/Paris')::date + 7);`);
  }

}
