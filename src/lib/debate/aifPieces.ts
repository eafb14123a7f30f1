import { Readable } from 'node:stream';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { jsonPieces } from '../text/textStream.ts';
import { aifGraphChecker, aifSchema } from './aifSchema.ts';
import type { AifGraph } from './debateAif.ts';

const ajv = new Ajv2020({ allErrors: true });
const { nodes, edges, locutions, participants } = aifSchema.properties;
/** The schema of each kind of item, checked one item at a time (the whole file's schema is these four lists). */
const validators = {
  node: ajv.compile(nodes.items),
  edge: ajv.compile(edges.items),
  locution: ajv.compile(locutions.items),
  participant: ajv.compile(participants.items),
};

/**
 * debate.aif.json's text in pieces, laid out as `JSON.stringify(aif, null, 2)` lays it out: each
 * item is checked against the AIF schema and the graph rules as it is written, and once the last is
 * written the pieces end in an error listing every problem, which fails the build.
 */
export async function* aifPieces(graph: AifGraph): AsyncGenerator<string> {
  const errors: string[] = [];
  const check = aifGraphChecker();
  /** The items, each checked against its schema and handed to the graph rules as the file takes it. */
  function* checked<T>(kind: keyof typeof validators, items: Iterable<T>, rules: (item: T) => void): Generator<T> {
    let index = 0;
    for (const item of items) {
      if (!validators[kind](item)) errors.push(...schemaErrors(`${kind}s/${index}`, validators[kind]));
      rules(item);
      index += 1;
      yield item;
    }
  }
  // The participants are few and come last in the file, but the locutions' rule reads them.
  const people = [...checked('participant', graph.participants, check.participant)];
  let nodeCount = 0;
  yield* jsonPieces({
    nodes: Readable.from(checked('node', graph.nodes(), (node) => (check.node(node), nodeCount++))),
    edges: Readable.from(checked('edge', graph.edges(), check.edge)),
    locutions: Readable.from(checked('locution', graph.locutions(), check.locution)),
    participants: people,
  });
  if (nodeCount === 0) errors.push('/nodes: must NOT have fewer than 1 items');
  errors.push(...check.errors());
  if (errors.length) {
    throw new Error(`debate.aif.json breaks the AIF schema (${errors.length} problem(s)):\n- ${errors.join('\n- ')}`);
  }
}

/** Ajv's messages for one item, each with the item's place in the file. */
const schemaErrors = (where: string, validate: ValidateFunction) =>
  (validate.errors ?? []).map((error) => `/${where}${error.instancePath}: ${error.message}`);
