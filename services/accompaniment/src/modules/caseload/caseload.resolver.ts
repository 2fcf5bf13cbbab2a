import { connectionOf } from '@ash/kit';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { CaseloadService } from './caseload.service';
import { CaseloadArgs, CaseloadEntry } from './caseload.types';

export const CaseloadConnection = connectionOf(CaseloadEntry, 'Caseload');

@Resolver(() => CaseloadEntry)
export class CaseloadResolver {
  @Query(() => CaseloadConnection, {
    description:
      'A support worker’s running accompaniments with what each needs (“Mes ménages”), by priority unless told; a support worker reads their own only, social management anyone’s',
  })
  caseload(@Ctx() ctx: AccompanimentContext, @Args() args: CaseloadArgs) {
    return new CaseloadService(ctx.em, ctx.calendar).caseload(ctx.actor, args);
  }

  @FieldResolver(() => Accompaniment)
  accompaniment(@Root() entry: CaseloadEntry, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.accompaniment.load(entry.accompanimentId);
  }
}
