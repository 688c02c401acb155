// A seeker's text is masked once per turn: the transcript takes the Direct Line echo's masked text
// (noted on the activity), but only while the activity still has the text that was masked.
import { expect } from 'chai';
import { TurnContext, type Activity, type BotAdapter } from 'botbuilder';
import { MASKED_TEXT } from '../../src/channels/directline/adapter';
import { TranscriptMiddleware } from '../../src/bot/transcriptMiddleware';
import type { TranscriptRecord, TranscriptStore } from '../../src/db/transcriptStore';

/** The transcript's record of the turn's incoming activity, and every text the mask function was given. */
async function recordOf(activity: Partial<Activity>): Promise<{ text?: string; masked: string[] }> {
  const records: TranscriptRecord[] = [];
  const masked: string[] = [];
  const store = { append: async (r: TranscriptRecord) => (records.push(r), true), appendMany: async () => undefined, discard: () => undefined } as unknown as TranscriptStore;
  const middleware = new TranscriptMiddleware(store, (text) => (masked.push(text), text.replace(/\d{9}/g, '[BSN]')));
  await middleware.onTurn(new TurnContext({} as BotAdapter, activity), async () => undefined);
  return { text: records[0]?.text, masked };
}

describe('transcript: the seeker\'s text masked once', () => {
  const base = { type: 'message', id: 'm1', channelId: 'directline', conversation: { id: 'c1' }, from: { id: 'u1' } } as Partial<Activity>;

  it('uses the masked text noted with the same text, without masking again', async () => {
    const result = await recordOf({ ...base, text: 'mijn bsn 123456782', [MASKED_TEXT]: { text: 'mijn bsn 123456782', masked: 'mijn bsn [BSN]' } } as Partial<Activity>);
    expect(result.text).to.equal('mijn bsn [BSN]');
    expect(result.masked).to.deep.equal([]);
  });

  it('masks again when the text is not the one noted (changed on the way)', async () => {
    const result = await recordOf({ ...base, text: 'mijn bsn 123456782', [MASKED_TEXT]: { text: 'iets anders', masked: 'iets anders' } } as Partial<Activity>);
    expect(result.text).to.equal('mijn bsn [BSN]');
    expect(result.masked).to.deep.equal(['mijn bsn 123456782']);
  });
});
