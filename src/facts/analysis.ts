import type { Determination, TextBlock } from '../letter/types.js';
import type { PhraseScan } from '../text/phrases.js';
import { splitSentences } from '../text/sentences.js';
import { analyseSentence, asGuidelineStatement, asRecordsSentence, continuesGuideline, isGuidelineStatement, type SentenceContext } from './context.js';
import type { Lexicon } from './lexicon.js';
import type { EvidenceSource } from './types.js';

export interface AnalysedSentence extends TextBlock {
  readonly source: EvidenceSource;
  /** The disputed item a rationale or request sentence belongs to (1-based). */
  readonly item?: number;
  readonly context: SentenceContext;
  /** The sentence read once against the lexicon's phrases; what concepts look for is taken from here. */
  readonly scan: PhraseScan;
}

/**
 * A letter's sentences, each with its modifiers found and read against the lexicon's phrases:
 * computed once, on first use (a letter whose items need no sentence is never split), and shared
 * by all its items.
 */
export interface LetterAnalysis {
  readonly determination: Determination;
  readonly lexicon: Lexicon;
  /** The clinical summary's sentences. */
  readonly summary: readonly AnalysedSentence[];
  /** An item's rationale sentences. */
  rationale(item: number): readonly AnalysedSentence[];
  /** An item's request, as one sentence. */
  request(item: number): readonly AnalysedSentence[];
}

/**
 * A sentence read against the lexicon's phrases at once (every concept looks there), its modifiers found on first
 * asking: most of a summary's sentences name nothing a rule of the letter's items asks about, and nothing reads
 * their modifiers. One class, so every sentence has one shape.
 */
class SentenceRead implements AnalysedSentence {
  readonly scan: PhraseScan;
  private found: SentenceContext | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly source: EvidenceSource,
    readonly item: number | undefined,
    private readonly lexicon: Lexicon,
    /** How the sentence's context is read once found (the summary's as the records', a guideline's carried on). */
    private readonly reading: (found: SentenceContext, sentence: SentenceRead) => SentenceContext,
  ) {
    this.scan = lexicon.sentencePhrases.scan(text);
  }

  get context(): SentenceContext {
    this.found ??= this.reading(analyseSentence(this.text, this.lexicon, this.scan), this);
    return this.found;
  }

  /** For a rationale sentence, the one before it, whose guideline statement this one may carry on (set by `analyse`). */
  previous: SentenceRead | undefined;

  /** Does the sentence state a guideline (read on first asking, as its context is)? */
  get statesAGuideline(): boolean {
    return isGuidelineStatement(this.text, this.context);
  }
}

const AS_FOUND = (found: SentenceContext): SentenceContext => found;
const AS_RECORDS = (found: SentenceContext): SentenceContext => asRecordsSentence(found);
/**
 * A rationale sentence that carries on the guideline statement before it is read as one: whether it does is
 * asked only when its context is (and so the sentence before it read only then).
 */
const CARRYING_ON = (found: SentenceContext, sentence: SentenceRead): SentenceContext =>
  continuesGuideline(sentence.text, () => sentence.previous?.statesAGuideline ?? false) ? asGuidelineStatement(found, sentence.text) : found;

function analysed(sentence: TextBlock, source: EvidenceSource, lexicon: Lexicon, item?: number): SentenceRead {
  const reading = source === 'summary' ? AS_RECORDS : source === 'rationale' ? CARRYING_ON : AS_FOUND;
  return new SentenceRead(sentence.start, sentence.end, sentence.text, source, item, lexicon, reading);
}

function analyse(block: TextBlock, source: EvidenceSource, lexicon: Lexicon, item?: number): AnalysedSentence[] {
  const sentences = splitSentences(block).map((sentence) => analysed(sentence, source, lexicon, item));
  if (source === 'rationale') for (let i = 1; i < sentences.length; i++) sentences[i]!.previous = sentences[i - 1];
  return sentences;
}

class LazyLetterAnalysis implements LetterAnalysis {
  private summarySentences: readonly AnalysedSentence[] | undefined;
  private readonly rationales = new Map<number, readonly AnalysedSentence[]>();
  private readonly requests = new Map<number, readonly AnalysedSentence[]>();

  constructor(
    readonly determination: Determination,
    readonly lexicon: Lexicon,
  ) {}

  get summary(): readonly AnalysedSentence[] {
    this.summarySentences ??= analyse(this.determination.summary, 'summary', this.lexicon);
    return this.summarySentences;
  }

  rationale(item: number): readonly AnalysedSentence[] {
    return this.perItem(this.rationales, item, (disputed) => analyse(disputed.rationale, 'rationale', this.lexicon, item));
  }

  request(item: number): readonly AnalysedSentence[] {
    return this.perItem(this.requests, item, (disputed) => [analysed(disputed.request, 'request', this.lexicon, item)]);
  }

  private perItem(
    cache: Map<number, readonly AnalysedSentence[]>,
    item: number,
    read: (disputed: Determination['items'][number]) => readonly AnalysedSentence[],
  ): readonly AnalysedSentence[] {
    let sentences = cache.get(item);
    if (!sentences) {
      const disputed = this.determination.items.find((candidate) => candidate.index === item);
      sentences = disputed ? read(disputed) : [];
      cache.set(item, sentences);
    }
    return sentences;
  }
}

export function analyseLetter(determination: Determination, lexicon: Lexicon): LetterAnalysis {
  return new LazyLetterAnalysis(determination, lexicon);
}

/** The sentences one item's facts may be read from: its request, its rationale, the letter's summary (each read on first use). */
export interface ItemSentences {
  readonly request: readonly AnalysedSentence[];
  readonly rationale: readonly AnalysedSentence[];
  readonly summary: readonly AnalysedSentence[];
}

/**
 * An item's sentences, read through to the letter's analysis. A class, not an object literal with getters: a literal's
 * getters are new functions each time, which gave each item's object a shape of its own (README, "Objects of one shape").
 */
class ItemSentencesOf implements ItemSentences {
  constructor(
    private readonly analysis: LetterAnalysis,
    private readonly item: number,
  ) {}

  get request(): readonly AnalysedSentence[] {
    return this.analysis.request(this.item);
  }

  get rationale(): readonly AnalysedSentence[] {
    return this.analysis.rationale(this.item);
  }

  get summary(): readonly AnalysedSentence[] {
    return this.analysis.summary;
  }
}

export function itemSentences(analysis: LetterAnalysis, item: number): ItemSentences {
  return new ItemSentencesOf(analysis, item);
}
