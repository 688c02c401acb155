// Reserve personas: written with the others but committed only at the end, so no fix was tuned
// on them. Their pass rate next to the main set's shows whether the fixes generalise.
import { OCC } from './occupations';
import { NO_BIJSTAND_INSTRUMENT, NO_DRIVING_JOB, NO_HEAVY_WORK, NO_UWV_INSTRUMENT, NOT_TO_GEMEENTE_FOR_WW, RE, routeTo, vacanciesFor } from './patterns';
import { esco, type Persona } from './types';

const FYSIOTHERAPEUT = esco('006cc1f9-2841-41c3-991a-dc3f2f3bd533');
const ICT_CONSULTANT = esco('b1c80369-067e-4041-84c8-dbe65640a5d8');
const KANTOORBEDIENDE = esco('6c999fc7-c6b7-4ef3-a4b9-af124a1783a2');
const ZORGHULP = esco('d38c2107-98f2-47b7-8bb4-f69750d51082');
const VERLOSKUNDIGE = esco('95cda6a9-a70a-4a93-9442-11d573cb4a02');
const ARCHITECT = esco('8c3f536e-ba66-4321-ba40-363dc39f129b');
const BUSCHAUFFEUR = esco('00cee175-1376-43fb-9f02-ba3d7a910a58');

