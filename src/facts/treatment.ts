import type { TextBlock } from '../letter/types.js';
import { regexMatches, type PhraseMatch } from '../text/phrases.js';
import type { DrugEntry, Lexicon, ServiceEntry } from './lexicon.js';
import type { Treatment } from './types.js';

const TOPICAL_FORM = /\b(?:cream|creams|gel|gels|ointment|lotion|patch|patches|topical|spray|rub|roll-on|transdermal|liniment|balm|container|compound(?:ed)?)\b/i;
/** A form taken by mouth or through a mucous membrane: not a topical analgesic, whatever else the request says ("nasal spray"). */
const SYSTEMIC_FORM = /\b(?:oral|tab|tabs|tablets?|capsules?|caps|suspension|by mouth|po|nasal|intranasal|sublingual|buccal)\b/i;
/**
 * Drug classes that, given by needle, are the injection procedure asked for ("Depo-Medrol 80mg
 * injection right shoulder"), as a drug the lexicon knows only as topical is ("lidocaine
 * injection"); another drug injected is still that drug ("Toradol 60mg IM injection" is ketorolac).
 */
const INJECTED_AS_A_PROCEDURE = new Set(['corticosteroid']);
/** A form given by needle. */
const INJECTED_FORM = /\b(?:injections?|injectable|injected|inj|IM|IV|intramuscular|intravenous|infusions?|nerve blocks?)\b/i;

interface ServiceHit {
  readonly entry: ServiceEntry;
  readonly start: number;
  readonly text: string;
}

function serviceHits(text: string, lexicon: Lexicon): ServiceHit[] {
  const hits: ServiceHit[] = lexicon.serviceTerms.matchAll(text).map((m) => ({ entry: m.value, start: m.start, text: m.text }));
  for (const service of lexicon.services) {
    for (const pattern of service.patterns) {
      for (const m of regexMatches(pattern, text)) hits.push({ entry: service.entry, start: m.start, text: m.text });
    }
  }
  return hits;
}

function bestService(hits: readonly ServiceHit[]): ServiceHit | undefined {
  return [...hits].sort((a, b) => b.entry.priority - a.entry.priority || a.start - b.start)[0];
}

/**
 * Services that come with an operation. Asked for on their own, they outrank the operation they
 * name ("Inpatient stay x 2 days for the L4-5 fusion" asks for the stay); joined to an operation
 * named first, they come with it ("L4-5 fusion with a 2-day inpatient stay" asks for the fusion).
 */
const WITH_AN_OPERATION = new Set(['inpatient-stay', 'assistant-surgeon', 'anesthesia']);
const JOINED = /\b(?:with|plus|and|including)\b|&|\+/i;

/** The service a request asks for: the best hit, unless it only comes with an operation named before it. */
function requestedService(hits: readonly ServiceHit[], text: string): ServiceHit | undefined {
  const best = bestService(hits);
  if (!best || !WITH_AN_OPERATION.has(best.entry.category)) return best;
  const operationsBefore = hits.filter(
    (hit) => hit.entry.kind === 'surgery' && !WITH_AN_OPERATION.has(hit.entry.category) && hit.start + hit.text.length <= best.start && JOINED.test(text.slice(hit.start + hit.text.length, best.start)),
  );
  return bestService(operationsBefore) ?? best;
}

function uniqueDrugs(matches: ReadonlyArray<PhraseMatch<DrugEntry>>): DrugEntry[] {
  const seen = new Set<string>();
  const drugs: DrugEntry[] = [];
  for (const match of matches) {
    if (seen.has(match.value.generic)) continue;
    seen.add(match.value.generic);
    drugs.push(match.value);
  }
  // "Acetaminophen with codeine": the combination product names its own parts; it is one drug, not a compound.
  // "OxyContin (oxycodone ER)", "Pennsaid (diclofenac sodium topical solution)": a brand and its generic, one drug, the first named.
  return drugs.filter(
    (drug, at) => !drugs.some((other) => other !== drug && holdsIngredients(other, drug)) && !drugs.slice(0, at).some((earlier) => sameDrug(earlier, drug)),
  );
}

