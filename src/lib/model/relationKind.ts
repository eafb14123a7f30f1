/** How one argument can answer another, in the order pages list them. */
export const relationKinds = ['rebuts', 'qualifies', 'supports'] as const;

/** Rebuts (argues against the other's conclusion), qualifies (accepts it and limits it) or supports (adds a reason for it). */
export type RelationKind = (typeof relationKinds)[number];

/** What each kind means, for the schema's error message and the docs. */
export const relationKindMeanings: Record<RelationKind, string> = {
  rebuts: 'argues against the other’s conclusion',
  qualifies: 'accepts the point and limits it, or proposes how to live with it',
  supports: 'adds a reason for the other',
};

/** The kind in plain words, said of the argument a page is about: "rebuts this". */
export const relationKindLabels: Record<RelationKind, string> = {
  rebuts: 'rebuts this',
  qualifies: 'qualifies this',
  supports: 'supports this',
};

/** The kind in plain words, said of an argument the page's argument answers: "rebutted by this". */
export const relationKindAnsweredLabels: Record<RelationKind, string> = {
  rebuts: 'rebutted by this',
  qualifies: 'qualified by this',
  supports: 'supported by this',
};
