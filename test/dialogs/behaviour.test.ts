// Behaviour at every step: typos, free text, empty and very long input, emoji, a BSN, "terug",
// "opnieuw", asking for a person, switching language, erasing data, returning, and a restart of
// the process mid-intake with the state in a real database (SQLite and PostgreSQL).
import { expect } from 'chai';
import { answerAndConfirm, buttons, Conversation, openDatabase, recordingHandoff, type Script, useSqliteDatabase } from '../helpers/conversation';
import { bothProviders } from '../helpers/databases';
import { holdsRecentText } from '../../src/language';

const TO_SITUATION: Script['steps'] = [
  ['Ik zoek werk', /bewaren/],
  ['ja', /Stap 1 van 7/],
];

const scripts: Script[] = [
  {
    name: 'typos and free text instead of buttons',
    steps: [...TO_SITUATION, ['ik heb een uitkring van de gemeente', /per maand/], ['ongeveer duizend euro', /€\s?1\.000 per maand/]],
  },
  {
    name: 'empty input is not understood, kindly, and the question is asked again',
    steps: [...TO_SITUATION, ['   ', /begreep ik niet[\s\S]*Wat past het best/]],
  },
  {
    name: 'very long input gets a friendly request to keep it short',
    steps: [...TO_SITUATION, ['ik '.repeat(600), /erg lang[\s\S]*Wat past het best/]],
  },
  {
    name: 'emoji answer a yes/no question',
    steps: [['Ik zoek werk', /bewaren/], ['👍', /Dank je[\s\S]*Stap 1 van 7/]],
  },
  {
    name: 'a BSN is refused, not interpreted, and the question comes back',
    steps: [...TO_SITUATION, ['mijn bsn is 123456782', /deel je BSN[\s\S]*niet bewaard[\s\S]*Wat past het best/]],
  },
  {
    name: 'a number called a BSN, or a BSN in disguise, is refused too',
    steps: [
      ...TO_SITUATION,
      ['mijn bsn is 123 456 789', /deel je BSN[\s\S]*Wat past het best/],
      ['１２３４５６７８２', /deel je BSN[\s\S]*Wat past het best/],
      ['1\u200B2345678-2', /deel je BSN[\s\S]*Wat past het best/],
    ],
  },
  {
    name: 'a BSN when no dialog runs (after "stop") is refused, then the menu',
    steps: [['stop', /stoppen hier/], ['hoi mijn burgerservicenummer is 123456782', /deel je BSN[\s\S]*Zoek je werk/]],
  },
  {
    name: '"verwijder mijn gegevens" when no dialog runs (after "stop") asks at once',
    steps: [['stop', /stoppen hier/], ['verwijder mijn gegevens', /verwijder/i], ['ja', /zijn verwijderd/]],
  },
  {
    name: '"terug" goes to the previous question, also across topics',
    steps: [
      ...TO_SITUATION,
      ['ww', /Tot wanneer/],
      ['terug', /Wat past het best/],
      ['bijstand', /per maand/],
      ['sla over', /Stap 2 van 7[\s\S]*laatst gedaan/],
      ['terug', /per maand/],
    ],
  },
  {
    name: '"opnieuw" restarts the intake',
    steps: [...TO_SITUATION, ['ww', /Tot wanneer/], ['opnieuw', /beginnen opnieuw[\s\S]*Stap 1 van 7[\s\S]*Wat past het best/]],
  },
  {
    name: '"help" explains the current question and asks it again',
    steps: [...TO_SITUATION, ['help', /WW is een uitkering van UWV[\s\S]*Wat past het best/]],
  },
  {
    name: 'asking for a person works in the middle of the intake',
    steps: [...TO_SITUATION, ['ik wil een mens spreken', /mens|adviseur|medewerker/i]],
  },
  {
    name: 'a job title is an answer, not a request for a person',
    steps: [...TO_SITUATION, ['bijstand', /per maand/], ['sla over', /laatst gedaan/], ['adviseur', /Welk beroep|eigen woorden/]],
  },
  {
    name: 'two misunderstandings in a row offer a person',
    steps: [
      ...TO_SITUATION,
      ['blablabla', /begreep ik niet/],
      ['qwerty', (replies, text) => {
        expect(text).to.match(/met een mens praten/);
        expect(buttons(replies)).to.include('Praten met een mens');
      }],
    ],
  },
  {
    name: 'switching to English and back in the middle of a question',
    steps: [...TO_SITUATION, ['English please', /continue in English[\s\S]*What fits your situation/], ['Nederlands graag', /Nederlands[\s\S]*Wat past het best/]],
  },
  {
    name: '"stop" ends politely; "hallo" starts again',
    steps: [...TO_SITUATION, ['stop', /stoppen hier/], ['hallo', /Ik ben Werkloket/]],
  },
];

