import { connectionOf, isUuid, PageArgs, paginate, Role, requireRole } from '@ash/kit';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { AuditEntry } from './audit.entity';

const AuditEntryConnection = connectionOf(AuditEntry);

/** Who may read the audit trail. */
export const AUDIT_READERS = [Role.Admin, Role.SocialManager] as const;

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: 'Every write and sensitive read of an entity, latest first',
  })
  async auditTrail(
    @Ctx() ctx: HouseholdsContext,
    @Arg('entityId', () => ID) entityId: string,
    @Args() page: PageArgs,
  ) {
    requireRole(ctx.actor, AUDIT_READERS);
    const where = isUuid(entityId) ? { entityId } : { entityId: null as unknown as string };
    return paginate(ctx.em, AuditEntry, where, page, { at: 'desc' });
  }
}
