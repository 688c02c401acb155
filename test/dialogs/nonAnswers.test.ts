// Answers that are not content, through the real bot: "nee" or "weet ik niet" to the work question
// is never stored as a job, and "weet ik niet" to "wil je een opleiding doen?" is not a yes.
import { expect } from 'chai';
import { Conversation, useSqliteDatabase } from '../helpers/conversation';

describe('intake: non-answers are not stored as content', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  const intake = async (jobAnswer: string, jobReply: RegExp, trainingAnswer: string) => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Ik zoek werk', /bewaren/], ['ja', /Stap 1/], ['bijstand', /per maand/], ['sla over', /laatst gedaan/],
      [jobAnswer, jobReply], ['vmbo', /Nederlands/], ['goed', /buitenland/], ['nee', /oud/], ['34', /rijbewijs/],
      ['ja', /gezondheid/], ['nee', /Stap 5/], ['iets anders', /graag/], ['weet ik niet', /uur/], ['32 uur', /postcode/],
      ['3511', /reizen/], ['sla over', /beginnen/], ['zo snel mogelijk', /opleiding/],
    ]);
    return (await conversation.say(trainingAnswer)).map((r) => r.text).join('\n');
  };
  const summaryOf = (text: string) => text.split(/voorstel/i)[0];

  it('"nee" to the work question: no job line, and "weet ik niet" to training is not "Opleiding: Ja"', async () => {
    const summary = summaryOf(await intake('nee', /diploma/, 'weet ik niet'));
    expect(summary).to.match(/Bijstand/i);
    expect(summary).to.not.match(/^- nee\b/im);
    expect(summary).to.not.match(/Opleiding[^\n]*: Ja/i);
  });

  it('"weet ik niet" to the work question is not a job either; a real "nee" to training is kept', async () => {
    const summary = summaryOf(await intake('weet ik niet', /later nog aanvullen[\s\S]*diploma/, 'nee'));
    expect(summary).to.match(/Opleiding doen: Nee/);
    expect(summary).to.not.match(/^- weet ik niet/im);
  });
});
