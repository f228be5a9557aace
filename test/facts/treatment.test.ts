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
    // a strength written as a share in words is a topical's, as "3%" is (CM17-0006634's "Diclofenac sodium 3% 300mg/g #1")
    ['Diclofenac sodium 3 percent 300mg/g #1', { kind: 'medication', category: 'topical-analgesic', name: 'diclofenac' }],
    ['Abilify 5mg #30', { kind: 'medication', category: 'antipsychotic', name: 'aripiprazole' }],
    ['Seroquel 50mg #30', { kind: 'medication', category: 'antipsychotic', name: 'quetiapine' }],
    ['Cialis 5mg #30', { kind: 'medication', category: 'other', name: 'tadalafil' }],
    ['Vitamin D 50,000 IU #12', { kind: 'medication', category: 'supplement', name: 'vitamin D' }],
    ['Relpax 40mg #9', { kind: 'medication', category: 'triptan', name: 'eletriptan' }],
    ['Aspirin 81mg #30', { kind: 'medication', category: 'nsaid', name: 'aspirin' }],
    ['Narcan nasal spray #2', { kind: 'medication', category: 'opioid-antagonist', name: 'naloxone' }],
    // a brand compound is a compound of what its label lists
    ['Menthoderm gel 120ml', { kind: 'medication', category: 'compound', name: 'methyl salicylate + menthol' }],
    ['Terocin lotion 120ml', { kind: 'medication', category: 'compound', name: 'methyl salicylate + capsaicin + menthol + lidocaine' }],
    ['Fluriflex 180gm', { kind: 'medication', category: 'compound', name: 'flurbiprofen + cyclobenzaprine' }],
    ['Doral 15mg #30', { kind: 'medication', category: 'benzodiazepine', name: 'quazepam' }],
    ['Sprix nasal spray #1', { kind: 'medication', category: 'nsaid', name: 'ketorolac' }],
    ['Depakote 250mg #60', { kind: 'medication', category: 'anticonvulsant', name: 'divalproex' }],
    ['Reglan 10mg #30', { kind: 'medication', category: 'antiemetic', name: 'metoclopramide' }],
    ['Latuda 40mg #30', { kind: 'medication', category: 'antipsychotic', name: 'lurasidone' }],
    ['Nurtec ODT 75mg #8', { kind: 'medication', category: 'cgrp-antagonist', name: 'rimegepant' }],
    ['Medical marijuana', { kind: 'medication', category: 'cannabinoid', name: 'cannabis' }],
    ['Percodan 4.8355/325mg #60', { kind: 'medication', category: 'opioid', name: 'oxycodone/aspirin', opioidActing: 'short' }],
    ['Morphabond ER 15mg #60', { kind: 'medication', category: 'opioid', name: 'morphine', opioidActing: 'long' }],
    ['Synapryn 10mg/ml oral suspension 500ml', { kind: 'medication', category: 'opioid', name: 'tramadol', opioidActing: 'short' }],
    // A drug the lexicon does not know is still a drug: a medication of no class, named as written.
    ['Qulipta 60mg #30', { kind: 'medication', category: 'other', name: 'Qulipta' }],
    ['Retrospective request for Xyzal 5mg #30', { kind: 'medication', category: 'other', name: 'Xyzal' }],
    ['Retro: Zorbicin 180gm', { kind: 'medication', category: 'other', name: 'Zorbicin' }],
    ['Vyvanse capsules #30', { kind: 'medication', category: 'other', name: 'Vyvanse' }],
    // … but a request without a drug's shape is not.
    ['Service dog', { kind: 'other', category: 'other', name: 'other' }],
    ['Temporary housing for 3 months', { kind: 'other', category: 'other', name: 'other' }],
    // (a topical that names no drug is a topical analgesic of unnamed ingredients: below)
    ['Topical cream 120 gm', { kind: 'medication', category: 'topical-analgesic', name: 'topical analgesic (not named)' }],
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
    ['Lumbar epidural L4-5', { kind: 'injection', category: 'epidural-steroid-injection', name: 'epidural-steroid-injection' }],
    // a neurotomy names the facets or levels it treats, and is judged as a neurotomy, not as the diagnostic block
    ['Bilateral L4-5 and L5-S1 facet joint radiofrequency ablation', { kind: 'injection', category: 'facet-neurotomy', name: 'facet-neurotomy' }],
    ['Bilateral L4-5 and L5-S1 medial branch blocks', { kind: 'injection', category: 'facet-injection', name: 'facet-injection' }],
    // massage (MTUS p. 60) and shockwave (ODG, by body part) are judged apart from physical therapy and the other modalities
    ['Massage therapy for 6 sessions, lumbar spine', { kind: 'physical-medicine', category: 'massage', name: 'massage' }],
    ['Extracorporeal shockwave therapy, 3 sessions, left foot', { kind: 'physical-medicine', category: 'shockwave', name: 'shockwave' }],
    // foot orthotics are not a support of the spine
    ['Custom molded orthotics', { kind: 'dme', category: 'orthotic', name: 'orthotic' }],
    ['Lumbar-sacral orthosis (LSO) brace', { kind: 'dme', category: 'brace', name: 'brace' }],
    ['ACDF C5-6', { kind: 'surgery', category: 'spine-surgery', name: 'spine-surgery' }],
    ['Monitored anesthesia care', { kind: 'surgery', category: 'anesthesia', name: 'anesthesia' }],
    ['Trigger point injection under anesthesia', { kind: 'injection', category: 'trigger-point-injection', name: 'trigger-point-injection' }],
    ['Bone growth stimulator, purchase', { kind: 'dme', category: 'bone-growth-stimulator', name: 'bone-growth-stimulator' }],
    ['CPAP machine', { kind: 'dme', category: 'cpap', name: 'cpap' }],
    ['Hot and cold wrap', { kind: 'dme', category: 'cold-therapy', name: 'cold-therapy' }],
    ['Stair lift', { kind: 'dme', category: 'home-equipment', name: 'home-equipment' }],
    ['Vestibular therapy x 6', { kind: 'physical-medicine', category: 'physical-therapy', name: 'physical-therapy' }],
    // work conditioning and work hardening have admission criteria of their own: no physical therapy rule judges them
    ['Work hardening program x 10 sessions', { kind: 'physical-medicine', category: 'work-conditioning', name: 'work-conditioning' }],
    ['Work conditioning 3x4', { kind: 'physical-medicine', category: 'work-conditioning', name: 'work-conditioning' }],
    // a brand and its generic in parentheses are one drug, the first named, not a compound
    ['OxyContin (oxycodone ER) 20mg #60', { kind: 'medication', category: 'opioid', name: 'oxycodone extended-release', opioidActing: 'long' }],
    ['Ultram ER (tramadol) 150mg #30', { kind: 'medication', category: 'opioid', name: 'tramadol extended-release', opioidActing: 'long' }],
    ['Pennsaid (diclofenac sodium topical solution 2%) #1 bottle', { kind: 'medication', category: 'topical-analgesic', name: 'diclofenac topical' }],
    ['Speech therapy x 12', { kind: 'physical-medicine', category: 'speech-therapy', name: 'speech-therapy' }],
    // cognitive therapy is the psychologist's (cognitive behavioral therapy); cognitive rehabilitation after a brain injury is not
    ['Cognitive therapy x 6', { kind: 'psychological', category: 'psychotherapy', name: 'psychotherapy' }],
    ['Cognitive rehabilitation therapy x 6', { kind: 'physical-medicine', category: 'speech-therapy', name: 'speech-therapy' }],
    ['Interferential current stimulator', { kind: 'dme', category: 'tens', name: 'tens' }],
    ['Hyperbaric oxygen therapy x 20', { kind: 'physical-medicine', category: 'modality', name: 'modality' }],
    ['Computerized range of motion testing', { kind: 'office-visit', category: 'computerized-testing', name: 'computerized-testing' }],
    ['Qualitative drug testing', { kind: 'lab', category: 'urine-drug-test', name: 'urine-drug-test' }],
    ['Hepatic panel', { kind: 'lab', category: 'lab-test', name: 'lab-test' }],
    ['Videofluoroscopy of the cervical spine', { kind: 'imaging', category: 'x-ray', name: 'x-ray' }],
    ['Behavioral pain management x 6', { kind: 'psychological', category: 'psychotherapy', name: 'psychotherapy' }],
    ['Yoga classes x 12', { kind: 'program', category: 'exercise-class', name: 'exercise-class' }],
    ['Colonoscopy', { kind: 'other', category: 'gi-procedure', name: 'gi-procedure' }],
    ['Interpreter services', { kind: 'other', category: 'interpreter', name: 'interpreter' }],
    // 'Post-operative' is not an operation: the therapy after one is therapy.
    ['Post-operative physical therapy 12 visits for the right shoulder', { kind: 'physical-medicine', category: 'physical-therapy', name: 'physical-therapy' }],
    ['Post-operative occupational therapy x 8', { kind: 'physical-medicine', category: 'occupational-therapy', name: 'occupational-therapy' }],
    ['Operative treatment of the left wrist', { kind: 'surgery', category: 'surgery', name: 'surgery' }],
    // Devices implanted for pain are their own categories: neither a spine operation's criteria (a lesion on imaging) nor the drug they deliver.
    ['Spinal cord stimulator trial', { kind: 'surgery', category: 'spinal-cord-stimulator', name: 'spinal-cord-stimulator' }],
    ['Intrathecal morphine pump trial', { kind: 'surgery', category: 'implantable-drug-delivery', name: 'implantable-drug-delivery' }],
    ['Morphine pump refill', { kind: 'surgery', category: 'implantable-drug-delivery', name: 'implantable-drug-delivery' }],
    // Rides to appointments are not home health; a weight loss program is not inpatient rehabilitation.
    ['Transportation to and from medical appointments', { kind: 'other', category: 'transportation', name: 'transportation' }],
    // the trip is what is asked for, wherever it goes or however it is made
    ['Transportation to and from functional restoration program daily', { kind: 'other', category: 'transportation', name: 'transportation' }],
    ['Non-emergency transportation (wheelchair van) to and from medical appointments, 8 round trips', { kind: 'other', category: 'transportation', name: 'transportation' }],
    ['Weight loss program x 10 weeks', { kind: 'program', category: 'weight-loss-program', name: 'weight-loss-program' }],
    ['Relistor 12mg/0.6ml', { kind: 'medication', category: 'laxative', name: 'methylnaltrexone' }],
    // Under fluoroscopy is how an injection is given, not an x-ray; a lidocaine injection is an injection, not the topical patch.
    ['Hip injection under fluoroscopy', { kind: 'injection', category: 'joint-injection', name: 'joint-injection' }],
    ['Lidocaine injection', { kind: 'injection', category: 'injection', name: 'injection' }],
    ['Fluoroscopy of the cervical spine', { kind: 'imaging', category: 'x-ray', name: 'x-ray' }],
    // Plurals and the words letters use for devices and tests the lexicon's phrases did not reach.
    ['Bilateral SI joint injections', { kind: 'injection', category: 'joint-injection', name: 'joint-injection' }],
    ['Occipital nerve blocks x 3', { kind: 'injection', category: 'nerve-block', name: 'nerve-block' }],
    ['Conductive garment', { kind: 'dme', category: 'tens', name: 'tens' }],
    ['Lumbar corset', { kind: 'dme', category: 'brace', name: 'brace' }],
    ['Hot tub', { kind: 'dme', category: 'home-equipment', name: 'home-equipment' }],
    ['Psych testing', { kind: 'psychological', category: 'psychological-evaluation', name: 'psychological-evaluation' }],
    ['Cold laser therapy x 6', { kind: 'physical-medicine', category: 'modality', name: 'modality' }],
    ['Pharmacological management', { kind: 'office-visit', category: 'follow-up-visit', name: 'follow-up-visit' }],
    ['Powered mobility device', { kind: 'dme', category: 'power-mobility', name: 'power-mobility' }],
    ['Personal care attendant', { kind: 'home-health', category: 'home-health', name: 'home-health' }],
    ['Arthrogram of the shoulder', { kind: 'imaging', category: 'x-ray', name: 'x-ray' }],
    ['MR arthrogram of the shoulder', { kind: 'imaging', category: 'mri', name: 'mri' }],
    // a surgeon's opinion is its own category: the surgical-referral criteria (red flags, a lesion, failed care) are not a neurologist's or a pain specialist's
    ['TOC to ortho spine surgeon eval and treatment', { kind: 'office-visit', category: 'surgical-consultation', name: 'surgical-consultation' }],
    ['Orthopedic consultation for the knee', { kind: 'office-visit', category: 'surgical-consultation', name: 'surgical-consultation' }],
    ['Pain management consultation', { kind: 'office-visit', category: 'pain-management-consultation', name: 'pain-management-consultation' }],
    ['Referral to a pain management specialist', { kind: 'office-visit', category: 'pain-management-consultation', name: 'pain-management-consultation' }],
    ['Neurology consultation', { kind: 'office-visit', category: 'consultation', name: 'consultation' }],
    // "pain management" alone names no consultation: a programme or a follow-up visit with the specialist keeps its own category
    ['Pain medicine follow-up visits x 6', { kind: 'office-visit', category: 'follow-up-visit', name: 'follow-up-visit' }],
    ['Follow-up visit with the pain management specialist', { kind: 'office-visit', category: 'pain-management-consultation', name: 'pain-management-consultation' }],
    ['Neurology consult', { kind: 'office-visit', category: 'consultation', name: 'consultation' }],
    // a psychological evaluation before a stimulator or a fusion is the evaluation, not the procedure
    ['Psychological evaluation prior to spinal cord stimulator trial', { kind: 'psychological', category: 'psychological-evaluation', name: 'psychological-evaluation' }],
    ['Psych eval for lumbar fusion', { kind: 'psychological', category: 'psychological-evaluation', name: 'psychological-evaluation' }],
    // Local anesthetics in compounds are named with the compound's other drugs.
    ['Gabapentin 10%/Amitriptyline 10%/Bupivacaine 5% in cream base', { kind: 'medication', category: 'compound', name: 'gabapentin + amitriptyline + bupivacaine' }],
    ['EMLA cream 30g', { kind: 'medication', category: 'topical-analgesic', name: 'lidocaine/prilocaine' }],
    // a steroid given by needle is the injection asked for, into the joint the request names; another drug injected is that drug
    ['Depo-Medrol 80mg injection right shoulder', { kind: 'injection', category: 'joint-injection', name: 'joint-injection' }],
    ['Triamcinolone 40mg and lidocaine injection into the right trochanteric bursa', { kind: 'injection', category: 'joint-injection', name: 'joint-injection' }],
    ['Dexamethasone injection', { kind: 'injection', category: 'injection', name: 'injection' }],
    ['Toradol 60mg IM injection', { kind: 'medication', category: 'nsaid', name: 'ketorolac' }],
    ['Zegerid 40mg #30', { kind: 'medication', category: 'ppi', name: 'omeprazole/sodium bicarbonate' }],
    // wordings of equipment and tests as requests name them
    ['Toxicology testing', { kind: 'lab', category: 'urine-drug-test', name: 'urine-drug-test' }],
    ['Thermacare heat wraps', { kind: 'dme', category: 'cold-therapy', name: 'cold-therapy' }],
    ['Dynasplint for the right elbow', { kind: 'dme', category: 'brace', name: 'brace' }],
    ['Stationary bicycle', { kind: 'dme', category: 'home-equipment', name: 'home-equipment' }],
    ['Inferential stimulator rental x 30 days', { kind: 'dme', category: 'tens', name: 'tens' }],
    // a stay or an assistant joined to the operation named first comes with it; asked for on its own, it is what is asked for
    ['L4-5 posterior lumbar interbody fusion with 2 day inpatient stay', { kind: 'surgery', category: 'spine-surgery', name: 'spine-surgery' }],
    ['Right shoulder arthroscopy with assistant surgeon', { kind: 'surgery', category: 'arthroscopy', name: 'arthroscopy' }],
    ['Inpatient stay x 2 days for L4-5 fusion', { kind: 'surgery', category: 'inpatient-stay', name: 'inpatient-stay' }],
    ['Assistant surgeon for right shoulder arthroscopy', { kind: 'surgery', category: 'assistant-surgeon', name: 'assistant-surgeon' }],
  ])('%s', (request, expected) => {
    expect(classify(request)).toEqual(expected);
  });
});

