import { expect } from 'chai';
import { PROFILE_LABELS, profileLines, profileView } from '../../src/advisor/profileView';
import { CODES } from '../../src/advisor/profileWords';
import { IntakeAnswersSchema, PROFILE_VERSION, storedProfile } from '../../src/matching/intakeRecord';
import type { IntakeAnswers } from '../../src/dialogs/intakeAnswers';

const NOW = new Date('2026-12-02T10:00:00Z');
const lines = (a: IntakeAnswers) => profileLines(IntakeAnswersSchema.parse(a), NOW).map((l) => `${l.label}: ${l.value}`);

// Nothing an advisor reads may be a raw key, a code, an ISO date or an object.
const RAW = [/\[object Object\]/, /\d{4}-\d{2}/, /\bundefined\b/, /\bnull\b/, /\b(mbo-\d|self-employed|other-benefit|within-\d-months|school-hours|no-nights|wiaType|benefitEnd|monthlyAmount|healthLimits|dutchLevel|trainingWilling)\b/];
function expectReadable(text: string[]): void {
  for (const line of text) for (const raw of RAW) expect(line, line).not.to.match(raw);
}

const CASES: { name: string; answers: IntakeAnswers; expected: string[] }[] = [
  {
    name: 'WW with an end date and an approximate amount',
    answers: { situation: 'ww', benefitEnd: '2027-09-01', monthlyAmount: 1900, approximate: ['monthlyAmount'], jobs: [{ text: 'heftruck', years: 12, occupation: { uri: 'x', label: 'heftruckchauffeur' }, confirmed: true }], education: 'mbo-2', dutchLevel: 'native', drivingLicence: true },
    expected: ['Inkomen: WW tot 1 september 2027, ongeveer € 1.900 netto per maand', 'Werk: heftruckchauffeur, 12 jaar', 'Opleiding: mbo niveau 2', 'Nederlands: moedertaal', 'Rijbewijs: ja (auto, B)'],
  },
  {
    name: 'bijstand since a month, exact amount',
    answers: { situation: 'bijstand', since: '2025-03', monthlyAmount: 1250.5, education: 'vmbo', dutchLevel: 'A2', start: 'within-3-months' },
    expected: ['Inkomen: bijstand sinds maart 2025, € 1.250,50 netto per maand', 'Opleiding: vmbo', 'Nederlands: eenvoudig (A2)', 'Beginnen: binnen 3 maanden'],
  },
  {
    name: 'WIA (WGA) with health limits and stated limits',
    answers: { situation: 'wia', wiaType: 'wga', healthLimits: 'yes', limits: { noHeavyWork: true, times: 'school-hours', maxTravelMinutes: 30, words: 'mijn rug' }, hours: { min: 16, max: 24 }, approximate: ['hours'] },
    expected: ['Inkomen: WIA (WGA: kan nog een deel werken)', 'Gezondheid: heeft beperkingen door gezondheid', 'Beperkingen: geen zwaar lichamelijk werk; alleen onder schooltijd; hoogstens 30 minuten reizen (enkele reis); eigen woorden: "mijn rug"', 'Uren per week: ongeveer 16 tot 24 uur'],
  },
  {
    name: 'no income, no benefit end known',
    answers: { situation: 'none', healthLimits: 'private', direction: 'new', interests: 'iets met dieren', trainingWilling: true, trainingMonths: 6 },
    expected: ['Inkomen: geen werk en geen uitkering', 'Gezondheid: wil dit liever niet zeggen', 'Richting: iets nieuws', 'Wens: "iets met dieren"', 'Opleiding volgen: ja, hoogstens 6 maanden'],
  },
  {
    name: 'two jobs, one a guess with approximate years',
    answers: { situation: 'ww', benefitEndUnknown: true, jobs: [{ text: 'magazijn', years: 2.5, occupation: { uri: 'x', label: 'magazijnmedewerker' } }, { text: 'schoonmaak', years: 3 }], approximate: ['jobs.0.years'], postcode: '3511', region: 'Midden-Utrecht', birthYear: 1975 },
    expected: ['Inkomen: WW, einddatum onbekend', 'Werk: magazijn (mogelijk magazijnmedewerker, niet bevestigd), ongeveer 2,5 jaar', 'Werk: schoonmaak, 3 jaar', 'Postcode: 3511 (regio Midden-Utrecht)', 'Geboortejaar: 1975 (ongeveer 51 jaar)'],
  },
  {
    name: 'entered in English: free text kept, labels and values Dutch',
    answers: { situation: 'flex', jobs: [{ text: 'warehouse worker', years: 4 }], education: 'hbo', foreignDiploma: true, dutchLevel: 'A1', interests: 'working with computers', trainingWilling: false, drivingLicence: false, targets: [{ uri: 'x', label: 'ICT-helpdeskmedewerker' }] },
    expected: ['Inkomen: flexwerk of uitzendwerk', 'Werk: warehouse worker, 4 jaar', 'Opleiding: hbo, diploma uit het buitenland (nog niet gewaardeerd)', 'Nederlands: een beetje (A1)', 'Rijbewijs: nee', 'Wens: "working with computers"', 'Beroepswens: ICT-helpdeskmedewerker', 'Opleiding volgen: nee'],
  },
];

