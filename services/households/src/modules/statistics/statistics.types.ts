import { Field, Int, ObjectType } from 'type-graphql';
import { ApplicationStatus } from '../application/application.enums';

@ObjectType({ description: 'How many applications are in a status' })
export class ApplicationStatusCount {
  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Key figures of the allocation pipeline, for the dashboard' })
export class ApplicationStatistics {
  @Field(() => [ApplicationStatusCount], {
    description: 'Every status, in the enum’s order (0 when none); a support worker counts their caseload',
  })
  byStatus: ApplicationStatusCount[];
}
