import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import core from '@argdown/core';
import { expect, test } from 'vitest';
import { readPage, selectAll } from '../../scripts/lib/builtSite.ts';
import { paths } from '../../scripts/lib/paths.ts';
import { aboutUrl, debateAifUrl, debateArgdownUrl } from '../../src/lib/page/routes.ts';
import { aifGraphErrors, aifSchema } from '../../src/lib/debate/aifSchema.ts';

const { ArgdownApplication, ParserPlugin, DataPlugin, ModelPlugin } = core;

interface DebateJson {
  arguments: { id: string; claim: string; citations: unknown[] }[];
  relations: { from: string; to: string; kind: string }[];
}
interface Aif {
  nodes: { nodeID: string; text: string; type: string }[];
  edges: { edgeID: string; fromID: string; toID: string }[];
  locutions: { nodeID: string; personID: string; source: string }[];
  participants: { participantID: string; firstname: string; surname: string }[];
}

const dataText = await readFile(`${paths.site}/debate.json`, 'utf8');
const data = JSON.parse(dataText) as DebateJson;
const argdown = await readFile(`${paths.site}/debate.argdown`, 'utf8');
const aifText = await readFile(`${paths.site}/debate.aif.json`, 'utf8');
const aif = JSON.parse(aifText) as Aif;
const argdownTypes: Record<string, string> = { rebuts: 'attack', supports: 'support', qualifies: 'undercut' };

test('Argdown’s own parser reads debate.argdown without error into the arguments and relations of debate.json', () => {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const response = app.run({ process: ['parse-input', 'build-model'], input: argdown });
  expect(response.lexerErrors ?? []).toEqual([]);
  expect((response.parserErrors ?? []).map((error) => error.message)).toEqual([]);
  expect(Object.keys(response.arguments!).sort()).toEqual(data.arguments.map(({ id }) => id).sort());
  expect(response.relations!.length).toBe(data.relations.length);
  const parsed = response.relations!.map((relation) => `${relation.from!.title} ${relation.relationType} ${relation.to!.title}`);
  expect(parsed.sort()).toEqual(data.relations.map(({ from, kind, to }) => `${from} ${argdownTypes[kind]} ${to}`).sort());
});

// The files are written in pieces (src/lib/text/textStream.ts, with json-stream-stringify); joined, they must be what JSON.stringify writes.
test('debate.json and debate.aif.json are laid out as JSON.stringify lays them out, two spaces deep, ending in one line break', () => {
  expect(dataText).toBe(`${JSON.stringify(data, null, 2)}\n`);
  expect(aifText).toBe(`${JSON.stringify(aif, null, 2)}\n`);
});

test('debate.argdown gives every quote of debate.json a line of its own and ends on its last line', () => {
  expect(argdown).toMatch(/[^\n]\n$/);
  expect(argdown).not.toMatch(/\n\n\n/);
  const quoteLines = argdown.split('\n').filter((line) => /^<[a-z0-9-]+>: “/.test(line));
  expect(quoteLines).toHaveLength(data.arguments.reduce((count, { citations }) => count + citations.length, 0));
});

test('debate.aif.json validates against the AIF schema and keeps AIF’s graph rules', () => {
  const validate = new Ajv2020({ allErrors: true }).compile(aifSchema);
  expect(validate(aif), JSON.stringify(validate.errors)).toBe(true);
  expect(aifGraphErrors(aif)).toEqual([]);
});

test('debate.aif.json has an I-node per claim, RA nodes for support, CA nodes for conflict, and a source for every quote', () => {
  const claims = new Set(aif.nodes.filter((node) => node.type === 'I').map((node) => node.text));
  for (const argument of data.arguments) expect(claims).toContain(argument.claim);
  const between = (type: string) =>
    aif.nodes.filter(
      (node) =>
        node.type === type &&
        aif.edges.some(
          (edge) => edge.toID === node.nodeID && edge.fromID.startsWith('I:') && !edge.fromID.slice(2).includes(':'),
        ),
    ).length;
  expect(between('RA')).toBe(data.relations.filter(({ kind }) => kind === 'supports').length);
  expect(between('CA')).toBe(data.relations.filter(({ kind }) => kind !== 'supports').length);
  const locutionNodes = aif.nodes.filter((node) => node.type === 'L');
  expect(aif.locutions).toHaveLength(locutionNodes.length);
  for (const locution of aif.locutions) expect(locution.source).toMatch(/^\/essays\/[a-z0-9-]+\/#[a-z0-9-]+/);
});

test('the AIF schema refuses a node of a type AIF does not have, and the graph rules an I-to-I edge', () => {
  const validate = new Ajv2020({ allErrors: true }).compile(aifSchema);
  expect(validate({ ...aif, nodes: [{ nodeID: 'x', text: 'x', type: 'Z' }] })).toBe(false);
  const [first, second] = aif.nodes.filter((node) => node.type === 'I');
  expect(aifGraphErrors({ ...aif, edges: [{ edgeID: 'bad', fromID: first!.nodeID, toID: second!.nodeID }] })).toContain(
    'edge bad: two I-nodes may not be joined directly; expected an S-node between.',
  );
});

test('both formats are linked from the about page', async () => {
  const hrefs = selectAll('main a', await readPage(aboutUrl('/'))).map((a) => a.properties.href);
  expect(hrefs).toContain(debateArgdownUrl('/'));
  expect(hrefs).toContain(debateAifUrl('/'));
});
