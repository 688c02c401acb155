// The channel settings: WhatsApp all or nothing, the Teams notice needs its console link.
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config';

const WHATSAPP = { WHATSAPP_VERIFY_TOKEN: 'v', WHATSAPP_APP_SECRET: 's', WHATSAPP_PHONE_NUMBER_ID: '123', WHATSAPP_ACCESS_TOKEN: 't' };
const issues = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
};

describe('channel configuration', () => {
  it('WhatsApp is off without its variables and on with all four (default Graph URL)', () => {
    expect(loadConfig({}).whatsApp).to.equal(undefined);
    expect(loadConfig(WHATSAPP).whatsApp).to.deep.equal({ verifyToken: 'v', appSecret: 's', phoneNumberId: '123', accessToken: 't', graphUrl: 'https://graph.facebook.com/v21.0', key: undefined });
  });

  it('a partial WhatsApp configuration names every missing variable', () => {
    const found = issues({ WHATSAPP_VERIFY_TOKEN: 'v', WHATSAPP_APP_SECRET: 's' });
    expect(found.map((i) => i.split('=')[0])).to.deep.equal(['WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_ACCESS_TOKEN']);
  });

  it('WHATSAPP_KEY must be long enough', () => {
    expect(issues({ ...WHATSAPP, WHATSAPP_KEY: 'short' })[0]).to.match(/^WHATSAPP_KEY=.*at least 32 characters/);
  });

  it('the Teams escalation channel needs its service URL, conversation id and PUBLIC_URL', () => {
    expect(issues({ TEAMS_ESCALATION_CONVERSATION_ID: '19:x@thread.tacv2' }).map((i) => i.split('=')[0])).to.deep.equal(['TEAMS_ESCALATION_SERVICE_URL', 'PUBLIC_URL']);
    expect(issues({ TEAMS_ESCALATION_SERVICE_URL: 'not a url' })[0]).to.match(/^TEAMS_ESCALATION_SERVICE_URL=/);
    const secrets = { DIRECTLINE_SECRET: 'd'.repeat(32), SEEKER_KEY: 's'.repeat(32) }; // required with an https PUBLIC_URL
    const config = loadConfig({ TEAMS_ESCALATION_SERVICE_URL: 'https://smba.trafficmanager.net/emea/', TEAMS_ESCALATION_CONVERSATION_ID: '19:x@thread.tacv2', PUBLIC_URL: 'https://werkloket.example.nl', ...secrets });
    expect(config.teamsEscalation).to.deep.equal({ serviceUrl: 'https://smba.trafficmanager.net/emea/', conversationId: '19:x@thread.tacv2', tenantId: undefined });
  });
});