/** Forms of one drug the lexicon keeps apart (diclofenac and diclofenac topical, oxycodone and its extended release). */
const FORM_SUFFIX = / (?:topical|extended-release)$/;

function sameDrug(a: DrugEntry, b: DrugEntry): boolean {
  return a.generic.replace(FORM_SUFFIX, '') === b.generic.replace(FORM_SUFFIX, '');
}

function ingredientsOf(drug: DrugEntry): readonly string[] {
  return drug.ingredients ?? drug.generic.split('/');
}

/** The drugs a request names, a brand compound as its ingredients ("Terocin": methyl salicylate, capsaicin, menthol, lidocaine), each once. */
function withIngredients(drugs: readonly DrugEntry[], lexicon: Lexicon): DrugEntry[] {
  const expanded = drugs.flatMap((drug) => drug.ingredients?.map((generic) => lexicon.drugsByGeneric.get(generic)!) ?? [drug]);
  return [...new Map(expanded.map((drug) => [drug.generic, drug])).values()];
}

/** `combination` is a product of several ingredients among which are all of `part`'s. */
function holdsIngredients(combination: DrugEntry, part: DrugEntry): boolean {
  const held = ingredientsOf(combination);
  const parts = ingredientsOf(part);
  return held.length > parts.length && parts.every((ingredient) => held.includes(ingredient));
}

/** Body parts named in a text, in the lexicon's names, without repeats. */
export function bodyPartsIn(text: string, lexicon: Lexicon): string[] {
  return [...new Set(lexicon.bodyParts.matchAll(text).map((m) => m.value))];
}

/**
 * Classes a drug keeps on the skin: a fentanyl patch is an opioid, AndroGel a hormone, a Kenalog
 * cream a corticosteroid, not topical analgesics (a compound on the skin is one, whatever it names
 * first: a cream of tramadol and gabapentin).
 */
const KEEPS_ITS_CLASS_ON_THE_SKIN = new Set(['opioid', 'hormone', 'corticosteroid', 'antibiotic']);

/** A treatment's parts, those that do not apply left out. */
type TreatmentParts = Pick<Treatment, 'kind' | 'category' | 'name' | 'ingredients' | 'ingredientClasses' | 'bodyParts' | 'topical' | 'compound'> & Partial<Treatment>;

/** A treatment with every field, those that do not apply undefined: one shape for all treatments (test/facts/shapes.test.ts). */
function treatmentOf(parts: TreatmentParts): Treatment {
  return {
    kind: parts.kind,
    category: parts.category,
    name: parts.name,
    drugClass: parts.drugClass,
    generic: parts.generic,
    ingredients: parts.ingredients,
    ingredientClasses: parts.ingredientClasses,
    bodyParts: parts.bodyParts,
    topical: parts.topical,
    compound: parts.compound,
    products: parts.products,
    opioidActing: parts.opioidActing,
    cue: parts.cue,
  };
}

/** The treatment with the words of the request that decided it. */
function cued(treatment: Treatment, cue: string): Treatment {
  return treatmentOf({ ...treatment, cue });
}

/**
 * A medication request: the first drug is the primary one. A topical form reads as a topical
 * analgesic, but for a drug that keeps its class on the skin; a compound is its own category and
 * is named by all its drugs. `products`: the brand compounds the request names, by their lexicon
 * generic.
 */
export function medicationTreatment(
  drugs: readonly DrugEntry[],
  form: { readonly topical: boolean; readonly compound: boolean },
  bodyParts: readonly string[],
  products: readonly string[] = [],
): Treatment {
  const primary = drugs[0]!;
  const { topical, compound } = form;
  const drugClass = topical && (compound || !KEEPS_ITS_CLASS_ON_THE_SKIN.has(primary.class)) ? 'topical-analgesic' : primary.class;
  return treatmentOf({
    kind: 'medication',
    category: compound ? 'compound' : drugClass,
    name: compound ? drugs.map((d) => d.generic).join(' + ') : primary.generic,
    drugClass,
    generic: primary.generic,
    ingredients: drugs.map((d) => d.generic),
    ingredientClasses: [...new Set(drugs.map((d) => d.class))],
    bodyParts,
    topical,
    compound,
    products: products.length > 0 ? products : undefined,
    opioidActing: primary.opioid?.acting,
  });
}

