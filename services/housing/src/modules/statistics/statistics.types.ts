import { Field, Int, ObjectType } from 'type-graphql';
import { DwellingStatus, Typology } from '../dwelling/dwelling.enums';

@ObjectType({ description: 'How many dwellings of the stock are in a status' })
export class DwellingStatusCount {
  @Field(() => DwellingStatus)
  status: DwellingStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How many dwellings of a typology' })
export class TypologyCount {
  @Field(() => Typology)
  typology: Typology;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Key figures of the stock, for the dashboard' })
export class DwellingStatistics {
  @Field(() => [DwellingStatusCount], { description: 'Every status, in the enum’s order (0 when none)' })
  byStatus: DwellingStatusCount[];

  @Field(() => [TypologyCount], {
    description: 'VACANT dwellings per typology, every typology in the enum’s order (0 when none)',
  })
  vacantByTypology: TypologyCount[];
}
