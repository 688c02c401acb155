// Personas whose health, hours, travel or driving licence limit the work they can do.
import { OCC } from './occupations';
import { NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT, NO_DRIVING_JOB, NO_HEAVY_WORK, NO_UWV_INSTRUMENT, RE } from './patterns';
import type { Persona } from './types';

export const HEALTH_AND_LIMITS: Persona[] = [
  {
    id: 'orderpicker-58-bad-back',
    story:
      'Henk (58) was 22 jaar orderpicker in een distributiecentrum. Zijn rug is versleten: hij kan niet meer zwaar tillen en niet lang staan. Hij heeft sinds de zomer WW. Hij heeft vmbo, rijbewijs B en wil snel weer aan de slag, liefst iets rustigers in de logistiek. Een korte cursus vindt hij goed, een lange opleiding niet.',
    profile: {
      birthYear: 1968,
      income: { situation: 'ww', since: '2026-07' },
      workHistory: [{ occupationUri: OCC.orderpicker, title: 'orderpicker distributiecentrum', years: 22, endYear: 2026, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      drivingLicence: true,
      limits: { noHeavyWork: true, words: 'kan niet meer zwaar tillen, rugklachten' },
      barriers: ['health'],
      goals: { direction: 'similar', interests: 'iets rustigers in de logistiek', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'light work close to logistics (planning, administration, control)', kind: ['job-direction', 'schooling'], subject: /logistiek|planner|administrat|voorraad|expeditie|medewerker grondstoffenontvangst|transportplanner|magazijnbeheer|heftruck/i }],
      must: [{ what: 'UWV help for someone on WW (scholing or proefplaatsing)', provider: /\bUWV\b/ }],
      mustNot: [NO_HEAVY_WORK, NOT_TO_GEMEENTE_FOR_WW],
    },
  },
  {
    id: 'wga-warehouse-knee-limits',
    story:
      'Marco (47) werkte als magazijnmedewerker en kreeg na twee jaar ziekte een WGA-uitkering. Hij kan niet tillen en niet lang lopen door zijn knie. Hij wil graag administratief werk of iets met planning. Hij heeft mbo-2 logistiek en wil leren.',
    profile: {
      birthYear: 1979,
      income: { situation: 'wia', wiaType: 'wga', since: '2025-02' },
      workHistory: [{ occupationUri: OCC.magazijnmedewerker, title: 'magazijnmedewerker', years: 15, endYear: 2023, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      drivingLicence: true,
      limits: { noHeavyWork: true, words: 'knie, niet tillen, niet lang lopen' },
      barriers: ['health'],
      goals: { direction: 'new', interests: 'administratief werk of planning', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'administrative or planning work', subject: /administrat|planner|planning|logistiek medewerker|kantoor|secretar|data/i }],
      must: [
        { what: 'UWV re-integration help for WGA (Werkfit, jobcoach or scholing)', provider: /\bUWV\b/, text: /werkfit|jobcoach|scholing|re-?integratie/i },
      ],
      mustNot: [NO_HEAVY_WORK, { what: 'a gemeente instrument for someone on WGA', kind: 'reintegration', provider: /^gemeente/i }],
    },
  },
  {
    id: 'wajong-young-autism',
    story:
      'Sem (21) heeft Wajong. Hij heeft autisme en werkt het best in een rustige omgeving met vaste taken. Hij deed de entreeopleiding en een stage in een fietsenwerkplaats. Hij zoekt werk voor 24 uur per week en wil graag een jobcoach.',
    profile: {
      birthYear: 2005,
      income: { situation: 'wajong', since: '2023-09' },
      workHistory: [{ title: 'stage fietsenmaker', years: 1 }],
      education: { level: 'mbo-1' },
      dutchLevel: 'native',
      drivingLicence: false,
      limits: { words: 'rustige plek, vaste taken' },
      barriers: ['health'],
      goals: { direction: 'unsure', hoursPerWeek: { min: 20, max: 24 }, training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'UWV support for Wajong (jobcoach, banenafspraak)', provider: /\bUWV\b/, text: /jobcoach|banenafspraak|doelgroepregister|loondispensatie/i }],
      must: [{ what: 'a jobcoach', text: /jobcoach/i }],
      mustNot: [NO_DRIVING_JOB, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'school-hours-only-mother',
    story:
      'Fatima (36) heeft bijstand en is alleenstaande moeder van twee kinderen op de basisschool. Ze kan alleen onder schooltijd werken, zo\'n 20 uur per week. Ze werkte vroeger als kassamedewerker en wil graag iets met kinderen, bijvoorbeeld op een school.',
    profile: {
      birthYear: 1990,
      income: { situation: 'bijstand', since: '2023-01' },
      workHistory: [{ occupationUri: OCC.kassamedewerker, title: 'kassamedewerker supermarkt', years: 5, endYear: 2019, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'B2',
      limits: { times: 'school-hours', words: 'alleen onder schooltijd' },
      barriers: ['childcare'],
      goals: { direction: 'new', interests: 'werken met kinderen op een school', hoursPerWeek: { min: 16, max: 20 }, training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'work with children at school hours (onderwijsassistent, overblijf, kinderopvang)', subject: /onderwijsassistent|klassenassistent|kinder|leraarondersteuner|overblijf/i }],
      must: [{ what: 'gemeente help for someone on bijstand', provider: /gemeente/i }],
      mustNot: [
        { what: 'evening or night work for someone who only works school hours', subject: RE.nightOrEvening },
        { what: 'a BBL route at 20 hours a week', reasons: RE.bblOffered },
        NO_UWV_INSTRUMENT,
      ],
    },
  },
  {
    id: 'no-driving-licence-logistics',
    story:
      'Dennis (29) heeft WW. Hij was bezorger bij een pakketdienst op de fiets en in een magazijn, maar heeft geen rijbewijs en kan dat nu ook niet halen. Hij wil iets in de techniek of productie, dicht bij huis, en wil daarvoor leren.',
    profile: {
      birthYear: 1997,
      income: { situation: 'ww', since: '2026-09' },
      workHistory: [
        { occupationUri: OCC.fietskoerier, title: 'fietskoerier pakketten', years: 3, endYear: 2026, confirmed: true },
        { occupationUri: OCC.magazijnmedewerker, title: 'magazijn', years: 2, endYear: 2023, confirmed: true },
      ],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      drivingLicence: false,
      limits: { maxTravelMinutes: 30, words: 'geen rijbewijs, kan het nu ook niet halen' },
      goals: { direction: 'new', interests: 'techniek of productie', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [{ what: 'technical or production work', subject: /techn|productie|monteur|operator|machine|elektr|install/i }],
      must: [{ what: 'UWV scholing for someone on WW', provider: /\bUWV\b/, text: /scholing|opleiding|training/i }],
      mustNot: [NO_DRIVING_JOB, { what: 'a route via a driving licence he said he cannot get now', subject: RE.driving }, NOT_TO_GEMEENTE_FOR_WW],
    },
  },
  {
    id: 'iva-fully-disabled',
    story:
      'Ria (55) heeft een IVA-uitkering: UWV vond dat zij volledig en duurzaam niet kan werken. Ze wil weten of er iets is wat ze nog kan doen, zoals vrijwilligerswerk of een paar uur iets kleins. Ze verwacht geen baan.',
    profile: {
      birthYear: 1971,
      income: { situation: 'wia', wiaType: 'iva', since: '2022-05' },
      workHistory: [{ occupationUri: OCC.administratiefMedewerker, title: 'administratief medewerker', years: 20, endYear: 2020, confirmed: true }],
      education: { level: 'mbo-3' },
      dutchLevel: 'native',
      limits: { noHeavyWork: true, words: 'volledig arbeidsongeschikt' },
      barriers: ['health'],
      goals: { direction: 'unsure', hoursPerWeek: { max: 4 }, training: { willing: false } },
    },
    expect: {
      mustNot: [
        { what: 'UWV re-integration instruments for IVA', kind: 'reintegration', provider: /\bUWV\b/, text: /werkfit|jobcoach|scholing/i },
        { what: 'schooling for someone who does not want to learn', kind: 'schooling' },
        NO_HEAVY_WORK,
      ],
      must: [{ what: 'a person to talk to (UWV arbeidsdeskundige or an advisor)', text: /adviseur|arbeidsdeskundige|gesprek|praat/i }],
      mustNotTop3: [{ what: '"look for vacancies" first for someone fully and permanently unable to work', kind: 'job-direction', nextStep: RE.vacancySearch }],
    },
  },
  {
    id: 'ziektewet-flex-back',
    story:
      'Kevin (33) werkte via een uitzendbureau als productiemedewerker en zit nu in de Ziektewet na een hernia. Hij mag niet meer zwaar tillen. Hij wil weten welk licht werk hij kan doen en of hij daarvoor een cursus kan volgen.',
    profile: {
      birthYear: 1993,
      income: { situation: 'other-benefit', since: '2026-03' },
      workHistory: [{ occupationUri: OCC.productiemedewerker, title: 'productiemedewerker via uitzendbureau', years: 6, endYear: 2026, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      drivingLicence: true,
      limits: { noHeavyWork: true, words: 'hernia, niet zwaar tillen' },
      barriers: ['health'],
      goals: { direction: 'new', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustNot: [NO_HEAVY_WORK, NO_BIJSTAND_INSTRUMENT],
      must: [{ what: 'UWV as the organisation for a Ziektewet question', text: /\bUWV\b/ }],
    },
  },
  {
    id: 'wia-wga-care-wish-part-time',
    story:
      'Petra (44) was verpleeghulp en heeft nu een WGA-uitkering door longproblemen. Ze kan 16 uur per week werken, alleen overdag en zonder zwaar tillen. Ze wil in de zorg blijven, bijvoorbeeld aan de balie of als doktersassistent.',
    profile: {
      birthYear: 1982,
      income: { situation: 'wia', wiaType: 'wga', since: '2024-10' },
      workHistory: [{ occupationUri: OCC.verpleeghulp, title: 'verpleeghulp verpleeghuis', years: 12, endYear: 2022, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      limits: { noHeavyWork: true, times: 'daytime', words: 'longen, 16 uur, overdag' },
      barriers: ['health'],
      goals: { direction: 'similar', targetOccupationUris: [OCC.doktersassistent], hoursPerWeek: { max: 16 }, training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'doktersassistent (her named wish) with its training', subject: /doktersassistent/i }],
      must: [{ what: 'UWV support for WGA', provider: /\bUWV\b/ }],
      mustNot: [NO_HEAVY_WORK, { what: 'night or shift work', subject: /nacht/i }],
    },
  },
  {
    id: 'cleaner-debts-rejected-guess',
    story:
      'Sandra (49) maakt al jaren schoon bij bedrijven, maar koos bij de beroepen die de chat voorstelde "Geen van deze". Ze heeft schulden en bijstand aanvulling, mavo zonder diploma. Ze wil geen vreemde voorstellen maar gewoon werk met vaste uren, en hulp bij haar schulden.',
    profile: {
      birthYear: 1977,
      income: { situation: 'bijstand', since: '2025-05' },
      workHistory: [{ occupationUri: OCC.schoonmakerGebouwen, title: 'schoonmaak bij bedrijven', years: 12, confirmed: false }],
      education: { level: 'primary' },
      dutchLevel: 'B1',
      barriers: ['debts'],
      goals: { direction: 'unsure', hoursPerWeek: { min: 24, max: 32 }, training: { willing: false } },
    },
    expect: {
      must: [{ what: 'help with debts via the gemeente', text: RE.debtHelp }],
      mustNot: [
        { what: 'a professional occupation far above her level (apotheker, arts, ingenieur)', subject: /apotheker|\barts\b|ingenieur|advocaat|manager|directeur/i },
        { what: 'schooling for someone who does not want to learn', kind: 'schooling' },
        NO_UWV_INSTRUMENT,
      ],
    },
  },
  {
    id: 'wajong-wants-ict',
    story:
      'Lisa (24) heeft Wajong door een spierziekte en zit in een rolstoel. Ze heeft havo en is goed met computers. Ze wil graag iets in de ICT, bijvoorbeeld een helpdesk, en dan vanuit huis of dichtbij. Ze heeft nog nooit betaald gewerkt.',
    profile: {
      birthYear: 2002,
      income: { situation: 'wajong', since: '2020-06' },
      workHistory: [],
      education: { level: 'havo' },
      dutchLevel: 'native',
      drivingLicence: false,
      limits: { noHeavyWork: true, maxTravelMinutes: 20, words: 'rolstoel' },
      barriers: ['health', 'transport'],
      goals: { direction: 'new', targetOccupationUris: [OCC.medewerkerHelpdesk], interests: 'ICT helpdesk', hoursPerWeek: { max: 24 }, training: { willing: true, maxMonths: 18 } },
    },
    expect: {
      mustTop3: [{ what: 'ICT helpdesk (her named wish)', subject: /helpdesk|ICT|servicedesk/i }],
      must: [{ what: 'UWV support for Wajong (werkvoorziening, jobcoach, banenafspraak)', provider: /\bUWV\b/ }],
      mustNot: [NO_HEAVY_WORK, NO_DRIVING_JOB],
    },
  },
];
