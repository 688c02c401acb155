// Classes of answers the intake used to misread (issue 14, polish round), one table per class,
// through understandAnswer (what the intake takes from one answer), then whole conversations.
import { expect } from 'chai';
import { createMatcher } from '../../src/dialogs/matcher';
import type { IntakeAnswers } from '../../src/dialogs/intakeAnswers';
import type { Matcher } from '../../src/dialogs/services';
import { understandAnswer } from '../../src/dialogs/understandAnswer';
import type { IntakeQuestionId } from '../../src/language';
import { Conversation, sharedCatalogue, TODAY, useSqliteDatabase } from '../helpers/conversation';

interface Case {
  question: IntakeQuestionId;
  text: string;
  before?: IntakeAnswers;
  locale?: 'nl' | 'en';
  /** Fields that must hold these values afterwards (deep-included). */
  expect?: Partial<IntakeAnswers>;
  /** Fields that must be unset afterwards. */
  absent?: (keyof IntakeAnswers)[];
  ok?: boolean;
  reply?: RegExp;
}

const DIPLOMA: IntakeAnswers = { education: 'hbo', dutchLevel: 'B1' };
const COOK: IntakeAnswers = { jobs: [{ text: 'kok', occupation: { uri: 'u:kok', label: 'kok' }, confirmed: true }] };
const OFFERED = [
  { uri: 'u:kok', label: 'kok' },
  { uri: 'u:chefkok', label: 'chefkok' },
  { uri: 'u:hulpkok', label: 'hulpkok' },
];
const PICK: IntakeAnswers = { jobs: [{ text: 'koken' }], candidates: OFFERED };
const PICK_EARLIER: IntakeAnswers = { jobs: [COOK.jobs![0], { text: 'in een keuken' }], candidates: OFFERED, candidatesFor: 1 };

const YES_NO: Case[] = [
  { question: 'licence', text: 'ik heb wel rijbewijs maar geen auto', expect: { drivingLicence: true } },
  { question: 'licence', text: 'geen auto, wel rijbewijs', expect: { drivingLicence: true } },
  { question: 'licence', text: 'nee, ik fiets overal heen', expect: { drivingLicence: false } },
  { question: 'licence', text: 'ja, maar geen auto', expect: { drivingLicence: true } },
  { question: 'licence', text: 'Yes, but I have no car', locale: 'en', expect: { drivingLicence: true } },
  { question: 'licence', text: 'no, I cycle everywhere', locale: 'en', expect: { drivingLicence: false } },
  { question: 'licence', text: 'ik heb geen rijbewijs maar wel een scooter', expect: { drivingLicence: false } },
  { question: 'licence', text: 'heb ik', expect: { drivingLicence: true } },
  { question: 'licence', text: 'heb ik niet', expect: { drivingLicence: false } },
  { question: 'foreignDiploma', text: 'ja, in het buitenland, nog niet erkend', before: DIPLOMA, expect: { foreignDiploma: true } },
  { question: 'foreignDiploma', text: 'nee hoor, gewoon hier gehaald, niet in het buitenland', before: DIPLOMA, expect: { foreignDiploma: false } },
  { question: 'foreignDiploma', text: 'in Syrië gehaald', before: DIPLOMA, expect: { foreignDiploma: true } },
  { question: 'foreignDiploma', text: 'Marokko', before: DIPLOMA, expect: { foreignDiploma: true } },
  { question: 'training', text: 'ja, als het niet te lang duurt', expect: { trainingWilling: true } },
  { question: 'training', text: 'graag, maar niet langer dan een half jaar', expect: { trainingWilling: true } },
  { question: 'health', text: 'liever niet', expect: { healthLimits: 'private' }, absent: ['limits'] },
  { question: 'health', text: 'dat deel ik liever niet', expect: { healthLimits: 'private' } },
  { question: 'health', text: "I'd rather not share that", locale: 'en', expect: { healthLimits: 'private' } },
  { question: 'health', text: 'I would rather not say', locale: 'en', expect: { healthLimits: 'private' } },
  { question: 'health', text: 'nee, maar ik kan alleen onder schooltijd werken', expect: { healthLimits: 'no', limits: { times: 'school-hours' } } },
  { question: 'health', text: 'no, but I can only work during school hours', locale: 'en', expect: { healthLimits: 'no', limits: { times: 'school-hours' } } },
  { question: 'health', text: 'ja, ik kan niet meer zwaar tillen', expect: { healthLimits: 'yes', limits: { noHeavyWork: true } } },
  { question: 'health', text: 'nee', expect: { healthLimits: 'no' } },
];

