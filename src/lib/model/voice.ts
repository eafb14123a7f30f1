/** Who speaks in an essay's section: a person, a language model (as the text itself says), or not known. */
export const speakers = ['person', 'machine', 'unknown'] as const;

/** One of the speakers. */
export type Speaker = (typeof speakers)[number];

/** A section's voice as an essay's frontmatter declares it (the `voices:` list). */
export interface DeclaredVoice {
  /** Heading id of the section. */
  section: string;
  speaker: Speaker;
  /** The section's own words that show who speaks, quoted verbatim. */
  evidence?: string | undefined;
}

/** A section's voice once resolved: declared on it, or on the h2 it sits under. */
export interface SectionVoice extends DeclaredVoice {
  /** The section's heading text. */
  title: string;
}

/** The label on every quote from a machine-voiced section, and on its section. */
export const machineLabel = 'Language model output';

/** The line closing a machine-voiced section on the essay page, after its label. */
export const machineSectionLine = 'This section’s own words say a language model wrote it.';

/** What an argument says when every one of its citations is machine-voiced. */
export const machineOnlyNote = 'Rests only on text a language model wrote';

/** The search filter group for voices, and each speaker's value in it. */
export const voiceFilter = {
  name: 'voice',
  values: { person: 'A person', machine: 'A language model', unknown: 'Not stated' } satisfies Record<Speaker, string>,
} as const;

/** Every string the voice marks put on an essay page, for choosing text fragments around them. */
export const voicePageText: readonly string[] = [machineLabel, machineSectionLine];

/** The source note's sentence naming the sections a language model wrote, or undefined when there are none. */
export function machineSentence(sectionTitles: readonly string[]): string | undefined {
  if (!sectionTitles.length) return undefined;
  const names = sectionTitles.map((title) => `“${title}”`);
  const listed = names.length < 2 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${listed} ${names.length === 1 ? 'is' : 'are'} a language model’s output, as the text itself says.`;
}

/**
 * Each section's voice: its own entry in `declared`, or else the entry of the h2 it sits under
 * (an h3 speaks with its h2's voice unless it says otherwise). Sections with neither are absent.
 */
export function resolveVoices(
  sections: readonly { id: string; depth: number; title: string }[],
  declared: readonly DeclaredVoice[],
): SectionVoice[] {
  const byId = new Map(declared.map((voice) => [voice.section, voice]));
  const resolved: SectionVoice[] = [];
  let parent: DeclaredVoice | undefined;
  for (const section of sections) {
    const own = byId.get(section.id);
    if (section.depth <= 2) parent = own;
    const voice = own ?? (section.depth > 2 ? parent : undefined);
    if (voice) resolved.push({ ...voice, section: section.id, title: section.title });
  }
  return resolved;
}

/** The speaker of one section, "unknown" unless the essay says otherwise. */
export function speakerOf(voices: readonly SectionVoice[], sectionId: string): Speaker {
  return voices.find((voice) => voice.section === sectionId)?.speaker ?? 'unknown';
}

/** True when an argument has citations and every one is from a machine-voiced section. */
export function restsOnlyOnMachine(citations: readonly { voice: Speaker }[]): boolean {
  return citations.length > 0 && citations.every((citation) => citation.voice === 'machine');
}

/** The voice filter's values for a set of citations or sections: one per speaker present, in a fixed order. */
export function voiceFilterValues(present: Iterable<Speaker>): string[] {
  const found = new Set(present);
  return speakers.filter((speaker) => found.has(speaker)).map((speaker) => voiceFilter.values[speaker]);
}

/** Gives every citation the voice of the section it quotes (`voice`), from its essay's resolved voices. */
export function voiceCitations<A extends { citations: readonly { essay: string; section: string }[] }>(
  args: readonly A[],
  essays: readonly { id: string; sectionVoices: readonly SectionVoice[] }[],
): (Omit<A, 'citations'> & { citations: (A['citations'][number] & { voice: Speaker })[] })[] {
  const voicesOf = new Map(essays.map((essay) => [essay.id, essay.sectionVoices]));
  return args.map((argument) => ({
    ...argument,
    citations: argument.citations.map((citation) => ({
      ...citation,
      voice: speakerOf(voicesOf.get(citation.essay) ?? [], citation.section),
    })),
  }));
}

/** An argument's values in the voice search filter: one per speaker among its citations. */
export function citationVoiceFilters(citations: readonly { voice: Speaker }[]): string[] {
  return voiceFilterValues(citations.map((citation) => citation.voice));
}
