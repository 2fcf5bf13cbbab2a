import { type DemoPlan, stableId } from '@ash/demo';
import { insertInChunks, localInstant, SEED_AUDIT } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Convention } from './modules/convention/convention.entity';
import { Evaluation } from './modules/evaluation/evaluation.entity';
import { EvaluationLevel, RegionalOpinion, Reproducibility } from './modules/evaluation/evaluation.enums';
import { Funder } from './modules/funder/funder.entity';
import { FundingLine, FundingLineTransition } from './modules/funding-line/funding-line.entity';
import { FundingStatus } from './modules/funding-line/funding-line.enums';

/** A date of `year`, never after `today` (a future year's share is requested ahead of time). */
function notAfter(date: string, today: string): string {
  return date <= today ? date : today;
}

/**
 * The two opinions on the 2015 convention, written as the call-for-projects form asks them:
 * "Avis du service départemental…" (DDCS) and "Avis global formulé par le niveau régional" (DREAL).
 */
function evaluationsOf(conventionId: string) {
  return [
    {
      id: stableId('evaluation', `${conventionId}:DEPARTMENT`),
      convention: conventionId,
      level: EvaluationLevel.DEPARTMENT,
      authorOrganisation: 'DDCS 76',
      date: '2015-02-10',
      departmentOpinion:
        'Avis favorable. Le projet étend à l’ensemble du patrimoine ICF de la CREA une coopération de deux ans et demi avec l’association Ensemble et répond aux besoins repérés par les diagnostics locaux.',
      relevance:
        'Projet pertinent au regard des objectifs de l’appel à projets : accompagnement engagé en amont de la commission d’attribution, présence dès l’état des lieux d’entrée, démarche « aller vers » pour les locataires les plus isolés, publics cibles du PDALPD (familles monoparentales, personnes sortant de détention).',
      reproducibility: Reproducibility.HIGH,
      regionalOpinion: null,
      text: 'Conditions jugées nécessaires : un bilan annuel partagé avec la DDCS ; la recherche de cofinancements locaux pour 2016 et 2017 ; le suivi des mois-mesures consommés au regard des 360 prévus chaque année.',
      ...SEED_AUDIT,
    },
    {
      id: stableId('evaluation', `${conventionId}:REGION`),
      convention: conventionId,
      level: EvaluationLevel.REGION,
      authorOrganisation: 'DREAL Normandie',
      date: '2015-03-06',
      departmentOpinion: null,
      relevance: null,
      reproducibility: null,
      regionalOpinion: RegionalOpinion.FAVOURABLE,
      text: 'Avis global favorable du niveau régional (DREAL en collaboration avec la DRJSCS) : projet cohérent avec les orientations du PDALPD de Seine-Maritime, plan de financement équilibré (bailleur 25 %, État 25 %, fonds national 50 %). La participation du bailleur pour 2016 et 2017 reste à confirmer.',
      ...SEED_AUDIT,
    },
  ];
}

/** Writes the financing part of the demo plan (funders, conventions, funding, opinions) in one transaction. */
export async function seedFinancing(orm: MikroORM, plan: DemoPlan): Promise<void> {
  const today = plan.today;
  const lines = plan.conventions.flatMap((convention) =>
    convention.fundingLines.map((line) => {
      const requestedAt = notAfter(`${line.year}-01-15`, today);
      const grantedAt = line.status === 'REQUESTED' ? null : notAfter(`${line.year}-04-15`, today);
      const paidAt = line.status === 'PAID' ? notAfter(`${line.year}-10-15`, today) : null;
      return { convention, line, requestedAt, grantedAt, paidAt };
    }),
  );
  const transitionAt = (date: string) => localInstant(date, '10:00');

  await orm.em.fork().transactional(async (em) => {
    await insertInChunks(
      em,
      Funder,
      plan.funders.map((f) => ({ ...f, ...SEED_AUDIT })),
    );
    await insertInChunks(
      em,
      Convention,
      plan.conventions.map(({ fundingLines: _lines, ...c }) => ({ ...c, ...SEED_AUDIT })),
    );
    await insertInChunks(
      em,
      FundingLine,
      lines.map(({ convention, line, requestedAt, grantedAt, paidAt }) => {
        const { funderId, ...fields } = line;
        return {
          ...fields,
          convention: convention.id,
          funder: funderId,
          requestedAt,
          grantedAt,
          paidAt,
          ...SEED_AUDIT,
        };
      }),
    );
    await insertInChunks(
      em,
      FundingLineTransition,
      lines.flatMap(({ line, grantedAt, paidAt }) => [
        ...(grantedAt
          ? [
              {
                id: stableId('funding-line-transition', `${line.id}:GRANTED`),
                fundingLine: line.id,
                from: FundingStatus.REQUESTED,
                to: FundingStatus.GRANTED,
                at: transitionAt(grantedAt),
                by: SEED_AUDIT.createdBy,
                note: null,
                ...SEED_AUDIT,
              },
            ]
          : []),
        ...(paidAt
          ? [
              {
                id: stableId('funding-line-transition', `${line.id}:PAID`),
                fundingLine: line.id,
                from: FundingStatus.GRANTED,
                to: FundingStatus.PAID,
                at: transitionAt(paidAt),
                by: SEED_AUDIT.createdBy,
                note: null,
                ...SEED_AUDIT,
              },
            ]
          : []),
      ]),
    );
    const first = plan.conventions.find((c) => c.startYear === 2015);
    if (first) await insertInChunks(em, Evaluation, evaluationsOf(first.id));
  });
}
