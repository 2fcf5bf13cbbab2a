import { Migration } from '@mikro-orm/migrations';

export class Migration20261204191412 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "households"."placement" ("id" uuid not null, "commission_id" uuid not null, "dwelling_id" uuid not null, "open" boolean not null default true, constraint "placement_pkey" primary key ("id"));`);
    // The dwellings already on sessions; open where candidates still await a decision on a planned
    // session (the latest one only, should an earlier version have put a dwelling on two).
    this.addSql(`insert into "households"."placement" ("id", "commission_id", "dwelling_id", "open")
      select gen_random_uuid(), c.commission_id, c.dwelling_id,
             s.status = 'PLANNED' and bool_or(c.decision is null and c.withdrawn_at is null)
               and row_number() over (partition by c.dwelling_id, s.status = 'PLANNED' and bool_or(c.decision is null and c.withdrawn_at is null) order by s.session_date desc) = 1
      from "households"."candidacy" c join "households"."commission" s on s.id = c.commission_id
      group by c.commission_id, c.dwelling_id, s.status, s.session_date;`);
    this.addSql(`create unique index "placement_one_open_per_dwelling" on "households"."placement" ("dwelling_id") where "open";`);
    this.addSql(`alter table "households"."placement" add constraint "placement_commission_id_dwelling_id_unique" unique ("commission_id", "dwelling_id");`);

    this.addSql(`alter table "households"."placement" add constraint "placement_commission_id_foreign" foreign key ("commission_id") references "households"."commission" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "households"."placement" cascade;`);
  }

}
