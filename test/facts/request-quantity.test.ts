import { readRequestQuantity } from '../../src/facts/request-quantity.js';

/** Requests as letters word them (the first two from cases/dwc-2016: CM16-0231745, CM16-0235869). */
describe('sessions, frequency and weeks of a request for a service', () => {
  test.each([
    ['Spinal manipulation 1 times 8', { visits: 8, frequencyPerWeek: 1, weeks: 8 }],
    ['Four sessions of physical therapy two times a week times 2 weeks', { visits: 4, frequencyPerWeek: 2, weeks: 2 }],
    ['Physical therapy 2x4 for the lumbar spine', { visits: 8, frequencyPerWeek: 2, weeks: 4 }],
    ['Acupuncture 3 times a week for 2 weeks', { visits: 6, frequencyPerWeek: 3, weeks: 2 }],
    ['Physical therapy times 12', { visits: 12 }],
    ['Chiropractic 12 sessions', { visits: 12 }],
  ])('%s', (request, expected) => {
    const { visits, frequencyPerWeek, weeks } = readRequestQuantity(request, false);
    expect(Object.fromEntries(Object.entries({ visits, frequencyPerWeek, weeks }).filter(([, value]) => value !== undefined))).toEqual(expected);
  });
});
