/** A line of the source that survived the debris rules, with its 1-based line number. */
export interface SourceLine {
  n: number;
  text: string;
  /** Set on a line a flag rule matched: kept as a paragraph, never made a heading. */
  flagged?: boolean;
}

/** A block of the draft essay, before it is written as MDX. */
export type Block =
  | { type: 'heading'; depth: 2 | 3; text: string; added: boolean; n?: number }
  | { type: 'paragraph'; text: string; n: number }
  | { type: 'listItem'; text: string; n: number }
  /** Markdown already written by remark-stringify (from a saved web page), MDX-safe. */
  | { type: 'markdown'; text: string; n: number }
  | { type: 'break' }
  | { type: 'component'; name: 'Byline' | 'Truncated' };

/** A source line the importer dropped, and the rule that dropped it. */
export interface RemovedLine {
  n: number;
  text: string;
  rule: string;
  /**
   * Why, in words, when the page's structure removed the line rather than a debris rule of
   * import-rules.yaml: the draft writes it as the entry's reason, which the source view shows and
   * without which the build cannot explain the removal.
   */
  reason?: string;
}

/** A line kept but worth a person's look, or a choice the importer made that a person should check. */
export interface Flag {
  /** Short stable name, such as "no title" or "reply breaks". */
  name: string;
  detail: string;
  n?: number;
}
