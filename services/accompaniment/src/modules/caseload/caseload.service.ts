import {
  type Actor,
  BadUserInputError,
  type Calendar,
  type Connection,
  ForbiddenError,
  isIsoDate,
  isUuid,
  keysetCursor,
  pageSize,
  Role,
  readKeysetCursor,
  requireRole,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { AccompanimentPhase } from '../accompaniment/accompaniment.enums';
import { StaffMember } from '../staff/staff.entity';
import { StaffRole } from '../staff/staff.enums';
import { caseloadSql, keysetParameters, PRIORITY_RANK, sortKeys } from './caseload.query';
import type { CaseloadArgs, CaseloadEntry } from './caseload.types';

/** Who reads a caseload: a support worker their own, social management and operators anyone's. */
export const CASELOAD_READERS = [Role.SupportWorker, Role.SocialManager, Role.Admin] as const;

interface Row {
  total: number;
  id: string | null;
  household_id: string;
  phase: AccompanimentPhase;
  open_alerts: number;
  overdue_alerts: number;
  priority_rank: number;
  phase_rank: number;
  next_due: string | null;
  last_contact: string | null;
  next_due_key: string;
  last_contact_key: string;
  contact_overdue: boolean | null;
}

export class CaseloadService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  /**
   * The running accompaniments of a support worker with what each needs, sorted and paged in one
   * SQL statement (keyset on the sort values, then the id). A support worker reads only their own
   * caseload (FORBIDDEN for another's), within its usual scope (households that consented).
   */
  async caseload(actor: Actor, args: CaseloadArgs): Promise<Connection<CaseloadEntry>> {
    requireRole(actor, CASELOAD_READERS);
    const scoped = actor.role === Role.SupportWorker;
    const worker = args.supportWorker ?? (scoped ? actor.userId : null);
    if (!worker) {
      throw new BadUserInputError('supportWorker is required: whose caseload?', {
        argument: 'supportWorker',
      });
    }
    if (scoped && worker !== actor.userId) {
      throw new ForbiddenError('A support worker reads their own caseload only');
    }
    if (!scoped) await this.assertSupportWorker(worker);
    const first = pageSize(args.first);
    const keys = sortKeys(args.orderBy, args.direction);
    const after = readKeysetCursor(args.after, keys.length + 1);
    if (after) this.checkCursorValues(after, keys);
    const sql = caseloadSql({ scoped, keys, after: after !== undefined });
    const rows: Row[] = await this.em
      .getConnection()
      .execute(sql, [this.calendar.today(), worker, ...(after ? keysetParameters(after) : []), first + 1]);
    const found = rows.filter((row) => row.id !== null);
    const page = found.slice(0, first);
    const edges = page.map((row) => ({
      cursor: keysetCursor([...keys.map((key) => cursorValue(row, key.column)), row.id as string]),
      node: toEntry(row),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: rows[0]?.total ?? 0,
    };
  }

  /** BAD_USER_INPUT unless the directory knows `userId` as a support worker (active or not: a caseload may remain). */
  private async assertSupportWorker(userId: string): Promise<void> {
    const member = await this.em.findOne(StaffMember, { userId, role: StaffRole.SUPPORT_WORKER });
    if (!member) {
      throw new BadUserInputError(`${userId.slice(0, 80)} is not a support worker of the staff directory`, {
        argument: 'supportWorker',
        reason: 'UNKNOWN_REFERENCE',
      });
    }
  }

  /** A cursor's values go to SQL casts: each must be of its key's type, the last an id. */
  private checkCursorValues(values: (string | number)[], keys: ReturnType<typeof sortKeys>): void {
    const fits = keys.every((key, i) =>
      key.type === 'int' ? Number.isInteger(values[i]) : isIsoDate(values[i]),
    );
    const id = values.at(-1);
    if (!fits || typeof id !== 'string' || !isUuid(id)) {
      throw new BadUserInputError('after is not a cursor of this order', { argument: 'after' });
    }
  }
}

function cursorValue(row: Row, column: string): string | number {
  const value = row[column as keyof Row];
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`No sort value ${column}`);
  return value;
}

function toEntry(row: Row): CaseloadEntry {
  return {
    accompanimentId: row.id as string,
    household: { id: row.household_id },
    phase: row.phase,
    lastContactDate: row.last_contact,
    nextContactDue: row.next_due,
    contactOverdue: row.contact_overdue === true,
    openAlerts: row.open_alerts,
    overdueAlerts: row.overdue_alerts,
    priority: PRIORITY_RANK[row.priority_rank - 1],
  };
}
