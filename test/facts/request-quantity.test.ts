import { readRequestQuantity, statedSupplyDays } from '../../src/facts/request-quantity.js';

/** Requests as letters word them (the first two from cases/dwc-2016: CM16-0231745, CM16-0235869). */
describe('sessions, frequency and weeks of a request for a service', () => {
  test.each([
    ['Spinal manipulation 1 times 8', { visits: 8, frequencyPerWeek: 1, weeks: 8 }],
    ['Four sessions of physical therapy two times a week times 2 weeks', { visits: 4, frequencyPerWeek: 2, weeks: 2 }],
    ['Physical therapy 2x4 for the lumbar spine', { visits: 8, frequencyPerWeek: 2, weeks: 4 }],
    ['Acupuncture 3 times a week for 2 weeks', { visits: 6, frequencyPerWeek: 3, weeks: 2 }],
    ['Physical therapy times 12', { visits: 12 }],
    ['Chiropractic 12 sessions', { visits: 12 }],
    // the count written as the quantity: "#8", "Qty: 12", "quantity 2"
    ['Chiropractic therapy sessions for the cervical spine, quantity 2', { visits: 2 }],
    ['Physical therapy, Qty: 12', { visits: 12 }],
    ['Physical therapy 2 times a week over a 3-week period', { visits: 6, frequencyPerWeek: 2, weeks: 3 }],
    // a span abbreviated is no count of sessions ("x 2 wks" of a rental)
    ['Cold therapy unit rental x 2 wks', {}],
    ['Chiropractic treatment, 6 appointments', { visits: 6 }],
    // "5 days per week" is how often, not how long
    ['Home health 4 hours per day, 5 days per week for 4 weeks', { visits: 20, frequencyPerWeek: 5, weeks: 4 }],
    // A count written in words and figures, or in parentheses
    ['Aquatic therapy twelve (12) sessions', { visits: 12 }],
    ['Six (6) sessions of acupuncture', { visits: 6 }],
    ['Physical therapy (12) sessions', { visits: 12 }],
    ['Physical therapy (lumbar) 12 sessions', { visits: 12 }],
    ['Physical therapy (12)', { visits: 12 }],
    // "1 session per week" is how often; "x 80 hours" is a program's length, not 80 sessions
    ['Psychotherapy 1 session per week for 8 weeks', { visits: 8, frequencyPerWeek: 1, weeks: 8 }],
    ['Functional restoration program x 80 hours', {}],
    ['Psychotherapy x6', { visits: 6 }],
  ])('%s', (request, expected) => {
    const { visits, frequencyPerWeek, weeks } = readRequestQuantity(request, false);
    expect(Object.fromEntries(Object.entries({ visits, frequencyPerWeek, weeks }).filter(([, value]) => value !== undefined))).toEqual(expected);
  });
});

describe('hours of care a week (home health: "no more than 35 hours per week")', () => {
  test.each([
    ['Home health care 8 hours/day x 7 days/week', 56],
    ['Home health aide 4 hours per day, 5 days per week for 6 weeks', 20],
    ['Home health aide 20 hours per week', 20],
    ['24 hour home health care', 168],
    ['Home attendant care 24/7', 168],
    // hours a day without the days a week, or no hours at all: not known
    ['Home health aide 8 hours per day', undefined],
    ['Home health nursing visits', undefined],
  ])('%s', (request, hours) => {
    expect(readRequestQuantity(request, false).hoursPerWeek).toBe(hours);
  });
});