test('a topical compound is a topical analgesic whichever drug it names first, an opioid too; an opioid patch, a hormone gel or a steroid cream on its own keeps its class', () => {
  const read = (request: string) => classifyRequest({ start: 0, end: request.length, text: request }, library.lexicon);
  expect(read('Tramadol 8%/Gabapentin 10%/Menthol 2% cream 180gm')).toMatchObject({ category: 'compound', drugClass: 'topical-analgesic', ingredients: ['tramadol', 'gabapentin', 'menthol'], topical: true });
  expect(read('TGHot 180gm')).toMatchObject({ category: 'compound', drugClass: 'topical-analgesic', ingredients: ['tramadol', 'gabapentin', 'menthol', 'capsaicin'], topical: true });
  expect(read('Fentanyl patch 25mcg/hr #10')).toMatchObject({ category: 'opioid', drugClass: 'opioid', topical: true });
  // a hormone gel or a steroid cream is not a topical analgesic either
  expect(read('AndroGel 1.62% gel #1')).toMatchObject({ category: 'hormone', drugClass: 'hormone', topical: true });
  expect(read('Kenalog cream 0.1%')).toMatchObject({ category: 'corticosteroid', drugClass: 'corticosteroid', topical: true });
  expect(read('Amitriptyline 2% cream')).toMatchObject({ category: 'topical-analgesic', drugClass: 'topical-analgesic', topical: true });
});

