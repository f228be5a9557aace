import { splitSentences } from '../text/sentences.js';
import type { Conclusion, ItemConclusion, TextBlock } from './types.js';

/**
 * Words that negate a verdict when they precede it in the same clause; not those that name the request
 * ("MRI without contrast", "non-contrast CT", "a non-steroidal anti-inflammatory").
 */
const NEGATION =
  /\b(?:not|non(?!-?(?:contrast|surgical|operative|invasive|steroidal|opioid|narcotic|pharmacologic|weight))|cannot|can't|neither|nor|no longer|fails? to|failed to|unable to|without(?!\s+(?:contrast|dye|gadolinium|sedation|anesthesia)\b))\b|\bdoes not\b|\bun(?:supported|warranted)\b/i;

/** What a letter calls the thing requested ("this medication", "the treatment"). */
const REQUEST_NOUNS = String.raw`(?:medication|treatment|service|procedure|item|study|device|test)`;

/** A sentence about the request rather than the guideline in general; a quantity ("Norco 10/325 mg #60") names the request. */
const ABOUT_THE_REQUEST = new RegExp(
  String.raw`\b(?:request(?:ed)?|this ${REQUEST_NOUNS}|continued use|ongoing use|continuation|therefore|thus|hence|as such|consequently|accordingly|given|considering|in view of|in light of|in this case|at this time)\b|#\s*\d`,
  'i',
);

/** Conditional or boilerplate wording that discusses necessity without deciding it. */
const UNDECIDED = /\b(?:if|unless|until|once|when|whenever|as determined|only with|only after|provided that|in order|must be met|to be (?:certified|approved|authorized)|would be|may be|could be|might be|contingent|should not be interpreted|addresses the medical necessity)\b/i;

/** A condition right after a verdict: "… is medically necessary only with documented improvement", "… if the patient …". */
const CONDITION_AFTER = /^\s*,?\s*(?:only\s+(?:with|if|when|after|for)|if|unless|provided|once|when|whenever|until)\b/i;

/** The reviewer's words for the verdict itself: "medically necessary", "medically indicated", "(medically) reasonable and necessary". */
const MEDICALLY_NECESSARY = String.raw`(?:medically (?:necessary|indicated|reasonable(?:\s+(?:and|or)\s+(?:medically\s+)?necessary)?)|clinically (?:necessary|indicated)|reasonable\s+(?:and|or)\s+(?:medically\s+)?necessary)`;
/** "Medical necessity for <request> has (not) been established": the request between, with the dots of its numbers ("Xanax 0.5mg"). */
const NECESSITY_OF_THE_REQUEST = String.raw`\bmedical necessity\b(?:[^.;]|\.(?=\d)){0,160}?\b`;

/** Verdict phrases, strongest first. Each names its own polarity, or null when the clause decides. */
const VERDICTS: ReadonlyArray<readonly [RegExp, Conclusion | null]> = [
  [/\bnon-?certif(?:ied|y|ication)\b/i, 'not-medically-necessary'],
  // the request as asked is not necessary when only part of it, or another amount, is: IMR upholds the modification
  [/\b(?:partial(?:ly)?\s+certif(?:ied|y|ication)|certified\s+with\s+(?:a\s+)?modification|modification\b[^.;]{0,60}?\b(?:is|was)\s+recommended|(?:is|are)\s+(?:therefore\s+)?modified\s+to|(?:should|will|is\s+to)\s+be\s+modified)\b/i, 'not-medically-necessary'],
  // "The need for this medication has not been substantiated"
  [/\bneed\s+for\s+(?:the|this)\s+(?:request|requested|treatment|medication|service|procedure|study|device|test)\b[^.;]{0,60}?\b(?:has|have|is|was|were)\s+not\s+(?:been\s+)?(?:established|substantiated|demonstrated|shown|supported|justified)\b/i, 'not-medically-necessary'],
  [new RegExp(String.raw`\bnot\s+(?:\w+\s+){0,3}?${MEDICALLY_NECESSARY}\b`, 'i'), 'not-medically-necessary'],
  [new RegExp(String.raw`${NECESSITY_OF_THE_REQUEST}(?:(?:is|has|was|have|were)\s+not\s+(?:been\s+)?|(?:cannot|can\s+not|could\s+not)\s+be\s+)(?:established|supported|demonstrated|met|substantiated)\b`, 'i'), 'not-medically-necessary'],
  [/\b(?:does|do|did)\s+not\s+(?:meet|establish|support)\s+(?:the\s+)?(?:(?:CA\s+)?MTUS\s+|ODG\s+|ACOEM\s+)?(?:medical necessity|criteria|guideline)/i, 'not-medically-necessary'],
  [/\bno\s+(?:\w+\s+){0,2}?(?:medical necessity|indication|rationale|basis|support)\s+(?:to\s+support\s+|for\s+)(?:the|this)\s+(?:request|requested|treatment|medication|service|procedure)\b/i, 'not-medically-necessary'],
  // too little to support it: "There is insufficient documentation to support the medical necessity of this request"
  [/\b(?:insufficient|inadequate|not\s+enough|not\s+sufficient|no)\b[^.;]{0,60}?\bto\s+(?:support|establish|justify|substantiate|demonstrate)\s+(?:the\s+)?(?:medical necessity|(?:this|the)\s+(?:request|requested|treatment|medication|service|procedure)|need\s+for)\b/i, 'not-medically-necessary'],
  [new RegExp(String.raw`\b${MEDICALLY_NECESSARY}\b`, 'i'), null],
  [new RegExp(String.raw`${NECESSITY_OF_THE_REQUEST}(?:is|has been|was|have been)\s+(?:established|supported|demonstrated|met|substantiated)\b`, 'i'), 'medically-necessary'],
  [/\b(?:meets?|met|establish(?:es|ed)?)\s+(?:the\s+)?medical necessity\b/i, 'medically-necessary'],
  [/\bneed\s+for\s+(?:the|this)\s+(?:request|requested|treatment|medication|service|procedure|study|device|test)\b[^.;]{0,60}?\b(?:has|have|is|was|were)\s+(?:been\s+)?(?:established|substantiated|demonstrated|shown|justified)\b/i, 'medically-necessary'],
  [/\b(?:meets|(?:does|do)\s+meet)\s+(?:the\s+)?(?:guidelines?'?\s+|MTUS\s+|ODG\s+)?(?:criteria|recommendations)\b/i, null],
  [/\bcriteria\b[^.;]{0,60}?\b(?:have|has|are|were|was)\s+(?:not\s+)?(?:been\s+)?(?:met|satisfied|fulfilled)\b/i, null],
  [/\b(?<!non-?)certified\b/i, null],
];

/**
 * What is recommended instead of the request, as its subject: "Therefore, weaning is recommended"
 * says what to do with the drug, not that the request is necessary.
 */
const INSTEAD_OF_THE_REQUEST = /\b(?:wean(?:ing)?|taper(?:ing)?|a\s+taper|discontinuation|detoxification|cessation|a\s+weaning\s+(?:period|schedule|program))\b[^.;]{0,40}$/i;

/** A weaker verdict that counts only in a sentence about the request; its polarity is read from the clause. */
const REQUEST_VERDICT =
  /\b(?:is|are|was|were|be|been|remains?)\s+(?:therefore\s+|thus\s+|hence\s+|also\s+)?(?:(?:considered|deemed|found)\s+(?:to\s+be\s+)?)?(?:not\s+)?(?:medically\s+)?(?:recommended|supported|warranted|indicated|appropriate|reasonable|justified|approved|established)\b/i;
/** The guidelines' word on the request itself: "the guidelines do not support the request". */
const GUIDELINES_ON_THE_REQUEST = /\b(?:guidelines?|MTUS|ODG|ACOEM)\s+(?:(?:do|does|would|did)\s+(not\s+)?)?supports?\s+(?:the|this)\s+(?:request|requested|treatment|medication|service|procedure|(?:continued|ongoing|further)\s+use|continuation)\b/i;

/** The request measured against the guidelines: "is consistent with guideline recommendations", "is outside of the guidelines". */
const GUIDELINE_CONFORMITY =
  /\b(?:is|are|was|were)\s+(?:therefore\s+|thus\s+|also\s+)?(not\s+)?(?:(in)?consistent\s+with|in\s+(?:accordance|keeping|line)\s+with|within|(outside(?:\s+of)?|beyond|in\s+excess\s+of))\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:guidelines?|recommendations?|criteria)\b/i;
/**
 * What the reviewer recommends be done with the request: "Authorization is recommended", "I recommend
 * that the request be denied", "I do not recommend authorization of the request". Any captured group
 * says no.
 */
const RECOMMENDED_ACTION =
  /\b(?<!\bpartial\s)(?:(?:authorization|certification|approval)\s+(?:is|was)\s+(not\s+)?recommended|recommend(?:s|ed)?\s+(?:that\s+)?(?:the|this)\s+(?:request|treatment|medication|service)\s+(?:be|is)\s+(?:(denied|non-?certified|not\s+certified|not\s+approved)|certified|approved|authorized)|(?:(?:do|does|did|can|could)\s+(not)\s+|(can)not\s+)?recommend(?:s|ed)?\s+(?:the\s+)?(?:authorization|certification|approval)\b)/i;

/** A refusal in so many words, in a sentence about the request ("This request is unsupported"; "is denied" now, not the review's "was denied"). */
const REQUEST_REFUSAL = /\b(?:(?:is|are|was|were|remains?)\s+(?:therefore\s+|thus\s+|also\s+)?(?:unsupported|unwarranted)|(?:is|are)\s+(?:therefore\s+|thus\s+)?denied)\b/i;

function clauseBefore(sentence: string, at: number): string {
  const start = Math.max(sentence.lastIndexOf(',', at) + 1, sentence.lastIndexOf(';', at) + 1, at - 80, 0);
  return sentence.slice(start, at);
}

function polarityAt(sentence: string, match: RegExpExecArray): Conclusion {
  const negated = NEGATION.test(clauseBefore(sentence, match.index)) || /\bnot\b/i.test(match[0]);
  return negated ? 'not-medically-necessary' : 'medically-necessary';
}

/**
 * What becomes of the utilization review's decision: "the prior non-certification is overturned"
 * (medically necessary), "the UR denial is upheld" (not).
 */
const UR_DECISION_FATE =
  /\b(?:UR|utilization review|prior|previous|claims administrator(?:'s)?)\b[^.;]{0,60}?\b(?:non-?certification|denial|modification|determination|decision)(?:\s+to\s+(?:non-?certify|deny|modify)(?:\s+(?:the|this)\s+(?:request|treatment|medication|service))?)?\s+(?:is|was|has\s+been|are)\s+(?:therefore\s+|thus\s+|hereby\s+)?(overturned|reversed|upheld|affirmed|sustained)\b/i;
/** The denial named alone, as the letter's own: "The denial of the request is upheld", "The decision is to uphold the denial". */
const DENIAL_FATE =
  /\b(?:the\s+)?(?:denial|non-?certification|modification)(?:\s+of\s+(?:the|this)\s+(?:request|treatment|medication|service|procedure))?\s+(?:is|has\s+been)\s+(?:therefore\s+|thus\s+|hereby\s+)?(overturned|reversed|upheld|affirmed|sustained)\b|\b(overturn|reverse|uphold|affirm|sustain)\s+the\s+(?:denial|non-?certification|modification)\b/i;
/** The same, said by the reviewer in the active voice: "I am reversing the prior determination". */
const UR_DECISION_FATE_ACTIVE =
  /\b(overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing)|uph(?:old|olds|eld|olding)|affirm(?:s|ed|ing)?|sustain(?:s|ed|ing)?)\s+(?:the\s+)?(?:UR|utilization review|prior|previous|original|claims administrator(?:'s)?)\b[^.;]{0,40}?\b(?:non-?certification|denial|modification|determination|decision)\b/i;
/** A clause that speaks of the request: it names it, or refers back to it. */
const NAMES_THE_REQUEST = new RegExp(String.raw`\b(?:request(?:ed)?|it|this|the ${REQUEST_NOUNS}|continued use|ongoing use)\b`, 'i');
/** Where a sentence turns ("…; however, …", "…, but …"): its clauses are read from the last. */
const TURN = /;\s*|,?\s+however,?\s+|,\s+but\s+/i;

/**
 * The verdict one sentence states, or undefined when it states none. A sentence that turns is decided
 * by its last clause that states a verdict in so many words ("…previously non-certified; however, … it
 * is medically necessary"); a weaker word after the turn ("…; however, tapering is recommended") does
 * not overrule the verdict before it.
 */
export function sentenceVerdict(sentence: string): Conclusion | undefined {
  if (TURN.test(sentence)) {
    const clauses = sentence.split(TURN);
    for (let i = clauses.length - 1; i >= 0; i--) {
      // a later clause decides only about the request ("…; however, weaning is medically necessary" does not)
      if (i > 0 && !NAMES_THE_REQUEST.test(clauses[i]!)) continue;
      const verdict = strongVerdict(clauses[i]!);
      if (verdict) return verdict;
    }
  }
  return strongVerdict(sentence) ?? requestVerdict(sentence);
}

/** A verdict in so many words: the UR's decision overturned or upheld, "(not) medically necessary", "non-certified", "medical necessity … established". */
function strongVerdict(sentence: string): Conclusion | undefined {
  const action = RECOMMENDED_ACTION.exec(sentence);
  if (action && !UNDECIDED.test(clauseBefore(sentence, action.index))) return action.slice(1).some(Boolean) ? 'not-medically-necessary' : 'medically-necessary';
  const fate = UR_DECISION_FATE.exec(sentence) ?? UR_DECISION_FATE_ACTIVE.exec(sentence) ?? DENIAL_FATE.exec(sentence);
  if (fate) return /^(?:overturn|revers)/i.test(fate[1] ?? fate[2]!) ? 'medically-necessary' : 'not-medically-necessary';
  for (const [pattern, fixed] of VERDICTS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    if (fixed === null && (UNDECIDED.test(clauseBefore(sentence, match.index)) || CONDITION_AFTER.test(sentence.slice(match.index + match[0].length)))) return undefined;
    return fixed ?? polarityAt(sentence, match);
  }
  return undefined;
}

/** A weaker verdict ("is supported", "is recommended"), in a sentence about the request that decides it. */
function requestVerdict(sentence: string): Conclusion | undefined {
  if (!ABOUT_THE_REQUEST.test(sentence) || UNDECIDED.test(sentence)) return undefined;
  const guidelines = GUIDELINES_ON_THE_REQUEST.exec(sentence);
  if (guidelines) return guidelines[1] || NEGATION.test(clauseBefore(sentence, guidelines.index)) ? 'not-medically-necessary' : 'medically-necessary';
  const conformity = GUIDELINE_CONFORMITY.exec(sentence);
  if (conformity) return Boolean(conformity[1]) !== Boolean(conformity[2] || conformity[3]) ? 'not-medically-necessary' : 'medically-necessary';
  const match = REQUEST_VERDICT.exec(sentence);
  if (match && INSTEAD_OF_THE_REQUEST.test(clauseBefore(sentence, match.index))) return undefined;
  if (match) return polarityAt(sentence, match);
  return REQUEST_REFUSAL.test(sentence) ? 'not-medically-necessary' : undefined;
}

/**
 * What the rationale concludes: the last sentence that states a verdict on necessity, read for its
 * polarity ("…is not medically necessary", "…this request is medically necessary", "non-certified",
 * "the medical necessity of this request is not established").
 */
export function readConclusion(rationale: TextBlock): ItemConclusion {
  const sentences = splitSentences(rationale);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i]!;
    const value = sentenceVerdict(sentence.text);
    if (value) return { value, evidence: sentence };
  }
  return { value: 'unclear' };
}
