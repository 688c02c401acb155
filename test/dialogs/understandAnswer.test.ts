// The entry point the understanding corpus measures: one answer to one question, as the intake takes it.
import { expect } from 'chai';
import { createMatcher } from '../../src/dialogs/matcher';
import { understandAnswer } from '../../src/dialogs/understandAnswer';
import type { Matcher } from '../../src/dialogs/services';
import { sharedCatalogue, TODAY } from '../helpers/conversation';

describe('understandAnswer', () => {
  let matcher: Matcher;
  before(async () => {
    matcher = createMatcher(await sharedCatalogue());
  });

  it('applies an answer to its question like the intake does', async () => {
    const outcome = await understandAnswer('situation', 'ik heb een ww-uitkering', { matcher, now: TODAY, locale: 'nl' });
    expect(outcome.ok).to.equal(true);
    expect(outcome.answers.situation).to.equal('ww');
  });

  it('reports an answer it does not understand, and changes nothing', async () => {
    const before = { situation: 'ww' as const };
    const outcome = await understandAnswer('hours', 'blauw', { matcher, now: TODAY, locale: 'nl', answers: before });
    expect(outcome.ok).to.equal(false);
    expect(before).to.deep.equal({ situation: 'ww' });
  });
});
