import { expect } from 'chai';
import { Writable } from 'node:stream';
import { createLogger, serializeError } from '../src/logger';

describe('logs carry no personal data', () => {
  it('a Prisma error keeps its cause, not the arguments of the call', () => {
    const error = new Error('\nInvalid `prisma.botState.updateMany()` invocation:\n\n{\n  data: { data: "{\\"answers\\":{\\"jobs\\":[{\\"text\\":\\"schoonmaker bij Jansen\\"}]}}" }\n}\n\nArgument `data` is missing.');
    error.name = 'PrismaClientValidationError';
    const logged = serializeError(error);
    expect(logged).to.include({ type: 'PrismaClientValidationError', message: 'Argument `data` is missing.' });
    expect(JSON.stringify(logged)).to.not.include('Jansen');
  });

  it('identifiers in an error message are masked, and the stack has frames only', () => {
    const logged = serializeError(new Error('could not handle 123456782 for NL91ABNA0417164300'));
    expect(logged.message).to.equal('could not handle [BSN] for [IBAN]');
    expect(logged.stack).to.match(/^\s+at /).and.not.include('123456782');
  });

  it("the application's logger uses it for `err`", () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
    const logger = createLogger('error', sink);
    logger.error({ err: new Error('mijn bsn is 123456782') }, 'failed');
    expect(out).to.include('[BSN]').and.not.include('123456782');
  });
});
