import { analyseLetter } from '../../src/facts/analysis.js';
import { extractItemFacts } from '../../src/facts/extract.js';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import { parseDetermination } from '../../src/letter/parse.js';
import { excerptLetter } from '../../src/rules/test-runner.js';
import { bundledLibrary, readCase } from '../helpers.js';

/** The facts of the one item of a letter made of a rationale (and a summary), as the rule tests make them. */
async function factsOf(text: string, request = 'MRI of the lumbar spine', summary?: string) {
  return factsOfLetter(excerptLetter({ expect: 'fires', text, request, ...(summary ? { summary } : {}) }));
}

/** One fact's state for a rationale sentence and a request. */
async function stateOf(text: string, request: string, fact: string) {
  return (await factsOf(text, request))[fact]!.state;
}

/** One fact's state for a clinical summary and a request, the rationale saying nothing of it. */
async function summaryStateOf(summary: string, request: string, fact: string) {
  return (await factsOf('The request is reviewed.', request, summary))[fact]!.state;
}

/** The facts of item `index` (1-based) of a letter in cases/. */
async function itemFacts(file: string, index = 1) {
  return factsOfLetter(readCase(file), index);
}

/** The facts of a letter with a summary and a header giving its decision and utilization review dates (for readings by date). */
async function datedFactsOf(request: string, summary: string, decision: string, urDenial: string) {
  const header = `Case Number: CM16-0000001\nDecision Date: ${decision} UR Denial Date: ${urDenial}\n`;
  return factsOfLetter(header + excerptLetter({ expect: 'fires', request, summary, text: 'The request is reviewed.' }));
}

/** The summary's cue that contradicts the rationale's reading of a fact (a record finding's witness), or undefined. */
async function contradictingCue(rationale: string, request: string, summary: string, fact: string) {
  return (await factsOf(rationale, request, summary))[fact]!.contradictedBy?.cue;
}

async function factsOfLetter(letter: string, index = 1) {
  const library = await bundledLibrary();
  const determination = parseDetermination(normaliseLetterText(letter));
  return extractItemFacts(analyseLetter(determination, library.lexicon), determination.items[index - 1]!).facts;
}

describe('reading concepts in context (ConText-style modifiers as data)', () => {
  test('negated, not documented, affirmed', async () => {
    // "has not been" reads forward, "not been documented" back: both are found where they overlap.
    const norco = 'Norco 10/325mg #60';
    expect((await factsOf('Functional improvement has not been documented.', norco)).functionalImprovement!.state).toBe('absent');
    expect((await factsOf('Objective functional improvement has not been demonstrated.', norco)).functionalImprovement!.state).toBe('absent');
    expect((await factsOf('Pain relief has not been quantified.', norco)).painRelief!.state).toBe('absent');
    expect((await factsOf('The etiology of the insomnia has not been evaluated.', 'Ambien 10mg #30')).sleepEvaluation!.state).toBe('absent');
    expect((await factsOf("There is no documentation of the patient's sleep pattern.", 'Trazodone 50mg #30')).sleepEvaluation!.state).toBe('absent');
    expect((await factsOf('The patient reports 4 hours of sleep per night.', 'Trazodone 50mg #30')).sleepEvaluation!.state).toBe('present');
    expect((await factsOf('There is no evidence of any red flag conditions.')).redFlags!.state).toBe('absent');
    expect((await factsOf('There was no documentation of failed conservative care.')).failedConservativeCare!.state).toBe('absent');
    // "without evidence that …" is a want of documentation, which the summary can answer; a bare "without" is the finding's absence
    const esi = 'Cervical epidural steroid injection at C5-C6';
    const without = (await factsOf('Without evidence that the patient was unresponsive to conservative treatment, the criteria are not met.', esi)).failedConservativeCare!;
    expect([without.state, without.evidence[0]?.reading]).toEqual(['absent', 'not-documented']);
    expect((await factsOf('There was a new onset of left sided foot drop.')).neuroDeficit!.state).toBe('present');
  });

  const NOT_DOCUMENTED_IMPROVEMENT = [
    'Functional improvement has not been documented.',
    'There has been no documentation of functional improvement.',
    'No objective functional improvement has been documented.',
    'The records do not document functional improvement.',
    'The reports fail to document objective functional improvement.',
    'The submitted records lack evidence of functional improvement.',
    'There is little documentation of functional improvement.',
    'There has been little to no functional improvement.',
    'Evidence of functional improvement was not provided.',
    'Documentation of functional improvement is lacking.',
    'The medical records do not demonstrate objective functional improvement.',
    'There is no documentation of functional improvement, which is required by the guidelines.',
    'The records do not reflect functional improvement.',
    'The documentation does not support that the patient has had functional improvement.',
    'The treating physician did not provide evidence of functional improvement.',
  ];
  test.each(NOT_DOCUMENTED_IMPROVEMENT)('functional improvement not documented, as reviewers word it: %s', async (sentence) => {
    expect((await factsOf(sentence, 'Norco 10/325mg #60')).functionalImprovement!.state).toBe('absent');
  });

  test('not documented means "unknown" where absence is the good outcome', async () => {
    // what the record does not state is not documented; what the patient does not report is absent
    expect((await factsOf('The treating physician did not provide pain scores.', 'Norco 10/325mg #60')).painAssessment!.state).toBe('absent');
    expect((await factsOf('The patient does not report side effects.', 'Norco 10/325mg #60')).sideEffectsAssessed!.state).toBe('present');
    // "the 4 A's" are pain, function, side effects (and aberrant behaviour); "does not address" is the record's silence
    const fourAsNamed = await factsOf("The documentation does not address the four A's of ongoing opioid management.", 'Norco 10/325mg #60');
    expect([fourAsNamed.painAssessment!.state, fourAsNamed.adlDocumented!.state, fourAsNamed.sideEffectsAssessed!.state]).toEqual(['absent', 'absent', 'absent']);
    // "do not document" is the record's silence, not a negation: side effects not assessed, aberrant behaviour unknown
    const fourAs = await factsOf('According to the MTUS, there should be documentation of the 4 As; the records do not document pain relief, side effects, or aberrant behavior.', 'Norco 10/325mg #60');
    expect([fourAs.painRelief!.state, fourAs.sideEffectsAssessed!.state, fourAs.aberrantBehavior!.state]).toEqual(['absent', 'absent', 'unknown']);
    expect((await factsOf('There were no aberrant behaviors reported.', 'Norco 10/325mg #60')).aberrantBehavior!.state).toBe('absent');
    expect((await factsOf('There is no documentation regarding aberrant behavior.', 'Norco 10/325mg #60')).aberrantBehavior!.state).toBe('unknown');
  });

  test('"when seen", "once daily" and "provided" tell the time, the dose or what was given, not a condition', async () => {
    const norco = 'Norco 10/325mg #60';
    expect((await factsOf('When seen on 10/12/2016, the patient reported 50% pain relief with Norco.', norco)).painRelief!.state).toBe('present');
    expect((await factsOf('The patient takes Norco once daily with functional improvement.', norco)).functionalImprovement!.state).toBe('present');
    expect((await factsOf('The medication provided 50% pain relief and improved function.', norco)).functionalImprovement!.state).toBe('present');
    expect((await factsOf('Once functional improvement is documented, Norco may be continued.', norco)).functionalImprovement!.state).toBe('unknown');
    expect((await factsOf('Norco may be continued provided that functional improvement is documented.', norco)).functionalImprovement!.state).toBe('unknown');
  });

  test('a guideline statement, a literature reference and a conditional are not facts of the case', async () => {
    expect((await factsOf('MTUS guidelines recommend imaging for red flags such as fracture or tumor.')).redFlags!.state).toBe('unknown');
    expect((await factsOf('(Irnich, 2001) Acupuncture reduced pain in patients with radicular symptoms.')).radiculopathy!.state).toBe('unknown');
    expect((await factsOf('If there were red flags, an MRI would be warranted.')).redFlags!.state).toBe('unknown');
  });

  test('a quantity measured against the guidelines is the case\'s, though "guidelines" ends the sentence', async () => {
    // CM17-0019907: "The requested amount of physical therapy is not in excess of California chronic pain medical treatment guidelines for lumbar pain."
    expect((await itemFacts('dwc-2016/txt/CM17-0019907.txt')).exceedsGuidelineQuantity!.state).toBe('absent');
    const request = 'Physical therapy 2x6 for the lumbar spine';
    expect((await factsOf('The requested 12 visits are in excess of the ODG guidelines.', request)).exceedsGuidelineQuantity!.state).toBe('present');
    expect((await factsOf('The requested 6 visits are not in excess of the guideline recommendations.', request)).exceedsGuidelineQuantity!.state).toBe('absent');
    // CM17-0010365: "As such, the current 6 therapy sessions is consistent with guideline recommendations."
    expect((await itemFacts('dwc-2016/txt/CM17-0010365.txt')).exceedsGuidelineQuantity!.state).toBe('absent');
    expect((await factsOf('The request for 24 visits is more than the guidelines allow.', request)).exceedsGuidelineQuantity!.state).toBe('present');
    // CM17-0007886: the cue "will exceed" and the longer "exceed guideline recommendations" overlap; the longer reading is the mention.
    expect((await factsOf('An approval of an additional 12 sessions will exceed guideline recommendations.', request)).exceedsGuidelineQuantity!.state).toBe('present');
    expect((await factsOf('There are no extenuating factors which would necessitate 12 more visits which would exceed the MTUS recommended number of visits.', request)).exceedsGuidelineQuantity!.state).toBe('present');
  });

  test('a request for an initial trial is no trial had', async () => {
    // CM17-0010885: "Medical notes does not document any prior acupuncture sessions." (none, not merely undocumented)
    expect((await itemFacts('dwc-2016/txt/CM17-0010885.txt')).priorTreatmentSameKind!.state).toBe('absent');
    // CM16-0248471: "… lack of clinical documentation indicating … outcomes from prior use" of the TENS unit
    expect((await itemFacts('dwc-2016/txt/CM16-0248471.txt')).trialCompleted!.state).toBe('absent');
    const chiropractic = 'Chiropractic treatment 2x3 lumbar spine';
    const asked = await factsOf('This is a request for an initial trial of chiropractic care.', chiropractic);
    expect([asked.initialRequest!.value, asked.trialCompleted!.state, asked.priorTreatmentSameKind!.state]).toEqual([true, 'unknown', 'unknown']);
    expect((await factsOf('The patient completed an initial trial of 6 chiropractic sessions.', chiropractic)).trialCompleted!.state).toBe('present');
    expect((await factsOf('This is a request for a one-month trial of a TENS unit.', 'TENS unit rental')).trialCompleted!.state).toBe('unknown');
    // the home use a one-month trial asks for, had
    expect((await factsOf('The patient has been using a TENS unit at home with good results.', 'TENS unit purchase')).trialCompleted!.state).toBe('present');
    expect((await factsOf('The TENS unit was used in physical therapy.', 'TENS unit purchase')).trialCompleted!.state).toBe('unknown');
    expect((await factsOf('The request for an initial 12 sessions is within the recommended guidelines.', chiropractic)).exceedsGuidelineQuantity!.state).toBe('absent');
  });

  test('the reviewer\'s name for the request counts where its heading says nothing', async () => {
    // "Chiropractic therapy sessions for the cervical spine, #2": "The initial treatment request exceeds the recommendation for an initial trial."
    expect((await itemFacts('dwc-2016/txt/CM16-0247405.txt')).initialRequest!.value).toBe(true);
    // "Associated surgical service: Physical therapy, times 12": "The request for initial 12 sessions is within the recommended guidelines."
    const postoperative = await itemFacts('dwc-2016/txt/CM16-0246487.txt', 2);
    expect(postoperative.initialRequest!.value).toBe(true);
    expect(postoperative.exceedsGuidelineQuantity!.state).toBe('absent');
    // A guideline's words are not the reviewer's name for this request.
    const request = 'Physical therapy 2x6 for the lumbar spine';
    expect((await factsOf('Guidelines state that a request for additional therapy requires documented functional improvement.', request)).additionalRequest!.value).toBe(false);
  });

  test('"is not documented to have", "was not found to have": the records deny what follows', async () => {
    expect((await factsOf('The patient is not documented to have any gastrointestinal risk factors.', 'Omeprazole 20mg #60')).giRisk!.state).toBe('absent');
    expect((await factsOf('The patient was not found to have any neurological deficits on examination.')).neuroDeficit!.state).toBe('absent');
    expect((await factsOf('The patient is not documented to have had a urine drug screen.', 'Norco 10/325mg #60')).udsPerformed!.state).toBe('absent');
  });

  test('conservative care not had at all has not failed; one treatment not tried after a failed course does not undo the failure', async () => {
    const failed = async (text: string) => (await factsOf(text)).failedConservativeCare!.state;
    expect(await failed('The patient has not yet undergone any physical therapy.')).toBe('absent');
    expect(await failed('The patient has never had physical therapy for the low back.')).toBe('absent');
    expect(await failed('The patient has not received conservative treatment.')).toBe('absent');
    expect(await failed('The patient failed 12 sessions of physical therapy and has not tried injections.')).toBe('present');
    // CM16-0242667: "The injured worker had not started physical therapy yet."
    expect((await itemFacts('dwc-2016/txt/CM16-0242667.txt')).failedConservativeCare!.state).toBe('absent');
  });

  test('what studies did not show is the literature\'s, not this case\'s', async () => {
    const norco = 'Norco 10/325mg #60';
    const fi = async (text: string) => (await factsOf(text, norco)).functionalImprovement!.state;
    expect(await fi('Studies were not able to demonstrate long-term functional improvement with opioids.')).toBe('unknown');
    expect(await fi('Studies have not shown functional improvement with long-term opioid use.')).toBe('unknown');
    expect(await fi('Research has failed to show functional improvement with chronic opioid therapy.')).toBe('unknown');
    expect(await fi('The patient was not able to demonstrate functional improvement with Norco.')).toBe('absent');
  });

  test('the patient a guideline requires something of ("require that the patient be") does not end the guideline', async () => {
    const esi = 'Lumbar epidural steroid injection L4-5';
    const failed = async (text: string) => (await factsOf(text, esi)).failedConservativeCare!.state;
    expect(await failed('Guidelines require that the patient be initially unresponsive to conservative treatment.')).toBe('unknown');
    expect(await failed('The guidelines require documentation that the patient was unresponsive to conservative care.')).toBe('unknown');
    expect(await failed('Guidelines recommend that the patient have failed conservative care before an injection.')).toBe('unknown');
    // the records' own documentation that the patient … is the case's
    expect(await failed('There is documentation that the patient was unresponsive to conservative care.')).toBe('present');
    expect(await failed('The progress note includes documentation that the patient has failed physical therapy.')).toBe('present');
  });

  test("another family's sessions say nothing of the requested treatment's: massage is its own, and every family is another's for an injection", async () => {
    const never = 'The injured worker had not previously received massage therapy.';
    expect(await summaryStateOf(never, 'Trigger point injections x 4, bilateral upper trapezius', 'priorTreatmentSameKind')).toBe('unknown');
    expect(await summaryStateOf(never, 'Physical therapy 2 times a week for 3 weeks', 'priorTreatmentSameKind')).toBe('unknown');
    expect(await summaryStateOf(never, 'Massage therapy x 6 sessions', 'priorTreatmentSameKind')).toBe('absent');
  });

  test("'the injured worker underwent trigger point injections on 08-24-2016' is a prior course of the injections requested", async () => {
    const tpi = 'Trigger point injections x 4, bilateral upper trapezius';
    expect(await stateOf('In this case, the injured worker underwent trigger point injections on 08-24-2016 and reported approximately 20% relief lasting about one week.', tpi, 'priorTreatmentSameKind')).toBe('present');
    expect(await stateOf('The patient underwent physical therapy in 2015.', 'Physical therapy 2 times a week for 3 weeks', 'priorTreatmentSameKind')).toBe('present');
  });

  test('"no need for" judges necessity, not whether the thing was had', async () => {
    // CM17-0015957: the reviewer misses a reason for more NSAIDs, not the NSAIDs.
    expect((await factsOf('In addition, there was lack of a clear rationale for additional NSAIDs on top of acetaminophen and ketoprofen.', 'Omeprazole 20mg #60')).nsaidUse!.state).toBe('unknown');
    expect((await factsOf('There is no indication for continued opioid therapy.', 'Urine drug screen')).opioidTherapy!.state).toBe('unknown');
    expect((await factsOf('There is no indication of functional improvement.', 'Norco 10/325mg #60')).functionalImprovement!.state).toBe('absent');
    // CM17-0002198: "the patient had six sessions of therapy" ... "there is no need for additional sessions."
    expect((await itemFacts('dwc-2016/txt/CM17-0002198.txt')).priorTreatmentSameKind!.state).toBe('present');
    expect((await factsOf('There is no need for additional sessions.', 'Physical therapy 2x3')).priorTreatmentSameKind!.state).toBe('unknown');
  });

  test('what the evidence says in general is not the case; negative test results are negative', async () => {
    const workstation = 'Sit-stand workstation';
    expect((await factsOf('In conclusion, the most reliable medical evidence indicates that having the patient return to work allows for the best outcomes.', workstation)).returnToWork!.state).toBe('unknown');
    // CM17-0009282: the case's own words.
    expect((await factsOf('The provider desires a sit-stand workstation to help the patient to continue to work.', workstation)).returnToWork!.state).toBe('present');
    // CM17-0014288
    expect((await factsOf('Special testing noted negative results for drop arm sign, as well as, apprehension testing.', 'MRI of the right shoulder')).physicalExamFindings!.state).toBe('absent');
  });

  test('opioid documentation as reviewers word it', async () => {
    // A screen's result: the screen was done, the prescribed drug is still taken.
    const negative = await factsOf('The last UDS was negative for prescribed Norco.', 'Norco 10/325mg #60');
    expect([negative.udsPerformed!.state, negative.udsInconsistent!.state, negative.opioidTherapy!.state]).toEqual(['present', 'present', 'present']);
    const norco = 'Norco 10/325mg #180';
    const facts = async (text: string) => factsOf(text, norco);
    const adls = await facts("No ADL's are discussed showing specific functional improvement.");
    expect([adls.adlDocumented!.state, adls.functionalImprovement!.state]).toEqual(['absent', 'absent']);
    // "Unable to do her ADLs" still documents them.
    expect((await facts('The patient is unable to perform her ADLs.')).adlDocumented!.state).toBe('present');
    const discussions = await facts('There are no discussions regarding side effects, aberrant drug seeking behavior, or urine drug screens.');
    expect([discussions.sideEffectsAssessed!.state, discussions.aberrantBehavior!.state, discussions.udsPerformed!.state]).toEqual(['absent', 'unknown', 'absent']);
    const scores = await facts('Pain is rated 8/10 without and 4/10 with medications.');
    expect([scores.painAssessment!.state, scores.painRelief!.state, scores.painScoreWithout!.value, scores.painScoreWith!.value]).toEqual(['present', 'present', 8, 4]);
    const helps = await facts('The treater documents that medications help the patient walk longer and do light housework.');
    expect([helps.functionalImprovement!.state, helps.adlDocumented!.state]).toEqual(['present', 'present']);
    expect((await facts('Opioids may help patients to walk longer.')).functionalImprovement!.state).toBe('unknown');
    expect((await facts('Norco relieves her low back pain.')).painRelief!.state).toBe('present');
    expect((await facts('The patient reports 30% pain reduction with the medication.')).painRelief!.state).toBe('present');
    expect((await facts('There is no documentation that Norco reduces pain.')).painRelief!.state).toBe('absent');
    // "lower" is also an adjective (CM17-0013625: "lower extremity radicular pain").
    expect((await facts('The diagnoses include lower extremity radicular pain.')).painRelief!.state).toBe('unknown');
    const downTo = await facts("The patient's pain is 7/10 and the medications bring it down to 4/10.");
    expect([downTo.painScoreWithout!.value, downTo.painScoreWith!.value, downTo.painRelief!.state]).toEqual([7, 4, 'present']);
    const outOf = await facts('The patient reported pain of 5 out of 10 with medication and 8 out of 10 without medication.');
    expect([outOf.painScoreWithout!.value, outOf.painScoreWith!.value, outOf.painRelief!.state]).toEqual([8, 5, 'present']);
    const clauses = await facts('With medication, pain is 3/10; without medication, pain is 7/10.');
    expect([clauses.painScoreWithout!.value, clauses.painScoreWith!.value]).toEqual([7, 3]);
    // pain that goes on despite the drug is no relief; a regimen after "with the current" is still taken
    expect((await facts('The patient continues to report 8/10 pain despite the use of opioids.')).painRelief!.state).toBe('absent');
    const regimen = await factsOf('There is no evidence of significant pain reduction with the current opioid regimen.', 'Urine drug screen');
    expect([regimen.painRelief!.state, regimen.opioidTherapy!.state]).toEqual(['absent', 'present']);
    expect((await facts('The patient reports the medication takes the edge off.')).painRelief!.state).toBe('present');
    // "reducing her pain medications" is less medication, not less pain
    expect((await facts('The patient is reducing her pain medications.')).painRelief!.state).toBe('unknown');
    const fromA = await facts('With medications, pain decreases from a 9/10 to a 6/10.');
    expect([fromA.painScoreWithout!.value, fromA.painScoreWith!.value, fromA.painRelief!.state]).toEqual([9, 6, 'present']);
    expect((await facts("The patient's pain level has remained unchanged despite chronic opioid use.")).painRelief!.state).toBe('absent');
    // "an opioid contract" is an agreement, not the therapy (a drug test's rules read opioidTherapy).
    expect((await factsOf('There was no documentation of a UDS or an opioid contract.', 'Urine drug screen')).opioidTherapy!.state).toBe('unknown');
    expect((await factsOf('The patient is not taking any opioids.', 'Urine drug screen')).opioidTherapy!.state).toBe('absent');
    expect((await factsOf('The patient is not taking any controlled substances.', 'Urine drug screen')).opioidTherapy!.state).toBe('absent');
    expect((await factsOf('The patient is on chronic opioid therapy and is considered low risk for addiction.', 'Urine drug screen')).aberrantBehavior!.state).toBe('absent');
  });

  test('how long the drug has been used: "for N months", "since 2013", "started N months ago"', async () => {
    expect((await factsOf('The patient is currently on Flexeril which was started 6 months ago.', 'Flexeril 10mg #30')).useDurationWeeks!.value).toBe(25.8);
    expect((await factsOf('Klonopin was prescribed two weeks ago for acute anxiety.', 'Klonopin 1mg #30')).useDurationWeeks!.value).toBe(2);
    expect((await factsOf('The patient has been prescribed Norco for over 6 months.', 'Norco 10/325mg #180')).useDurationWeeks!.value).toBe(25.8);
    expect((await factsOf('The patient has been taking Xanax for the past 6 months.', 'Xanax 0.5mg #60')).useDurationWeeks!.value).toBe(25.8);
    // the clinical abbreviations of the units
    expect((await factsOf('The patient has been taking Xanax for 6 mos.', 'Xanax 0.5mg #60')).useDurationWeeks!.value).toBe(25.8);
    expect((await factsOf('Xanax was started 3 wks ago.', 'Xanax 0.5mg #60')).useDurationWeeks!.value).toBe(3);
    // how long the pain has lasted is not how long the drug was taken
    expect((await factsOf('The pain has been present for the past 3 years.', 'Xanax 0.5mg #60')).useDurationWeeks!.value).toBeNull();
    // Another drug's start is not the requested one's.
    expect((await factsOf('Gabapentin was started 6 months ago.', 'Flexeril 10mg #30')).useDurationWeeks!.value).toBeNull();
    expect((await factsOf('The patient has been taking Ambien for over a year.', 'Ambien 10mg #30')).useDurationWeeks!.value).toBe(52);
    // "for years" is two years at least; work or pain that lasted is not the drug.
    expect((await factsOf('The patient has been on Soma for years.', 'Soma 350mg #90')).useDurationWeeks!.value).toBe(104);
    expect((await factsOf('She has been working for 3 years.', 'Soma 350mg #90')).useDurationWeeks!.value).toBeNull();
    // Month and year only, counted to the letter's decision date (CM16-0237163, decided in January 2017).
    const sinceMonth = await factsOfLetter(
      readCase('dwc-2016/txt/CM16-0237163.txt').replace('Decision rationale:', 'Decision rationale: The patient has been prescribed cyclobenzaprine since at least 01/2016.'),
    );
    expect([sinceMonth.useDurationWeeks!.value, sinceMonth.longTermUse!.state]).toEqual([53.6, 'present']);
    // a start given as a date ("started in 01/2016", "first prescribed cyclobenzaprine in 01/2016"), not a prescription's date ("prescribed on 01/02/2016")
    const withRationale = (sentence: string) => factsOfLetter(readCase('dwc-2016/txt/CM16-0237163.txt').replace('Decision rationale:', `Decision rationale: ${sentence}`));
    expect((await withRationale('Cyclobenzaprine was started in 01/2016.')).useDurationWeeks!.value).toBe(53.6);
    expect((await withRationale('She was first prescribed cyclobenzaprine in 01/2016.')).useDurationWeeks!.value).toBe(53.6);
    expect((await withRationale('Cyclobenzaprine was added in 01/2016.')).useDurationWeeks!.value).toBe(53.6);
    expect((await withRationale('Cyclobenzaprine was prescribed on 01/02/2016.')).useDurationWeeks!.state).toBe('unknown');
    // a full date needs no "on": "Lyrica 75mg twice daily was started 12/10/13"
    expect((await withRationale('Cyclobenzaprine 7.5mg three times daily was started 01/04/16.')).useDurationWeeks!.value).toBe(53.1);
    expect((await factsOf('The patient cannot tolerate oral NSAIDs due to gastritis.', 'Flurbiprofen 20% cream 120gm')).oralIntolerance!.state).toBe('present');
    // CM17-0007300: an item of the guideline's numbered list, in the imperative, is the guideline's.
    const trezix = 'one month supply of Trezix capsule 30.5/30/16mg';
    expect((await factsOf('3. Conduct semiannual attempts to wean in patients who have been on that dose or higher for at least 180 days.', trezix)).useDurationWeeks!.value).toBeNull();
    expect((await factsOf('Continued use of Trezix for 6 months has not improved function.', trezix)).useDurationWeeks!.value).toBe(25.8);
  });

  test('conservative care failed, or not, in so many words', async () => {
    const mri = 'MRI of the lumbar spine';
    expect((await factsOf('The patient has had 6 weeks of physical therapy without improvement.', mri)).failedConservativeCare!.state).toBe('present');
    expect((await factsOf('The patient failed a trial of physical therapy.', mri)).failedConservativeCare!.state).toBe('present');
    expect((await factsOf('The patient has not failed a course of conservative treatment.', mri)).failedConservativeCare!.state).toBe('absent');
    expect((await factsOf('Conservative care should include a course of physical therapy.', mri)).failedConservativeCare!.state).toBe('unknown');
    // "has not failed" denies the failure, and says nothing of whether the treatments it lists were had (they may have worked)
    const notFailed = await factsOf('The patient has not failed conservative treatment including exercises, physical methods, NSAIDs and muscle relaxants.', mri);
    expect([notFailed.failedConservativeCare!.state, notFailed.conservativeCareTried!.state, notFailed.nsaidUse!.state]).toEqual(['absent', 'unknown', 'unknown']);
    expect((await factsOf('The patient did not fail conservative care.', mri)).failedConservativeCare!.state).toBe('absent');
    const lidoderm = await factsOf('The patient has not failed a trial of antidepressants or anticonvulsants.', 'Lidoderm 5% patch #30');
    expect(lidoderm.firstLineTried!.state).toBe('absent');
    // not tried at all is still not tried
    expect((await factsOf('The patient has not tried NSAIDs.', mri)).nsaidUse!.state).toBe('absent');
    // "no improvement with" / "no relief from" a treatment: the treatment was had, and failed
    const noImprovement = await factsOf('There has been no improvement with treatment including physical therapy, chiropractic care, acupuncture, massage and injections.', mri);
    expect([noImprovement.failedConservativeCare!.state, noImprovement.conservativeCareTried!.state]).toEqual(['present', 'present']);
    const noRelief = await factsOf('The patient had no relief from physical therapy or NSAIDs.', mri);
    expect([noRelief.failedConservativeCare!.state, noRelief.nsaidUse!.state, noRelief.painRelief!.state]).toEqual(['present', 'present', 'absent']);
    const undocumented = await factsOf('There is no documentation of functional improvement with physical therapy.', mri);
    expect([undocumented.functionalImprovement!.state, undocumented.conservativeCareTried!.state]).toEqual(['absent', 'present']);
    // the examples a negation's object lists are negated with it, past the negation's word count
    const redFlags = await factsOf('There were no red flags noted on examination, such as progressive neurologic deficit, cauda equina syndrome or fracture.', mri);
    expect([redFlags.redFlags!.state, redFlags.neuroDeficit!.state]).toEqual(['absent', 'absent']);
    expect((await factsOf('The MRI showed a fracture of the L1 vertebra, such as was suspected on the x-rays.', mri)).redFlags!.state).toBe('present');
    // an absent cue agreed with by a negation after it stays absent ("intact with normal strength")
    expect((await factsOf('Neurological examination was intact with normal strength, sensation and reflexes.', mri)).neuroDeficit!.state).toBe('absent');
  });

  test('care had with only modest or minimal improvement has failed; medication with partial relief is not said to', async () => {
    const injection = 'Right shoulder subacromial corticosteroid injection';
    expect(await summaryStateOf('She completed eight sessions of physical therapy focused on rotator cuff and scapular strengthening between 5/2/16 and 6/24/16 with modest improvement, and she continues the exercises at home daily.', injection, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('He has completed 12 sessions of physical therapy and a home exercise program over three months with only minimal improvement.', injection, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('She completed eight sessions of physical therapy with marked improvement.', injection, 'failedConservativeCare')).toBe('unknown');
    expect(await summaryStateOf('Naproxen gives her partial relief.', injection, 'failedConservativeCare')).toBe('unknown');
  });

  test("the summary's word that the treatment was never had outweighs a rationale that presumes a prior course; its other sentences do not", async () => {
    const pt = 'Physical therapy 2 times a week for 4 weeks for the lumbar spine';
    const presumed = 'Without evidence of objective functional improvement from prior therapy, the request is not medically necessary.';
    expect((await factsOf(presumed, pt, 'She has had no physical therapy to date; an initial referral was never scheduled.')).priorTreatmentSameKind!.state).toBe('absent');
    expect((await factsOf(presumed, pt, 'He has not had any physical therapy for this injury.')).priorTreatmentSameKind!.state).toBe('absent');
    // what the summary says was had, or what was requested, leaves the rationale's reading
    expect((await factsOf(presumed, pt, 'She completed 12 sessions of physical therapy for the knee.')).priorTreatmentSameKind!.state).toBe('present');
    const acupuncture = 'Acupuncture, 6 sessions for the cervical spine';
    const firstTrial = 'She has not had acupuncture before, and six sessions is within the initial trial.';
    expect((await factsOf(firstTrial, acupuncture, 'She has not had acupuncture. On 10/03/2016, utilization review non-certified acupuncture, 6 sessions, and cognitive behavioral therapy, 6 additional sessions.')).priorTreatmentSameKind!.state).toBe('absent');
  });

  test("a summary finding with a number right after it contradicts a rationale that finds none in the records", async () => {
    const mri = 'MRI of the thoracic spine without contrast';
    const facts = await factsOf('No red flag conditions were identified in the records.', mri, 'He reported an unintentional weight loss of 14 pounds since August.');
    expect([facts.redFlags!.state, facts.redFlags!.contradictedBy?.cue]).toEqual(['absent', 'unintentional weight loss']);
    // a finding whose naming is no documentation needs its number: decreased sensation without one is no measure
    // (a red flag needs none since its naming is the documentation: see "a red flag named in the examination …")
    const noDeficit = 'No neurological deficits were identified in the records.';
    expect(await contradictingCue(noDeficit, mri, 'Examination showed decreased sensation in the left T10 dermatome at 50% of the right side.', 'neuroDeficit')).toBe('decreased sensation');
    expect(await contradictingCue(noDeficit, mri, 'Examination showed decreased sensation in the left T10 dermatome.', 'neuroDeficit')).toBeUndefined();
  });

  test("a summary finding measured in its own clause ('worsening left leg pain rated 8 out of 10') contradicts a rationale that finds no change documented", async () => {
    const mri = 'Repeat MRI of the lumbar spine without contrast';
    const denied = 'There is no documentation of a significant change in symptoms.';
    const measured = await factsOf(denied, mri, 'On 5-10-16 she reported worsening left leg pain rated 8 out of 10 with numbness over the dorsum of the left foot.');
    expect([measured.significantChange!.state, measured.significantChange!.contradictedBy?.cue]).toEqual(['absent', 'worsening']);
    // the number must be the finding's: not past the clause, not a date's
    expect(await contradictingCue(denied, mri, 'On 5-10-16 she reported worsening left leg pain, and she rated it 8 out of 10.', 'significantChange')).toBeUndefined();
    expect(await contradictingCue(denied, mri, 'She reported worsening left leg pain since 5-10-16.', 'significantChange')).toBeUndefined();
    expect(await contradictingCue(denied, mri, 'She reported worsening left leg pain since 5/10/16.', 'significantChange')).toBeUndefined();
    expect(await contradictingCue(denied, mri, 'She reported worsening left leg pain, strength 3/5.', 'significantChange')).toBeUndefined();
  });

  test("a grade set against the one an earlier examination gave is a deficit getting worse: 'strength of 4-/5 (recorded as 5/5 at the 05/2013 examination)'", async () => {
    const mri = 'REPEAT MRI OF THE CERVICAL SPINE';
    const denied = 'The clinical documentation submitted for review does not identify any significant change in the patient\'s symptoms or any new neurologic findings on examination since the prior study.';
    const exam = 'Physical examination on that date revealed left deltoid and biceps strength of 4-/5 (recorded as 5/5 at the 05/2013 examination).';
    expect(await contradictingCue(denied, mri, exam, 'significantChange')).toBe('4-/5 (recorded as 5/5');
    expect(await contradictingCue(denied, mri, 'Left deltoid strength was 4/5, previously 5/5.', 'significantChange')).toBe('4/5, previously 5/5');
    // no weaker than before
    expect(await contradictingCue(denied, mri, 'Left deltoid strength was 5/5, previously 4/5.', 'significantChange')).toBeUndefined();
  });

  test("a screen named 'urine screen', or positive for a drug 'which was not prescribed', is inconsistent", async () => {
    const consult = 'Pain management consultation';
    expect(await stateOf('His pain has not improved after the dose increase, and his last urine screen was inconsistent.', consult, 'udsInconsistent')).toBe('present');
    expect(await summaryStateOf('A urine drug screen from 03/2013 was positive for oxycodone and also for hydrocodone, which was not prescribed.', consult, 'udsInconsistent')).toBe('present');
    expect(await summaryStateOf('A urine drug screen from 03/2013 was positive for oxycodone, which was prescribed.', consult, 'udsInconsistent')).not.toBe('present');
  });

  test("'the most recent urine drug screen … is dated 04/2012' is the last one, not a recent one; a visit that only requested a screen dates no screen", async () => {
    const uds = 'Urine drug screen';
    const summary = (visit: string) =>
      `The most recent urine drug screen in the record is dated 04/2012 and was consistent with the prescribed medications. ${visit} Utilization review on 07/30/2013 non-certified the urine drug screen.`;
    const facts = await datedFactsOf(uds, summary('The note of 07/16/2013 was unchanged, and the provider refilled Norco 10/325mg #120 and requested a urine drug screen.'), '09/10/2013', '07/30/2013');
    expect(facts.recentDrugTest!.state).toBe('unknown');
    const screened = await datedFactsOf(uds, summary('On 07/16/2013 a urine drug screen was collected and requested again for next month.'), '09/10/2013', '07/30/2013');
    expect(screened.recentDrugTest!.state).toBe('present');
  });

  test("a score measured in the finding's clause ('a Beck Depression Inventory score of 26') contradicts a rationale that finds no symptoms described", async () => {
    const cbt = 'Cognitive behavioral therapy x4 sessions';
    const denied = "The treating physician's notes do not describe depressive or anxiety symptoms.";
    const facts = await factsOf(denied, cbt, 'A psychological evaluation on 05/06/2014 documented a Beck Depression Inventory score of 26 and high fear-avoidance beliefs.');
    expect([facts.psychComorbidity!.state, facts.psychComorbidity!.contradictedBy?.cue]).toEqual(['absent', 'Beck Depression']);
    expect(await contradictingCue(denied, cbt, 'A psychological evaluation on 05/06/2014 documented a Beck Depression Inventory.', 'psychComorbidity')).toBeUndefined();
  });

  test("a surgical referral the provider would make on the imaging's results is surgery considered; the reviewer's own 'would' is a supposition", async () => {
    const mri = 'MRI of the lumbar spine without contrast';
    const plan = 'The provider documented progressive motor weakness, and stated that a surgical referral would be made depending on the imaging results.';
    expect(await summaryStateOf(plan, mri, 'surgeryConsidered')).toBe('present');
    expect(await stateOf('A surgical referral would be reasonable if the imaging showed nerve root compression.', mri, 'surgeryConsidered')).toBe('unknown');
  });

  test("'without a documented successful trial' is the records' silence, and a dated trial in the summary's history contradicts it", async () => {
    const tens = 'TENS unit, 2-lead, purchase with supplies';
    const history = 'A TENS unit was dispensed for a one-month home rental trial from 7-1-16 to 7-31-16 as an adjunct to her home exercise program.';
    const facts = await factsOf('Purchase without a documented successful trial is not supported.', tens, history);
    expect([facts.trialCompleted!.state, facts.trialCompleted!.evidence[0]!.reading, facts.trialCompleted!.contradictedBy?.cue]).toEqual(['absent', 'not-documented', 'rental trial']);
    // a trial the summary names without a date or a measure is no witness
    expect(await contradictingCue('Purchase without a documented successful trial is not supported.', tens, 'A TENS unit was dispensed for a home rental trial.', 'trialCompleted')).toBeUndefined();
  });

  test("for a device, a drug's clause is the drug's: 'no documentation … of any specific benefit from tizanidine' says nothing of the unit's relief", async () => {
    const tens = 'TENS unit, 2-lead, purchase with supplies';
    const relief = 'Per the 8-9-16 progress note, her pain decreased from 7/10 to 4/10 with the unit.';
    expect(await summaryStateOf(`${relief} There is no documentation of any specific benefit from tizanidine.`, tens, 'painRelief')).toBe('present');
    expect(await summaryStateOf(`${relief} There is no documentation of pain relief with the unit since.`, tens, 'painRelief')).toBe('absent');
  });

  test("what the summary tells of another drug's results is no witness against the rationale's word on the requested one", async () => {
    const trazodone = 'Trazodone 50mg #30';
    const story = (drug: string) => `${drug} was started on 02/09/2016. She had resumed cooking for her family. Her PHQ-9 score decreased from 18 in 02/2016 to 9 in 06/2016.`;
    const denied = 'Without documented efficacy the request is not medically necessary.';
    expect(await contradictingCue(denied, trazodone, story('Cymbalta 60mg daily'), 'functionalImprovement')).toBeUndefined();
    expect(await contradictingCue(denied, trazodone, story('Trazodone 50mg at bedtime'), 'functionalImprovement')).toBe('PHQ-9 score decreased');
  });

  test("an NSAID taken for years is an indication for the laboratory monitoring MTUS asks on long-term NSAIDs", async () => {
    const labs = 'Laboratory studies: CBC and comprehensive metabolic panel';
    expect(await summaryStateOf('He has taken meloxicam 15mg daily since 2012.', labs, 'labIndication')).toBe('present');
    expect(await stateOf('The patient has taken meloxicam for about three years.', labs, 'labIndication')).toBe('present');
    expect(await summaryStateOf('He has taken meloxicam 15mg daily since last week.', labs, 'labIndication')).toBe('unknown');
    expect(await summaryStateOf('He has taken Norco 10/325mg daily since 2012.', labs, 'labIndication')).toBe('unknown');
  });

  test("'…, which is not a localized peripheral neuropathic pain generator' denies what it names after it", async () => {
    const lidoderm = 'Lidoderm 5% patch #30';
    const ache = 'The patches are requested for central, axial low back ache, which is not a localized peripheral neuropathic pain generator.';
    expect(await stateOf(ache, lidoderm, 'localizedNeuropathicPain')).toBe('absent');
    expect(await stateOf(ache.replace('which is not a', 'which is a'), lidoderm, 'localizedNeuropathicPain')).toBe('present');
  });

  test("the summary's word that the provider documented it ('The treating physician documented a progressive neurological deficit') contradicts 'no documentation of red flags'", async () => {
    const mri = 'Repeat MRI of the lumbar spine without contrast';
    const denied = 'There is no documentation of red flags such as bowel or bladder dysfunction.';
    const documented = await factsOf(denied, mri, "The treating physician documented a 'progressive neurological deficit' and requested a repeat MRI.");
    expect([documented.redFlags!.state, documented.redFlags!.contradictedBy?.cue]).toEqual(['absent', 'progressive neurological deficit']);
    // for a finding whose naming is no documentation, the provider's word is the witness a measure would be; said in passing, it is none
    const noDeficit = 'There is no documentation of a neurological deficit.';
    expect(await contradictingCue(noDeficit, mri, 'The treating physician documented decreased sensation in the left L5 dermatome and requested a repeat MRI.', 'neuroDeficit')).toBe('decreased sensation');
    expect(await contradictingCue(noDeficit, mri, 'He has decreased sensation in the left L5 dermatome and requested a repeat MRI.', 'neuroDeficit')).toBeUndefined();
  });

  test('a prior epidural and the relief it gave', async () => {
    const esi = 'Repeat lumbar epidural steroid injection at L4-5';
    const prior = await factsOf('The patient had a previous ESI with no documented improvement.', esi);
    expect([prior.priorEpiduralInjection!.state, prior.injectionRelief!.state]).toEqual(['present', 'absent']);
    const relief = await factsOf('The prior ESI gave 70% pain relief for 8 weeks with reduced Norco use.', esi);
    expect([relief.priorEpiduralInjection!.state, relief.injectionRelief!.state]).toEqual(['present', 'present']);
    // "provided" is a verb here, not a condition ("provided that").
    expect((await factsOf('The prior injection provided 70% relief for three months.', esi)).injectionRelief!.state).toBe('present');
    // Relief shorter than the guideline's six to eight weeks.
    expect((await factsOf('The previous ESI provided only 2 weeks of relief.', esi)).injectionRelief!.state).toBe('absent');
    expect((await factsOf('The patient reported only 2 days of relief after the last epidural.', esi)).injectionRelief!.state).toBe('absent');
    expect((await factsOf('The patient had temporary relief from the prior epidural injection.', esi)).injectionRelief!.state).toBe('absent');
    // a three-word injection's name after the relief
    const trigger = 'Trigger point injections x4 lumbar';
    expect((await factsOf('The patient had more than 50% relief for six weeks after the last trigger point injections.', trigger)).injectionRelief!.state).toBe('present');
    expect((await factsOf('The patient had temporary relief after the last trigger point injections.', trigger)).injectionRelief!.state).toBe('absent');
    // The MTUS criterion quoted in the rationale (CM17-0018485) is neither.
    const quoted = await factsOf('Repeat injection is based on continued objective documented pain and functional improvement, including at least 50% pain relief with associated reduction of medication use for six to eight weeks.', esi);
    expect([quoted.injectionRelief!.state]).toEqual(['unknown']);
  });

  test('walking, acupuncture and function as reviewers word them', async () => {
    const wheelchair = 'Wheelchair purchase';
    expect((await factsOf('The patient is able to ambulate without an assistive device.', wheelchair)).mobilityLimitation!.state).toBe('absent');
    expect((await factsOf('The patient has a normal gait.', wheelchair)).mobilityLimitation!.state).toBe('absent');
    expect((await factsOf('The patient has an antalgic gait and uses a cane.', wheelchair)).mobilityLimitation!.state).toBe('present');
    expect((await factsOf('The patient has difficulty walking more than one block.', wheelchair)).mobilityLimitation!.state).toBe('present');
    // the prescriber's comfort is no negation of the drug
    expect((await factsOf('The treating physician is not comfortable managing the opioids.', 'Pain management consultation')).opioidTherapy!.state).toBe('present');
    const mri = 'MRI of the right shoulder';
    expect((await factsOf('The surgeon plans a right shoulder arthroscopy.', mri)).surgeryConsidered!.state).toBe('present');
    expect((await factsOf('The provider is proposing a total knee arthroplasty.', mri)).surgeryConsidered!.state).toBe('present');
    expect((await factsOf('The patient had a knee arthroscopy in 2012.', mri)).surgeryConsidered!.state).toBe('unknown');
    expect((await factsOf('There is no indication that the patient is undergoing surgery.', mri)).surgeryConsidered!.state).toBe('absent');
    expect((await factsOf('The patient will undergo a right knee arthroscopy next month.', mri)).surgeryConsidered!.state).toBe('present');
    const acupuncture = 'Acupuncture 2x3 lumbar spine';
    // MTUS's definition of acupuncture, quoted in most acupuncture rationales: the guideline's, all of it.
    expect((await factsOf('Acupuncture is used as an option when pain medication is reduced or not tolerated.', 'Tramadol 50mg #60')).conservativeCareTried!.state).toBe('unknown');
    // "30% improvement in function" is function, not pain relief.
    const sessions = await factsOf('The patient has completed 6 acupuncture sessions with 30% improvement in function.', acupuncture);
    expect([sessions.functionalImprovement!.state, sessions.painRelief!.state, sessions.priorSessions!.value]).toEqual(['present', 'unknown', 6]);
    const norco = 'Norco 10/325mg #60';
    expect((await factsOf('The patient was able to increase his walking tolerance from 10 to 30 minutes.', norco)).functionalImprovement!.state).toBe('present');
    expect((await factsOf('The patient reported increased activity tolerance.', norco)).functionalImprovement!.state).toBe('present');
    expect((await factsOf('The medication allows the patient to continue working full time.', norco)).returnToWork!.state).toBe('present');
  });

  test('a request the reviewer calls retrospective; criteria judged met are the case, not the guideline', async () => {
    // seed 002: "The criteria for retrospective Norco 10/325mg #360 for 2 months' supply were met."
    const seed = await itemFacts('seeds/002_178c19ffd59f9e46.txt');
    expect(seed.retrospective!.value).toBe(true);
    // and its supply, stated beside the quantity (the request line gives none): 360 tablets over 60 days of 10 mg hydrocodone
    expect([seed.requestedDaysSupply!.value, seed.mmePerDay!.value]).toEqual([60, 60]);
    expect(seed.mmePerDay!.evidence.map((e) => e.cue)).toContain("#360 for 2 months' supply");
    expect((await factsOf('The criteria for retrospective Norco 10/325mg #360 were met.', 'Norco 10/325mg #360')).retrospective!.value).toBe(true);
    expect((await factsOf('Retrospective requests are reviewed against the criteria in effect on the date of service.', 'Norco 10/325mg #360')).retrospective!.value).toBe(false);
  });

  test('the summary may call the request additional or initial, where the word goes with its name', async () => {
    // CM16-0235869 item 1: "The requested additional physical therapy was previously denied …" (a summary sentence)
    const additional = await itemFacts('dwc-2016/txt/CM16-0235869.txt');
    expect([additional.additionalRequest!.value, additional.additionalRequest!.evidence[0]?.source]).toEqual([true, 'summary']);
    // CM17-0010885 item 2: "The treating physician requested initial acupuncture, …; and additional physical therapy, …": the physical therapy is not initial
    expect((await itemFacts('dwc-2016/txt/CM17-0010885.txt', 2)).initialRequest!.value).toBe(false);
    // CM16-0241231: "No, the request for 3 additional sessions of physical therapy for the knee was not medically necessary …"
    const counted = await itemFacts('dwc-2016/txt/CM16-0241231.txt');
    expect([counted.additionalRequest!.value, counted.additionalRequest!.evidence[0]?.source]).toEqual([true, 'rationale']);
    // "would necessitate 12 more visits" is a hypothesis, not the request
    expect((await factsOf('Nothing would necessitate 12 more supervised therapy visits.', 'Physical therapy 2x6')).additionalRequest!.value).toBe(false);
  });

  test('imaging taken whatever it showed; failing to progress in therapy', async () => {
    const mri = 'MRI of the right knee';
    const xrays = await factsOf('X-rays of the knee were unremarkable.', mri);
    expect([xrays.priorImaging!.state, xrays.imagingEvidence!.state]).toEqual(['present', 'absent']);
    expect((await factsOf('The patient has failed to progress in a strengthening program intended to avoid surgery.', mri)).failedConservativeCare!.state).toBe('present');
  });

  test('a trial had, in the numbers MTUS gives its own (a single count is the case\'s, a range the guideline\'s)', async () => {
    expect((await factsOf('The patient completed a trial of 6 visits over 2 weeks.', 'Chiropractic 2x3')).trialCompleted!.state).toBe('present');
  });

  test('a surgical lesion on imaging or none; a failed injection', async () => {
    const fusion = 'Lumbar fusion L4-S1';
    expect((await factsOf('There was no evidence of a surgical lesion on the MRI.', fusion)).imagingEvidence!.state).toBe('absent');
    expect((await factsOf('The MRI demonstrated a surgical lesion at L5-S1.', fusion)).imagingEvidence!.state).toBe('present');
    // plural studies: "radiographs demonstrate", "images show"
    expect((await factsOf('Flexion-extension radiographs demonstrate instability at L4-5.', fusion)).imagingEvidence!.state).toBe('present');
    expect((await factsOf('Flexion-extension radiographs demonstrate no instability.', fusion)).imagingEvidence!.state).toBe('absent');
    expect((await factsOf('X-rays show degenerative changes without fracture.', fusion)).imagingEvidence!.state).toBe('absent');
    expect((await factsOf('The patient failed a corticosteroid injection and splinting.', 'Right carpal tunnel release')).failedConservativeCare!.state).toBe('present');
  });

  test('equipment asked for a span is rented', async () => {
    expect((await factsOf('The request is within the guidelines.', 'Associated surgical service: Cold therapy for one week')).rentalRequest!.value).toBe(true);
    expect((await factsOf('The request is within the guidelines.', 'Cold therapy unit purchase for post-operative use of 7 days')).rentalRequest!.value).toBe(false);
    expect((await factsOf('The request is within the guidelines.', 'TENS unit')).rentalRequest!.value).toBe(false);
  });

  test('sleep described in hours and wakings', async () => {
    const ambien = 'Ambien 10mg #30';
    expect((await factsOf('The patient sleeps 4 hours per night.', ambien)).sleepEvaluation!.state).toBe('present');
    const wakes = await factsOf('She wakes up 3 times a night due to pain.', ambien);
    expect([wakes.sleepEvaluation!.state, wakes.insomnia!.state]).toEqual(['present', 'present']);
  });

  test('another drug\'s relief is not the requested drug\'s; pain scores with "pain" between the score and "without"', async () => {
    const norco = 'Norco 10/325mg #90';
    expect((await factsOf('Gabapentin gives her 50% relief.', norco)).painRelief!.state).toBe('unknown');
    expect((await factsOf('Norco and gabapentin give her 50% relief.', norco)).painRelief!.state).toBe('present');
    expect((await factsOf('Gabapentin has allowed her to walk longer distances.', norco)).functionalImprovement!.state).toBe('unknown');
    expect((await factsOf('Norco has allowed her to walk longer distances.', norco)).functionalImprovement!.state).toBe('present');
    // the opioid a requested product holds, named alone, is the requested drug ("oxycodone" for Percocet or OxyContin, "tramadol" for tramadol ER)
    const withOpioid = 'He rated pain at 8/10 without medication and 4/10 with oxycodone.';
    expect((await factsOf(withOpioid, 'Percocet 10/325mg #90')).painRelief!.state).toBe('present');
    expect((await factsOf(withOpioid, 'OxyContin 20mg #60')).painRelief!.state).toBe('present');
    expect((await factsOf(withOpioid, norco)).painRelief!.state).toBe('unknown');
    expect((await factsOf('Pain decreases from 8/10 to 4/10 with tramadol.', 'Tramadol ER 150mg #30')).painRelief!.state).toBe('present');
    const scores = await factsOf('She reports 8/10 pain without medications and 4/10 with medications.', norco);
    expect([scores.painScoreWithout!.value, scores.painScoreWith!.value, scores.painRelief!.state]).toEqual([8, 4, 'present']);
    expect((await factsOf('Without medications her pain is 9/10.', norco)).painScoreWithout!.value).toBe(9);
    // the scores without and with his own medication negate nothing after them: the relief is timed, not denied
    const timed = 'He rated the pain eight out of ten without his medication and three to four out of ten with it, with onset of relief in about forty minutes lasting four to five hours.';
    const assessed = (await factsOf('The report quantifies analgesia with onset and duration of relief.', norco, timed)).painAssessment!;
    expect([assessed.state, assessed.contradictedBy]).toEqual(['present', undefined]);
  });

  test('an opioid upheld for want of function and monitoring the summary records: what another drug was started for, compliance monitoring, VAS in mm, no work missed', async () => {
    const tramadol = 'Tramadol ER 150mg #30';
    // a flare another drug was started for is no flare the opioid answers; the drug's own flare still is
    const flare = 'Naproxen 550 mg twice daily was started on 10-03-2016 for the flare of the left knee.';
    expect(await summaryStateOf(flare, tramadol, 'acuteExacerbation')).toBe('unknown');
    expect(await summaryStateOf(flare, 'Naproxen sodium 550mg #60', 'acuteExacerbation')).toBe('present');
    // the screens are the monitoring the records lack, not what it looks for
    const rationale = 'The medical records do not provide documentation of objective functional improvement with the medication, and there is no evidence of monitoring for compliance, such as urine drug screening or a CURES report.';
    expect(await stateOf(rationale, tramadol, 'udsPerformed')).toBe('absent');
    expect(await stateOf(rationale, tramadol, 'curesChecked')).toBe('absent');
    // scores on a 100 mm visual analog scale
    expect(await summaryStateOf('Her pain on the visual analog scale was recorded as 60 mm without medication and 20 mm with the tramadol ER.', tramadol, 'painRelief')).toBe('present');
    // no work missed is work kept up, a measure of function
    const summary = 'She reported that with the medication she is able to cook dinner, do the laundry and walk through the grocery store, and that she has not missed any work in the past year.';
    expect(await contradictingCue(rationale, tramadol, summary, 'functionalImprovement')).toBe('with the medication she is able to');
  });

  test("a share of an injection's relief, in words, hedged, quoted or right before the relief: 'the shot \"took the edge off, maybe a third better\"' after the injection", async () => {
    const esi = 'Repeat cervical epidural steroid injection at C6-7 under fluoroscopy';
    const rationale = 'He has undergone prior cervical epidural injections and reported benefit from the most recent injection.';
    const summary = 'The most recent injection, a C6-7 interlaminar epidural steroid injection, was performed on 05/18/2016. At the post-procedure visit on 06/01/2016 he stated that the shot "took the edge off, maybe a third better."';
    expect(await contradictingCue(rationale, esi, summary, 'injectionRelief')).toBe('a third better');
    expect(await summaryStateOf('He reported about one-quarter relief after the last epidural injection.', esi, 'injectionRelief')).toBe('absent');
    // a share the summary quotes is still a share
    expect(await summaryStateOf('An L4-5 interlaminar epidural steroid injection was performed under fluoroscopy on 6-22-16. At the follow up visit on 7-20-16 the injured worker reported "about 30 percent" relief of the left leg pain which lasted approximately two weeks.', 'Repeat lumbar epidural steroid injection at L4-L5', 'injectionRelief')).toBe('absent');
    // and a share of half or more, right before the relief, documents it against a rationale that finds none
    const none = 'However, the records do not document at least 50% pain relief with an associated reduction of medication use for six to eight weeks following the prior injection.';
    expect(await contradictingCue(none, esi, 'At the follow up visit on 06/29/2016, the patient reported 65% improvement in his arm pain following the injection.', 'injectionRelief')).toBe('improvement in his arm pain following the injection');
    // half or more is no short share
    expect(await summaryStateOf('He reported he was about half better after the last epidural injection.', esi, 'injectionRelief')).not.toBe('absent');
  });

  test("a knee MRI upheld for want of failed care and findings the summary records: '12 sessions had been completed; progress had plateaued', tests found stable", async () => {
    const mri = 'MRI of the right knee without contrast';
    const rationale = 'In this case, the records reviewed do not document that the injured worker has failed a period of conservative care, and there are no mechanical symptoms or specific examination findings that would suggest internal derangement of the knee.';
    const plateau = 'The physical therapy discharge summary dated 11-15-2016 noted that 12 sessions had been completed; progress had plateaued, knee flexion remained 0 to 110 degrees, unchanged since the sixth visit.';
    expect(await contradictingCue(rationale, mri, plateau, 'failedConservativeCare')).toBe('12 sessions had been completed; progress had plateaued');
    // the patient who plateaued, told further on in the sentence that counts the visits
    const shoulder = 'She attended eight physical therapy visits between 04/12/2016 and 06/09/2016, which included therapeutic exercise, manual therapy, and a TENS unit applied in the clinic at each visit; the therapist\'s discharge note states that she "plateaued" and that her strength "did not progress."';
    expect(await contradictingCue(rationale, 'MRI of the right shoulder without contrast', shoulder, 'failedConservativeCare')).toMatch(/^eight physical therapy visits .* she "plateaued$/);
    // stability tests found stable are no positive finding
    expect(await summaryStateOf('Lachman, anterior drawer and varus-valgus stress testing were stable.', mri, 'physicalExamFindings')).toBe('absent');
  });

  test('therapy the reviewer decides by the postsurgical guidelines is postoperative care; a request that would substantially exceed the guideline exceeds it', async () => {
    const aquatic = 'Additional aquatic therapy 2 times a week for 6 weeks for the lumbar spine';
    const letter = (basis: string) =>
      ['CLINICAL CASE SUMMARY', 'She underwent L4-S1 posterior lumbar interbody fusion on 07-26-2016.', '', 'IMR ISSUES, DECISIONS AND RATIONALES', `${aquatic}: Overturned`, '', `MAXIMUS guideline: ${basis}`, '', 'Decision rationale: The request is medically necessary.'].join('\n');
    expect((await factsOfLetter(letter('Decision based on MTUS Postsurgical Treatment 2009, Section(s): Low Back, and Chronic Pain Medical Treatment 2016, Section(s): Aquatic therapy.'))).associatedSurgicalService!.value).toBe(true);
    expect((await factsOfLetter(letter('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Aquatic therapy.'))).associatedSurgicalService!.value).toBe(false);
    const ot = 'Occupational therapy x 6 sessions';
    expect(await stateOf('Six further sessions would substantially exceed the guideline recommendation, and no exceptional factors were documented.', ot, 'exceedsGuidelineQuantity')).toBe('present');
  });

  test("the cauda equina's signs in the examiner's and the patient's words: 'decreased sensation to pinprick in the perianal region', 'unable to hold his urine'", async () => {
    const mri = 'MRI of the lumbar spine without contrast';
    const rationale = 'There is no documentation of bowel or bladder dysfunction, saddle anesthesia, or a progressive neurological deficit, and no other red flags are described.';
    const exam = 'Examination on that date revealed decreased sensation to pinprick in the perianal region and an absent left Achilles reflex.';
    expect(await contradictingCue(rationale, mri, exam, 'redFlags')).toBe('decreased sensation to pinprick in the perianal');
    expect(await summaryStateOf('He reported two episodes during the preceding week in which he was unable to hold his urine.', mri, 'redFlags')).toBe('present');
    expect(await summaryStateOf('He reported new numbness "in the seat area," which he noticed when wiping.', mri, 'redFlags')).toBe('present');
  });

  test("what he can do about the house, in a sentence that measures his walking, documents his activities of daily living", async () => {
    const norco = 'Norco 10/325mg #120';
    const rationale = 'There is no documentation of objective functional improvement, such as improved activities of daily living or return to work, attributable to the medication.';
    const summary = 'The treating physician documented that with Norco he is able to walk 45 minutes daily, compared with about 10 minutes without it, and can do light yard work and help with the grocery shopping.';
    expect(await contradictingCue(rationale, norco, summary, 'adlDocumented')).toBe('can do light yard work');
    expect(await summaryStateOf('He can do light yard work.', norco, 'adlDocumented')).toBe('present');
    // what he does, said as what he does, after what he cannot do "without them"
    const does = 'The treating physician documented that with his current medications he is able to walk for 30 minutes compared with 10 minutes without them, performs light yard work and his own grocery shopping.';
    expect(await contradictingCue(rationale, norco, does, 'adlDocumented')).toBe('performs light yard work');
    expect(await summaryStateOf('She does her own laundry.', norco, 'adlDocumented')).toBe('present');
    // further on in the list of what he is able to do
    expect(await summaryStateOf('The patient stated that with Percocet he is able to walk his dog for 30 minutes, do light yard work and go grocery shopping.', 'Percocet 10/325mg #120', 'adlDocumented')).toBe('present');
  });

  test("pain unchanged from the last visit is relief that holds, not none: 'the injured worker's pain and function were unchanged from the prior visit'", async () => {
    const oxycodone = 'Oxycodone HCl 10mg #120';
    const summary = "Per the progress report dated 10-24-2016, pain was rated 8-9 out of 10 without medications and 4 out of 10 with medications. Per the progress report dated 11-28-2016, the injured worker's pain and function were unchanged from the prior visit.";
    expect(await summaryStateOf(summary, oxycodone, 'painRelief')).toBe('present');
    expect(await summaryStateOf('Her pain was unchanged despite the medication.', oxycodone, 'painRelief')).toBe('absent');
  });

  test("one study that shows the lesion is the imaging evidence, whatever another did not show", async () => {
    const scope = 'Right knee arthroscopy with partial medial meniscectomy';
    const rationale = 'The patient has documented mechanical symptoms including catching and locking, medial joint line tenderness, effusion, a positive McMurray test, and an MRI showing a complex tear of the posterior horn of the medial meniscus. Radiographs did not show significant arthritic change.';
    const summary = 'An MRI of the right knee dated 05/02/2016 showed a complex tear of the posterior horn of the medial meniscus. Radiographs of the right knee from 04/12/2016 showed preserved joint spaces without fracture.';
    const facts = await factsOf(rationale, scope, summary);
    expect(facts.imagingEvidence!.state).toBe('present');
    // and the radiographs without a fracture do not contradict the MRI's tear
    expect(facts.imagingEvidence!.contradictedBy).toBeUndefined();
  });

  test("labs for an NSAID taken since a date, and 'hypertension, which was not well controlled' is hypertension", async () => {
    const labs = 'Laboratory studies: CBC and comprehensive metabolic panel';
    const text = 'The injured worker has been taking naproxen sodium 550 mg twice daily on a continuous basis since 07/2015, a period of more than a year, and he has hypertension, which was not well controlled at the most recent visit.';
    const facts = await factsOf(text, labs);
    expect(facts.labIndication!.state).toBe('present');
    expect(facts.labIndication!.evidence.every((e) => e.reading !== 'negated')).toBe(true);
  });

  test("'He has not started postoperative physical therapy': no prior course of what a postoperative request asks for", async () => {
    const postop = 'Postoperative physical therapy 2 times a week for 3 weeks for the left knee';
    const rationale = 'Without evidence of functional benefit from previous physical therapy, additional sessions are not supported.';
    expect((await factsOf(rationale, postop, 'He has not started postoperative physical therapy.')).priorTreatmentSameKind!.state).toBe('absent');
  });

  test("what a study is to clarify is not found yet: 'Electrodiagnostic testing is reasonable to clarify the presence of radiculopathy'", async () => {
    const emg = 'EMG/NCV of the bilateral lower extremities';
    expect(await stateOf('Electrodiagnostic testing is reasonable to clarify the presence of radiculopathy and to guide further treatment.', emg, 'radiculopathy')).toBe('unknown');
  });

  test("an adverse finding the rationale finds absent that the summary names: 'urine drug screening has been consistent' against a screen positive for methamphetamine", async () => {
    const norco = 'Norco 10/325mg #120';
    const rationale = 'The records document pain reduction and improved function with the current medication regimen, urine drug screening has been consistent with the prescribed medications, and there is no evidence of aberrant behavior.';
    const summary = 'A urine drug screen collected on 10/18/2016 was positive for hydrocodone and also positive for methamphetamine, which is not prescribed.';
    const facts = await factsOf(rationale, norco, summary);
    expect([facts.udsInconsistent!.state, facts.udsInconsistent!.recordReading]).toEqual(['absent', 'present']);
    expect(facts.udsInconsistent!.contradictedBy?.cue).toMatch(/methamphetamine, which is not prescribed$/);
    // a consistent screen in the summary contradicts nothing
    expect(await contradictingCue(rationale, norco, 'A urine drug screen collected on 10/18/2016 was consistent with hydrocodone.', 'udsInconsistent')).toBeUndefined();
  });

  test("what the provider noted, in the clause the cue ends: 'The physician noted that meloxicam and cyclobenzaprine had been tried without improvement of the leg pain'", async () => {
    const esi = 'Left L5-S1 transforaminal epidural steroid injection under fluoroscopy';
    const rationale = 'In addition, the documentation does not establish that the injured worker has failed a course of conservative treatment such as physical therapy, NSAIDs and muscle relaxants.';
    expect(await contradictingCue(rationale, esi, 'The physician noted that meloxicam and cyclobenzaprine had been tried without improvement of the leg pain.', 'failedConservativeCare')).toBe('tried without improvement');
    // the same words with no one's note of them are no measure
    expect(await contradictingCue(rationale, esi, 'Meloxicam and cyclobenzaprine had been tried without improvement of the leg pain.', 'failedConservativeCare')).toBeUndefined();
    // and a provider's note of what the patient does, unmeasured, is still no measure of it
    const norco = 'Norco 10/325mg #90';
    expect(await contradictingCue('There is no documentation of activities of daily living.', norco, 'The physician noted that the patient is able to do light household chores.', 'adlDocumented')).toBeUndefined();
  });

  test("how long care was tried, after the cue: 'despite using bilateral wrist splints at night and Naproxen for 8 weeks'", async () => {
    const emg = 'EMG/NCV of the bilateral upper extremities';
    const rationale = 'The records do not document any objective neurological findings in the upper extremities on examination, and there is no documentation that the patient has failed a course of conservative treatment such as splinting.';
    const summary = 'The patient also reported numbness and tingling in the thumb, index and middle fingers of both hands since August 2016, waking him at night, despite using bilateral wrist splints at night and Naproxen for 8 weeks.';
    expect(await contradictingCue(rationale, emg, summary, 'failedConservativeCare')).toBe('despite using bilateral wrist splints');
    // care named with no span of it is no measure
    expect(await contradictingCue(rationale, emg, 'He reported numbness at night despite using bilateral wrist splints.', 'failedConservativeCare')).toBeUndefined();
    // a symptom scored after the failure the cue states is one
    const scored = 'On 10/10/2016, the patient reported that the hand symptoms were unchanged despite splinting, Naproxen and completion of occupational therapy, with numbness rated 6/10.';
    expect(await contradictingCue(rationale, emg, scored, 'failedConservativeCare')).toBe('despite splinting, Naproxen and completion of occupational therapy');
  });

  test("the share of the pain gone after the injection: 'six weeks after the injection, the patient stated that \"about two-thirds\" of her arm pain had gone away'", async () => {
    const esi = 'Repeat left C5-6 interlaminar cervical epidural steroid injection';
    const rationale = 'However, the records do not document the degree or duration of pain relief obtained from that injection.';
    const gone = 'At the follow-up visit on 01/19/2016, six weeks after the injection, the patient stated that "about two-thirds" of her arm pain had gone away.';
    expect(await contradictingCue(rationale, esi, gone, 'injectionRelief')).toBe('two-thirds" of her arm pain had gone away');
    expect(await summaryStateOf('Two weeks after the injection 80% of his leg pain had resolved.', esi, 'injectionRelief')).toBe('present');
    // a share below half is no lasting relief's
    expect(await summaryStateOf('Two weeks after the injection 30% of his leg pain had resolved.', esi, 'injectionRelief')).not.toBe('present');
  });

  test("care that gave only temporary relief failed, a measure in words: 'she reported that therapy and medications had provided only temporary relief'", async () => {
    const esi = 'Right C5-C6 cervical epidural steroid injection under fluoroscopic guidance';
    const rationale = 'Furthermore, it is unclear whether the injured worker has failed a course of conservative treatment.';
    const temporary = 'She reported that therapy and medications had provided only temporary relief, and that her radicular symptoms had not improved since the summer.';
    expect(await contradictingCue(rationale, esi, temporary, 'failedConservativeCare')).toBe('therapy and medications had provided only temporary relief');
    // relief told without what it came to is no measure
    expect(await contradictingCue(rationale, esi, 'She reported that therapy and medications had provided temporary relief.', 'failedConservativeCare')).toBeUndefined();
  });

  test("care failed, told as a list: 'The injured worker has failed surgery, physical therapy, injections, acupuncture, chiropractic care …'", async () => {
    const frp = 'Functional restoration program, 10 days (80 hours)';
    const rationale = 'The injured worker has failed surgery, physical therapy, injections, acupuncture, chiropractic care, psychological counseling and medications.';
    expect(await stateOf(rationale, frp, 'failedConservativeCare')).toBe('present');
    // not a failed back surgery, which names a syndrome
    expect(await stateOf('The diagnoses include failed back surgery syndrome.', frp, 'failedConservativeCare')).toBe('unknown');
  });

  test("what a class of drugs is for is no patient's condition: 'has tried and failed first-line agents for neuropathic pain such as an antidepressant'", async () => {
    const lidoderm = 'Lidoderm 5% patch #30';
    const rationale = 'In this case, there is no documentation that the injured worker has tried and failed first-line agents for neuropathic pain such as an antidepressant or an anticonvulsant.';
    expect(await stateOf(rationale, lidoderm, 'neuropathicPain')).toBe('unknown');
    expect(await stateOf(rationale, lidoderm, 'firstLineTried')).toBe('absent');
    expect(await stateOf('There is no documentation of neuropathic pain.', lidoderm, 'neuropathicPain')).toBe('absent');
  });

  test("another drug's clause in a sentence that names the requested drug: 'acetaminophen was tried and was not effective, and the naproxen was started'", async () => {
    const naproxen = 'Naproxen sodium 550mg #60';
    const rationale = 'In this case, acetaminophen was tried and was not effective, and the naproxen was started in October of 2016 with documented reduction in swelling.';
    expect(await stateOf(rationale, naproxen, 'painRelief')).toBe('unknown');
    // the requested drug's own clause still counts, as does a clause naming both drugs
    expect(await stateOf('In this case, acetaminophen was tried, and the naproxen was not effective.', naproxen, 'painRelief')).toBe('absent');
    expect(await stateOf('In this case, acetaminophen and naproxen were not effective.', naproxen, 'painRelief')).toBe('absent');
  });

  test("the drug's dose between it and its relief, two words before the pain: 'gabapentin 600 mg three times daily reduced the radiating arm pain'", async () => {
    const gabapentin = 'Gabapentin 600mg #90';
    const summary = 'She reported that gabapentin 600 mg three times daily reduced the radiating arm pain from approximately 8/10 to 5/10.';
    expect(await summaryStateOf(summary, gabapentin, 'painRelief')).toBe('present');
    // what another drug's dose did is not gabapentin's relief
    expect(await summaryStateOf('She reported that physical therapy 3 times a week reduced the radiating arm pain.', gabapentin, 'painRelief')).toBe('unknown');
    expect(await contradictingCue('There is no quantified documentation of pain relief with gabapentin.', gabapentin, summary, 'painRelief')).toBe('reduced the radiating arm pain');
  });

  test("what the drug lets her do set against what she cannot do without it: '…; without it she \"can't get out of bed in the morning\"'", async () => {
    const norco = 'Norco 10/325mg #180';
    const rationale = 'The records submitted for review do not document pain scores with and without the medication or any objective functional improvement attributable to Norco.';
    const withIt = 'She reported that with the medication she is able to shower and dress herself without help, prepare simple meals, drive short distances, and perform her home exercises';
    expect(await contradictingCue(rationale, norco, `${withIt}; without it she "can't get out of bed in the morning."`, 'functionalImprovement')).toBe('with the medication she is able to');
    // what she does with it, unmeasured and set against nothing, is no such measure
    expect(await contradictingCue(rationale, norco, `${withIt}.`, 'functionalImprovement')).toBeUndefined();
    // and so are her activities of daily living, against 'without documentation of the four A's' (not where nothing is set against them)
    const noFourAs = "Without documentation of the four A's, continued use at the requested quantity is not supported.";
    expect(await contradictingCue(noFourAs, norco, `${withIt}; without it she "can't get out of bed in the morning."`, 'adlDocumented')).toBe('able to shower');
    expect(await contradictingCue(noFourAs, norco, `${withIt}.`, 'adlDocumented')).toBeUndefined();
  });

  test("'with Norco he could walk about 1 mile, do his own laundry' is what the drug lets him do, as 'he can' is", async () => {
    const norco = 'Norco 10/325mg #90';
    const rationale = 'The clinical records do not contain any specific functional improvement obtained with the medication.';
    expect(await contradictingCue(rationale, norco, "He reported that with Norco he could walk about 1 mile, do his own laundry and attend his son's baseball games.", 'functionalImprovement')).toBe('with Norco he could');
  });

  test('relief that is no relief; function the medication keeps', async () => {
    const norco = 'Norco 10/325mg #90';
    expect((await factsOf('The patient states the medication is not helping.', norco)).painRelief!.state).toBe('absent');
    expect((await factsOf('Norco provides minimal relief.', norco)).painRelief!.state).toBe('absent');
    expect((await factsOf('The patient stated that his medications are not helping.', norco)).painRelief!.state).toBe('absent');
    // less relief than before is not none
    expect((await factsOf('The patient stated that his medications "are not helping as much as they used to."', norco)).painRelief!.state).toBe('unknown');
    expect((await factsOf('The patient stated that Norco is not helping as well as it did.', norco)).painRelief!.state).toBe('unknown');
    expect((await factsOf('The medication was helpful.', norco)).painRelief!.state).toBe('present');
    expect((await factsOf('He reports that his pain medications keep him functional.', norco)).functionalImprovement!.state).toBe('present');
    expect((await factsOf('She is able to walk longer distances with the medication.', norco)).functionalImprovement!.state).toBe('present');
    // what the patient can do with the medication, and function said to have improved
    const fi = async (text: string) => (await factsOf(text, norco)).functionalImprovement!.state;
    expect(await fi('The patient reports being able to perform household chores and walk for 30 minutes with the medication.')).toBe('present');
    expect(await fi('She is able to do her chores with Norco.')).toBe('present');
    expect(await fi('She is not able to do her chores even with the medication.')).toBe('absent');
    expect(await fi("The patient's function has improved, as she is now able to work full duty.")).toBe('present');
    expect(await fi('Her functional status has improved.')).toBe('present');
    expect(await fi('Her function has not improved.')).toBe('absent');
    // what she can do is a finding, not a possibility; "can be" stays one
    expect(await fi('With Norco, she can walk for 30 minutes.')).toBe('present');
    expect((await factsOf('The patient can perform her activities of daily living independently with medication.', norco)).adlDocumented!.state).toBe('present');
    expect((await factsOf('The patient can walk on heels and toes without difficulty, and strength is 5/5 throughout.')).neuroDeficit!.state).toBe('absent');
    expect((await factsOf('An MRI can be considered if red flags are present.')).redFlags!.state).toBe('unknown');
    // what she cannot do without it is what it lets her do; what she cannot do even with it, it does not
    expect(await fi('Without Norco, she is unable to get out of bed.')).toBe('present');
    expect(await fi('The patient reports that without the medication she would be bedbound.')).toBe('present');
    expect(await fi('She is unable to work even with the medication.')).toBe('absent');
    expect(await fi('Without physical therapy, she is unable to lift her arm.')).toBe('unknown');
    // not what a cane or another drug lets her do
    expect(await fi('The patient is able to walk with a cane.')).toBe('unknown');
    expect(await fi('The patient is able to sleep with gabapentin.')).toBe('unknown');
  });

  test('sessions already had, as reviewers count them', async () => {
    const pt = 'Physical therapy 2x4 lumbar spine';
    const prior = async (text: string) => (await factsOf(text, pt)).priorSessions!.value;
    expect(await prior('The patient has attended physical therapy 2 times per week for 6 weeks.')).toBe(12);
    expect(await prior('The patient completed a course of 12 physical therapy sessions.')).toBe(12);
    expect(await prior('The patient completed an initial trial of 6 physical therapy sessions.')).toBe(6);
    expect(await prior('The request is for a trial of 6 physical therapy sessions.')).toBeNull();
    expect(await prior('Physical therapy x 12 sessions was completed in 2015.')).toBe(12);
    expect(await prior('She has had 24 PT visits to date.')).toBe(24);
    expect(await prior('The requested 12 sessions, in addition to the 18 sessions already completed, would exceed the guideline recommendations.')).toBe(18);
    expect(await prior('Treatment to date has included 12 sessions of physical therapy.')).toBe(12);
    expect(await prior('The patient has completed 4 of the 6 authorized sessions.')).toBe(4);
    expect(await prior('The patient completed 8/12 authorized sessions.')).toBe(8);
    // sessions authorized are had only where the letter says they were completed
    expect(await prior('The patient was authorized 12 sessions of physical therapy in 2015, which she completed.')).toBe(12);
    expect(await prior('12 sessions of physical therapy were authorized and completed in 2015.')).toBe(12);
    expect(await prior('The patient was authorized 12 sessions of physical therapy in 2015, which were not attended.')).toBeNull();
    expect(await prior('The patient was authorized 12 sessions of physical therapy.')).toBeNull();
    // the guideline's limit is no count of sessions had; a total had is
    expect(await prior('A therapeutic trial of 6 visits over 2 weeks is recommended, with up to a total of 18 visits over 6-8 weeks if there is evidence of objective functional improvement.')).toBeNull();
    expect(await prior('He has had a total of 18 visits to date.')).toBe(18);
    expect(await prior('Treatment has consisted of 18 physical therapy visits, medications and injections.')).toBe(18);
    expect(await prior('The current request includes 12 sessions of physical therapy.')).toBeNull();
    expect(await prior('It is unclear how many sessions of physical therapy the patient has completed.')).toBeNull();
    // another service's sessions are not these
    expect(await prior('She has completed twelve sessions of acupuncture to date.')).toBeNull();
    expect(await prior('Prior treatment has included 24 sessions of chiropractic care and 12 sessions of acupuncture.')).toBeNull();
    // the second count of a list the verb heads is had too: the physical therapy 12, not the chiropractic 24
    expect(await prior('The patient has had 24 chiropractic visits and 12 physical therapy visits.')).toBe(12);
    expect(await prior('She completed 6 sessions of acupuncture and 10 sessions of physical therapy.')).toBe(10);
    expect(await prior('She has had 6 sessions and 12 sessions were requested.')).toBe(6);
    expect(await prior('She is status post 12 sessions of physical therapy.')).toBe(12);
    expect(await prior('She has had 8 sessions of occupational therapy.')).toBe(8);
    expect((await factsOf('She has completed 6 sessions of acupuncture and 24 chiropractic visits.', 'Acupuncture x6')).priorSessions!.value).toBe(6);
    // a request not given in sessions has no prior sessions (CM17-0020384, an EMG: "she had attended five treatment sessions")
    expect((await itemFacts('dwc-2016/txt/CM17-0020384.txt')).priorSessions!.value).toBeNull();
    // nor has the patient had the requested kind of treatment (otherServices: ignored)
    expect((await factsOf('She has completed twelve sessions of acupuncture to date.', pt)).priorTreatmentSameKind!.state).toBe('unknown');
    expect((await factsOf('Prior treatment has included 24 sessions of chiropractic care.', pt)).priorTreatmentSameKind!.state).toBe('unknown');
    expect((await factsOf('The patient has had 6 prior acupuncture sessions.', 'Acupuncture x6')).priorTreatmentSameKind!.state).toBe('present');
    expect((await factsOf('The patient has had prior physical therapy.', pt)).priorTreatmentSameKind!.state).toBe('present');
    // CM16-0235869 item 4, manual therapy: "The patient was noted to have had prior physical therapy" is no prior manual therapy (the gold's reading)
    expect((await itemFacts('dwc-2016/txt/CM16-0235869.txt', 4)).priorTreatmentSameKind!.state).toBe('unknown');
  });

  test('imaging findings as reviewers word them', async () => {
    const emg = 'EMG/NCV of the bilateral upper extremities';
    expect((await factsOf('Spurling test was negative.', emg)).radiculopathy!.state).toBe('absent');
    expect((await factsOf("The patient had a positive Spurling's test on the right.", emg)).radiculopathy!.state).toBe('present');
    const arthroscopy = 'Right knee arthroscopy with partial medial meniscectomy';
    expect((await factsOf('The MRI showed no evidence of a meniscal tear.', arthroscopy)).imagingEvidence!.state).toBe('absent');
    expect((await factsOf('The MRI revealed a complex tear of the medial meniscus.', arthroscopy)).imagingEvidence!.state).toBe('present');
    const release = 'Right carpal tunnel release';
    expect((await factsOf('Electrodiagnostic testing was normal.', release)).imagingEvidence!.state).toBe('absent');
    // A steroid injection is conservative care tried, not the systemic steroid of a GI risk; "has had" alone is no prior treatment.
    const failed = await factsOf('The patient has failed splinting and a corticosteroid injection.', release);
    expect([failed.failedConservativeCare!.state, failed.giRisk!.state]).toEqual(['present', 'unknown']);
    expect((await factsOf("The patient has had a positive Phalen's sign at the wrist.", release)).priorTreatmentSameKind!.state).toBe('unknown');
    const repeat = 'Repeat MRI of the lumbar spine';
    expect((await factsOf('Plain radiographs have not been obtained.', repeat)).priorImaging!.state).toBe('absent');
    expect((await factsOf('Plain films have not been obtained prior to the MRI request.', 'MRI of the right shoulder')).priorImaging!.state).toBe('absent');
    expect((await factsOf('There were no objective findings on examination.', 'MRI of the right shoulder')).physicalExamFindings!.state).toBe('absent');
    expect((await factsOf('An MRI of the lumbar spine has not yet been performed.', repeat)).priorImaging!.state).toBe('absent');
    expect((await factsOf('X-rays of the right knee show moderate degenerative changes.', repeat)).priorImaging!.state).toBe('present');
    expect((await factsOf('An MRI is indicated.', 'MRI of the lumbar spine')).priorImaging!.state).toBe('unknown');
    // CM16-0232543: "… a lack of physical examination findings to suggest a change in the patient's condition to warrant the requested x-ray."
    expect((await itemFacts('dwc-2016/txt/CM16-0232543.txt', 3)).significantChange!.state).toBe('absent');
    expect((await factsOf('There is no documentation of progressive neurologic deficits, which would warrant repeat imaging.', repeat)).redFlags!.state).toBe('absent');
    const mri = 'MRI of the lumbar spine';
    const facts = async (text: string) => factsOf(text, mri);
    expect((await facts('Straight leg raise is negative bilaterally.')).radiculopathy!.state).toBe('absent');
    expect((await facts('Reflexes are 2+ and symmetric.')).neuroDeficit!.state).toBe('absent');
    expect((await facts('The patient had a fall with a suspected fracture.')).redFlags!.state).toBe('present');
    // A temporal clause is not what the negation denies: the last MRI was done.
    const since = await facts("There is no indication that the patient's symptoms have changed significantly since the last MRI.");
    expect([since.significantChange!.state, since.priorImaging!.state]).toEqual(['absent', 'present']);
  });

  test('a TENS unit with exercise; "long-term" goals are not long-term use', async () => {
    const tens = await factsOf('The TENS unit will be used in conjunction with a home exercise program.', 'TENS unit purchase');
    expect(tens.programAdjunct!.state).toBe('present');
    expect((await factsOf('The patient is doing a home exercise program in conjunction with the TENS unit.', 'TENS unit purchase')).programAdjunct!.state).toBe('present');
    // the patient doing the exercise the modality is to go with
    const massage = 'Massage therapy x 6 sessions';
    expect(await stateOf('She is actively performing a home stretching and strengthening program with which the massage is to be combined.', massage, 'programAdjunct')).toBe('present');
    expect(await stateOf('She continues her home exercise program, with which the massage will be combined.', massage, 'programAdjunct')).toBe('present');
    expect(await stateOf('She was previously performing a home exercise program.', massage, 'programAdjunct')).toBe('unknown');
    // CM17-0010021: "Additionally, there no proposed program of functional restoration in addition to TENS/E-stim."
    expect((await itemFacts('dwc-2016/txt/CM17-0010021.txt')).programAdjunct!.state).toBe('absent');
    const xanax = 'Xanax 1mg #60';
    expect((await factsOf('There are no short- and long-term treatment goals documented.', xanax)).longTermUse!.state).toBe('unknown');
    expect((await factsOf('Long-term efficacy is unproven.', xanax)).longTermUse!.state).toBe('unknown');
    expect((await factsOf('The patient has been on Xanax long term.', xanax)).longTermUse!.state).toBe('present');
  });

  test('the gabapentin of a requested cream is no trial of first-line gabapentin; "the medical documents" speak of the case', async () => {
    const cream = 'Compound cream: gabapentin 10%, lidocaine 5% 120g';
    expect((await factsOf('The compounded cream contains gabapentin, which is not recommended for topical use.', cream)).firstLineTried!.state).toBe('unknown');
    expect((await factsOf('The patient has tried and failed gabapentin and amitriptyline.', 'Lidoderm 5% patch #30')).firstLineTried!.state).toBe('present');
    // CM17-0007300: after a quoted MTUS criterion, "The medical documents do not indicate failure of antidepressants or anticonvulsants."
    expect((await itemFacts('dwc-2016/txt/CM17-0007300.txt')).firstLineTried!.state).toBe('absent');
    expect((await factsOf('The patient is intolerant to oral medications.', 'Voltaren gel 1% 100g')).oralIntolerance!.state).toBe('present');
  });

  test('an age over 65 is a GI risk, however the letter gives it', async () => {
    // a drug stopped is no drug taken
    expect((await factsOf('The NSAID was discontinued due to GI upset.', 'Omeprazole 20mg #60')).nsaidUse!.state).toBe('absent');
    expect((await factsOf('The patient stopped taking ibuprofen.', 'Omeprazole 20mg #60')).nsaidUse!.state).toBe('absent');
    const ppi = 'Omeprazole 20mg #60';
    expect((await factsOf('The patient is over 65 years of age.', ppi)).giRisk!.state).toBe('present');
    expect((await factsOf('The patient is a pleasant 72-year-old female.', ppi)).giRisk!.state).toBe('present');
    expect((await factsOf('The patient is a 45 year old male.', ppi)).giRisk!.state).toBe('unknown');
  });

  test('pain scores on ten in words are scores: "eight out of ten without medications and four out of ten with medications"', async () => {
    const oxycodone = 'Oxycodone 10mg #120';
    const words = await factsOf('He rated his pain eight out of ten without medications and four out of ten with medications.', oxycodone);
    expect([words.painScoreWithout!.value, words.painScoreWith!.value, words.painReductionPercent!.value]).toEqual([8, 4, 50]);
    expect((await factsOf('Pain decreased from nine out of ten to three to four out of ten with medications.', oxycodone)).painReductionPercent!.value).toBe(67);
    // a count of ten is no score
    expect((await factsOf('He attended one out of ten scheduled visits.', oxycodone)).painScoreWithout!.value).toBeNull();
  });

  test('pain relief stated as a share counts where no pair of scores gives one; a guideline\'s share and a share not documented do not', async () => {
    const lyrica = 'Lyrica 75mg #60';
    const percent = async (text: string) => (await factsOf(text, lyrica)).painReductionPercent!.value;
    expect(await percent('The patient reports 50% pain relief with Lyrica.')).toBe(50);
    expect(await percent('Lyrica reduces her pain by 40 percent.')).toBe(40);
    expect(await percent('He reports a 30 percent reduction in pain with the medication.')).toBe(30);
    expect(await percent('There is no documentation of at least 30% pain relief with Lyrica.')).toBeNull();
    expect(await percent('A good response is a 50% reduction in pain.')).toBeNull();
    expect(await percent('A "good" response to the use of AEDs has been defined as a 50% reduction in pain and a "moderate" response as a 30% reduction.')).toBeNull();
    // two scores still give it
    expect(await percent('Pain is 8/10 without medications and 4/10 with medications.')).toBe(50);
  });

  test('the ways a reviewer says a finding is not documented: undocumented, neither documented nor quantified, not measured, yet to be shown, insufficient evidence of it', async () => {
    const norco = 'Norco 10/325mg #120';
    const fi = async (text: string) => (await factsOf(text, norco)).functionalImprovement!.state;
    expect(await fi('Functional improvement was neither documented nor quantified.')).toBe('absent');
    expect(await fi('Functional improvement was not objectively measured.')).toBe('absent');
    expect(await fi('Objective functional improvement remains undocumented.')).toBe('absent');
    expect(await fi('Functional improvement has yet to be demonstrated.')).toBe('absent');
    expect(await fi('There is insufficient evidence of functional improvement.')).toBe('absent');
    // the records, the clinical documentation: as "the documentation"; silent, incomplete, unsubstantiated, not corroborated
    const mri = 'MRI of the lumbar spine';
    const radiculopathy = async (text: string) => (await factsOf(text, mri)).radiculopathy!.state;
    for (const sentence of [
      'There is insufficient records of neurologic dysfunction such as radiculopathy.',
      'There is insufficient clinical documentation of radiculopathy.',
      'The records are silent on radiculopathy.',
      'There is incomplete documentation of radiculopathy.',
      'Insufficient information is provided regarding radiculopathy.',
      'Radiculopathy has not been substantiated.',
      'Radiculopathy was not corroborated.',
      'There is nothing in the records to suggest radiculopathy.',
    ])
      expect([sentence, await radiculopathy(sentence)]).toEqual([sentence, 'absent']);
    expect(await radiculopathy('The medical records show radiculopathy.')).toBe('present');
    // the literature's "insufficient evidence to support" is still the guideline speaking
    expect(await fi('There is insufficient evidence to support functional improvement with topical NSAIDs for the spine.')).toBe('unknown');
  });

  test('"appears to be no" negates; "while" ends a modifier\'s reach; diminished range of motion is a deficit; w/ and w/o', async () => {
    const brace = 'Hinged knee brace';
    expect((await factsOf('There appears to be no evidence of instability.', brace)).physicalExamFindings!.state).toBe('absent');
    expect((await factsOf('There appears to be no documentation of functional improvement.', 'Norco 10/325mg #120')).functionalImprovement!.state).toBe('absent');
    expect((await factsOf('There appears to be limitation with work and while exam was relatively benign except for diffuse tenderness.', brace)).physicalExamFindings!.state).toBe('absent');
    expect((await factsOf('There is diminished range of motion of the lumbar spine.', 'Physical therapy x 6')).functionalDeficits!.state).toBe('present');
    // the work restricted for it; a UR's reason that none are documented does not outweigh the rationale's word
    const pt = 'Physical therapy 2 times a week for 3 weeks for the right shoulder';
    const ur = 'The prior review non-certified the physical therapy due to a lack of documented functional deficits.';
    expect((await factsOf('The patient continues to have pain with overhead activity and remains on modified duty.', pt, ur)).functionalDeficits!.state).toBe('present');
    expect((await factsOf('He is not on modified duty.', pt)).functionalDeficits!.state).not.toBe('present');
    const norco = 'Norco 10/325mg #120';
    const scores = await factsOf('Pain is 8/10 w/o medications and 4/10 w/ medications.', norco);
    expect([scores.painScoreWithout!.value, scores.painScoreWith!.value]).toEqual([8, 4]);
  });

  test('conservative care that did not work, as reviewers say it; nerve pain; radiculitis on imaging; "recorded" as "documented"', async () => {
    const esi = 'Lumbar epidural steroid injection';
    const failed = async (text: string) => (await factsOf(text, esi)).failedConservativeCare!.state;
    expect(await failed('The patient did not respond to conservative care.')).toBe('present');
    expect(await failed('The patient has not improved with physical therapy and medications.')).toBe('present');
    expect(await failed('Conservative treatment has been ineffective.')).toBe('present');
    expect(await failed('There is no documentation that the patient did not respond to conservative care.')).toBe('absent');
    // therapy not tried is not failed therapy (it read unknown before conservative care not had at all was read absent)
    expect(await failed('The patient has not yet tried physical therapy.')).toBe('absent');
    expect(await failed('Physical therapy and medications failed.')).toBe('present');
    expect(await failed('Physical therapy, NSAIDs and home exercises have failed.')).toBe('present');
    expect(await failed('Conservative care was unsuccessful.')).toBe('present');
    expect(await failed('There is no documentation that conservative treatment failed.')).toBe('absent');
    expect(await failed('Medications failed to be authorized.')).toBe('unknown');
    expect(await failed('Symptoms persist despite splinting for 8 weeks.')).toBe('present');
    const emg = 'EMG/NCV of the right upper extremity';
    expect((await factsOf("She has numbness in the right hand with positive Tinel's and Phalen's signs.", emg)).carpalTunnel!.state).toBe('present');
    // the reviewer's finding that the diagnosis is obvious, not the guideline's condition
    expect((await factsOf('The radiculopathy is already clinically obvious and documented on MRI.', emg)).diagnosisClinicallyObvious!.state).toBe('present');
    expect((await factsOf("EMG's are not necessary if radiculopathy is already clinically obvious.", emg)).diagnosisClinicallyObvious!.state).toBe('unknown');
    expect((await factsOf('In this case, the injured worker has unequivocal clinical findings of a right L5 and S1 radiculopathy which are corroborated by the lumbar MRI.', emg)).diagnosisClinicallyObvious!.state).toBe('present');
    expect((await factsOf('The patient complains of nerve pain in the left leg.', 'Gabapentin 300mg #90')).neuropathicPain!.state).toBe('present');
    expect((await factsOf('The MRI showed findings consistent with L5 radiculitis.', esi)).imagingEvidence!.state).toBe('present');
    // a study whose report is missing shows nothing the reviewer could weigh
    expect((await factsOf('The MRI report was not provided for review.', 'Right knee arthroscopy')).imagingEvidence!.state).toBe('absent');
    expect((await factsOf('There is no recorded functional improvement.', 'Norco 10/325mg #120')).functionalImprovement!.state).toBe('absent');
  });

  test("an opioid's relief and function as reviewers word them; the patient's own statements are the case, not a guideline", async () => {
    const norco = 'Norco 10/325mg #120';
    const relief = async (text: string) => (await factsOf(text, norco)).painRelief!.state;
    expect(await relief('She states that Norco helps with her pain.')).toBe('present');
    expect(await relief('Medications reportedly bring the pain down to a tolerable level.')).toBe('present');
    expect(await relief('Her pain is well controlled with the current medications.')).toBe('present');
    expect(await relief('The patient reports no benefit from Norco.')).toBe('absent');
    expect(await relief('Pain scores remain 8/10 despite Norco.')).toBe('absent');
    // pain despite another treatment, or benefit from one, says nothing of the drug
    expect(await relief('She continues to have pain despite the injection.')).toBe('unknown');
    expect(await relief('The patient reports benefit from acupuncture.')).toBe('unknown');
    const fi = async (text: string) => (await factsOf(text, norco)).functionalImprovement!.state;
    expect(await fi('Norco improves her ability to walk and sit.')).toBe('present');
    expect(await fi('Function has not improved with opioid use.')).toBe('absent');
    const mri = 'MRI of the lumbar spine';
    expect((await factsOf('The patient states that she has radiating pain down the left leg.', mri)).radiculopathy!.state).toBe('present');
    expect((await factsOf('The claimant stated that he has radiculopathy.', mri)).radiculopathy!.state).toBe('present');
    expect((await factsOf('The MTUS states that radiculopathy must be documented.', mri)).radiculopathy!.state).toBe('unknown');
  });

  test('a reflex, a nerve conduction study, short sleep, the causes of a sleep disturbance, pain that is diffuse', async () => {
    const mri = 'MRI of the lumbar spine';
    // "reflexes?" read "reflexe" or "reflexes", never "reflex"
    expect((await factsOf('The Achilles reflex was diminished on the left.', mri)).neuroDeficit!.state).toBe('present');
    expect((await factsOf('Achilles reflex was absent on the left.', mri)).neuroDeficit!.state).toBe('present');
    expect((await factsOf('A nerve conduction study showed carpal tunnel syndrome.', 'Carpal tunnel release')).imagingEvidence!.state).toBe('present');
    const ambien = 'Ambien 10mg #30';
    expect((await factsOf('He sleeps only 3-4 hours per night.', ambien)).insomnia!.state).toBe('present');
    const unevaluated = await factsOf('There is no evaluation of the causes of the sleep disturbance.', ambien);
    expect([unevaluated.sleepEvaluation!.state, unevaluated.insomnia!.state]).toEqual(['absent', 'present']);
    expect((await factsOf("The patient's pain is diffuse and not localized.", 'Lidoderm 5% patch #30')).localizedNeuropathicPain!.state).toBe('absent');
  });

  test('a drug given up is not in use; a drug the patient cannot take is an oral intolerance', async () => {
    const omeprazole = 'Omeprazole 20mg #30';
    expect((await factsOf('He stopped ibuprofen due to GI upset.', omeprazole)).nsaidUse!.state).toBe('absent');
    expect((await factsOf('He stopped working in 2015 and takes naproxen daily.', omeprazole)).nsaidUse!.state).toBe('present');
    // a treatment stopped was tried
    expect((await factsOf('The patient stopped physical therapy after 6 sessions due to lack of improvement.', 'MRI of the lumbar spine')).conservativeCareTried!.state).toBe('present');
    expect((await factsOf('The patient cannot take oral NSAIDs due to gastritis.', 'Voltaren gel 1% 100g')).oralIntolerance!.state).toBe('present');
  });

  test('what prior therapy did for function, as reviewers word it', async () => {
    const pt = 'Physical therapy 2x6 for the lumbar spine';
    const fi = async (text: string, request = pt) => (await factsOf(text, request)).functionalImprovement!.state;
    expect(await fi('There is no indication that the previous sessions helped.')).toBe('absent');
    expect(await fi('There is no documentation of the outcome of prior therapy.')).toBe('absent');
    expect(await fi('The patient did not respond to physical therapy.')).toBe('absent');
    expect(await fi('The prior therapy increased her lifting capacity from 10 to 25 pounds.')).toBe('present');
    expect(await fi('The patient responded well to physical therapy.')).toBe('present');
    expect(await fi('Acupuncture reduced her medication use and improved her sleep.', 'Acupuncture x 6')).toBe('present');
    expect(await fi('After chiropractic care she was able to return to full duty.', 'Chiropractic x 6')).toBe('present');
  });

  test('a benzodiazepine used long, as reviewers say it', async () => {
    const xanax = 'Xanax 0.5mg #60';
    const long = async (text: string) => (await factsOf(text, xanax)).longTermUse!.state;
    expect(await long('Xanax was first prescribed in 2015.')).toBe('present');
    expect(await long('She has a long history of benzodiazepine use.')).toBe('present');
    expect(await long('Records show Xanax prescriptions dating back to 2015.')).toBe('present');
    expect(await long('Xanax has been used well beyond the recommended 4 weeks.')).toBe('present');
    expect(await long('She has a long history of back pain and takes Xanax.')).toBe('unknown');
  });

  test("the review's reasons, then what the records show", async () => {
    const norco = 'Norco 10/325mg #120';
    const fi = await factsOf('Although the UR physician stated there was no functional improvement, the records show that the patient returned to work with Norco.', norco);
    expect(fi.functionalImprovement!.state).toBe('present');
    const uds = await factsOf('The utilization review denied the request citing no urine drug screen, but a UDS dated 09/15/2016 was consistent.', norco);
    expect(uds.udsPerformed!.state).toBe('present');
  });

  test('homebound or not, working or not, a return to work attempted', async () => {
    const home = 'Home health care 4 hours a day';
    expect((await factsOf('She drives herself to her appointments.', home)).homebound!.state).toBe('absent');
    expect((await factsOf('She is unable to leave her home without considerable effort.', home)).homebound!.state).toBe('present');
    const frp = 'Functional restoration program x 160 hours';
    expect((await factsOf('He has not worked since the injury.', frp)).returnToWork!.state).toBe('absent');
    const fce = 'Functional capacity evaluation';
    expect((await factsOf('He attempted to return to work twice but was unable to perform his duties.', fce)).returnToWorkAttempts!.state).toBe('present');
  });

  test('"Considering …" gives a reason; "is considering" a plan; "potentially" a possibility', async () => {
    const acupuncture = 'Acupuncture x 2';
    const reason = 'Considering that there was a lack of documentation of functional improvement, the request is not established.';
    expect((await factsOf(reason, acupuncture)).functionalImprovement!.state).toBe('absent');
    const mri = 'MRI of the left shoulder';
    expect((await factsOf('The surgeon is considering surgical intervention.', mri)).surgeryConsidered!.state).toBe('present');
    expect((await factsOf('This reduced the likelihood of the applicant potentially considering surgical intervention.', mri)).surgeryConsidered!.state).toBe('unknown');
  });

  test('what a treatment "is reserved for" is the guideline speaking', async () => {
    const mri = 'Repeat MRI of the lumbar spine';
    const text = 'Repeat MRI is reserved for a significant change in symptoms or findings. There has been no change in symptoms or findings.';
    expect((await factsOf(text, mri)).significantChange!.state).toBe('absent');
    expect((await factsOf('Repeat MRI is reserved for a significant change in symptoms or findings.', mri)).significantChange!.state).toBe('unknown');
  });

  test('"with no medications" is a pain score\'s condition, not a negation of the next score', async () => {
    const facts = await factsOf('Pain is 8/10 with no medications and 4/10 with medications.', 'Norco 10/325mg #60');
    expect([facts.painAssessment!.state, facts.painRelief!.state]).toEqual(['present', 'present']);
    expect([facts.painScoreWithout!.value, facts.painScoreWith!.value]).toEqual([8, 4]);
  });

  test('a prior injection at a level, its relief below half before the injection is named, a knee narrowed', async () => {
    const esi = 'Lumbar epidural steroid injection L4-5';
    expect((await factsOf('She underwent an L4-5 ESI on 05/12/2016.', esi)).priorEpiduralInjection!.state).toBe('present');
    expect((await factsOf('The patient reported 30% relief for two weeks after the last injection.', esi)).injectionRelief!.state).toBe('absent');
    expect((await factsOf('Following the prior ESI, she had 70% relief lasting three months.', esi)).injectionRelief!.state).toBe('present');
    expect((await factsOf('X-rays show severe medial compartment narrowing.', 'Right knee Synvisc injection')).osteoarthritis!.state).toBe('present');
    expect((await factsOf('She continues to have back pain following her lumbar fusion.', 'Lumbar brace')).postOperative!.state).toBe('present');
  });

  test('a cause the reviewer only supposes is uncertain, however it is worded', async () => {
    const emg = 'EMG/NCV of the right upper extremity';
    expect((await factsOf('The numbness could be because of a cervical radiculopathy.', emg)).radiculopathy!.state).toBe('unknown');
    expect((await factsOf('The findings may indicate a cervical radiculopathy.', emg)).radiculopathy!.state).toBe('unknown');
    expect((await factsOf('The patient has a cervical radiculopathy.', emg)).radiculopathy!.state).toBe('present');
  });

  test('an office visit named in the singular is one visit; in the plural without a count, none known', async () => {
    const visits = async (request: string) => (await factsOf('No further information.', request)).requestedVisits!.value;
    expect(await visits('Follow-up visit with pain management')).toBe(1);
    expect(await visits('Orthopedic consultation for the right knee')).toBe(1);
    expect(await visits('Follow-up visits x 6')).toBe(6);
    expect(await visits('Office visits')).toBeNull();
  });

  test('a hypnotic without directions is one a night; other drugs without directions have no days of supply', async () => {
    const supply = async (request: string) => (await factsOf('No further information.', request)).requestedDaysSupply!.value;
    expect(await supply('Ambien 10mg #30')).toBe(30);
    expect(await supply('Lunesta 3mg #60')).toBe(60);
    expect(await supply('Xanax 0.5mg #60')).toBeNull();
  });

  test('"to warrant an MRI" is the reviewer\'s purpose, not the guideline speaking', async () => {
    const mri = 'MRI of the left shoulder';
    // CM17-0017688
    expect((await itemFacts('dwc-2016/txt/CM17-0017688.txt')).redFlags!.state).toBe('absent');
    expect((await factsOf('There is no discussion of surgery or emergence of any red flag findings on exam to warrant an MRI of the left shoulder.', mri)).redFlags!.state).toBe('absent');
  });

  test('ACOEM\'s "are sufficient evidence to warrant imaging" is the guideline speaking without "the guidelines state"', async () => {
    const acoem = 'Unequivocal objective findings that identify specific nerve compromise on the neurologic examination are sufficient evidence to warrant imaging in patients who do not respond to treatment and who would consider surgery an option.';
    expect(await stateOf(acoem, 'MRI of the lumbar spine', 'neuroDeficit')).toBe('unknown');
    expect(await stateOf('There was a new onset of left sided foot drop, which is sufficient to warrant imaging.', 'MRI of the lumbar spine', 'neuroDeficit')).toBe('present');
  });

  test('what is set aside "rather than" or "instead of" what is done is not had', async () => {
    const cyclobenzaprine = 'Cyclobenzaprine 7.5mg #20';
    expect(await stateOf('The prescription is for a ten day course rather than open-ended use.', cyclobenzaprine, 'requestUnspecified')).toBe('absent');
    expect(await stateOf('The prescription is open-ended.', cyclobenzaprine, 'requestUnspecified')).toBe('present');
    const cream = 'Lidocaine 5% cream 30gm';
    expect(await stateOf('This patient has tendinopathy rather than neuropathic pain.', cream, 'neuropathicPain')).toBe('absent');
    expect(await stateOf('This patient has tendinopathy instead of neuropathic pain.', cream, 'neuropathicPain')).toBe('absent');
  });

  test('a date written without leading zeros is no strength grade and no pain score', async () => {
    const mri = 'MRI of the lumbar spine';
    expect((await factsOf('On 4/5/2016 the patient was seen.', mri)).neuroDeficit!.state).toBe('unknown');
    expect((await factsOf('Strength was 4/5 in the right EHL.', mri)).neuroDeficit!.state).toBe('present');
    const norco = 'Norco 10/325mg #120';
    expect((await factsOf('Without medications on 7/10/2016 the pain was worse.', norco)).painScoreWithout!.value).toBeNull();
    // "from … to … with medications" gives both scores
    const fromTo = await factsOf('From 9/10 to 5/10 with medications.', norco);
    expect([fromTo.painScoreWithout!.value, fromTo.painScoreWith!.value]).toEqual([9, 5]);
  });

  test('"not any" negates as "no" does; "cited guidelines" in the reviewer\'s own reasons quotes no guideline', async () => {
    expect((await factsOf('There is not any information in the physical examination indicating that the injured worker has significant functional deficits.', 'Physical therapy x 6')).functionalDeficits!.state).toBe('absent');
    expect((await factsOf('Given lack of physical exam findings, lack of red flags and cited guidelines the MRI is not supported.', 'MRI of the left hip')).redFlags!.state).toBe('absent');
  });

  test('aberrant behaviour named as the last of the 4 A\'s a reviewer lists is a domain documented, not a behaviour seen', async () => {
    const tramadol = 'Tramadol 50mg #60';
    expect((await factsOf("The 4 A's are documented: analgesia, activity, adverse effects and aberrant behavior.", tramadol)).aberrantBehavior!.state).toBe('unknown');
    // the list set out with semicolons
    const semicolons = 'The "four A\'s" are to be documented at each visit during the maintenance phase: analgesia, meaningful improvement in level of pain; activity, meaningful improvement in pain interference or function; adverse events; and aberrant behavior.';
    expect((await factsOf(semicolons, tramadol)).aberrantBehavior!.state).toBe('unknown');
    expect((await factsOf('The patient demonstrated aberrant drug related behaviors.', tramadol)).aberrantBehavior!.state).toBe('present');
    expect((await factsOf('There were no aberrant drug-taking behaviors.', tramadol)).aberrantBehavior!.state).toBe('absent');
  });

  test('the addiction specialist a guideline names is no addiction of the patient', async () => {
    const norco = 'Norco 10/325mg #120';
    expect((await factsOf('If the patient has had a history of opioid use disorder, the concurrence of an addiction specialist is supported to continue opioid treatment.', norco)).aberrantBehavior!.state).toBe('unknown');
    expect((await factsOf('There are signs of addiction.', norco)).aberrantBehavior!.state).toBe('present');
  });

  test('gait, knee stability and motivation as examinations state them', async () => {
    const walker = 'Front wheeled walker';
    expect((await factsOf('Gait is normal.', walker)).mobilityLimitation!.state).toBe('absent');
    expect((await factsOf('His gait was mildly antalgic.', walker)).mobilityLimitation!.state).toBe('present');
    expect((await factsOf('She ambulates with a cane.', walker)).mobilityLimitation!.state).toBe('present');
    const brace = 'Hinged knee brace';
    expect((await factsOf('There is ligamentous laxity of the knee.', brace)).physicalExamFindings!.state).toBe('present');
    expect((await factsOf('The knee is stable to varus and valgus stress.', brace)).physicalExamFindings!.state).toBe('absent');
    expect((await factsOf("The patient's motivation was not addressed.", 'Functional restoration program x 80 hours')).motivationToChange!.state).toBe('absent');
  });

  test("signs of carpal tunnel syndrome at the wrist; sleep measures not tried", async () => {
    const emg = 'EMG/NCV bilateral upper extremities';
    expect((await factsOf('There was a positive Tinel\'s sign at the right wrist.', emg)).carpalTunnel!.state).toBe('present');
    expect((await factsOf("Phalen's test is positive bilaterally.", emg)).carpalTunnel!.state).toBe('present');
    expect((await factsOf("Positive Tinel's sign at the elbow.", emg)).carpalTunnel!.state).toBe('unknown');
    expect((await factsOf('Non-pharmacologic sleep measures have not been attempted.', 'Ambien 10mg #30')).sleepEvaluation!.state).toBe('absent');
  });

  test("the 4 A's as reviewers spell them out: the pain measures, the daily activities named, a screen that was appropriate", async () => {
    const norco = 'Norco 10/325mg #120';
    expect((await factsOf('The provider did not document the least reported pain, average pain, or duration of relief.', norco)).painAssessment!.state).toBe('absent');
    expect((await factsOf('Current pain, least pain, average pain and duration of relief were documented.', norco)).painAssessment!.state).toBe('present');
    expect((await factsOf('With Norco she is able to cook, clean and do laundry.', norco)).adlDocumented!.state).toBe('present');
    expect((await factsOf('The UDS was appropriate.', norco)).udsInconsistent!.state).toBe('absent');
  });

  test("a list the reviewer finds missing is missing to its last item, however long: MTUS's pain assessment in full", async () => {
    const norco = 'Norco 10/325mg #120';
    const missing = await factsOf(
      'There is no documentation of the least reported pain over the period since the last assessment, average pain, intensity of pain after taking the opioid, how long it takes for pain relief, and how long pain relief lasts.',
      norco,
    );
    expect(missing.painAssessment!.state).toBe('absent');
    expect(missing.painAssessment!.evidence.map((e) => e.reading)).not.toContain('affirmed');
    // words after a comma with a verb or a subject of their own are a clause of the case, not an item of the list
    const clause = await factsOf(
      'There is no documentation of the least reported pain over the period since the last assessment, average pain, intensity of pain after taking the opioid, the treating provider documents in each of the progress reports how long pain relief lasts.',
      norco,
    );
    expect(clause.painAssessment!.evidence.find((e) => e.cue === 'how long pain relief lasts')?.reading).toBe('affirmed');
  });

  test("an examination's 'no' denies its first finding only, however the list goes on", async () => {
    // CM16-0240518: "Left shoulder: no deformity, tenderness of the left trapezius muscle, …, spasms of the left trapezius muscle …"
    expect((await itemFacts('dwc-2016/txt/CM16-0240518.txt')).muscleSpasm!.state).toBe('present');
    const exam = await factsOf(
      'Left shoulder: no deformity, tenderness of the left trapezius muscle, deltoid muscle and upper extremity muscles, spasms of the left trapezius muscle and upper extremity muscles.',
      'Soma 350mg #60',
    );
    expect(exam.muscleSpasm!.state).toBe('present');
  });

  test('a comma that opens a clause of the patient\'s own, or any clause with its own subject and verb, ends what the clause before it denies', async () => {
    const norco = 'Norco 10/325mg #120';
    const splice = await factsOf('There is no documentation of functional improvement, the patient reports pain of 7/10 with medications.', norco);
    expect([splice.functionalImprovement!.state, splice.painAssessment!.state]).toEqual(['absent', 'present']);
    // an item of the list is still denied
    const item = await factsOf('There is no documentation of functional improvement, pain scores, or side effects.', norco);
    expect(item.painAssessment!.state).toBe('absent');
    // a clause with a subject and a verb of its own after the comma is not the denial's
    const consult = 'Pain management consultation';
    expect(await stateOf('His pain has not improved for years, toxicology was inconsistent, and the physician is not comfortable managing the regimen.', consult, 'udsInconsistent')).toBe('present');
    expect(await stateOf('There is a lack of documentation of quantified pain relief or improved function, spasm continues, and no liver function monitoring is documented.', 'Tizanidine 4mg #90', 'muscleSpasm')).toBe('present');
    // what the denial lists after the comma stays denied: a participle or a conjunction opens no clause of its own
    expect(await stateOf('There was no discussion detailing the findings, suggesting this study was needed in preparation for surgery.', 'MRI of the lumbar spine', 'surgeryConsidered')).not.toBe('present');
  });

  test("relief after an injection below the guideline's 50 % or under six weeks is no relief, the share before or after the relief word; a trial not completed is none", async () => {
    const esi = 'Repeat lumbar ESI at L4-5';
    expect((await factsOf('The prior injection provided less than 50% relief.', esi)).injectionRelief!.state).toBe('absent');
    expect((await factsOf('The prior ESI provided 30% relief.', esi)).injectionRelief!.state).toBe('absent');
    expect((await factsOf('The prior ESI provided 70% relief for 3 months.', esi)).injectionRelief!.state).toBe('present');
    expect(await stateOf('He reported some improvement after the injection, estimated at about 30 percent, lasting approximately three weeks.', esi, 'injectionRelief')).toBe('absent');
    expect(await stateOf('The injection gave relief lasting about two weeks.', esi, 'injectionRelief')).toBe('absent');
    expect(await stateOf('He reported improvement after the injection, estimated at about 70 percent, lasting approximately three months.', esi, 'injectionRelief')).toBe('present');
    expect((await factsOf('A 30-day home trial has not been completed.', 'TENS unit purchase')).trialCompleted!.state).toBe('absent');
  });

  test('an examination without findings: not identified, unremarkable, grossly intact', async () => {
    const mri = 'MRI of the lumbar spine';
    expect((await factsOf('Red flags were not identified on examination.', mri)).redFlags!.state).toBe('absent');
    expect((await factsOf('Neurological examination is unremarkable.', mri)).neuroDeficit!.state).toBe('absent');
    expect((await factsOf('The neurologic exam was grossly intact.', mri)).neuroDeficit!.state).toBe('absent');
    expect((await factsOf('There is decreased sensation in the L5 dermatome.', mri)).neuroDeficit!.state).toBe('present');
  });

  test('what was not done: no assessment of it, not signed, not obtained, not tried', async () => {
    const norco = 'Norco 10/325mg #120';
    // "no side effects" is an assessment made; "no assessment of adverse effects" is none
    expect((await factsOf('There is no assessment of adverse effects.', norco)).sideEffectsAssessed!.state).toBe('absent');
    expect((await factsOf('The patient reports no side effects.', norco)).sideEffectsAssessed!.state).toBe('present');
    expect((await factsOf('An opioid treatment agreement has not been signed.', norco)).opioidAgreement!.state).toBe('absent');
    expect((await factsOf('A urine drug screen was not obtained.', norco)).udsPerformed!.state).toBe('absent');
    const lidoderm = 'Lidoderm 5% patch #30';
    expect((await factsOf('The patient has not tried gabapentin or amitriptyline.', lidoderm)).firstLineTried!.state).toBe('absent');
    expect((await factsOf('She has not taken any antidepressants.', lidoderm)).firstLineTried!.state).toBe('absent');
  });

  test('an examination that measures a deficit: motion limited, strength graded below 5', async () => {
    const pt = 'Physical therapy 2x6 lumbar spine';
    expect((await factsOf('Examination shows lumbar flexion limited to 40 degrees.', pt)).functionalDeficits!.state).toBe('present');
    expect((await factsOf('Strength is 4/5 in the right quadriceps.', pt)).functionalDeficits!.state).toBe('present');
    expect((await factsOf('On 4/5/2016 she was seen.', pt)).functionalDeficits!.state).toBe('unknown');
    // CM17-0015348: "The extension was limited to -5 degrees by pain."
    expect((await itemFacts('dwc-2016/txt/CM17-0015348.txt')).functionalDeficits!.state).toBe('present');
  });

  test('a drug no longer effective gives no relief', async () => {
    const norco = 'Norco 10/325mg #120';
    expect((await factsOf('Norco is no longer effective.', norco)).painRelief!.state).toBe('absent');
    expect((await factsOf('The medications have been ineffective.', norco)).painRelief!.state).toBe('absent');
    expect((await factsOf('Norco provides adequate analgesia.', norco)).painRelief!.state).toBe('present');
  });

  test('what the drug lets the patient do, with it or since starting it, is functional improvement', async () => {
    const norco = 'Norco 10/325mg #120';
    expect((await factsOf('With Norco she is able to walk her dog and do light housework.', norco)).functionalImprovement!.state).toBe('present');
    expect((await factsOf('With medications, he is able to work full duty.', norco)).functionalImprovement!.state).toBe('present');
    expect(await summaryStateOf('Since starting Butrans she is able to do her own grocery shopping and cook dinner for her family.', 'Butrans patch 10mcg/hr #4', 'functionalImprovement')).toBe('present');
    expect(await summaryStateOf('Since starting Norco, he can walk 20 minutes.', norco, 'functionalImprovement')).toBe('present');
    expect((await factsOf('She is not able to work.', norco)).functionalImprovement!.state).toBe('unknown');
  });

  test("the guideline's functional improvement includes less medication and a better work status", async () => {
    const acupuncture = 'Acupuncture x 6 for the lumbar spine';
    const fi = async (text: string) => (await factsOf(text, acupuncture)).functionalImprovement!.state;
    expect(await fi('The injured worker has completed 6 acupuncture sessions; however, there was no documentation of a reduction in medication use or improvement in work status.')).toBe('absent');
    expect(await fi('With acupuncture the patient reports decreased medication use.')).toBe('present');
    // a reduction still to come is none documented
    expect((await factsOf('Weaning is recommended, and a reduction in medication use is expected.', 'Norco 10/325mg #120')).functionalImprovement!.state).toBe('unknown');
  });

  test('an age as summaries write it: "50 yo", "41 y/o", "50 y.o.", in words; a duration in years is no age', async () => {
    const norco = 'Norco 10/325mg #60';
    const age = async (summary: string) => (await factsOf('No further information.', norco, summary)).age!.value;
    expect(await age('The IW is a 50 yo male who injured his back.')).toBe(50);
    expect(await age('Ms. Smith is a 41 y/o who fell from a ladder.')).toBe(41);
    expect(await age('A 50 y.o. female with low back pain.')).toBe(50);
    expect(await age('The applicant is a thirty-eight year-old female.')).toBe(38);
    expect(await age('He is a sixty-seven-year-old man.')).toBe(67);
    expect(await age('She has had pain for 10 years.')).toBeNull();
  });

  test('the surgery an associated service depends on, named or not, supported or not', async () => {
    const service = 'Associated surgical service: post-op physical therapy 12 sessions';
    const supported = async (text: string) => (await factsOf(text, service)).primaryProcedureSupported!.state;
    expect(await supported('The concurrent request for a right knee arthroscopy has been found medically necessary.')).toBe('present');
    expect(await supported('The surgical procedure was deemed medically appropriate.')).toBe('present');
    expect(await supported('The left shoulder arthroscopy is not supported.')).toBe('absent');
    // A pattern's longer span is no better reading than the absent one it runs over.
    expect(await supported('Since the primary procedure is not supported, none of the associated services are medically necessary.')).toBe('absent');
    // "the surgical request", "found to be"
    expect(await supported('Since the surgical request has been deemed medically necessary, the associated request is also supported.')).toBe('present');
    expect(await supported('The surgical request was not found to be medically necessary.')).toBe('absent');
  });

  test('homebound or not, as reviewers word it; a present cue that holds an absent one is the reading', async () => {
    const aide = 'Home health aide 4 hours per day 5 days per week';
    expect((await factsOf('The patient is able to leave the home to attend medical appointments.', aide)).homebound!.state).toBe('absent');
    expect((await factsOf('The patient is not able to leave the home.', aide)).homebound!.state).toBe('present');
    expect((await factsOf('The patient is unable to leave the home without assistance.', aide)).homebound!.state).toBe('present');
  });

  test('psychotherapy response and return-to-work attempts', async () => {
    const cbt = 'Cognitive behavioral therapy 6 sessions';
    expect((await factsOf("There is no documentation of the patient's response to the prior psychotherapy sessions.", cbt)).functionalImprovement!.state).toBe('absent');
    expect((await factsOf("The patient's Beck Depression Inventory score improved from 30 to 18.", cbt)).functionalImprovement!.state).toBe('present');
    const attempts = await factsOf('The patient has had prior unsuccessful attempts to return to work.', 'Functional capacity evaluation');
    expect([attempts.returnToWorkAttempts!.state, attempts.returnToWork!.state]).toEqual(['present', 'absent']);
  });

  test('", which is required by the guidelines" judges the case fact before it; "cases in which" stays the guideline\'s', async () => {
    const norco = 'Norco 10/325mg #60';
    expect((await factsOf('There is no documentation of functional improvement, which is required by the guidelines.', norco)).functionalImprovement!.state).toBe('absent');
    // Seed 003: "In this case, it appears the usage is long term, which is unsupported in the guidelines."
    expect((await itemFacts('seeds/003_046c59e6bcfdb6eb.txt')).longTermUse!.state).toBe('present');
    const soma = await factsOf('The patient has been taking Soma for 6 months, which exceeds the guideline recommendations for short-term use.', 'Soma 350mg #60');
    expect([soma.longTermUse!.state, soma.shortTermUse!.state]).toEqual(['present', 'unknown']);
    // The reviewer's ", which was not provided" after a guideline's requirement judges this case.
    const required = await factsOf('The guidelines require documentation of pain relief and functional improvement, which was not provided.', norco);
    expect([required.painRelief!.state, required.functionalImprovement!.state]).toEqual(['absent', 'absent']);
    expect((await factsOf('MTUS requires a one-month TENS trial, which was not documented.', 'TENS unit purchase')).trialCompleted!.state).toBe('absent');
    // CM17-0011703: "… imaging studies should be reserved for cases in which surgery is considered or red flag diagnoses are being evaluated."
    expect((await itemFacts('dwc-2016/txt/CM17-0011703.txt')).surgeryConsidered!.state).toBe('unknown');
    // A guideline's own clause goes on being the guideline's.
    const recommended = await factsOf('Opioids are recommended for short-term use, which has been shown to improve function and pain relief.', norco);
    expect([recommended.functionalImprovement!.state, recommended.painRelief!.state]).toEqual(['unknown', 'unknown']);
  });

  test('", which has not been done" after what the provider should document judges this case; without it the "should" stays hypothetical', async () => {
    const therapy = 'Physical therapy 12 sessions for the lumbar spine';
    const judged = await factsOf('The provider should document functional improvement from the prior sessions, which has not been done.', therapy);
    expect(judged.functionalImprovement!.state).toBe('absent');
    const ifClause = await factsOf('An MRI would be indicated if there were progressive neurologic deficits, which are not documented.');
    expect(ifClause.neuroDeficit!.state).toBe('absent');
    expect((await factsOf('The provider should document functional improvement from the prior sessions.', therapy)).functionalImprovement!.state).toBe('unknown');
  });

  test('the records\' lack in the past tense ("did not provide … required by the guidelines") is this case\'s; the literature\'s past negation and a conditional are not', async () => {
    const esi = 'Repeat lumbar epidural steroid injection at L4-5';
    const summary = 'The patient had a prior epidural steroid injection on 3/1/2015.';
    const lacked = await factsOf('The prior injection did not provide the 50% pain relief for six to eight weeks required by the guidelines.', esi, summary);
    expect(lacked.injectionRelief!.state).toBe('absent');
    const records = await factsOf('The records did not document the functional improvement required by the guidelines for continued use.', 'Norco 10/325mg #60');
    expect(records.functionalImprovement!.state).toBe('absent');
    const conditional = await factsOf('Guidelines state that if the first injection did not provide 50% relief, a repeat injection is not recommended.', esi, summary);
    expect(conditional.injectionRelief!.state).toBe('unknown');
    const trial = await factsOf('A randomized controlled trial did not show functional improvement with TENS.', 'TENS unit purchase');
    expect(trial.functionalImprovement!.state).toBe('unknown');
    // what the guideline did not support is the guideline's condition, not the records' silence
    const unsupported = await factsOf('The guidelines did not support continued opioid use without documented functional improvement.', 'Norco 10/325mg #60');
    expect(unsupported.functionalImprovement!.state).toBe('unknown');
  });

  test('a denial whose clause goes on to name this case is this case\'s, within a guideline\'s scope too', async () => {
    const red = async (text: string) => (await factsOf(text)).redFlags!.state;
    expect(await red('Per the guidelines, there are no red flags documented in this case.')).toBe('absent');
    expect(await red('Per ODG, MRI is not recommended in the absence of red flags, as in this case.')).toBe('absent');
    // the guideline alone, or the case named in another clause, leave it as it was
    expect(await red('According to ACOEM, imaging is not recommended without red flags for serious spinal pathology.')).toBe('unknown');
    expect(await red('Per the guidelines, MRI is not indicated without red flags; in this case the patient has progressive weakness.')).toBe('present');
  });

  test('", none of which are present" judges the list a guideline asks for, not its subject; "none of which helped" denies the help', async () => {
    const norco = 'Norco 10/325mg #60';
    const listed = await factsOf(
      'Ongoing opioid management requires documentation of pain relief, functional status, appropriate medication use and side effects, none of which are present in the submitted records.',
      norco,
    );
    expect([listed.painRelief!.state, listed.sideEffectsAssessed!.state, listed.opioidTherapy!.state]).toEqual(['absent', 'absent', 'present']);
    const neither = await factsOf('The guidelines require documentation of pain relief and functional improvement, neither of which was documented.', norco);
    expect([neither.painRelief!.state, neither.functionalImprovement!.state]).toEqual(['absent', 'absent']);
    // the treatments were had; the relief is what is denied (of acupuncture requested again; of a drug, such a sentence tells nothing)
    const acupuncture = 'Acupuncture 2 times a week for 3 weeks';
    const tried = await factsOf('He has tried physical therapy, chiropractic care and acupuncture, none of which provided lasting relief.', acupuncture);
    expect([tried.painRelief!.state, tried.conservativeCareTried!.state]).toEqual(['absent', 'present']);
    expect((await factsOf('He has tried physical therapy and acupuncture, none of which were found to be helpful.', acupuncture)).painRelief!.state).toBe('absent');
    expect((await factsOf('He has tried physical therapy and acupuncture, none of which were found to be helpful.', norco)).painRelief!.state).toBe('unknown');
    // "the 4 A's of opioid monitoring" are not documented; the opioids are not denied
    const fourAs = await factsOf("The provider failed to address the 4 A's of opioid monitoring.", 'Urine drug screen');
    expect([fourAs.painAssessment!.state, fourAs.opioidTherapy!.state]).toEqual(['absent', 'unknown']);
    expect((await factsOf("There is no documentation of the 4 A's of opioid therapy.", 'Urine drug screen')).opioidTherapy!.state).toBe('unknown');
    expect((await factsOf('The patient is not taking opioids.', 'Urine drug screen')).opioidTherapy!.state).toBe('absent');
  });

  test('surgery not considered, declined, or a surgeon consulted; therapy "without improvement" failed', async () => {
    const mri = 'MRI of the lumbar spine';
    expect((await factsOf('Surgery is not being considered at this time.', mri)).surgeryConsidered!.state).toBe('absent');
    expect((await factsOf('She declined surgery.', mri)).surgeryConsidered!.state).toBe('absent');
    expect((await factsOf('No surgery is planned.', mri)).surgeryConsidered!.state).toBe('absent');
    expect((await factsOf('The patient was referred to a spine surgeon for surgical evaluation.', mri)).surgeryConsidered!.state).toBe('present');
    expect((await factsOf('He was referred back to the orthopedic surgeon.', mri)).surgeryConsidered!.state).toBe('unknown');
    const failed = await factsOf('The patient has completed 12 sessions of physical therapy without improvement.', mri);
    expect([failed.failedConservativeCare!.state, failed.conservativeCareTried!.state]).toEqual(['present', 'present']);
    expect((await factsOf('She had 6 sessions of acupuncture without any relief.', mri)).failedConservativeCare!.state).toBe('present');
    expect((await factsOf('The patient continues physical therapy without interruption.', mri)).failedConservativeCare!.state).toBe('unknown');
    // CM17-0018485, a real letter: "The injured worker was previously treated with physical therapy but without improvement."
    expect((await itemFacts('dwc-2016/txt/CM17-0018485.txt')).failedConservativeCare!.state).toBe('present');
  });

  test('what the patient "requires" is the case, not a guideline\'s requirement; failed months of care; driving to appointments', async () => {
    const aide = 'Home health aide 4 hours per day';
    expect((await factsOf('The patient lives alone and requires help with bathing and dressing.', aide)).personalCareOnly!.state).toBe('present');
    expect((await factsOf('The guidelines require documentation of personal care needs.', aide)).personalCareOnly!.state).toBe('unknown');
    expect((await factsOf('The patient is able to drive to appointments.', aide)).homebound!.state).toBe('absent');
    expect((await factsOf('The patient is unable to drive.', aide)).homebound!.state).toBe('unknown');
    const arthroscopy = 'Right shoulder arthroscopy with subacromial decompression';
    expect((await factsOf('The patient has failed at least 3 months of conservative care including injections.', arthroscopy)).failedConservativeCare!.state).toBe('present');
  });

  test('a drug just begun is no long-term use; "recently prescribed medications have included …" says nothing of how long', async () => {
    const flexeril = 'Cyclobenzaprine 7.5mg #60';
    expect((await factsOf('This is a first-time prescription for the medication.', flexeril)).longTermUse!.state).toBe('absent');
    expect((await factsOf('Cyclobenzaprine was recently started for a flare-up of low back pain.', flexeril)).longTermUse!.state).toBe('absent');
    expect((await factsOf('The patient has been taking cyclobenzaprine for 6 months.', flexeril)).longTermUse!.state).toBe('present');
    // CM17-0007300, a real letter: "Recently prescribed medications have included Tramadol, Etodolac, Orphenadrine, …"
    expect((await itemFacts('dwc-2016/txt/CM17-0007300.txt')).longTermUse!.state).toBe('unknown');
  });

  test('"unclear whether" is the record\'s silence, "no explanation as to why" judges a reason; therapy that "helped to improve her ability"', async () => {
    const pt = 'Physical therapy 2x6 for the lumbar spine';
    // "whether" alone is hypothetical; held inside "it is unclear whether" it is part of the record's silence
    expect((await factsOf('It is unclear whether the patient had functional improvement.', pt)).functionalImprovement!.state).toBe('absent');
    expect((await factsOf('It is not clear if the patient had functional improvement.', pt)).functionalImprovement!.state).toBe('absent');
    // what is missing is the reason the patient cannot go on alone, not the home exercise program
    const why = await factsOf('There is no explanation as to why the patient cannot continue with a home exercise program.', pt);
    expect(why.homeExerciseProgram!.state).toBe('unknown');
    expect((await factsOf('Physical therapy helped to improve her ability to lift and carry.', pt)).functionalImprovement!.state).toBe('present');
    expect((await factsOf('Physical therapy is requested to improve her ability to lift.', pt)).functionalImprovement!.state).toBe('unknown');
    expect((await factsOf('The patient has had extensive chiropractic treatment in the past with no lasting benefit.', pt)).failedConservativeCare!.state).toBe('present');
    const cbt = 'Cognitive behavioral therapy 6 sessions';
    expect((await factsOf('She completed 10 sessions of cognitive behavioral therapy with improvement in her Beck Depression Inventory score from 30 to 18.', cbt)).functionalImprovement!.state).toBe('present');
  });

  test('around a hand or knee surgery: splints, electrodiagnostic confirmation, imaging "without" the lesion', async () => {
    const ctr = 'Right carpal tunnel release';
    expect((await factsOf('There is no documentation of electrodiagnostic testing confirming the diagnosis.', ctr)).priorElectrodiagnostic!.state).toBe('absent');
    expect((await factsOf('Electrodiagnostic studies confirming carpal tunnel syndrome were reviewed.', ctr)).priorElectrodiagnostic!.state).toBe('present');
    expect((await factsOf('The patient underwent a cortisone injection with temporary relief and wears a night splint.', ctr)).conservativeCareTried!.state).toBe('present');
    const knee = 'Left knee arthroscopy with partial medial meniscectomy';
    expect((await factsOf('The MRI showed only degenerative changes without a meniscal tear.', knee)).imagingEvidence!.state).toBe('absent');
    expect((await factsOf('The MRI showed a complex tear of the medial meniscus without displacement.', knee)).imagingEvidence!.state).toBe('present');
  });

  test('around an epidural: relief after "the prior injection", imaging that "did not show" the lesion, axial "non-radicular" pain', async () => {
    const esi = 'Lumbar epidural steroid injection L4-5';
    const relief = await factsOf('There is no documentation of at least 50% pain relief with associated reduction of medication use for six to eight weeks following the prior injection.', esi);
    expect([relief.injectionRelief!.state, relief.priorEpiduralInjection!.state]).toEqual(['absent', 'present']);
    // an absent cue that says its own "not" is not turned round by an earlier negation
    const neither = await factsOf('The physical exam did not show any radicular findings and the MRI did not show nerve root compression.', esi);
    expect([neither.radiculopathy!.state, neither.imagingEvidence!.state]).toEqual(['absent', 'absent']);
    const axial = await factsOf('There is no evidence of radicular symptoms; the pain is axial and non-radicular.', esi);
    expect([axial.radiculopathy!.state, axial.neuropathicPain!.state]).toEqual(['absent', 'absent']);
    // a drug screen "not consistent" is inconsistent (the "consistent with the prescribed" after "not" read as consistent)
    expect((await factsOf('The urine drug screen was not consistent with the prescribed medications.', 'Norco 10/325mg #90')).udsInconsistent!.state).toBe('present');
    expect((await factsOf('The urine drug screen was consistent with the prescribed medications.', 'Norco 10/325mg #90')).udsInconsistent!.state).toBe('absent');
  });

  test('home health: walking and driving unaided is not homebound; skilled nursing and wound care are no personal care', async () => {
    const aide = 'Home health aide 4 hours per day, 5 days per week';
    expect((await factsOf('The patient is able to ambulate independently and drive to appointments.', aide)).homebound!.state).toBe('absent');
    expect((await factsOf('The patient requires skilled nursing care for wound management.', aide)).personalCareOnly!.state).toBe('absent');
    expect((await factsOf('The request is for assistance with bathing, dressing and meal preparation.', aide)).personalCareOnly!.state).toBe('present');
  });

  test('opioids: the drug "with the use of" which nothing improved is still used; function "unchanged" is no improvement', async () => {
    const norco = 'Norco 10/325mg #120';
    const withUse = await factsOf('There is no documentation of objective functional improvement or a decrease in pain with the use of Norco.', norco);
    expect([withUse.functionalImprovement!.state, withUse.painRelief!.state, withUse.opioidTherapy!.state]).toEqual(['absent', 'absent', 'present']);
    expect((await factsOf('Pain is rated at 7/10 and function is unchanged.', norco)).functionalImprovement!.state).toBe('absent');
    expect((await factsOf("The patient's functional status has remained the same.", norco)).functionalImprovement!.state).toBe('absent');
  });

  test('red flags: progressive weakness is one; "red flags are indications for imaging" speaks of none in particular', async () => {
    const mri = 'MRI of the cervical spine';
    expect((await factsOf('The patient has progressive weakness in the left arm.', mri)).redFlags!.state).toBe('present');
    expect((await factsOf('Red flags are indications for imaging.', mri)).redFlags!.state).toBe('unknown');
    expect((await factsOf('There is no evidence of progressive neurologic deficit.', mri)).redFlags!.state).toBe('absent');
  });

  test('aberrant behaviour in other words: opioids from several prescribers, more than prescribed', async () => {
    const norco = 'Norco 10/325mg #120';
    expect((await factsOf('The patient is obtaining opioids from multiple providers.', norco)).aberrantBehavior!.state).toBe('present');
    expect((await factsOf('The CURES report showed prescriptions from several physicians.', norco)).aberrantBehavior!.state).toBe('present');
    expect((await factsOf('The patient admitted to using more medication than prescribed.', norco)).aberrantBehavior!.state).toBe('present');
    expect((await factsOf('The patient has been seen by multiple providers for her back pain.', norco)).aberrantBehavior!.state).toBe('unknown');
  });

  test('a drug started days ago is no long-term use; months or years ago it is', async () => {
    const norco = 'Norco 10/325mg #120';
    expect((await factsOf('Norco was started last week after the surgery.', norco)).longTermUse!.state).toBe('absent');
    expect((await factsOf('The medication was prescribed 3 days ago in the emergency room.', norco)).longTermUse!.state).toBe('absent');
    expect((await factsOf('Norco was started 6 months ago.', norco)).longTermUse!.state).toBe('present');
  });

  test('functional improvement in the words of its definition: range of motion, ADLs, work restrictions; none "with prior therapy"', async () => {
    const pt = 'Physical therapy x 8 sessions';
    expect((await factsOf('The patient has not shown significant improvement with prior therapy.', pt)).functionalImprovement!.state).toBe('absent');
    expect((await factsOf('There was no improvement with the prior 12 sessions of physical therapy.', pt)).functionalImprovement!.state).toBe('absent');
    expect((await factsOf('Range of motion improved from 90 to 140 degrees of flexion.', pt)).functionalImprovement!.state).toBe('present');
    expect((await factsOf('Her work restrictions were reduced.', pt)).functionalImprovement!.state).toBe('present');
    expect((await factsOf("The patient's ability to perform activities of daily living improved.", pt)).functionalImprovement!.state).toBe('present');
    // a work status is not an improvement (CM17-0010885: "has been instructed to return to modified work")
    expect((await factsOf('The injured worker has been instructed to return to modified work on 01-04-2017.', pt)).functionalImprovement!.state).toBe('unknown');
  });

  test('radicular findings by dermatome, pain that does not radiate, full strength throughout', async () => {
    const emg = 'EMG/NCV of the bilateral lower extremities';
    expect((await factsOf('Sensation is decreased in the left L5 distribution.', emg)).radiculopathy!.state).toBe('present');
    expect((await factsOf('The pain does not radiate.', emg)).radiculopathy!.state).toBe('absent');
    expect((await factsOf('Motor strength is 5/5 throughout the bilateral lower extremities.', emg)).neuroDeficit!.state).toBe('absent');
    // full strength on one side does not undo weakness on the other
    expect((await factsOf('Strength is 4/5 in the left EHL and 5/5 on the right.', emg)).neuroDeficit!.state).toBe('present');
  });

  test('a patient who wishes to avoid surgery is no surgical candidate', async () => {
    expect((await factsOf('The patient wishes to avoid surgery.', 'Knee arthroscopy')).surgeryConsidered!.state).toBe('absent');
    expect((await factsOf('She would like to avoid knee surgery if possible.', 'MRI of the left knee')).surgeryConsidered!.state).toBe('absent');
  });

  test('"this study" is the study requested, not the literature; a nerve problem is a deficit (CM17-0003623)', async () => {
    const facts = await itemFacts('dwc-2016/txt/CM17-0003623.txt');
    // "There was no discussion recorded recent to the request detailing findings consistent with a specific nerve problem …,
    // suggesting this study was needed in preparation for surgery, …": "this study" made the sentence a literature reference
    expect([facts.neuroDeficit!.state, facts.neuroDeficit!.evidence[0]?.source]).toEqual(['absent', 'rationale']);
    expect(facts.surgeryConsidered!.state).toBe('absent');
    expect((await factsOf('A recent study found no benefit of MRI in patients with a specific nerve problem.', 'MRI of the cervical spine')).neuroDeficit!.state).toBe('unknown');
  });

  test('a request that leaves out its quantity, in other words', async () => {
    const norco = 'Norco 10/325mg';
    for (const sentence of ['There is no frequency or duration specified in the request.', 'The request lacks the number of tablets requested.', 'Without the quantity requested, the request cannot be supported.'])
      expect([sentence, (await factsOf(sentence, norco)).requestUnspecified!.state]).toEqual([sentence, 'present']);
    expect((await factsOf('The quantity requested is appropriate.', norco)).requestUnspecified!.state).toBe('unknown');
  });

  test('oral medications tolerated or not; a drug test done two months ago is recent', async () => {
    const zofran = 'Ondansetron 8mg #30';
    expect((await factsOf('The patient is able to tolerate oral medications.', zofran)).oralIntolerance!.state).toBe('absent');
    expect((await factsOf('The patient is not able to tolerate oral medications.', zofran)).oralIntolerance!.state).toBe('present');
    expect((await factsOf('The last urine drug test was performed 2 months ago.', 'Urine drug screen')).recentDrugTest!.state).toBe('present');
  });

  test('medications that "help with pain" or "help control her pain" relieve it; another drug\'s help does not count', async () => {
    const norco = 'Norco 10/325mg #120';
    const rationale = 'No further information.';
    expect((await factsOf(rationale, norco, 'Current medications include Norco, Soma and gabapentin, which help with pain.')).painRelief!.state).toBe('present');
    expect((await factsOf(rationale, norco, 'Norco helps control her pain.')).painRelief!.state).toBe('present');
    expect((await factsOf(rationale, norco, 'Gabapentin helps with the burning pain.')).painRelief!.state).toBe('unknown');
    expect((await factsOf(rationale, norco, 'He was referred to help with pain management.')).painRelief!.state).toBe('unknown');
  });

  test('pain with "improvement with physical therapy" is relieved by it (CM16-0235869 item 1); without it, not', async () => {
    const pt = 'Four sessions of physical therapy two times a week times 2 weeks';
    expect((await itemFacts('dwc-2016/txt/CM16-0235869.txt')).painRelief!.state).toBe('present');
    expect((await factsOf('The patient has ongoing pain without improvement with physical therapy.', pt)).painRelief!.state).toBe('absent');
    expect((await factsOf('There was improvement with therapy.', pt)).painRelief!.state).toBe('unknown');
  });

  test("the utilization review's reasons decide only where nothing else does", async () => {
    // CM16-0232543 item 4: the rationale gives the UR's reason ("A prior determination … was found not medically necessary due to
    // no documentation of acute muscle spasm …"); the summary documents "spasm and guarding"
    const xrays = await itemFacts('dwc-2016/txt/CM16-0232543.txt', 4);
    expect([xrays.muscleSpasm!.state, xrays.muscleSpasm!.evidence[0]?.source]).toEqual(['present', 'summary']);
    expect(xrays.muscleSpasm!.evidence.some((e) => e.reading?.endsWith("the UR's reasons"))).toBe(true);
    // CM16-0236380 item 3: nothing but the UR's reasons speaks of red flags in the rationale before the reviewer's own word
    expect((await itemFacts('dwc-2016/txt/CM16-0236380.txt', 3)).redFlags!.state).toBe('absent');
    const only = await factsOf('The request was previously non-certified due to lack of documented functional improvement.', 'Physical therapy x 6');
    expect([only.functionalImprovement!.state, only.functionalImprovement!.evidence[0]?.reading]).toEqual(['absent', "not-documented, the UR's reasons"]);
    // CM17-0011703 item 5: the request's earlier fate and its reason, with no reviewer named, is the UR's too
    const acupuncture = await itemFacts('dwc-2016/txt/CM17-0011703.txt', 5);
    const required = acupuncture.functionalImprovement!.evidence.find((e) => e.text.includes('was required for future authorizations'));
    expect(required?.reading).toBe("affirmed, the UR's reasons");
    // the denial itself as the subject, with its reasons
    const denial = await factsOf('The previous denial on 10/01/2016 was due to a lack of documented functional improvement.', 'Physical therapy x 6');
    expect(denial.functionalImprovement!.evidence[0]?.reading).toBe("not-documented, the UR's reasons");
  });

  test('functional deficits as MTUS words its restoration criterion, and as limits told', async () => {
    const frp = 'Functional restoration program x 80 hours';
    expect((await factsOf('The patient has a significant loss of ability to function independently resulting from chronic pain.', frp)).functionalDeficits!.state).toBe('present');
    expect((await factsOf('She is unable to stand for more than 10 minutes.', frp)).functionalDeficits!.state).toBe('present');
    expect((await factsOf('There is no documentation of a significant loss of ability to function independently.', frp)).functionalDeficits!.state).toBe('absent');
  });

  test('", and" before a clause of its own ends what the first clause says; a list\'s last item and a requirement stay in it', async () => {
    const norco = 'Norco 10/325mg #120';
    const joined = await factsOf('There is no evidence of aberrant behavior, and the most recent urine drug screen was consistent.', norco);
    expect([joined.udsPerformed!.state, joined.udsInconsistent!.state]).toEqual(['present', 'absent']);
    expect((await factsOf('There is no documentation of pain relief, functional status, and the absence of side effects.', norco)).sideEffectsAssessed!.state).toBe('absent');
    // CM17-0007300 item 2: "fails to document …, comprehensive screening evaluation, and the CURES has been queried"
    expect((await itemFacts('dwc-2016/txt/CM17-0007300.txt', 2)).curesChecked!.state).toBe('absent');
  });

  test('the MME a day the letter states, where the request gives no daily dose or less; a guideline\'s threshold is no patient\'s', async () => {
    const norco = 'Norco 10/325mg #120';
    const stated = await factsOf("The patient's current morphine equivalent dose is 180 mg per day.", norco);
    expect([stated.mmePerDay!.value, stated.mmePerDay!.evidence[0]?.cue]).toEqual([180, 'morphine equivalent dose is 180']);
    expect((await factsOf('The patient takes 90 mg MED daily.', norco)).mmePerDay!.value).toBe(90);
    expect((await factsOf('The combined MME of her opioids is 180.', norco)).mmePerDay!.value).toBe(180);
    expect((await factsOf('The calculated morphine equivalent dose from the two oxycodone products is approximately 390 mg per day.', 'OxyContin 40mg #60')).mmePerDay!.value).toBe(390);
    expect((await factsOf('The guidelines recommend not exceeding 120 MME per day.', norco)).mmePerDay!.state).toBe('unknown');
    // "meds" are medications, not a morphine equivalent dose
    expect((await factsOf('Pain is 4/10 with meds of 2 tablets a day.', norco)).mmePerDay!.state).toBe('unknown');
    // the request's own numbers, unless the letter states more: the total of all the patient's opioids, which the 120 MME limit is for
    expect((await factsOf('The MME is 30 mg per day.', 'Norco 10/325mg 1 tab q6h #120')).mmePerDay!.value).toBe(40);
    expect((await factsOf('The MME is 55 mg per day.', 'Norco 10/325mg 1 tab q6h #120')).mmePerDay!.value).toBe(55);
    const total = await factsOf('The total morphine equivalent dose is 330 mg per day.', 'Percocet 10/325mg 1 tab qid #120');
    expect([total.mmePerDay!.value, total.mmePerDay!.evidence[0]?.cue]).toEqual([330, 'morphine equivalent dose is 330']);
  });

  test('what a class of drugs is used for and MTUS on opioids for back pain are the guideline\'s, not the case\'s', async () => {
    const flexeril = 'Flexeril 10mg #90';
    const used = await factsOf('Muscle relaxants are used for short-term treatment of acute exacerbations in patients with chronic low back pain.', flexeril);
    expect([used.shortTermUse!.state, used.acuteExacerbation!.state]).toEqual(['unknown', 'unknown']);
    const mtus = await factsOf('For chronic back pain, opioids appear to be efficacious but limited for short-term pain relief.', 'Norco 10/325mg #120');
    expect(mtus.painRelief!.state).toBe('unknown');
    expect(mtus.opioidTherapy!.evidence.map((e) => e.source)).not.toContain('rationale');
  });

  test('a device used at home for a month is its trial', async () => {
    const hwave = 'H-wave unit purchase';
    const used = await factsOf('The patient used the H-wave unit for 30 days with a 40% reduction in pain.', hwave);
    expect([used.trialCompleted!.state, used.painRelief!.state]).toEqual(['present', 'present']);
    expect((await factsOf('The patient has not used a TENS unit for a month.', hwave)).trialCompleted!.state).toBe('absent');
  });

  test('sessions had, counted after the therapy ("physical therapy x 12"), not a frequency', async () => {
    const pt = 'Physical therapy 2x4';
    expect((await factsOf('The patient had physical therapy x 12 in 2015.', pt)).priorSessions!.value).toBe(12);
    expect((await factsOf('The patient had physical therapy 2 times per week.', pt)).priorSessions!.state).toBe('unknown');
  });

  test('a flare told with the verb; symptoms "exacerbated by" sitting are no flare', async () => {
    const flexeril = 'Flexeril 10mg #90';
    expect((await factsOf("The patient's low back pain flared up last week after lifting a box.", flexeril)).acuteExacerbation!.state).toBe('present');
    expect((await factsOf('Her symptoms were exacerbated by prolonged sitting.', flexeril)).acuteExacerbation!.state).toBe('unknown');
  });

  test('a cause that "could be" is uncertain; sleep, work status, failed drugs and a fracture boot in other words', async () => {
    const emg = 'EMG of the right upper extremity';
    expect((await factsOf('Decreased sensation could be due to a brachial plexus injury or cervical radiculopathy.', emg)).radiculopathy!.state).toBe('unknown');
    expect((await factsOf("The patient's main concern was inability to sleep.", 'Ambien 10mg #30')).insomnia!.state).toBe('present');
    expect((await factsOf('Current work status is temporarily and totally psychologically disabled.', 'Functional restoration program')).returnToWork!.state).toBe('absent');
    const esi = 'Lumbar epidural steroid injection L4-5';
    expect((await factsOf('There is no documentation of failed muscle relaxant treatment.', esi)).failedConservativeCare!.state).toBe('absent');
    expect((await factsOf('The patient failed physical therapy and medications.', esi)).failedConservativeCare!.state).toBe('present');
    expect((await factsOf('The patient has failed 6 weeks of conservative care, including physical therapy and NSAIDs.', esi)).failedConservativeCare!.state).toBe('present');
    // MTUS's functional restoration criterion in the reviewer's words
    const frp = 'Functional restoration program 80 hours';
    expect((await factsOf('Previous methods of treating chronic pain have been unsuccessful.', frp)).failedConservativeCare!.state).toBe('present');
    expect((await factsOf('There is no documentation that previous methods of treating chronic pain have been unsuccessful.', frp)).failedConservativeCare!.state).toBe('absent');
    expect((await factsOf('The provider failed to provide the treatment records.', esi)).failedConservativeCare!.state).toBe('unknown');
    const boot = await factsOf('Treatment included a durable medical equipment fracture boot and a home exercise program.', 'MRI of the right foot');
    expect(boot.redFlags!.state).toBe('unknown');
    expect((await factsOf('She has a right distal radius fracture.', 'MRI of the right wrist')).redFlags!.state).toBe('present');
  });

  test('what a drug is approved or first-line for is the guideline\'s', async () => {
    const lidoderm = 'Lidoderm 5% patch #30';
    const quoted = await factsOf('Lidoderm is not a first-line treatment and is only FDA approved for post-herpetic neuralgia.', lidoderm);
    expect([quoted.localizedNeuropathicPain!.state, quoted.neuropathicPain!.state, quoted.firstLineTried!.state]).toEqual(['unknown', 'unknown', 'unknown']);
    expect((await factsOf('The patient has localized neuropathic pain in the right foot.', lidoderm)).localizedNeuropathicPain!.state).toBe('present');
    // Without a guideline named before it, too.
    expect((await factsOf('Topical NSAIDs are indicated for osteoarthritis and tendinitis, in particular, that of the knee.', lidoderm)).nsaidUse!.state).toBe('unknown');
  });

  /** Guideline passages reviewers quote, word for word, across topics (MTUS Chronic Pain Medical Treatment Guidelines). */
  const QUOTED_GUIDELINES = [
    'Imaging studies should be reserved for cases in which surgery is considered or red flag diagnoses are being evaluated.',
    'Recurrences/flare-ups: Need to re-evaluate treatment success, if RTW achieved then 1-2 visits every 4-6 months.',
    'Opioids for chronic pain: Chronic back pain: Appears to be efficacious but limited for short-term pain relief, and long-term efficacy is unclear (>16 weeks), but also appears limited.',
    'Zolpidem is a prescription short-acting non-benzodiazepine hypnotic, which is approved for the short-term (usually two to six weeks) treatment of insomnia.',
    'A one-month trial period of the TENS unit should be documented (as an adjunct to ongoing treatment modalities within a functional restoration approach) with documentation of how often the unit was used, as well as outcomes in terms of pain relief and function.',
    'Allow for fading of treatment frequency (from up to 3 visits per week to 1 or less), plus active self-directed home Physical Medicine.',
    'Electrodiagnostic testing (EMG/NCS) is generally accepted, well-established and widely used for localizing the source of neurological symptoms and establishing a diagnosis of focal nerve entrapments or radiculopathy.',
    'Benzodiazepines are not recommended for long-term use because long-term efficacy is unproven and there is a risk of dependence. Most guidelines limit use to 4 weeks.',
    'On-going management of opioids should include ongoing review and documentation of pain relief, functional status, appropriate medication use, and side effects.',
    'Pain assessment should include: current pain; the least reported pain over the period since last assessment; average pain; intensity of pain after taking the opioid; how long it takes for pain relief; and how long pain relief lasts.',
    'Four domains have been proposed as most relevant for ongoing monitoring of chronic pain patients on opioids: pain relief, side effects, physical and psychosocial functioning, and the occurrence of any potentially aberrant (or nonadherent) drug-related behaviors.',
    'Muscle relaxants may be effective in reducing pain and muscle tension, and increasing mobility. However, in most LBP cases, they show no benefit beyond NSAIDs in pain and overall improvement.',
    'Clinicians should weigh the indications for NSAIDs against both GI and cardiovascular risk factors. Determine if the patient is at risk for gastrointestinal events: (1) age > 65 years; (2) history of peptic ulcer, GI bleeding or perforation; (3) concurrent use of ASA, corticosteroids, and/or an anticoagulant; or (4) high dose/multiple NSAID.',
    'Gabapentin has been shown to be effective for treatment of diabetic painful neuropathy and postherpetic neuralgia and has been considered as a first-line treatment for neuropathic pain.',
    'Lidoderm is not a first-line treatment and is only FDA approved for post-herpetic neuralgia.',
    'Unequivocal objective findings that identify specific nerve compromise on the neurologic examination are sufficient evidence to warrant imaging in patients who do not respond to treatment and who would consider surgery an option.',
    'Home health services are recommended only for otherwise recommended medical treatment for patients who are homebound, on a part-time or intermittent basis, generally up to no more than 35 hours per week.',
    'Surgical consultation is indicated for patients who have severe and disabling lower leg symptoms in a distribution consistent with abnormalities on imaging studies (radiculopathy), preferably with accompanying objective signs of neural compromise; activity limitations due to radiating leg pain for more than one month or extreme progression of lower leg symptoms; clear clinical, imaging, and electrophysiologic evidence of a lesion that has been shown to benefit in both the short and long term from surgical repair; and failure of conservative treatment to resolve disabling radicular symptoms.',
    'Repeat MRI is not routinely recommended, and should be reserved for a significant change in symptoms and/or findings suggestive of significant pathology (e.g., tumor, infection, fracture, neurocompression, recurrent disc herniation).',
    'Continuous-flow cryotherapy is recommended as an option after surgery, but not for nonsurgical treatment. Postoperative use generally may be up to 7 days, including home use.',
    'Topical NSAIDs are indicated for osteoarthritis and tendinitis, in particular, that of the knee and elbow or other joints that are amenable to topical treatment.',
    'Acupuncture treatments may be extended if functional improvement is documented as defined in Section 9792.20(e).',
    'Time to produce functional improvement: 3 to 6 treatments. Frequency: 1 to 3 times per week. Optimum duration: 1 to 2 months.',
    'Myalgia and myositis, unspecified: 9-10 visits over 8 weeks. Neuralgia, neuritis, and radiculitis, unspecified: 8-10 visits over 4 weeks.',
    'An adequate and thorough evaluation has been made, including baseline functional testing so follow-up with the same test can note functional improvement.',
    'Per ODG, repeat MRI is indicated only if there has been progression of neurologic deficit.',
    'Long-term users of opioids (6-months or more): Re-assess: Has the diagnosis changed?',
    'Lumbar supports have not been shown to have any lasting benefit beyond the acute phase of symptom relief.',
    'Postsurgical treatment for rotator cuff repair: 24 visits over 14 weeks.',
    'Initial trial of 3-4 visits over 2 weeks.',
    'Opioid therapy for control of chronic pain, while not considered a first-line therapy, is considered a viable alternative when other modalities have been tried and failed.',
    "Manual therapy and manipulation are recommended for chronic pain if caused by musculoskeletal conditions. The intended goal or effect of Manual Medicine is the achievement of positive symptomatic or objective measurable gains in functional improvement that facilitate progression in the patient's therapeutic exercise program and return to productive activities.",
    'Sedating antidepressants have also been used to treat insomnia; however, there is less evidence to support their use for insomnia, but they may be an option in patients with coexisting depression.',
    'The timing is appropriate: close or at MMI/all key medical reports secured, and additional/secondary conditions clarified.',
    'Treatment is not suggested for longer than 2 weeks without evidence of demonstrated efficacy as documented by subjective and objective gains.',
    // as the letters in cases/ quote them
    'Topical lidocaine, in the formulation of a dermal patch (Lidoderm) has been designated for orphan status by the FDA for neuropathic pain.',
    'MRI imaging is also supported when symptoms do not improve despite three to four weeks of conservative care with observation and there is evidence of an injury or nerve problem.',
    'The available evidence does not support the effectiveness of shockwave for treating back pain.',
    'Additional treatment is based upon documented objective, functional improvement, and appropriate goals.',
    "Psychological intervention for chronic pain includes setting goals, determining appropriateness of treatment, conceptualizing a patient's pain beliefs and coping styles, assessing psychological and cognitive function, and addressing co-morbid mood disorders (such as depression, anxiety, panic disorder, and posttraumatic stress disorder).",
  ];

  test('a short recommendation opens a guideline passage the next sentences continue', async () => {
    const facts = await factsOf('Behavioral interventions are recommended. Initial trial of 3-4 psychotherapy visits over 2 weeks. With evidence of objective functional improvement, total of up to 6-10 visits over 5-6 weeks (individual sessions).', 'Psychotherapy 6 sessions');
    expect([facts.functionalImprovement!.state, facts.priorTreatmentSameKind!.state]).toEqual(['unknown', 'unknown']);
    // A reviewer's finding that ends on "the recommended guidelines" stays the reviewer's.
    expect((await itemFacts('dwc-2016/txt/CM16-0246487.txt', 2)).initialRequest!.value).toBe(true);
  });

  test.each(QUOTED_GUIDELINES)('a quoted guideline is not a fact of the case: %s', async (quote) => {
    const facts = await factsOf(`The CA MTUS guidelines state the following. ${quote}`, 'Norco 10/325mg #120');
    const read = Object.values(facts).filter((fact) => fact.name !== 'guidelineSource' && fact.evidence.some((e) => e.source === 'rationale'));
    expect(read.map((fact) => `${fact.name}=${String(fact.value)} (${fact.evidence[0]!.cue ?? ''})`)).toEqual([]);
  });

  test("a guideline's sentence keeps the literature cited after it, and 'Patient-specific' names no patient", async () => {
    // ODG in CM17-0013240: "Patient-specific hand therapy is very important in reducing swelling, decreasing pain, … in CRPS. (Li, 2005)"
    const facts = await itemFacts('dwc-2016/txt/CM17-0013240.txt');
    expect([facts.painRelief?.state ?? 'unknown', facts.neuropathicPain?.state ?? 'unknown']).toEqual(['unknown', 'unknown']);
  });

  test('a guideline paragraph goes on until the reviewer turns to the case', async () => {
    const facts = await itemFacts('dwc-2016/txt/CM17-0005418.txt');
    // "Initially unresponsive to conservative treatment (...)" continues the ODG criteria; the case has no failed care documented.
    expect(facts.failedConservativeCare!.evidence.map((e) => e.text).join(' ')).not.toMatch(/^Initially unresponsive/);
    expect(facts.failedConservativeCare!.state).not.toBe('present');
  });

  test('a prepositional phrase after a negated finding is context, not a second finding', async () => {
    const esi = 'Lumbar epidural steroid injection L4-5';
    // "studies" alone is no guideline's voice; "no … studies supporting a diagnosis of radiculopathy" denies the support, not the diagnosis.
    expect((await factsOf('Electrodiagnostic studies confirmed radiculopathy.', esi)).radiculopathy!.state).toBe('present');
    const unsupported = await factsOf('There are no recent MRI or electrodiagnostic studies supporting a diagnosis of radiculopathy.', esi, 'The patient has lumbar radiculopathy.');
    expect([unsupported.radiculopathy!.state, unsupported.imagingEvidence!.state]).toEqual(['present', 'absent']);
    const facts = await factsOf('Given that there was a lack of documentation of functional improvement as a result of the initial acupuncture trial, the request is not supported.', 'Acupuncture of the lumbar spine for two sessions');
    expect(facts.functionalImprovement!.state).toBe('absent');
    expect(facts.priorTreatmentSameKind!.state).toBe('present');
  });

  test.each([
    ['Norco 10/325mg #120', 'functionalImprovement', 'absent', 'There has been no documented increase in activity level or decrease in work restrictions.'],
    ['Norco 10/325mg #120', 'udsInconsistent', 'absent', 'Urine drug testing has been appropriate.'],
    ['Norco 10/325mg #120', 'udsInconsistent', 'present', 'The last UDS was negative for hydrocodone.'],
    ['Norco 10/325mg #120', 'functionalImprovement', 'present', 'The patient is able to work full duty with the help of Norco.'],
    ['Norco 10/325mg #120', 'functionalImprovement', 'absent', 'Despite long-term opioid use, the patient remains totally disabled.'],
    ['Norco 10/325mg #120', 'painRelief', 'present', 'The patient reports that the medication provides adequate pain control.'],
    ['Norco 10/325mg #120', 'painRelief', 'absent', 'Pain levels are unchanged with the medication.'],
    ['Norco 10/325mg #120', 'painRelief', 'present', 'Her pain is reduced by 50% with the medications.'],
    ['Physical therapy 12 visits', 'functionalImprovement', 'present', 'Following the prior therapy sessions, the patient had increased range of motion and strength.'],
    ['Xanax 0.5mg #60', 'longTermUse', 'present', 'The patient has been prescribed Xanax for over a year.'],
    ['Physical therapy 12 visits', 'homeExerciseProgram', 'present', 'He should be well versed in a home exercise program by now.'],
    ['Functional restoration program', 'baselineFunctionalTesting', 'absent', 'Baseline functional testing has not been performed.'],
    ['Functional restoration program', 'surgeryConsidered', 'present', 'The patient is awaiting authorization for lumbar fusion surgery.'],
    ['Physical therapy 2x6 lumbar spine', 'exceedsGuidelineQuantity', 'present', 'The number of sessions requested surpasses guideline recommendations.'],
    ['EMG/NCV bilateral lower extremities', 'diagnosisClinicallyObvious', 'present', 'The patient has clear clinical evidence of radiculopathy, therefore electrodiagnostic testing is not necessary.'],
    ['EMG/NCV bilateral lower extremities', 'diagnosisClinicallyObvious', 'absent', 'There is no clear clinical evidence of radiculopathy on examination.'],
    ['Psychological evaluation', 'plannedImplantOrFusion', 'present', 'A psychological clearance is requested prior to an intrathecal pump implantation.'],
    ['Psychological evaluation', 'plannedImplantOrFusion', 'present', 'An intrathecal pump implantation is planned.'],
    ['Psychological evaluation', 'plannedImplantOrFusion', 'unknown', 'If a spinal cord stimulator is considered, a psychological evaluation is recommended.'],
    ['Urine drug screen', 'recentDrugTest', 'present', 'A urine drug screen was performed one month earlier and was consistent.'],
    ['Retrospective knee x-ray', 'acuteInjuryFindings', 'absent', 'There was no effusion and the patient was able to bear weight.'],
    ['Retrospective knee x-ray', 'acuteInjuryFindings', 'present', 'The patient was not able to bear weight after the fall.'],
    ['Functional restoration program x 80 hours', 'treatmentGoals', 'present', 'The treatment plan sets goals of returning to modified work and decreasing medication use.'],
    ['Functional restoration program x 80 hours', 'treatmentGoals', 'unknown', 'The guidelines recommend that the program set goals of treatment.'],
    ['Gabapentin 600mg #90', 'painRelief', 'present', 'Gabapentin has reduced her neuropathic pain by 40%.'],
    ['Norco 10/325mg #120', 'painRelief', 'unknown', 'Gabapentin has reduced her neuropathic pain by 40%.'],
    ['Norco 10/325mg #120', 'aberrantBehavior', 'present', 'She reported running out of her medication early.'],
    ['Norco 10/325mg #120', 'aberrantBehavior', 'present', 'He ran out of Norco before the next scheduled refill.'],
    ['Norco 10/325mg #120', 'aberrantBehavior', 'unknown', 'There is no documentation that the patient runs out of medications early.'],
    ['Physical therapy 2x6 lumbar spine', 'priorSessions', 'present', 'Eight sessions of physical therapy were completed in March 2016.'],
    // the MTUS 2016 opioid guideline in the imperative is no fact of the case; "Use of opioids" is no imperative
    ['Urine drug screen', 'opioidTherapy', 'unknown', 'Apply the opioid use recommendations for management of subacute pain for patients treated with opioids for one to three (1-3) months post-operatively.'],
    ['Urine drug screen', 'opioidTherapy', 'unknown', 'Use screening tools for patients treated with opioids.'],
    ['Urine drug screen', 'opioidTherapy', 'present', 'Use of opioids has continued for several years.'],
    ['TENS unit purchase', 'trialCompleted', 'present', 'She has been using a rental TENS unit for the past month with 50% relief.'],
    ['MRI of the lumbar spine', 'neuroDeficit', 'absent', 'Motor, sensory and reflex examination of the lower extremities was normal.'],
    ['MRI of the lumbar spine', 'radiculopathy', 'absent', 'Straight leg raising test was unremarkable.'],
    ['MRI of the lumbar spine', 'radiculopathy', 'absent', 'Straight leg raise was normal bilaterally.'],
  ])('as other reviewers word it: %s, %s %s in "%s"', async (request, fact, state, sentence) => {
    expect((await factsOf(sentence, request))[fact]!.state).toBe(state);
  });

  test("a drug request without directions takes the directions the letter gives for the drug, when they agree", async () => {
    const norco = 'Norco 10/325mg #120';
    const given = await factsOf('The request is reviewed.', norco, 'Current medications include Norco 10/325 mg 1 tablet four times daily and Soma 350 mg twice daily.');
    expect([given.requestedDaysSupply!.value, given.mmePerDay!.value]).toEqual([30, 40]);
    expect(given.mmePerDay!.evidence.map((e) => e.cue)).toContainEqual('Norco 10/325 mg 1 tablet four times daily');
    // another strength, directions that disagree, or another drug's directions: none taken
    const otherStrength = await factsOf('The request is reviewed.', norco, 'She takes Norco 5/325 mg twice daily.');
    const disagree = await factsOf('The request is reviewed.', norco, 'He took Norco 10/325 mg twice daily. He now takes Norco 10/325 mg four times daily.');
    const anotherDrug = await factsOf('The request is reviewed.', norco, 'Medications: Norco 10/325 mg, Soma 350 mg twice daily.');
    // nor a guideline's dosing
    const quoted = await factsOf('The MTUS guidelines state that cyclobenzaprine 5 mg three times a day can be increased to 10 mg three times a day.', 'Cyclobenzaprine 5mg #90');
    expect([otherStrength, disagree, anotherDrug, quoted].map((facts) => facts.requestedDaysSupply!.state)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });

  test('pain with the drug named as the letter names it without: "10/10 without Norco and 6/10 with Norco"', async () => {
    const norco = 'Norco 10/325mg #120';
    const named = await factsOf('Pain is 10/10 without Norco and 6/10 with Norco.', norco);
    expect([named.painScoreWithout!.value, named.painScoreWith!.value]).toEqual([10, 6]);
    const first = await factsOf('Pain is 5/10 with Norco and 9/10 without.', norco);
    expect([first.painScoreWithout!.value, first.painScoreWith!.value]).toEqual([9, 5]);
    // what comes with the pain is no medication
    const radiation = await factsOf('Pain is 8/10 without medications and 8/10 with radiation to the leg.', norco);
    expect(radiation.painScoreWith!.state).toBe('unknown');
    const sessions = await factsOf('Eight sessions of physical therapy were completed in March 2016.', 'Physical therapy 2x6 lumbar spine');
    expect(sessions.priorSessions!.value).toBe(8);
  });

  test("a sentence that names the guideline and then the case reads the case: the letter's sources, the case measured against the guideline, the turn to the patient", async () => {
    const mri = 'MRI of the lumbar spine';
    const cases: ReadonlyArray<readonly [string, string, string, string]> = [
      [mri, 'failedConservativeCare', 'present', 'The patient has failed conservative care as required by the guidelines.'],
      [mri, 'neuroDeficit', 'present', 'Consistent with guideline criteria, the examination shows decreased sensation in the L5 dermatome.'],
      ['Norco 10/325mg #120', 'udsPerformed', 'present', 'In accordance with the guidelines, a urine drug screen was performed on 10/1/2016.'],
      ['Xanax 0.5mg #60', 'longTermUse', 'present', 'The guidelines limit use to 4 weeks, and the patient has used Xanax for several months.'],
      ['EMG/NCV bilateral lower extremities', 'neuroDeficit', 'absent', 'According to the most recent exam, sensation and strength were intact in the lower extremities.'],
      [mri, 'redFlags', 'absent', 'ODG supports imaging for red flags, therefore no red flags were found.'],
    ];
    for (const [request, fact, state, sentence] of cases) expect([sentence, (await factsOf(sentence, request))[fact]!.state]).toEqual([sentence, state]);
    // a guideline quoted goes on after "but" and stays the guideline's
    const quoted = await factsOf('The California MTUS Chronic Pain Guidelines state anti-inflammatories are the traditional first line of treatment, but long-term use may not be warranted.', 'Celebrex 200mg #30');
    expect(quoted.longTermUse!.state).toBe('unknown');
  });

  test('a count in words glossed in figures is the count: "at least twelve (12) physical therapy sessions"', async () => {
    const facts = await itemFacts('dwc-2016/txt/CM17-0013240.txt');
    expect([facts.priorSessions!.value, facts.totalVisits!.value]).toEqual([12, 18]);
    // the evidence quotes the letter as written
    expect(facts.priorSessions!.evidence[0]!.cue).toContain('twelve (12) physical therapy sessions');
    const drug = await factsOf('The patient has been taking Xanax for six (6) months.', 'Xanax 0.5mg #60');
    expect(drug.useDurationWeeks!.evidence[0]!.cue).toBe('for six (6) months');
    // patients in general are not this patient: the opioid notice's span is no use of the drug
    const notice = await factsOf('Opioid medication should never be abruptly discontinued in any patient who has been treated for longer than two (2) weeks.', 'Norco 10/325mg #60');
    expect(notice.useDurationWeeks!.state).toBe('unknown');
  });

  test("the summary's '… is recommended' is the provider's plan, and a handwritten report is the letter's source, not a guideline", async () => {
    const plan = await factsOf('The request is reviewed.', 'MRI of the left shoulder', 'The physician documented that due to shoulder weakness an MRI of the left shoulder to rule out rotator cuff tear is recommended.');
    expect(plan.functionalDeficits!.state).toBe('present');
    const report = await factsOf('The request is reviewed.', 'Ibuprofen 800mg #90', 'According to a partially legible handwritten progress report dated 11-14-2016, symptoms included low back pain, continued despite Ibuprofen three times a day.');
    expect(report.painRelief!.state).toBe('absent');
    // CM16-0240518's summary in its own words: "due to lack of movement and shoulder weakness an MRI … is recommended" is a finding
    expect((await itemFacts('dwc-2016/txt/CM16-0240518.txt')).functionalDeficits!.state).toBe('present');
    expect((await factsOf('The patient has a lack of range of motion of the left shoulder.', 'MRI of the left shoulder')).functionalDeficits!.state).toBe('present');
    expect((await factsOf('There is a lack of documented functional improvement.', 'Norco 10/325mg #120')).functionalImprovement!.state).toBe('absent');
    // a guideline the summary names stays the guideline's
    const named = await factsOf('The request is reviewed.', 'MRI of the left shoulder', 'Per the MTUS guidelines, imaging for shoulder weakness is recommended.');
    expect(named.functionalDeficits!.state).toBe('unknown');
  });

  test('a first injection, a fusion being planned, a device used with a programme, an indication for labs: as reviewers word them', async () => {
    const esi = 'Lumbar epidural steroid injection L4-5';
    expect(await stateOf("This would be the patient's first epidural steroid injection.", esi, 'priorEpiduralInjection')).toBe('absent');
    expect(await stateOf('The first epidural steroid injection provided 50% relief for 6 weeks.', esi, 'priorEpiduralInjection')).toBe('unknown');
    const psych = 'Psychological evaluation';
    expect(await stateOf('The provider is planning an L4-S1 fusion.', psych, 'plannedImplantOrFusion')).toBe('present');
    expect(await stateOf('The surgeon is considering a lumbar fusion.', psych, 'plannedImplantOrFusion')).toBe('present');
    expect(await stateOf('The surgeon is not considering a fusion at this time.', psych, 'plannedImplantOrFusion')).toBe('absent');
    expect(await stateOf('Guidelines recommend a psychological evaluation before a fusion is considered.', psych, 'plannedImplantOrFusion')).toBe('unknown');
    const tens = 'TENS unit purchase';
    // "would be used as an adjunct" is what is not documented, not a possibility
    expect(await stateOf('There is no evidence that the TENS unit would be used as an adjunct to a program of evidence-based functional restoration.', tens, 'programAdjunct')).toBe('absent');
    expect(await stateOf('The TENS unit would be used as an adjunct to the home exercise program.', tens, 'programAdjunct')).toBe('present');
    expect(await stateOf('TENS is recommended only if it would be used as an adjunct to a program of evidence-based functional restoration.', tens, 'programAdjunct')).toBe('unknown');
    const labs = 'CBC and CMP';
    expect(await stateOf('There is no documentation of a clinical indication for the laboratory tests.', labs, 'labIndication')).toBe('absent');
    expect(await stateOf('Guidelines require a clinical indication for laboratory testing.', labs, 'labIndication')).toBe('unknown');
  });

  test("a drug test a year or more back is not a recent one: 'the last urine drug screen was over one year ago'", async () => {
    const state = async (text: string) => (await factsOf(text, 'Urine drug screen')).recentDrugTest!.state;
    expect(await state('The last documented urine drug screen was more than a year ago.')).toBe('absent');
    expect(await state('The patient has not had a urine drug screen in over a year.')).toBe('absent');
    expect(await state('There has been no urine drug screen in the past year.')).toBe('absent');
    expect(await state('The most recent UDS was 1 month ago and was consistent.')).toBe('present');
    expect(await state('The last UDS was consistent with prescribed medications.')).toBe('present');
  });

  test("a negation does not reach across 'and' into the patient's next verb: 'has no history of GI events and takes a single NSAID'", async () => {
    expect(await stateOf('The patient is 40 years old, has no history of GI events and takes a single NSAID at a standard dose.', 'Omeprazole 20mg #60', 'nsaidUse')).toBe('present');
    expect(await stateOf('He has no history of ulcers and uses naproxen daily.', 'Omeprazole 20mg #60', 'nsaidUse')).toBe('present');
    expect(await stateOf('He has no GI complaints and denies use of NSAIDs.', 'Omeprazole 20mg #60', 'nsaidUse')).toBe('absent');
    expect(await stateOf('The patient completed physical therapy without improvement and now takes Norco with improved function.', 'Norco 10/325mg #90', 'functionalImprovement')).toBe('present');
  });

  test("a request that is itself the first course says there was none before: 'This is an initial trial of 4 sessions'", async () => {
    const state = async (text: string, request: string) => (await factsOf(text, request)).priorTreatmentSameKind!.state;
    expect(await state('This is an initial trial of 4 sessions, which is consistent with the guideline.', 'Cognitive behavioral therapy, 4 sessions')).toBe('absent');
    expect(await state('The request is for an initial trial of acupuncture.', 'Acupuncture x 6')).toBe('absent');
    expect(await state('She completed an initial trial of 6 acupuncture sessions in 2015.', 'Acupuncture x 6')).toBe('present');
    expect(await state('The initial trial of acupuncture resulted in no functional improvement.', 'Acupuncture x 6')).toBe('present');
  });

  test("a suspected fracture is a red flag ('uncertain: present'), an old one or a guideline's example is not", async () => {
    const state = async (text: string, request = 'X-rays of the right wrist') => (await factsOf(text, request)).redFlags!.state;
    expect(await state('The anatomic snuffbox tenderness raises concern for a scaphoid fracture.')).toBe('present');
    expect(await state('There is a possible scaphoid fracture.')).toBe('present');
    expect(await state('A scaphoid fracture is suspected.')).toBe('present');
    expect(await state('There is no concern for fracture or infection.')).toBe('absent');
    expect(await state('Red flags were ruled out.')).toBe('absent');
    expect(await state('CT showed irregularity probably related to an old spinous process fracture.')).toBe('unknown');
    expect(await state('ACOEM recommends imaging if there is suspicion of cauda equina, tumor, infection, or fracture.')).toBe('unknown');
    // a concept without the option reads a suspicion as nothing
    expect((await factsOf('Possible disc herniation is noted.', 'MRI of the lumbar spine')).imagingEvidence!.state).toBe('unknown');
  });

  test("a surgery named as certified before it is named is supported: 'undergoing a certified total knee arthroplasty', not a 'non-certified surgery'", async () => {
    const state = async (text: string) => (await factsOf(text, 'Pre-operative medical clearance')).primaryProcedureSupported!.state;
    expect(await state('The patient is undergoing a certified total knee arthroplasty.')).toBe('present');
    expect(await state('As the approved shoulder surgery will proceed, clearance is reasonable.')).toBe('present');
    expect(await state('Since the non-certified surgery is not supported, clearance is not needed.')).toBe('absent');
  });

  test("what a medication allows, pain described as burning and shooting, a course not completed: as reviewers word them", async () => {
    const norco = 'Norco 10/325mg #90';
    expect(await stateOf('Her pain decreases from 9/10 to 5/10 with the medication, allowing her to perform household chores.', norco, 'functionalImprovement')).toBe('present');
    expect(await stateOf('The medication does not allow him to return to work.', norco, 'functionalImprovement')).toBe('absent');
    const gabapentin = 'Gabapentin 600mg #90';
    expect(await stateOf('He reports burning and shooting pain radiating into the left leg.', gabapentin, 'neuropathicPain')).toBe('present');
    expect(await stateOf('She denies burning or shooting pain.', gabapentin, 'neuropathicPain')).toBe('absent');
    expect(await stateOf('The pain is described as aching and stabbing.', gabapentin, 'neuropathicPain')).toBe('unknown');
    const mri = 'MRI of the lumbar spine';
    expect(await stateOf('The patient has not yet completed a course of physical therapy.', mri, 'failedConservativeCare')).toBe('absent');
    expect(await stateOf('He has completed physical therapy without improvement.', mri, 'failedConservativeCare')).toBe('present');
  });

  test("a lab panel's name is no indication for it: 'hepatic function panel' is not hepatic disease", async () => {
    const labs = 'CBC, CMP, hepatic function panel';
    expect((await factsOf('The request is reviewed.', labs)).labIndication!.state).toBe('unknown');
    expect((await factsOf('The patient has hepatic impairment and takes acetaminophen daily.', labs)).labIndication!.state).toBe('present');
  });

  test("a request line asks for what it names, it does not say it was done ('requestLine: ignored'): a screen, a trial, an FCE", async () => {
    const facts = async (request: string) => factsOf('The request is reviewed.', request);
    expect((await facts('Urine drug screen')).udsPerformed!.state).toBe('unknown');
    expect((await facts('H-wave unit, 30 day trial')).trialCompleted!.state).toBe('unknown');
    expect((await facts('Functional restoration program 160 hours')).baselineFunctionalTesting!.state).toBe('unknown');
    // the rationale still says so
    expect((await factsOf('She completed a 30-day TENS trial with a 40% decrease in pain.', 'TENS unit purchase')).trialCompleted!.state).toBe('present');
    // a concept that reads the request line still does: the carpal tunnel a release is for
    expect((await facts('Right carpal tunnel release')).carpalTunnel!.state).toBe('present');
  });

  test("imaging the patient had, underwent or received is prior imaging (CM17-0011703: 'the patient received a cervical x-ray of unknown date')", async () => {
    const state = async (text: string) => (await factsOf(text, 'MRI of the lumbar spine')).priorImaging!.state;
    expect(await state('She had a lumbar MRI in 2014.')).toBe('present');
    expect(await state('He underwent x-rays of the lumbar spine on 1/2/2015.')).toBe('present');
    expect(await state('The patient has not had an MRI of the lumbar spine.')).toBe('absent');
    const xray = await itemFacts('dwc-2016/txt/CM17-0011703.txt', 2);
    expect([xray.priorImaging!.state, xray.priorImaging!.evidence[0]!.cue]).toEqual(['present', 'received a cervical x-ray']);
  });

  test("weeks or months of conservative care with persistent pain, or with no improvement, is conservative care failed", async () => {
    const state = async (text: string) => (await factsOf(text, 'Right shoulder arthroscopy')).failedConservativeCare!.state;
    expect(await state('The patient has had more than three months of conservative care including physical therapy, a cortisone injection, and NSAIDs, with persistent pain and positive impingement signs.')).toBe('present');
    expect(await state('She completed six weeks of physical therapy with no improvement.')).toBe('present');
    expect(await state('She completed six weeks of physical therapy with good improvement.')).toBe('unknown');
    expect(await state('Guidelines recommend three to six months of conservative care with persistent symptoms before surgery.')).toBe('unknown');
  });

  test("improvement reported but not quantified, or only subjective, is no functional improvement", async () => {
    const state = async (text: string) => (await factsOf(text, 'Norco 10/325mg #90')).functionalImprovement!.state;
    expect(await state('The patient reports improved function with Norco, but this was not quantified.')).toBe('absent');
    expect(await state('There was only subjective improvement reported.')).toBe('absent');
    expect(await state('The patient reports improved function with Norco, including walking 30 minutes daily.')).toBe('present');
  });

  test("what the patient is monitored for is looked for, not found: 'evidence that the patient is being monitored for aberrant drug behavior'", async () => {
    const state = async (text: string) => (await factsOf(text, 'Norco 10/325mg #120')).aberrantBehavior!.state;
    expect(await state('The clinical documentation failed to provide evidence that the patient is being monitored for aberrant drug behavior.')).toBe('unknown');
    expect(await state('The patient is monitored for signs of misuse with urine drug screens.')).toBe('unknown');
    expect(await state('He has exhibited aberrant drug behavior with early refills.')).toBe('present');
  });

  test("sessions had 'with no improvement' or 'without improvement' brought no functional improvement", async () => {
    const state = async (text: string, request: string) => (await factsOf(text, request)).functionalImprovement!.state;
    expect(await state('The patient has completed 6 sessions of acupuncture with no improvement noted.', 'Additional acupuncture x 6 sessions')).toBe('absent');
    expect(await state('She has had 12 sessions of physical therapy with no improvement.', 'Physical therapy 2x4')).toBe('absent');
    expect(await state('She has had 12 sessions of physical therapy with improvement in range of motion.', 'Physical therapy 2x4')).toBe('present');
  });

  test("a ', which …' clause that gives the case what the guideline names judges it, as one that denies it does", async () => {
    const tens = 'TENS unit purchase';
    expect(await stateOf('Guidelines recommend a TENS purchase only after a successful one-month trial, which the patient has completed.', tens, 'trialCompleted')).toBe('present');
    expect(await stateOf('Guidelines recommend a TENS purchase only after a successful one-month trial, which the patient has not completed.', tens, 'trialCompleted')).toBe('absent');
    const gabapentin = 'Gabapentin 600mg #90';
    expect(await stateOf('Gabapentin is recommended for neuropathic pain, which this patient has.', gabapentin, 'neuropathicPain')).toBe('present');
    expect(await stateOf('Gabapentin is recommended for neuropathic pain, which this patient does not have.', gabapentin, 'neuropathicPain')).toBe('absent');
    const norco = 'Norco 10/325mg #90';
    expect(await stateOf('The guidelines require a urine drug screen, which was performed on 10/1/2015 and was consistent.', norco, 'udsPerformed')).toBe('present');
    expect(await stateOf('The guidelines require documentation of functional improvement, which was not provided.', norco, 'functionalImprovement')).toBe('absent');
    // without the clause the guideline's reading stands
    expect(await stateOf('Gabapentin is recommended for neuropathic pain.', gabapentin, 'neuropathicPain')).toBe('unknown');
  });

  test("a clause whose subject points back judges what the guideline before it names: '…, but none are documented here'", async () => {
    const mri = 'MRI of the lumbar spine';
    expect(await stateOf('Guidelines support MRI when red flags are present, but none are documented here.', mri, 'redFlags')).toBe('absent');
    expect(await stateOf('MRI is recommended when red flags are present; however, there are none in this case.', mri, 'redFlags')).toBe('absent');
    const norco = 'Norco 10/325mg #90';
    expect(await stateOf('Continued opioid use requires documentation of functional improvement; in this case there is none.', norco, 'functionalImprovement')).toBe('absent');
    expect(await stateOf('Guidelines require functional improvement for continued use, but this has not been documented.', norco, 'functionalImprovement')).toBe('absent');
    expect(await stateOf('Continued use requires functional improvement; the records do not reflect this.', norco, 'functionalImprovement')).toBe('absent');
    expect(await stateOf('Continued use requires functional improvement, which the records do not show.', norco, 'functionalImprovement')).toBe('absent');
    expect(await stateOf('Guidelines recommend periodic urine drug screens, and this was performed on 10/01/2015.', norco, 'udsPerformed')).toBe('present');
    expect(await stateOf('Aberrant behaviors: there were none.', norco, 'aberrantBehavior')).toBe('absent');
    const omeprazole = 'Omeprazole 20mg #30';
    expect(await stateOf('A PPI is recommended for patients at intermediate risk of GI events, such as a history of peptic ulcer, but the patient has none.', omeprazole, 'giRisk')).toBe('absent');
    // across a sentence's end there is nothing to point back to; the guideline's reading stands
    expect(await stateOf('Guidelines support MRI when red flags are present. None are documented.', mri, 'redFlags')).toBe('unknown');
    // words that state the case are no antecedent, and "none of" names what follows it
    expect(await stateOf('The patient has radicular symptoms, and none were noted on MRI.', mri, 'radiculopathy')).toBe('present');
    expect(await stateOf('The patient has radicular symptoms and has none of the red flags.', mri, 'radiculopathy')).toBe('present');
    expect(await stateOf('The patient has radicular symptoms, and has none of the red flags.', mri, 'radiculopathy')).toBe('present');
  });

  test("a denial cut short by a prepositional phrase goes on to the items of its list that take it up with 'any'", async () => {
    const state = async (text: string) => (await factsOf(text, 'Butrans 10mcg/hr patch #4')).oralIntolerance!.state;
    expect(await state('The note did not describe any side effects from Norco, any difficulty swallowing, any problem with adherence to oral dosing or any other reason for the change.')).toBe('absent');
    expect(await state('The note does not describe any side effects from Norco, or any difficulty swallowing.')).toBe('absent');
    // an item without "any" is a finding of its own
    expect(await state('She has no side effects from Norco, difficulty swallowing since her stroke and reflux.')).toBe('present');
  });

  test("', and' between two clauses with verbs of their own ends a reading: the NSAIDs were stopped, not the osteoarthritis", async () => {
    const facts = await factsOf('This patient has right knee osteoarthritis, and oral NSAIDs were stopped because of stage 3 kidney disease and dyspepsia.', 'Voltaren 1% gel 100gm');
    expect([facts.osteoarthritis!.state, facts.oralIntolerance!.state]).toEqual(['present', 'present']);
    // a list's items before ", and" have no verb: the reading covers them all
    const tests = await factsOf("Tinel's, Phalen's, and compression tests were negative at the wrist.", 'EMG/NCV of the bilateral upper extremities');
    expect(tests.physicalExamFindings!.state).toBe('absent');
    expect((await factsOf('Oral NSAIDs were discontinued because of declining renal function and dyspepsia.', 'Voltaren 1% gel 100gm')).oralIntolerance!.state).toBe('present');
  });

  test('a denial that is its own list item\'s predicate judges that item only', async () => {
    const sentence =
      "Each criterion is documented here: a complete multidisciplinary evaluation with baseline testing, failure of extensive prior care, significant functional loss, a surgeon's opinion that surgery is not indicated, documented motivation, and a plan addressing time off work.";
    const facts = await factsOf(sentence, 'Functional restoration program, 80 hours');
    expect([facts.failedConservativeCare!.state, facts.motivationToChange!.state]).toEqual(['present', 'present']);
    // a comma that opens examples of what is denied does not end the denial
    const uds = await factsOf('In addition, there was a lack of documentation, such as a recent urine drug screen, demonstrating continued monitoring.', 'Norco 10/325mg #90');
    expect(uds.udsPerformed!.state).toBe('absent');
  });

  test("a first course is no prior treatment: 'has had no prior manipulation', 'consistent with an initial trial'", async () => {
    const state = async (text: string) => (await factsOf(text, 'Chiropractic manipulation 2 times a week for 3 weeks')).priorTreatmentSameKind!.state;
    expect(await state('This patient has had no prior manipulation for this injury.')).toBe('absent');
    expect(await state('The request for 6 visits is consistent with an initial trial.')).toBe('absent');
    expect(await state('She has had 6 prior chiropractic visits.')).toBe('present');
    expect((await factsOf('She had no improvement with prior therapy.', 'Physical therapy 2x4')).priorTreatmentSameKind!.state).toBe('present');
    // what further treatment is "contingent on" is asked for, not found
    expect((await factsOf('Continued treatment is therefore contingent on objective functional improvement.', 'Cognitive behavioral therapy x 4 sessions')).functionalImprovement!.state).toBe('unknown');
  });

  test("'at once' is no hypothesis, a trial 'that has not yet occurred' was not had, what is 'customarily' done is no fact of the case", async () => {
    const excess = await factsOf(
      'While the surgery is supported in this review, the request for all 24 visits at once exceeds the initial course and does not allow for reassessment of functional improvement.',
      'Post-operative physical therapy 3x8',
    );
    expect(excess.exceedsGuidelineQuantity!.state).toBe('present');
    const tens = 'TENS supplies (electrodes and batteries) for 3 months';
    expect((await factsOf('Supplies for three months anticipate a successful trial that has not yet occurred.', tens)).trialCompleted!.state).toBe('absent');
    expect((await factsOf('Supplies for the one-month trial period are customarily included in the rental.', tens)).trialCompleted!.state).toBe('unknown');
  });

  test("how the letter decides its surgery on another item (letterSurgeryDecision): what an associated service's rationale may leave unsaid", async () => {
    const letter = readCase('dwc-2016/txt/CM17-0014449.txt');
    const silent = letter.replace(
      'Decision rationale: As the requested surgical intervention is not medically necessary per the\ndocumentation, the requested ancillary service is not medically necessary.',
      'Decision rationale: The sling is requested for use after the shoulder surgery.',
    );
    expect(silent).not.toBe(letter);
    const sling = await factsOfLetter(silent, 2);
    expect([sling.primaryProcedureSupported!.state, sling.letterSurgeryDecision!.value]).toEqual(['unknown', 'upheld']);
    expect(sling.letterSurgeryDecision!.evidence[0]!.note).toBe('item 1 of this letter, the surgery, is Upheld');
    const overturned = silent.replace('Operative arthroscopy, superior labral anterior posterior repair, right shoulder: Upheld', 'Operative arthroscopy, superior labral anterior posterior repair, right shoulder: Overturned');
    expect(overturned).not.toBe(silent);
    expect((await factsOfLetter(overturned, 2)).letterSurgeryDecision!.value).toBe('overturned');
    // the surgery item itself, and a letter without one, have none to go by
    expect((await factsOfLetter(silent, 1)).letterSurgeryDecision!.value).toBe('none');
    expect((await factsOf('The request is reviewed.', 'Associated surgical service: Ultrasling')).letterSurgeryDecision!.value).toBe('none');
  });

  test('a request dated within six weeks after a surgery the letter dates is post-operative', async () => {
    const summary = 'He underwent left ACL reconstruction with a hamstring autograft on 09/08/2016.';
    const after = async (request: string) => (await factsOf('The request is reviewed.', request, summary)).postoperativeRequest!;
    const fourDays = await after('Retrospective Norco 5/325mg #30 (DOS 09/12/2016)');
    expect([fourDays.value, fourDays.evidence[1]!.note]).toEqual([true, 'the service date is 4 days after this surgery']);
    expect((await after('Retrospective Norco 5/325mg #30 (DOS 12/12/2016)')).value).toBe(false);
    expect((await after('Retrospective Norco 5/325mg #30 (DOS 09/01/2016)')).value).toBe(false);
    expect((await after('Norco 5/325mg #30')).value).toBe(false);
  });

  test('readings found by letters written by another hand: a first course, what has not been shown, months of splinting, a surgery considered', async () => {
    const acupuncture = 'Acupuncture 6 sessions, cervical spine';
    expect((await factsOf('The request for 6 sessions is within the recommended initial trial.', acupuncture)).priorTreatmentSameKind!.state).toBe('absent');
    expect((await factsOf('She has had no prior psychotherapy, and the request is for 4 sessions.', 'Cognitive behavioral therapy, 4 sessions')).priorTreatmentSameKind!.state).toBe('absent');
    expect((await factsOf('Functional improvement has not been shown.', acupuncture)).functionalImprovement!.state).toBe('absent');
    const ctr = 'Right carpal tunnel release';
    expect((await factsOf('She has failed more than 6 months of splinting, NSAIDs, activity modification and OT.', ctr)).failedConservativeCare!.state).toBe('present');
    expect((await factsOf('Reconstruction is being considered.', 'MRI of the left knee without contrast')).surgeryConsidered!.state).toBe('present');
  });

  test("' and the' before a record and what was done with it ends a denial, even without a comma", async () => {
    const percocet = 'Post-operative Percocet 5/325mg #30';
    expect((await factsOf('The patient is opioid naive, has no history of substance use disorder and the CURES report was checked before surgery.', percocet)).curesChecked!.state).toBe('present');
    // a requirement in the perfect is what is not documented (CM17-0007300)
    const perfect = await factsOf('The treating physician fails to document failure of other treatment methods, comprehensive screening evaluation, and the CURES has been queried.', percocet);
    expect(perfect.curesChecked!.state).toBe('absent');
  });

  test('a negation of existence stops at a noun phrase with a determiner of its own after a comma; the records\' silence reads on', async () => {
    const norco = 'Norco 5/325mg #60';
    const listed = await factsOf('In this case, the report documents no adverse effects, a consistent UDS, CURES review and an opioid agreement.', norco);
    expect([listed.udsPerformed!.state, listed.opioidAgreement!.state]).toEqual(['present', 'present']);
    expect((await factsOf('There was no UDS, CURES report, or opioid agreement.', norco)).opioidAgreement!.state).toBe('absent');
    const silent = await factsOf('There is no documentation of pain relief, an improvement in function, or a reduction in medication use.', norco);
    expect(silent.functionalImprovement!.state).toBe('absent');
  });

  test("months from MMI is not at MMI; a request's stated purpose is no finding; an authorized TKA is a supported surgery", async () => {
    const mmi = await factsOf('The injured worker is estimated to be 3 months from MMI and has not attempted a return to work.', 'Functional capacity evaluation');
    expect(mmi.maximumMedicalImprovement!.state).toBe('absent');
    expect((await factsOf('The stated purpose of documenting progression is not a guideline indication.', 'Repeat EMG/NCV bilateral lower extremities')).significantChange!.state).toBe('unknown');
    const tka = await factsOf('In this case, the left TKA has been authorized and is scheduled.', 'Associated surgical service: Post-op physical therapy, 12 visits, left knee');
    expect(tka.primaryProcedureSupported!.state).toBe('present');
  });

  test("imaging 'showing' a lesion a long phrase away, or an arthritic joint, is imaging evidence; a course's weeks after its weekly frequency are no drug's time in use", async () => {
    const surgery = 'Right shoulder arthroscopic subacromial decompression';
    const mri = 'An MRI of the right shoulder dated 09/14/2015 revealed a type II acromion with lateral downsloping, subacromial-subdeltoid bursitis and a partial-thickness bursal-sided tear of the supraspinatus tendon.';
    expect((await factsOf(mri, surgery)).imagingEvidence!.state).toBe('present');
    expect((await factsOf('There is evidence of night pain and an MRI showing a type II acromion with a partial-thickness tear.', surgery)).imagingEvidence!.state).toBe('present');
    const xray = 'Standing radiographs of the right knee demonstrated bone-on-bone narrowing of the medial compartment with osteophytes.';
    expect((await factsOf(xray, 'Right total knee arthroplasty')).imagingEvidence!.state).toBe('present');
    expect((await factsOf('The MRI showed no evidence of a rotator cuff tear.', surgery)).imagingEvidence!.state).toBe('absent');
    const requested = 'The physician requested physical therapy three times a week for four weeks for the lumbar spine, and cyclobenzaprine 7.5mg #20 to be taken at bedtime.';
    expect(await summaryStateOf(requested, 'Cyclobenzaprine 7.5mg #20', 'useDurationWeeks')).toBe('unknown');
    expect((await factsOf('The request is reviewed.', 'Cyclobenzaprine 7.5mg #20', 'She has taken cyclobenzaprine twice a day for 6 months.')).useDurationWeeks!.value).toBe(25.8);
  });

  test('a drug test the letter dates within four months of the decision is recent', async () => {
    const letter = readCase('dwc-2016/txt/CM16-0237163.txt');
    const decision = /Decision Date:\s+(\d{2})\/(\d{2})\/(\d{4})/.exec(letter)!;
    const daysBefore = (days: number) => {
      const date = new Date(Date.UTC(Number(decision[3]), Number(decision[1]) - 1, Number(decision[2])) - days * 24 * 3600 * 1000);
      return `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`;
    };
    const withScreen = (days: number) =>
      factsOfLetter(letter.replace('Decision rationale:', `Decision rationale: A urine drug screen dated ${daysBefore(days)} was consistent with his medications.`));
    const recent = (await withScreen(60)).recentDrugTest!;
    expect([recent.state, recent.evidence[0]!.note]).toEqual(['present', 'a drug test dated 60 days before the decision']);
    expect((await withScreen(200)).recentDrugTest!.state).toBe('unknown');
    // a month and year: its middle ("UDS 11/2016 was consistent", decided 01/10/2017)
    const monthOnly = await factsOfLetter(letter.replace('Decision rationale:', 'Decision rationale: The UDS 11/2016 was consistent.'));
    expect(monthOnly.recentDrugTest!.evidence[0]!.note).toBe('a drug test dated 56 days before the decision');
  });

  test("a list's next count is no prior course after a verb denied or when it is the request's ('and 6 sessions is within …')", async () => {
    const acupuncture = 'Acupuncture x 6 sessions, cervical spine';
    const never = await factsOf('She has never had acupuncture, so this is an initial trial, and 6 sessions is within the allowed number.', acupuncture);
    expect(never.priorSessions!.state).toBe('unknown');
    expect((await factsOf('She has completed 6 sessions of acupuncture and 10 sessions of physical therapy.', acupuncture)).priorSessions!.value).toBe(6);
  });

  test("a double negative is no denial: 'There is no indication that the patient has not benefited from tramadol'", async () => {
    const state = async (text: string) => (await factsOf(text, 'Tramadol 50mg #90')).painRelief!.state;
    expect(await state('There is no indication that the patient has not benefited from tramadol.')).toBe('unknown');
    expect(await state('There is no indication that the patient has benefited from tramadol.')).toBe('absent');
  });

  test("what the patient can now do is a functional improvement: 'can now walk three blocks', 'walks 2 blocks further', 'walking tolerance tripled'", async () => {
    const meloxicam = 'Meloxicam 15mg #30';
    expect(await stateOf('She could now walk three blocks, compared with one block previously.', meloxicam, 'functionalImprovement')).toBe('present');
    expect(await stateOf('His pain falls from 7/10 to 4/10 with naproxen and he walks 2 blocks further.', 'Naproxen 550mg #60', 'functionalImprovement')).toBe('present');
    expect(await stateOf('Pain decreased from 7/10 to 4/10 and walking tolerance tripled.', meloxicam, 'functionalImprovement')).toBe('present');
    expect(await stateOf('She could again walk to the mailbox and do her own grocery shopping.', meloxicam, 'functionalImprovement')).toBe('present');
    // what the patient cannot do, or could not before, is no improvement
    expect(await stateOf('He can walk no further than one block.', meloxicam, 'functionalImprovement')).toBe('unknown');
    expect(await stateOf('He could not walk more than one block previously.', meloxicam, 'functionalImprovement')).toBe('unknown');
  });

  test("an opioid's 4 A's as a reviewer lists them: what the patient does with the drug, cannot do without it, works part time; a denial borne out by a drug screen", async () => {
    const fentanyl = 'Fentanyl patch 25mcg/hr #10';
    expect(await stateOf('The patient reported that with medications he walks one mile daily and does light yard work.', fentanyl, 'functionalImprovement')).toBe('present');
    expect(await stateOf("Without medications he reported he 'can't get out of bed'.", fentanyl, 'functionalImprovement')).toBe('present');
    expect(await stateOf('He walks one mile daily.', fentanyl, 'functionalImprovement')).toBe('unknown');
    expect(await stateOf('He works part time as a dispatcher, 20 hours per week.', fentanyl, 'returnToWork')).toBe('present');
    expect(await stateOf('The physician documents no aberrant behavior, supported by a consistent UDS in 06-2016 and a CURES review.', fentanyl, 'udsPerformed')).toBe('present');
    expect(await stateOf('The physician documents no aberrant behavior, supported by a consistent UDS in 06-2016 and a CURES review.', fentanyl, 'aberrantBehavior')).toBe('absent');
  });

  test("'a normal EMG' says the EMG was normal, not what came before it; drugs tried without adequate control have failed", async () => {
    const tpi = 'Trigger point injections x3, right upper trapezius';
    expect(await stateOf('She has three trigger points, failed therapy and medications, and a normal EMG.', tpi, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('She has tried naproxen and cyclobenzaprine without adequate control of her pain.', tpi, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('She tried naproxen without any side effects.', tpi, 'failedConservativeCare')).toBe('unknown');
  });

  test("a request that matches the initial trial is no prior course; 'the diagnosis is not in doubt' finds it clinically obvious", async () => {
    const chiropractic = 'Chiropractic manipulation 3 times a week for 2 weeks, lumbar spine';
    expect(await stateOf('He has not had chiropractic care before. The request matches the initial trial.', chiropractic, 'priorTreatmentSameKind')).toBe('absent');
    expect(await stateOf('He completed the initial trial of 6 visits with improvement.', chiropractic, 'priorTreatmentSameKind')).toBe('present');
    const emg = 'EMG/NCV of the bilateral lower extremities';
    expect(await stateOf('The diagnosis is not in doubt, and there are no symptoms in the left leg.', emg, 'diagnosisClinicallyObvious')).toBe('present');
    expect(await stateOf('The diagnosis is not clear.', emg, 'diagnosisClinicallyObvious')).toBe('unknown');
  });

  test("pain that has gone from a higher score to a lower one or fallen by half is relieved; back to part-time work is working; what she now does is function", async () => {
    const nucynta = 'Nucynta 50mg #90';
    expect(await stateOf('By 09-2016 her pain had gone from 8/10 to 4/10.', nucynta, 'painRelief')).toBe('present');
    expect(await stateOf('Her pain went from 3/10 to 7/10 after the medication ran out.', nucynta, 'painRelief')).toBe('unknown');
    expect(await stateOf('On Nucynta her pain has fallen by half.', nucynta, 'painRelief')).toBe('present');
    expect(await stateOf('Her pain has been reduced by 50 percent.', nucynta, 'painRelief')).toBe('present');
    expect(await stateOf('She has returned to part-time work.', nucynta, 'returnToWork')).toBe('present');
    expect(await stateOf('She has not returned to modified duty.', nucynta, 'returnToWork')).toBe('absent');
    expect(await stateOf('She now vacuums, cooks for her family and walks 30 minutes a day.', nucynta, 'functionalImprovement')).toBe('present');
  });

  test("'an absent patellar reflex' is a finding, not a denial of what follows it; 'are absent' denies what precedes it", async () => {
    const ct = 'CT scan of the lumbar spine without contrast';
    const sentence = 'This worker has a progressive left L4 radiculopathy with quadriceps weakness, an absent patellar reflex and dermatomal sensory loss after eight weeks of failed conservative treatment.';
    expect(await stateOf(sentence, ct, 'radiculopathy')).toBe('present');
    expect(await stateOf(sentence, ct, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('Examination showed absent Achilles reflexes and decreased sensation in the S1 dermatome.', ct, 'neuroDeficit')).toBe('present');
    expect(await stateOf('Radicular symptoms are absent.', ct, 'radiculopathy')).toBe('absent');
  });

  test("'this 68 year old man …' after a guideline sentence speaks of the case; pain lowered by two points is relieved", async () => {
    const omeprazole = 'Omeprazole 20mg #30';
    const afterGuideline = 'A proton pump inhibitor is appropriate for patients taking NSAIDs who are at intermediate or high risk of gastrointestinal events. This 68 year old man takes daily naproxen with low-dose aspirin and has a history of a bleeding gastric ulcer.';
    expect(await stateOf(afterGuideline, omeprazole, 'giRisk')).toBe('present');
    expect(await stateOf('He stated it lowers his pain by about two points.', 'Meloxicam 15mg #30', 'painRelief')).toBe('present');
    expect(await stateOf('The provider documents a two point drop in pain.', 'Meloxicam 15mg #30', 'painRelief')).toBe('present');
  });

  test("a CURES report that came back negative was run; what she 'can perform … with it' (the drug) and what it 'lets her do' are function", async () => {
    const percocet = 'Percocet 5/325mg #30';
    expect(await stateOf('He has no prior history of opioid use; the CURES report dated 10-03-2016 was negative.', percocet, 'curesChecked')).toBe('present');
    expect(await stateOf('No CURES report was provided.', percocet, 'curesChecked')).toBe('absent');
    const naproxen = 'Naproxen 550mg #60';
    expect(await stateOf('She obtains a 2-point reduction in pain with naproxen and can perform household chores with it.', naproxen, 'functionalImprovement')).toBe('present');
    expect(await stateOf('Naproxen reduces her pain by about 2 points and lets her do household chores.', naproxen, 'functionalImprovement')).toBe('present');
    expect(await stateOf('She can do nothing with it.', naproxen, 'functionalImprovement')).toBe('unknown');
  });

  test('an opioid denied within six weeks after a surgery the letter dates, the date first, is for post-operative pain', async () => {
    const summary = 'On 10-04-2016 he underwent right shoulder arthroscopy with rotator cuff repair.';
    expect((await datedFactsOf('Percocet 5/325mg #30', summary, '11/18/2016', '10/18/2016')).postoperativeRequest!.value).toBe(true);
    expect((await datedFactsOf('Percocet 5/325mg #30', summary, '11/18/2016', '02/18/2017')).postoperativeRequest!.value).toBe(false);
  });

  test("walking only so far, with a walker and standby assistance, is a mobility limitation", async () => {
    const walker = 'Front-wheeled walker';
    expect(await stateOf('She ambulates only 50 feet with a front-wheeled walker and standby assistance.', walker, 'mobilityLimitation')).toBe('present');
    expect(await stateOf('He ambulates with a single-point cane for community distances.', walker, 'mobilityLimitation')).toBe('present');
    expect(await stateOf('She walks independently without an assistive device.', walker, 'mobilityLimitation')).toBe('absent');
  });

  test("a normal finding after ' and his examination' is the examination's; trigger points are their own finding; 'nowhere mentions' is not documented", async () => {
    expect(await stateOf('At the visit dated 10/17/2016, his pain had decreased from 7/10 to 5/10 and his neurological examination remained normal.', 'Ibuprofen 600mg #90', 'painRelief')).toBe('present');
    const tpi = 'Trigger point injections x 3, right trapezius';
    expect(await stateOf('Regarding tizanidine, the notes do not describe spasm. The progress note documents three circumscribed trigger points with a local twitch response.', tpi, 'triggerPoints')).toBe('present');
    expect(await stateOf('The physician describes diffuse tenderness, but nowhere mentions a discrete trigger point, a twitch response or a referred pain pattern.', tpi, 'triggerPoints')).toBe('absent');
  });

  test('a drug test that utilization review denied, or that was requested, is no test done; the last test dated years back is not recent', async () => {
    const recentTest = async (summary: string) => (await datedFactsOf('Urine drug screen', summary, '11/25/2016', '10/25/2016')).recentDrugTest!.state;
    expect(await recentTest('He has taken Percocet since 2013. The last urine drug screen in the records is dated 02-11-2014. Utilization review on 10-25-2016 non-certified Percocet and the urine drug screen.')).toBe('unknown');
    // the patient's own denial is no decision on the test
    expect(await recentTest('He has taken Percocet since 2013. He denied illicit drug use, and a urine drug screen on 10-01-2016 was consistent.')).toBe('present');
    // tests dated as done, in a sentence that also asks for another
    expect(
      await recentTest('Urine drug screens have been collected at every monthly visit from 05/2016 through 10/2016, all consistent with prescribed tramadol, and another was requested for the next visit.'),
    ).toBe('present');
  });

  test("an injection that 'provided relief for approximately six weeks before her symptoms recurred' failed", async () => {
    const ctr = 'Left carpal tunnel release';
    const recurred = 'Treatment has included night splints and a left carpal tunnel corticosteroid injection on 05-17-2016 which provided relief for approximately six weeks before her symptoms recurred.';
    expect(await summaryStateOf(recurred, ctr, 'failedConservativeCare')).toBe('present');
    // relief that goes on is no failure
    expect(await summaryStateOf('A corticosteroid injection on 05-17-2016 provided relief for approximately six weeks so far.', ctr, 'failedConservativeCare')).toBe('unknown');
  });

  test("a carpal tunnel release upheld for want of studies the summary reports with their latencies: 'there are no electrodiagnostic studies available for review to confirm the diagnosis'", async () => {
    const ctr = 'Right carpal tunnel release';
    const rationale = 'However, there are no electrodiagnostic studies available for review to confirm the diagnosis, and there is no documentation that the patient has failed a trial of splinting or an injection.';
    const summary = 'Prior treatments include night splinting and a right carpal tunnel corticosteroid injection performed on 08/24/2016, which provided complete relief of numbness for approximately five weeks, after which the symptoms returned. Diagnostic studies included nerve conduction studies and EMG of the bilateral upper extremities performed on 07/12/2016, which revealed a right median distal motor latency of 5.6 ms and a prolonged right median sensory latency of 4.3 ms across the wrist, interpreted as moderate right carpal tunnel syndrome.';
    const facts = await factsOf(rationale, ctr, summary);
    expect([facts.imagingEvidence!.state, facts.imagingEvidence!.contradictedBy?.cue?.endsWith('interpreted as moderate right carpal tunnel')]).toEqual(['absent', true]);
    expect(facts.failedConservativeCare!.contradictedBy?.cue).toMatch(/corticosteroid injection performed on 08\/24\/2016, which provided complete relief of numbness for approximately five weeks$/);
  });

  test("'acute lumbar strain' is an acute injury; only temporary relief from splinting and an injection is failed care, a diagnostic anesthetic injection's is not", async () => {
    expect(await stateOf('He is being treated for acute lumbar strain and right rib contusion.', 'Tramadol 50mg #30', 'acuteExacerbation')).toBe('present');
    expect(await stateOf('She has chronic lumbar strain.', 'Tramadol 50mg #30', 'acuteExacerbation')).toBe('unknown');
    const ctr = 'Right carpal tunnel release';
    expect(await stateOf('She has had only temporary relief from splinting, therapy and a steroid injection.', ctr, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('ACOEM and ODG recommend that there be a positive impingement sign with temporary relief after anesthetic injection.', 'Shoulder arthroscopy', 'failedConservativeCare')).toBe('unknown');
  });

  test('conservative care failed as reviewers word it: after failing therapy, with only brief relief, despite weeks of therapy, treatment to date without improvement', async () => {
    const state = (text: string) => stateOf(text, 'L4-5 laminectomy', 'failedConservativeCare');
    expect(await state('He has severe L4-5 stenosis on MRI, after failing therapy, medications and two epidural injections.')).toBe('present');
    expect(await state('Treatment has included physical therapy, NSAIDs and two epidural steroid injections with only brief relief.')).toBe('present');
    expect(await state('He has locking and a positive McMurray test despite more than 10 weeks of therapy, NSAIDs and activity modification.')).toBe('present');
    expect(await state('Treatment to date includes 8 sessions of physical therapy, naproxen, and modified duty for more than 10 weeks, without improvement in mechanical symptoms.')).toBe('present');
    expect(await state('He has talar dome tenderness and catching despite a boot, medication and 12 therapy visits.')).toBe('present');
    expect(await state('He was failing to attend therapy.')).toBe('unknown');
  });

  test("a guideline's 'patient selection criteria … include' states the guideline, not the case", async () => {
    const text = 'Patient selection criteria, if it is to be used anyway, include pain that is ineffectively controlled due to diminished effectiveness of medications, followed by a one-month trial with documented improvement before purchase.';
    expect(await stateOf(text, 'Interferential unit purchase', 'trialCompleted')).toBe('unknown');
    expect(await stateOf(text, 'Interferential unit purchase', 'painRelief')).toBe('unknown');
  });

  test("the guideline's own patient ('determine if the patient is at risk', 'the patient not being a candidate for surgery') does not end the guideline; this case's does", async () => {
    const omeprazole = 'Omeprazole 20mg #60';
    expect(await stateOf('According to the MTUS, clinicians should determine if the patient is at risk for gastrointestinal events: age over 65 years, history of peptic ulcer, GI bleeding or perforation.', omeprazole, 'giRisk')).toBe('unknown');
    expect(await stateOf('Guidelines recommend a PPI for patients at risk, and the patient has a history of GI bleeding.', omeprazole, 'giRisk')).toBe('present');
    const frp = 'Functional restoration program evaluation';
    const criteria = 'The MTUS criteria for chronic pain programs call for an adequate and thorough evaluation, significant loss of ability to function independently, the patient not being a candidate for surgery, motivation to change, and negative predictors of success addressed.';
    expect(await stateOf(criteria, frp, 'surgeryConsidered')).toBe('unknown');
    expect(await stateOf(criteria, frp, 'motivationToChange')).toBe('unknown');
  });

  test('a deficit measured getting worse is a progressive neurological deficit, a red flag', async () => {
    const mri = 'MRI of the lumbar spine without contrast';
    expect(await stateOf('This worker has developed a foot drop over two weeks, with dorsiflexion and EHL strength falling from 4/5 to 3/5.', mri, 'redFlags')).toBe('present');
    expect(await stateOf('Examination showed weakness of right ankle dorsiflexion at 3/5, down from 4/5 two weeks earlier.', mri, 'redFlags')).toBe('present');
    expect(await stateOf('Strength improved from 4/5 to 5/5.', mri, 'redFlags')).toBe('unknown');
  });

  test('arthritis of a joint amenable to topical treatment is of the knee, elbow, wrist, hand, ankle or foot, not the hip or spine', async () => {
    const voltaren = 'Voltaren 1% gel 100gm';
    expect(await stateOf('She has right knee osteoarthritis.', voltaren, 'amenableJointArthritis')).toBe('present');
    expect(await stateOf('He has osteoarthritis of both hands.', voltaren, 'amenableJointArthritis')).toBe('present');
    expect(await stateOf('She has lateral epicondylitis.', voltaren, 'amenableJointArthritis')).toBe('present');
    expect(await stateOf('She has osteoarthritis of the right hip.', voltaren, 'amenableJointArthritis')).toBe('unknown');
    expect(await stateOf('He has lumbar degenerative disc disease and facet arthritis.', voltaren, 'amenableJointArthritis')).toBe('unknown');
  });

  test("a dose the reviewer finds above the guideline's threshold exceeds it; a guideline's statement about such doses, or a symptom called excessive, does not", async () => {
    const oxycodone = 'Oxycodone 15mg #120';
    expect(await stateOf('The current dose of 90 mg MED is above the recommended threshold.', oxycodone, 'exceedsGuidelineQuantity')).toBe('present');
    expect(await stateOf('The current dose of 30 MED does not exceed the recommended threshold.', oxycodone, 'exceedsGuidelineQuantity')).toBe('absent');
    expect(await stateOf('Doses above the threshold require a consultation with a pain specialist.', oxycodone, 'exceedsGuidelineQuantity')).toBe('unknown');
    expect(await stateOf('She reports excessive sedation with oxycodone.', oxycodone, 'exceedsGuidelineQuantity')).toBe('unknown');
    expect(await stateOf('The request for 12 additional sessions is excessive.', 'Physical therapy x 12', 'exceedsGuidelineQuantity')).toBe('present');
  });

  test("visits the rationale says are to come are no prior sessions: 'has not yet had any post-operative therapy, and 8 visits … falls within'", async () => {
    const pt = 'Physical therapy 2 times a week for 4 weeks, right ankle';
    const facts = await factsOf('She has not yet had any post-operative therapy, and 8 visits, to start after cast removal, falls within the initial course.', pt);
    expect([facts.priorSessions!.value, facts.totalVisits!.value]).toEqual([null, null]);
    expect((await factsOf('She has had 12 sessions of therapy and 6 visits of acupuncture.', pt)).priorSessions!.value).toBe(12);
  });

  test("'the request, 6 visits, is a standard initial trial' is no prior course", async () => {
    const chiro = 'Chiropractic manipulation 2 times a week for 3 weeks, lumbar spine';
    expect(await stateOf('The request, 6 visits, is a standard initial trial.', chiro, 'priorTreatmentSameKind')).toBe('absent');
    expect(await stateOf('He completed an initial trial of 6 chiropractic visits in 2015.', chiro, 'priorTreatmentSameKind')).toBe('present');
  });

  test('a finding measured changing after a comma is a clause of its own: the negation before it does not reach it', async () => {
    const pt = 'Post-operative physical therapy 2 times a week for 3 weeks, left knee';
    const summary = 'The PT progress note documented that he was walking without crutches, quadriceps strength improved from 4/5 to 5/5, and he could climb stairs.';
    expect(await summaryStateOf(summary, pt, 'functionalImprovement')).toBe('present');
    expect(await stateOf('He denies fever, chills or weight loss.', 'MRI of the lumbar spine', 'redFlags')).toBe('absent');
  });

  test("the sources a denial is borne out by are had: 'no aberrant behaviors by history, CURES or drug testing'", async () => {
    const tramadol = 'Tramadol ER 100mg #30';
    const facts = await factsOf('She works full duty and has no aberrant behaviors by history, CURES or drug testing.', tramadol);
    expect([facts.aberrantBehavior!.state, facts.curesChecked!.state, facts.udsPerformed!.state]).toEqual(['absent', 'present', 'present']);
  });

  test("a drug's relief and function are not read from a sentence about an injection or a course of therapy that names no medication", async () => {
    const tramadol = 'Tramadol ER 100mg #30';
    const injections = 'She received trigger point injections on 08-24-2016; she reports about 30% relief that lasted 10 days, with no change in function.';
    expect(await summaryStateOf(injections, tramadol, 'functionalImprovement')).toBe('unknown');
    const both = 'Despite physical therapy and her medications, there has been no change in function.';
    expect(await summaryStateOf(both, tramadol, 'functionalImprovement')).toBe('absent');
  });

  test("pain 'before' a drug and 'with it', and an activity done 'instead of' less, are the drug's relief and function", async () => {
    const gabapentin = 'Gabapentin 600mg #90';
    const summary = 'He reported burning pain down the left leg, rated 8 out of 10 before gabapentin and 4-5 out of 10 with it. He reported being able to walk 30 minutes instead of 10.';
    const facts = await factsOf('The request is reviewed.', gabapentin, summary);
    expect([facts.painReductionPercent!.value, facts.functionalImprovement!.state]).toEqual([50, 'present']);
  });

  test("the reviewer's 'unequivocal motor and sensory deficit' makes the radiculopathy clinically obvious", async () => {
    const emg = 'EMG/NCV bilateral lower extremities';
    expect(await stateOf('Here the findings are neither subtle nor equivocal: there is an unequivocal L5 motor and sensory deficit.', emg, 'diagnosisClinicallyObvious')).toBe('present');
    expect(await stateOf('There are no unequivocal objective findings of nerve compromise.', emg, 'diagnosisClinicallyObvious')).not.toBe('present');
  });

  test('the days from a surgery the letter dates to the request denied after it are known within six weeks', async () => {
    const percocet = 'Percocet 5/325mg #40';
    const summary = 'On 09/06/2016 she underwent open reduction and internal fixation of the right ankle.';
    const soon = await datedFactsOf(percocet, summary, '10/21/2016', '09/20/2016');
    expect([soon.daysAfterSurgery!.value, soon.postoperativeRequest!.value]).toEqual([14, true]);
    const later = await datedFactsOf(percocet, summary, '01/21/2017', '12/20/2016');
    expect([later.daysAfterSurgery!.state, later.postoperativeRequest!.value]).toEqual(['unknown', false]);
  });

  test("after a guideline's sentences, 'Twelve visits exceeds both the initial course …' weighs the request: it speaks of the case", async () => {
    const ot = 'Post-operative occupational therapy 12 visits, right wrist';
    const guideline = 'The Postsurgical Treatment Guidelines allow 3-8 visits over 3-5 weeks after carpal tunnel release. The initial course of therapy is one half of the general course.';
    expect(await stateOf(`${guideline} Twelve visits exceeds both the initial course and the maximum general course.`, ot, 'exceedsGuidelineQuantity')).toBe('present');
    expect(await stateOf(`${guideline} More visits are not recommended.`, ot, 'exceedsGuidelineQuantity')).toBe('unknown');
  });

  test("'the absence of side effects, the CURES check and an agreement': the absence is one item's of a list whose items have their own determiners", async () => {
    const norco = 'Norco 5/325mg #60';
    expect(await stateOf('The surgeon recorded the pain relief, the absence of side effects, the CURES check and an agreement.', norco, 'curesChecked')).toBe('present');
    expect(await stateOf('The records show an absence of pain scores, urine drug screens or CURES reports.', norco, 'curesChecked')).toBe('absent');
  });

  test('a review of systems denies every item of its list, however long, a prepositional phrase within an item included', async () => {
    const mri = 'MRI of the lumbar spine';
    const denied = 'She denied fever, weight loss, history of cancer, trauma from a fall, saddle anesthesia, and bowel or bladder changes.';
    expect(await summaryStateOf(denied, mri, 'redFlags')).toBe('absent');
    const negative = 'Review of systems was negative for fever, chills, night sweats, unintended weight loss, numbness of the groin, and urinary retention.';
    expect(await summaryStateOf(negative, mri, 'redFlags')).toBe('absent');
    // an examination's list is not so: its first finding only is denied
    const exam = 'Examination showed no deformity, tenderness of the trapezius and the levator scapulae, spasm of the paraspinal muscles, and decreased sensation in the left L5 dermatome.';
    expect(await stateOf(exam, mri, 'neuroDeficit')).toBe('present');
  });

  test("a comma before the same subject's next predicate ends a denial: '…, cannot take NSAIDs after a GI bleed, had only brief benefit from a steroid injection'", async () => {
    const synvisc = 'Synvisc-One injection, right knee';
    const text = 'The claimant has failed therapy, bracing and acetaminophen, cannot take standard NSAIDs after a GI bleed, had only brief benefit from a steroid injection, and is deferring arthroplasty.';
    expect(await stateOf(text, synvisc, 'failedConservativeCare')).toBe('present');
  });

  test("pain that 'has not changed despite' a treatment is that treatment failed, not denied", async () => {
    const tpi = 'Trigger point injections x3, right trapezius';
    expect(await stateOf('Her trapezius pain has not changed despite eight physical therapy sessions, daily stretching and ibuprofen.', tpi, 'failedConservativeCare')).toBe('present');
  });

  test("'leaves the home only for medical appointments' is homebound; 'leaves the house to shop' is not; 'unable to leave the house' is", async () => {
    const home = 'Home health skilled nursing 2 times per week for 6 weeks';
    expect(await stateOf('He uses a wheelchair and leaves the home only for medical appointments.', home, 'homebound')).toBe('present');
    expect(await stateOf('She leaves the house to shop.', home, 'homebound')).toBe('absent');
    expect(await stateOf('She is unable to leave the house without assistance.', home, 'homebound')).toBe('present');
  });

  test("functional gains as reviewers put them: 'objective gains in flexion', 'flexion improving from 70 to 100 degrees', 'resumed driving'; 'subjective benefit' is none", async () => {
    const pt = 'Post-operative physical therapy, 12 sessions for the right knee';
    expect(await stateOf('He has completed 12 visits with objective gains in flexion, extension and quadriceps strength.', pt, 'functionalImprovement')).toBe('present');
    expect(await stateOf('The discharge summary documents knee flexion improving from 70 to 100 degrees.', pt, 'functionalImprovement')).toBe('present');
    expect(await stateOf('After 4 initial sessions she resumed driving and daily walking.', 'Cognitive behavioral therapy, 6 additional sessions', 'functionalImprovement')).toBe('present');
    expect(await stateOf('He reported subjective benefit from the initial sessions, feeling looser after treatment.', 'Acupuncture, 8 additional sessions', 'functionalImprovement')).toBe('absent');
  });

  test("a utilization review's denial denies a request, not a finding; a side compared with the other ('on the right versus … on the left') is no differential", async () => {
    const emg = 'EMG/NCV of the bilateral upper extremities';
    expect(await stateOf('On 09/13/2016, utilization review denied EMG/NCV of the bilateral upper extremities and right carpal tunnel release.', emg, 'carpalTunnel')).toBe('present');
    expect(await stateOf('She denied carpal tunnel symptoms.', emg, 'carpalTunnel')).toBe('absent');
    const exam = 'Examination documented decreased two-point discrimination, grip strength of 14 kg on the right versus 24 kg on the left, and 4/5 right thumb abduction.';
    expect(await stateOf(exam, emg, 'neuroDeficit')).toBe('present');
  });

  test("a range of motion short of full ('extension lacking 10 degrees') is a finding, not a want of documentation", async () => {
    const pt = 'Post-operative physical therapy, 12 sessions for the right knee';
    const summary = 'The discharge summary documents knee flexion improving from 70 to 100 degrees, extension lacking 10 degrees, and a cane for household distances.';
    const facts = await factsOf('The request is reviewed.', pt, summary);
    expect(facts.functionalImprovement!.state).toBe('present');
    expect(facts.functionalImprovement!.evidence[0]!.modifiers ?? []).toEqual([]);
    expect(await stateOf('Documentation of objective functional improvement is lacking.', pt, 'functionalImprovement')).toBe('absent');
  });

  test("a denial after a comma with a subject of its own does not reach back into a clause that has its verb ('sensation was decreased in the S1 dermatome, the left Achilles reflex was absent')", async () => {
    const esi = 'Left L5-S1 transforaminal epidural steroid injection';
    const exam = 'On examination, sensation was decreased over the left lateral foot in the S1 dermatome, the left Achilles reflex was absent and plantar flexion was 4/5.';
    expect(await stateOf(exam, esi, 'radiculopathy')).toBe('present');
    // a denial after the comma whose subject is the results of what came before still judges it
    expect(await stateOf('Sensation was tested in the S1 dermatome, the findings were negative.', esi, 'radiculopathy')).toBe('absent');
  });

  test("'7/10 without tramadol and 3/10 with it' gives the score's condition: the relief after it is not negated", async () => {
    expect(await stateOf('He rates pain 7/10 without tramadol and 3/10 with it, with relief lasting about 5 hours.', 'Tramadol 50mg #120', 'painRelief')).toBe('present');
    expect(await stateOf('He continues to report pain without relief from tramadol.', 'Tramadol 50mg #120', 'painRelief')).toBe('absent');
  });

  test("'low back pain rated 4 out of 10 without radiation, numbness or tingling in the legs' denies the symptoms: no score's condition", async () => {
    const emg = 'EMG/NCV of the bilateral lower extremities';
    expect(await summaryStateOf('She also reported low back pain rated 4 out of 10 without radiation, numbness or tingling in the legs.', emg, 'neuropathicPain')).toBe('absent');
    expect(await summaryStateOf('She also reported low back pain rated 4 out of 10, with numbness and tingling in the legs.', emg, 'neuropathicPain')).toBe('present');
  });

  test("'she should be able to continue with a home exercise program' is the reviewer's view of the patient, not a guideline reading back", async () => {
    const acupuncture = 'Acupuncture 6 additional sessions for the neck';
    const text = 'There is no clear documentation of objective functional improvement to support additional sessions, and she should be able to continue with a home exercise program.';
    expect(await stateOf(text, acupuncture, 'functionalImprovement')).toBe('absent');
    expect(await stateOf('Functional improvement should be documented before more sessions.', acupuncture, 'functionalImprovement')).toBe('unknown');
  });

  test("care completed without lasting relief has failed: 'completed 12 physical therapy sessions and took naproxen and cyclobenzaprine without lasting relief'", async () => {
    const esi = 'Left L5-S1 transforaminal epidural steroid injection';
    expect(await stateOf('Over the past six months he completed 12 physical therapy sessions and took naproxen and cyclobenzaprine without lasting relief.', esi, 'failedConservativeCare')).toBe('present');
  });

  test('a diagnostic medial branch block and its relief, and a neurotomy done before, for a radiofrequency neurotomy', async () => {
    const rfa = 'Bilateral L4-5 and L5-S1 radiofrequency ablation';
    expect(await stateOf('Medial branch blocks on 10-14-2015 produced 85% relief for six hours.', rfa, 'diagnosticBlockResponse')).toBe('present');
    expect(await stateOf('No medial branch blocks have ever been performed.', rfa, 'diagnosticBlockResponse')).toBe('absent');
    expect(await stateOf('She reported 40% relief after the medial branch blocks.', rfa, 'diagnosticBlockResponse')).toBe('absent');
    expect(await stateOf('The ablation is to follow if the blocks are positive.', rfa, 'diagnosticBlockResponse')).toBe('unknown');
    expect(await stateOf('Radiofrequency ablation was performed on 01-12-2016.', rfa, 'priorNeurotomy')).toBe('present');
  });

  test("'has failed more than a year of NSAIDs, Tylenol and exercise' is failed care", async () => {
    expect(await stateOf('He is 61 with grade 3-4 medial osteoarthritis and has failed more than a year of NSAIDs, Tylenol and exercise.', 'Synvisc injections to the right knee, series of 3', 'failedConservativeCare')).toBe('present');
  });

  test("a symptom or disability inventory measured better is a functional gain ('the BDI fell from 32 to 22', 'Neck Disability Index improved from 42% to 28%')", async () => {
    const cbt = 'Additional cognitive behavioral therapy, 6 sessions';
    expect(await stateOf('The BDI fell from 32 to 22 and the BAI from 27 to 18.', cbt, 'functionalImprovement')).toBe('present');
    expect(await stateOf('Her Neck Disability Index improved from 42% to 28%.', 'Acupuncture 6 additional sessions', 'functionalImprovement')).toBe('present');
    expect(await stateOf('There is no documentation that the Oswestry score decreased.', 'Acupuncture 6 additional sessions', 'functionalImprovement')).toBe('absent');
  });

  test("a laboratory test's purpose is its indication: 'a CBC and metabolic panel to check renal and hepatic function'", async () => {
    const labs = 'Laboratory tests: CBC and comprehensive metabolic panel';
    const summary = 'She has taken naproxen since 2010; the provider requested a CBC and comprehensive metabolic panel to check renal and hepatic function.';
    expect(await summaryStateOf(summary, labs, 'labIndication')).toBe('present');
    expect(await summaryStateOf('The provider requested routine labs.', labs, 'labIndication')).toBe('unknown');
  });

  test('complex regional pain syndrome, by any of its names', async () => {
    const ot = 'Occupational therapy, 12 additional sessions, left hand';
    expect(await stateOf('She has reflex sympathetic dystrophy of the left hand.', ot, 'crps')).toBe('present');
    expect(await stateOf('There are no findings of CRPS.', ot, 'crps')).toBe('absent');
  });

  test('a psychological evaluation that cleared the patient (after listing what it found, or a favorable one), and failed back surgery syndrome, for a spinal cord stimulator', async () => {
    const scs = 'Spinal cord stimulator trial';
    expect(await stateOf('A psychological evaluation for spinal cord stimulation dated 08/17/2016 cleared him for a trial.', scs, 'psychologicalClearance')).toBe('present');
    const listed =
      'A psychological evaluation for spinal cord stimulation on 11/15/2016 found no untreated depression or substance abuse, realistic expectations and good understanding of the device, and cleared him for a trial.';
    expect(await stateOf(listed, scs, 'psychologicalClearance')).toBe('present');
    expect(await stateOf('The records document a favorable psychological evaluation dated 11/15/2016.', scs, 'psychologicalClearance')).toBe('present');
    expect(await stateOf('There is no favorable psychological evaluation on record.', scs, 'psychologicalClearance')).toBe('absent');
    expect(await stateOf('He has not had a pre-trial psychological evaluation.', scs, 'psychologicalClearance')).toBe('absent');
    expect(await stateOf('A psychological evaluation was requested.', scs, 'psychologicalClearance')).toBe('unknown');
    expect(await stateOf('Diagnoses include post-laminectomy syndrome of the lumbar spine.', scs, 'failedBackSurgery')).toBe('present');
  });

  test("a tumour's red flags in other words: 'an unintentional weight loss of 14 pounds', 'to rule out metastatic disease'", async () => {
    const mri = 'MRI of the thoracic spine without contrast';
    expect(await summaryStateOf('He reported an unintentional weight loss of 14 pounds since August.', mri, 'redFlags')).toBe('present');
    expect(await summaryStateOf("The treating physician requested an MRI of the thoracic spine 'to rule out metastatic disease'.", mri, 'redFlags')).toBe('present');
    expect(await summaryStateOf('There is no evidence of metastatic disease on the bone scan.', mri, 'redFlags')).toBe('absent');
  });

  test("monitoring for a drug's toxicity is a laboratory test's indication: 'Monitoring for renal, hepatic and hematologic toxicity is therefore appropriate'", async () => {
    const labs = 'CBC and comprehensive metabolic panel';
    expect(await stateOf('Monitoring for renal, hepatic and hematologic toxicity is therefore appropriate.', labs, 'labIndication')).toBe('present');
    // what the guideline recommends is not this case's indication
    expect(await stateOf('The MTUS recommends periodic monitoring of renal and hepatic function for patients on chronic NSAIDs.', labs, 'labIndication')).toBe('unknown');
  });

  test("care completed that left the complaint is failed care: 'completed ten sessions of therapy with restored motion but continued giving way'", async () => {
    const acl = 'Left knee arthroscopic anterior cruciate ligament reconstruction';
    expect(await stateOf('This patient has completed ten sessions of therapy with restored motion but continued giving way with falls.', acl, 'failedConservativeCare')).toBe('present');
    const summary = 'He completed 10 sessions of pre-operative physical therapy, which restored full range of motion and reduced the effusion, but he continued to have episodes of giving way on stairs.';
    expect(await summaryStateOf(summary, acl, 'failedConservativeCare')).toBe('present');
    // care that goes on helping has not failed
    expect(await stateOf('She completed six sessions of physical therapy but continued to improve with her home exercises.', acl, 'failedConservativeCare')).toBe('unknown');
  });

  test("the summary's measured reading is kept where the rationale says the records do not document it", async () => {
    const acupuncture = 'Acupuncture 6 additional sessions for the neck';
    const said = 'There is no clear documentation of objective functional improvement to support additional sessions.';
    const measured = await factsOf(said, acupuncture, 'After six sessions her Neck Disability Index improved from 42% to 28% and her sitting tolerance from 20 to 60 minutes.');
    expect(measured.functionalImprovement!.state).toBe('absent');
    expect(measured.functionalImprovement!.contradictedBy).toMatchObject({ source: 'summary', reading: 'affirmed' });
    // a statement without a measure, or a reviewer's finding rather than a word on the records, is no contradiction
    expect(await contradictingCue(said, acupuncture, 'She reports improved function with acupuncture.', 'functionalImprovement')).toBeUndefined();
    expect(await contradictingCue('The acupuncture has produced no functional improvement.', acupuncture, 'Her Neck Disability Index improved from 42% to 28%.', 'functionalImprovement')).toBeUndefined();
  });

  test("'the records submitted do not contain' is the records' silence; 'an injection which helped for about three weeks' is failed care", async () => {
    const ctr = 'Right carpal tunnel release';
    const silent = await factsOf('The records submitted do not contain an electrodiagnostic study confirming median nerve compression at the wrist.', ctr);
    expect([silent.imagingEvidence!.state, silent.imagingEvidence!.evidence[0]!.reading]).toEqual(['absent', 'not-documented']);
    expect(await stateOf('Treatment has included night splints, ibuprofen and a cortisone injection on 04/09/2013 which helped for about three weeks.', ctr, 'failedConservativeCare')).toBe('present');
  });

  test("the letter's word that the surgery was authorized (surgeryAuthorized) for a post-operative request; a surgical evaluation is no surgery", async () => {
    const norco = 'Post-operative Norco 5/325mg #30';
    const authorized = 'Right knee arthroscopy with partial medial meniscectomy was authorized and is scheduled for 10-04-2016.';
    expect(await summaryStateOf(authorized, norco, 'surgeryAuthorized')).toBe('present');
    const evaluation = 'The request for a spine surgery evaluation was authorized.';
    expect(await summaryStateOf(evaluation, norco, 'surgeryAuthorized')).toBe('unknown');
    expect((await factsOf('The spine surgery evaluation is not medically necessary.', 'Cold therapy unit')).primaryProcedureSupported!.state).toBe('unknown');
  });

  test("relief from injections that 'lasted about 3 to 4 weeks' is care that failed; a hooked, spurred acromion on MRI is the decompression's lesion", async () => {
    const asd = 'Right shoulder arthroscopy with subacromial decompression';
    expect(await stateOf('Each injection, given with lidocaine, produced about 80% relief within the first hour and lasted about 3 to 4 weeks.', asd, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('MRI of the right shoulder dated 02-2016 showed a type III (hooked) acromion with subacromial spurring and supraspinatus tendinosis, without a full-thickness tear.', asd, 'imagingEvidence')).toBe('present');
    expect(await stateOf('MRI of the right shoulder showed no tear and no spurring.', asd, 'imagingEvidence')).not.toBe('present');
  });

  test("a rationale that quotes the guideline's criteria and says they are met reads each criterion it quotes present", async () => {
    const frp = 'Functional restoration program x 80 hours';
    const quoted =
      'The MTUS supports functional restoration programs when an adequate and thorough evaluation has been made, including baseline functional testing; previous methods of treating chronic pain have been unsuccessful; the patient is not a candidate for surgery; and the patient exhibits motivation to change.';
    const met = await factsOf(`${quoted} All of these criteria are documented here, and the request is for a 2-week initial trial.`, frp);
    expect([met.baselineFunctionalTesting!.state, met.failedConservativeCare!.state, met.motivationToChange!.state]).toEqual(['present', 'present', 'present']);
    expect(met.failedConservativeCare!.evidence[0]).toMatchObject({ source: 'rationale', cue: 'All of these criteria are documented', reading: 'affirmed' });
    // what the guideline quotes negated is no criterion met, nor is a concept that is no criterion
    expect(met.surgeryConsidered!.state).not.toBe('present');
    for (const said of ['None of these criteria are documented.', 'The program is indicated if all of these criteria are met.']) {
      expect((await factsOf(`${quoted} ${said}`, frp)).failedConservativeCare!.state).toBe('unknown');
    }
  });

  test("', and' before a finding measured changing ends a denial: 'she did not tolerate Norco, and on Butrans her pain decreased from 8/10 to 4/10'", async () => {
    const butrans = 'Butrans 10mcg/hr patch #4';
    expect(await stateOf('The records show that she did not tolerate Norco, and on Butrans her pain decreased from 8/10 to 4/10 and she returned to modified work.', butrans, 'painRelief')).toBe('present');
    expect(await stateOf('On Butrans her pain has not decreased from 8/10.', butrans, 'painRelief')).not.toBe('present');
  });

  test("what is missing in 'no imaging or electrodiagnostic results corroborating a C6 radiculopathy' is the corroboration, not the radiculopathy", async () => {
    const esi = 'Cervical epidural steroid injection at C5-C6 under fluoroscopy';
    expect(await stateOf('The submitted records do not include imaging or electrodiagnostic results corroborating a C6 radiculopathy.', esi, 'radiculopathy')).toBe('present');
    expect(await stateOf('However, the records provided for review do not include imaging or electrodiagnostic studies that corroborate a radiculopathy at the requested level.', esi, 'radiculopathy')).toBe('present');
    expect(await stateOf('The submitted records do not document a C6 radiculopathy.', esi, 'radiculopathy')).toBe('absent');
  });

  test("'the request for 6 sessions represents an initial trial' says there was no course before", async () => {
    const acupuncture = 'Acupuncture 2 times a week for 3 weeks (6 sessions) for the neck';
    expect(await stateOf('In this case, she is continuing a home exercise program, and the request for 6 sessions represents an initial trial within the recommended number of treatments.', acupuncture, 'priorTreatmentSameKind')).toBe('absent');
    expect(await stateOf('She has completed an initial trial of six acupuncture sessions.', acupuncture, 'priorTreatmentSameKind')).toBe('present');
  });

  test("'no pain relief with conservative care' names the failed care, so a rationale that quotes it and says 'Each of these criteria is satisfied' meets it", async () => {
    const tka = 'Right total knee arthroplasty';
    expect(await stateOf('She has had no pain relief with conservative care.', tka, 'failedConservativeCare')).toBe('present');
    const quoted = 'ODG indications for total knee replacement include conservative care with exercise therapy and medications, and no pain relief with conservative care with documented functional limitations.';
    expect(await stateOf(`${quoted} Each of these criteria is satisfied by the records summarized above.`, tka, 'failedConservativeCare')).toBe('present');
  });

  test("a score that fell is relief: 'her groin pain has fallen from 7/10 to 5/10', 'the burning had dropped from 7/10 to 5/10', 'rated her pain 5/10, down from 7/10'", async () => {
    const amitriptyline = 'Amitriptyline 25mg #30';
    expect(await stateOf('Since amitriptyline was started her groin pain has fallen from 7/10 to 5/10.', amitriptyline, 'painRelief')).toBe('present');
    expect(await stateOf('On amitriptyline the burning had dropped from 7/10 to 5/10.', amitriptyline, 'painRelief')).toBe('present');
    expect(await stateOf('On amitriptyline she rated her groin pain 5/10, down from 7/10 before the medication.', amitriptyline, 'painRelief')).toBe('present');
    expect(await stateOf('On amitriptyline her pain rose from 5/10 to 7/10.', amitriptyline, 'painRelief')).not.toBe('present');
  });

  test('nausea put down to the opioids', async () => {
    const zofran = 'Ondansetron 8mg #30';
    expect(await summaryStateOf('The nausea was described as occurring after her morning opioid doses for over a year.', zofran, 'opioidInducedNausea')).toBe('present');
    expect(await summaryStateOf('She has nausea from gastroenteritis.', zofran, 'opioidInducedNausea')).toBe('unknown');
  });

  test("care listed and then 'without resolution' or 'with persistent pain' has failed; a denial ends where the provider's next act begins", async () => {
    const bursa = 'Right greater trochanteric bursa corticosteroid injection';
    expect(await stateOf('He has completed physical therapy, a home stretching program, ice and NSAIDs without resolution.', bursa, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('He has completed physical therapy, a home stretching program, ice and NSAIDs without complications.', bursa, 'failedConservativeCare')).toBe('unknown');
    const rfa = 'Bilateral L4-5 and L5-S1 radiofrequency ablation';
    const listed = 'Treatment to date has included physical therapy, chiropractic care, NSAIDs and a home exercise program over several years';
    expect(await summaryStateOf(`${listed}, with persistent pain.`, rfa, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf(`${listed}, with persistent improvement.`, rfa, 'failedConservativeCare')).toBe('unknown');
    const acupuncture = 'Acupuncture 6 sessions for the right wrist';
    const asked = 'The treating physician noted that oral pain medication has not been tolerated and requested Lidoderm patches and an initial trial of acupuncture as an adjunct to her home exercise program.';
    expect(await summaryStateOf(asked, acupuncture, 'programAdjunct')).toBe('present');
    expect(await stateOf('There is no indication that the patient was to receive the acupuncture as an adjunct to physical rehabilitation.', acupuncture, 'programAdjunct')).toBe('absent');
  });

  test('a drug the letter says is asked for post-operative pain is a post-operative request', async () => {
    const percocet = 'Percocet 5/325mg #60';
    const planned = 'The surgeon recommended right shoulder arthroscopy, scheduled for 10/06/2015, along with post-operative physical therapy, a cold therapy unit for 7 days and Percocet 5/325mg #60 for post-operative pain.';
    const fromSummary = (await factsOf('The request is reviewed.', percocet, planned)).postoperativeRequest!;
    expect([fromSummary.value, fromSummary.evidence[0]!.cue]).toEqual([true, 'for post-operative pain']);
    expect((await factsOf('The requested Percocet is for post-operative pain following the certified repair.', percocet)).postoperativeRequest!.value).toBe(true);
    // the use named for another item of the list, an opioid first given after an earlier operation, the guideline's word
    expect((await factsOf('The request is reviewed.', percocet, planned.replace('Percocet 5/325mg #60 for post-operative pain', 'Percocet 5/325mg #60, and Keflex for post-operative use'))).postoperativeRequest!.value).toBe(false);
    expect((await factsOf('The request is reviewed.', percocet, 'He was given Percocet for post-operative pain after his 2012 fusion and has taken it since.')).postoperativeRequest!.value).toBe(false);
    expect((await factsOf('The guidelines recommend short-acting opioids such as Percocet for post-operative pain.', percocet)).postoperativeRequest!.value).toBe(false);
  });

  test('any documented neurological deficit wins over a normal test elsewhere', async () => {
    const facts = await factsOf('The request is reviewed.', 'MRI of the lumbar spine', 'Sensation was diminished in the L4 and L5 dermatomes. Motor strength was normal in the lower extremities.');
    expect(facts.neuroDeficit!.state).toBe('present');
  });

  test("'the records do not establish' and 'the records document no' are the records' silence, which the summary's measured or plain word contradicts", async () => {
    const esi = 'Right C5-6 interlaminar epidural steroid injection under fluoroscopy';
    const failedCare = 'Treatment has included 12 sessions of physical therapy in 2012-2013, naproxen, Neurontin and activity modification, with continued symptoms.';
    const notEstablished = await factsOf('The records do not establish a failure of conservative care.', esi, failedCare);
    expect([notEstablished.failedConservativeCare!.state, notEstablished.failedConservativeCare!.evidence[0]!.reading]).toEqual(['absent', 'not-documented']);
    expect(notEstablished.failedConservativeCare!.contradictedBy?.cue).toMatch(/^Treatment has included 12 sessions/);
    const mri = 'MRI of the right wrist without contrast';
    const noRedFlags = 'Radiographs on two occasions have been negative for fracture, and the records document no red flags.';
    expect(await contradictingCue(noRedFlags, mri, 'The diagnosis was right wrist sprain, rule out occult scaphoid fracture.', 'redFlags')).toBe('fracture');
  });

  test('a red flag named in the examination contradicts a rationale that finds none documented, without a measure; a past one does not', async () => {
    const mri = 'Repeat MRI of the lumbar spine without contrast';
    const rationale = 'The records do not indicate any red flag findings or a plan for surgical intervention.';
    const perianal = 'Examination showed an absent left ankle reflex and decreased sensation in the left perianal region. He had two episodes of urinary urgency with leakage.';
    expect(await summaryStateOf(perianal, mri, 'redFlags')).toBe('present');
    expect(await contradictingCue(rationale, mri, perianal, 'redFlags')).toBe('urinary urgency with leakage');
    expect(await contradictingCue(rationale, mri, 'He has a history of a wound infection after his laminectomy.', 'redFlags')).toBeUndefined();
    // a measured finding still needs its measure: the default for other concepts is unchanged
    expect(await contradictingCue('There is no documentation of a neurological deficit.', mri, 'Examination showed weakness of the left leg.', 'neuroDeficit')).toBeUndefined();
  });

  test("'no … have been provided' is the records' silence; a measure in distance or time, or one set against another, is a measure", async () => {
    const fusion = 'L4-5 decompression and posterior lumbar interbody fusion with instrumentation';
    expect(
      await contradictingCue(
        'However, no flexion-extension radiographs have been provided to demonstrate segmental instability.',
        fusion,
        'An MRI of the lumbar spine dated 04/18/2016 revealed a grade I anterolisthesis at L4-5 with severe central stenosis.',
        'imagingEvidence',
      ),
    ).toMatch(/^MRI of the lumbar spine dated/);
    // the reviewer's own reading of the films is no word on the records
    expect(await contradictingCue('The flexion-extension radiographs show no segmental instability.', fusion, 'An MRI of the lumbar spine dated 04/18/2016 revealed a grade I anterolisthesis at L4-5 with severe central stenosis.', 'imagingEvidence')).toBeUndefined();
    const percocet = 'Percocet 5/325mg #60';
    const noBenefit = 'There is no documentation of objective functional benefit attributable to the medication.';
    expect(await contradictingCue(noBenefit, percocet, 'He reported pain rated 8/10 without medication and 4/10 with Percocet, which allows him to participate in therapy and walk about 20 minutes.', 'functionalImprovement')).toBe('allows him to participate');
    expect(await contradictingCue(noBenefit, percocet, 'He reported that Percocet allows him to participate in therapy.', 'functionalImprovement')).toBeUndefined();
    const norco = 'Norco 10/325mg #90';
    const noAdls = 'The records do not document specific improvements in activities of daily living.';
    const walks = 'Pain is 7/10 without Norco and 3/10 with it. With the medication she can walk six blocks, compared with two blocks without it, and she does her own housework and cooking.';
    expect(await contradictingCue(noAdls, norco, walks, 'adlDocumented')).toBe('does her own housework');
    expect(await contradictingCue(noAdls, norco, 'Pain is 7/10 without Norco and 3/10 with it. With the medication she does her own housework and cooking.', 'adlDocumented')).toBeUndefined();
  });

  test("a narrative's 'that required' is no guideline's requirement: aspirin taken for heart disease is a GI risk the rationale missed", async () => {
    const omeprazole = 'Omeprazole 20mg #30';
    const history = 'His past medical history is significant for a bleeding duodenal ulcer that required hospitalization and transfusion in 2008, and coronary artery disease, for which he takes aspirin 81 mg daily.';
    expect(await contradictingCue('There is no documentation of GI risk factors that would warrant adding a proton pump inhibitor.', omeprazole, history, 'giRisk')).toBe('aspirin');
  });

  test("what a repeat is asked for is its aim ('to provide further relief'); relief 'for about two weeks' is short of the guideline's", async () => {
    const esi = 'Repeat cervical epidural steroid injection at C6-7';
    const shortRelief = 'The patient stated that the injection gave her about 30% improvement for roughly two weeks, after which the pain returned to its baseline of 7/10.';
    expect((await factsOf('A repeat injection is supported to provide further relief.', esi, shortRelief)).injectionRelief!.state).toBe('absent');
    expect(await summaryStateOf('She reported that the September injection relieved her pain for about two weeks.', 'Subacromial corticosteroid injection, right shoulder', 'injectionRelief')).toBe('absent');
    expect(await summaryStateOf('She reported that the September injection relieved her pain for about three months.', 'Subacromial corticosteroid injection, right shoulder', 'injectionRelief')).toBe('present');
  });

  test("a disability index measured 'down from' an earlier one is a functional gain; 'a clinically obvious radiculopathy' the reviewer finds is obvious", async () => {
    expect(await summaryStateOf('Her Oswestry Disability Index was 38%, down from 56% in 2014.', 'Norco 10/325mg #90', 'functionalImprovement')).toBe('present');
    const emg = 'EMG/NCV of the bilateral lower extremities';
    expect(await stateOf('The patient has a clinically obvious left S1 radiculopathy, corroborated by an MRI showing S1 root compression.', emg, 'diagnosisClinicallyObvious')).toBe('present');
    expect(await stateOf('ODG does not recommend EMG for patients with clinically obvious radiculopathy.', emg, 'diagnosisClinicallyObvious')).toBe('unknown');
  });

  test("the summary's word that the therapy has not yet started is the treatment to date, said beside a request or not", async () => {
    const pt = 'Physical therapy 2 times a week for 3 weeks for the lumbar spine';
    const rationale = 'The records indicate the patient has already attended physical therapy for the low back.';
    expect((await factsOf(rationale, pt, 'He had not yet started physical therapy, which was awaiting authorization.')).priorTreatmentSameKind!.state).toBe('absent');
    expect((await factsOf(rationale, pt, 'The provider noted that she had not yet started any physical therapy or chiropractic care.')).priorTreatmentSameKind!.state).toBe('absent');
    expect((await factsOf(rationale, pt, 'Physical therapy was requested.')).priorTreatmentSameKind!.state).toBe('present');
  });

  test("relief counted in weeks and then the complaint back is failed care", async () => {
    const release = 'Right middle finger trigger finger release (A1 pulley release)';
    const injections = 'Treatment to date has included a night extension splint and two corticosteroid injections, on 02-10-2015 and 05-12-2015, each providing approximately three weeks of relief before symptoms recurred.';
    expect(await summaryStateOf(injections, release, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf(injections.replace(' before symptoms recurred', ''), release, 'failedConservativeCare')).toBe('unknown');
  });

  test("another course's outcome, measured in the patient's medication use, is no relief or function of a requested drug, and the medication's is none of a service's", async () => {
    const norco = 'Norco 10/325mg #90';
    const summary = "Pain is 7/10 without medication and 3/10 with Norco. She completed six acupuncture sessions. The acupuncturist's notes state that the patient had temporary relief; no change in pain scores, medication use or function was recorded after the sessions.";
    expect(await summaryStateOf(summary, norco, 'painRelief')).toBe('present');
    const acupuncture = 'Acupuncture, 6 additional sessions, lumbar spine';
    const withNorco = 'She has taken Norco since 2013 with 7/10 pain without it and 3/10 with it. With the medication she can walk six blocks. She works full time. Her Oswestry Disability Index was 38%, down from 56% in 2014.';
    const facts = await factsOf('Without documented functional improvement, additional acupuncture is not medically necessary.', acupuncture, withNorco);
    expect(facts.functionalImprovement!.evidence.map((e) => e.cue)).not.toContain('With the medication she can');
    expect(facts.functionalImprovement!.contradictedBy).toBeUndefined();
  });

  test("a request the summary says continues a taper is a step of the taper", async () => {
    const msContin = 'MS Contin 15mg #60';
    expect((await factsOf('The request is reviewed.', msContin, 'The provider requested MS Contin 15mg #60 to continue the taper, and bilateral medial branch blocks.')).taperRequest!.value).toBe(true);
    expect((await factsOf('The request is reviewed.', msContin, 'The provider requested MS Contin 15mg #60 and discussed a taper.')).taperRequest!.value).toBe(false);
    expect((await factsOf('The request is not medically necessary; it is modified to allow for weaning.', msContin)).taperRequest!.value).toBe(false);
  });

  test("one GI risk factor is a risk whatever symptom the rationale denies after it", async () => {
    const pantoprazole = 'Pantoprazole 20 mg #30';
    const rationale = 'The patient has a history of a bleeding duodenal ulcer requiring hospitalization and takes daily aspirin for coronary disease. He is tolerating naproxen without dyspepsia while on pantoprazole.';
    expect(await stateOf(rationale, pantoprazole, 'giRisk')).toBe('present');
    expect(await stateOf('He is tolerating naproxen without dyspepsia.', pantoprazole, 'giRisk')).toBe('absent');
  });

  test("'no … deficit described' closes on the records' word: the summary's measured finding contradicts it", async () => {
    const mri = 'MRI of the lumbar spine';
    const summary = 'Exam showed left ankle dorsiflexion of 3/5 and decreased sensation in the perineal region.';
    expect(await contradictingCue('There are no red flag findings or progressive neurologic deficit described.', mri, summary, 'neuroDeficit')).toBe('3/5');
    expect(await contradictingCue('There are no red flag findings or progressive neurologic deficit on examination.', mri, summary, 'neuroDeficit')).toBeUndefined();
    // the records' word before what the finding would have shown
    expect(await contradictingCue('No progressive neurologic deficit is described that would raise concern for cauda equina.', mri, summary, 'neuroDeficit')).toBe('3/5');
  });

  test("the cauda equina's signs in a list of regions and in the patient's words: 'diminished pinprick sensation over the left lateral foot and in the perianal region', 'had twice not made it to the bathroom in time'", async () => {
    const mri = 'Repeat MRI of the lumbar spine without contrast';
    const rationale = 'There are no red flag findings such as bowel or bladder dysfunction, progressive neurologic deficit, fever, or weight loss documented.';
    const exam = 'Examination revealed an absent left Achilles reflex and diminished pinprick sensation over the left lateral foot and in the perianal region.';
    expect(await contradictingCue(rationale, mri, exam, 'redFlags')).toBe('diminished pinprick sensation over the left lateral foot and in the perianal');
    expect(await summaryStateOf('He had twice not made it to the bathroom in time.', mri, 'redFlags')).toBe('present');
    expect(await summaryStateOf('He had numbness "right where I sit on a bike seat."', mri, 'redFlags')).toBe('present');
    // the region denied is no finding
    expect(await summaryStateOf('There was numbness over the left foot and no perianal numbness.', mri, 'redFlags')).toBe('absent');
  });

  test("for a service, a drug's own story is not the service's gain, unless it tells less of the drug", async () => {
    const acupuncture = 'Additional acupuncture for the cervical spine, 2 times a week for 3 weeks';
    const naproxen = 'She reported that she takes the naproxen twice a day and that it takes the edge off, allowing her to complete her four-hour shift.';
    expect(await summaryStateOf(naproxen, acupuncture, 'functionalImprovement')).toBe('unknown');
    expect(await summaryStateOf('He reported that celecoxib allowed him to walk one-half mile.', 'Physical therapy 2 times a week for 4 weeks', 'functionalImprovement')).toBe('unknown');
    // less of the drug is what the service did
    const hwave = 'Home H-wave device, purchase';
    expect(await summaryStateOf('Norco use decreased from four tablets per day to two, and walking tolerance increased from 10 minutes to 30 minutes.', hwave, 'functionalImprovement')).toBe('present');
  });

  test('nerve conduction studies asked for without electromyography, and a peripheral neuropathy suspected or denied', async () => {
    const only = async (request: string) => (await factsOf('The request is reviewed.', request)).nerveConductionOnly!.value;
    expect(await only('NCV of the bilateral lower extremities')).toBe(true);
    expect(await only('Nerve conduction velocity study of the left lower extremity')).toBe(true);
    expect(await only('EMG/NCV of the bilateral lower extremities')).toBe(false);
    expect(await only('NCV/EMG of the bilateral upper extremity')).toBe(false);
    expect((await itemFacts('dwc-2016/txt/CM17-0000846.txt', 2)).nerveConductionOnly!.value).toBe(false);
    const ncv = 'NCV of the bilateral lower extremities';
    expect(await summaryStateOf('There is no history of diabetes or another condition predisposing to a peripheral neuropathy.', ncv, 'peripheralNeuropathy')).toBe('absent');
    expect(await stateOf('Nerve conduction studies are requested to rule out peripheral neuropathy.', ncv, 'peripheralNeuropathy')).toBe('present');
  });

  test("a verb's denial in one 'that' clause of a list does not reach the next; the records' silence over them all does", async () => {
    const norco = 'Associated surgical service: Norco 5/325mg #30';
    const documented = 'The surgeon documented that naproxen alone had not controlled her pain, that the CURES report was reviewed without concerns, and that she has tolerated hydrocodone previously.';
    expect(await summaryStateOf(documented, norco, 'curesChecked')).toBe('present');
    expect(await stateOf('There is no documentation that naproxen had failed, that the CURES report was reviewed, or that a treatment agreement was signed.', norco, 'curesChecked')).toBe('absent');
  });

  test("a gabapentin upheld for want of neuropathic pain and relief the summary records: a study's finding is a measure, and scores 'from approximately 8/10 to 5/10'", async () => {
    const gabapentin = 'Gabapentin 600mg #90';
    const rationale = 'The documentation submitted for review does not establish that the patient has neuropathic pain, and there is no quantified documentation of pain relief attributable to the use of gabapentin.';
    const study = 'Electrodiagnostic studies of the upper extremities performed 02/08/2016 were read as consistent with a chronic right C6 radiculopathy without evidence of carpal tunnel syndrome.';
    const relief = 'She reported that gabapentin 600 mg three times daily reduced the radiating arm pain from approximately 8/10 to 5/10.';
    const facts = await factsOf(rationale, gabapentin, `${study} ${relief}`);
    expect([facts.neuropathicPain!.contradictedBy?.cue, facts.painRelief!.contradictedBy?.cue, facts.painReductionPercent!.value]).toEqual(['radiculopathy', 'reduced the radiating arm pain', 38]);
    // a diagnosis named with no study behind it is no measure
    expect(await contradictingCue(rationale, gabapentin, 'The diagnoses include cervical radiculopathy.', 'neuropathicPain')).toBeUndefined();
  });

  test("a cervical ESI upheld against the record: a failure despite a completed course is measured, and 'no electrodiagnostic study confirming radiculopathy' denies the study, not the radiculopathy", async () => {
    const esi = 'Right C5-6 interlaminar cervical epidural steroid injection under fluoroscopy';
    const noCare = 'Additionally, there is no documentation that the injured worker has failed a course of conservative treatment such as physical therapy.';
    const completed = 'She reported that the neck and arm pain had not improved despite completing physical therapy and continuing her home exercises and naproxen.';
    expect(await contradictingCue(noCare, esi, completed, 'failedConservativeCare')).toBe('despite completing physical therapy and continuing her home exercises');
    expect(await contradictingCue(noCare, esi, 'She reported that the neck and arm pain had not improved despite physical therapy.', 'failedConservativeCare')).toBeUndefined();
    const noStudy = 'The injured worker reports neck pain with radiation into the arm, and there is no electrodiagnostic study confirming radiculopathy.';
    expect(await stateOf(noStudy, esi, 'radiculopathy')).toBe('present');
    expect(await stateOf(noStudy, esi, 'imagingEvidence')).toBe('absent');
  });

  test("medial branch blocks and a repeat ESI against the summary: a guideline's criteria listed after a colon, 'non-radiating' pain, a share of relief below half, failure of a recent course", async () => {
    const mbb = 'Bilateral L4-5 and L5-S1 medial branch blocks';
    // a criteria list quoted after a colon reads as the guideline's, its "there is documentation of …" too
    const criteria = 'The Official Disability Guidelines criteria for the use of diagnostic blocks include: one set of diagnostic medial branch blocks is required; there is documentation of failure of conservative treatment prior to the procedure.';
    expect(await stateOf(criteria, mbb, 'failedConservativeCare')).toBe('unknown');
    // the rationale's want of a recent course, and the physician's note that care failed
    const noCourse = 'In addition, there is no documentation of failure of a recent course of conservative treatment prior to the requested procedure.';
    const noted = 'The physician noted that the injured worker had failed to improve with physical therapy, chiropractic care, NSAIDs and the home exercise program.';
    expect(await contradictingCue(noCourse, mbb, noted, 'failedConservativeCare')).toBe('failed to improve with physical therapy');
    // radicular pain the rationale finds, the summary finds none
    const radiating = 'The medical records reveal the injured worker has low back pain with radiating symptoms into the lower extremities.';
    const axial = 'The pain was documented as non-radiating. Objective findings included negative straight leg raise bilaterally.';
    expect(await contradictingCue(radiating, mbb, axial, 'radiculopathy')).toBe('negative straight leg raise');
    expect(await summaryStateOf('The pain was documented as non-radiating.', mbb, 'radiculopathy')).toBe('absent');
    // a share below half after the injection named earlier in the sentence
    const esi = 'Repeat left L5-S1 interlaminar epidural steroid injection';
    const helped = 'Progress notes noted the injured worker stated the injection "helped a little" and reported approximately a 30 percent decrease of her leg pain which lasted about two weeks.';
    expect(await contradictingCue('She had a favorable response to the prior epidural steroid injection, with documented improvement in her radicular leg pain.', esi, helped, 'injectionRelief')).toBe('30 percent decrease');
  });

  test("more acupuncture upheld against gains the summary measures: a tolerance raised, full work again, a drug no longer needed; 'not yet' denies", async () => {
    const acupuncture = 'Additional acupuncture for the lumbar spine x 6 sessions';
    const rationale = 'Without objective functional improvement, additional acupuncture is not supported.';
    const lifting = 'Her tolerance for lifting improved from about 10 pounds to 25 pounds, and she no longer needed tramadol, using only ibuprofen as needed.';
    const facts = await factsOf(rationale, acupuncture, lifting);
    expect([facts.functionalImprovement!.evidence[0]?.reading, facts.functionalImprovement!.contradictedBy?.cue]).toEqual(['not-documented', 'tolerance for lifting improved']);
    expect(await summaryStateOf('She returned to her regular job without restrictions on 11/14/2016.', acupuncture, 'functionalImprovement')).toBe('present');
    expect(await summaryStateOf('He has not yet been returned to full duty.', acupuncture, 'functionalImprovement')).toBe('absent');
  });

  test("symptoms told as going down the limb are radicular: 'numbness and tingling extending from the left buttock to the lateral left calf'", async () => {
    const emg = 'EMG of the bilateral lower extremities';
    expect(await summaryStateOf('She reported intermittent numbness and tingling extending from the left buttock to the lateral left calf.', emg, 'radiculopathy')).toBe('present');
    expect(await summaryStateOf('He has burning pain that travels down the right leg to the foot.', emg, 'radiculopathy')).toBe('present');
    expect(await summaryStateOf('The swelling extends to the calf.', emg, 'radiculopathy')).toBe('unknown');
  });

  test("a criterion the rationale finds met that the summary measures short, in a share or a span, is a record finding's witness", async () => {
    const esi = 'Repeat right C5-6 cervical epidural steroid injection';
    const short = 'The first injection on 02/18/2014 gave her about 30% relief lasting about two weeks, after which the pain returned.';
    const facts = await factsOf('She reported relief from the prior injection, so a repeat is reasonable.', esi, short);
    expect([facts.injectionRelief!.state, facts.injectionRelief!.recordReading, facts.injectionRelief!.contradictedBy?.reading]).toEqual(['present', 'absent', 'states absence']);
    // the summary's last word is what counts: a later injection that helped leaves the rationale's reading standing
    const later = `${short} A second injection on 06/02/2014 gave 70% relief for three months.`;
    expect((await factsOf('She reported relief from the prior injection, so a repeat is reasonable.', esi, later)).injectionRelief!.contradictedBy).toBeUndefined();
    // a score is no shortfall: "pain 8/10 despite ibuprofen" may go on to say what it does
    const ibuprofen = 'Ibuprofen 800mg #90';
    const despite = 'He rated his pain 8/10 despite ibuprofen 800mg three times daily, though he stated ibuprofen cuts it down a couple of points.';
    expect((await factsOf('He reports a two-point reduction in pain with ibuprofen.', ibuprofen, despite)).painRelief!.contradictedBy).toBeUndefined();
  });

  test("the dose the letter states is the latest: the summary's last word, a reduction's end", async () => {
    const morphine = 'Morphine sulfate ER 30 mg #60';
    const summary = 'In 01-2016 his regimen was morphine sulfate ER 60 mg twice daily and Percocet 10/325 mg four times daily, for a total of 180 mg morphine equivalents per day. By 10-2016 the regimen had been reduced to morphine sulfate ER 30 mg twice daily and Percocet 10/325 mg twice daily, a total of 90 mg MED.';
    expect((await factsOf('The request is reviewed.', morphine, summary)).mmePerDay!.value).toBe(90);
    expect((await factsOf('His dose has already been reduced from 180 to 90 mg MED over 2016.', morphine)).mmePerDay!.value).toBe(90);
    // the limit a dose is brought under is no dose: "to less than 80 mg MED"
    expect((await factsOf('The patient takes 150 mg MED daily and will be tapered to less than 80 mg MED.', morphine)).mmePerDay!.value).toBe(150);
  });

  test("a share of relief said of the requested drug is its own, over scores with and without all the medications", async () => {
    const lyrica = 'Lyrica 75 mg #60';
    const summary = 'He takes OxyContin, oxycodone and Lyrica. On 01-20-2016 he rated neck pain 7 out of 10 with medications and 9 out of 10 without.';
    const rationale = 'Since Lyrica was started on 12-01-2015 he reports about a 40% decrease in burning and tingling.';
    expect((await factsOf(rationale, lyrica, summary)).painReductionPercent!.value).toBe(40);
    // scores said of the drug itself stay the reading
    expect((await factsOf(rationale, lyrica, 'He rated neck pain 5 out of 10 with Lyrica and 9 out of 10 without it.')).painReductionPercent!.value).toBe(44);
    expect((await factsOf('The request is reviewed.', lyrica, summary)).painReductionPercent!.value).toBe(22);
  });

  test("the drug's share of relief told of the pain it treats, in digits or words: 'Gabapentin has reduced the neuropathic leg pain by about 50%'", async () => {
    const gabapentin = 'Gabapentin 600mg #90';
    const summary = 'Low back pain was rated 8 out of 10 with medications and 10 out of 10 without them.';
    const reduced = async (rationale: string) => (await factsOf(rationale, gabapentin, summary)).painReductionPercent!.value;
    expect(await reduced('Gabapentin has reduced the neuropathic leg pain by about 50% and improved his sleep.')).toBe(50);
    expect(await reduced('Gabapentin has reduced his burning leg pain by half.')).toBe(50);
    expect(await reduced('Gabapentin has decreased her pain by about a third.')).toBe(33);
    // not a share: the scores with and without all the medications stay the reading
    expect(await reduced('Gabapentin has reduced the neuropathic leg pain by a lot.')).toBe(20);
  });

  test("work in shifts or hours a day is work: 'has been able to work full 8-hour shifts'", async () => {
    const naproxen = 'Naproxen 550mg #60';
    expect(await stateOf('Since naproxen was started she has been able to work full 8-hour shifts.', naproxen, 'returnToWork')).toBe('present');
    expect(await stateOf('He works 10-hour days as a mechanic.', naproxen, 'returnToWork')).toBe('present');
    expect(await stateOf('She is not able to work full 8-hour shifts.', naproxen, 'returnToWork')).toBe('absent');
  });

  test("a red flag the rationale denies of the patient is contradicted by one the summary names in the present", async () => {
    const mri = 'MRI of the lumbar spine without contrast';
    const denied = 'He denies bowel or bladder symptoms and saddle anesthesia, so there is no suspicion of cauda equina syndrome.';
    const progressive = 'Examination documented left ankle dorsiflexion of 3/5. The provider documented a "progressive left L5 motor deficit" and requested an urgent MRI.';
    expect(await contradictingCue(denied, mri, progressive, 'redFlags')).toBe('progressive left L5 motor deficit');
    expect(await contradictingCue(denied, mri, 'Examination documented left ankle dorsiflexion of 3/5. He denied saddle numbness and bowel or bladder changes.', 'redFlags')).toBeUndefined();
    // a finding held to a measure is not contradicted by the rationale's own denial of it
    expect(await contradictingCue('Strength and sensation are normal; there is no neurological deficit.', mri, 'Examination documented left ankle dorsiflexion of 3/5.', 'neuroDeficit')).toBeUndefined();
  });

  test("therapy that 'gave only temporary improvement' has failed", async () => {
    const esi = 'Cervical epidural steroid injection at C5-C6 under fluoroscopy';
    expect(await summaryStateOf('The most recent therapy in 02-2016 gave only temporary improvement, and she continues a daily home exercise program.', esi, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('The most recent therapy in 02-2016 gave lasting improvement, and she continues a daily home exercise program.', esi, 'failedConservativeCare')).toBe('unknown');
  });

  test("a walk that ends in a rest is a mobility limitation, and its distance in the cue is a measure", async () => {
    const walker = 'Four-wheeled walker with seat';
    const rationale = 'The records do not establish that she is unable to ambulate safely with her current device.';
    const halfBlock = 'She could walk about half a block with the cane before needing to rest.';
    expect(await summaryStateOf(halfBlock, walker, 'mobilityLimitation')).toBe('present');
    expect(await contradictingCue(rationale, walker, halfBlock, 'mobilityLimitation')).toBe('could walk about half a block with the cane before needing to rest');
    expect(await contradictingCue(rationale, walker, 'She walks with a single-point cane and an antalgic gait.', 'mobilityLimitation')).toBeUndefined();
  });

  test("a request the letter calls the next step of a taper: 'for the next month of the taper', 'a step toward discontinuation'", async () => {
    const norco = 'Norco 10/325mg #90';
    const summary = 'The physician began a documented taper, and the request was for Norco 10/325mg #90 for the next month of the taper.';
    expect((await factsOf('The request is reviewed.', norco, summary)).taperRequest!.value).toBe(true);
    expect((await factsOf('The requested quantity of #90 represents a substantial reduction as a step toward discontinuation.', norco)).taperRequest!.value).toBe(true);
    expect((await factsOf('The request is consistent with a guideline-directed taper.', norco)).taperRequest!.value).toBe(true);
    // another request's taper is not this one's
    expect((await factsOf('The request is reviewed.', norco, 'The request was for Xanax 1mg #30 for the next month of the taper, and Norco was renewed.')).taperRequest!.value).toBe(false);
    expect((await factsOf('Norco has been continued without benefit for years.', norco)).taperRequest!.value).toBe(false);
  });

  test("a denial ends before ' and the' dated drug screen 'was consistent'", async () => {
    const tramadol = 'Tramadol 50mg #60';
    expect(await stateOf('He denies side effects and the 01/13/2014 urine drug screen was consistent.', tramadol, 'udsPerformed')).toBe('present');
    expect(await stateOf('He denies side effects and urine drug screens.', tramadol, 'udsPerformed')).toBe('absent');
  });

  test("the claims administrator's 'failed to approve Norco' says nothing of the patient's opioids", async () => {
    const uds = 'Urine drug screen';
    expect(await summaryStateOf('The claims administrator partially approved MS Contin and failed to approve Norco 10/325 mg #120.', uds, 'opioidTherapy')).toBe('present');
    expect(await summaryStateOf('He failed to take Norco as prescribed.', uds, 'opioidTherapy')).toBe('absent');
  });

  test("'Purchase is considered only after a documented successful trial' is the guideline's condition, not the case's trial", async () => {
    const tens = 'TENS unit, purchase';
    expect(await stateOf('Purchase is considered only after a documented successful trial showing how often the unit was used and the outcomes in terms of pain relief and function.', tens, 'trialCompleted')).toBe('unknown');
    expect(await stateOf('He completed a successful one-month trial with 50% pain relief.', tens, 'trialCompleted')).toBe('present');
  });

  test("care failed for months in a list: 'has failed more than four months of boot immobilization, bracing and physical therapy'", async () => {
    const mri = 'MRI of the left ankle';
    expect(await stateOf('The claimant has failed more than four months of boot immobilization, bracing and physical therapy.', mri, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('The claimant has had four months of boot immobilization, bracing and physical therapy.', mri, 'failedConservativeCare')).toBe('unknown');
  });

  test("therapy never done contradicts the rationale's 'persists despite therapy'", async () => {
    const mri = 'MRI of the right foot';
    expect(await summaryStateOf('The injured worker reported they have not done any therapy.', mri, 'failedConservativeCare')).toBe('absent');
    expect(await contradictingCue('The injury is a month ago and persists despite therapy.', mri, 'The injured worker reported they have not done any therapy.', 'failedConservativeCare')).toBe('have not done any therapy');
    expect(await contradictingCue('The injury is a month ago and persists despite therapy.', mri, 'The injured worker reported they have done six sessions of therapy.', 'failedConservativeCare')).toBeUndefined();
  });

  test("relief told in the sentence after the injection's is the injection's relief, not a share said of therapy or a drug", async () => {
    const esi = 'Repeat right L5-S1 transforaminal epidural steroid injection';
    const done = 'A right L5-S1 transforaminal epidural steroid injection was performed on 01/09/2014.';
    expect(await summaryStateOf(`${done} Per the 03/27/2014 progress report, the claimant reported 70% reduction of her right leg pain lasting about 10 weeks.`, esi, 'injectionRelief')).toBe('present');
    expect(await summaryStateOf(`${done} Per the 03/27/2014 progress report, the claimant reported 30% reduction of her right leg pain lasting about 2 weeks.`, esi, 'injectionRelief')).toBe('absent');
    expect(await summaryStateOf(`${done} Physical therapy then gave her 70% improvement.`, esi, 'injectionRelief')).toBe('unknown');
    expect(await summaryStateOf(`${done} She reports 70% relief with Norco.`, esi, 'injectionRelief')).toBe('unknown');
    // two injections told in turn: the second's sentence is read afresh, whatever the test of the first left behind
    expect(await summaryStateOf(`An injection was given in 2013. Then a right L5-S1 transforaminal ESI was done on 01/09/2014. She reported 70% reduction of her right leg pain lasting about 10 weeks.`, esi, 'injectionRelief')).toBe('present');
    // with no injection before it, a share is no injection's
    expect(await summaryStateOf('She started a home exercise program. She reported 70% reduction of her right leg pain.', esi, 'injectionRelief')).toBe('unknown');
  });

  test("'the documentation does not identify any psychological symptoms' is the records' silence, which a PHQ-9 of 17 contradicts", async () => {
    const evaluation = 'Psychological evaluation';
    const rationale = 'However, the submitted documentation does not identify any psychological symptoms or psychiatric diagnosis.';
    expect((await factsOf(rationale, evaluation)).psychComorbidity!.evidence[0]!.reading).toBe('not-documented');
    expect(await contradictingCue(rationale, evaluation, 'His PHQ-9 score was 17, GAD-7 score 14.', 'psychComorbidity')).toBe('GAD-7');
  });

  test("pain 'decreased from 8 out of 10 before gabapentin to 4 out of 10' is relief of 50%, against a rationale that says the records 'do not quantify' it", async () => {
    const gabapentin = 'Gabapentin 600mg #90';
    const summary = 'He reported that his radiating right arm pain had decreased from 8 out of 10 before gabapentin to 4 out of 10.';
    const rationale = 'The submitted records do not quantify the degree of pain relief obtained with gabapentin.';
    const facts = await factsOf(rationale, gabapentin, summary);
    expect(facts.painReductionPercent!.value).toBe(50);
    expect(facts.painRelief!.evidence[0]!.reading).toBe('not-documented');
    expect(facts.painRelief!.contradictedBy?.cue).toBe('pain had decreased from 8 out of 10 before gabapentin to 4');
    // pain that rose is no relief
    expect((await factsOf('The request is reviewed.', gabapentin, 'His pain increased from 4 out of 10 before gabapentin to 8 out of 10.')).painRelief!.state).toBe('unknown');
  });

  test("a screen 'negative for hydrocodone and positive for alprazolam, which is not prescribed' is inconsistent: the denial does not reach what it found", async () => {
    const norco = 'Norco 10/325mg #180';
    expect(await stateOf('A urine drug screen was negative for hydrocodone and positive for alprazolam, which is not prescribed.', norco, 'udsInconsistent')).toBe('present');
    expect(await stateOf('A urine drug screen was negative for alprazolam, which is not prescribed, and for cocaine.', norco, 'udsInconsistent')).not.toBe('present');
  });

  test("'has a clear right S1 radiculopathy on examination' is the reviewer's finding that the diagnosis is obvious; decreased two-point discrimination is a sensory deficit", async () => {
    const emg = 'EMG/NCV of the bilateral lower extremities';
    expect(await stateOf('The claimant has a clear right S1 radiculopathy on examination that is corroborated by the MRI.', emg, 'diagnosisClinicallyObvious')).toBe('present');
    expect(await stateOf('The claimant does not have a clear radiculopathy on examination.', emg, 'diagnosisClinicallyObvious')).toBe('absent');
    const hands = 'EMG/NCV of bilateral upper extremities';
    expect(await summaryStateOf("Exam showed positive Tinel's and Phalen's tests and decreased two-point discrimination in the right median nerve distribution. Thenar strength was 5/5 without atrophy.", hands, 'neuroDeficit')).toBe('present');
    expect(await summaryStateOf("Exam showed positive Tinel's and Phalen's tests. Thenar strength was 5/5 without atrophy.", hands, 'neuroDeficit')).toBe('absent');
  });

  test("injections whose relief is called temporary or lasted weeks before the complaint came back have failed", async () => {
    const sad = 'Right shoulder arthroscopic subacromial decompression';
    expect(await summaryStateOf('She received subacromial corticosteroid injections on 02/26/2013 and 09/10/2013, each with about 4 weeks of temporary relief.', sad, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('She received a subacromial corticosteroid injection on 02/26/2013 with about 4 weeks of relief so far.', sad, 'failedConservativeCare')).toBe('unknown');
    const release = 'Right ring finger trigger finger release (A1 pulley)';
    expect(await summaryStateOf('Each injection reduced the triggering for about four to six weeks, after which it recurred.', release, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('Each injection reduced the triggering for about four to six weeks.', release, 'failedConservativeCare')).toBe('unknown');
  });

  test("a denial qualifying one item of a list ends with it: 'tendinosis without a full-thickness tear, and pain … despite physical therapy' is failed care", async () => {
    const injection = 'Right shoulder subacromial corticosteroid injection';
    const listed =
      'Here, the claimant has clinical impingement with a painful arc, MRI-confirmed tendinosis without a full-thickness tear, and pain that limits overhead activities despite physical therapy, a home program and NSAIDs.';
    expect(await stateOf(listed, injection, 'failedConservativeCare')).toBe('present');
    // a denial that opens the list governs its items
    expect(await stateOf('The claimant has low back pain without numbness, tingling, or weakness.', 'Gabapentin 600mg #90', 'neuropathicPain')).toBe('absent');
    expect(await stateOf('Examination showed tenderness without weakness, and the claimant has had no physical therapy.', injection, 'failedConservativeCare')).not.toBe('present');
  });

  test("', and repeat radiographs were negative' denies the radiographs, not the care named before the comma", async () => {
    const mri = 'MRI of the right ankle without contrast';
    const rationale =
      'This claimant has repeated giving way and a positive anterior drawer test, despite six sessions of therapy and bracing, and repeat radiographs were negative.';
    expect(await stateOf(rationale, mri, 'failedConservativeCare')).toBe('present');
  });

  test("weakness 'unchanged despite six weeks of rest and a home program' is failed care; 'discuss revision repair' is surgery considered", async () => {
    const arthrogram = 'MR arthrogram of the right shoulder';
    const summary = 'On October 6, 2016, weakness was unchanged despite six weeks of rest and a home program, and the surgeon recommended an MR arthrogram to evaluate for a re-tear and discuss revision repair.';
    expect(await summaryStateOf(summary, arthrogram, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf(summary, arthrogram, 'surgeryConsidered')).toBe('present');
    expect(await summaryStateOf('She rested for six weeks and did a home program.', arthrogram, 'failedConservativeCare')).toBe('unknown');
  });

  test("'Although the surgery is supported, post-operative occupational therapy x 8 is not medically necessary' finds the surgery supported; 8 visits that are 'the entire general course rather than the initial course' exceed it", async () => {
    const therapy = 'Associated surgical service: Post-operative occupational therapy x 8';
    const rationale =
      'The request for 8 visits represents the entire general course rather than the initial course. Although the surgery is supported, post-operative occupational therapy x 8 is not medically necessary as requested.';
    const facts = await factsOf(rationale, therapy);
    expect(facts.primaryProcedureSupported!.state).toBe('present');
    expect(facts.exceedsGuidelineQuantity!.state).toBe('present');
    expect(await stateOf('As the requested surgery is not medically necessary, post-operative occupational therapy x 8 is not medically necessary.', therapy, 'primaryProcedureSupported')).toBe('absent');
  });

  test("a relative's illness is no finding of the patient's: 'a father who was hospitalized for a bleeding gastric ulcer' (ConText's experiencer)", async () => {
    const ppi = 'Prilosec 20mg #60';
    expect(await summaryStateOf('Family history is notable for a father who was hospitalized for a bleeding gastric ulcer.', ppi, 'giRisk')).toBe('unknown');
    expect(await summaryStateOf("Her mother's history of a bleeding ulcer was noted.", ppi, 'giRisk')).toBe('unknown');
    expect(await summaryStateOf('He was hospitalized for a bleeding gastric ulcer in 2013.', ppi, 'giRisk')).toBe('present');
  });

  test("an injection's relief that 'lasted approximately ten days' is short of six to eight weeks; 'a second right L4-5 transforaminal injection' makes the request a repeat", async () => {
    const repeat = 'Repeat C5-6 interlaminar epidural steroid injection';
    const summary =
      'On 05/12/2015 he underwent a C5-6 interlaminar epidural steroid injection. At the June 30, 2015 follow-up he reported that the injection gave him about fifty percent relief of his arm pain, but the relief lasted approximately ten days before the pain returned.';
    expect(await summaryStateOf(summary, repeat, 'injectionRelief')).toBe('absent');
    expect(await summaryStateOf(summary.replace('ten days', 'ten weeks'), repeat, 'injectionRelief')).toBe('present');
    const esi = 'Right L4-5 transforaminal epidural steroid injection under fluoroscopic guidance';
    expect(await summaryStateOf('A second right L4-5 transforaminal injection was performed on 06-14-2016.', esi, 'priorEpiduralInjection')).toBe('present');
    expect(await summaryStateOf('A right L4-5 transforaminal injection is requested.', esi, 'priorEpiduralInjection')).toBe('unknown');
  });

  test("'over the previous six weeks she had developed progressive numbness' is recent, not history; 'in the past' still is", async () => {
    const mri = 'Repeat MRI of the lumbar spine without contrast';
    const recent = await factsOf('The request is reviewed.', mri, 'On 06/18/2013, the patient reported that over the previous six weeks she had developed progressive numbness in the left leg.');
    expect(recent.redFlags!.state).toBe('present');
    expect(recent.redFlags!.evidence[0]!.reading).not.toContain('historical');
    const past = await factsOf('The request is reviewed.', mri, 'In the past she had progressive numbness in the left leg.');
    expect(past.redFlags!.evidence[0]!.reading).toContain('historical');
  });

  test("'with medications he is able to work his regular full-duty job' documents functional improvement against a rationale that finds none", async () => {
    const norco = 'Norco 10/325mg #90';
    const rationale = 'Although the patient reports pain relief with the medication, there is no documentation of functional improvement.';
    expect(await contradictingCue(rationale, norco, 'He reported that with medications he is able to work his regular full-duty job, mow and rake, and walk one mile.', 'functionalImprovement')).toBe(
      'with medications he is able to',
    );
    expect(await contradictingCue(rationale, norco, 'He reported that with medications he is able to do more around the house.', 'functionalImprovement')).toBeUndefined();
  });
});

describe("the rationale's word on a past course, set against the summary", () => {
  test("'The prior injection provided improvement', a criterion met in the past, is set against the summary's '30% improvement … approximately three weeks'", async () => {
    const repeat = 'Repeat cervical epidural steroid injection at C5-C6';
    const summary =
      'She underwent a C5-6 interlaminar cervical epidural steroid injection on 10/08/2013. At the follow-up visit on 11/05/2013 the patient reported "about 30% improvement" in her arm pain, which lasted approximately three weeks before returning to baseline.';
    const facts = await factsOf("The prior injection provided improvement in the patient's arm symptoms. A repeat injection is reasonable.", repeat, summary);
    expect([facts.injectionRelief!.state, facts.injectionRelief!.recordReading, facts.injectionRelief!.contradictedBy?.reading]).toEqual(['present', 'absent', 'states absence']);
  });
});

describe('functional deficits are found, not symptoms denied', () => {
  test("'He denied … numbness, tingling, weakness, or bowel or bladder changes' says nothing of functional deficits; weakness found does", async () => {
    const pt = 'Physical therapy 2 times a week for 3 weeks for the lumbar spine';
    const denied = 'He denied radiation of pain into the legs, numbness, tingling, weakness, or bowel or bladder changes.';
    expect(await summaryStateOf(denied, pt, 'functionalDeficits')).toBe('unknown');
    expect(await summaryStateOf('There was no weakness of the lower extremities.', pt, 'functionalDeficits')).toBe('unknown');
    expect(await summaryStateOf('Examination showed weakness of the left ankle dorsiflexors.', pt, 'functionalDeficits')).toBe('present');
  });
});

describe('a negation over alternatives', () => {
  test("'without a clinically significant improvement in activities of daily living, a reduction in work restrictions, or a reduction in the dependency …' denies each", async () => {
    const acupuncture = 'Acupuncture 2 times a week for 6 weeks for the neck';
    const alternatives =
      'The records document only temporary relief for 1-2 days following treatment, without a clinically significant improvement in activities of daily living, a reduction in work restrictions, or a reduction in the dependency on continued medical treatment.';
    expect(await stateOf(alternatives, acupuncture, 'functionalImprovement')).toBe('absent');
    // a list closed by "and" still ends the negation at a noun phrase of its own
    expect(await stateOf('There were no adverse effects, a reduction in work restrictions, and a consistent urine drug screen.', acupuncture, 'functionalImprovement')).toBe('present');
  });
});

describe("what is 'not specified'", () => {
  test("'the total number of acupuncture sessions completed to date is not specified' leaves the request complete; 'the number of wipes and gloves are not specified upon the request' does not", async () => {
    const acupuncture = 'Acupuncture 2 times a week for 3 weeks for the lumbar spine';
    const sessions = 'In this case, the records do not document objective functional improvement from the prior acupuncture sessions, and the total number of acupuncture sessions completed to date is not specified.';
    expect(await stateOf(sessions, acupuncture, 'requestUnspecified')).toBe('unknown');
    expect(await stateOf('The specific number of wipes and gloves are not specified upon the request.', 'Gloves and hygiene wipes', 'requestUnspecified')).toBe('present');
  });
});

describe('goals the summary states', () => {
  test("'The treatment plan with goals included …' documents goals against a rationale that finds none", async () => {
    const tens = 'TENS unit purchase for the right upper extremity';
    const rationale = 'There is also no documentation of specific short- and long-term goals of treatment with the unit.';
    const summary = 'The treatment plan with goals included continuing the home exercise program, further reducing Norco, and a return to modified work trial within 3 months.';
    expect(await contradictingCue(rationale, tens, summary, 'treatmentGoals')).toBe('treatment plan with goals');
    expect(await contradictingCue(rationale, tens, 'The treatment plan included continuing the home exercise program.', 'treatmentGoals')).toBeUndefined();
  });
});

describe('a meniscectomy denied on a record the summary contradicts', () => {
  const surgery = 'Right knee arthroscopy with partial medial meniscectomy and chondroplasty as indicated';
  test("'the official MRI report was not provided' is the records' silence, which 'the radiologist's report documents a horizontal oblique tear' contradicts", async () => {
    const rationale = 'Additionally, the official MRI report was not provided for review to corroborate the presence of a meniscal tear.';
    const summary = "An MRI of the right knee was performed on 08/19/2016; the radiologist's report documents a horizontal oblique tear of the posterior horn of the medial meniscus.";
    expect(await contradictingCue(rationale, surgery, summary, 'imagingEvidence')).toBe("radiologist's report documents a horizontal oblique tear");
    expect(await contradictingCue(rationale, surgery, 'An MRI of the right knee was performed on 08/19/2016.', 'imagingEvidence')).toBeUndefined();
  });
  test("an injection 'that provided approximately 2 weeks of relief' is failed conservative care", async () => {
    expect(await summaryStateOf('He had a corticosteroid injection to the right knee on 10/11/2016 that provided approximately 2 weeks of relief.', surgery, 'failedConservativeCare')).toBe('present');
  });
  test("one positive test is an examination finding whatever test after it was negative", async () => {
    const exam = "The examination revealed a moderate effusion and a positive McMurray's test with a painful click medially. The knee was stable to varus and valgus stress, and Lachman's test was negative.";
    expect(await summaryStateOf(exam, surgery, 'physicalExamFindings')).toBe('present');
    expect(await summaryStateOf("Lachman's test was negative.", surgery, 'physicalExamFindings')).toBe('absent');
  });
});

describe('new trauma is a significant change', () => {
  test("'There has been no new trauma' after the guideline's 'in the absence of new trauma or a significant change' reads no change", async () => {
    const xray = 'X-rays of the cervical spine, 3 views';
    const rationale =
      'The Official Disability Guidelines do not recommend repeat radiographs in the absence of new trauma or a significant change in symptoms or findings. In this case, there has been no new trauma, and no red flag conditions are noted.';
    expect(await stateOf(rationale, xray, 'significantChange')).toBe('absent');
    expect(await stateOf('The Official Disability Guidelines do not recommend repeat radiographs in the absence of new trauma.', xray, 'significantChange')).toBe('unknown');
    expect(await summaryStateOf('On 03/02/2016 she fell at work and sustained a new injury to the neck.', xray, 'significantChange')).toBe('present');
  });
});

describe('a knee MRI after failed care, with surgery weighed', () => {
  test("'completed 9 sessions … over approximately 12 weeks without resolution' is failed care; 'he is willing to consider arthroscopy' is surgery considered", async () => {
    const mri = 'MRI of the left knee without contrast';
    const rationale =
      'He has completed 9 sessions of physical therapy with medications and activity modification over approximately 12 weeks without resolution of the mechanical symptoms, plain films were negative, and he is willing to consider arthroscopy.';
    expect(await stateOf(rationale, mri, 'failedConservativeCare')).toBe('present');
    expect(await stateOf(rationale, mri, 'surgeryConsidered')).toBe('present');
    expect(await stateOf('He is not willing to consider arthroscopy.', mri, 'surgeryConsidered')).not.toBe('present');
  });
});

describe('a diagnosis the reviewer finds obvious, said with an adverb', () => {
  test("'The radiculopathy is therefore clinically obvious and corroborated by imaging' is the reviewer's finding", async () => {
    const emg = 'EMG of the bilateral lower extremities';
    expect(await stateOf('The radiculopathy is therefore clinically obvious and corroborated by imaging, and the findings are not subtle.', emg, 'diagnosisClinicallyObvious')).toBe('present');
    expect(await stateOf('EMGs are not necessary if radiculopathy is already clinically obvious.', emg, 'diagnosisClinicallyObvious')).toBe('unknown');
  });
});

describe('a drug test whose date the letter gives', () => {
  test("'the most recent urine drug screen, dated 3-10-2016, was consistent' is not recent at a decision in 02/2017; dated 12-10-2016 it is", async () => {
    const uds = 'Urine drug screen';
    const summary = (date: string) => `The physician documented that the most recent urine drug screen, dated ${date}, was consistent with prescribed medications.`;
    expect((await datedFactsOf(uds, summary('3-10-2016'), '02/15/2017', '01/05/2017')).recentDrugTest!.state).toBe('absent');
    expect((await datedFactsOf(uds, summary('12-10-2016'), '02/15/2017', '01/05/2017')).recentDrugTest!.state).toBe('present');
  });
});

describe('a guideline statement that opens an enumeration', () => {
  test("'should be documented at each visit …: a. Analgesia: … d. Aberrant behavior: current substance use disorder or evidence of diversion' names no diversion of the patient's", async () => {
    const norco = 'Norco 10/325mg #120';
    const quoted =
      'The "four A\'s" should be documented at each visit during the maintenance phase: a. Analgesia: meaningful improvement in level of pain. b. Activity: meaningful improvement in pain interference or function. c. Adverse events: whether the medication is causing severe side effects. d. Aberrant behavior: current substance use disorder or evidence of diversion.';
    expect(await stateOf(quoted, norco, 'aberrantBehavior')).toBe('unknown');
    expect(await stateOf('The records note evidence of diversion.', norco, 'aberrantBehavior')).toBe('present');
  });
});

describe("'Without objective evidence of' is the records' silence", () => {
  test("'Without objective evidence of efficacy, continued use cannot be supported' finds efficacy not documented, which the summary's measured relief contradicts", async () => {
    const nortriptyline = 'Nortriptyline 25mg #30';
    const rationale = 'Without objective evidence of efficacy, continued use cannot be supported.';
    expect((await factsOf(rationale, nortriptyline)).painRelief!.evidence[0]!.reading).toBe('not-documented');
    const summary = 'He stated that since nortriptyline was started, the burning foot pain had decreased from 8 out of 10 to 5 out of 10.';
    expect(await contradictingCue(rationale, nortriptyline, summary, 'painRelief')).toBe('burning foot pain had decreased from 8 out of 10 to 5');
  });
});

describe('an opioid whose benefit the summary documents', () => {
  const norco = 'Norco 10/325mg #180';
  test("pain that rose when the medication was tapered is no acute exacerbation", async () => {
    const taper = 'An attempt to taper Norco to 4 tablets daily in 03/2016 resulted in increased pain; he stopped walking and missed work, and the previous dose was resumed.';
    expect(await summaryStateOf(taper, norco, 'acuteExacerbation')).toBe('unknown');
    expect(await summaryStateOf('He presented on 11/04/2016 with increased pain after lifting a tire.', norco, 'acuteExacerbation')).toBe('present');
  });
  test("'The physician documented that with Norco the patient is able to …' witnesses functional improvement against a rationale that finds none", async () => {
    const rationale = 'The records do not document objective functional improvement with the use of this medication.';
    const summary = 'The physician documented that with Norco the patient is able to dress and shower independently, walk his dog daily, and perform light household chores.';
    expect(await contradictingCue(rationale, norco, summary, 'functionalImprovement')).toBe('with Norco the patient is able to');
    expect(await contradictingCue(rationale, norco, summary.replace('The physician documented that with', 'He said that with'), 'functionalImprovement')).toBeUndefined();
  });
});

describe("a criterion the rationale finds met that the summary plainly denies", () => {
  test("'tramadol reduces his pain by approximately 50% and allows him to walk daily' against 'no functional improvement was attributed to tramadol'", async () => {
    const tramadol = 'Tramadol 50mg #120';
    const rationale = 'The records document that tramadol reduces his pain by approximately 50% and allows him to walk daily, and urine drug screening has been consistent with the prescribed medication.';
    const summary = 'The note documented that no functional improvement was attributed to tramadol. No urine drug screen or CURES report was present in the records.';
    const facts = await factsOf(rationale, tramadol, summary);
    expect([facts.functionalImprovement!.state, facts.functionalImprovement!.recordReading]).toEqual(['present', 'absent']);
    expect([facts.udsPerformed!.state, facts.udsPerformed!.recordReading]).toEqual(['present', 'absent']);
    // the summary's last word counts: a later note that he walks two miles on it leaves the rationale standing
    const later = `${summary} By 12/2016 he was able to walk two miles daily with tramadol.`;
    expect((await factsOf(rationale, tramadol, later)).functionalImprovement!.recordReading).toBeUndefined();
  });
});

describe('gains a course brought, measured', () => {
  test('a longer sitting time and looser work restrictions, each from a figure, are functional improvement', async () => {
    const acupuncture = 'Additional acupuncture 1 x 6 for the lumbar spine';
    expect(await summaryStateOf('He reported he was able to sit for 1 hour compared to 20 minutes before acupuncture.', acupuncture, 'functionalImprovement')).toBe('present');
    const restrictions = 'His work restrictions were modified on 05/06/2014 from no lifting greater than 10 pounds to no lifting greater than 25 pounds.';
    expect(await summaryStateOf(restrictions, acupuncture, 'functionalImprovement')).toBe('present');
    const rationale = 'There is no documentation of an improvement in activities of daily living, a reduction in work restrictions, or a reduction in medication use.';
    expect(await contradictingCue(rationale, acupuncture, restrictions, 'functionalImprovement')).toBe('work restrictions were modified on 05/06/2014 from');
    expect(await summaryStateOf('He was able to sit for 1 hour.', acupuncture, 'functionalImprovement')).toBe('unknown');
  });
});

describe('an opioid review the summary answers', () => {
  const norco = 'Norco 10/325mg #120';
  test("'A urine drug screen … was consistent with the prescribed hydrocodone and was negative for non-prescribed substances' is a screen done; 'was negative for' reads forward", async () => {
    const summary = 'A urine drug screen collected on 10-04-2016 was consistent with the prescribed hydrocodone and was negative for non-prescribed substances.';
    expect(await summaryStateOf(summary, norco, 'udsPerformed')).toBe('present');
    expect(await summaryStateOf('Lumbar x-rays were negative for fracture.', 'MRI of the lumbar spine', 'redFlags')).toBe('absent');
  });
  test("'is able to do his own laundry' names an activity of daily living; beside a measured change it documents them against a rationale that finds none", async () => {
    const rationale = 'There is no documentation of objective functional improvement or improvement in activities of daily living attributable to the ongoing use of Norco.';
    const summary = 'The treating physician documented that with Norco the injured worker is able to walk for 30 minutes compared to 10 minutes without it, is able to do his own laundry and light yard work.';
    expect(await contradictingCue(rationale, norco, summary, 'adlDocumented')).toBe('able to do his own laundry');
    expect(await summaryStateOf('He is able to do his own laundry.', norco, 'adlDocumented')).toBe('present');
  });
});

describe("a night's sleep judged by the day after", () => {
  test("'she reports improved mood and next-day functioning' on trazodone is functional improvement", async () => {
    const trazodone = 'Trazodone 50mg #30';
    expect(await stateOf('Since trazodone was started, she is sleeping 6 hours per night and she reports improved mood and next-day functioning.', trazodone, 'functionalImprovement')).toBe('present');
    expect(await stateOf('She reports improved mood.', trazodone, 'functionalImprovement')).toBe('unknown');
  });
});

describe('gains called objective', () => {
  test("'documents clear subjective and objective gains' is functional improvement; 'no objective gains' is none", async () => {
    const frp = 'Functional restoration program 40 hours';
    expect(await stateOf('The progress report following the first two weeks documents clear subjective and objective gains.', frp, 'functionalImprovement')).toBe('present');
    expect(await stateOf('There were no objective gains after two weeks.', frp, 'functionalImprovement')).toBe('absent');
  });
});

describe("home health for a patient the summary shows homebound", () => {
  const nursing = 'Home health skilled nursing, 3 visits per week for 4 weeks';
  test("the guideline's 'Medical treatment does not include … personal care given by home health aides like bathing, dressing' names no care asked for", async () => {
    const quoted = 'Medical treatment does not include homemaker services like shopping, cleaning, and laundry, and personal care given by home health aides like bathing, dressing, and using the bathroom when this is the only care needed.';
    expect(await stateOf(quoted, nursing, 'personalCareOnly')).not.toBe('present');
  });
  test("'leaving the home requires considerable and taxing effort, and … he leaves the home only for postoperative appointments' documents homebound against a rationale that finds it not", async () => {
    const summary = 'The surgeon documented that leaving the home requires considerable and taxing effort, and that he leaves the home only for postoperative appointments, transported by wheelchair van.';
    expect(await summaryStateOf(summary, nursing, 'homebound')).toBe('present');
    expect(await summaryStateOf('Leaving the home requires considerable and taxing effort.', nursing, 'homebound')).toBe('present');
    expect(await summaryStateOf('He leaves the home to shop.', nursing, 'homebound')).toBe('absent');
    const rationale = 'However, there was no documentation that the patient is homebound.';
    expect(await contradictingCue(rationale, nursing, summary, 'homebound')).toBe('leaves the home only for postoperative appointments');
  });
});

describe('a functional restoration evaluation the summary records', () => {
  test("'no further surgery was recommended' is no surgery considered; 'Baseline physical performance testing documented floor to waist lifting of 8 lbs' is baseline testing", async () => {
    const frp = 'Functional restoration program, 80 hours';
    expect(await summaryStateOf('Her shoulder surgeon indicated on 03/02/2016 that no further surgery was recommended for the right shoulder.', frp, 'surgeryConsidered')).toBe('absent');
    const baseline = 'Baseline physical performance testing documented floor to waist lifting of 8 lbs and a sitting tolerance of 20 minutes.';
    expect(await contradictingCue('However, there was lack of documentation of baseline functional testing.', frp, baseline, 'baselineFunctionalTesting')).toBe('Baseline physical performance testing');
  });
});

describe("a diagnostic block's relief told in the next sentence", () => {
  test("'… underwent diagnostic bilateral L4-L5 and L5-S1 medial branch blocks … The post-procedure pain diary documented … approximately 85% relief' is a block that relieved the pain", async () => {
    const rfa = 'Bilateral L4-L5 and L5-S1 radiofrequency ablation';
    const block = 'On 09-13-2016 the injured worker underwent diagnostic bilateral L4-L5 and L5-S1 medial branch blocks under fluoroscopy with 0.5 ml of 2% lidocaine at each level.';
    expect(await summaryStateOf(`${block} The post-procedure pain diary documented a decrease in pain from 8 out of 10 to 1 out of 10, representing approximately 85% relief lasting 6 hours.`, rfa, 'diagnosticBlockResponse')).toBe('present');
    expect(await summaryStateOf(`${block} The post-procedure pain diary documented approximately 40% relief lasting 2 hours.`, rfa, 'diagnosticBlockResponse')).toBe('absent');
  });
});

describe('care had with little to show for it', () => {
  test("'The physical therapy discharge note … indicated minimal change in pain' and 'the naproxen did not provide meaningful relief' are failed conservative care", async () => {
    const injection = 'Right shoulder subacromial corticosteroid injection';
    expect(await summaryStateOf('The physical therapy discharge note dated 12/09/2016 indicated minimal change in pain.', injection, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('The patient reported that the naproxen did not provide meaningful relief.', injection, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('The physical therapy discharge note dated 12/09/2016 indicated a marked change in pain.', injection, 'failedConservativeCare')).toBe('unknown');
  });
});

describe('the studies a rationale looks for, by what they would show', () => {
  test("'the records … do not include imaging or electrodiagnostic studies that corroborate a radiculopathy' is imaging evidence not documented, which a summary's MRI finding contradicts", async () => {
    const esi = 'Right C5-C6 cervical epidural steroid injection';
    const rationale = 'However, the records submitted for review do not include imaging or electrodiagnostic studies that corroborate a radiculopathy at the requested level.';
    expect(await stateOf(rationale, esi, 'imagingEvidence')).toBe('absent');
    expect(await stateOf('The MRI and EMG studies that corroborate a C6 radiculopathy were reviewed.', esi, 'imagingEvidence')).toBe('present');
    const summary = 'MRI of the cervical spine dated 08-19-2015 revealed a disc protrusion at C5-C6 with impingement of the exiting right C6 nerve root.';
    expect(await contradictingCue(rationale, esi, summary, 'imagingEvidence')).toMatch(/^MRI of the cervical spine dated 08-19-2015 revealed a disc protrusion/);
  });
});

describe("a functional capacity evaluation's criteria the summary names", () => {
  test("'after the two unsuccessful return to work attempts' and 'was approaching maximum medical improvement' are documented, against a rationale that finds them not", async () => {
    const fce = 'Functional capacity evaluation';
    const rationale = 'In this case, there is no documentation that the injured worker has had prior unsuccessful attempts to return to work, and she has not been documented to be close to or at maximum medical improvement.';
    const summary = 'The primary treating physician documented on 10-26-2016 that the injured worker was approaching maximum medical improvement, and that the employer had asked for her safe lifting tolerances after the two unsuccessful return to work attempts.';
    expect(await contradictingCue(rationale, fce, summary, 'returnToWorkAttempts')).toBe('unsuccessful return to work');
    expect(await contradictingCue(rationale, fce, summary, 'maximumMedicalImprovement')).toBe('maximum medical improvement');
    const notYet = 'The physician noted that she has not yet reached maximum medical improvement and has not tried to return to work.';
    expect(await contradictingCue(rationale, fce, notYet, 'maximumMedicalImprovement')).toBeUndefined();
  });
});

describe('a drug test the summary dates', () => {
  test("'A urine drug screen dated 8-30-2016 was consistent' three months before the decision contradicts 'there is no documentation of a recent urine drug screen'; one dated two years before does not", async () => {
    const header = 'Case Number: CM16-0000001\nDecision Date: 11/29/2016 UR Denial Date: 10/20/2016\n';
    const rationale = 'There is no documentation of a recent urine drug screen demonstrating compliance with the prescribed regimen.';
    const factsWith = async (summary: string) =>
      (await factsOfLetter(header + excerptLetter({ expect: 'fires', request: 'Oxycodone 10mg #90', summary, text: rationale }))).recentDrugTest!;
    const recent = await factsWith('He takes oxycodone 10mg three times daily. A urine drug screen dated 8-30-2016 was consistent with prescribed medications.');
    expect([recent.state, recent.contradictedBy?.cue, recent.recordReading]).toEqual(['absent', '8-30-2016', 'present']);
    const old = await factsWith('He takes oxycodone 10mg three times daily. A urine drug screen dated 8-30-2014 was consistent with prescribed medications.');
    expect([old.state, old.contradictedBy]).toEqual(['absent', undefined]);
  });
});

describe('the medications taken together', () => {
  test("'With his medications he was able to shop for groceries' and the Oswestry gain after it speak of the requested drug among the rest, not of the drug named before them", async () => {
    const rationale = 'The medical records reviewed do not contain documentation of objective functional improvement attributable to the use of oxycodone.';
    const story = 'Medications have included oxycodone 10mg three times daily since 2014 and gabapentin since 2-2016. He had dizziness during the first week of gabapentin which resolved.';
    const gains = 'He had returned to part-time work with restrictions. His Oswestry Disability Index improved from 54% (3-2016) to 38% (10-2016).';
    expect(await contradictingCue(rationale, 'Oxycodone 10mg #90', `${story} With his medications he was able to shop for groceries. ${gains}`, 'functionalImprovement')).toBe('Oswestry Disability Index improved');
    expect(await contradictingCue(rationale, 'Oxycodone 10mg #90', `${story} With the gabapentin he was able to shop for groceries. ${gains}`, 'functionalImprovement')).toBeUndefined();
  });

  test("scores without and with 'medications', no determiner before them, are all the drugs' after another drug's story: 'rated 9 out of 10 without medications and 5 out of 10 with medications'", async () => {
    const norco = 'Norco 7.5/325mg #90';
    const rationale = 'In this case, the medical records do not document objective functional improvement or a quantified reduction in pain with the use of Norco.';
    const summary = 'Current medications include Norco 7.5-325 mg three times daily, naproxen 500 mg twice daily and diazepam. Diazepam has been prescribed at bedtime for sleep since 2014. Per the progress report dated 11-02-2016, he reported low back and bilateral knee pain rated 9 out of 10 without medications and 5 out of 10 with medications.';
    expect(await contradictingCue(rationale, norco, summary, 'painRelief')).toBe('9 out of 10 without medications and 5 out of 10 with');
  });

  test("the UR's reasons given for the requests named as the ones before: 'These requests were non-certified on 09/19/2016 due to inadequate response to the prior injection'", async () => {
    const facts = await factsOf('The request is reviewed.', 'Physical therapy x 6', 'These requests were non-certified on 09/19/2016 due to the lack of functional improvement with prior therapy.');
    expect(facts.functionalImprovement!.evidence[0]?.reading).toMatch(/the UR's reasons$/);
  });
});

describe('a knee MRI: findings the summary names, care that changed nothing', () => {
  test("'McMurray's test was positive medially' contradicts a rationale that finds provocative testing not documented as positive; 'physical therapy had not changed his symptoms' is failed care", async () => {
    const mri = 'MRI of the left knee without contrast';
    const rationale = 'However, there was a lack of documentation of mechanical symptoms such as locking or catching, and provocative testing for a meniscal tear was not documented as positive.';
    const summary = "On physical examination, there was a moderate effusion of the left knee. McMurray's test was positive medially with a palpable click and reproduction of pain.";
    expect(await contradictingCue(rationale, mri, summary, 'physicalExamFindings')).toBe("McMurray's test was positive");
    expect(await contradictingCue(rationale, mri, "McMurray's test was negative. There was no effusion.", 'physicalExamFindings')).toBeUndefined();
    expect(await summaryStateOf('He stated that physical therapy had not changed his symptoms.', mri, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('The injections have not helped her back pain.', mri, 'failedConservativeCare')).toBe('present');
    expect(await summaryStateOf('He stated that physical therapy had changed his symptoms for the better.', mri, 'failedConservativeCare')).toBe('unknown');
  });
});

describe("what the patient needs to leave the home", () => {
  test("'… with a walker and requires the assistance of her husband and considerable and taxing effort to leave the home' is the patient's need, not a guideline's requirement: homebound", async () => {
    const nursing = 'Home health skilled nursing, 1 hour per day for 6 weeks';
    const summary = "Per the treating surgeon's progress report dated 09-27-2016, the injured worker ambulates only short household distances with a front-wheeled walker and requires the assistance of her husband and considerable and taxing effort to leave the home; she has left the home only for physician visits.";
    expect(await summaryStateOf(summary, nursing, 'homebound')).toBe('present');
    expect(await contradictingCue('The records do not establish that she is homebound.', nursing, summary, 'homebound')).toBe('left the home only for physician visits');
    expect(await summaryStateOf('She requires considerable and taxing effort to leave the home.', nursing, 'homebound')).toBe('present');
  });
});

describe("a drug's benefit told in words and set against the time before it", () => {
  test("'the burning in his left leg had been reduced \"by about half\" since starting Lyrica' and 'being able to walk for 30 minutes, as compared with 10 minutes' contradict a rationale that finds no relief or function", async () => {
    const lyrica = 'Lyrica 75mg #60';
    const rationale = 'However, the documentation submitted for review does not provide evidence of at least a 30% reduction in pain or of objective functional improvement with the use of this medication.';
    const summary = 'On 09/26/2016 the patient reported pain of 4/10 and stated that the burning in his left leg had been reduced "by about half" since starting Lyrica. He reported being able to walk for 30 minutes, as compared with 10 minutes prior to the medication.';
    expect(await contradictingCue(rationale, lyrica, summary, 'painRelief')).toBe('burning in his left leg had been reduced "by about half');
    expect(await contradictingCue(rationale, lyrica, summary, 'functionalImprovement')).toBe('walk for 30 minutes, as compared with 10 minutes prior to');
    expect(await contradictingCue(rationale, lyrica, 'He stated that the burning in his left leg had been reduced since starting Lyrica.', 'painRelief')).toBeUndefined();
  });
});

describe('care that brought little', () => {
  test("'He has had a limited response to extensive non-interventional care, including physical therapy, …' is failed conservative care", async () => {
    const scs = 'Spinal cord stimulator trial, lumbar';
    expect(await stateOf('He has had a limited response to extensive non-interventional care, including physical therapy, aquatic therapy and chiropractic care.', scs, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('He has had a poor response to physical therapy.', scs, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('He has had a good response to physical therapy.', scs, 'failedConservativeCare')).toBe('unknown');
  });
});

describe('a psychological clearance the summary tells of', () => {
  test("'underwent a psychological evaluation … for spinal cord stimulator candidacy; the report concluded that the patient was cleared' contradicts 'the records … do not contain a psychological evaluation clearing the patient'", async () => {
    const scs = 'Trial of spinal cord stimulator';
    const rationale = 'However, the records provided for review do not contain a psychological evaluation clearing the patient for the procedure.';
    expect(await stateOf(rationale, scs, 'psychologicalClearance')).toBe('absent');
    const summary = 'The patient underwent a psychological evaluation on 08/27/2013 with a psychologist for spinal cord stimulator candidacy; the report concluded that the patient was cleared for a spinal cord stimulator trial.';
    expect(await summaryStateOf(summary, scs, 'psychologicalClearance')).toBe('present');
    expect(await contradictingCue(rationale, scs, summary, 'psychologicalClearance')).toMatch(/^psychological evaluation on 08\/27\/2013 .* the report concluded that the patient was cleared$/);
    expect(await summaryStateOf('He underwent a psychological evaluation on 08/27/2013; the report concluded that the patient was not a suitable candidate.', scs, 'psychologicalClearance')).not.toBe('present');
  });
});

describe('a functional restoration programme the summary shows ready', () => {
  const frp = 'Functional restoration program x 80 hours';
  test("'It is also not clear that surgical options have been excluded' does not say surgery is considered; the surgeon's 'not a surgical candidate' decides", async () => {
    const rationale = 'It is also not clear that surgical options have been excluded.';
    expect(await stateOf(rationale, frp, 'surgeryConsidered')).toBe('unknown');
    expect((await factsOf(rationale, frp, 'The spine surgeon concluded that he was not a surgical candidate.')).surgeryConsidered!.state).toBe('absent');
    expect(await stateOf('Surgical options have been exhausted.', frp, 'surgeryConsidered')).toBe('absent');
  });
  test("'Baseline physical testing documented floor to waist lift of 15 pounds' and 'The patient stated that he is motivated to return to work' contradict a rationale that finds them missing", async () => {
    const summary = 'Baseline physical testing documented floor to waist lift of 15 pounds and sitting tolerance of 20 minutes. The patient stated that he is motivated to return to work and signed a program participation agreement.';
    expect(await contradictingCue('However, the submitted records do not include baseline functional testing.', frp, summary, 'baselineFunctionalTesting')).toBe('Baseline physical testing');
    expect(await contradictingCue('It is not clear that he is motivated to change.', frp, summary, 'motivationToChange')).toBe('motivated');
    expect(await contradictingCue('It is not clear that he is motivated to change.', frp, 'The patient stated that he is not motivated to return to work.', 'motivationToChange')).toBeUndefined();
  });
});

describe('an activity measured against the time without the drug', () => {
  test("'… and sit for about 45 minutes compared with 15 minutes without medications' is functional improvement, wherever 'able to' stands (the time without the treatment named)", async () => {
    const oxycontin = 'OxyContin 20mg #60';
    const rationale = 'However, there is a lack of documentation with quantified evidence of numerical pain relief and objective functional improvement with prior use of the medication.';
    const summary = 'With the medication regimen she is able to walk 30 minutes a day, do light housework and grocery shopping, and sit for about 45 minutes compared with 15 minutes without medications.';
    expect(await contradictingCue(rationale, oxycontin, summary, 'functionalImprovement')).toBe('sit for about 45 minutes compared with 15 minutes without');
    expect(await contradictingCue(rationale, oxycontin, 'She can sit for about 45 minutes at a time.', 'functionalImprovement')).toBeUndefined();
  });
});

describe('activities measured in the same list', () => {
  test("'with Norco the patient is able to walk his dog for 20 minutes twice a day, do light household chores' documents activities of daily living against 'no documentation of the 4 A's'", async () => {
    const norco = 'Norco 10/325mg #90';
    const rationale = "The records provided do not document objective functional improvement with the use of this medication and there is no documentation of the 4 A's.";
    const summary = "The physician noted that with Norco the patient is able to walk his dog for 20 minutes twice a day, do light household chores including dishes and laundry, and attend his son's baseball games.";
    expect(await contradictingCue(rationale, norco, summary, 'adlDocumented')).toBe('do light household chores');
    expect(await contradictingCue(rationale, norco, 'The physician noted that with Norco the patient is able to do light household chores.', 'adlDocumented')).toBeUndefined();
  });
});

describe('a GI risk factor the summary names', () => {
  test("'an upper gastrointestinal bleed in 2011 from a gastric ulcer' contradicts 'no documentation of a history of peptic ulcer disease … There are no gastrointestinal complaints documented in the recent reports'", async () => {
    const prilosec = 'Prilosec 20mg #60';
    const rationale = 'In this case, there is no documentation of a history of peptic ulcer disease or gastrointestinal bleeding. There are no gastrointestinal complaints documented in the recent reports.';
    const summary = 'Her history is notable for an upper gastrointestinal bleed in 2011 from a gastric ulcer confirmed on endoscopy while she was taking an NSAID.';
    expect(await contradictingCue(rationale, prilosec, summary, 'giRisk')).toBe('ulcer');
    expect(await contradictingCue(rationale, prilosec, 'She denies any history of gastric ulcer or bleeding.', 'giRisk')).toBeUndefined();
  });
});

describe('a recent span is not the past', () => {
  test("'left leg pain over the prior 3 weeks, … with progressive weakness of the left foot' is a red flag now, against 'There were no red flag symptoms documented'", async () => {
    const mri = 'MRI of the lumbar spine without contrast';
    const rationale = 'There were no red flag symptoms documented, and there was no documentation of a progressive neurological deficit.';
    const summary = 'Medical records dated 11-2-16 indicate the injured worker reported increasing low back pain with left leg pain over the prior 3 weeks, rated 8 out of 10, with progressive weakness of the left foot.';
    expect(await contradictingCue(rationale, mri, summary, 'redFlags')).toBe('progressive weakness');
    expect(await contradictingCue(rationale, mri, 'He had progressive weakness of the left foot in the past, which resolved after surgery in 2012.', 'redFlags')).toBeUndefined();
  });
});

describe("the review's reasons given with 'as'", () => {
  test("'The prior review … non-certified the repeat epidural steroid injection as the prior injection did not provide at least 50% relief' is the UR's reason, so the summary's '30% improvement … lasted about 2 weeks' answers the rationale's 'provided some improvement'", async () => {
    const esi = 'Repeat left C6-7 interlaminar epidural steroid injection under fluoroscopy';
    const rationale = 'The prior injection in 07/2016 provided some improvement of the arm pain, and the patient continues to have significant symptoms.';
    const relief = 'A left C6-7 interlaminar epidural steroid injection was performed under fluoroscopy on 07/28/2016. At the follow-up visit on 08/25/2016, the patient reported approximately 30% improvement of the left arm pain, which she stated lasted about 2 weeks before the pain returned to baseline.';
    const review = 'The prior review dated 12/05/2016 non-certified the repeat epidural steroid injection as the prior injection did not provide at least 50% relief for 6 to 8 weeks.';
    expect(await contradictingCue(rationale, esi, `${relief} ${review}`, 'injectionRelief')).toBe('30% improvement');
  });
});

describe("the summary's word that the records show a treatment never had", () => {
  test("'The records do not indicate that the patient has received acupuncture at any time for this injury' outweighs a rationale that has her previously undergo acupuncture", async () => {
    const acupuncture = 'Acupuncture 1 time a week for 6 weeks for the cervical spine';
    const rationale = 'The documentation submitted for review indicates that the patient has previously undergone acupuncture for the cervical spine.';
    const never = 'The records do not indicate that the patient has received acupuncture at any time for this injury.';
    expect((await factsOf(rationale, acupuncture, never)).priorTreatmentSameKind!.state).toBe('absent');
    expect((await factsOf(rationale, acupuncture, 'She has received acupuncture.')).priorTreatmentSameKind!.state).toBe('present');
    // the rationale's own "no documentation of prior acupuncture" still says nothing either way
    expect(await stateOf('There is no documentation of prior acupuncture.', acupuncture, 'priorTreatmentSameKind')).toBe('unknown');
  });
});

describe('an examination the reviewer finds unequivocal', () => {
  test("'the neurologic examination is not equivocal; it documents a clear right C6 radiculopathy' is the diagnosis clinically obvious", async () => {
    const emg = 'EMG/NCV of the bilateral upper extremities';
    expect(await stateOf('In this case, the neurologic examination is not equivocal; it documents a clear right C6 radiculopathy.', emg, 'diagnosisClinicallyObvious')).toBe('present');
    expect(await stateOf('The examination documents a clear right C6 radiculopathy.', emg, 'diagnosisClinicallyObvious')).toBe('present');
    expect(await stateOf('When the neurologic examination is less clear, further physiologic evidence of nerve dysfunction can be obtained.', emg, 'diagnosisClinicallyObvious')).toBe('unknown');
  });
});

describe("a shoulder MRI: impingement's night pain, surgery not contemplated now", () => {
  test("'night pain when lying on the right side' is no red flag, and 'Surgery is not currently being contemplated' is no surgery considered", async () => {
    const mri = 'MRI of the right shoulder without contrast';
    expect(await summaryStateOf('The patient complained of right shoulder pain rated 5/10 with overhead activity and night pain when lying on the right side.', mri, 'redFlags')).toBe('unknown');
    expect(await summaryStateOf('He reports night pain and unexplained weight loss.', 'MRI of the lumbar spine', 'redFlags')).toBe('present');
    expect(await stateOf('Surgery is not currently being contemplated.', mri, 'surgeryConsidered')).toBe('absent');
  });
});

describe('sessions had before the operation', () => {
  test("for therapy after an operation, 'Prior treatment included 12 sessions of physical therapy from 4-2016 to 6-2016' and 'Conservative treatment prior to surgery included 8 sessions' are no postoperative sessions", async () => {
    const header = 'Case Number: CM16-0000001\nDecision Date: 01/05/2017 UR Denial Date: 12/13/2016\n';
    const request = 'Post-operative physical therapy 2 times a week for 3 weeks for the right knee';
    const prior = async (summary: string) =>
      (await factsOfLetter(header + excerptLetter({ expect: 'fires', request, summary, text: 'The request is reviewed.' }))).priorSessions!;
    const surgery = 'On 11-29-2016 she underwent a right knee arthroscopic partial medial meniscectomy.';
    expect((await prior(`Prior treatment included 12 sessions of physical therapy from 4-2016 to 6-2016. ${surgery}`)).state).toBe('unknown');
    expect((await prior(`Conservative treatment prior to surgery included 8 sessions of physical therapy. ${surgery}`)).state).toBe('unknown');
    expect((await prior(`${surgery} She has completed 6 sessions of post-operative physical therapy.`)).value).toBe(6);
    expect((await prior(`${surgery} She completed 6 sessions of physical therapy in 12-2016.`)).value).toBe(6);
  });
});

describe('a trial the rationale finds done and the summary says was never had', () => {
  test("'No home use of a TENS unit has been documented' answers 'She completed a one-month home-based trial of TENS with documented pain relief'", async () => {
    const tens = 'TENS unit purchase with supplies';
    const rationale = 'She completed a one-month home-based trial of TENS with documented pain relief and improvement in function.';
    const summary = 'She reported that the electrical stimulation applied during her therapy sessions felt soothing. No home use of a TENS unit has been documented.';
    const fact = (await factsOf(rationale, tens, summary)).trialCompleted!;
    expect([fact.state, fact.contradictedBy?.cue, fact.recordReading]).toEqual(['present', 'No home use of a TENS', 'absent']);
    expect((await factsOf(rationale, tens, 'She used the TENS unit at home for 30 days with a 40% reduction in pain.')).trialCompleted!.contradictedBy).toBeUndefined();
  });
});

describe('care used up', () => {
  test("'The physician documented that all lower levels of care have been exhausted' is failed conservative care", async () => {
    const frp = 'Functional restoration program, 80 hours';
    expect(await summaryStateOf('The physician documented that all lower levels of care have been exhausted and there are no other treatment options likely to result in significant improvement.', frp, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('Conservative treatment options have been exhausted.', frp, 'failedConservativeCare')).toBe('present');
    expect(await stateOf('It is not clear that lower levels of care have been exhausted.', frp, 'failedConservativeCare')).not.toBe('present');
  });
});

describe('activities measured after the cue, in the list of what the drug allows', () => {
  const norco = 'Norco 10/325mg #90';
  const rationale = 'The clinical documentation submitted for review does not provide evidence of objective functional improvement with the use of Norco.';
  test("'Norco allows her to do light housework, cook for her family and walk her dog for 20 minutes' documents functional improvement", async () => {
    const summary = 'The patient reported that Norco allows her to do light housework, cook for her family and walk her dog for 20 minutes.';
    expect(await contradictingCue(rationale, norco, summary, 'functionalImprovement')).toBe('allows her to do');
    expect(await contradictingCue(rationale, norco, 'The patient reported that Norco allows her to do light housework and cook for her family.', 'functionalImprovement')).toBeUndefined();
  });
  test("a measure with a hyphen: 'the medication allows her to complete her 4-hour shifts'", async () => {
    expect(await contradictingCue(rationale, norco, 'She reports that the medication allows her to complete her 4-hour shifts.', 'functionalImprovement')).toBe('allows her to complete');
  });
});

describe("the summary's own denial of the risk factor the rationale finds", () => {
  const omeprazole = 'Omeprazole 20mg #60';
  const rationale = 'In this case, the records indicate a history of NSAID-induced gastritis for which omeprazole was started.';
  test("'a history of NSAID-induced gastritis' against 'Past medical history is negative for gastritis, peptic ulcer disease or gastrointestinal bleeding'", async () => {
    const facts = await factsOf(rationale, omeprazole, 'On review of systems, she denied heartburn. Past medical history is negative for gastritis, peptic ulcer disease or gastrointestinal bleeding.');
    expect(facts.giRisk!.state).toBe('present');
    expect([facts.giRisk!.contradictedBy?.cue, facts.giRisk!.recordReading]).toEqual(['gastritis', 'absent']);
  });
  test("the factors denied one by one: 'He denies heartburn, dyspepsia, abdominal pain, melena or any history of ulcer'", async () => {
    const summary = 'He denies heartburn, dyspepsia, abdominal pain, melena or any history of ulcer. He takes no aspirin, steroids or blood thinners.';
    const facts = await factsOf('The records document a history of gastritis with dyspeptic symptoms associated with NSAID use.', omeprazole, summary);
    expect([facts.giRisk!.state, facts.giRisk!.recordReading]).toEqual(['present', 'absent']);
    // two denials are not enough to deny what the rationale names
    expect(await contradictingCue(rationale, omeprazole, 'He denies heartburn. He has no history of ulcer.', 'giRisk')).toBeUndefined();
  });
  test('no contradiction where the summary names a risk factor, or denies only another one', async () => {
    expect(await contradictingCue(rationale, omeprazole, 'Past medical history is negative for gastritis. She takes aspirin 81 mg daily.', 'giRisk')).toBeUndefined();
    expect(await contradictingCue(rationale, omeprazole, 'Past medical history is negative for peptic ulcer disease.', 'giRisk')).toBeUndefined();
  });
});

describe("'the documentation does not include evidence of …' is the records' silence", () => {
  test("'the documentation does not include evidence of objective functional improvement' against a summary's measured Beck scores", async () => {
    const cbt = 'Cognitive behavioral therapy x 6 sessions';
    const rationale = 'However, the documentation does not include evidence of objective functional improvement as a result of the sessions completed to date.';
    expect((await factsOf(rationale, cbt)).functionalImprovement!.evidence[0]!.reading).toBe('not-documented');
    const summary = 'An initial trial of 4 sessions of cognitive behavioral therapy was completed. The progress report documented that the Beck Depression Inventory-II score decreased from 34 to 21.';
    expect(await contradictingCue(rationale, cbt, summary, 'functionalImprovement')).toBe('Beck Depression Inventory-II score decreased');
  });
});

describe('a psychiatric comorbidity documented is one whatever symptom is denied after it', () => {
  test("'major depressive disorder' then 'no suicidal ideation'", async () => {
    const cbt = 'Cognitive behavioral therapy x 6 sessions';
    const summary = 'The diagnoses include chronic left foot pain and major depressive disorder, single episode, moderate. Mental status examination showed a mildly dysphoric mood and no suicidal ideation.';
    expect(await summaryStateOf(summary, cbt, 'psychComorbidity')).toBe('present');
    expect(await summaryStateOf('Mental status examination showed no depression, anxiety or suicidal ideation.', cbt, 'psychComorbidity')).toBe('absent');
  });
});

describe("an inventory the summary's notes score lower in the last than the first", () => {
  const chiropractic = 'Chiropractic treatment 2 times a week for 4 weeks for the lumbar spine';
  const rationale = 'However, the records do not document objective functional improvement with the prior chiropractic care.';
  const notes = (last: number) =>
    `11-21-2016 (chiropractic initial evaluation): Low back pain rated 7 out of 10. Oswestry Disability Index 42%. 11-23-2016 to 12-16-2016: Six chiropractic treatments. 12-19-2016 (chiropractic re-evaluation): Low back pain rated 3 out of 10. Oswestry Disability Index ${last}%.`;
  test("'Oswestry Disability Index 42%' in the first note and '22%' in the last contradict 'no objective functional improvement'", async () => {
    const facts = await factsOf(rationale, chiropractic, notes(22));
    expect([facts.functionalImprovement!.state, facts.functionalImprovement!.contradictedBy?.cue, facts.functionalImprovement!.recordReading]).toEqual(['absent', 'Oswestry Disability Index 22%', 'present']);
  });
  test("two scores in one sentence, each with its time: 'Neck Disability Index: 42% at the initial visit, 26% at the sixth visit'", async () => {
    const acupuncture = 'Additional acupuncture x 6 sessions for the cervical spine';
    const summary = 'Progress was documented as follows. - Neck Disability Index: 42% at the initial visit, 26% at the sixth visit.';
    expect(await contradictingCue('However, there is no documentation of objective functional improvement with the prior sessions.', acupuncture, summary, 'functionalImprovement')).toBe('Neck Disability Index: 42% at the initial visit, 26% at');
  });
  test("no gain where the score barely moved or rose, nor for a drug where the notes scoring it are another course's", async () => {
    expect(await contradictingCue(rationale, chiropractic, notes(40), 'functionalImprovement')).toBeUndefined();
    expect(await contradictingCue(rationale, chiropractic, notes(48), 'functionalImprovement')).toBeUndefined();
    expect(await contradictingCue('The records do not document objective functional improvement with Norco.', 'Norco 10/325mg #90', notes(22), 'functionalImprovement')).toBeUndefined();
  });
  test("a drug's notes: 'The Oswestry Disability Index was 44% on 2-11-2016 and 22% on 11-17-2016' against 'do not document objective functional improvement with the use of this medication'", async () => {
    const tramadol = 'Tramadol ER 150mg #30';
    const drugRationale = 'The records submitted for review do not document objective functional improvement with the use of this medication.';
    const summary = 'He was previously on Norco, which was changed to tramadol ER 150 mg once daily in 03-2016. On 12-1-2016, pain was 7 out of 10 without and 3 out of 10 with medication. The Oswestry Disability Index was 44% on 2-11-2016 and 22% on 11-17-2016.';
    expect(await contradictingCue(drugRationale, tramadol, summary, 'functionalImprovement')).toBe('Oswestry Disability Index was 44% on 2-11-2016 and 22% on');
  });
});

describe("an opioid rationale that finds the 4 A's documented", () => {
  const oxycodone = 'Oxycodone IR 10mg #120';
  test("'no aberrant behaviors, with a consistent urine drug screen, a consistent CURES report, … and an opioid agreement on file': what is consistent was done", async () => {
    const text = 'The treating physician documents no significant adverse effects, and no aberrant behaviors, with a consistent urine drug screen, a consistent CURES report, correct pill counts and an opioid agreement on file.';
    const facts = await factsOf(text, oxycodone);
    expect([facts.udsPerformed!.state, facts.curesChecked!.state, facts.opioidAgreement!.state]).toEqual(['present', 'present', 'present']);
    expect(facts.aberrantBehavior!.state).not.toBe('present');
  });
  test("what the guideline asks documented after a colon is no finding: '… should be documented at each visit …: …; and aberrant behavior, current substance use disorder or evidence of diversion'", async () => {
    const text =
      'The "four A\'s" should be documented at each visit during the maintenance phase of chronic opioid treatment: analgesia, meaningful improvement in level of pain; activity, meaningful improvement in pain interference or function; adverse events, whether the medication is causing severe side effects; and aberrant behavior, current substance use disorder or evidence of diversion.';
    expect(await stateOf(text, oxycodone, 'aberrantBehavior')).toBe('unknown');
  });
});

describe("a muscle the summary's examinations grade weaker and weaker", () => {
  const mri = 'MRI of the lumbar spine without contrast';
  const rationale = 'The records do not document objective neurological deficits on examination, and there are no red flag findings or signs of a progressive neurologic deficit.';
  const notes = (last: string) =>
    `07-12-2016: Low back pain 6 out of 10 with left leg pain to the shin. Left extensor hallucis longus (EHL) strength 5 out of 5, sensation intact. 09-14-2016: Left EHL 4 out of 5. 11-03-2016: Left EHL strength was ${last} out of 5 and left ankle dorsiflexion was 4- out of 5.`;
  test("'Left extensor hallucis longus (EHL) strength 5 out of 5' in July, '3 out of 5' in November, against 'no … signs of a progressive neurologic deficit'", async () => {
    const facts = await factsOf(rationale, mri, notes('3'));
    expect([facts.redFlags!.state, facts.redFlags!.contradictedBy?.cue, facts.redFlags!.recordReading]).toEqual(['absent', 'Left EHL strength was 3 out of 5', 'present']);
    expect(facts.significantChange!.contradictedBy?.cue).toBe('Left EHL strength was 3 out of 5');
  });
  test('no progression where the grade held, or the other side is graded', async () => {
    expect(await contradictingCue(rationale, mri, notes('5'), 'redFlags')).toBeUndefined();
    const sides = 'Left EHL strength 5 out of 5. On 11-03-2016 right EHL strength was 4 out of 5.';
    expect(await contradictingCue(rationale, mri, sides, 'redFlags')).toBeUndefined();
  });
});

describe('the records are no guideline', () => {
  test("'The records state that she has not received chiropractic treatment … for this injury' says it was never had", async () => {
    const chiropractic = 'Chiropractic treatment 2 times a week for 3 weeks for the lumbar spine';
    expect(await summaryStateOf('The records state that she has not received chiropractic treatment or acupuncture for this injury.', chiropractic, 'priorTreatmentSameKind')).toBe('absent');
    // the guidelines' own "state that" still reads as the guideline
    expect(await stateOf('The guidelines state that patients should have had a prior course of chiropractic treatment.', chiropractic, 'priorTreatmentSameKind')).toBe('unknown');
  });
});

describe("the summary's 'no change in activity tolerance' against a rationale that finds functional improvement", () => {
  const acupuncture = 'Acupuncture 2 times a week for 6 weeks for the lumbar spine';
  const rationale = 'The injured worker has undergone a course of acupuncture with documented functional improvement.';
  test("'with no change in activity tolerance' reads no improvement, and contradicts the rationale", async () => {
    const summary = "The acupuncturist's summary states that the injured worker reports temporary relaxation after treatments, with no change in activity tolerance.";
    expect(await summaryStateOf(summary, acupuncture, 'functionalImprovement')).toBe('absent');
    const facts = await factsOf(rationale, acupuncture, summary);
    expect([facts.functionalImprovement!.state, facts.functionalImprovement!.contradictedBy?.cue, facts.functionalImprovement!.recordReading]).toEqual(['present', 'no change in activity tolerance', 'absent']);
  });
  test("'no improvement in work status' too; a change in activity tolerance said is none of it", async () => {
    expect(await summaryStateOf('She reported no improvement in work status.', acupuncture, 'functionalImprovement')).toBe('absent');
    expect(await contradictingCue(rationale, acupuncture, 'She reported an increase in activity tolerance.', 'functionalImprovement')).toBeUndefined();
  });
});

describe("the summary's normal examination against a rationale that finds a deficit", () => {
  test("'The examination documents neurologic deficits in the upper extremities' against 'The neurological exam was intact, with … strength 5 out of 5'", async () => {
    const mri = 'MRI of the cervical spine';
    const rationale = 'The examination documents neurologic deficits in the upper extremities.';
    const summary = 'Spurling\'s test was negative bilaterally. The neurological exam was intact, with sensation intact from C5 through T1, reflexes 2+ and symmetric, and strength 5 out of 5 in all muscle groups of the upper extremities.';
    const facts = await factsOf(rationale, mri, summary);
    expect([facts.neuroDeficit!.state, facts.neuroDeficit!.recordReading]).toEqual(['present', 'absent']);
    // a deficit the summary then names is no contradiction
    expect(await contradictingCue(rationale, mri, `${summary} On a later visit, sensation was decreased in the right C6 dermatome.`, 'neuroDeficit')).toBeUndefined();
  });
});

describe("a rationale's word that imaging corroborates the findings, against the summary's MRI", () => {
  const esi = 'Cervical epidural steroid injection at C5-6 (interlaminar) under fluoroscopy';
  const rationale = 'The physical examination documents radicular findings in the upper extremity, and the MRI of the cervical spine corroborates these findings with pathology at the requested level.';
  test("'the MRI of the cervical spine corroborates these findings' is imaging evidence; 'showed a 2 mm broad-based disc bulge at C5-6 without central canal or neural foraminal stenosis' contradicts it", async () => {
    expect(await stateOf(rationale, esi, 'imagingEvidence')).toBe('present');
    const summary = 'An MRI of the cervical spine dated 04-19-2016 showed a 2 mm broad-based disc bulge at C5-6 without central canal or neural foraminal stenosis and no nerve root impingement.';
    const facts = await factsOf(rationale, esi, summary);
    expect([facts.imagingEvidence!.state, facts.imagingEvidence!.recordReading]).toEqual(['present', 'absent']);
    expect(await contradictingCue(rationale, esi, 'An MRI of the cervical spine showed a 5 mm disc protrusion at C5-6 compressing the exiting right C6 nerve root.', 'imagingEvidence')).toBeUndefined();
  });
});

describe("work at full duty in the cue's sentence is a measure of function", () => {
  const oxycodone = 'Oxycodone 10mg #45';
  const rationale = 'The medical records reviewed do not document objective functional improvement attributable to the ongoing use of oxycodone.';
  test("'he has worked full duty …, 40 hours per week, …; he stated that without oxycodone he would be unable to complete a work shift'", async () => {
    const summary = 'He reported that he has worked full duty as a receiving clerk, 40 hours per week, since 2013, and is able to mow his lawn; he stated that without oxycodone he would be unable to complete a work shift.';
    expect(await contradictingCue(rationale, oxycodone, summary, 'functionalImprovement')).toBe('without oxycodone he would be unable');
  });
  test('not where the full duty is denied', async () => {
    const summary = 'He has not returned to full duty; he stated that without oxycodone he would be unable to get out of bed.';
    expect(await contradictingCue(rationale, oxycodone, summary, 'functionalImprovement')).toBeUndefined();
  });
});
