// The GET poll answers with the stored activities' JSON spliced in (src/channels/directline/service.ts):
// the answer must be the bytes JSON.stringify would have written, with the headers res.send sets.
import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';

describe('Direct Line GET activities: stored JSON spliced into the answer', function () {
  this.timeout(60_000);
  const server = useTestApp(sqliteDatabase, { DIRECTLINE_REQUESTS_PER_MINUTE: '100000', DIRECTLINE_MESSAGES_PER_MINUTE: '100000' });

  it('is JSON.stringify of what it holds, byte for byte, with its length, type and no-store', async () => {
    const client = await new DirectLineClient(server.app.url).generate();
    await client.start();
    const said = await client.say('Ik zoek werk 😀 café "quoted" \\ \u2028 tab\there', { channelData: { clientActivityID: 'c-1' } });
    expect(said.status).to.equal(200);
    const res = await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities?watermark=0`);
    expect(res.status).to.equal(200);
    const text = await res.text();
    const body = JSON.parse(text) as { activities: { text?: string; from: { id: string } }[]; watermark: string };
    expect(text).to.equal(JSON.stringify(body));
    expect(Object.keys(body)).to.deep.equal(['activities', 'watermark']);
    expect(body.activities.length).to.be.greaterThan(2); // greeting, the message, a reply
    expect(body.activities.some((a) => a.text === 'Ik zoek werk 😀 café "quoted" \\ \u2028 tab\there')).to.equal(true);
    expect(body.watermark).to.match(/^\d+$/);
    expect(res.headers.get('content-type')).to.equal('application/json');
    expect(res.headers.get('content-length')).to.equal(String(Buffer.byteLength(text)));
    expect(res.headers.get('cache-control')).to.equal('no-store');

    // Nothing new after the last watermark: an empty list and the same watermark, as before.
    const empty = await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities?watermark=${body.watermark}`);
    expect(await empty.text()).to.equal(`{"activities":[],"watermark":"${body.watermark}"}`);
    // The same query %-encoded (qs decodes it): the same answer.
    const encoded = await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities?%77atermark=${body.watermark}`);
    expect(await encoded.text()).to.equal(`{"activities":[],"watermark":"${body.watermark}"}`);
  });
});
