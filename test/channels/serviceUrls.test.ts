// The CloudAdapter's allow-list of service URLs: a table of what passes and what does not.
import { expect } from 'chai';
import { serviceUrlPolicy } from '../../src/channels/serviceUrls';

describe('serviceUrl allow-list', () => {
  const production = serviceUrlPolicy({ allowLoopback: false });
  const emulator = serviceUrlPolicy({ allowLoopback: true });
  const configured = serviceUrlPolicy({ allowLoopback: false, configured: ['https://teams.example.org/emea/', undefined] });

  it('allows Bot Framework and Teams services over https', () => {
    for (const url of [
      'https://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net/teams/',
      'https://smba.trafficmanager.net/amer',
      'https://webchat.botframework.com/',
      'https://directline.botframework.com/',
      'https://europe.directline.botframework.com/v3/',
      'https://SMBA.trafficmanager.net/emea/',
    ]) {
      expect(production(url), url).to.equal(true);
      expect(emulator(url), url).to.equal(true);
    }
  });

  it('refuses look-alikes, other schemes, ports, credentials and non-strings', () => {
    for (const url of [
      'http://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net:8443/emea/',
      'https://evilbotframework.com/',
      'https://botframework.com.evil.example/',
      'https://webchat.botframework.com.evil.example/',
      'https://botframework.com/',
      'https://user:pw@webchat.botframework.com/',
      'https://evil.example/?https://smba.trafficmanager.net/',
      'https://evil.example/smba.trafficmanager.net',
      'ftp://webchat.botframework.com/',
      'urn:werkloket:directline',
      'not a url',
      '',
      undefined,
      42,
      { href: 'https://webchat.botframework.com/' },
    ]) {
      expect(production(url), String(url)).to.equal(false);
      expect(emulator(url), String(url)).to.equal(false);
    }
  });

  it('loopback only in emulator mode: localhost, 127.x, [::1]; not 0.0.0.0, nor another address', () => {
    for (const url of ['http://localhost:3978', 'http://127.0.0.1:5000/', 'https://127.1.2.3/', 'http://[::1]:3978/', 'http://LOCALHOST:1']) {
      expect(emulator(url), url).to.equal(true);
      expect(production(url), url).to.equal(false);
    }
    for (const url of ['http://0.0.0.0:3978', 'http://192.0.2.2:3978', 'http://[::]:1', 'http://localhost.evil.example/', 'http://127.0.0.1.evil.example/', 'file:///etc/passwd']) {
      expect(emulator(url), url).to.equal(false);
    }
  });

  it('the configured Teams URL: its own origin and paths below it only', () => {
    expect(configured('https://teams.example.org/emea/')).to.equal(true);
    expect(configured('https://teams.example.org/emea/v3/')).to.equal(true);
    expect(configured('https://teams.example.org/emea')).to.equal(false);
    expect(configured('https://teams.example.org/amer/')).to.equal(false);
    expect(configured('https://teams.example.org:444/emea/')).to.equal(false);
    expect(configured('http://teams.example.org/emea/')).to.equal(false);
    expect(configured('https://other.example.org/emea/')).to.equal(false);
    expect(serviceUrlPolicy({ allowLoopback: false, configured: ['http://127.0.0.1:4000/'] })('http://127.0.0.1:4000/')).to.equal(true);
    expect(serviceUrlPolicy({ allowLoopback: false, configured: ['http://127.0.0.1:4000/'] })('http://127.0.0.1:4001/')).to.equal(false);
  });
});
