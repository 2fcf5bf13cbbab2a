import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { OutreachService } from './outreach.service';
import { OutreachGroup } from './outreach.types';

@Resolver(() => OutreachGroup)
export class OutreachResolver {
  @Query(() => [OutreachGroup], {
    description:
      'Outreach ("aller vers"): attempts and meetings by configuration, time slot and place, dates YYYY-MM-DD',
  })
  outreachEffectiveness(
    @Ctx() ctx: AccompanimentContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ) {
    return new OutreachService(ctx.em).effectiveness(ctx.actor, from, to);
  }
}
