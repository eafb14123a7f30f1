// Questions a new reader might type, written before the meaning signal was built and never used
// to tune it (the dev set in scripts/vectors/devQuestions.ts is for that). Each names the
// arguments that answer it, read from content/arguments/*.yaml; a question passes when one of
// them is among the first three results on the search page.

/** A plain-language question and the ids of the arguments that answer it. */
export interface Question {
  question: string;
  answers: string[];
}

/** At least ten questions per topic, covering every stance. */
export const questions: Question[] = [
  // Licensing
  { question: 'does using an open model cost anything', answers: ['no-licence-fees'] },
  { question: 'can a tiny team with no budget build ai', answers: ['level-playing-field', 'shared-resources'] },
  { question: 'will a few big tech firms control all of ai', answers: ['power-spread'] },
  { question: 'can I change an open model to fit my business', answers: ['tailor-to-needs'] },
  { question: 'are free models worse than paid ones', answers: ['par-with-proprietary', 'proprietary-tuning-edge'] },
  { question: 'why are commercial models sometimes better', answers: ['proprietary-tuning-edge'] },
  { question: 'how would a company make money from giving its model away', answers: ['free-riding'] },
  { question: 'why would a firm keep its model secret', answers: ['competitive-edge'] },
  { question: 'can I sell a product built on an open model', answers: ['licence-strings', 'read-the-licence'] },
  { question: 'do I need to read the terms before using a model', answers: ['read-the-licence'] },
  { question: 'could a company publish the design but not the trained model', answers: ['hybrid-release'] },
  { question: 'will open models hurt company profits', answers: ['free-riding', 'competitive-edge'] },
  // Safety
  { question: 'could terrorists use open ai models', answers: ['misuse-risk'] },
  { question: 'can fake news spread more with open models', answers: ['misuse-risk'] },
  { question: 'what if someone alters a model and shares it', answers: ['modify-and-redistribute'] },
  { question: 'is my private data safe with a public model', answers: ['data-and-model-theft'] },
  { question: 'who should supervise how open models are used', answers: ['responsible-use-rules'] },
  { question: 'are the benefits worth the risks', answers: ['weigh-good-and-bad', 'open-but-safe'] },
  { question: 'how can a company limit who uses its model', answers: ['guarded-deployment'] },
  { question: 'does releasing models make crime easier', answers: ['misuse-risk'] },
  { question: 'can a rival copy a company model without permission', answers: ['data-and-model-theft'] },
  { question: 'could open weights help bad actors build weapons', answers: ['misuse-risk'] },
  // Sustainability
  { question: 'does open source make research go quicker', answers: ['faster-progress'] },
  { question: 'can volunteers repair bugs in models', answers: ['community-fixes'] },
  { question: 'can small labs share data to save money', answers: ['shared-resources'] },
  { question: 'who keeps an open model up to date', answers: ['orphaned-upkeep'] },
  { question: 'do you need expensive hardware to train a model', answers: ['compute-hurdle'] },
  { question: 'is it hard for beginners to work with open models', answers: ['expertise-gap'] },
  { question: 'how do many separate models work together', answers: ['coordination-burden'] },
  { question: 'where does the money for open source ai come from', answers: ['funded-community'] },
  { question: 'does openness lead to new discoveries', answers: ['faster-progress'] },
  { question: 'what happens if the developers stop working on it', answers: ['orphaned-upkeep'] },
  { question: 'do you need special knowledge to fix a model', answers: ['expertise-gap'] },
  // Transparency
  { question: 'can anyone see how an open model makes decisions', answers: ['open-inspection'] },
  { question: 'does openness help find unfair treatment in ai', answers: ['bias-hunting', 'fairness-gains'] },
  { question: 'can open models discriminate against people', answers: ['fairness-gains', 'bias-hunting'] },
  { question: 'does publishing the code help attackers', answers: ['exposed-weak-spots'] },
  { question: 'who owns an open model once it is released', answers: ['who-is-in-charge'] },
  { question: 'should the law force companies to explain their models', answers: ['mandated-disclosure'] },
  { question: 'is there a right answer on open sourcing ai', answers: ['no-easy-verdict'] },
  { question: 'how do we balance openness with security', answers: ['open-but-safe'] },
  { question: 'can outside researchers check a model for mistakes', answers: ['bias-hunting', 'open-inspection'] },
  { question: 'do criminals learn where a system is weak', answers: ['exposed-weak-spots'] },
  { question: 'is openness good or bad overall', answers: ['no-easy-verdict', 'open-but-safe', 'weigh-good-and-bad'] },
];

/**
 * Questions on subjects no essay discusses: each should get the honest answer. ("will robots
 * replace teachers" was here first; Pagefind stems "teachers" to "teach", which an argument has.)
 */
export const offTopic: string[] = ['energy use', 'ocean pollution', 'carbon emissions'];
