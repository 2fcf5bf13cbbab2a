import type { GraphQLRequestListener } from '@apollo/server';
import { reportDroppedData } from '../src/completion';

describe('data the gateway could not complete', () => {
  it('turns each value it dropped into an error at its path, and leaves no silent extension', async () => {
    const listener = (await reportDroppedData().requestDidStart?.(
      {} as never,
    )) as GraphQLRequestListener<object>;
    const singleResult = {
      data: { accompaniments: null },
      extensions: {
        valueCompletion: [
          {
            message: 'Cannot return null for non-nullable field Accompaniment.household.',
            path: ['accompaniments', 'edges', 3, 'node', 'household'],
          },
        ],
      },
    } as Record<string, unknown>;
    await listener.willSendResponse?.({ response: { body: { kind: 'single', singleResult } } } as never);
    expect(singleResult).toEqual({
      data: { accompaniments: null },
      extensions: undefined,
      errors: [
        {
          message: 'Cannot return null for non-nullable field Accompaniment.household.',
          path: ['accompaniments', 'edges', 3, 'node', 'household'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'VALUE_COMPLETION' },
        },
      ],
    });
  });

  it('leaves an answer without dropped data as it is', async () => {
    const listener = (await reportDroppedData().requestDidStart?.(
      {} as never,
    )) as GraphQLRequestListener<object>;
    const singleResult = { data: { dwellings: { totalCount: 3 } } };
    await listener.willSendResponse?.({ response: { body: { kind: 'single', singleResult } } } as never);
    expect(singleResult).toEqual({ data: { dwellings: { totalCount: 3 } } });
  });
});
