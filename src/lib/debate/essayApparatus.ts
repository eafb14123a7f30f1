import type { Argument, Debate, Essay } from './loadDebate.ts';
import { aliasesFor, sectionKey } from './debateIndex.ts';
import { groupByStance } from '../model/stance.ts';
import { argumentOnTopicUrl, essayUrl } from '../page/routes.ts';
import { citedByEntry } from '../page/pageWords.ts';

/** What an essay page shows around the essay: its argument map and, per section, who cites it. */
export interface EssayApparatus {
  /** The essay's arguments by topic, in topic order, each in stance order. */
  byTopic: { topic: { id: string; title: string }; arguments: Argument[] }[];
  /** The arguments citing each section, as links, by section id. */
  citedBy: Map<string, { href: string; label: string }[]>;
  /** Retired ids landing on each section, by section id. */
  aliases: Map<string, string[]>;
}

/** Gathers, once per essay page, the apparatus its components show (they receive it as props). */
export function essayApparatus(
  debate: Pick<Debate, 'topics' | 'topicsById' | 'argumentsByEssay' | 'argumentsBySection' | 'aliasIndex'>,
  essay: Pick<Essay, 'id'>,
  sectionIds: readonly string[],
): EssayApparatus {
  const made = debate.argumentsByEssay.get(essay.id) ?? [];
  const byTopic = debate.topics
    .map((topic) => ({
      topic: { id: topic.id, title: topic.data.title },
      arguments: groupByStance(made.filter((arg) => arg.topic === topic.id)).flatMap((group) => group.items),
    }))
    .filter((entry) => entry.arguments.length > 0);
  const page = essayUrl(essay.id, '/');
  const citedBy = new Map(
    sectionIds.map((id) => [
      id,
      (debate.argumentsBySection.get(sectionKey(essay.id, id)) ?? []).map((arg) => ({
        href: argumentOnTopicUrl(arg.topic, arg.id),
        label: citedByEntry(debate.topicsById.get(arg.topic)?.data.title ?? arg.topic, arg.claim),
      })),
    ]),
  );
  const aliases = new Map(sectionIds.map((id) => [id, aliasesFor(debate.aliasIndex, page, id)]));
  return { byTopic, citedBy, aliases };
}
