import { isUuid } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { SCHEMA } from '../../orm';
import { Contact } from './contact.entity';

const SQL = `
select * from (
  select c.*, row_number() over (
    partition by c.accompaniment_id order by c.date desc, c.created_at desc, c.id
  ) as latest_rank
  from "${SCHEMA}"."contact" c
  where c.accompaniment_id = any(?::uuid[])
) ranked
where latest_rank <= ?
order by accompaniment_id, latest_rank`;

/**
 * The `limit` latest contacts of each accompaniment asked in a request, in one SQL statement per
 * batch; the window function keeps a long accompaniment from loading its whole history.
 */
export function latestContactsLoader(em: EntityManager, limit: number) {
  return new DataLoader<string, Contact[]>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const rows: Record<string, unknown>[] = wanted.length
      ? await em.getConnection().execute(SQL, [`{${wanted.join(',')}}`, limit])
      : [];
    const groups = new Map<string, Contact[]>();
    for (const { latest_rank: _rank, ...row } of rows) {
      const contact = em.map(Contact, row);
      const key = contact.accompaniment.id;
      groups.set(key, [...(groups.get(key) ?? []), contact]);
    }
    return ids.map((id) => groups.get(id.toLowerCase()) ?? []);
  });
}
