/** A stretch of the normalised letter text: [start, end) character offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of letter text together with where it sits in the normalised letter. */
export interface TextBlock extends Span {
  readonly text: string;
}

export type Decision = 'upheld' | 'overturned';

/** What the rationale itself concludes about medical necessity. */
export type Conclusion = 'medically-necessary' | 'not-medically-necessary' | 'unclear';

export type GuidelineSource = 'MTUS' | 'non-MTUS' | 'none';

/** One "Decision based on …" citation as the letter gives it. */
export interface GuidelineCitation {
  readonly source: Exclude<GuidelineSource, 'none'>;
  /** Guideline or chapter name, e.g. "Chronic Pain Medical Treatment 2016", "Official Disability Guidelines (ODG)". */
  readonly guideline: string;
  /** Section names ("Section(s): …" or the topic before "Page(s)"). */
  readonly sections: readonly string[];
  /** Pages as written, ranges kept ("76-78"). */
  readonly pages: readonly string[];
  readonly text: string;
}

export interface GuidelineBasis extends TextBlock {
  /** MTUS, non-MTUS, both (mixed) or no evidence cited. */
  readonly source: GuidelineSource | 'mixed';
  readonly citations: readonly GuidelineCitation[];
}

export interface ItemConclusion {
  readonly value: Conclusion;
  /** The sentence the conclusion was read from, when there is one. */
  readonly evidence?: TextBlock;
}

export interface DisputedItem {
  /** 1-based position in the letter. */
  readonly index: number;
  /** The disputed request as the decision line names it (the IMR-eligible portion). */
  readonly request: TextBlock;
  /** The whole heading, including a partial-authorisation preamble when there is one. */
  readonly heading: TextBlock;
  /** "X was the original request" when the heading carries a partial-authorisation preamble. */
  readonly originalRequest?: string;
  readonly decision: Decision;
  readonly decisionSpan: Span;
  readonly claimsAdministratorBasis?: GuidelineBasis;
  readonly guidelineBasis?: GuidelineBasis;
  readonly rationale: TextBlock;
  readonly conclusion: ItemConclusion;
  /** From the start of the heading to the end of the rationale. */
  readonly span: Span;
}

export interface LetterDates {
  readonly assigned?: string;
  readonly injury?: string;
  readonly decision?: string;
  readonly urDenial?: string;
  readonly applicationReceived?: string;
}

export interface Reviewer {
  readonly specialties: readonly string[];
  readonly licensure: readonly string[];
  /** The sentence(s) the credentials were read from. */
  readonly evidence?: TextBlock;
}

export type LetterLayout = 'seed-2014' | 'dwc-2016';

export interface Determination {
  readonly layout: LetterLayout;
  /** The header table before the first section (case number, dates), empty when there is none. */
  readonly header: TextBlock;
  readonly caseNumber?: string;
  readonly dates: LetterDates;
  readonly priority?: string;
  readonly reviewer: Reviewer;
  readonly summary: TextBlock;
  readonly items: readonly DisputedItem[];
}

/** A letter's normalised text and the map back to the lines of the file it came from. */
export interface LetterText {
  readonly text: string;
  /** For each line of `text`, the 1-based line of the source it came from. */
  readonly sourceLines: readonly number[];
  /** Offsets in `text` where each line starts. */
  readonly lineStarts: readonly number[];
  readonly layout: LetterLayout;
}
