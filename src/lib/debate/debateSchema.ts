import { essayKinds } from '../model/essayKind.ts';
import { stances } from '../model/stance.ts';
import { speakers } from '../model/voice.ts';
import { relationKinds } from '../model/relationKind.ts';
import { kebabCase } from '../text/kebabCase.ts';

const id = { type: 'string', pattern: kebabCase.source } as const;
const url = {
  type: 'string',
  minLength: 1,
  description: 'An absolute URL when the site was built with its address (SITE_URL); otherwise a path from the site root.',
} as const;
const text = { type: 'string', minLength: 1 } as const;
const quoteFields = {
  essay: { ...id, description: 'The id of one of the essays.' },
  section: { ...id, description: 'The heading id of the section that holds the quote.' },
  quote: { ...text, description: 'The authors’ exact words.' },
  url: { ...url, description: 'The section with a text fragment that marks the quote.' },
  voice: { enum: [...speakers], description: 'Who speaks in the quoted section.' },
} as const;

/** The JSON Schema (draft 2020-12) of /debate.json: every topic, essay, argument and citation the site shows. */
export const debateSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Open Models Debate',
  description:
    'The debate on whether AI models should be open source, as the site shows it: topics, essays, and arguments with their verbatim citations.',
  type: 'object',
  required: ['$schema', 'site', 'topics', 'essays', 'arguments', 'relations'],
  additionalProperties: false,
  properties: {
    $schema: { ...url, description: 'Where this schema is.' },
    site: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { const: 'Open Models Debate' },
        url: {
          type: 'string',
          pattern: '^https?://',
          description: 'The home page; only when the site was built with its address (SITE_URL).',
        },
      },
    },
    topics: {
      type: 'array',
      minItems: 1,
      description: 'The topics, in the site’s order.',
      items: {
        type: 'object',
        required: ['id', 'title', 'question', 'summary', 'url'],
        additionalProperties: false,
        properties: {
          id,
          title: text,
          question: { type: 'string', pattern: '\\?$', description: 'The question the topic answers.' },
          summary: { ...text, description: 'One line in the editors’ words.' },
          url: { ...url, description: 'The topic page.' },
        },
      },
    },
    essays: {
      type: 'array',
      minItems: 1,
      description: 'The published essays the arguments cite, in the site’s order.',
      items: {
        type: 'object',
        required: ['id', 'title', 'shortTitle', 'kind', 'url', 'sourceUrl', 'voices'],
        additionalProperties: false,
        properties: {
          id,
          title: text,
          shortTitle: { ...text, maxLength: 24 },
          kind: { enum: [...essayKinds] },
          url: { ...url, description: 'The essay page.' },
          sourceUrl: { ...url, description: 'The scraped source, with what the cleanup removed and repaired.' },
          voices: {
            type: 'array',
            description: 'Who speaks in each section, where the text shows it; sections not listed are unknown.',
            items: {
              type: 'object',
              required: ['section', 'speaker'],
              additionalProperties: false,
              properties: {
                section: id,
                speaker: { enum: [...speakers] },
                evidence: { ...text, description: 'The section’s own words that show who speaks.' },
              },
            },
          },
        },
      },
    },
    arguments: {
      type: 'array',
      minItems: 1,
      description: 'Every argument, grouped by topic in the site’s order.',
      items: {
        type: 'object',
        required: ['id', 'claim', 'stance', 'topic', 'explanation', 'url', 'citations'],
        additionalProperties: false,
        properties: {
          id,
          claim: { ...text, description: 'The argument in one sentence, in the editors’ words.' },
          stance: { enum: [...stances] },
          topic: { ...id, description: 'The id of one of the topics.' },
          explanation: { ...text, description: 'What the essays say for the claim, in the editors’ words.' },
          url: { ...url, description: 'The argument’s own page, with every quote.' },
          citations: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['essay', 'section', 'quote', 'url', 'voice'],
              additionalProperties: false,
              properties: quoteFields,
            },
          },
        },
      },
    },
    relations: {
      type: 'array',
      description:
        'One argument answering another, on any topic: with the essay’s words that join the two, or marked as the editors’ pairing.',
      items: {
        type: 'object',
        required: ['from', 'to', 'kind', 'note'],
        additionalProperties: false,
        properties: {
          from: { ...id, description: 'The id of the answering argument.' },
          to: { ...id, description: 'The id of the argument it answers.' },
          kind: {
            enum: [...relationKinds],
            description:
              'rebuts: argues against the other’s conclusion; qualifies: accepts it and limits it; supports: adds a reason for it.',
          },
          note: { ...text, maxLength: 200, description: 'What joins the two, in the editors’ words.' },
          evidence: {
            type: 'object',
            description: 'The passage where an essay itself sets the two points against each other.',
            required: ['essay', 'section', 'quote', 'url', 'voice'],
            additionalProperties: false,
            properties: quoteFields,
          },
          editorsPairing: {
            const: true,
            description: 'Present when no sentence joins the two: the pairing is the editors’ own.',
          },
        },
        oneOf: [{ required: ['evidence'] }, { required: ['editorsPairing'] }],
      },
    },
  },
} as const;