describe('intake behaviour per step (SQLite)', function () {
  this.timeout(30_000);
  const db = useSqliteDatabase();

  for (const script of scripts) {
    it(script.name, async () => {
      const conversation = await Conversation.open(db());
      await conversation.start();
      await conversation.run(script.steps);
    });
  }

  it('never stores a BSN: not in the transcript, not in the state', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([...TO_SITUATION, ['123.456.782', /BSN/], ['mijn nummer is 123 456 782 hoor', /BSN/]]);
    const transcript = await db().transcriptEntry.findMany({ where: { conversationId: conversation.conversationId } });
    const states = await db().botState.findMany();
    const stored = [...transcript.map((t) => t.text ?? ''), ...states.map((s) => s.data)].join(' ');
    expect(stored).to.not.match(/123\.?\s?456\.?\s?782/);
    expect(transcript.filter((t) => t.direction === 'in').map((t) => t.text)).to.include('[BSN]');
  });

  it('"verwijder mijn gegevens" asks first, then erases the seeker from every table', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([...TO_SITUATION, ['ww', /Tot wanneer/], ['verwijder mijn gegevens', /verwijder/], ['nee, niet verwijderen', /verwijder niets[\s\S]*Tot wanneer/]]);
    // The language layer's recent results hold the seeker's words (issue 16's caches) until the erase.
    expect(holdsRecentText('nee, niet verwijderen')).to.equal(true);
    const who = { channel: 'test', userId: conversation.userId, conversationId: conversation.conversationId };
    const seeker = await conversation.parts.seekers.find(who);
    expect(seeker).to.not.equal(undefined);
    await conversation.run([['wis mijn gegevens', /verwijder/], ['ja, verwijder alles', /zijn verwijderd/]]);
    expect(await conversation.parts.seekers.find(who)).to.equal(undefined);
    expect(await db().seeker.count({ where: { id: seeker!.id } })).to.equal(0);
    expect(await db().profile.count({ where: { seekerId: seeker!.id } })).to.equal(0);
    expect(await db().consent.count({ where: { seekerId: seeker!.id } })).to.equal(0);
    expect(await db().transcriptEntry.count({ where: { conversationId: conversation.conversationId } })).to.equal(0);
    expect(await db().conversation.count({ where: { id: conversation.conversationId } })).to.equal(0);
    expect(await db().botState.count({ where: { key: { contains: conversation.conversationId } } })).to.equal(0);
    expect(holdsRecentText('nee, niet verwijderen')).to.equal(false);
    // The conversation goes on from the front door.
    await conversation.run([['hallo', /Ik ben Werkloket/]]);
  });

  it('starts a handoff with the right reason: asked, not understood twice, complex case', async () => {
    const handoff = recordingHandoff();
    const asked = await Conversation.open(db(), { handoff });
    await asked.start();
    await asked.run([...TO_SITUATION, ['ik wil een mens spreken', () => undefined]]);
    const confused = await Conversation.open(db(), { handoff });
    await confused.start();
    await confused.run([...TO_SITUATION, ['blabla', /begreep/], ['qwerty', /mens praten/], ['Praten met een mens', () => undefined]]);
    const complex = await Conversation.open(db(), { handoff });
    await complex.start();
    await complex.run([
      ...TO_SITUATION,
      ['bijstand', /per maand/], ['sla over', /laatst gedaan/], ['Ik heb nog nooit gewerkt', /diploma/], ['geen diploma', /Nederlands/],
      ['nog bijna niet', /Hoe oud/], ['sla over', /rijbewijs/], ['nee', /gezondheid/], ['ja', /Wat kun je niet/], ['niet zwaar tillen', /nog iets/],
      ['nee, dat is alles', /Stap 5/], ['hetzelfde werk', /uur/], ['20 uur', /postcode/],
      ['sla over', /beginnen/], ['later', /opleiding/], ...answerAndConfirm('nee', /ingewikkeld/), ['Praten met een adviseur', () => undefined],
    ]);
    expect(handoff.reasons).to.deep.equal(['asked', 'not-understood', 'complex']);
  });

  it('a returning seeker is recognised and can continue where they were', async () => {
    const first = await Conversation.open(db());
    await first.start();
    await first.run([...TO_SITUATION, ['bijstand', /per maand/], ['sla over', /Stap 2 van 7/]]);
    const again = await Conversation.open(db(), { userId: first.userId });
    await again.start();
    await again.run([
      ['Ik zoek werk', /Welkom terug/],
      ['Verder waar ik was', /Stap 2 van 7[\s\S]*laatst gedaan/],
    ]);
  });
});

for (const { name, make } of bothProviders) {
  describe(`a restart of the process mid-intake (${name})`, function () {
    this.timeout(30_000);
    it('resumes at the same question with the answers so far', async () => {
      const database = await make();
      const db = await openDatabase(database.url);
      try {
        const before = await Conversation.open(db);
        await before.start();
        await before.run([...TO_SITUATION, ['ww', /Tot wanneer/], ['tot 1 maart 2027', /1 maart 2027/]]);
        // A new process: a new bot and adapter on the same database, same seeker and conversation.
        const after = await Conversation.open(db, { userId: before.userId, conversationId: before.conversationId });
        await after.run([
          ['1200 euro', /€\s?1\.200 per maand[\s\S]*Stap 2 van 7/],
          ['terug', /per maand/],
        ]);
      } finally {
        await db.$disconnect();
        await database.drop();
      }
    });
  });
}
