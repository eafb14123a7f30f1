import type { Flag } from './blocks.ts';

/**
 * What people and models write when a language model's output is pasted as someone's words. A match
 * is only a hint: the importer reports it for the editor to confirm and never marks a voice itself.
 */
const signatures: { name: string; test: RegExp }[] = [
  { name: 'a model speaking of itself', test: /\bas an? (?:ai|artificial intelligence)(?: language)? model\b/i },
  { name: 'a model speaking of itself', test: /\bas a (?:large )?language model\b/i },
  {
    name: 'a model speaking of itself',
    test: /\bI(?:'|’)?m (?:just )?an? (?:ai|language model|ai assistant)\b|\bI am (?:just )?an? (?:ai|language model|ai assistant)\b/i,
  },
  {
    name: 'a person quoting a model',
    test: /\bI (?:asked|prompted|had|used) (?:chat ?gpt|gpt-?\d[\w.-]*|claude|gemini|bard|copilot|llama|an? (?:ai|llm|chatbot|language model))\b/i,
  },
  {
    name: 'a person quoting a model',
    test: /\bI asked my\b[^.!?\n]{0,30}\b(?:which|that|who) (?:is|was) built (?:on|using|with)\b/i,
  },
  {
    name: 'a person quoting a model',
    test: /\b(?:generated|written|produced) (?:by|with|using) (?:chat ?gpt|gpt-?\d[\w.-]*|claude|gemini|an? (?:ai|llm|language model))\b/i,
  },
  { name: 'a chatbot’s reply', test: /\b(?:certainly|sure)! here(?:'|’)?s\b|\bI hope this helps\b|\bregenerate response\b/i },
];

/**
 * Flags each line of a draft body that reads like a language model's output pasted as a person's
 * words ("As an AI language model", "I asked ChatGPT", "I asked my team which is built on"), with
 * the words that matched, for the editor to confirm in the essay's voices.
 */
export function flagMachineText(body: string): Flag[] {
  const flags: Flag[] = [];
  for (const [i, line] of body.split('\n').entries()) {
    const hit = signatures.map(({ name, test }) => ({ name, match: test.exec(line) })).find(({ match }) => match);
    if (hit?.match) {
      flags.push({
        name: 'possibly machine-written',
        detail: `draft line ${i + 1}, ${hit.name}: "${hit.match[0]}": confirm who speaks in this section; the importer marks nothing`,
      });
    }
  }
  return flags;
}
