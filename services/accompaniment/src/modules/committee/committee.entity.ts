import { AuditedEntity, LocalDate } from '@ash/kit';
import { ArrayType, Check, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Accompaniment } from '../accompaniment/accompaniment.entity';

@ObjectType({
  description: 'Follow-up committee of the landlord, the association and partners (comité de suivi)',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'follow_up_committee' })
@Index({ properties: ['date'] })
@Check({ name: 'follow_up_committee_has_participants', expression: 'cardinality(participants) >= 1' })
export class FollowUpCommittee extends AuditedEntity {
  @Field(() => LocalDate)
  @Property({ type: 'date' })
  date: string;

  @Field(() => [String])
  @Property({ type: ArrayType, columnType: 'text[]' })
  participants: string[];
}

@ObjectType({ description: 'A decision of a follow-up committee, about one accompaniment or in general' })
@Entity({ tableName: 'committee_decision' })
@Index({ properties: ['committee'] })
@Index({ properties: ['accompaniment'] })
@Check({ name: 'committee_decision_present', expression: "btrim(decision) <> ''" })
export class CommitteeDecision extends AuditedEntity {
  @ManyToOne(() => FollowUpCommittee, { ref: true, deleteRule: 'cascade' })
  committee: Ref<FollowUpCommittee>;

  @ManyToOne(() => Accompaniment, { ref: true, nullable: true, deleteRule: 'restrict' })
  accompaniment: Ref<Accompaniment> | null = null;

  @Field()
  @Property({ type: 'text' })
  decision: string;
}
