import { classifyRequest } from '../../src/facts/treatment.js';
import type { RuleLibrary } from '../../src/rules/library.js';
import { bundledLibrary } from '../helpers.js';

let library: RuleLibrary;
beforeAll(async () => {
  library = await bundledLibrary();
});

function classify(request: string): { kind: string; category: string; name: string; opioidActing?: string } {
  const { kind, category, name, opioidActing } = classifyRequest({ start: 0, end: request.length, text: request }, library.lexicon);
  return opioidActing === undefined ? { kind, category, name } : { kind, category, name, opioidActing };
}

/** Requests worded as the letters' item headings word them, for drugs and services the 70 letters do not name. */
describe('what a request asks for (classifyRequest, the bundled lexicon)', () => {
  test.each([
    // Each drug under its own generic: a report names the drug the letter names.
    ['Abilify 5mg #30', { kind: 'medication', category: 'antipsychotic', name: 'aripiprazole' }],
    ['Seroquel 50mg #30', { kind: 'medication', category: 'antipsychotic', name: 'quetiapine' }],
    ['Cialis 5mg #30', { kind: 'medication', category: 'other', name: 'tadalafil' }],
    ['Vitamin D 50,000 IU #12', { kind: 'medication', category: 'supplement', name: 'vitamin D' }],
    ['Relpax 40mg #9', { kind: 'medication', category: 'triptan', name: 'eletriptan' }],
    ['Aspirin 81mg #30', { kind: 'medication', category: 'nsaid', name: 'aspirin' }],
    ['Narcan nasal spray #2', { kind: 'medication', category: 'opioid-antagonist', name: 'naloxone' }],
    ['Menthoderm gel 120ml', { kind: 'medication', category: 'topical-analgesic', name: 'methyl salicylate' }],
    // Extended-release opioids are long-acting, their immediate-release namesakes short-acting.
    ['Nucynta ER 100mg #60', { kind: 'medication', category: 'opioid', name: 'tapentadol extended-release', opioidActing: 'long' }],
    ['Nucynta 50mg #60', { kind: 'medication', category: 'opioid', name: 'tapentadol', opioidActing: 'short' }],
    ['Tramadol ER 150mg #30', { kind: 'medication', category: 'opioid', name: 'tramadol extended-release', opioidActing: 'long' }],
    ['Ultram 50mg #60', { kind: 'medication', category: 'opioid', name: 'tramadol', opioidActing: 'short' }],
    // A combination product named with its parts is one drug, not a compound.
    ['Ultracet (tramadol/acetaminophen) 37.5/325mg #60', { kind: 'medication', category: 'opioid', name: 'tramadol/acetaminophen', opioidActing: 'short' }],
    ['Acetaminophen with codeine 300/30mg #60', { kind: 'medication', category: 'opioid', name: 'codeine/acetaminophen', opioidActing: 'short' }],
    ['Exalgo 8mg #30', { kind: 'medication', category: 'opioid', name: 'hydromorphone extended-release', opioidActing: 'long' }],
    ['Opana ER 10mg #60', { kind: 'medication', category: 'opioid', name: 'oxymorphone extended-release', opioidActing: 'long' }],
    // Drugs around a surgery, and the steroid its own generic (Medrol was reported as prednisone).
    ['Post-op Keflex 500mg #20', { kind: 'medication', category: 'antibiotic', name: 'cephalexin' }],
    ['Lovenox 40mg injections x 10', { kind: 'medication', category: 'anticoagulant', name: 'enoxaparin' }],
    ['Medrol dose pack', { kind: 'medication', category: 'corticosteroid', name: 'methylprednisolone' }],
    ['Miralax', { kind: 'medication', category: 'laxative', name: 'polyethylene glycol' }],
    // Services named with a word the shorter term does not cover.
    ['H-wave device, purchase', { kind: 'dme', category: 'tens', name: 'tens' }],
    ['Home H-wave, 30 day trial', { kind: 'dme', category: 'tens', name: 'tens' }],
    ['Hot/cold therapy unit, purchase', { kind: 'dme', category: 'cold-therapy', name: 'cold-therapy' }],
    ['Continuous passive motion machine, 21 day rental', { kind: 'dme', category: 'continuous-passive-motion', name: 'continuous-passive-motion' }],
    ['Ice packs', { kind: 'dme', category: 'home-equipment', name: 'home-equipment' }],
    ['Ultrasound of the right shoulder', { kind: 'imaging', category: 'ultrasound-diagnostic', name: 'ultrasound-diagnostic' }],
    ['Ultrasound therapy 2 times a week for 4 weeks', { kind: 'physical-medicine', category: 'modality', name: 'modality' }],
    ['Ultrasound guided trigger point injections', { kind: 'injection', category: 'trigger-point-injection', name: 'trigger-point-injection' }],
  ])('%s', (request, expected) => {
    expect(classify(request)).toEqual(expected);
  });
});