test('a brand compound named with its ingredients is still the one compound, its brand kept to tell the sentences that name it', () => {
  const read = (request: string) => classifyRequest({ start: 0, end: request.length, text: request }, library.lexicon);
  expect(read('Terocin (methyl salicylate, capsaicin, menthol, lidocaine) lotion #1')).toMatchObject({
    ingredients: ['methyl salicylate', 'capsaicin', 'menthol', 'lidocaine'],
    products: ['methyl salicylate/capsaicin/menthol/lidocaine'],
  });
  expect(read('Lidoderm 5% patch #30').products).toBeUndefined();
});

test('body parts a request names: the SI joint is the pelvis, the femur the leg, the humerus the arm', async () => {
  const library = await bundledLibrary();
  const parts = (request: string) => classifyRequest({ start: 0, end: request.length, text: request }, library.lexicon).bodyParts;
  expect(parts('Bilateral SI joint injections')).toEqual(['hip']);
  expect(parts('MRI of the sacroiliac joints')).toEqual(['hip']);
  expect(parts('MRI of the left femur')).toEqual(['lower-extremity']);
  expect(parts('X-ray of the right humerus')).toEqual(['upper-extremity']);
});

test('a drug the lexicon does not know: class "unlisted", its name as the letter writes it, topical when the request says so', async () => {
  const library = await bundledLibrary();
  const read = (request: string) => classifyRequest({ start: 0, end: request.length, text: request }, library.lexicon);
  expect(read('Qulipta 60mg #30')).toMatchObject({ kind: 'medication', drugClass: 'unlisted', generic: 'Qulipta', ingredients: ['Qulipta'], topical: false, cue: 'Qulipta' });
  expect(read('Xyz cream 120 gm')).toMatchObject({ kind: 'medication', drugClass: 'unlisted', generic: 'Xyz', topical: true });
  expect(read('Xyz oral suspension 120 ml')).toMatchObject({ kind: 'medication', drugClass: 'unlisted', topical: false });
});

