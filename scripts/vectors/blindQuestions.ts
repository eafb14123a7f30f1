// A fresh blind set (issue 30): questions written by a helper who read only the essays, never the
// arguments' keywords or explanations, nor the other question sets, with the ids of the arguments
// that answer them. It is split in two by blindHalves: settings are tried on the tuning half only;
// the other half is run once, untouched, to report (docs/search.md).

/** The blind questions with the ids of the arguments that answer them, as written. */
export const blindQuestions: { question: string; answers: string[] }[] = [
  { question: "could someone use a public AI model to break into other people's computers?", answers: ['misuse-risk'] },
  { question: 'will giving everyone AI models help scammers pump out fake news?', answers: ['misuse-risk'] },
  { question: 'what stops bad actors from turning an open model into a weapon?', answers: ['misuse-risk'] },
  {
    question: 'what happens when people tweak an open model and share their own version around?',
    answers: ['modify-and-redistribute'],
  },
  { question: 'if people can freely edit and repost a model, do the risks multiply?', answers: ['modify-and-redistribute'] },
  {
    question: 'can a remixed copy of an open model cause side effects nobody planned for?',
    answers: ['modify-and-redistribute'],
  },
  { question: 'can someone steal my AI model if the weights are out in the open?', answers: ['data-and-model-theft'] },
  { question: 'could hackers pull sensitive info out of an open model I run?', answers: ['data-and-model-theft'] },
  { question: 'is my personal information at risk of leaking if I build on a public model?', answers: ['data-and-model-theft'] },
  { question: 'who should keep an eye on how people use open AI?', answers: ['responsible-use-rules'] },
  { question: 'do we need some kind of code of conduct for public AI models?', answers: ['responsible-use-rules'] },
  { question: 'how do we make sure open source AI gets used with care and not recklessly?', answers: ['responsible-use-rules'] },
  { question: 'should developers think about the ethics before putting a model out there?', answers: ['weigh-good-and-bad'] },
  { question: 'what pros and cons should a lab think through before publishing its AI?', answers: ['weigh-good-and-bad'] },
  { question: 'is it right to hand out powerful AI just because it sparks new ideas?', answers: ['weigh-good-and-bad'] },
  { question: 'how can I lock down an open-source model when I run it at my company?', answers: ['guarded-deployment'] },
  {
    question: 'what security steps should I take when setting up a public AI model in production?',
    answers: ['guarded-deployment'],
  },
  { question: 'can I keep tabs on who is using my self-hosted model?', answers: ['guarded-deployment'] },
  { question: 'sandbox for running open models safely', answers: ['guarded-deployment'] },
  { question: 'does open sourcing AI make breakthroughs happen quicker?', answers: ['faster-progress'] },
  { question: 'why would putting models out in public lead to more new inventions?', answers: ['faster-progress'] },
  { question: 'how does open research push the whole field forward faster?', answers: ['faster-progress'] },
  { question: 'can volunteers patch up glitches in a public model?', answers: ['community-fixes'] },
  { question: 'do lots of people working on the same open model make it better?', answers: ['community-fixes'] },
  { question: 'can a crowd of contributors iron out issues in open AI?', answers: ['community-fixes'] },
  {
    question: 'where can a three-person team find free datasets and models to reuse instead of paying?',
    answers: ['shared-resources'],
  },
  { question: 'can a charity pool its data and software with others to save money on AI?', answers: ['shared-resources'] },
  { question: 'how do I get started with open AI in a tiny company on a tight budget?', answers: ['shared-resources'] },
  { question: "who looks after an open-source model once it's released?", answers: ['orphaned-upkeep'] },
  { question: 'what if nobody patches the open model I depend on and it goes stale?', answers: ['orphaned-upkeep'] },
  { question: 'do open models end up abandoned and full of bugs?', answers: ['orphaned-upkeep'] },
  { question: 'do I need expensive GPUs to make use of open-source AI?', answers: ['compute-hurdle'] },
  { question: 'can regular people afford the hardware to build these models themselves?', answers: ['compute-hurdle'] },
  { question: 'is open AI really open if only big firms have the servers to create it?', answers: ['compute-hurdle'] },
  { question: 'is open-source AI too hard for beginners to figure out?', answers: ['expertise-gap'] },
  { question: 'how much technical know-how do I need to tinker with an open model?', answers: ['expertise-gap'] },
  { question: 'can a non-programmer troubleshoot an open model when it breaks?', answers: ['expertise-gap'] },
  {
    question: 'how do you get lots of specialised open models to play nicely with each other?',
    answers: ['coordination-burden'],
  },
  { question: 'is it tricky to plug different open AI models into one system?', answers: ['coordination-burden'] },
  { question: 'can a patchwork of small expert models be stitched into general AI?', answers: ['coordination-burden'] },
  { question: 'who pays for open-source AI in the long run?', answers: ['funded-community'] },
  { question: 'will open AI projects die out when volunteers lose interest?', answers: ['funded-community'] },
  { question: 'can open-source AI last without money behind it?', answers: ['funded-community'] },
  { question: "can I see inside an open model to check what it's doing?", answers: ['open-inspection'] },
  { question: 'does releasing the code let outsiders understand how the AI makes decisions?', answers: ['open-inspection'] },
  { question: 'is open AI less of a black box?', answers: ['open-inspection'] },
  { question: "can outsiders spot prejudice baked into an AI if it's open?", answers: ['bias-hunting'] },
  { question: 'will more eyes on the model catch the mistakes the makers missed?', answers: ['bias-hunting'] },
  { question: 'does letting everyone inspect a model help weed out skewed results?', answers: ['bias-hunting'] },
  { question: 'can open-sourcing stop AI from treating certain groups unfairly?', answers: ['fairness-gains', 'bias-hunting'] },
  { question: 'would open models be more just and even-handed than closed ones?', answers: ['fairness-gains'] },
  { question: "how can the public make sure an AI isn't being turned against minorities?", answers: ['fairness-gains'] },
  { question: 'does publishing the code hand hackers a map of where to strike?', answers: ['exposed-weak-spots'] },
  { question: 'is closed AI harder to break than open AI?', answers: ['exposed-weak-spots'] },
  { question: 'if the inner workings are public, can bad guys find the cracks more easily?', answers: ['exposed-weak-spots'] },
  { question: 'who takes the blame when an open AI model goes wrong?', answers: ['who-is-in-charge'] },
  { question: "who's the boss of a model that anyone can use?", answers: ['who-is-in-charge'] },
  { question: 'once AI is out in the wild, who answers for it?', answers: ['who-is-in-charge'] },
  { question: 'can we have open AI and still keep people safe?', answers: ['open-but-safe'] },
  { question: 'how open is too open for AI?', answers: ['open-but-safe'] },
  { question: "what's the trade-off between sharing AI freely and protecting the public?", answers: ['open-but-safe'] },
  {
    question: 'could the government force AI companies to explain their models without releasing them?',
    answers: ['mandated-disclosure'],
  },
  { question: 'is there a legal alternative to open-sourcing everything?', answers: ['mandated-disclosure'] },
  { question: 'can lawmakers make AI firms come clean without publishing the weights?', answers: ['mandated-disclosure'] },
  { question: 'is there a simple yes or no on open-source AI?', answers: ['no-easy-verdict'] },
  { question: 'why is the open vs closed AI debate so hard to settle?', answers: ['no-easy-verdict'] },
  { question: 'why do people still argue about whether to publish AI models?', answers: ['no-easy-verdict'] },
  { question: 'can I use open-source AI without paying for a subscription?', answers: ['no-licence-fees'] },
  { question: 'is open-source AI free for anyone to get hold of?', answers: ['no-licence-fees'] },
  { question: "does open AI mean I don't have to fork out for pricey software?", answers: ['no-licence-fees'] },
  { question: 'can a solo coder compete with big tech if models are open?', answers: ['level-playing-field'] },
  { question: 'does open AI give startups and hobbyists a fair shot?', answers: ['level-playing-field'] },
  { question: 'will open-sourcing let more scientists join in on AGI research?', answers: ['level-playing-field'] },
  { question: 'will open source keep a few tech giants from owning AI?', answers: ['power-spread'] },
  { question: 'how do we avoid AI ending up in the hands of a handful of companies?', answers: ['power-spread'] },
  { question: 'is open-source a check on big tech monopolies in AI?', answers: ['power-spread'] },
  { question: 'can I adapt an open model to my own business?', answers: ['tailor-to-needs'] },
  { question: "can I mould an open AI to fit my niche in a way ChatGPT won't let me?", answers: ['tailor-to-needs'] },
  { question: 'why pick an open model if you want to shape it around your use case?', answers: ['tailor-to-needs'] },
  { question: 'are open models as good as the paid ones?', answers: ['par-with-proprietary'] },
  { question: 'can open-source AI keep up with closed models on quality?', answers: ['par-with-proprietary'] },
  {
    question: 'do free AI models perform worse than commercial ones?',
    answers: ['par-with-proprietary', 'proprietary-tuning-edge'],
  },
  { question: 'where do closed AI models still beat open ones?', answers: ['proprietary-tuning-edge'] },
  { question: 'are company-owned models more polished than open-source ones?', answers: ['proprietary-tuning-edge'] },
  { question: 'do big labs squeeze more performance out of their private models?', answers: ['proprietary-tuning-edge'] },
  { question: 'how can a company make money from a model it gives away?', answers: ['free-riding'] },
  { question: "won't other people just use my open model for nothing and profit from it?", answers: ['free-riding'] },
  {
    question: 'do firms throw away the money they sank in if they open-source their AI?',
    answers: ['free-riding', 'competitive-edge'],
  },
  { question: 'why do big AI labs keep their best models private?', answers: ['competitive-edge'] },
  { question: "wouldn't releasing a model just help your rivals catch up?", answers: ['competitive-edge'] },
  {
    question: "why wouldn't a company want to share a model it poured millions into?",
    answers: ['competitive-edge', 'free-riding'],
  },
  { question: 'do I have to give attribution when I use an open AI model?', answers: ['licence-strings'] },
  { question: 'do open AI licenses restrict what I can do with the model?', answers: ['licence-strings'] },
  { question: 'if I modify an open model do I need to publish my tweaks?', answers: ['licence-strings'] },
  { question: 'can I sell a product built on an open-source model?', answers: ['licence-strings', 'read-the-licence'] },
  { question: 'could I get sued for using an open-source model the wrong way?', answers: ['read-the-licence'] },
  { question: 'what legal stuff should I check before using an open model?', answers: ['read-the-licence'] },
  { question: 'how do I stay on the right side of the law with open AI?', answers: ['read-the-licence'] },
  { question: 'could companies publish the recipe but keep the finished model private?', answers: ['hybrid-release'] },
  { question: 'is there a halfway house between fully open and fully closed AI?', answers: ['hybrid-release'] },
  { question: 'can you share the design of a model without giving away the weights?', answers: ['hybrid-release'] },
];

/**
 * The blind set split in two: the questions are put in order of the argument they answer first
 * (arguments in the order first met, questions in the order written), then alternate between the
 * tuning half and the untouched half, so the halves differ by one question at most and, as every
 * argument has at least two questions, both halves cover every argument.
 */
export function blindHalves(): { tuning: typeof blindQuestions; untouched: typeof blindQuestions } {
  const groups = new Map<string, typeof blindQuestions>();
  for (const question of blindQuestions) {
    const first = question.answers[0]!;
    groups.set(first, [...(groups.get(first) ?? []), question]);
  }
  const ordered = [...groups.values()].flat();
  return {
    tuning: ordered.filter((_, index) => index % 2 === 0),
    untouched: ordered.filter((_, index) => index % 2 === 1),
  };
}
