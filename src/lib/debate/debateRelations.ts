import type { RelationKind } from '../model/relationKind.ts';

/** One answer as an argument file writes it, on the answering argument. */
export interface WrittenAnswer<Q> {
  argument: string;
  kind: RelationKind;
  note: string;
  evidence?: Q | undefined;
  editorsPairing?: true | undefined;
}

/** One argument answering another: the evidence that joins them in an essay, or the editors' mark. */
export interface Relation<Q> {
  /** The answering argument. */
  from: string;
  /** The argument it answers. */
  to: string;
  kind: RelationKind;
  /** What joins the two, in the editors' words. */
  note: string;
  /** The essay's words that set the two against each other; absent for an editors' pairing. */
  evidence?: Q;
  /** True when no sentence joins the two and the pairing is the editors' own. */
  editorsPairing?: true;
}

/**
 * Every answer written on the arguments, as relations, in file order. A relation is kept only when
 * both its arguments are shown and, with evidence, when the evidence's essay is shown (drafts).
 */
export function collectRelations<Q extends { essay: string }>(
  args: readonly { id: string; answers?: readonly WrittenAnswer<Q>[] }[],
  shownArguments: ReadonlySet<string>,
  shownEssays: ReadonlySet<string>,
): Relation<Q>[] {
  return args.flatMap(({ id, answers = [] }) =>
    answers
      .filter((answer) => shownArguments.has(id) && shownArguments.has(answer.argument))
      .filter((answer) => !answer.evidence || shownEssays.has(answer.evidence.essay))
      .map(({ argument, kind, note, evidence }) =>
        evidence
          ? { from: id, to: argument, kind, note, evidence }
          : { from: id, to: argument, kind, note, editorsPairing: true as const },
      ),
  );
}

/** The relations that touch one argument: those that answer it, and those it makes. */
export interface RelationsOf<R> {
  answeredBy: R[];
  answers: R[];
}

/** Each argument's relations both ways, by argument id; an argument no relation touches is absent. */
export function relationsByArgument<R extends { from: string; to: string }>(
  relations: readonly R[],
): Map<string, RelationsOf<R>> {
  const byId = new Map<string, RelationsOf<R>>();
  const of = (id: string) => byId.get(id) ?? byId.set(id, { answeredBy: [], answers: [] }).get(id)!;
  for (const relation of relations) {
    of(relation.to).answeredBy.push(relation);
    of(relation.from).answers.push(relation);
  }
  return byId;
}
