import { Ajv2020 } from 'ajv/dist/2020.js';
import { debateSchema } from './debateSchema.ts';
import { argumentUrl, debateSchemaUrl, essaySourceUrl, essayUrl, homeUrl, topicUrl } from '../page/routes.ts';
import type { DeclaredVoice, Speaker } from '../model/voice.ts';
import { siteName } from '../page/pageWords.ts';

/** What the open data is made from: the debate as loadDebate gives it. */
export interface DebateSource {
  topics: readonly { id: string; data: { title: string; question: string; summary: string } }[];
  essays: readonly {
    id: string;
    data: { title: string; shortTitle: string; kind: string; voices: readonly DeclaredVoice[] };
  }[];
  arguments: readonly {
    id: string;
    claim: string;
    stance: string;
    topic: string;
    explanation: string;
    citations: readonly { essay: string; section: string; quote: string; href: string; voice: Speaker }[];
  }[];
  relations: readonly {
    from: string;
    to: string;
    kind: string;
    note: string;
    evidence?: { essay: string; section: string; quote: string; href: string; voice: Speaker };
    editorsPairing?: true;
  }[];
}

/**
 * The debate as open data (/debate.json, described by debateSchema): every topic, essay and
 * argument with its citations, in the site's order. `link` turns a site path into the URL to
 * publish: absolute when the build knows its address, the path itself otherwise.
 */
export function debateData({ topics, essays, arguments: args, relations }: DebateSource, link: (path: string) => string) {
  const topicOrder = new Map(topics.map((topic, index) => [topic.id, index]));
  return {
    $schema: link(debateSchemaUrl()),
    // The site's own address only when the build knows it (SITE_URL): a bare path says nothing.
    site: { name: siteName, ...(/^https?:/.test(link(homeUrl())) ? { url: link(homeUrl()) } : {}) },
    topics: topics.map(({ id, data }) => ({
      id,
      title: data.title,
      question: data.question,
      summary: data.summary,
      url: link(topicUrl(id)),
    })),
    essays: essays.map(({ id, data }) => ({
      id,
      title: data.title,
      shortTitle: data.shortTitle,
      kind: data.kind,
      url: link(essayUrl(id)),
      sourceUrl: link(essaySourceUrl(id)),
      voices: data.voices.map(({ section, speaker, evidence }) =>
        evidence ? { section, speaker, evidence } : { section, speaker },
      ),
    })),
    arguments: [...args]
      // A stable sort: arguments keep their file order within a topic.
      .sort((a, b) => (topicOrder.get(a.topic) ?? 0) - (topicOrder.get(b.topic) ?? 0))
      .map((arg) => ({
        id: arg.id,
        claim: arg.claim,
        stance: arg.stance,
        topic: arg.topic,
        explanation: arg.explanation,
        url: link(argumentUrl(arg.id)),
        citations: arg.citations.map(({ essay, section, quote, href, voice }) => ({
          essay,
          section,
          quote,
          url: link(href),
          voice,
        })),
      })),
    relations: relations.map(({ from, to, kind, note, evidence }) => ({
      from,
      to,
      kind,
      note,
      ...(evidence
        ? {
            evidence: {
              essay: evidence.essay,
              section: evidence.section,
              quote: evidence.quote,
              url: link(evidence.href),
              voice: evidence.voice,
            },
          }
        : { editorsPairing: true as const }),
    })),
  };
}

/** The debate as open data, as debateData makes it. */
export type DebateData = ReturnType<typeof debateData>;

const validate = new Ajv2020({ allErrors: true }).compile(debateSchema);

/** Checks data against debateSchema with ajv; returns one message per problem, naming where it is and what was expected. */
export function schemaErrors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '(the top level)'}: ${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`,
  );
}