export const RESERVE: Persona[] = [
  {
    id: 'reserve-cleaner-bad-knees',
    story:
      'Wilma (52) maakte 20 jaar kantoren schoon. Haar knieën zijn versleten: ze kan niet meer bukken, tillen of lang staan. Ze heeft bijstand en vmbo. Ze wil graag zittend werk, bijvoorbeeld aan een balie.',
    profile: {
      birthYear: 1974,
      income: { situation: 'bijstand', since: '2025-04' },
      workHistory: [{ occupationUri: OCC.schoonmakerGebouwen, title: 'schoonmaakster kantoren', years: 20, endYear: 2025, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      limits: { noHeavyWork: true, words: 'knieën, niet bukken of tillen, niet lang staan' },
      barriers: ['health'],
      goals: { direction: 'new', interests: 'zittend werk aan een balie', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [routeTo(/balie|recept|telefon|klantenservice|kantoor|administrat|callcenter|klantcontact/i, 'seated front-desk or office work')],
      must: [{ what: 'gemeente help for someone on bijstand', provider: /gemeente/i }],
      mustNot: [
        { what: 'cleaning work again for someone who cannot bend or lift', kind: ['job-direction', 'schooling'], subject: /schoonma|glazenwas|huishoud|reinig/i },
        { what: 'physically heavy work', subject: RE.heavyWork },
        NO_UWV_INSTRUMENT,
      ],
    },
  },
  {
    id: 'reserve-polish-electrician-ww',
    story:
      'Piotr (38) komt uit Polen en werkt al zes jaar in Nederland als elektricien, de laatste jaren via een installatiebedrijf. Hij heeft een Pools vakdiploma, spreekt Nederlands op A1 en heeft sinds kort WW. Hij wil weer als elektricien werken.',
    profile: {
      birthYear: 1988,
      income: { situation: 'ww', since: '2026-10' },
      workHistory: [{ occupationUri: OCC.elektricien, title: 'elektricien', years: 14, endYear: 2026, confirmed: true }],
      education: { level: 'mbo-4', foreignDiploma: true },
      dutchLevel: 'A1',
      drivingLicence: true,
      goals: { direction: 'same', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'electrical work (his confirmed occupation)', kind: 'job-direction', subject: /elektr|install/i }],
      must: [
        { what: 'Dutch lessons with WW via UWV', text: RE.languageCourse },
        { what: 'valuation of his foreign vocational diploma (IDW / SBB)', text: /\bIDW\b|diplomawaardering|\bSBB\b|s-bb/i },
      ],
      mustNot: [NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'reserve-havo-20-computers',
    story:
      'Yassin (20) heeft een havo-diploma en werkt niet. Hij heeft geen uitkering en woont thuis. Hij wil "iets met computers" en twijfelt tussen een mbo- en een hbo-opleiding.',
    profile: {
      birthYear: 2006,
      income: { situation: 'none' },
      workHistory: [],
      education: { level: 'havo' },
      dutchLevel: 'native',
      goals: { direction: 'new', interests: 'iets met computers', training: { willing: true } },
    },
    expect: {
      mustTop3: [routeTo(/^(?!.*verkoop).*(ICT|software|computer|programm|netwerk|systeem|helpdesk|data|applicatie)/i, 'an ICT route (not selling computers)')],
      mustNot: [
        { what: 'the RMC route for someone who has a startkwalificatie (havo)', text: /\bRMC\b|startkwalificatie halen/i },
        NO_UWV_INSTRUMENT,
        NO_BIJSTAND_INSTRUMENT,
      ],
    },
  },
  {
    id: 'reserve-physio-from-iran',
    story:
      'Shirin (41) was fysiotherapeut in Teheran. Ze heeft bijstand en spreekt Nederlands op B1. Ze wil weer als fysiotherapeut werken en wil weten wat daarvoor nodig is. Intussen wil ze graag iets in de zorg doen.',
    profile: {
      birthYear: 1985,
      income: { situation: 'bijstand', since: '2024-05' },
      workHistory: [{ occupationUri: FYSIOTHERAPEUT, title: 'fysiotherapeut', years: 12, endYear: 2022, confirmed: true }],
      education: { level: 'hbo', foreignDiploma: true },
      dutchLevel: 'B1',
      goals: { direction: 'same', targetOccupationUris: [FYSIOTHERAPEUT], training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'physiotherapy with the BIG recognition step', text: RE.big }],
      must: [{ what: 'a care job meanwhile (stepping stone)', kind: ['job-direction', 'schooling'], subject: RE.care }],
      mustNot: [vacanciesFor(/fysiotherap/i, 'fysiotherapeut without BIG registration'), NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'reserve-zzp-builder-collapsed',
    story:
      'Kees (45) is zelfstandig bouwvakker. Door minder opdrachten heeft hij al maanden te weinig inkomen om van te leven. Hij wil zijn bedrijf niet meteen opgeven, maar zoekt ook naar loondienst.',
    profile: {
      birthYear: 1981,
      income: { situation: 'self-employed', since: '2010-03' },
      workHistory: [{ title: 'zelfstandig bouwvakker', years: 16 }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      drivingLicence: true,
      goals: { direction: 'similar', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'Bbz via the gemeente', text: RE.bbz }],
      mustNot: [NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'reserve-ww-callcenter-to-disability-care',
    story:
      'Naomi (35) werkte acht jaar in een callcenter en heeft nu WW. Ze wil werken met mensen met een verstandelijke beperking, en wil daarvoor een opleiding volgen naast werk.',
    profile: {
      birthYear: 1991,
      income: { situation: 'ww', since: '2026-09' },
      workHistory: [{ occupationUri: OCC.callcentermedewerker, title: 'callcenter', years: 8, endYear: 2026, confirmed: true }],
      education: { level: 'mbo-3' },
      dutchLevel: 'native',
      goals: { direction: 'new', interests: 'werken met mensen met een verstandelijke beperking', training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [routeTo(/begeleid|gehandicapt|woonbegeleid|zorg|maatschappelijk/i, 'a route into disability care')],
      must: [{ what: 'UWV scholing with WW', provider: /\bUWV\b/, text: /scholing|opleiding|training/i }],
      mustNot: [NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'reserve-care-aid-to-nurse',
    story:
      'Gerda (30) werkt als zorghulp in een verpleeghuis met een vast contract en heeft mbo-2. Ze wil verpleegkundige worden en vraagt of dat kan naast haar werk, en wie dat betaalt.',
    profile: {
      birthYear: 1996,
      income: { situation: 'employed', since: '2019-02' },
      workHistory: [{ occupationUri: ZORGHULP, title: 'zorghulp verpleeghuis', years: 7, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      goals: { direction: 'similar', targetOccupationUris: [OCC.algemeenVerpleegkundige], training: { willing: true, maxMonths: 48, hoursPerWeek: 16 } },
    },
    expect: {
      mustTop3: [{ what: 'the route to nurse with its schooling (BBL verpleegkunde)', kind: 'schooling', subject: /verpleeg|verzorgende/i }],
      must: [{ what: 'how to pay (employer, O&O-fonds, LLO krediet)', text: RE.lloOrFunds }],
      mustNot: [vacanciesFor(/verpleegkundige/i, 'nursing without a nursing diploma'), NO_UWV_INSTRUMENT, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'reserve-office-school-hours-no-licence',
    story:
      'Hatice (44) heeft bijstand en drie kinderen. Ze kan alleen onder schooltijd werken en heeft geen rijbewijs. Ze werkte vroeger als kantoorbediende en wil weer kantoorwerk doen, ongeveer 20 uur per week.',
    profile: {
      birthYear: 1982,
      income: { situation: 'bijstand', since: '2022-09' },
      workHistory: [{ occupationUri: KANTOORBEDIENDE, title: 'kantoorbediende', years: 6, endYear: 2014, confirmed: true }],
      education: { level: 'mbo-3' },
      dutchLevel: 'B2',
      drivingLicence: false,
      limits: { times: 'school-hours', words: 'alleen onder schooltijd, geen rijbewijs' },
      barriers: ['childcare'],
      goals: { direction: 'same', hoursPerWeek: { min: 16, max: 20 }, training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [routeTo(/kantoor|administrat|secretar|receptie|baliemedewerker/i, 'office work (her confirmed occupation)')],
      mustNot: [
        NO_DRIVING_JOB,
        { what: 'evening or night work for someone who only works school hours', subject: RE.nightOrEvening },
        { what: 'a BBL route at 20 hours a week', reasons: RE.bblOffered },
        NO_UWV_INSTRUMENT,
      ],
    },
  },
  {
    id: 'reserve-wajong-19-cook',
    story:
      'Kevin (19) heeft Wajong door een lichte verstandelijke beperking. Hij deed de entreeopleiding en liep stage in een grootkeuken. Hij wil kok worden en heeft hulp nodig op het werk.',
    profile: {
      birthYear: 2007,
      income: { situation: 'wajong', since: '2025-09' },
      workHistory: [{ title: 'stage grootkeuken', years: 1 }],
      education: { level: 'mbo-1' },
      dutchLevel: 'B1',
      barriers: ['health'],
      goals: { direction: 'new', targetOccupationUris: [OCC.kok], training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [routeTo(/\bkok\b|keuken|horeca/i, 'the cook route he asked for')],
      must: [
        { what: 'Wajong support (jobcoach, banenafspraak)', provider: /\bUWV\b/, text: /jobcoach|banenafspraak|doelgroepregister|loondispensatie/i },
        { what: 'RMC / jongerenloket toward a startkwalificatie', text: RE.youthRoute },
      ],
      mustNot: [NO_BIJSTAND_INSTRUMENT, { what: 'chef or head cook vacancies for a beginner', kind: 'job-direction', subject: /chef/i }],
    },
  },
  {
    id: 'reserve-english-it-consultant-ww',
    story:
      'Arjun (36) came from India as a highly skilled migrant and worked five years as an IT consultant in Amsterdam. He was laid off and now has WW. He speaks English, no Dutch yet, and wants another IT job.',
    locale: 'en',
    profile: {
      birthYear: 1990,
      income: { situation: 'ww', since: '2026-10' },
      workHistory: [{ occupationUri: ICT_CONSULTANT, title: 'IT consultant', years: 12, endYear: 2026, confirmed: true }],
      education: { level: 'wo', foreignDiploma: true },
      dutchLevel: 'A0',
      goals: { direction: 'same', training: { willing: true, maxMonths: 6 } },
    },
    expect: {
      mustTop3: [{ what: 'IT consultancy (his confirmed occupation)', kind: 'job-direction', subject: /ict|it |consult|software/i }],
      must: [{ what: 'UWV for someone on WW', provider: /\bUWV\b/ }],
      mustNot: [NOT_TO_GEMEENTE_FOR_WW, { what: 'Dutch text in an English answer', text: /\b(je|jij|jouw|vraag het|zoek vacatures|werk als)\b/i }],
    },
  },
  {
    id: 'reserve-midwife-from-ghana',
    story:
      'Abena (38) was tien jaar verloskundige in Ghana. Ze heeft bijstand en spreekt Nederlands op B1. Ze wil weer bij bevallingen werken en vraagt of ze in de tussentijd als kraamverzorgende kan beginnen.',
    profile: {
      birthYear: 1988,
      income: { situation: 'bijstand', since: '2024-11' },
      workHistory: [{ occupationUri: VERLOSKUNDIGE, title: 'verloskundige', years: 10, endYear: 2023, confirmed: true }],
      education: { level: 'hbo', foreignDiploma: true },
      dutchLevel: 'B1',
      goals: { direction: 'same', targetOccupationUris: [VERLOSKUNDIGE, OCC.kraamverzorgende], training: { willing: true, maxMonths: 24 } },
    },
    expect: {
      mustTop3: [{ what: 'midwifery with the BIG recognition step', text: RE.big }],
      must: [routeTo(/kraam/i, 'kraamverzorgende, the stepping stone she asked for')],
      mustNot: [vacanciesFor(/verloskundige/i, 'verloskundige without BIG registration'), NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'reserve-architect-from-syria',
    story:
      'Omar (47) was architect in Damascus. Hij heeft een universitair diploma, bijstand en Nederlands op B1. Hij weet dat de titel architect beschermd is en zoekt intussen werk als tekenaar of werkvoorbereider.',
    profile: {
      birthYear: 1979,
      income: { situation: 'bijstand', since: '2023-03' },
      workHistory: [{ occupationUri: ARCHITECT, title: 'architect', years: 18, endYear: 2021, confirmed: true }],
      education: { level: 'wo', foreignDiploma: true },
      dutchLevel: 'B1',
      goals: { direction: 'similar', interests: 'bouwkundig tekenaar of werkvoorbereider', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [routeTo(/tekenaar|werkvoorbereid|bouwkund|cad|ontwerp/i, 'drafting or work preparation in construction')],
      must: [{ what: 'recognition of the protected title or diploma valuation', text: /architectenregister|erkenning|\bIDW\b|diplomawaardering|beschermd/i }],
      mustNot: [vacanciesFor(/^architect$/i, 'architect (a protected title) with an unrecognised diploma'), NO_UWV_INSTRUMENT],
    },
  },
  {
    id: 'reserve-bus-driver-heart-wga',
    story:
      'Ton (57) was 25 jaar buschauffeur. Na een hartinfarct heeft hij een WGA-uitkering en mag hij niet meer beroepsmatig rijden. Hij zoekt rustig werk, bijvoorbeeld planning of klantenservice bij een vervoerder.',
    profile: {
      birthYear: 1969,
      income: { situation: 'wia', wiaType: 'wga', since: '2025-08' },
      workHistory: [{ occupationUri: BUSCHAUFFEUR, title: 'buschauffeur', years: 25, endYear: 2023, confirmed: true }],
      education: { level: 'vmbo' },
      dutchLevel: 'native',
      drivingLicence: true,
      limits: { noHeavyWork: true, words: 'hart, geen beroepsmatig rijden, rustig werk' },
      barriers: ['health'],
      goals: { direction: 'similar', interests: 'planning of klantenservice bij een vervoerder', training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [routeTo(/plan|klantenservice|klantcontact|callcenter|administrat|dienstregel|verkeersleid|informatie/i, 'planning or customer service')],
      must: [{ what: 'UWV support for WGA', provider: /\bUWV\b/ }],
      mustNot: [{ what: 'professional driving again', kind: ['job-direction', 'schooling'], subject: RE.driving }, NO_HEAVY_WORK],
    },
  },
  {
    id: 'reserve-ww-wants-truck-licence',
    story:
      'Youssef (33) was magazijnmedewerker en heeft WW. Hij heeft rijbewijs B en wil vrachtwagenchauffeur worden. Hij vraagt of hij met WW zijn C-rijbewijs en code 95 kan halen.',
    profile: {
      birthYear: 1993,
      income: { situation: 'ww', since: '2026-09' },
      workHistory: [{ occupationUri: OCC.magazijnmedewerker, title: 'magazijnmedewerker', years: 9, endYear: 2026, confirmed: true }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      drivingLicence: true,
      goals: { direction: 'new', targetOccupationUris: [OCC.vrachtwagenchauffeur], training: { willing: true, maxMonths: 12 } },
    },
    expect: {
      mustTop3: [routeTo(/vrachtwagen|chauffeur wegvervoer|beroepschauffeur/i, 'the truck driver route he named')],
      must: [{ what: 'UWV scholing with WW (may the licence be paid or done with WW)', provider: /\bUWV\b/, text: /scholing|opleiding|training/i }],
      mustNot: [NOT_TO_GEMEENTE_FOR_WW, NO_BIJSTAND_INSTRUMENT],
    },
  },
  {
    id: 'reserve-helpende-to-childcare',
    story:
      'Esra (29) heeft een Nederlands mbo-2 diploma Helpende Zorg en Welzijn en heeft bijstand. Ze wil pedagogisch medewerker in de kinderopvang worden en wil daarvoor werken en leren tegelijk.',
    profile: {
      birthYear: 1997,
      income: { situation: 'bijstand', since: '2025-10' },
      workHistory: [{ title: 'invalkracht kinderdagverblijf', years: 1 }],
      education: { level: 'mbo-2' },
      dutchLevel: 'native',
      goals: { direction: 'new', targetOccupationUris: [OCC.kinderdagverblijf], interests: 'kinderopvang', hoursPerWeek: { min: 24, max: 32 }, training: { willing: true, maxMonths: 36 } },
    },
    expect: {
      mustTop3: [routeTo(/kinder|pedagog/i, 'childcare (pedagogisch medewerker) with its schooling')],
      must: [{ what: 'gemeente help for someone on bijstand', provider: /gemeente/i }],
      mustNot: [{ what: 'the RMC route for someone of 29 with mbo-2', text: /\bRMC\b/ }, NO_UWV_INSTRUMENT],
    },
  },
];
