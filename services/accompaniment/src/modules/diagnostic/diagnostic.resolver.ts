import { PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { Diagnostic, Goal } from './diagnostic.entity';
import { RecordDiagnosticInput } from './diagnostic.input';
import { DiagnosticService } from './diagnostic.service';

@Resolver(() => Diagnostic)
export class DiagnosticResolver {
  @FieldResolver(() => Accompaniment)
  accompaniment(@Root() diagnostic: Diagnostic, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.accompaniment.load(diagnostic.accompaniment.id);
  }

  @FieldResolver(() => [Goal])
  goals(@Root() diagnostic: Diagnostic, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.goalsByDiagnostic.load(diagnostic.id);
  }

  @Mutation(() => Diagnostic)
  recordDiagnostic(
    @Ctx() ctx: AccompanimentContext,
    @Arg('input', () => RecordDiagnosticInput) input: RecordDiagnosticInput,
  ) {
    return new DiagnosticService(ctx.em, ctx.calendar).record(ctx.actor, input);
  }
}

export const diagnosticReference = {
  __resolveReference: (ref: Pick<Diagnostic, 'id'>, ctx: AccompanimentContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.diagnostic.load(ref.id);
  },
};
