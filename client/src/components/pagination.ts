type Connection = { edges: readonly unknown[] };

/**
 * `updateQuery` of a "next page" `fetchMore` ("Afficher la suite"): the connection `field` gets
 * the next page's edges after the ones already shown, and the new page info.
 */
export function appendPage<K extends string>(field: K) {
  return <T extends { [P in K]: Connection }>(
    previous: T,
    { fetchMoreResult }: { fetchMoreResult: T },
  ): T => ({
    ...previous,
    [field]: {
      ...fetchMoreResult[field],
      edges: [...previous[field].edges, ...fetchMoreResult[field].edges],
    },
  });
}
