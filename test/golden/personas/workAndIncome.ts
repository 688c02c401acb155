// Personas whose work or income is changing: zzp, job loss, WW, switching, returning.
import { OCC } from './occupations';
import { NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT, NO_UWV_INSTRUMENT, RE, routeTo } from './patterns';
import type { Persona } from './types';


export const WORK_AND_INCOME: Persona[] = [
  {
    id: 'zzp-income-collapsed',
    story:
      'Mark (46) is al 12 jaar zelfstandig fotograaf. Sinds dit jaar zijn zijn opdrachten bijna weg en hij heeft te weinig geld om van te leven. Hij wil weten of hij hulp kan krijgen om zijn bedrijf te houden, en wie een opleiding betaalt als hij iets anders gaat doen.',
    profile: {
      birthYear: 1980,
      income: { situation: 'self-employed', since: '2014-01' },
      workHistory: [{ occupationUri: OCC.fotograaf, title: 'zelfstandig fotograaf', years: 12, confirmed: true }],
      education: { level: 'mbo-4' },
      dutchLevel: 'native',
      drivingLicence: true,
      goals: { direction: 'unsure', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'Bbz via the gemeente (help for self-employed short of money)', text: RE.bbz }],
      must: [{ what: 'who pays training for a zzp\'er (leerwerkloket, LLO krediet)', text: /leerwerkloket|Leven Lang Ontwikkelen|LLO|\bDUO\b/i }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT, { what: '"ask UWV" about training costs for a zzp\'er', reasons: /(vraag|ask)[^.]*\bUWV\b/i }],
    },
  },
  {
    id: 'zzp-61-stopping',
    story:
      'Gerard (61) had 25 jaar een eigen schildersbedrijf. Zijn schouders zijn op en het bedrijf levert te weinig op. Hij wil stoppen en weet niet hoe hij de jaren tot zijn AOW overbrugt. Misschien wil hij nog licht werk doen.',
    profile: {
      birthYear: 1965,
      income: { situation: 'self-employed', since: '2001-01' },
      workHistory: [{ title: 'schilder eigen bedrijf', years: 25 }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      drivingLicence: true,
      limits: { noHeavyWork: true, words: 'schouders' },
      barriers: ['health'],
      goals: { direction: 'new', training: { willing: false } },
    },
    expect: {
      must: [{ what: 'IOAZ or Bbz via the gemeente for an older zzp\'er who stops', text: /\bIOAZ\b|\bBbz\b|oudere zelfstandigen/i }],
      mustNot: [
        NO_UWV_INSTRUMENT,
        { what: 'heavy work for someone with worn shoulders', subject: RE.heavyWork },
        { what: 'art or modelling for a house painter ("schilder" read as an artist)', subject: /\bmodel\b|kunst|artist/i },
      ],
    },
  },
  {
    id: 'employee-job-disappears',
    story:
      'Ingrid (52) werkt 20 jaar als administratief medewerker bij een verzekeraar. Haar afdeling gaat over een half jaar dicht door automatisering. Ze heeft nog werk, maar wil nu al kijken naar ander werk en misschien een opleiding.',
    profile: {
      birthYear: 1974,
      income: { situation: 'employed', since: '2006-03' },
      workHistory: [{ occupationUri: OCC.administratiefMedewerker, title: 'administratief medewerker verzekeraar', years: 20, confirmed: true }],
      education: { level: 'mbo-3' },
      dutchLevel: 'native',
      goals: { direction: 'similar', start: 'within-6-months', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      must: [
        { what: 'van-werk-naar-werk help (employer, Werkcentrum)', text: RE.workAtRisk },
        { what: 'training paid or arranged via the employer (SLIM, O&O-fonds)', text: RE.lloOrFunds },
      ],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'employed-wants-switch-to-care',
    story:
      'Tom (38) is vrachtwagenchauffeur met een vast contract. Hij wil over naar de zorg, het liefst in de gehandicaptenzorg, en wil daarvoor naast zijn werk leren.',
    profile: {
      birthYear: 1988,
      income: { situation: 'employed', since: '2012-01' },
      workHistory: [{ occupationUri: OCC.vrachtwagenchauffeur, title: 'vrachtwagenchauffeur', years: 14, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      drivingLicence: true,
      goals: { direction: 'new', interests: 'gehandicaptenzorg, begeleider', training: { willing: true, maxMonths: 36, hoursPerWeek: 16 } },
    },
    expect: {
      mustTop3: [routeTo(RE.care, 'a care route toward gehandicaptenzorg')],
      must: [routeTo(RE.care, 'a care schooling step (BBL, mbo)', 'schooling'), { what: 'how to pay (LLO krediet, O&O, employer)', text: RE.lloOrFunds }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'flex-worker-wants-stability',
    story:
      'Yasmin (26) werkt al vier jaar via uitzendbureaus in callcenters, steeds met korte contracten. Ze wil vast werk en denkt aan een opleiding in de administratie of HR.',
    profile: {
      birthYear: 2000,
      income: { situation: 'flex', since: '2022-06' },
      workHistory: [{ occupationUri: OCC.callcentermedewerker, title: 'callcenter medewerker', years: 4, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      goals: { direction: 'new', interests: 'administratie of personeelszaken', training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'administration or HR work', subject: /administrat|personeel|HR|secretar|salaris/i }],
      must: [{ what: 'the leerwerkloket for advice on schooling', text: RE.leerwerkloket }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'ww-retrain-wish',
    story:
      'Rob (44) was 18 jaar timmerman en heeft sinds twee maanden WW. Hij wil zich laten omscholen tot installatiemonteur en vraagt of dat mag met een uitkering en wie het betaalt.',
    profile: {
      birthYear: 1982,
      income: { situation: 'ww', since: '2026-10' },
      workHistory: [{ occupationUri: OCC.timmerman, title: 'timmerman', years: 18, endYear: 2026, confirmed: true }],
      education: { level: 'mbo-3' },
      dutchLevel: 'native',
      drivingLicence: true,
      goals: { direction: 'new', interests: 'installatiemonteur', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [routeTo(/install|monteur|verwarming|elektr/i, 'an installation route with schooling')],
      must: [{ what: 'UWV scholing with WW', provider: /\bUWV\b/, text: /scholing|opleiding/i }],
      mustNot: [NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'ww-ending-62',
    story:
      'Jan (62) heeft sinds bijna twee jaar WW na zijn werk als conciërge. Zijn WW stopt binnenkort. Hij zoekt nog werk, maar weet niet wat er gebeurt als zijn WW op is.',
    profile: {
      birthYear: 1964,
      income: { situation: 'ww', since: '2025-02' },
      workHistory: [{ occupationUri: OCC.conciërge, title: 'conciërge school', years: 15, endYear: 2025, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      goals: { direction: 'same', training: { willing: false } },
    },
    expect: {
      mustTop3: [{ what: 'work as conciërge or close to it', kind: 'job-direction', subject: /conci|huismeester|facilit|beheerder|gebouw/i }],
      mustNot: [NO_BIJSTAND_INSTRUMENT, { what: 'schooling for someone who does not want to learn', kind: 'schooling' }],
    },
  },
  {
    id: 'heat-pump-wish',
    story:
      'Bilal (31) heeft WW. Hij werkte als magazijnmedewerker en heeft mbo-2. Hij wil graag warmtepompen installeren, want daar is veel werk in, en wil daarvoor een opleiding volgen.',
    profile: {
      birthYear: 1995,
      income: { situation: 'ww', since: '2026-08' },
      workHistory: [{ occupationUri: OCC.magazijnmedewerker, title: 'magazijnmedewerker', years: 6, endYear: 2026, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      drivingLicence: true,
      goals: { direction: 'new', interests: 'warmtepompen installeren', training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [routeTo(RE.heatPump, 'a route toward heat pumps (installatietechniek, verwarming, koeltechniek)')],
      must: [routeTo(RE.heatPump, 'the schooling step toward heat pumps', 'schooling')],
      mustNot: [
        { what: 'unrelated trades for a heat-pump wish', subject: /parket|betonstaal|autotechn|automonteur/i },
        NOT_TO_GEMEENTE_FOR_WW,
      ],
    },
  },
  {
    id: 'care-wish-bijstand',
    story:
      'Monique (43) heeft bijstand. Ze werkte jaren in een winkel en wil nu "iets in de zorg". Ze heeft mbo-2 verkoop en kan 24 tot 32 uur werken. Een opleiding met werken en leren tegelijk lijkt haar goed.',
    profile: {
      birthYear: 1983,
      income: { situation: 'bijstand', since: '2025-09' },
      workHistory: [{ occupationUri: OCC.verkoopmedewerker, title: 'verkoopmedewerker', years: 14, endYear: 2025, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      goals: { direction: 'new', interests: 'iets in de zorg', hoursPerWeek: { min: 24, max: 32 }, training: { willing: true, maxMonths: 36 } },
    },
    expect: {
      mustTop3: [routeTo(RE.care, 'a care route')],
      must: [routeTo(RE.care, 'a care schooling step (BBL verzorgende/helpende)', 'schooling')],
      mustNot: [NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'returner-after-care-years',
    story:
      'Anja (48) stopte 14 jaar geleden met werken om voor haar kinderen en later haar zieke moeder te zorgen. Ze heeft geen uitkering; haar man werkt. Vroeger was ze receptioniste. Ze wil 20 uur per week werken en weet niet waar ze moet beginnen.',
    profile: {
      birthYear: 1978,
      income: { situation: 'none' },
      workHistory: [{ occupationUri: OCC.receptionist, title: 'receptioniste hotel', years: 8, endYear: 2012, confirmed: true }],
      education: { level: 'mbo-3' },
      dutchLevel: 'native',
      barriers: ['care-duties'],
      goals: { direction: 'unsure', hoursPerWeek: { min: 16, max: 20 }, training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      must: [
        { what: 'the leerwerkloket', text: RE.leerwerkloket },
        { what: 'routes open without a benefit (LLO krediet, leerwerkloket, employer)', text: /Leven Lang Ontwikkelen|LLO|leerwerkloket|ontwikkeladvies/i },
      ],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT, { what: 'a BBL route at 20 hours a week', reasons: RE.bblOffered }],
    },
  },
  {
    id: 'returner-bookkeeper-hbo',
    story:
      'Carla (53) werkte tot 2011 als boekhouder en heeft een hbo-diploma. Ze zorgde daarna voor haar gezin. Ze heeft geen uitkering. Ze wil terug naar de financiële administratie, maar haar kennis is verouderd.',
    profile: {
      birthYear: 1973,
      income: { situation: 'none' },
      workHistory: [{ occupationUri: OCC.boekhouder, title: 'boekhouder', years: 12, endYear: 2011, confirmed: true }],
      education: { level: 'hbo' },
      dutchLevel: 'native',
      goals: { direction: 'same', hoursPerWeek: { min: 24, max: 32 }, training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'bookkeeping or financial administration', subject: /boekhoud|administrat|financ|salaris|crediteur|debiteur/i }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'employed-switch-to-ict',
    story:
      'Priya (31) werkt als marketeer met een vast contract. Ze wil overstappen naar data-analyse en zoekt een korte opleiding naast haar werk. Haar werkgever wil misschien meebetalen.',
    profile: {
      birthYear: 1995,
      income: { situation: 'employed', since: '2021-09' },
      workHistory: [{ occupationUri: OCC.marketeer, title: 'marketeer', years: 5, confirmed: true }],
      education: { level: 'hbo' },
      dutchLevel: 'native',
      goals: { direction: 'new', targetOccupationUris: [OCC.dataAnalist], training: { willing: true, maxMonths: 12, hoursPerWeek: 8 } },
    },
    expect: {
      mustTop3: [{ what: 'data analysis (her named wish)', subject: /data/i }],
      must: [{ what: 'training via the employer or LLO krediet', text: RE.lloOrFunds }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
];