/** Drug requests as the letters' headings and prescriptions word them. */
describe('strength, quantity and directions of a drug request', () => {
  test.each([
    ['Norco 10/325mg #60 with 2 refills', { strength: 10, quantity: 60, refills: 2 }],
    // the quantity after the strength, as "x 150" or "(150)"; not "x 30 days", nor the "(1" of "(1 tab TID)"
    ['Norco 10/325mg x 150', { strength: 10, quantity: 150 }],
    ['Norco 10/325mg (150)', { strength: 10, quantity: 150 }],
    ['Norco 10/325mg x 30 days', { strength: 10, days: 30 }],
    ['Gabapentin 600mg (1 tab TID)', { strength: 600, unitsPerDay: 3 }],
    // A combination tablet written without its unit is the opioid's mg over the acetaminophen's.
    ['Norco 10/325 1 tab PO q6h prn #120', { strength: 10, quantity: 120, unitsPerDay: 4 }],
    ['Percocet 5/325 #40 (1 q 4-6 hrs prn)', { strength: 5, quantity: 40, unitsPerDay: 6 }],
    ['Ultracet 37.5/325 #60', { strength: 37.5, quantity: 60 }],
    // a hyphen between the opioid's and the acetaminophen's figures ("10-325mg" read 325 mg of hydrocodone)
    ['Norco 10-325mg #90', { strength: 10, quantity: 90 }],
    ['Percocet 5-325 mg #60', { strength: 5, quantity: 60 }],
    ['Norco 10/325mg QTY: 120.00', { strength: 10, quantity: 120 }],
    ['Gabapentin 300mg caps x 90', { strength: 300, quantity: 90 }],
    // Tylenol's number is its codeine in mg, not the quantity; acetaminophen written first is not the strength.
    ['Tylenol #3 #60', { strength: 30, quantity: 60 }],
    ['Tylenol with codeine No. 4 #90', { strength: 60, quantity: 90 }],
    ['Acetaminophen with codeine 300/30mg #60 one tablet every 6 hours', { strength: 30, quantity: 60, unitsPerDay: 4 }],
    ['Norco 10/325mg, 120 count', { strength: 10, quantity: 120 }],
    // A date is no strength.
    ['DOS 10/12/2016 Norco #60', { quantity: 60 }],
    // "three times daily" is 3 a day, not the "daily" it ends with
    ['Gabapentin 300mg three times daily #90', { strength: 300, quantity: 90, unitsPerDay: 3 }],
    // the units a dose takes count, at their most: "1-2 tabs q4-6h" is up to 12 a day, "2 tabs BID" 4
    ['Percocet 10/325mg 1-2 tabs q4-6h prn #240', { strength: 10, quantity: 240, unitsPerDay: 12 }],
    ['Norco 10/325mg 2 tabs BID #120', { strength: 10, quantity: 120, unitsPerDay: 4 }],
    ['Naproxen 550mg two times daily #60', { strength: 550, quantity: 60, unitsPerDay: 2 }],
    // hours and units in words; units before the doses a day ("three times a day" is not the units)
    ['Norco 10/325mg one tablet every four hours #120', { strength: 10, quantity: 120, unitsPerDay: 6 }],
    ['Norco 10/325mg two tablets every six hours #240', { strength: 10, quantity: 240, unitsPerDay: 8 }],
    ['Norco 10/325mg 2 tablets three times a day #180', { strength: 10, quantity: 180, unitsPerDay: 6 }],
    ['Norco 10/325mg one to two tablets three times a day #180', { strength: 10, quantity: 180, unitsPerDay: 6 }],
    // a patch every 72 hours or every 3 days: a third of one a day, and "3 days" is no supply of 3 days
    ['Fentanyl 50mcg/hr patch, 1 every 72 hours, #10', { strength: 50, quantity: 10, unitsPerDay: 0.333 }],
    ['Duragesic 25mcg/hr patch every 3 days #10', { strength: 25, quantity: 10, unitsPerDay: 0.333, days: undefined }],
    // the containers a compound or gel comes in (CM17-0007300: "One container of Flurbiprofen 10%, …")
    ['One container of Flurbiprofen 10%, Cyclobenzaprine 3%, Gabapentin 6%', { quantity: 1 }],
    ['2 tubes of Voltaren gel 1%', { quantity: 2 }],
  ])('%s', (request, expected) => {
    const { strength, quantity, refills, unitsPerDay, days } = readRequestQuantity(request, true);
    expect(Object.fromEntries(Object.entries({ strength, quantity, refills, unitsPerDay, days }).filter(([, value]) => value !== undefined))).toEqual(
      Object.fromEntries(Object.entries(expected).filter(([, value]) => value !== undefined)),
    );
  });
});

describe('a supply the letter states beside the quantity', () => {
  test('"#360 (2 months)", "#360 for 2 months\' supply", "#90 for 30 days"; not another quantity', () => {
    expect(statedSupplyDays(['modified certification for Norco 10/325mg #360 (2 months) to #180'], 360)).toMatchObject({ days: 60, index: 0 });
    expect(statedSupplyDays(['The patient is stable.', "The criteria for Norco 10/325mg #360 for 2 months' supply were met."], 360)).toMatchObject({ days: 60, index: 1 });
    expect(statedSupplyDays(['Tramadol #90 for 30 days was requested.'], 90)?.days).toBe(30);
    expect(statedSupplyDays(['Norco #3600 (2 months)', 'Norco #180 (1 month)'], 360)).toBeUndefined();
    // the quantity in words, the span abbreviated
    expect(statedSupplyDays(['Norco 10/325mg quantity 360 for 2 mos supply'], 360)?.days).toBe(60);
    expect(statedSupplyDays(['Tramadol #28 for 2 wks'], 28)?.days).toBe(14);
    // "wks" is weeks (a span's unit not a day or a week was read as months), "mos" months
    expect(readRequestQuantity('Cold therapy unit rental x 2 wks', false).days).toBe(14);
    expect(readRequestQuantity('Norco 10/325mg #90 for 1 mo', true).days).toBe(30);
    // a span written against its "x" ("rental x2 weeks")
    expect(readRequestQuantity('Game Ready unit rental x2 weeks', false).days).toBe(14);
  });
});
