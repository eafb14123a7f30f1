import { shortenText } from '../text/shortenText.ts';

/** Longest label a map node or an "Answered by" line shows. */
const maxLabel = 40;

/** The few words that name an argument in lists and maps: its label, or its claim shortened when it has none. */
export function argumentLabel(argument: { label?: string | undefined; claim: string }): string {
  return argument.label ?? shortenText(argument.claim, maxLabel);
}