/** A service request: kind and category from the service lexicon. */
export function serviceTreatment(entry: ServiceEntry, bodyParts: readonly string[]): Treatment {
  return treatmentOf({ kind: entry.kind, category: entry.category, name: entry.category, ingredients: [], ingredientClasses: [], bodyParts, topical: false, compound: false });
}

/** A request the lexicon cannot read as a drug or a service. */
export function otherTreatment(bodyParts: readonly string[]): Treatment {
  return treatmentOf({ kind: 'other', category: 'other', name: 'other', ingredients: [], ingredientClasses: [], bodyParts, topical: false, compound: false });
}

/** Does the request name a topical form and no systemic one ("cream", not "oral suspension")? */
function writtenTopical(text: string): boolean {
  return TOPICAL_FORM.test(text) && !SYSTEMIC_FORM.test(text);
}

/** A share, as a topical's strength is written ("10%", "1 percent"). */
const WRITTEN_SHARE = /%|\d\s*percent\b/i;
/** A strength as a drug is dosed ("75mg", "10/325 mg", "0.1%", "1 percent", "5 mg/ml"), or the amount of a cream or liquid ("180gm", "120 ml"). */
const DRUG_STRENGTH = /(?<![A-Za-z0-9.])\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?\s*(?:mg|mcg|\u00b5g|meq|mg\/ml|mg\/5\s?ml|%|percent|gm|grams?|ml)(?![A-Za-z])/i;
/** A count of a dose form ("#8 tablets", "ODT #8"). */
const DOSE_FORM = /\b(?:tabs?|tablets?|capsules?|caps|ODT|pills?|lozenges?|sublingual|oral)\b/i;
const COUNT = /#\s*\d/;
/** Words a request line puts before a drug's name. */
const REQUEST_WORDS = new Set(['retrospective', 'retro', 'prospective', 'request', 'requested', 'for', 'of', 'prescription', 'rx', 'one', 'unknown', 'the', 'a', 'an', 'dispensed', 'pharmacy', 'purchase', 'refill', 'refills', 'continued', 'continue', 'trial', 'initial', 'new']);

/**
 * A drug the lexicon does not know, shaped as a drug request: a word before a strength
 * ("Qulipta 60mg #30") or before a counted dose form ("Nurtec ODT #8"). Its name is the first word
 * that is not a request's own ("Retrospective request for …").
 */
export function unlistedDrugName(text: string): string | undefined {
  const strength = DRUG_STRENGTH.exec(text);
  const form = strength ? undefined : COUNT.test(text) ? DOSE_FORM.exec(text) : undefined;
  const end = strength?.index ?? form?.index;
  if (end === undefined) return undefined;
  const words = text.slice(0, end).match(/[A-Za-z][A-Za-z-]*[A-Za-z]/g) ?? [];
  return words.find((word) => word.length >= 3 && !REQUEST_WORDS.has(word.toLowerCase()) && !DOSE_FORM.test(word) && !TOPICAL_FORM.test(word));
}

/** The request calls itself a compound ("Compound cream", "compounded topical"). */
const CALLED_A_COMPOUND = /\bcompound(?:ed)?\b/i;

/**
 * A topical asked for without a name of what it holds: "Compound cream", "Topical compound 240gm",
 * "Transdermal compound", "Pain cream", "Topical NSAID". A vehicle alone ("Keto cream") names nothing.
 */
const UNNAMED_TOPICAL = /\b(?:topical|transdermal)\b|\b(?:compound(?:ed)?|analgesic|pain)\s+(?:[\w-]+\s+)?(?:cream|gel|ointment|lotion|patch(?:es)?|spray|rub|liniment|balm)s?\b|\b(?:cream|gel|ointment|lotion)s?\s+compound(?:ed)?\b/i;

