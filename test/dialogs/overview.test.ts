// "Neem je overzicht mee" through the real bot: the offer after the proposals, "overzicht", the
// links, the share-code question (only "ja" makes a code), "code intrekken", and erase.
import { expect } from 'chai';
import { Conversation, answerAndConfirm, useSqliteDatabase, type Step } from '../helpers/conversation';
import { TO_END, TO_JOB } from './intakeScript';

/** A WW seeker, orderpicker for 20 years, to the proposals and the overview offer. */
const TO_PROPOSALS: Step[] = [
  ...TO_JOB,
  ['20 jaar orderpicker', /Welk beroep/],
  ['orderpicker', /Je werkte 20 jaar als orderpicker/],
  ['nee', /hoogste diploma/],
  ...TO_END,
  ...answerAndConfirm('nee', /Neem je overzicht mee\. Typ "overzicht"/),
];

describe('Take-away overview and share code, whole conversations (SQLite)', function () {
  this.timeout(120_000);
  const db = useSqliteDatabase();

  it('offers the overview after the proposals; "overzicht" gives the links, and "ja" a code that works until withdrawn', async () => {
    const c = await Conversation.open(db());
    await c.run(TO_PROPOSALS);
    const replies = await c.say('overzicht');
    const text = replies.map((r) => r.text).join('\n');
    expect(text).to.match(/Hier is je overzicht/);
    const page = /Open je overzicht: (\S+)/.exec(text)?.[1];
    expect(page).to.match(/^http:\/\/localhost\/overzicht\/mijn\?t=/);
    // Link buttons on the website and Teams: the page and the PDF.
    const buttons = replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.hero').flatMap((a) => a.content.buttons);
    expect(buttons.map((b: { type: string; title: string }) => `${b.type}:${b.title}`)).to.deep.equal(['openUrl:Open je overzicht', 'openUrl:Download als PDF']);
    expect(buttons[1].value).to.match(/^http:\/\/localhost\/overzicht\/mijn\.pdf\?t=/);
    expect(text).to.match(/30 dagen en hoogstens 5 keer[\s\S]*code intrekken[\s\S]*Wil je een code voor de organisatie\?$/);

    // The snapshot holds what the seeker told and the proposals they saw.
    const seeker = (await c.parts.seekers.find({ channel: 'test', userId: c.userId, conversationId: c.conversationId }))!;
    const own = await c.parts.overview.ownOverview(new URL(page!).searchParams.get('t'));
    expect(own?.told.join('\n')).to.match(/orderpicker \(20 jaar\)/);
    expect(own?.proposals.length).to.be.greaterThan(0);
    expect(await db().overviewCode.count()).to.equal(0); // nothing shared before "ja"

    const yes = (await c.say('ja')).map((r) => r.text).join('\n');
    const code = /Je code is: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(yes)?.[1];
    expect(code, yes).to.be.a('string');
    expect(yes).to.match(/http:\/\/localhost\/overzicht[\s\S]*hoogstens 5 keer/);
    // Stored hashed: the code itself is nowhere in the table.
    const rows = await db().overviewCode.findMany();
    expect(rows).to.have.length(1);
    expect(JSON.stringify(rows)).to.not.include(code!.replace('-', ''));
    expect(await db().consent.count({ where: { seekerId: seeker.id, purpose: 'overview-share', withdrawnAt: null } })).to.equal(1);

    const opened = await c.parts.overview.open(code!, 'UWV Utrecht');
    expect(opened.status).to.equal('ok');
    expect((await c.parts.overview.store.openingsOf(seeker.id)).map((o) => o.organisation)).to.deep.equal(['UWV Utrecht']);

    expect((await c.say('code intrekken')).map((r) => r.text).join('\n')).to.match(/Je code werkt niet meer/);
    expect((await c.parts.overview.open(code!, 'Gemeente')).status).to.equal('withdrawn');
    expect((await c.say('trek de code in')).map((r) => r.text).join('\n')).to.match(/geen code die nog werkt/);
    expect(await db().consent.count({ where: { seekerId: seeker.id, purpose: 'overview-share', withdrawnAt: null } })).to.equal(0);
  });

  it('"nee" makes no code; "verwijder mijn gegevens" removes the overview, its codes and their log', async () => {
    const c = await Conversation.open(db());
    await c.run(TO_PROPOSALS);
    await c.say('mijn overzicht');
    expect((await c.say('nee')).map((r) => r.text).join('\n')).to.match(/ik maak geen code/);
    const seeker = (await c.parts.seekers.find({ channel: 'test', userId: c.userId, conversationId: c.conversationId }))!;
    expect(await db().overviewCode.count({ where: { overview: { seekerId: seeker.id } } })).to.equal(0);

    // English, at any moment: "overview", then a code, opened once, then erase.
    await c.say('English please');
    const text = (await c.say('overview')).map((r) => r.text).join('\n');
    expect(text).to.match(/Here is your overview/);
    const code = /Your code is: (\S+)/.exec((await c.say('yes')).map((r) => r.text).join('\n'))?.[1];
    expect((await c.parts.overview.open(code!, 'UWV')).status).to.equal('ok');
    await db().auditEntry.create({ data: { actorName: 'UWV', action: 'overview.opened', detail: `code=${(await db().overviewCode.findFirstOrThrow({ where: { overview: { seekerId: seeker.id }, withdrawnAt: null } })).id}` } });

    await c.say('delete my data');
    await c.say('yes');
    expect(await db().overview.count({ where: { seekerId: seeker.id } })).to.equal(0);
    expect(await db().overviewCode.count({ where: { overview: { seekerId: seeker.id } } })).to.equal(0);
    expect(await db().overviewOpening.count({ where: { organisation: 'UWV' } })).to.equal(0);
    expect(await db().auditEntry.count({ where: { action: 'overview.opened', actorName: 'UWV' } })).to.equal(0);
    expect((await c.parts.overview.open(code!, 'UWV')).status).to.equal('invalid');
  });

  it('without a saved intake, "overzicht" says what is needed', async () => {
    const c = await Conversation.open(db());
    expect((await c.say('overzicht')).map((r) => r.text).join('\n')).to.match(/alleen een overzicht maken als je gegevens bewaard zijn/);
  });
});