test('a topical that names no drug is a topical analgesic of unnamed ingredients, a compound when it says so; the topical rules apply to it, a vehicle alone names nothing', async () => {
  const library = await bundledLibrary();
  const read = (request: string) => classifyRequest({ start: 0, end: request.length, text: request }, library.lexicon);
  expect(read('Retrospective compound cream 121gm #1')).toMatchObject({ kind: 'medication', category: 'compound', drugClass: 'topical-analgesic', ingredients: [], topical: true, compound: true, cue: 'compound cream' });
  expect(read('Transdermal compound, 1 tube')).toMatchObject({ category: 'compound', compound: true });
  expect(read('Topical analgesic cream')).toMatchObject({ category: 'topical-analgesic', drugClass: 'topical-analgesic', compound: false });
  expect(read('Pain cream 120g')).toMatchObject({ category: 'topical-analgesic' });
  expect(library.applicableRules(read('Compound cream #1')).map((rule) => rule.id)).toContain('topical-without-failed-first-line-therapy');
  // a vehicle without a word of what it is for, or a compound taken by mouth, is not read as one
  expect(read('Keto cream')).toMatchObject({ kind: 'other' });
  expect(read('Compounded oral suspension')).toMatchObject({ kind: 'other' });
  expect(read('Compounded medication: unspecified')).toMatchObject({ kind: 'other' });
});

test('a powered mobility device is not a walking aid: a limitation a cane answers does not call for it, its lack still goes against it', async () => {
  const library = await bundledLibrary();
  const read = (request: string) => classifyRequest({ start: 0, end: request.length, text: request }, library.lexicon);
  expect(read('Power scooter')).toMatchObject({ kind: 'dme', category: 'power-mobility' });
  expect(read('Electric wheelchair purchase')).toMatchObject({ kind: 'dme', category: 'power-mobility' });
  expect(read('1 knee scooter')).toMatchObject({ kind: 'dme', category: 'mobility' });
  const rules = (request: string) => library.applicableRules(read(request)).map((rule) => rule.id);
  expect(rules('Power scooter')).toContain('mobility-aid-without-limitation');
  expect(rules('Power scooter')).not.toContain('mobility-aid-for-limitation');
  expect(rules('Front wheeled walker')).toContain('mobility-aid-for-limitation');
});