describe('advisor profile view (readable Dutch lines)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const got = lines(c.answers);
      for (const line of c.expected) expect(got).to.include(line);
      expectReadable(got);
    });
  }

  it('has a label (or an explicit "not a profile fact") for every field of the intake schema', () => {
    const keys = Object.keys(IntakeAnswersSchema.shape);
    expect(keys.length).to.be.greaterThan(20);
    for (const key of keys) expect(PROFILE_LABELS, key).to.have.property(key);
    expect(Object.keys(PROFILE_LABELS).sort()).to.deep.equal([...keys].sort());
  });

  it('has Dutch words for every code of every enum it shows', () => {
    const shape = IntakeAnswersSchema.shape;
    const options = (field: keyof typeof shape) => (shape[field].unwrap() as unknown as { options: string[] }).options;
    for (const [field, table] of [['situation', CODES.situation], ['education', CODES.education], ['dutchLevel', CODES.dutchLevel], ['healthLimits', CODES.healthLimits], ['direction', CODES.direction], ['start', CODES.start], ['wiaType', CODES.wiaType]] as const) {
      expect(Object.keys(table).sort(), field).to.deep.equal([...options(field)].sort());
    }
  });

  it('reads the current version, the unversioned envelope and a bare matching profile alike', () => {
    const answers = { situation: 'ww', benefitEnd: '2027-09-01', education: 'mbo-3' } as const;
    const current = profileView(storedProfile(answers, true), NOW)!;
    const old = profileView({ answers, complete: true }, NOW)!;
    const matching = profileView({ income: { situation: 'ww' }, education: { level: 'mbo-3' }, dutchLevel: 'B1', workHistory: [{ title: 'kok', years: 5 }], barriers: ['health'], goals: { direction: 'same', postcode: '1011' } }, NOW)!;
    expect(current.version).to.equal(PROFILE_VERSION);
    expect(old.version).to.equal(1);
    expect(old.lines).to.deep.equal(current.lines);
    expect(matching.lines.map((l) => `${l.label}: ${l.value}`)).to.include.members(['Inkomen: WW', 'Opleiding: mbo niveau 3', 'Werk: kok, 5 jaar', 'Gezondheid: heeft beperkingen door gezondheid', 'Postcode: 1011']);
  });

  it('still renders a newer or damaged version and says what it could not read', () => {
    const view = profileView({ version: PROFILE_VERSION + 1, answers: { situation: 'ww', education: 'mbo-9', hobbies: ['x'] }, complete: false }, NOW)!;
    const text = view.lines.map((l) => `${l.label}: ${l.value}`);
    expect(text).to.include('Inkomen: WW');
    expect(text).to.include('Niet te lezen: 2 gegevens uit een nieuwere profielversie');
    expectReadable(text);
    expect(profileView(null, NOW)).to.equal(undefined);
    expect(profileView('x', NOW)).to.equal(undefined);
  });
});
