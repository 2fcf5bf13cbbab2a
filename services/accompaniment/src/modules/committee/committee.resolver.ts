import { PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { CommitteeDecision, FollowUpCommittee } from './committee.entity';
import { RecordFollowUpCommitteeInput } from './committee.input';
import { CommitteeService } from './committee.service';

@Resolver(() => FollowUpCommittee)
export class FollowUpCommitteeResolver {
  @Mutation(() => FollowUpCommittee, {
    description: 'Records a follow-up committee (comité de suivi), its participants and decisions',
  })
  recordFollowUpCommittee(
    @Ctx() ctx: AccompanimentContext,
    @Arg('input', () => RecordFollowUpCommitteeInput) input: RecordFollowUpCommitteeInput,
  ) {
    return new CommitteeService(ctx.em, ctx.calendar).record(ctx.actor, input);
  }

  @FieldResolver(() => [CommitteeDecision], {
    description: 'Its decisions (a support worker sees those about their own caseload)',
  })
  decisions(@Root() committee: FollowUpCommittee, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.decisionsByCommittee.load(committee.id);
  }
}

@Resolver(() => CommitteeDecision)
export class CommitteeDecisionResolver {
  @FieldResolver(() => FollowUpCommittee)
  committee(@Root() decision: CommitteeDecision, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.committee.load(decision.committee.id);
  }

  @FieldResolver(() => Accompaniment, { nullable: true, description: 'Null for a general decision' })
  accompaniment(@Root() decision: CommitteeDecision, @Ctx() ctx: AccompanimentContext) {
    return decision.accompaniment ? ctx.loaders.accompaniment.load(decision.accompaniment.id) : null;
  }
}

export const followUpCommitteeReference = {
  __resolveReference: (ref: Pick<FollowUpCommittee, 'id'>, ctx: AccompanimentContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.committee.load(ref.id);
  },
};
