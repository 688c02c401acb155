// The three best proposals first, the rest on "Meer voorstellen", one in full on "Meer uitleg 2":
// whole conversations through the real bot (SQLite), in Dutch and English, by button, by typed
// words and by position; the next-step question stays there throughout.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import type { ResultCard, ResultList } from '../../src/channels/message';
import { buttons, Conversation, useSqliteDatabase, type Step } from '../helpers/conversation';
import { TO_JOB, TO_KLOPT_DIT } from './intakeScript';

const list = (replies: Partial<Activity>[]): ResultList | undefined =>
  replies.map((r) => (r.channelData as { werkloketList?: ResultList } | undefined)?.werkloketList).find(Boolean);
const card = (replies: Partial<Activity>[]): ResultCard | undefined =>
  replies.map((r) => (r.channelData as { werkloketCard?: ResultCard } | undefined)?.werkloketCard).find(Boolean);
const NEXT = ['Hoe ga ik verder?', 'Praten met een adviseur', 'Opnieuw beginnen'];

describe('proposals: the three best first, "Meer voorstellen", "Meer uitleg" (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  async function atProposals(): Promise<{ conversation: Conversation; first: Partial<Activity>[] }> {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run(TO_KLOPT_DIT);
    return { conversation, first: await conversation.say('Ja, dit klopt') };
  }

  it('shows three as one list, says how many more, and offers "Meer voorstellen" before the next steps', async () => {
    const { conversation, first } = await atProposals();
    const shown = list(first)!;
    expect(shown.cards.map((c) => c.number)).to.deep.equal([1, 2, 3]);
    expect(shown.cards[0].position).to.equal('Voorstel 1 van 5');
    for (const c of shown.cards) {
      expect(c.points!.length).to.be.within(1, 2);
      expect(c.nextStep!.text).to.not.equal('');
      expect(c.details!.label).to.equal('Meer uitleg');
      for (const link of c.sources?.links ?? []) expect(link.label).to.not.match(/https?:|data\.europa\.eu/);
    }
    const text = first.map((r) => r.text ?? '').join('\n');
    expect(text).to.match(/Dit zijn mijn voorstellen voor jou:\n[\s\S]*1\. [\s\S]*\n\n2\. [\s\S]*\n\n3\. [\s\S]*Ik heb nog 2 voorstellen\. Kies "Meer voorstellen"/);
    expect(text).to.not.match(/\n4\. /);
    expect(buttons(first)).to.deep.equal(['Meer voorstellen', ...NEXT]);
    // The transcript keeps the neutral text: all three, with names before addresses.
    const rows = await conversation.db.transcriptEntry.findMany({ where: { conversationId: conversation.conversationId, direction: 'out' }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.text).join('\n')).to.match(/1\. [^\n]+\n[\s\S]*Volgende stap: [\s\S]*\n\n2\. [\s\S]*\n\n3\. /);
  });

  it('"Meer uitleg 2" shows that one in full; "meer" shows the rest; then the next steps work by position', async () => {
    const { conversation, first } = await atProposals();
    const second = list(first)!.cards[1];
    const details = await conversation.say('Meer uitleg 2');
    expect(card(details)).to.include({ title: second.title, open: true });
    expect(details[0].text).to.match(/^2\. [\s\S]*Volgende stap: /);
    expect(buttons(details)).to.deep.equal(['Meer voorstellen', ...NEXT]);
    expect((await conversation.say('uitleg over voorstel 9'))[0].text).to.match(/geen voorstel met dat nummer[\s\S]*1 tot 5/);
    // Without a number: which one? And the question again, never "Sorry".
    const which = await conversation.say('meer uitleg');
    expect(which[0].text).to.equal('Over welk voorstel wil je meer weten? Typ bijvoorbeeld "Meer uitleg 1".');
    expect(buttons(which)).to.deep.equal(['Meer voorstellen', ...NEXT]);

    const more = await conversation.say('meer');
    expect(more[0].text).to.equal('Dit zijn mijn andere voorstellen:');
    expect(list(more)!.cards.map((c) => c.number)).to.deep.equal([4, 5]);
    expect(more[1].text).to.match(/^4\. [\s\S]*\n\n5\. /);
    expect(buttons(more)).to.deep.equal(NEXT);
    // A later proposal in full too, and "Meer voorstellen" once more has a kind answer.
    expect(card(await conversation.say('more details 5'))?.number).to.equal(5);
    expect((await conversation.say('Meer voorstellen'))[0].text).to.equal('Je hebt al mijn voorstellen gezien.');
    // Without the extra button, "1" is the first next step again.
    expect((await conversation.say('1')).map((r) => r.text).join('\n')).to.match(/Neem contact op met de organisatie/);
  });

  it('in English: "More proposals" is the first button, and "1" (its position) shows the rest', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    // Switched in the middle of the intake; the answers after it are the same words.
    const rest = TO_KLOPT_DIT.slice(TO_JOB.length).map(([input]): Step => [input, /\S/]);
    await conversation.run([...TO_JOB, ['English please', /work/], ...rest.slice(0, -1), ['nee', /Is this right\?/]]);
    const first = await conversation.say('yes');
    expect(list(first)!.cards[0].position).to.equal('Proposal 1 of 5');
    expect(list(first)!.cards[0].details!.label).to.equal('More details');
    expect(first.map((r) => r.text).join('\n')).to.match(/I have 2 more proposals\. Choose "More proposals"/);
    expect(buttons(first)).to.deep.equal(['More proposals', 'How do I continue?', 'Talk to an advisor', 'Start again']);
    const more = await conversation.say('1');
    expect(more[0].text).to.equal('These are my other proposals:');
    expect(list(more)!.cards.map((c) => c.number)).to.deep.equal([4, 5]);
    expect(buttons(more)).to.deep.equal(['How do I continue?', 'Talk to an advisor', 'Start again']);
  });

  it('"mijn voorstellen bekijken" at the next steps shows the proposals seen so far again, and the question stays', async () => {
    const { conversation, first } = await atProposals();
    const again = await conversation.say('Mijn voorstellen bekijken');
    expect(again[0].text).to.equal('Dit zijn mijn voorstellen voor jou:');
    expect(list(again)!.cards.map((c) => c.title)).to.deep.equal(list(first)!.cards.map((c) => c.title));
    expect(buttons(again)).to.deep.equal(['Meer voorstellen', ...NEXT]);
    await conversation.say('meer');
    const all = await conversation.say('laat mijn voorstellen nog eens zien');
    expect(list(all)!.cards.map((c) => c.number)).to.deep.equal([1, 2, 3, 4, 5]);
  });
});
