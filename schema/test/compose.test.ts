import { composeSupergraph, staleFiles } from '../src';

describe('the supergraph', () => {
  it('composes the four subgraphs without error, and the committed SDL files are fresh', async () => {
    const composition = await composeSupergraph();
    expect(composition.subgraphs.map((s) => s.name)).toEqual([
      'housing',
      'households',
      'accompaniment',
      'financing',
    ]);
    expect(staleFiles(composition)).toEqual([]);
  });
});