/** A topical analgesic whose ingredients the request does not name: the topical rules decide it, no rule on ingredients can. */
function unnamedTopicalTreatment(text: string, bodyParts: readonly string[]): Treatment {
  const compound = CALLED_A_COMPOUND.test(text);
  return treatmentOf({
    kind: 'medication',
    category: compound ? 'compound' : 'topical-analgesic',
    name: compound ? 'compound (ingredients not named)' : 'topical analgesic (not named)',
    drugClass: 'topical-analgesic',
    ingredients: [],
    ingredientClasses: [],
    bodyParts,
    topical: true,
    compound,
  });
}

/** The class of a drug the lexicon does not know. */
export const UNLISTED_DRUG_CLASS = 'unlisted';

/** A drug request the lexicon cannot name: a medication of no known class, named as the letter writes it. */
export function unlistedDrugTreatment(name: string, bodyParts: readonly string[], topical: boolean): Treatment {
  return treatmentOf({ kind: 'medication', category: 'other', name, drugClass: UNLISTED_DRUG_CLASS, generic: name, ingredients: [name], ingredientClasses: [], bodyParts, topical, compound: false });
}

/**
 * What a request asks for: a drug (brand → generic → class, compound, topical) or a service
 * (kind and category from the service lexicon), with the body parts it names. A drug wins when
 * it is named before any strong service term ("Toradol injection"); a service named first wins
 * over a drug that rides along ("acupuncture with capsaicin patch"). A request shaped as a drug's
 * whose drug the lexicon does not know is a medication of no known class; a topical that names no
 * drug ("Compound cream") is a topical analgesic of unnamed ingredients.
 */
export function classifyRequest(request: TextBlock, lexicon: Lexicon): Treatment {
  const known = classified.get(request);
  if (known?.lexicon === lexicon) return known.treatment;
  const treatment = classifyText(request.text, lexicon);
  classified.set(request, { lexicon, treatment });
  return treatment;
}

/** Each request's treatment, made once (a letter's items are classified for themselves and again to find its surgeries). */
const classified = new WeakMap<TextBlock, { readonly lexicon: Lexicon; readonly treatment: Treatment }>();

function classifyText(text: string, lexicon: Lexicon): Treatment {
  const drugMatches = lexicon.drugNames.matchAll(text);
  const services = serviceHits(text, lexicon);
  const service = requestedService(services, text);
  const strongService = services.filter((s) => s.entry.priority >= 50);
  const firstDrug = drugMatches[0];
  const bodyParts = bodyPartsIn(text, lexicon);
  const injectedProcedure = firstDrug !== undefined && (firstDrug.value.route === 'topical' || INJECTED_AS_A_PROCEDURE.has(firstDrug.value.class)) && INJECTED_FORM.test(text);
  const drugWins = firstDrug !== undefined && !injectedProcedure && strongService.every((s) => s.start > firstDrug.start);
  if (firstDrug && drugWins) {
    const named = uniqueDrugs(drugMatches);
    const drugs = withIngredients(named, lexicon);
    const products = named.filter((drug) => drug.ingredients).map((drug) => drug.generic);
    const topical = named[0]!.route === 'topical' || writtenTopical(text) || (WRITTEN_SHARE.test(text) && !SYSTEMIC_FORM.test(text));
    const compound = drugs.length > 1 || CALLED_A_COMPOUND.test(text);
    return cued(medicationTreatment(drugs, { topical, compound }, bodyParts, products), firstDrug.text);
  }
  if (service) return cued(serviceTreatment(service.entry, bodyParts), service.text);
  const unlisted = unlistedDrugName(text);
  if (unlisted) return cued(unlistedDrugTreatment(unlisted, bodyParts, writtenTopical(text)), unlisted);
  const unnamedTopical = writtenTopical(text) ? UNNAMED_TOPICAL.exec(text) : null;
  if (unnamedTopical) return cued(unnamedTopicalTreatment(text, bodyParts), unnamedTopical[0]);
  return otherTreatment(bodyParts);
}
