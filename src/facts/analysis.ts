import type { Determination, TextBlock } from '../letter/types.js';
import type { PhraseScan } from '../text/phrases.js';
import { splitSentences } from '../text/sentences.js';
import { analyseSentence, asGuidelineStatement, continuesGuideline, isGuidelineStatement, type SentenceContext } from './context.js';
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

/** A letter's sentences, each with its modifiers found, computed once and shared by all its items. */
export interface LetterAnalysis {
  readonly determination: Determination;
  readonly lexicon: Lexicon;
  readonly summary: readonly AnalysedSentence[];
  readonly rationales: ReadonlyMap<number, readonly AnalysedSentence[]>;
  readonly requests: ReadonlyMap<number, readonly AnalysedSentence[]>;
}

function analysed(sentence: TextBlock, source: EvidenceSource, lexicon: Lexicon, item?: number): AnalysedSentence {
  const scan = lexicon.sentencePhrases.scan(sentence.text);
  return { ...sentence, source, ...(item !== undefined ? { item } : {}), context: analyseSentence(sentence.text, lexicon, scan), scan };
}

function analyse(block: TextBlock, source: EvidenceSource, lexicon: Lexicon, item?: number): AnalysedSentence[] {
  const sentences = splitSentences(block).map((sentence) => analysed(sentence, source, lexicon, item));
  if (source !== 'rationale') return sentences;
  let previousIsGuideline = false;
  return sentences.map((sentence) => {
    const carried = continuesGuideline(sentence.text, previousIsGuideline) ? { ...sentence, context: asGuidelineStatement(sentence.context, sentence.text) } : sentence;
    previousIsGuideline = isGuidelineStatement(carried.text, carried.context);
    return carried;
  });
}

export function analyseLetter(determination: Determination, lexicon: Lexicon): LetterAnalysis {
  const rationales = new Map<number, AnalysedSentence[]>();
  const requests = new Map<number, AnalysedSentence[]>();
  for (const item of determination.items) {
    rationales.set(item.index, analyse(item.rationale, 'rationale', lexicon, item.index));
    requests.set(item.index, [analysed(item.request, 'request', lexicon, item.index)]);
  }
  return {
    determination,
    lexicon,
    summary: analyse(determination.summary, 'summary', lexicon),
    rationales,
    requests,
  };
}

/** The sentences one item's facts may be read from: its request, its rationale, the letter's summary. */
export function itemSentences(analysis: LetterAnalysis, item: number): {
  request: readonly AnalysedSentence[];
  rationale: readonly AnalysedSentence[];
  summary: readonly AnalysedSentence[];
} {
  return {
    request: analysis.requests.get(item) ?? [],
    rationale: analysis.rationales.get(item) ?? [],
    summary: analysis.summary,
  };
}
