// What an employer's answer says about a vacancy (several facts at once) and a group code in a message.
import { expect } from 'chai';
import { findGroupCode, mentionedChoices, readVacancyFacts, startIn, GROUP_OFFERS, LEARN_ON_THE_JOB, SUPPORT_OPENNESS } from '../../src/language';
import { mediationIntent, soundsLikeEmployer, soundsLikeSeeker } from '../../src/dialogs/menuIntent';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('vacancy facts in one answer', () => {
  it('reads hours, postcode, start and requirements together', () => {
    expect(readVacancyFacts('heftruckchauffeur, 32 uur, in 3511 AB, per direct, rijbewijs nodig, nachtdiensten', NOW)).to.deep.equal({
      drivingLicence: true, times: 'nights', hours: { min: 32, max: 32 }, postcode: '3511', start: 'now',
    });
    expect(readVacancyFacts('24 tot 32 uur', NOW).hours).to.deep.equal({ min: 24, max: 32 });
  });

  it('a number without a unit is no hours, a count of people no postcode; "geen rijbewijs" is not needed', () => {
    expect(readVacancyFacts('we zoeken 2 mensen', NOW)).to.deep.equal({});
    expect(readVacancyFacts('1200 medewerkers', NOW).postcode).to.equal(undefined);
    expect(readVacancyFacts('geen rijbewijs nodig, niet zwaar', NOW)).to.deep.include({ drivingLicence: false, heavyWork: false });
  });

  it('start from words or a date', () => {
    expect(startIn('zo snel mogelijk', NOW)).to.equal('now');
    expect(startIn('per 1 februari', NOW)).to.equal('within-3-months');
    expect(startIn('na de zomer', NOW)).to.equal('later');
    expect(startIn('blauw', NOW)).to.equal(undefined);
  });

  it('several learning, support and offer choices in one answer', () => {
    expect(mentionedChoices('BBL kan, en we werken iemand in', LEARN_ON_THE_JOB)).to.deep.equal(['bbl', 'inwerken']);
    expect(mentionedChoices('een jobcoach en loonkostensubsidie zijn goed', SUPPORT_OPENNESS)).to.deep.equal(['loonkostensubsidie', 'jobcoach']);
    expect(mentionedChoices('outplacement en de transitievergoeding', GROUP_OFFERS)).to.deep.equal(['transition-fee', 'outplacement']);
  });
});

describe('group codes and employer intents', () => {
  it('finds a code with a dash anywhere, or after "code"', () => {
    expect(findGroupCode('mijn code is abcd-efgh')).to.equal('ABCD-EFGH');
    expect(findGroupCode('Code: ABCD EFGH')).to.equal('ABCD EFGH');
    expect(findGroupCode('ik zoek werk als vrachtwagenchauffeur')).to.equal(undefined);
    expect(findGroupCode('VACATURE')).to.equal(undefined);
    // Letters no code has (l, i, o): a word with a dash is no code.
    expect(findGroupCode('ik wil full-time werken')).to.equal(undefined);
    expect(findGroupCode('MNPQ-2345')).to.equal('MNPQ-2345');
  });

  it('leaving a vacancy is an employer, not a seeker looking for one', () => {
    expect(mediationIntent('ik wil een vacature achterlaten')).to.equal('vacancy');
    expect(soundsLikeEmployer('ik wil een vacature achterlaten')).to.equal(true);
    expect(soundsLikeSeeker('ik wil een vacature achterlaten')).to.equal(false);
    expect(mediationIntent('hoe gaat het met onze groep?')).to.equal('progress');
    expect(mediationIntent('we willen een groep aanmelden')).to.equal('group');
    expect(mediationIntent('ik zoek een vacature')).to.equal(undefined);
  });
});
