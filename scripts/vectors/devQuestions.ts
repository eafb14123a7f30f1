// A small development set, kept apart from the measured questions (tests/support/searchQuestions.ts):
// the only questions the meaning signal's settings (weights, thresholds) were tried against.

/** Dev questions with the ids of the arguments that answer them. */
export const devQuestions: { question: string; answers: string[] }[] = [
  { question: 'can open ai be used to scam people', answers: ['misuse-risk'] },
  { question: 'is it free to use', answers: ['no-licence-fees'] },
  { question: 'do open models let more people take part', answers: ['level-playing-field'] },
  { question: 'can the public examine ai', answers: ['open-inspection'] },
  { question: 'what stops people changing the model', answers: ['modify-and-redistribute'] },
  { question: 'do organisations split their costs', answers: ['shared-resources'] },
  { question: 'are open models too difficult to use', answers: ['expertise-gap'] },
  { question: 'should governments regulate ai', answers: ['mandated-disclosure'] },
  { question: 'can intruders find flaws', answers: ['exposed-weak-spots'] },
  { question: 'is it clear who controls ai', answers: ['who-is-in-charge'] },
  { question: 'do open models get better faster', answers: ['faster-progress'] },
  { question: 'are there rules for using ai responsibly', answers: ['responsible-use-rules'] },
];

/** Dev questions no essay answers. */
export const devOffTopic: string[] = ['music streaming', 'climate change', 'electricity bill'];
