import { type DemoPlan, stableId } from '@ash/demo';
import { insertInChunks, localInstant, SEED_AUDIT } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Convention } from './modules/convention/convention.entity';
import { Evaluation } from './modules/evaluation/evaluation.entity';
import { EvaluationLevel, RegionalOpinion, Reproducibility } from './modules/evaluation/evaluation.enums';
import { Funder } from './modules/funder/funder.entity';
import {
  FundingLine,
  FundingLineChange,
  FundingLineTransition,
} from './modules/funding-line/funding-line.entity';
import { FundingLineChangeKind, FundingStatus } from './modules/funding-line/funding-line.enums';

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
  const lines = plan.conventions.flatMap((convention) =>
    convention.fundingLines.map((line) => ({ convention, line })),
  );
  // A line's changes the same day keep their order: ten minutes apart from 9 o'clock.
  const changeAt = (date: string, index: number) =>
    localInstant(date, `09:${String(index * 10).padStart(2, '0')}`);

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
      lines.map(({ convention, line }) => {
        const { funderId, history: _history, ...fields } = line;
        return { ...fields, convention: convention.id, funder: funderId, ...SEED_AUDIT };
      }),
    );
    // The status moves, as the transitions list them, and every change, as the history shows it.
    await insertInChunks(
      em,
      FundingLineTransition,
      lines.flatMap(({ line }) =>
        line.history.flatMap((change, i) =>
          change.kind === 'MOVED'
            ? [
                {
                  id: stableId('funding-line-transition', `${line.id}:${change.statusAfter}`),
                  fundingLine: line.id,
                  from: change.statusBefore as FundingStatus,
                  to: change.statusAfter as FundingStatus,
                  at: changeAt(change.at, i),
                  by: change.by,
                  note: change.reason,
                  ...SEED_AUDIT,
                },
              ]
            : [],
        ),
      ),
    );
    await insertInChunks(
      em,
      FundingLineChange,
      lines.flatMap(({ line }) =>
        line.history.map(({ at, kind, statusBefore, statusAfter, ...change }, i) => ({
          ...change,
          id: stableId('funding-line-change', `${line.id}:${i}`),
          fundingLine: line.id,
          kind: kind as FundingLineChangeKind,
          statusBefore: statusBefore as FundingStatus,
          statusAfter: statusAfter as FundingStatus,
          at: changeAt(at, i),
          ...SEED_AUDIT,
        })),
      ),
    );
    const first = plan.conventions.find((c) => c.startYear === 2015);
    if (first) await insertInChunks(em, Evaluation, evaluationsOf(first.id));
  });
}