const EARLIER_JOB: Case[] = [
  { question: 'earlierJob', text: 'yes, I was a cook for 4 years', before: COOK, locale: 'en', expect: { jobs: [COOK.jobs![0], { text: 'cook', years: 4 }] } },
  { question: 'earlierJob', text: 'ja bij Albert Heijn gewerkt, administratie, 3 jaar', before: COOK, expect: { jobs: [COOK.jobs![0], { text: 'administratie', years: 3 }] } },
  { question: 'earlierJob', text: 'jawel, schoonmaker', before: COOK, expect: { jobs: [COOK.jobs![0], { text: 'schoonmaker' }] } },
  { question: 'earlierJob', text: 'Yes, in a warehouse for 2 years', before: COOK, locale: 'en', expect: { jobs: [COOK.jobs![0], { text: 'warehouse', years: 2 }] } },
  { question: 'earlierJob', text: 'ja', before: COOK, ok: false, expect: { jobs: COOK.jobs } },
  { question: 'earlierJob', text: 'yes', before: COOK, locale: 'en', ok: false, expect: { jobs: COOK.jobs } },
  { question: 'earlierJob', text: 'ja hoor', before: COOK, ok: false, expect: { jobs: COOK.jobs } },
  { question: 'earlierJob', text: 'yes I did', before: COOK, locale: 'en', ok: false, expect: { jobs: COOK.jobs } },
  { question: 'earlierJob', text: 'nee', before: COOK, expect: { jobs: COOK.jobs, askEarlierJob: false } },
];

const chose = (label: string, before = PICK, index = 0): Partial<IntakeAnswers> => ({
  jobs: [...(before.jobs ?? []).slice(0, index), { ...before.jobs![index], occupation: OFFERED.find((o) => o.label === label)!, confirmed: true }],
});
const PICKS: Case[] = [
  { question: 'pickOccupation', text: 'de tweede', before: PICK, expect: chose('chefkok') },
  { question: 'pickOccupation', text: 'nummer 2', before: PICK, expect: chose('chefkok') },
  { question: 'pickOccupation', text: '2', before: PICK, expect: chose('chefkok') },
  { question: 'pickOccupation', text: 'ja, de eerste', before: PICK, expect: chose('kok') },
  { question: 'pickOccupation', text: 'de laatste', before: PICK, expect: chose('hulpkok') },
  { question: 'pickOccupation', text: 'the first one', before: PICK, locale: 'en', expect: chose('kok') },
  { question: 'pickOccupation', text: 'the last one please', before: PICK, locale: 'en', expect: chose('hulpkok') },
  { question: 'pickOccupation', text: 'chefkok was ik', before: PICK, expect: chose('chefkok') },
  { question: 'pickOccupation', text: 'gewoon kok', before: PICK, expect: chose('kok') },
  { question: 'pickOccupation', text: 'hulpkok idd', before: PICK, expect: chose('hulpkok') },
  { question: 'pickOccupation', text: 'chefkok, yes', before: PICK, locale: 'en', expect: chose('chefkok') },
  { question: 'pickOccupation', text: 'chef kok', before: PICK, expect: chose('chefkok') },
  { question: 'pickOccupation', text: 'chefkk', before: PICK, expect: chose('chefkok') },
  { question: 'pickOccupation', text: 'geen van deze', before: PICK, expect: { jobs: PICK.jobs }, absent: ['candidates'] },
  { question: 'pickOccupation', text: 'geen van deze, ik was gewoon kok', before: PICK, expect: { jobs: PICK.jobs }, absent: ['candidates'] },
  { question: 'pickEarlierOccupation', text: 'de derde', before: PICK_EARLIER, expect: chose('hulpkok', PICK_EARLIER, 1) },
  { question: 'pickEarlierOccupation', text: 'the second one', before: PICK_EARLIER, locale: 'en', expect: chose('chefkok', PICK_EARLIER, 1) },
];

const NON_ANSWERS: Case[] = [
  { question: 'dutch', text: 'weet niet', absent: ['dutchLevel'] },
  { question: 'dutch', text: 'geen idee', absent: ['dutchLevel'] },
  { question: 'education', text: 'geen idee hoe dat heet', absent: ['education'] },
  { question: 'education', text: "I don't know what it's called", locale: 'en', absent: ['education'] },
  { question: 'education', text: 'geen', expect: { education: 'none' } },
  { question: 'education', text: 'geen diploma', expect: { education: 'none' } },
  { question: 'start', text: 'weet ik niet', absent: ['start'] },
  { question: 'trainingMonths', text: 'geen idee', before: { trainingWilling: true }, absent: ['trainingMonths'] },
  { question: 'licence', text: 'liever niet', absent: ['drivingLicence'] },
  { question: 'situation', text: 'weet ik niet', ok: false, absent: ['situation'] },
  { question: 'situation', text: 'geen idee', ok: false, absent: ['situation'] },
  { question: 'wiaType', text: 'weet niet', before: { situation: 'wia' }, expect: { situation: 'wia' }, absent: ['wiaType'] },
  { question: 'direction', text: 'geen idee', expect: { direction: 'unsure' } },
];

const SITUATIONS: Case[] = [
  { question: 'situation', text: 'ziektewet', expect: { situation: 'other-benefit' } },
  { question: 'situation', text: 'ik zit in de ziektewet', expect: { situation: 'other-benefit' } },
  { question: 'situation', text: 'ik heb sinds maart een ziektewetuitkering', expect: { situation: 'other-benefit' } },
  { question: 'situation', text: 'WIA', expect: { situation: 'wia' } },
  { question: 'job', text: 'ik zit nu in de ziektewet, daarvoor 5 jaar schoonmaker', expect: { situation: 'other-benefit' } },
];

