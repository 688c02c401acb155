// Issue 18, one whole conversation through the real bot (SQLite): a WW seeker with postcode 3511
// (Utrecht, in the example region content/regions/midden-utrecht) finishes the intake and reads
// proposals that name the concrete office (UWV Utrecht, Leerwerkloket Midden-Utrecht) with its
// address and a map link; a question afterwards is answered with the seeker's own desk, and so is
// a question the bot is not sure about.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import type { ResultCard, ResultList } from '../../src/channels/message';
import { Conversation, useSqliteDatabase } from '../helpers/conversation';
import { TO_KLOPT_DIT } from '../dialogs/intakeScript';

const MAP = /https:\/\/www\.openstreetmap\.org\/search\?query=[^\s)]+/;
const OFFICE = /(UWV Utrecht|Leerwerkloket Midden-Utrecht), Daalseplein 2, 3511 SX Utrecht\. Bel [\d ]+/;

/** The proposal cards a turn sent (the channel-neutral list or single card in channelData). */
function cardsOf(replies: Partial<Activity>[]): ResultCard[] {
  return replies.flatMap((r) => {
    const data = (r.channelData ?? {}) as { werkloketList?: ResultList; werkloketCard?: ResultCard };
    return [...(data.werkloketList?.cards ?? []), ...(data.werkloketCard ? [data.werkloketCard] : [])];
  });
}

describe('a seeker in Utrecht hears of their own offices (issue 18, real bot, SQLite)', function () {
  this.timeout(120_000);
  const db = useSqliteDatabase();
  let conversation: Conversation;
  let broken = false;
  beforeEach(function () {
    if (broken) this.skip();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') broken = true;
  });

  it('the proposals name UWV Utrecht or the leerwerkloket with address, phone and a map link', async () => {
    conversation = await Conversation.open(db());
    await conversation.start();
    let proposals: Partial<Activity>[] = [];
    let text = '';
    await conversation.run([
      ...TO_KLOPT_DIT,
      [
        'Ja, dit klopt',
        (replies, said) => {
          proposals = replies;
          text = said;
        },
      ],
    ]);
    expect(text).to.match(/Dit zijn mijn voorstellen/);
    expect(text, 'a next step names the office with its address and phone').to.match(OFFICE);
    expect(text, 'the plain text carries the map link by name').to.match(new RegExp(`Bekijk op de kaart \\(${MAP.source}\\)`));
    const offices = cardsOf(proposals).flatMap((c) => c.offices?.list ?? []);
    expect(offices.map((o) => o.name)).to.satisfy((names: string[]) => names.some((n) => /UWV Utrecht|Leerwerkloket Midden-Utrecht/.test(n)));
    for (const o of offices) {
      expect(o.address).to.match(/\d{4} [A-Z]{2} /);
      expect(o.phone).to.match(/^Telefoon: [\d ]+$/);
      expect(o.map.label).to.equal('Bekijk op de kaart');
      expect(o.map.url).to.match(MAP);
    }
  });

  it('"Meer uitleg 1" shows the first proposal with its office and the way to get there', async () => {
    const replies = await conversation.say('Meer uitleg 1');
    const [card] = cardsOf(replies);
    expect(card?.offices?.list.length, 'the first proposal names an office').to.be.greaterThan(0);
    expect(card.nextStep?.text).to.include(card.offices!.list[0].name);
  });

  it('a question afterwards is answered with the seeker’s own desk and its map', async () => {
    const text = (await conversation.say('mag ik een opleiding doen met ww?')).map((r) => r.text ?? '').join('\n');
    expect(text).to.match(/UWV/);
    expect(text).to.match(/Bij jou in de buurt: UWV Utrecht, Daalseplein 2, 3511 SX Utrecht\./);
    expect(text).to.match(new RegExp(`Bekijk op de kaart: UWV Utrecht \\(${MAP.source}\\)`));
  });

  it('"weet ik niet zeker" names the seeker’s own desk too', async () => {
    const text = (await conversation.say('wanneer wordt mijn uitkering gestort?')).map((r) => r.text ?? '').join('\n');
    expect(text).to.match(/Dat weet ik niet zeker/);
    expect(text).to.match(/Bij jou in de buurt: UWV Utrecht, Daalseplein 2, 3511 SX Utrecht\. Bel/);
    expect(text).to.match(MAP);
  });
});
