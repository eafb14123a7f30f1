import { describe, expect, test } from 'vitest';
import { debateValidator, validateDebate, type ArgumentFacts, type DebateFacts } from '../../src/lib/debate/validateDebate.ts';
import { splitSections } from '../../src/lib/essay/splitSections.ts';

const essay = {
  id: 'essay-a',
  sections: splitSections(
    [
      '## Worries About Safety',
      '',
      'You can use AI models for bad things, like hacking into computers.',
      '',
      '## Honesty',
      '',
      'Being honest about things isn’t easy.',
    ].join('\n'),
  ),
};

const validArgument: ArgumentFacts = {
  id: 'misuse',
  topic: 'safety',
  file: 'content/arguments/safety.yaml',
  citations: [{ essay: 'essay-a', section: 'worries-about-safety', quote: 'You can use AI models for bad things' }],
};

function facts(...args: ArgumentFacts[]): DebateFacts {
  return { essays: [essay], topicIds: ['safety', 'licensing'], arguments: args };
}

describe('validateDebate', () => {
  test('accepts arguments whose references resolve and whose quotes are verbatim', () => {
    expect(validateDebate(facts(validArgument))).toEqual([]);
  });

  test('accepts a quote that differs from the essay only in quote marks and whitespace', () => {
    const arg = {
      ...validArgument,
      citations: [{ essay: 'essay-a', section: 'honesty', quote: "Being honest  about things isn't easy." }],
    };
    expect(validateDebate(facts(arg))).toEqual([]);
  });

  test('rejects a duplicate argument id, naming both files', () => {
    const twin = { ...validArgument, file: 'content/arguments/licensing.yaml' };
    expect(validateDebate(facts(validArgument, twin))).toEqual([
      'Argument "misuse" in content/arguments/licensing.yaml: id: expected an id used by no other argument, found "misuse" already used in content/arguments/safety.yaml.',
    ]);
  });

  test('rejects an unknown topic, listing the known ones', () => {
    expect(validateDebate(facts({ ...validArgument, topic: 'saftey' }))).toEqual([
      'Argument "misuse" in content/arguments/safety.yaml: topic: expected one of "safety", "licensing", found "saftey".',
    ]);
  });

  test('rejects an unknown essay, listing the known ones', () => {
    const arg = { ...validArgument, citations: [{ ...validArgument.citations[0]!, essay: 'essay-z' }] };
    expect(validateDebate(facts(arg))).toEqual([
      'Argument "misuse" in content/arguments/safety.yaml: citations[0].essay: expected one of "essay-a", found "essay-z".',
    ]);
  });

  test('rejects a section id the essay does not have, listing the ids it has', () => {
    const arg = { ...validArgument, citations: [{ ...validArgument.citations[0]!, section: 'worries' }] };
    expect(validateDebate(facts(arg))).toEqual([
      'Argument "misuse" in content/arguments/safety.yaml: citations[0].section: expected a heading id of essay "essay-a" ("worries-about-safety", "honesty"), found "worries".',
    ]);
  });

  test('rejects a quote that is not verbatim in the cited section', () => {
    const arg = {
      ...validArgument,
      citations: [{ ...validArgument.citations[0]!, quote: 'You can use AI models for good things' }],
    };
    const [error] = validateDebate(facts(arg));
    expect(error).toContain('citations[0].quote: expected the exact words of section "worries-about-safety" of essay "essay-a"');
    expect(error).toContain('"You can use AI models for good things"');
  });

  test('rejects a quote that exists, but in another section', () => {
    const arg = { ...validArgument, citations: [{ ...validArgument.citations[0]!, section: 'honesty' }] };
    expect(validateDebate(facts(arg))).toHaveLength(1);
  });

  test('accepts a quote of a block quote over several lines, and of words in emphasis or code, as the page shows them', () => {
    const quoted = {
      id: 'essay-b',
      sections: splitSections(
        '## Why `open` *weights*\n\n> Open weights let anyone\n> check the **claims** made about a model.\n\nRun `make test` first.\n',
      ),
    };
    const cite = (section: string, quote: string): ArgumentFacts => ({
      ...validArgument,
      citations: [{ essay: 'essay-b', section, quote }],
    });
    const facts2 = (arg: ArgumentFacts): DebateFacts => ({ essays: [quoted], topicIds: ['safety'], arguments: [arg] });
    expect(
      validateDebate(facts2(cite('why-open-weights', 'Open weights let anyone check the claims made about a model.'))),
    ).toEqual([]);
    expect(validateDebate(facts2(cite('why-open-weights', 'Run make test first.')))).toEqual([]);
    expect(validateDebate(facts2(cite('why-open-weights', 'Run `make test` first.')))).toHaveLength(1);
  });

  test('rejects a quote of words inside a component, which the page does not show', () => {
    expect(() => splitSections('## Reply\n\n<Truncated>the rest of it</Truncated>\n', 'essays/c.mdx')).toThrow(
      'essays/c.mdx:3: <Truncated> takes no content',
    );
  });
});

describe('debateValidator, an essay at a time', () => {
  const second = { id: 'essay-b', sections: splitSections('## Honesty\n\nBeing honest about things isn’t easy.') };
  const args: ArgumentFacts[] = [
    { ...validArgument, citations: [{ essay: 'essay-b', section: 'honesty', quote: 'not in the essay' }] },
    { ...validArgument, id: 'second', citations: [{ essay: 'essay-a', section: 'nowhere', quote: 'x' }] },
    { ...validArgument, id: 'third', citations: [{ essay: 'essay-z', section: 'honesty', quote: 'x' }] },
  ];

  test('gives the problems validateDebate gives, in the arguments’ order, though the essays come in another', () => {
    const validator = debateValidator(['safety'], args);
    expect(validator.checkEssay(essay)).toBe(1);
    expect(validator.checkEssay(second)).toBe(1);
    const errors = validator.errors();
    expect(errors).toEqual(validateDebate({ essays: [essay, second], topicIds: ['safety'], arguments: args }));
    expect(errors.map((error) => /^Argument "([^"]+)"/.exec(error)![1])).toEqual(['misuse', 'second', 'third']);
    expect(errors[2]).toMatch(/citations\[0\]\.essay: expected one of "essay-a", "essay-b", found "essay-z"\.$/);
  });

  test('counts no problem for an essay whose quotes are all where they say', () => {
    expect(debateValidator(['safety'], [validArgument]).checkEssay(essay)).toBe(0);
  });
});
