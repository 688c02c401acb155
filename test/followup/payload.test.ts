// A template's quick reply as Meta delivers it: its payload becomes the follow-up answer, and only
// a well-formed follow-up payload does (another template's button is just its words).
import { expect } from 'chai';
import { readDelivery } from '../../src/channels/whatsapp/inbound';
import { followUpPayload, parseFollowUpPayload } from '../../src/followup/payload';
import { webhookBody } from '../channels/helpers/whatsapp';

const press = (payload?: string) => ({ from: '31612345678', id: 'wamid.X', timestamp: String(Math.floor(Date.now() / 1000)), type: 'button', button: { text: 'Gelukt', ...(payload === undefined ? {} : { payload }) } });

describe('Follow-up payloads', () => {
  it('round-trips every outcome and refuses anything else', () => {
    for (const outcome of ['done', 'not-yet', 'failed'] as const) expect(parseFollowUpPayload(followUpPayload('cmabc123', outcome))).to.deep.equal({ followUp: 'cmabc123', outcome });
    for (const junk of [undefined, '', 'followup:abc', 'followup:abc:maybe', 'followup::done', 'promo:abc:done', `followup:${'x'.repeat(65)}:done`, 'followup:a b:done', 'followup:abc:done:extra']) {
      expect(parseFollowUpPayload(junk), String(junk)).to.equal(undefined);
    }
  });

  it('a template button press is read with its title as the text and its payload kept', () => {
    const [message] = readDelivery(webhookBody([press('followup:cmabc123:not-yet')])).messages;
    expect(message).to.include({ kind: 'text', text: 'Gelukt', via: 'button', payload: 'followup:cmabc123:not-yet' });
    const [plain] = readDelivery(webhookBody([press()])).messages;
    expect(plain).to.include({ kind: 'text', text: 'Gelukt', via: 'button' });
    expect(plain).to.not.have.property('payload');
  });
});
