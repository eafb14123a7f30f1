// The development set, kept apart from the measured questions (tests/support/searchQuestions.ts):
// the only questions the meaning signal's settings (weights, thresholds) are tried against. The
// first twelve were written with the meaning signal; the other 48 (and six off-topic questions)
// were written later by a helper who read only the arguments and essays, never the measured set.

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

  // licensing
  { question: 'do i have to pay to use an open model', answers: ['no-licence-fees'] },
  { question: 'can a two person company actually help build ai', answers: ['level-playing-field'] },
  { question: 'worried big tech will own ai', answers: ['power-spread'] },
  { question: 'can i tweak a free model to fit my niche', answers: ['tailor-to-needs'] },
  { question: 'free models vs paid ones', answers: ['par-with-proprietary', 'proprietary-tuning-edge'] },
  { question: 'why do the paid chatbots still feel a bit more polished', answers: ['proprietary-tuning-edge'] },
  { question: "how do makers earn back training costs if it's given away", answers: ['free-riding'] },
  { question: 'why would a company keep its ai secret from rivals', answers: ['competitive-edge'] },
  { question: 'can i use an open model in something i sell', answers: ['licence-strings', 'read-the-licence'] },
  { question: 'must i name the original makers when i reuse their model', answers: ['licence-strings'] },
  { question: 'getting sued over an open model', answers: ['read-the-licence'] },
  { question: 'what if they shared the recipe but not the finished model', answers: ['hybrid-release'] },

  // safety
  { question: 'fake news from free ai', answers: ['misuse-risk'] },
  { question: 'what stops crooks using a public model to break into computers', answers: ['misuse-risk'] },
  { question: 'what if someone edits the model and shares a nastier version', answers: ['modify-and-redistribute'] },
  { question: 'people remixing and resharing models', answers: ['modify-and-redistribute'] },
  { question: 'could my personal info get pulled out of a public model', answers: ['data-and-model-theft'] },
  { question: 'worried someone will swipe our model', answers: ['data-and-model-theft'] },
  { question: 'do we need a code of conduct for free ai tools', answers: ['responsible-use-rules'] },
  { question: 'should anyone be watching how people use open models', answers: ['responsible-use-rules'] },
  { question: 'is cool new tech worth the chance someone gets hurt', answers: ['weigh-good-and-bad', 'open-but-safe'] },
  { question: 'is it ethical to give powerful ai to anyone who asks', answers: ['weigh-good-and-bad'] },
  { question: 'locking down an open model at work', answers: ['guarded-deployment'] },
  { question: 'keeping track of who uses our in-house ai and what for', answers: ['guarded-deployment'] },

  // sustainability
  { question: 'does sharing make ai advance quicker', answers: ['faster-progress'] },
  { question: "does reusing others' models help new discoveries come sooner", answers: ['faster-progress'] },
  { question: 'who fixes the bugs in a free model', answers: ['community-fixes', 'orphaned-upkeep'] },
  { question: 'can thousands of strangers online improve a model together', answers: ['community-fixes'] },
  { question: 'how can a small charity get going with ai on a tiny budget', answers: ['shared-resources', 'no-licence-fees'] },
  { question: 'little company looking for ready made datasets to reuse', answers: ['shared-resources'] },
  { question: 'what happens when nobody looks after an open model', answers: ['orphaned-upkeep'] },
  { question: 'do you need pricey graphics cards to train your own model', answers: ['compute-hurdle'] },
  { question: 'open models too technical for beginners', answers: ['expertise-gap'] },
  { question: 'getting many models to cooperate', answers: ['coordination-burden'] },
  { question: 'who bankrolls open source ai', answers: ['funded-community'] },
  { question: 'will open projects fizzle out without donations', answers: ['funded-community'] },

  // transparency
  { question: 'peeking inside an ai model', answers: ['open-inspection'] },
  { question: 'the black box problem', answers: ['open-inspection'] },
  { question: 'will more eyes catch racist or sexist behaviour', answers: ['bias-hunting', 'fairness-gains'] },
  { question: 'outsiders spotting what makers missed', answers: ['bias-hunting'] },
  { question: "checking an ai isn't treating job applicants unfairly", answers: ['fairness-gains'] },
  { question: "doesn't showing the inner workings give the bad guys a map", answers: ['exposed-weak-spots'] },
  { question: 'is open source ai easier to break into', answers: ['exposed-weak-spots', 'data-and-model-theft'] },
  { question: "who's to blame when free ai goes wrong", answers: ['who-is-in-charge'] },
  { question: 'how open is too open', answers: ['open-but-safe'] },
  {
    question: 'should ai firms be legally required to explain their models without publishing them',
    answers: ['mandated-disclosure'],
  },
  { question: 'so should ai be open source or not', answers: ['no-easy-verdict', 'open-but-safe'] },
  { question: 'why is this debate never settled', answers: ['no-easy-verdict'] },
];

/** Dev questions no essay answers. */
export const devOffTopic: string[] = [
  'music streaming',
  'climate change',
  'electricity bill',
  'how do i keep bread from going stale',
  'is it worth switching my phone to an esim',
  'are electric scooters allowed on the pavement',
  'how long to boil an egg for a runny yolk',
  'tips for learning guitar as an adult',
  'do noise cancelling headphones damage your hearing',
];