describe('intake answers (polish): understood the first time', () => {
  let matcher: Matcher;
  before(async () => {
    matcher = createMatcher(await sharedCatalogue());
  });

  const tables: [string, Case[]][] = [
    ['a leading yes/no decides, "liever niet" is private', YES_NO],
    ['the earlier job without its leading yes', EARLIER_JOB],
    ['an offered occupation picked by position or label', PICKS],
    ['non-answers at closed questions are not content', NON_ANSWERS],
    ['Ziektewet is another benefit, not WIA', SITUATIONS],
  ];
  for (const [name, cases] of tables) {
    describe(name, () => {
      for (const c of cases) {
        it(`${c.question}: ${JSON.stringify(c.text)}`, async () => {
          const outcome = await understandAnswer(c.question, c.text, { matcher, now: TODAY, locale: c.locale ?? 'nl', answers: c.before });
          expect(outcome.ok, 'understood').to.equal(c.ok ?? true);
          for (const [key, value] of Object.entries(c.expect ?? {})) {
            const actual = outcome.answers[key as keyof IntakeAnswers];
            // An object (the limits) holds at least these fields; the seeker's words may come with them.
            if (value && typeof value === 'object' && !Array.isArray(value)) expect(actual, key).to.deep.include(value);
            else expect(actual, key).to.deep.equal(value);
          }
          for (const key of c.absent ?? []) expect(outcome.answers[key], `${key} not stored`).to.equal(undefined);
          if (c.reply) expect(outcome.reply).to.match(c.reply);
        });
      }
    });
  }
});

describe('intake answers (polish): whole conversations through the bot (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  it('Dutch: positions, a bare "ja" asked what work, the employer left out, non-answers skipped, a reason after yes/no', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    let summary = '';
    await conversation.run([
      ['Ik zoek werk', /bewaren/],
      ['ja', /Stap 1/],
      ['ik zit in de ziektewet', /per maand/],
      ['sla over', /laatst gedaan/],
      ['6 jaar kok', /Welk beroep/],
      ['de eerste', /6 jaar als kok[\s\S]*daarvoor ander werk/],
      ['ja', /Wat voor werk was dat\?[\s\S]*daarvoor ander werk/],
      ['ja bij Albert Heijn gewerkt, administratie, 3 jaar', (_r, text) => expect(text).to.match(/Je schreef: "administratie"/).and.not.match(/Albert Heijn/i)],
      ['geen van deze', /eigen woorden[\s\S]*hoogste diploma/],
      ['geen idee hoe dat heet', /sla ik deze vraag over[\s\S]*Nederlands/],
      ['weet niet', /sla ik deze vraag over[\s\S]*Hoe oud/],
      ['34', /rijbewijs/],
      ['ik heb wel rijbewijs maar geen auto', /gezondheid/],
      ['nee, maar ik kan alleen onder schooltijd werken', /alleen onder schooltijd[\s\S]*Stap 5/],
      ['hetzelfde werk', /uur/],
      ['24 uur', /postcode/],
      ['3511', /reizen/],
      ['een half uur', /beginnen/],
      ['zo snel mogelijk', /opleiding/],
      ['nee', (_r, text) => void (summary = text)],
    ]);
    expect(summary).to.match(/Andere uitkering/).and.not.match(/WIA/);
    expect(summary).to.match(/kok \(6 jaar\)/).and.match(/administratie \(3 jaar\)/);
    expect(summary, 'no diploma or Dutch level from a non-answer').to.not.match(/Geen diploma|Nederlands/);
    expect(summary).to.match(/Alleen onder schooltijd/);
    expect(summary, 'a time is not a health limit').to.not.match(/gezondheid/i);
  });

  it('English: a leading "yes," before the earlier job, "the second one", and "rather not share that" at health', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    let summary = '';
    await conversation.run([
      ['Hello, do you speak English?', /English/],
      ['I am looking for work', /keep your answers\?/i],
      ['yes', /Step 1/],
      ['I have no income', /Step 2/],
      ['I worked as a kok for 6 years', /Which occupation/],
      ['the first one', /6 years as kok[\s\S]*other work before/i],
      ['yes, I was a schoonmaker for 4 years', /You wrote: "schoonmaker"/],
      ['the second one', /4 years as schoonmaker/],
      ['vmbo', /Dutch/],
      ['good', /abroad/],
      ['no', /old/],
      ['40', /driving licence/],
      ['no, I cycle everywhere', /health/],
      ["I'd rather not share that", /Step 5/],
      ['the same work', /hours/],
      ['32 hours', /postcode/],
      ['skip', /start/],
      ['as soon as possible', /training/],
      ["no", (_r, text) => void (summary = text)],
    ]);
    expect(summary).to.match(/kok \(6 years?\)/i);
    expect(summary).to.match(/schoonmaker[^\n]*\(4 years?\)/).and.not.match(/yes \(/i);
  });
});
